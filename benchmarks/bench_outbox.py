"""Drain 1,000 queued purchases through the outbox sender into the sandbox on loopback.

Run: .venv/bin/python benchmarks/bench_outbox.py [--count N]   (goal: ≤ 30 s, zero duplicates)
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk_app.api import CareCloudClient, Credentials  # noqa: E402
from kiosk_app.app.outbox import Outbox  # noqa: E402
from kiosk_app.app.sender import OutboxSender  # noqa: E402
from kiosk_app.sandbox.server import SandboxServer  # noqa: E402
from kiosk_app.sandbox.store import SandboxStore  # noqa: E402
from tests.purchases import purchase  # noqa: E402


async def bench(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server = SandboxServer(SandboxStore(Path(tmp) / "sandbox.sqlite3")).start()
        client = CareCloudClient(server.base_url)
        await client.login(Credentials("cashier", "demo", "kiosk-demo-app"))
        outbox = Outbox(Path(tmp) / "outbox.sqlite3")
        rng = random.Random(1)
        started = time.perf_counter()
        for _ in range(count):
            outbox.add(purchase(rng, card=rng.choice(["2000000000060", None])), currency_code="CZK")
        queued = time.perf_counter() - started
        sender = OutboxSender(outbox, client)
        started = time.perf_counter()
        delivered = await sender.drain()
        drained = time.perf_counter() - started
        received = Counter(p["bill_id"] for p in server.store.purchases())
        duplicates = sum(n - 1 for n in received.values())
        print(f"queued {count} purchases in {queued:.1f} s (each committed with a full fsync)")
        print(f"drained {delivered} in {drained:.1f} s ({delivered / drained:.0f}/s), "
              f"{duplicates} duplicates, {outbox.stats().unsent} left (goal ≤ 30 s, 0 duplicates)")
        outbox.close()
        await client.aclose()
        server.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    asyncio.run(bench(parser.parse_args().count))
