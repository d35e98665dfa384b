"""Composition root and the app's lifetime as one coroutine on the Qt/asyncio loop (qasync)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kiosk_app.config import Settings, default_outbox_path, make_client
from kiosk_app.printer import Printing

if TYPE_CHECKING:
    from kiosk_app.api import CareCloudClient
    from kiosk_app.services.checkout import CheckoutService
    from kiosk_app.services.connectivity import Connectivity
    from kiosk_app.services.sender import OutboxSender
    from kiosk_app.services.session import CheckoutSession

log = logging.getLogger(__name__)


@dataclass
class Parts:
    """Everything the composition root built, for the window and for headless drivers."""

    window: Any  # MainWindow
    service: CheckoutService
    session: CheckoutSession
    client: CareCloudClient
    sender: OutboxSender
    connectivity: Connectivity
    scanner: Any  # ScannerFilter
    languages: Any  # Languages
    sandbox: Any | None  # SandboxServer when running on the embedded sandbox
    demo_credentials: tuple[str, str, str] | None


def run_gui(settings: Settings) -> int:
    """Start Qt, then run `lifetime` on a qasync loop until the window closes."""
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("kiosk-app")
    app.setQuitOnLastWindowClosed(False)  # the lifetime coroutine decides when we are done
    return qasync.run(lifetime(app, settings))


DEMO_PICKS = 8  # quick picks on the embedded sandbox: its first demo products
FIRST_FRAME_S = 0.03  # the services are built once the first window is painted


@contextlib.asynccontextmanager
async def assembled(app: Any, settings: Settings, *, otp_cooldown_s: int = 30,
                    first_frame: Callable[[Any], None] | None = None,
                    preferences: Any = None,
                    kiosk_fullscreen: bool = True) -> AsyncIterator[Parts]:
    """Build config → sandbox (if no project) → client → outbox and sender → services →
    window, and take it all down again in reverse, whatever happens.

    In two steps, so the sign-in window appears without waiting for what it does not need:
    first the window (`first_frame` shows it), then, once it is painted, the checkout's
    services are imported, built and attached; the sandbox opens (and seeds) its database
    on its own thread; the httpx client is built at the first call.
    """
    from kiosk_app.preferences import Preferences
    from kiosk_app.ui.i18n import Languages
    from kiosk_app.ui.scanner import ScannerFilter
    from kiosk_app.ui.theme import Theme, app_icon

    kiosk_mode = settings.mode == "kiosk"
    # a kiosk shows no display menu and keeps no one's choices (its config dir is read-only)
    theme = Theme(app, None if kiosk_mode else preferences or Preferences())
    theme.apply()
    app.setWindowIcon(app_icon())
    sandbox = demo = None
    external_app_id = settings.external_app_id
    quick_picks = list(settings.quick_picks)
    if settings.uses_sandbox:
        from kiosk_app.sandbox import Embedded, demo_credentials

        sandbox = Embedded(settings.sandbox_db or None)
        demo = demo_credentials(sandbox.seed_data)
        external_app_id = demo[2]
        quick_picks = quick_picks or [p["code"] for p in sandbox.seed_data["products"]][
            :DEMO_PICKS]
    languages = Languages(app)
    if not languages.switch(settings.language):
        log.warning("language %r is not available; using English", settings.language)
        languages.switch("en")
    scanner = ScannerFilter(app, prefix=settings.scanner_prefix, suffix=settings.scanner_suffix)
    window: Any
    if kiosk_mode:
        from kiosk_app.ui.kiosk_window import KioskWindow

        window = KioskWindow(
            languages=languages, theme=theme, scanner=scanner,
            language_codes=[c for c in settings.languages if c in languages.available()],
            idle_ms=int(settings.idle_seconds * 1000),
            warning_ms=int(settings.idle_warning_seconds * 1000),
            staff_pin_hash=settings.staff_pin_hash, staff_lock_s=settings.staff_lock_seconds,
            fullscreen=kiosk_fullscreen, export_dir=settings.export_dir,
            step_up_otp=settings.step_up_otp)
    else:
        from kiosk_app.ui.main_window import MainWindow

        window = MainWindow(None, None, scanner=scanner, store_id=settings.store_id,
                            cashdesk_number=settings.cashdesk_number,
                            demo_hint=demo[:2] if demo else None, languages=languages,
                            theme=theme, otp_cooldown_s=otp_cooldown_s)
    if settings.customer_source_id:  # the sandbox has src-counter and src-kiosk
        window.source_id = settings.customer_source_id
    window.printing = Printing(settings.printer, settings.paper_width_mm,
                               settings.print_receipts == "always")
    if settings.cancel_needs_staff_pin:  # History's Cancel purchase asks for the staff PIN
        from kiosk_app.services.staff import StaffGate

        # a kiosk shares its staff gate: wrong PINs there and here count towards one pause
        window.cancel_gate = (window.gate if kiosk_mode
                              else StaffGate(settings.staff_pin_hash, settings.staff_lock_seconds))
    tasks: list[asyncio.Task[None]] = []
    outbox = client = None
    try:
        if first_frame is not None:
            first_frame(window)
            await asyncio.sleep(FIRST_FRAME_S)  # painted and taking input before the rest
        from kiosk_app.services.checkout import CheckoutService
        from kiosk_app.services.connectivity import Connectivity
        from kiosk_app.services.outbox import Outbox
        from kiosk_app.services.sender import OutboxSender
        from kiosk_app.services.session import CheckoutSession

        client = make_client(settings, sandbox.base_url if sandbox else settings.base_url)
        client.language = languages.api_language
        outbox = Outbox(settings.outbox_db or default_outbox_path(),  # opened at first use
                        retention_days=settings.retention_days)
        sender = OutboxSender(outbox, client, interval=settings.send_interval,
                              retry_delay=settings.retry_delay,
                              max_attempts=settings.max_attempts)
        connectivity = Connectivity(client)
        service = CheckoutService(client, external_app_id=external_app_id, outbox=outbox,
                                  on_queued=sender.wake, quick_picks=quick_picks,
                                  reserve_points=settings.reserve_points)
        session = CheckoutSession()
        if kiosk_mode:
            _attach_kiosk(window, service, settings, external_app_id,
                          sandbox.seed_data if sandbox else None, sender)
        else:
            window.attach(service, session, sender=sender, connectivity=connectivity)
        if sandbox is not None:
            sandbox.start()
        app.installEventFilter(scanner)  # every key of the app passes it from now on
        tasks += [asyncio.ensure_future(sender.run_forever()),
                  asyncio.ensure_future(connectivity.run())]
        yield Parts(window, service, session, client, sender, connectivity, scanner, languages,
                    sandbox, demo)
    finally:
        window.close()
        window.deleteLater()  # no more events (a language switch) reach what is closed below
        app.removeEventFilter(scanner)
        if client is not None and client.signed_in:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(client.logout(), timeout=3)
        for task in tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if outbox is not None:
            outbox.close()
        if client is not None:
            await client.aclose()
        if sandbox is not None:
            sandbox.stop()


async def lifetime(app: Any, settings: Settings) -> int:
    """Show the window, wait for it to close, then shut down cleanly."""
    from PySide6.QtCore import QTimer

    def first_frame(window: Any) -> None:
        getattr(window, "show_kiosk", window.show)()  # a kiosk: fullscreen
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
            getattr(window, "leave", window.close)()  # a kiosk refuses a plain close
        await closed.wait()
        heartbeat.stopping()
    return 0


def _attach_kiosk(window: Any, service: Any, settings: Settings, application_id: str,
                  seed: dict[str, Any] | None, sender: Any) -> None:
    """A kiosk signs in with its own user: on a project, the configured login and the
    password from a service credential, KIOSK_PASSWORD or the OS keyring (never a file); on
    the sandbox demo (`--demo`), the seed's kiosk user."""
    from kiosk_app.keystore import KeyStore
    from kiosk_app.services.kiosk import KioskService

    login = settings.login

    def password() -> str | None:
        return KeyStore().password(login)[0]

    if seed is not None:
        user = next((u for u in seed["users"] if u["login"] == "kiosk"), seed["users"][0])
        login = settings.login or user["login"]

        def password() -> str | None:
            return user["password"] if login == user["login"] else KeyStore().password(login)[0]

    window.attach(service, KioskService(service, application_id), login=login,
                  password=password, store_id=settings.store_id,
                  cashdesk_number=settings.cashdesk_number, sender=sender)
