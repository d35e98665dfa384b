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


class ManualClock:
    """The scanner's clock in tests: a scan's keys come at one instant whatever the load of
    the machine; typing moves it on as a person's keys would (see `tests/kiosk_driver.py`)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def make_services(qloop, sandbox, spec_checker, tmp_path):
    """The app's services from the composition root (`build`), on the test's sandbox, every
    exchange checked against the spec; closed after the test."""
    import asyncio

    from kiosk_app.app.services import Timing, build
    from kiosk_app.config import Settings

    made = []

    def make(*, timing: dict[str, object] | None = None, on=None, **settings: object):
        """`on`: another sandbox than the test's (a large one, say); `timing`: `Timing`'s
        fields (a test's clock)."""
        values: dict[str, object] = {"send_interval": 0.5, "retry_delay": 0.2,
                                     "max_attempts": 3, "outbox_db": str(tmp_path / "outbox.sqlite3")}
        values.update(settings)
        quick = {"otp_cooldown_s": 1, "probe_interval": 0.3, "sender_first_delay": 0.1}
        services = build(Settings(**values), sandbox=on or sandbox,
                         transport=CheckingTransport(spec_checker), retry=FAST_RETRY,
                         timing=Timing(**{**quick, **(timing or {})}))
        made.append(services)
        return services

    yield make
    for services in made:
        closing = asyncio.ensure_future(services.aclose())
        _wait(closing.done)


def _wait(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Until `condition`; the ceiling only stops a hang (a loaded CI machine may take its
    time: the close signs out and releases holds with up to 3 s each)."""
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    QtBot(QApplication.instance()).waitUntil(condition, timeout=int(timeout * 1000))


def window_parts(request, qtbot, qapp, tmp_path):
    """Theme, language and scanner for a window under test."""
    from kiosk_app.preferences import Preferences
    from kiosk_app.ui.i18n import Languages
    from kiosk_app.ui.scanner import ScannerFilter
    from kiosk_app.ui.theme import Theme

    theme = Theme(qapp, Preferences(tmp_path / "preferences.json"))
    theme.apply()
    languages = Languages(qapp)
    languages.switch("en")
    clock = ManualClock()
    scanner = ScannerFilter(qapp, clock=clock)
    qapp.installEventFilter(scanner)
    request.addfinalizer(lambda: qapp.removeEventFilter(scanner))
    return theme, languages, scanner, clock


# a tap on a button that appeared under the previous one is ignored this long (see
# `ui.shell`); tests that tap twice on one spot wait for it to pass (`Kiosk.click`)
TEST_TAP_GUARD_MS = 150


@pytest.fixture
def make_kiosk(request, qtbot, qapp, qloop, sandbox, make_services, control, tmp_path):
    """The counter's real window on a real sandbox, built by the composition root with these
    settings (and `Timing`), the scanner filter installed on the app."""
    from kiosk_app.ui.main_window import MainWindow
    from tests.kiosk_driver import Kiosk

    made = []

    def make(*, settings: dict[str, object] | None = None,
             timing: dict[str, object] | None = None,
             tap_guard_ms: int = TEST_TAP_GUARD_MS, on: SandboxServer | None = None) -> Kiosk:
        theme, languages, scanner, clock = window_parts(request, qtbot, qapp, tmp_path)
        services = make_services(timing=timing, on=on, **(settings or {}))
        window = MainWindow(services, languages=languages, theme=theme, scanner=scanner,
                            tap_guard_ms=tap_guard_ms)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        services.start()
        window.started()
        made.append((window, languages))
        return Kiosk(window, services, on or sandbox, control, qtbot, clock)

    yield make
    for window, languages in made:
        window.close()
        languages.switch("en")


@pytest.fixture
def kiosk(request, make_kiosk):
    """The counter's window with the test settings (`indirect` parameters: make_kiosk's)."""
    return make_kiosk(**getattr(request, "param", {}))


PIN = "4321"


@pytest.fixture
def kiosk_window(request, qtbot, qapp, qloop, sandbox, make_services, control, tmp_path):
    """The kiosk's window on the sandbox, signed in unattended as the seed's kiosk user."""
    from kiosk_app.domain.staff import hash_pin
    from kiosk_app.ui.kiosk_window import KioskWindow
    from tests.kiosk_driver import Kiosk

    # a shopper's minute by default (a slow CI must not wipe a test's customer); the idle
    # tests ask for 1.5 s through `QUICK_IDLE`
    idle_ms, warning_ms = getattr(request, "param", (60_000, 20_000))
    theme, languages, scanner, clock = window_parts(request, qtbot, qapp, tmp_path)
    services = make_services(
        mode="kiosk", cashdesk_number=7, languages=["en", "cs", "de"],
        staff_pin_hash=hash_pin(PIN, salt=b"0123456789abcdef", iterations=1000),
        staff_lock_seconds=60, export_dir=str(tmp_path / "exports"))
    window = KioskWindow(services, languages=languages, theme=theme, scanner=scanner,
                         idle_ms=idle_ms, warning_ms=warning_ms, fullscreen=False,
                         tap_guard_ms=TEST_TAP_GUARD_MS)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    services.start()
    window.started()
    qtbot.waitUntil(lambda: window.ready, timeout=10_000)
    yield Kiosk(window, services, sandbox, control, qtbot, clock)
    window.leave()
    languages.switch("en")


@pytest.fixture(autouse=True)
def _caches_in_tmp(tmp_path, monkeypatch):
    """Libraries' caches (python-escpos's printer profiles) go to the test's folder, not the
    user's home."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("ESCPOS_CAPABILITIES_PICKLE_DIR", raising=False)
