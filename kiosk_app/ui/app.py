"""Composition root and the app's lifetime as one coroutine on the Qt/asyncio loop (qasync)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from kiosk_app.api import CareCloudClient
from kiosk_app.config import Settings, default_outbox_path, make_client
from kiosk_app.services.checkout import CheckoutService
from kiosk_app.services.connectivity import Connectivity
from kiosk_app.services.outbox import Outbox
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


@contextlib.asynccontextmanager
async def assembled(app: Any, settings: Settings, *, otp_cooldown_s: int = 30
                    ) -> AsyncIterator[Parts]:
    """Build config → sandbox (if no project) → client → outbox and sender → services →
    window, and take it all down again in reverse, whatever happens."""
    from kiosk_app.ui.i18n import Languages
    from kiosk_app.ui.main_window import MainWindow
    from kiosk_app.ui.scanner import ScannerFilter
    from kiosk_app.ui.style import STYLE_SHEET, app_icon

    app.setStyleSheet(STYLE_SHEET)
    app.setWindowIcon(app_icon())
    sandbox = demo = None
    base_url = settings.base_url
    external_app_id = settings.external_app_id
    if settings.uses_sandbox:
        from kiosk_app.sandbox import demo_credentials
        from kiosk_app.sandbox.server import start_embedded

        sandbox = start_embedded(settings.sandbox_db or None)
        base_url = sandbox.base_url
        demo = demo_credentials(sandbox.store.seed)
        external_app_id = demo[2]
    client = make_client(settings, base_url)
    outbox = Outbox(settings.outbox_db or default_outbox_path())
    sender = OutboxSender(outbox, client, interval=settings.send_interval,
                          retry_delay=settings.retry_delay, max_attempts=settings.max_attempts)
    sender_task = asyncio.ensure_future(sender.run_forever())
    connectivity = Connectivity(client)
    probe_task = asyncio.ensure_future(connectivity.run())
    scanner = ScannerFilter(app, prefix=settings.scanner_prefix, suffix=settings.scanner_suffix)
    app.installEventFilter(scanner)
    window = None
    try:
        service = CheckoutService(client, external_app_id=external_app_id, outbox=outbox,
                                  on_queued=sender.wake)
        session = CheckoutSession()
        languages = Languages(app)
        if not languages.switch(settings.language):
            log.warning("language %r is not available; using English", settings.language)
            languages.switch("en")
        client.language = languages.api_language
        window = MainWindow(service, session, sender=sender, connectivity=connectivity,
                            scanner=scanner,
                            store_id=settings.store_id, cashdesk_number=settings.cashdesk_number,
                            demo_hint=demo[:2] if demo else None, languages=languages,
                            otp_cooldown_s=otp_cooldown_s)
        yield Parts(window, service, session, client, sender, connectivity, scanner, languages,
                    sandbox, demo)
    finally:
        if window is not None:
            window.close()
        app.removeEventFilter(scanner)
        if client.signed_in:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(client.logout(), timeout=3)
        for task in (sender_task, probe_task):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        outbox.close()
        await client.aclose()
        if sandbox is not None:
            sandbox.stop()


async def lifetime(app: Any, settings: Settings) -> int:
    """Show the window, wait for it to close, then shut down cleanly."""
    from PySide6.QtCore import QTimer

    async with assembled(app, settings) as parts:
        window = parts.window
        closed = asyncio.Event()
        window.closed.connect(closed.set)

        def on_loop_error(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
            exc = context.get("exception")
            log.error("unhandled: %s", context.get("message"), exc_info=exc)
            if isinstance(exc, Exception):
                window.show_unexpected(exc)

        asyncio.get_running_loop().set_exception_handler(on_loop_error)
        window.show()
        if os.environ.get("KIOSK_STARTUP_PROBE"):  # benchmarks: quit once interactive
            QTimer.singleShot(0, lambda: (print("READY", flush=True), window.close()))
        await closed.wait()
    return 0
