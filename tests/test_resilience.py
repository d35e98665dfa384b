"""Never lose a purchase, never send one twice: SIGKILL trials and fault storms."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from kiosk_app.app.outbox import SENT, Outbox
from kiosk_app.app.sender import OutboxSender
from tests.purchases import purchase

ROOT = Path(__file__).resolve().parents[1]
TRIALS = 50


def exactly_once(sandbox, outbox: Outbox) -> None:
    """Every outbox entry reached the sandbox once; the sandbox has nothing else."""
    received = Counter(p["bill_id"] for p in sandbox.store.purchases())
    entries = outbox.all()
    assert all(e.state == SENT for e in entries), [e for e in entries if e.state != SENT][:3]
    assert set(received) == {e.bill_id for e in entries}
    assert max(received.values()) == 1


def test_sigkill_at_random_moments_loses_nothing_and_duplicates_nothing(sandbox, tmp_path) -> None:
    path = str(tmp_path / "outbox.sqlite3")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(20261122)
    confirmed: set[str] = set()
    sandbox.faults.drop_after_rate = 0.1  # some answers lost after the work was done
    for trial in range(TRIALS):
        worker = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_worker", path, sandbox.base_url, str(trial)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
        assert worker.stdout is not None
        deadline = time.monotonic() + 10
        lines: list[str] = []

        def read(stream=worker.stdout, sink=lines) -> None:
            for line in stream:
                sink.append(line)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        while not lines and time.monotonic() < deadline:  # it is up and confirming
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.25))
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
        reader.join(timeout=5)
        # a kill can land mid-print: only whole lines count as reported to the cashier
        confirmed |= {line.split()[1] for line in lines
                      if line.endswith("\n") and len(line.split()) == 2
                      and line.startswith("CONFIRMED")}
    sandbox.faults.drop_after_rate = 0.0
    subprocess.run([sys.executable, "-m", "tests.crash_worker", path, sandbox.base_url, "0",
                    "--drain"], check=True, env=env, cwd=ROOT, timeout=120)
    outbox = Outbox(path)
    assert len(confirmed) >= TRIALS
    assert confirmed <= {e.bill_id for e in outbox.all()}  # every confirmed sale was kept
    exactly_once(sandbox, outbox)
    outbox.close()


async def _drain_fully(sender: OutboxSender, outbox: Outbox, limit_s: float = 60) -> None:
    started = time.monotonic()
    while outbox.stats().unsent:
        assert time.monotonic() - started < limit_s, outbox.stats()
        await sender.drain()
        await asyncio.sleep(0.01)


@pytest.mark.asyncio
@pytest.mark.parametrize("faults", [
    {"error_rates": {"503": 0.5}},
    {"error_rates": {"429": 0.5}, "retry_after": 0},
    {"drop_rate": 0.3, "drop_after_rate": 0.3},
    {"error_rates": {"500": 0.2, "503": 0.2}, "drop_after_rate": 0.2},
], ids=["503-storm", "429-storm", "dropped-connections", "mixed"])
async def test_storms_end_with_every_purchase_delivered_once(sandbox, client, control, tmp_path,
                                                            faults) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    sender = OutboxSender(outbox, client, retry_delay=0.0, max_attempts=1000)
    rng = random.Random(7)
    for _ in range(40):
        outbox.add(purchase(rng), currency_code="CZK")
    control.post("faults", json={**faults, "path_filter": "send-purchase"})
    await _drain_fully(sender, outbox)
    exactly_once(sandbox, outbox)
    outbox.close()


@pytest.mark.asyncio
async def test_token_expiring_mid_send(sandbox, client, tmp_path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    sender = OutboxSender(outbox, client, retry_delay=0.0, max_attempts=1000)
    for _ in range(40):
        outbox.add(purchase(), currency_code="CZK")
    stop = threading.Event()

    def expire() -> None:
        while not stop.wait(0.02):
            sandbox.store.expire_tokens()

    killer = threading.Thread(target=expire, daemon=True)
    killer.start()
    try:
        await _drain_fully(sender, outbox)
    finally:
        stop.set()
        killer.join()
    exactly_once(sandbox, outbox)
    assert len([r for r in sandbox.requests if r["path"] == "/users/actions/login"]) > 2
    outbox.close()
