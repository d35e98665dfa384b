"""sd_notify and the GUI-loop heartbeat against a real notify socket, and the kiosk's systemd unit.

The heartbeat must come from the Qt (= qasync) event loop: while the GUI thread is blocked no
WATCHDOG=1 may arrive, which is what lets systemd restart a frozen kiosk.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import tomllib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import fields
from pathlib import Path

import pytest

from kiosk_app import watchdog
from kiosk_app.watchdog import Heartbeat, notify, watchdog_usec

ROOT = Path(__file__).resolve().parents[1]
KIOSK = ROOT / "packaging" / "kiosk"
UNIT = KIOSK / "kiosk-app.service"
INTERVAL_USEC = 200_000  # WatchdogSec=0.2 s: a ping every 100 ms
BLOCK_S = 0.8  # a frozen GUI thread, eight intervals long
GRACE_S = 0.2  # a ping sent just before the freeze may still be read during its first moments


class Receiver:
    """The service manager's end: a thread that timestamps every datagram as it arrives, so it
    keeps listening while a test blocks the GUI thread."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.sock.settimeout(0.01)
        self.messages: list[tuple[float, str]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.sock.recv(4096)
            except (TimeoutError, BlockingIOError):
                continue
            except OSError:
                return
            self.messages.append((time.monotonic(), data.decode()))

    def texts(self) -> list[str]:
        return [text for _, text in list(self.messages)]

    def beats(self, since: float = 0.0, until: float = float("inf")) -> list[float]:
        return [at for at, text in list(self.messages) if text == "WATCHDOG=1" and since <= at <= until]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()


@pytest.fixture
def receiver(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Receiver]:
    """A real AF_UNIX datagram socket in tmp_path, named by NOTIFY_SOCKET as systemd does."""
    path = tmp_path / "notify"
    assert len(str(path)) < 100, "AF_UNIX paths are limited to 107 bytes"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    monkeypatch.setenv("WATCHDOG_USEC", str(INTERVAL_USEC))
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    rx = Receiver(sock)
    yield rx
    rx.close()


@pytest.fixture
def parent(qapp) -> Iterator[object]:
    """The heartbeat's QObject parent; deleting it ends any timer a test left running."""
    import shiboken6
    from PySide6.QtCore import QObject

    owner = QObject()
    yield owner
    shiboken6.delete(owner)


def test_ready_and_status_reach_the_socket(qtbot, receiver: Receiver, parent) -> None:
    beat = Heartbeat(parent)
    assert beat.enabled and beat.interval_ms == 100
    assert beat.ready("Signed in as kiosk-1")
    assert beat.status("Offline:\nretrying")  # one line: a newline would start a new assignment
    qtbot.waitUntil(lambda: len(receiver.texts()) >= 2, timeout=3000)
    ready, status = [t for t in receiver.texts() if t != "WATCHDOG=1"][:2]
    assert ready.split("\n") == ["READY=1", "STATUS=Signed in as kiosk-1"]
    assert status == "STATUS=Offline: retrying"
    beat.stop()


def test_several_heartbeats_while_the_qt_loop_runs(qtbot, receiver: Receiver, parent) -> None:
    beat = Heartbeat(parent)
    start = time.monotonic()
    qtbot.wait(650)  # the Qt event loop runs: the timer fires about every 100 ms
    beat.stop()
    assert len(receiver.beats(since=start)) >= 3, receiver.texts()


def test_stopping_sends_stopping_and_ends_the_heartbeat(qtbot, receiver: Receiver, parent) -> None:
    beat = Heartbeat(parent)
    qtbot.waitUntil(lambda: len(receiver.beats()) >= 1, timeout=3000)
    assert beat.stopping()
    assert not beat.enabled
    qtbot.waitUntil(lambda: any(t.startswith("STOPPING=1") for t in receiver.texts()), timeout=3000)
    after = time.monotonic()
    qtbot.wait(400)
    assert receiver.beats(since=after + 0.05) == []
    assert "STOPPING=1\nSTATUS=Shutting down" in receiver.texts()


def test_no_heartbeat_when_watchdog_pid_is_another_process(qtbot, receiver: Receiver, parent,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid() + 1))  # e.g. cage, our parent
    beat = Heartbeat(parent)
    assert not beat.enabled and beat.interval_ms is None
    assert beat.ready()  # readiness is not tied to WATCHDOG_PID
    qtbot.wait(500)
    assert receiver.texts() == ["READY=1\nSTATUS=Ready"]


def _blocked_window(block: Callable[[], None]) -> tuple[float, float]:
    """Run `block` on the GUI thread (no events processed meanwhile); when it began and ended."""
    start = time.monotonic()
    block()
    return start, time.monotonic()


def test_a_blocked_gui_thread_sends_no_heartbeat(qtbot, receiver: Receiver, parent) -> None:
    """The proof that the heartbeat is the GUI loop's: block the GUI thread for eight intervals
    and not one ping arrives meanwhile; once the loop runs again, the pings come back."""
    beat = Heartbeat(parent)
    qtbot.waitUntil(lambda: len(receiver.beats()) >= 3, timeout=3000)  # beating
    start, end = _blocked_window(lambda: time.sleep(BLOCK_S))  # a frozen UI
    assert receiver.beats(since=start + GRACE_S, until=end) == [], "a ping from a frozen loop"
    qtbot.waitUntil(lambda: len(receiver.beats(since=end)) >= 2, timeout=3000)  # thawed: back
    beat.stop()


def test_a_blocking_coroutine_on_the_qasync_loop_stops_the_heartbeat(qtbot, qloop, receiver: Receiver,
                                                                     parent) -> None:
    """The same freeze the app could really cause: a coroutine on the qasync loop (the Qt loop)
    that calls something blocking. The watchdog sees it."""
    beat = Heartbeat(parent)
    qtbot.waitUntil(lambda: len(receiver.beats()) >= 2, timeout=3000)
    window: list[float] = []

    async def blocking_work() -> None:
        window.append(time.monotonic())
        time.sleep(BLOCK_S)  # noqa: ASYNC251 - the point of the test: a blocked event loop
        window.append(time.monotonic())

    task = asyncio.ensure_future(blocking_work())
    qtbot.waitUntil(task.done, timeout=3000)
    start, end = window
    assert receiver.beats(since=start + GRACE_S, until=end) == []
    qtbot.waitUntil(lambda: len(receiver.beats(since=end)) >= 2, timeout=3000)
    beat.stop()


def test_abstract_namespace_socket(qtbot, monkeypatch: pytest.MonkeyPatch, parent) -> None:
    name = f"kiosk-app-test-{uuid.uuid4().hex}"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind("\0" + name)
    rx = Receiver(sock)
    try:
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        monkeypatch.setenv("WATCHDOG_USEC", str(INTERVAL_USEC))
        monkeypatch.delenv("WATCHDOG_PID", raising=False)  # unset: any process may ping
        assert notify("READY=1")
        beat = Heartbeat(parent)
        assert beat.enabled
        qtbot.waitUntil(lambda: len(rx.beats()) >= 2, timeout=3000)
        beat.stop()
        assert rx.texts()[0] == "READY=1"
    finally:
        rx.close()


def test_without_notify_socket_everything_is_a_quiet_no(qtbot, monkeypatch: pytest.MonkeyPatch,
                                                         parent) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    monkeypatch.setenv("WATCHDOG_USEC", str(INTERVAL_USEC))
    assert notify("READY=1") is False
    beat = Heartbeat(parent)
    assert not beat.enabled  # no socket: no timer either
    assert beat.ready() is False and beat.beat() is False and beat.stopping() is False


@pytest.mark.parametrize("value", ["relative/path", "vsock:2:1234", ""])
def test_unusable_notify_socket_values(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("NOTIFY_SOCKET", value)
    assert notify("READY=1") is False


def test_missing_socket_file_never_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "gone"))
    with caplog.at_level("DEBUG", logger="kiosk_app.watchdog"):
        assert notify("WATCHDOG=1") is False
    assert "failed" in caplog.text
    assert not [r for r in caplog.records if r.levelno > 10]  # debug only: no noise off systemd


def test_the_heartbeat_survives_its_parent_being_deleted(receiver: Receiver, qapp) -> None:
    import shiboken6
    from PySide6.QtCore import QObject

    owner = QObject()
    beat = Heartbeat(owner)
    shiboken6.delete(owner)  # the timer goes with it
    beat.stop()  # must not raise
    assert not beat.enabled


@pytest.mark.parametrize(("usec", "pid", "expected"), [
    ("30000000", None, 30_000_000),
    ("30000000", "self", 30_000_000),
    ("30000000", "other", None),
    ("30000000", "garbage", None),
    ("0", None, None),
    ("-1", None, None),
    ("soon", None, None),
    ("", None, None),
])
def test_watchdog_usec_follows_sd_watchdog_enabled(usec: str, pid: str | None,
                                                   expected: int | None) -> None:
    env = {"WATCHDOG_USEC": usec}
    if pid is not None:
        env["WATCHDOG_PID"] = {"self": "4242", "other": "4243", "garbage": "x"}[pid]
    assert watchdog_usec(env, pid=4242) == expected


def test_importing_the_module_does_not_load_qt() -> None:
    code = "import sys, kiosk_app.watchdog; print(sorted(m for m in sys.modules if 'PySide6' in m))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT, timeout=60)
    assert out.stdout.strip() == "[]"
    assert watchdog.__doc__


# --- packaging/kiosk: the systemd unit, the settings example, no secrets ---------------------


def parse_unit(text: str) -> dict[str, dict[str, list[str]]]:
    """A systemd unit as {section: {key: [values in order]}}: keys repeat (After=, Environment=),
    which configparser cannot hold; comments and backslash continuations as systemd reads them."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    pending = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not pending and (not line or line[0] in "#;"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line, pending = pending + line, ""
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        assert current is not None, f"a setting outside any section: {line!r}"
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


@pytest.fixture(scope="module")
def unit() -> dict[str, dict[str, list[str]]]:
    return parse_unit(UNIT.read_text(encoding="utf-8"))


def words(values: list[str]) -> list[str]:
    return [w for value in values for w in value.split()]


def test_unit_is_a_notify_service_with_a_watchdog(unit) -> None:
    service = unit["Service"]
    assert service["Type"] == ["notify"]
    assert service["NotifyAccess"] == ["all"]  # the app is cage's child
    assert int(service["WatchdogSec"][-1]) > 0
    assert service["Restart"][-1] in ("always", "on-failure", "on-watchdog", "on-abnormal")
    assert "PAMName" not in service  # it would move the app out of reach of notify (see README)


def test_unit_runs_cage_and_the_app_as_an_unprivileged_user(unit) -> None:
    service = unit["Service"]
    user = service["User"][-1]
    assert user and user not in ("root", "0")
    assert service.get("Group", ["kiosk"])[-1] not in ("root", "0")
    exec_start = service["ExecStart"][-1].split()
    assert exec_start[0].endswith("/cage")
    app = exec_start.index("/opt/kiosk-app/kiosk-app")
    assert exec_start[app + 1] == "--kiosk"
    # systemd's WATCHDOG_PID names cage; the app (its child) may ping only without it
    assert exec_start[app - 3:app] == ["/usr/bin/env", "-u", "WATCHDOG_PID"]
    assert service["NoNewPrivileges"] == ["yes"]
    assert service["ProtectSystem"] == ["strict"]


def test_unit_waits_for_a_synchronised_clock(unit) -> None:
    for key in ("After", "Wants"):
        listed = words(unit["Unit"][key])
        assert "time-sync.target" in listed, key
        assert "systemd-time-wait-sync.service" in listed, key
    assert "Requires" not in unit["Unit"]  # an offline kiosk must still come up
    dropin = parse_unit((KIOSK / "systemd-time-wait-sync.service.d" / "kiosk-app.conf").read_text())
    assert dropin["Service"]["TimeoutStartSec"][-1] not in ("infinity", "0")


def test_unit_takes_the_password_as_an_encrypted_credential(unit) -> None:
    service = unit["Service"]
    assert service["LoadCredentialEncrypted"] == [
        "kiosk-password:/etc/credstore.encrypted/kiosk-password"]
    assert not any("PASSWORD" in v.upper() for v in service.get("Environment", []))
    assert "EnvironmentFile" not in service


def test_unit_data_and_config_directories(unit) -> None:
    service = unit["Service"]
    env = dict(v.strip('"').split("=", 1) for v in service["Environment"])
    assert service["StateDirectory"] == ["kiosk-app"]
    assert service["ConfigurationDirectory"] == ["kiosk-app"]
    # platformdirs: user_data_dir("kiosk-app") = $XDG_DATA_HOME/kiosk-app = the StateDirectory
    assert env["XDG_DATA_HOME"] == "%S" and env["XDG_CONFIG_HOME"] == "%E"
    assert env["KIOSK_CONFIG"] == "%E/kiosk-app/config.toml"
    assert env["XDG_RUNTIME_DIR"] == "%t/" + service["RuntimeDirectory"][-1]


SECRET_PATTERNS = [
    re.compile(r"^\s*SetCredential(Encrypted)?\s*=", re.I | re.M),
    re.compile(r"KIOSK_PASSWORD\s*=\s*\S", re.I),
    re.compile(r"""password["']?\s*[=:]\s*["'][^"'<>]+["']""", re.I),  # password = "x", "password": "x"
    re.compile(r"^\s*Environment\s*=.*PASS", re.I | re.M),
]


def test_no_plaintext_password_anywhere_in_packaging_kiosk() -> None:
    checked = 0
    for path in sorted(p for p in KIOSK.rglob("*") if p.is_file()):
        text = path.read_text(encoding="utf-8")
        checked += 1
        for pattern in SECRET_PATTERNS:
            match = pattern.search(text)
            assert match is None, f"{path.relative_to(ROOT)}: {match.group(0)!r}"
    assert checked >= 4


def test_config_example_names_real_settings_and_no_secret() -> None:
    from kiosk_app.config import SECRET_KEYS, Settings

    text = (KIOSK / "config.toml.example").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    assert data["mode"] == "kiosk"
    assert data["idle_seconds"] == 60 and data["staff_pin_hash"] == ""
    assert data["base_url"].endswith("/webservice/rest-api/enterprise-interface/v1.0")
    assert not SECRET_KEYS & {k.lower() for k in data}
    known = {f.name for f in fields(Settings)}
    comments = "\n".join(line for line in text.splitlines() if line.lstrip().startswith("#"))
    for key in set(data) - known:  # intended ones must be said to be not there yet
        assert re.search(rf"{key}.*not (yet|there)|not (yet|there).*{key}", comments), key


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not installed")
def test_systemd_analyze_verify_accepts_the_unit(tmp_path: Path) -> None:
    """systemd's own parser: unknown keys and bad values are only warnings (exit 0), so any line
    about our unit fails the test. cage and the app need not be installed here: ExecStart's
    program is swapped for a stand-in, the only path verify checks."""
    cage = tmp_path / "cage"
    cage.write_text("#!/bin/sh\n")
    cage.chmod(0o755)
    copy = tmp_path / "kiosk-app.service"
    copy.write_text(UNIT.read_text(encoding="utf-8").replace("/usr/bin/cage", str(cage)))
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", str(copy)],
                            capture_output=True, text=True, timeout=120)
    about_us = [line for line in (result.stdout + result.stderr).splitlines()
                if str(copy) in line or "kiosk-app.service" in line]
    assert result.returncode == 0 and not about_us, result.stdout + result.stderr
