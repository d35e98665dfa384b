"""What the app relies on from its platform, checked so an upgrade cannot break it quietly."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(str)


def test_emitting_a_signal_does_not_drop_references(qapp) -> None:
    """PySide6 6.12.0 drops a reference to True on every Signal.emit(): a till emitting a few
    thousand signals (scans, outbox changes, screen changes) then aborts with
    `bool_dealloc`. pyproject.toml keeps that version out; this proves the installed one."""
    emitter = _Emitter()
    emitter.fired.connect(lambda _text: None)
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for _ in range(100):
        emitter.fired.emit("scan")
    assert (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)) == before
