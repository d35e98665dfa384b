"""Keyboard-wedge barcode scanners: a fast burst of keys ending in Enter, recognised on any screen.

An application-wide event filter holds printable keys for a few milliseconds. A burst that
ends in Enter and cleans up into a code is a scan: it is emitted and never reaches the
focused widget. Anything slower is a person typing and is replayed to the widget it was
typed into. A fast burst is typing too where a scan cannot be meant: into a password field
(a badge that types its password), or text no code of ours looks like into a text field (a
name typed fast, a password manager); it is replayed with its Enter.

A scanner types like a keyboard: it presses Shift before each capital and each `:` (as
`xdotool type` does), so modifier-only presses inside a burst belong to the burst. A burst
is bounded: past `MAX_SCAN` characters it cannot be a code of ours, so it is refused whole
(`too_long`), nothing of it is typed, and each further key costs nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk_app.domain.codes import MAX_SCAN, clean_scan, is_code


@cache
def _keys() -> tuple[tuple[Any, ...], tuple[Any, ...], Any]:
    """(Enter keys, modifier keys that type, shortcut modifiers): read at the first key, not
    at import (Qt's enums take ~15 ms to load and the first window should not wait)."""
    from PySide6.QtCore import Qt

    return ((Qt.Key.Key_Return, Qt.Key.Key_Enter),
            (Qt.Key.Key_Shift, Qt.Key.Key_AltGr),
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier)


@dataclass
class _Held:
    receiver: QObject
    key: int
    modifiers: Any  # Qt.KeyboardModifier
    text: str


class ScannerFilter(QObject):
    """Install on the QApplication; `scanned` carries the cleaned code (its meaning is the
    window's: `domain.codes.classify`); `too_long` the length of a refused burst."""

    scanned = Signal(str)
    too_long = Signal(int)

    def __init__(self, parent: QObject | None = None, *, max_gap_ms: int = 35,
                 min_length: int = 4, prefix: str = "", suffix: str = "",
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.max_gap = max_gap_ms / 1000
        self.min_length = min_length
        self.prefix, self.suffix = prefix, suffix
        self._clock = clock
        self._held: list[_Held] = []
        self._last_at = 0.0  # when the last key of the burst came
        self._overflow = 0  # > 0: a burst past MAX_SCAN, counted and dropped
        self._replaying = False
        self._timer = QTimer(self, singleShot=True, interval=max_gap_ms)
        self._timer.timeout.connect(self.flush)

    def eventFilter(self, receiver: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        now = self._clock()
        ends, typing_modifiers, shortcut_modifiers = _keys()
        bursting = bool(self._held or self._overflow) and now - self._last_at <= self.max_gap
        if event.key() in typing_modifiers:
            if bursting:  # a scanner's Shift before a capital or a ':'
                self._last_at = now
                self._timer.start()
                return True
            return False
        if event.key() in ends:
            if bursting and self._overflow:
                self._refuse()
                return True
            if bursting and len(self._held) >= self.min_length:
                code = clean_scan("".join(h.text for h in self._held), prefix=self.prefix,
                                  suffix=self.suffix)
                if code and _meant_as_scan(code, self._held[0].receiver):
                    self._held.clear()
                    self._timer.stop()
                    self.scanned.emit(code)
                    return True
            self.flush()
            return False
        text = event.text()
        if not text or event.modifiers() & shortcut_modifiers or not _holdable(text):
            self.flush()
            return False
        if not bursting:
            self.flush()  # what was held before a pause was typed by a person
        self._last_at = now
        self._timer.start()
        if self._overflow:
            self._overflow += 1
            return True
        self._held.append(_Held(receiver, event.key(), event.modifiers(), text))
        if len(self._held) > MAX_SCAN:  # no code of ours is this long: refuse it whole
            self._overflow = len(self._held)
            self._held.clear()
        return True

    def _refuse(self) -> None:
        count, self._overflow = self._overflow, 0
        self._held.clear()
        self._timer.stop()
        self.too_long.emit(count)

    def flush(self) -> None:
        """Give held keys to the widget they were typed into (the one with focus now if that
        one has gone): a person was typing (a burst past `MAX_SCAN` is refused instead, never
        typed)."""
        if self._overflow:
            self._refuse()
            return
        held, self._held = self._held, []
        self._timer.stop()
        self._replaying = True
        try:
            for h in held:
                if not h.text.isprintable():
                    continue  # stray control characters go nowhere
                target: QObject | None = h.receiver
                if not isinstance(target, QWidget) or not target.isVisible():
                    target = QApplication.focusWidget() or h.receiver  # e.g. a dialog closed
                if target is not None:
                    QCoreApplication.sendEvent(
                        target, QKeyEvent(QEvent.Type.KeyPress, h.key, h.modifiers, h.text))
        finally:
            self._replaying = False


def _meant_as_scan(code: str, receiver: QObject) -> bool:
    """A burst into a password field is a password; text no code of ours looks like, into a
    text field, is typing. Anything else is a scan (one that is no code of ours is said so)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

    if isinstance(receiver, QLineEdit) and receiver.echoMode() != QLineEdit.EchoMode.Normal:
        return False
    typing_field = isinstance(receiver, (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit))
    return is_code(code) or not typing_field


def _holdable(text: str) -> bool:
    return len(text) == 1 and (text.isprintable() or text in "\x02\x03\x1d\x1e\x04")
