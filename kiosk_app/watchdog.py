"""systemd's notify protocol (sd_notify) in a few lines, with a watchdog heartbeat on the GUI loop.

Why the GUI loop: the heartbeat is a QTimer on the Qt event loop, which under qasync is also the
asyncio loop. A frozen UI (a blocked loop) therefore stops the heartbeat, and systemd
(`WatchdogSec=` in packaging/kiosk/kiosk-app.service) kills and restarts the kiosk.

No libsystemd and no new dependency: a datagram to `$NOTIFY_SOCKET`. Outside systemd (a
cashier's till, Windows, macOS, tests) every call here is a quiet no-op that returns False.
PySide6 is imported only when a Heartbeat is made, so importing this module costs nothing.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)


def _address(env: Mapping[str, str]) -> str | None:
    """Where `$NOTIFY_SOCKET` points: a path, or an abstract name ('@…' → leading NUL)."""
    name = env.get("NOTIFY_SOCKET", "")
    if not name or not hasattr(socket, "AF_UNIX"):
        return None
    if name.startswith("@"):
        return "\0" + name[1:]
    if name.startswith("/"):
        return name
    return None  # relative paths are refused by sd_notify too; vsock: is not used on a kiosk


def notify(message: str, env: Mapping[str, str] | None = None) -> bool:
    """Send one sd_notify message ("READY=1", "WATCHDOG=1", ...); False when it did not go.

    Never raises and never blocks the caller (the GUI thread): a missing socket or a service
    manager that cannot take the datagram right now is logged at debug level and skipped.
    """
    address = _address(os.environ if env is None else env)
    if address is None:
        log.debug("sd_notify %r skipped: not started by systemd (no usable NOTIFY_SOCKET)",
                  message.split("\n", 1)[0])
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.setblocking(False)
            sock.sendto(message.encode("utf-8"), address)
    except OSError as exc:
        log.debug("sd_notify %r failed: %s", message.split("\n", 1)[0], exc)
        return False
    return True


def watchdog_usec(env: Mapping[str, str] | None = None, pid: int | None = None) -> int | None:
    """The watchdog timeout in microseconds when systemd expects *this* process to ping, else None.

    The semantics of sd_watchdog_enabled(3): `$WATCHDOG_USEC` must be a positive number, and
    when `$WATCHDOG_PID` is set it must be our PID (systemd sets it to the unit's main process,
    so children that merely inherit the variables do not ping by accident).
    """
    env = os.environ if env is None else env
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    if usec <= 0:
        return None
    expected = env.get("WATCHDOG_PID", "")
    if expected:
        try:
            if int(expected) != (os.getpid() if pid is None else pid):
                return None
        except ValueError:
            return None
    return usec


class Heartbeat:
    """Readiness, status and the watchdog keep-alive of the app, sent from the GUI loop.

    Make it once the QApplication exists (the parent ties the timer's life to a QObject, e.g.
    the main window or the application); call `ready()` when the first window is shown and
    `stopping()` when the app begins to shut down.
    """

    def __init__(self, parent: QObject, env: Mapping[str, str] | None = None,
                 pid: int | None = None) -> None:
        self._env: Mapping[str, str] = dict(os.environ if env is None else env)
        usec = watchdog_usec(self._env, pid) if _address(self._env) else None
        self.interval_ms: int | None = None if usec is None else max(1, usec // 2000)
        self._timer: QTimer | None = None
        if self.interval_ms is None:
            log.debug("watchdog heartbeat off (no WATCHDOG_USEC for this process)")
            return
        from PySide6.QtCore import QTimer  # lazily: start-up speed, and no Qt for CLI runs

        self._timer = QTimer(parent)
        self._timer.setInterval(self.interval_ms)
        self._timer.timeout.connect(self.beat)
        self._timer.start()

    @property
    def enabled(self) -> bool:
        """Whether systemd expects keep-alive pings from this process."""
        return self._timer is not None

    def beat(self) -> bool:
        """One keep-alive ping; the timer calls it every WATCHDOG_USEC/2."""
        return notify("WATCHDOG=1", self._env)

    def ready(self, status: str = "Ready") -> bool:
        """Tell systemd start-up is complete (Type=notify); the watchdog counts from here."""
        return notify(f"READY=1\nSTATUS={_line(status)}", self._env)

    def status(self, text: str) -> bool:
        """A one-line status for `systemctl status kiosk-app` (e.g. offline, signed in)."""
        return notify(f"STATUS={_line(text)}", self._env)

    def stopping(self, status: str = "Shutting down") -> bool:
        """Tell systemd the app is going away on purpose, and stop pinging."""
        self.stop()
        return notify(f"STOPPING=1\nSTATUS={_line(status)}", self._env)

    def stop(self) -> None:
        """Stop the timer (also safe after Qt has deleted it with its parent)."""
        timer, self._timer = self._timer, None
        if timer is not None:
            try:
                timer.stop()
            except RuntimeError:  # the parent, and with it the timer, is already gone
                pass


def _line(text: str) -> str:
    """A status is one line: a newline would start a new (and unintended) assignment."""
    return " ".join(text.split())
