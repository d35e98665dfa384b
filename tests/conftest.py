"""Shared fixtures: a real sandbox over loopback per test, and spec validation of all traffic."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
import pytest
import pytest_asyncio

from kiosk_app.api import CareCloudClient, Credentials, RetryPolicy
from kiosk_app.sandbox.server import Faults, SandboxServer
from kiosk_app.sandbox.store import SandboxStore
from tests.spec_check import SPEC_PATH, CheckingTransport, SpecChecker, response_hook

DEMO = Credentials("cashier", "demo", "kiosk-demo-app")
DEMO_PICKS = ("1001", "1002", "1003", "2001", "2002", "3001", "3002", "9001")
FAST_RETRY = RetryPolicy(attempts=4, initial=0.01, max_wait=0.05, jitter=0.01)


def pytest_configure(config: pytest.Config) -> None:
    if not SPEC_PATH.is_file():
        raise pytest.UsageError(
            f"The vendor spec is missing at {SPEC_PATH}: conformance tests cannot run without it."
        )
    from kiosk_app import build

    if not build.RESOURCES_PY.is_file():  # the README's setup builds it; a bare checkout may not
        build.resources()


@pytest.fixture(scope="session")
def built_translations() -> None:
    """The compiled .qm files (the README's setup builds them; this covers a bare checkout)."""
    from kiosk_app import build
    from kiosk_app.ui.i18n import qm_path

    if any(qm_path(lang) is None for lang in (*build.LANGUAGES, *build.PLURAL_ONLY)):
        build.build()


@pytest.fixture
def english_after(qapp, built_translations):
    """A test that switches the UI language leaves English (and its locale) behind for the
    next one, whatever it asserted."""
    yield
    from kiosk_app.ui.i18n import Languages

    Languages().switch("en")


@pytest.fixture(scope="session")
def openapi():
    from openapi_core import OpenAPI

    return OpenAPI.from_file_path(str(SPEC_PATH))


@pytest.fixture
def spec_checker(openapi) -> Iterator[SpecChecker]:
    """Every exchange a test makes through it must match the spec, or the test fails."""
    checker = SpecChecker(openapi)
    yield checker
    assert not checker.problems, "Traffic that breaks the spec:\n" + "\n".join(checker.problems)


@pytest.fixture
def make_sandbox(tmp_path: Path) -> Iterator[Callable[..., SandboxServer]]:
    servers: list[SandboxServer] = []

    def make(**store_kwargs: object) -> SandboxServer:
        store = SandboxStore(tmp_path / f"sandbox{len(servers)}.sqlite3", **store_kwargs)
        server = SandboxServer(store, faults=Faults(), seed=1234).start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def sandbox(make_sandbox: Callable[..., SandboxServer]) -> SandboxServer:
    return make_sandbox()


@pytest.fixture
def raw(sandbox: SandboxServer, spec_checker: SpecChecker) -> Iterator[httpx.Client]:
    """A plain HTTP client on the sandbox; its answers are validated against the spec."""
    with httpx.Client(base_url=sandbox.base_url + "/",
                      event_hooks={"response": [response_hook(spec_checker)]}) as client:
        yield client


@pytest.fixture
def control(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """The sandbox-only control endpoints (faults, clock, OTP codes, purchases)."""
    with httpx.Client(base_url=sandbox.origin + "/sandbox/",
                      headers=sandbox.control_headers) as client:
        yield client


@pytest.fixture
def make_client(spec_checker: SpecChecker) -> Iterator[Callable[..., CareCloudClient]]:
    made: list[CareCloudClient] = []

    def make(server: SandboxServer, **kwargs: object) -> CareCloudClient:
        kwargs.setdefault("retry", FAST_RETRY)
        kwargs.setdefault("language", "en")
        client = CareCloudClient(server.base_url, transport=CheckingTransport(spec_checker),
                                 **kwargs)
        made.append(client)
        return client

    yield make


@pytest_asyncio.fixture
async def client(sandbox: SandboxServer, make_client) -> AsyncIterator[CareCloudClient]:
    """A signed-in client on a fresh sandbox."""
    api = make_client(sandbox)
    await api.login(DEMO)
    yield api
    await api.aclose()


def token(raw: httpx.Client) -> dict[str, str]:
    response = raw.post("users/actions/login", json={
        "login": DEMO.login, "password": DEMO.password,
        "user_external_application_id": DEMO.external_app_id})
    return {"Authorization": f"Bearer {response.json()['data']['bearer_token']}"}


# --- Qt: the app's loop is a qasync loop on the test's QApplication ---------------------------


@pytest.fixture(scope="session")
def _qasync_loop(qapp):
    """One qasync loop for the session: stopping one calls QApplication.exit(), which
    leaves later loops dead, so it is never stopped, only detached between tests."""
    import qasync

    return qasync.QEventLoop(qapp, already_running=True)


@pytest.fixture
def qloop(qapp, _qasync_loop):
    """The qasync loop as this test's running loop; tests wait with `qtbot.waitUntil`."""
    import asyncio

    asyncio.events._set_running_loop(_qasync_loop)
    asyncio.set_event_loop(_qasync_loop)
    yield _qasync_loop
    for task in asyncio.all_tasks(_qasync_loop):
        task.cancel()
    for _ in range(10):
        qapp.processEvents()
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


@pytest.fixture
def kiosk(qtbot, qapp, qloop, sandbox, make_client, control, tmp_path):
    """The real main window on a real sandbox, the scanner filter installed on the app."""
    import asyncio

    from kiosk_app.preferences import Preferences
    from kiosk_app.services.checkout import CheckoutService
    from kiosk_app.services.session import CheckoutSession
    from kiosk_app.ui.main_window import MainWindow
    from kiosk_app.ui.scanner import ScannerFilter
    from kiosk_app.ui.theme import Theme
    from tests.kiosk_driver import Kiosk

    theme = Theme(qapp, Preferences(tmp_path / "preferences.json"))
    theme.apply()
    from kiosk_app.services.connectivity import Connectivity
    from kiosk_app.services.outbox import Outbox
    from kiosk_app.services.sender import OutboxSender

    client = make_client(sandbox)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    sender = OutboxSender(outbox, client, interval=0.5, retry_delay=0.2, max_attempts=3)
    sender_task = asyncio.ensure_future(sender.run_forever(first_delay=0.1))
    connectivity = Connectivity(client, probe_interval=0.3)
    probe_task = asyncio.ensure_future(connectivity.run())
    service = CheckoutService(client, external_app_id="kiosk-demo-app", outbox=outbox,
                              on_queued=sender.wake, quick_picks=DEMO_PICKS)
    session = CheckoutSession()
    scanner = ScannerFilter(qapp)
    qapp.installEventFilter(scanner)
    window = MainWindow(service, session, sender=sender, connectivity=connectivity,
                        scanner=scanner, demo_hint=("cashier", "demo"), otp_cooldown_s=1,
                        theme=theme)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield Kiosk(window, service, session, sandbox, control, qtbot, sender)
    qapp.removeEventFilter(scanner)
    window.close()
    sender_task.cancel()
    probe_task.cancel()
    qtbot.waitUntil(lambda: sender_task.done() and probe_task.done(), timeout=5000)
    outbox.close()
    closing = asyncio.ensure_future(client.aclose())
    qtbot.waitUntil(closing.done, timeout=5000)


@pytest.fixture(autouse=True)
def _caches_in_tmp(tmp_path, monkeypatch):
    """Libraries' caches (python-escpos's printer profiles) go to the test's folder, not the
    user's home."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("ESCPOS_CAPABILITIES_PICKLE_DIR", raising=False)
