"""A till process for the crash test: confirms purchases into the outbox while its sender
sends them, printing each bill_id once its outbox row is committed. The test kills it with
SIGKILL at random moments. `--drain` only sends what is left, then exits.

Run: python -m tests.crash_worker OUTBOX BASE_URL SEED [--drain]
"""

from __future__ import annotations

import asyncio
import random
import sys

from kiosk_app.api import CareCloudClient, Credentials, RetryPolicy
from kiosk_app.app.outbox import Outbox
from kiosk_app.app.sender import OutboxSender
from tests.purchases import purchase


async def main(path: str, base_url: str, seed: int, drain_only: bool) -> None:
    outbox = Outbox(path)
    client = CareCloudClient(base_url, retry=RetryPolicy(attempts=3, initial=0.01, max_wait=0.05,
                                                         jitter=0.01))
    await client.login(Credentials("cashier", "demo", "kiosk-demo-app"))
    sender = OutboxSender(outbox, client, interval=0.05, retry_delay=0.0, max_attempts=10_000)
    if drain_only:
        while not sender._claim():  # noqa: ASYNC110 - the lock is held by another process
            await asyncio.sleep(0.05)
        while outbox.stats().unsent:
            await sender.drain()
        return
    task = asyncio.ensure_future(sender.run())
    rng = random.Random(seed)
    for _ in range(10_000):
        body = purchase(rng, card=rng.choice(["2000000000060", "2000000000022", None]))
        outbox.add(body, currency_code="CZK")
        print("CONFIRMED", body.bill.bill_id, flush=True)
        sender.wake()
        await asyncio.sleep(rng.uniform(0.0, 0.015))
    task.cancel()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), "--drain" in sys.argv))
