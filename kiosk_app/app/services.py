"""The composition root: `build(settings) -> Services` makes every part of the app from the
settings, here and nowhere else, each given what it needs when it is made (nothing is set on
an object after it is built). The app, `--selftest`, the benchmarks, the screenshots and the
tests all build through here; `Services.aclose()` takes it down again in reverse.

Building does no I/O, and the first window needs only the till: the parts behind it (the
outbox, its sender, the visits, member services, history) are each made, the same way and
once, when first used — after the first window is painted — so start-up does not import and
build what the sign-in window does not show. The embedded sandbox opens its database on its
own thread, the outbox its file at first use, and the HTTP client is made at the first call.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from kiosk_app.app.till import Till
from kiosk_app.config import Settings, default_export_dir, default_outbox_path, make_client
from kiosk_app.domain.cooldown import RESEND_COOLDOWN_S
from kiosk_app.domain.staff import StaffGate
from kiosk_app.printer import Printing

if TYPE_CHECKING:
    from kiosk_app.api import CareCloudClient
    from kiosk_app.app.connectivity import Connectivity
    from kiosk_app.app.counter import CounterVisit
    from kiosk_app.app.customers import Customers
    from kiosk_app.app.enrolment import Enrolment
    from kiosk_app.app.history import History
    from kiosk_app.app.kiosk import KioskVisit
    from kiosk_app.app.member import MemberServices
    from kiosk_app.app.outbox import Outbox
    from kiosk_app.app.sender import OutboxSender
    from kiosk_app.app.unsent import Unsent

log = logging.getLogger(__name__)
DEMO_PICKS = 8  # quick picks on the embedded sandbox: its first demo products


class Sandbox(Protocol):
    """The sandbox the app runs on when no project is configured (or a test's own)."""

    base_url: str
    seed_data: dict[str, Any]


@dataclass(frozen=True)
class Login:
    """An unattended kiosk's CareCloud user; the password is read when it is needed (from a
    systemd credential, KIOSK_PASSWORD or the OS keyring; the seed's on the demo sandbox)."""

    login: str
    password: Callable[[], str | None]


@dataclass(frozen=True)
class Timing:
    """How the parts tell and spend time (tests make it quick and controllable)."""

    clock: Callable[[], datetime] = datetime.now
    monotonic: Callable[[], float] = time.monotonic
    otp_cooldown_s: float = RESEND_COOLDOWN_S
    probe_interval: float = 10.0
    sender_first_delay: float = 1.0


class Services:
    """Everything the windows use. The till, the client and the settings' derived values
    are made with it; the rest on first use (see the module's docstring)."""

    def __init__(self, settings: Settings, *, client: CareCloudClient, till: Till,
                 sandbox: Sandbox | None, owned_sandbox: Any, demo: tuple[str, str, str] | None,
                 quick_picks: list[str], kiosk_login: Login, outbox_path: Path,
                 timing: Timing) -> None:
        self.settings = settings
        self.client = client
        self.till = till
        self.sandbox = sandbox  # the embedded sandbox (or a test's), None on a real project
        self.demo = demo  # the sandbox's (login, password, application id)
        self.kiosk_login = kiosk_login
        self.timing = timing
        self.otp_cooldown_s = timing.otp_cooldown_s
        self.source_id = settings.customer_source_id or (
            "src-kiosk" if self.kiosk_mode else "src-counter")  # where new members come from
        self.staff_gate = StaffGate(settings.staff_pin_hash, settings.staff_lock_seconds,
                                    clock=timing.monotonic)
        # History's Cancel purchase asks the staff PIN through it (`cancel_needs_staff_pin`)
        self.cancel_gate = self.staff_gate if settings.cancel_needs_staff_pin else None
        self.printing = Printing(settings.printer, settings.paper_width_mm,
                                 settings.print_receipts == "always")
        self._quick_picks = quick_picks
        self._outbox_path = outbox_path
        self._owned_sandbox = owned_sandbox
        self._tasks: list[asyncio.Task[None]] = []

    @property
    def kiosk_mode(self) -> bool:
        return self.settings.mode == "kiosk"

    # --- the parts made on first use -----------------------------------------------------------

    @cached_property
    def outbox(self) -> Outbox:
        from kiosk_app.app.outbox import Outbox

        return Outbox(self._outbox_path, retention_days=self.settings.retention_days)

    @cached_property
    def sender(self) -> OutboxSender:
        from kiosk_app.app.sender import OutboxSender

        s = self.settings
        sender = OutboxSender(self.outbox, self.client, interval=s.send_interval,
                              retry_delay=s.retry_delay, max_attempts=s.max_attempts)
        sender.on_delivered(self.counter.delivered)  # the customer at the till is read again
        return sender

    @cached_property
    def connectivity(self) -> Connectivity:
        from kiosk_app.app.connectivity import Connectivity

        return Connectivity(self.client, probe_interval=self.timing.probe_interval)

    @cached_property
    def customers(self) -> Customers:
        from kiosk_app.app.customers import Customers

        return Customers(self.client, clock=self.timing.clock)

    @cached_property
    def counter(self) -> CounterVisit:
        from kiosk_app.app.counter import CounterVisit

        return CounterVisit(self.client, self.till, self.customers, outbox=self.outbox,
                            on_queued=self._wake_sender, clock=self.timing.clock,
                            quick_picks=self._quick_picks,
                            reserve_points=self.settings.reserve_points)

    @cached_property
    def kiosk(self) -> KioskVisit:
        from kiosk_app.app.kiosk import KioskVisit

        return KioskVisit(self.till, self.customers)

    @cached_property
    def member(self) -> MemberServices:
        from kiosk_app.app.member import MemberServices

        return MemberServices(self.client, self.till, self.customers)

    @cached_property
    def history(self) -> History:
        from kiosk_app.app.history import History

        return History(self.outbox, self.client, self.till, on_queued=self._wake_sender,
                       clock=self.timing.clock)

    @cached_property
    def unsent(self) -> Unsent:
        from kiosk_app.app.unsent import Unsent

        s = self.settings
        export_dir = Path(s.export_dir) if s.export_dir else (
            default_export_dir() if self.kiosk_mode else None)
        return Unsent(self.outbox, self.sender, export_dir=export_dir)

    def enrolment(self) -> Enrolment:
        """One person joining: a flow of their own (it remembers what it made)."""
        from kiosk_app.app.enrolment import Enrolment

        return Enrolment(self.client, self.till, self.customers,
                         customer_source_id=self.source_id)

    def _wake_sender(self) -> None:
        self.sender.wake()

    # --- the background work, and the end ---------------------------------------------------

    def start(self) -> None:
        """The work that goes on in the background: the sandbox (when the app owns it), the
        outbox sender and the connectivity probe, on the running loop."""
        if self._owned_sandbox is not None:
            self._owned_sandbox.start()
        self._tasks.append(asyncio.ensure_future(
            self.sender.run_forever(first_delay=self.timing.sender_first_delay)))
        self._tasks.append(asyncio.ensure_future(self.connectivity.run()))

    async def aclose(self) -> None:
        """Everything down in reverse: sign out (briefly), stop the background work, close
        the outbox, the client and the sandbox."""
        if self.client.signed_in:
            if "counter" in self.__dict__:  # only a visit that was made can hold points
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(self.counter.release_holds(), timeout=3)
            with contextlib.suppress(Exception):  # a token left on the server expires
                await asyncio.wait_for(self.client.logout(), timeout=3)
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if "outbox" in self.__dict__:
            self.outbox.close()
        await self.client.aclose()
        if self._owned_sandbox is not None:
            self._owned_sandbox.stop()


def build(settings: Settings, *, sandbox: Sandbox | None = None, transport: Any = None,
          retry: Any = None, timing: Timing | None = None,
          outbox_path: Path | None = None) -> Services:
    """The app's parts for these settings. With no `base_url` it runs on the embedded sandbox
    (or on `sandbox`, a test's own); `transport` and `retry` reach the client, `timing` the
    parts that tell time (tests)."""
    owned = None
    if settings.uses_sandbox and sandbox is None:
        from kiosk_app.sandbox import Embedded

        sandbox = owned = Embedded(settings.sandbox_db or None)
    demo = None
    external_app_id = settings.external_app_id
    quick_picks = list(settings.quick_picks)
    login = Login(settings.login, _keyring_password(settings.login))
    if sandbox is not None and settings.uses_sandbox:
        from kiosk_app.sandbox import demo_credentials

        seed = sandbox.seed_data
        demo = demo_credentials(seed)
        external_app_id = demo[2]
        quick_picks = quick_picks or [p["code"] for p in seed["products"]][:DEMO_PICKS]
        login = _demo_kiosk_login(settings.login, seed)
    base_url = sandbox.base_url if sandbox is not None and settings.uses_sandbox \
        else settings.base_url
    extra = {k: v for k, v in (("transport", transport), ("retry", retry)) if v is not None}
    client = make_client(settings, base_url, **extra)
    till = Till(client, external_app_id=external_app_id, language=settings.language,
                store_id=settings.store_id, cashdesk_number=settings.cashdesk_number)
    return Services(settings, client=client, till=till, sandbox=sandbox, owned_sandbox=owned,
                    demo=demo, quick_picks=quick_picks, kiosk_login=login,
                    outbox_path=outbox_path or Path(settings.outbox_db or default_outbox_path()),
                    timing=timing or Timing())


def _keyring_password(login: str) -> Callable[[], str | None]:
    def password() -> str | None:
        from kiosk_app.keystore import KeyStore

        return KeyStore().password(login)[0]

    return password


def _demo_kiosk_login(configured: str, seed: dict[str, Any]) -> Login:
    """On the demo sandbox a kiosk signs in as the seed's kiosk user (another login
    configured: its password from the keyring, as on a project)."""
    user = next((u for u in seed["users"] if u["login"] == "kiosk"), seed["users"][0])
    login = configured or user["login"]
    if login != user["login"]:
        return Login(login, _keyring_password(login))
    return Login(login, lambda: user["password"])
