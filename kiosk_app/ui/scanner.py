"""Keyboard-wedge barcode scanners: a fast burst of keys ending in Enter, recognised on any screen.

An application-wide event filter holds printable keys for a few milliseconds. A burst
that ends in Enter and cleans up into a code is a scan: it is emitted and never reaches
the focused widget. Anything slower is a person typing and is replayed to the widget.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk_app.services.scan import clean_scan


@cache
def _keys() -> tuple[tuple[Any, ...], Any]:
    """(Enter keys, shortcut modifiers): read at the first key, not at import (Qt's enums
    take ~15 ms to load and the first window should not wait for them)."""
    from PySide6.QtCore import Qt

    return ((Qt.Key.Key_Return, Qt.Key.Key_Enter),
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier)


@dataclass
class _Held:
    receiver: QObject
    key: int
    modifiers: Any  # Qt.KeyboardModifier
    text: str
    at: float


class ScannerFilter(QObject):
    """Install on the QApplication; `scanned` carries the clean code."""

    scanned = Signal(str)
    # a burst that is not a code but printable text (a kiosk's one-time QR "CCAUTH:…"): sent
    # only when `accept_text` is set, otherwise it is replayed as typing like before
    scanned_text = Signal(str)

    def __init__(self, parent: QObject | None = None, *, max_gap_ms: int = 35,
                 min_length: int = 4, prefix: str = "", suffix: str = "",
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.max_gap = max_gap_ms / 1000
        self.min_length = min_length
        self.prefix, self.suffix = prefix, suffix
        self._clock = clock
        self._held: list[_Held] = []
        self._replaying = False
        self.accept_text = False
        self._timer = QTimer(self, singleShot=True, interval=max_gap_ms)
        self._timer.timeout.connect(self.flush)

    def eventFilter(self, receiver: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        now = self._clock()
        text = event.text()
        ends, shortcut_modifiers = _keys()
        if event.key() in ends:
            if self._is_burst(now):
                code = clean_scan("".join(h.text for h in self._held), prefix=self.prefix,
                                  suffix=self.suffix)
                if code:
                    self._held.clear()
                    self._timer.stop()
                    self.scanned.emit(code)
                    return True
                text = "".join(h.text for h in self._held).strip()
                if self.accept_text and text.isprintable() and 8 <= len(text) <= 512:
                    self._held.clear()
                    self._timer.stop()
                    self.scanned_text.emit(text)
                    return True
            self.flush()
            return False
        if not text or event.modifiers() & shortcut_modifiers or not _holdable(text):
            self.flush()
            return False
        if self._held and now - self._held[-1].at > self.max_gap:
            self.flush()
        self._held.append(_Held(receiver, event.key(), event.modifiers(), text, now))
        self._timer.start()
        return True

    def _is_burst(self, now: float) -> bool:
        if len(self._held) < self.min_length or now - self._held[-1].at > self.max_gap:
            return False
        times = [h.at for h in self._held]
        return all(b - a <= self.max_gap for a, b in itertools.pairwise(times))

    def flush(self) -> None:
        """Give held keys to the widget that has focus now: a person was typing."""
        held, self._held = self._held, []
        self._timer.stop()
        self._replaying = True
        try:
            for h in held:
                if not h.text.isprintable():
                    continue  # stray control characters go nowhere
                target = QApplication.focusWidget()
                if target is None or not target.isVisible():  # e.g. a dialog just closed
                    target = h.receiver
                if isinstance(target, QWidget) or target is h.receiver:
                    QCoreApplication.sendEvent(
                        target, QKeyEvent(QEvent.Type.KeyPress, h.key, h.modifiers, h.text))
        finally:
            self._replaying = False


def _holdable(text: str) -> bool:
    return len(text) == 1 and (text.isprintable() or text in "\x02\x03\x1d\x1e\x04")
