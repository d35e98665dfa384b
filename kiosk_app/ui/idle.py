"""Idle time at a kiosk: after a while without a touch, a key or a scan, a "Need more time?"
prompt counts down (WCAG 2.2.1: the person is warned and can extend), then the kiosk forgets
the customer. Any input before the end extends the time."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QObject, QTimer, Signal


@cache
def _input() -> frozenset[QEvent.Type]:
    """What counts as a person using the kiosk (built at first use: Qt's enums cost start-up
    time at import)."""
    kinds = QEvent.Type
    return frozenset({kinds.MouseButtonPress, kinds.MouseButtonRelease, kinds.KeyPress,
                      kinds.TouchBegin, kinds.TouchUpdate, kinds.Wheel})


class IdleWatch(QObject):
    """Counts only while `active` (a customer or staff is using the kiosk)."""

    warning = Signal(int)  # seconds left; emitted every second while the prompt shows
    resumed = Signal()  # input arrived during the warning
    expired = Signal()

    def __init__(self, parent: QObject, *, idle_ms: int, warning_ms: int) -> None:
        super().__init__(parent)
        self.idle_ms, self.warning_ms = idle_ms, warning_ms
        self.active = False
        self.left_ms = 0
        self.quiet = QTimer(self, singleShot=True)
        self.quiet.timeout.connect(self._warn)
        self.ticker = QTimer(self, interval=min(1000, max(50, warning_ms // 10)))
        self.ticker.timeout.connect(self._tick)

    @property
    def warning_shown(self) -> bool:
        return self.ticker.isActive()

    def start(self) -> None:
        self.active = True
        self.poke()

    def stop(self) -> None:
        self.active = False
        self.quiet.stop()
        self.ticker.stop()

    def poke(self) -> None:
        """Input: the quiet time starts again (and a warning on show goes away)."""
        if not self.active:
            return
        if self.ticker.isActive():
            self.ticker.stop()
            self.resumed.emit()
        self.quiet.start(max(0, self.idle_ms - self.warning_ms))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and event.type() in _input() and not self.ticker.isActive():
            self.poke()  # during the warning only the prompt's own button extends
        return False

    def _warn(self) -> None:
        self.left_ms = self.warning_ms
        self.ticker.start()
        self.warning.emit(self._seconds_left())

    def _tick(self) -> None:
        self.left_ms -= self.ticker.interval()
        if self.left_ms <= 0:
            self.stop()
            self.expired.emit()
        else:
            self.warning.emit(self._seconds_left())

    def _seconds_left(self) -> int:
        return max(1, -(-self.left_ms // 1000))
