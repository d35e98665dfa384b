"""The app's lifetime as one coroutine on the Qt/asyncio loop (qasync): the services from
the composition root (`app.services.build`), then the window over them, torn down in
reverse."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kiosk_app.config import Settings

if TYPE_CHECKING:
    from kiosk_app.app.services import Services
    from kiosk_app.ui.i18n import Languages
    from kiosk_app.ui.kiosk_window import KioskWindow
    from kiosk_app.ui.main_window import MainWindow
    from kiosk_app.ui.scanner import ScannerFilter

log = logging.getLogger(__name__)
FIRST_FRAME_S = 0.03  # the background work starts once the first window is painted


@dataclass(frozen=True)
class Parts:
    """What `assembled` made: the window over the services (for headless drivers too)."""

    window: MainWindow | KioskWindow
    services: Services
    scanner: ScannerFilter
    languages: Languages


def run_gui(settings: Settings) -> int:
    """Start Qt, then run `lifetime` on a qasync loop until the window closes."""
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("kiosk-app")
    app.setQuitOnLastWindowClosed(False)  # the lifetime coroutine decides when we are done
    return qasync.run(lifetime(app, settings))


@contextlib.asynccontextmanager
async def assembled(app: Any, settings: Settings, *,
                    first_frame: Callable[[MainWindow | KioskWindow], None] | None = None,
                    preferences: Any = None, kiosk_fullscreen: bool = True,
                    **build_options: Any) -> AsyncIterator[Parts]:
    """The services (`build`), the look and the language, the window; the background work
    once the window is painted; everything down again in reverse, whatever happens.
    `build_options` reach `build` (tests and benchmarks: their sandbox, a transport)."""
    from kiosk_app.app.services import build
    from kiosk_app.preferences import Preferences
    from kiosk_app.ui.i18n import Languages
    from kiosk_app.ui.scanner import ScannerFilter
    from kiosk_app.ui.theme import Theme, app_icon

    kiosk_mode = settings.mode == "kiosk"
    # a kiosk shows no display menu and keeps no one's choices (its config dir is read-only)
    theme = Theme(app, None if kiosk_mode else preferences or Preferences())
    theme.apply()
    app.setWindowIcon(app_icon())
    languages = Languages(app)
    services = build(settings, **build_options)
    if not languages.switch(settings.language):
        log.warning("language %r is not available; using English", settings.language)
        languages.switch("en")
        services.till.set_language("en", home=True)
    scanner = ScannerFilter(app, prefix=settings.scanner_prefix, suffix=settings.scanner_suffix)
    window: MainWindow | KioskWindow
    if kiosk_mode:
        from kiosk_app.ui.kiosk_window import KioskWindow

        window = KioskWindow(services, languages=languages, theme=theme, scanner=scanner,
                             idle_ms=int(settings.idle_seconds * 1000),
                             warning_ms=int(settings.idle_warning_seconds * 1000),
                             fullscreen=kiosk_fullscreen)
    else:
        from kiosk_app.ui.main_window import MainWindow

        window = MainWindow(services, languages=languages, theme=theme, scanner=scanner)
    try:
        if first_frame is not None:
            first_frame(window)
            await asyncio.sleep(FIRST_FRAME_S)  # painted and taking input before the rest
        services.start()
        window.started()
        app.installEventFilter(scanner)  # every key of the app passes it from now on
        yield Parts(window, services, scanner, languages)
    finally:
        window.close_for_good()
        window.deleteLater()  # no more events (a language switch) reach what is closed below
        app.removeEventFilter(scanner)
        await services.aclose()


async def lifetime(app: Any, settings: Settings) -> int:
    """Show the window, wait for it to close, then shut down cleanly."""
    from PySide6.QtCore import QTimer

    def first_frame(window: MainWindow | KioskWindow) -> None:
        window.show_first()
        if os.environ.get("KIOSK_STARTUP_PROBE"):  # benchmarks: the window takes input now
            QTimer.singleShot(0, lambda: print("READY", flush=True))

    from kiosk_app.watchdog import Heartbeat

    heartbeat = Heartbeat(app)  # systemd's watchdog: pings from this (the GUI) loop only
    async with assembled(app, settings, first_frame=first_frame) as parts:
        window = parts.window
        heartbeat.ready("Window shown")
        closed = asyncio.Event()
        window.closed.connect(closed.set)

        def on_loop_error(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
            exc = context.get("exception")
            log.error("unhandled: %s", context.get("message"), exc_info=exc)
            if isinstance(exc, Exception):
                window.show_unexpected(exc)

        asyncio.get_running_loop().set_exception_handler(on_loop_error)
        if os.environ.get("KIOSK_STARTUP_PROBE"):
            window.close_for_good()
        await closed.wait()
        heartbeat.stopping()
    return 0
