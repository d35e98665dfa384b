"""Background start: the embedded sandbox's port is bound at once while its store opens on
the server's thread; requests meanwhile wait in the listen backlog instead of failing."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from kiosk_app.sandbox import demo_credentials
from kiosk_app.sandbox.server import SandboxServer, start_embedded
from kiosk_app.sandbox.store import SandboxStore


def gated(path: Path, gate: threading.Event, opened: list[SandboxStore]):
    """An opener that waits for `gate`, as a slow first seeding would."""

    def open_store() -> SandboxStore:
        assert gate.wait(10)
        opened.append(SandboxStore(path))
        return opened[-1]

    return open_store


def test_start_embedded_returns_at_once_and_serves(tmp_path: Path) -> None:
    started = time.perf_counter()
    server = start_embedded(tmp_path / "sandbox.sqlite3")
    try:
        assert time.perf_counter() - started < 0.5
        assert server.base_url.startswith("http://127.0.0.1:")
        assert demo_credentials(server.seed_data) == ("cashier", "demo", "kiosk-demo-app")
        assert httpx.get(server.base_url + "/languages", timeout=10).status_code == 200
        assert server.wait_ready(5) is server.store
    finally:
        server.stop()


def test_requests_wait_while_the_store_opens(tmp_path: Path) -> None:
    gate, opened = threading.Event(), []
    server = SandboxServer.opening(gated(tmp_path / "s.sqlite3", gate, opened)).start()
    try:
        with pytest.raises(TimeoutError):
            server.wait_ready(0.05)
        with ThreadPoolExecutor(2) as pool:
            answers = [pool.submit(httpx.get, server.base_url + "/languages", timeout=10)
                       for _ in range(2)]
            time.sleep(0.3)
            assert not any(a.done() for a in answers) and not server.ready.is_set()
            gate.set()
            assert [a.result().status_code for a in answers] == [200, 200]
        assert server.ready.is_set() and server.store is opened[0]
    finally:
        server.stop()


def test_a_store_that_cannot_open_fails_fast(tmp_path: Path) -> None:
    def broken() -> SandboxStore:
        raise OSError("disk full")

    server = SandboxServer.opening(broken).start()
    with pytest.raises(RuntimeError) as info:
        server.wait_ready(5)
    assert isinstance(info.value.__cause__, OSError)
    with pytest.raises(httpx.TransportError):
        httpx.get(server.base_url + "/languages", timeout=5)
    server.stop()


def test_stop_while_the_store_opens_closes_it_once_open(tmp_path: Path) -> None:
    gate, opened = threading.Event(), []
    server = SandboxServer.opening(gated(tmp_path / "s.sqlite3", gate, opened)).start()
    stopper = threading.Thread(target=server.stop)
    stopper.start()
    time.sleep(0.1)
    gate.set()
    stopper.join(10)
    assert not stopper.is_alive() and server.ready.is_set()
    with pytest.raises(Exception, match="closed"):
        opened[0].query("SELECT 1")


def test_a_synchronous_server_is_ready_at_once(tmp_path: Path) -> None:
    store = SandboxStore(tmp_path / "s.sqlite3")
    server = SandboxServer(store)
    assert server.ready.is_set() and server.store is store and server.seed_data is store.seed
    server.stop()  # never started: stops without waiting for a serving loop
