"""Client round trips per endpoint against the embedded sandbox on loopback: p50 / p95 in ms.

Run: .venv/bin/python benchmarks/bench_client.py [--rounds N]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk_app.api import CareCloudClient, Credentials
from kiosk_app.api import models as m
from kiosk_app.sandbox import demo_credentials
from kiosk_app.sandbox.server import SandboxServer
from kiosk_app.sandbox.store import SandboxStore


def _bill() -> m.Bill:
    items = [m.BillItem(plu_ids=[m.PluId(list_code="PLU", code=code)], plu_name=code,
                        vat_rate=Decimal(12), quantity=Decimal(qty),
                        paid_amount=Decimal(price) * qty, price=Decimal(price), bill_item_id=code,
                        loyalty_off=False, purchase_item_type_id="pit-goods")
             for code, qty, price in (("1001", 2, "59"), ("1002", 1, "79"), ("2001", 1, "45"))]
    return m.Bill(bill_id="bench", payment_time="2026-01-01 10:00:00", currency_id="cur-czk",
                  total_price=sum((i.paid_amount for i in items), Decimal(0)), bill_items=items)


async def bench(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server = SandboxServer(SandboxStore(Path(tmp) / "bench.sqlite3")).start()
        client = CareCloudClient(server.base_url)
        login, password, app_id = demo_credentials(server.store.seed)
        await client.login(Credentials(login, password, app_id))
        bill = _bill()
        who = {"store_id": "st-prague", "cashdesk_number": 1, "card_number": "2000000000015"}
        counter = iter(range(10**9))

        async def send() -> object:
            closed = m.FinalBill(bill_id=f"bench-{next(counter)}", payment_time=bill.payment_time,
                                 currency_id=bill.currency_id, total_price=bill.total_price,
                                 bill_items=bill.bill_items, purchase_type_id="ptype-store",
                                 canceled=False, payment_type="A")
            return await client.send_purchase(m.PurchaseRequest(bill=closed, **who))

        cases: dict[str, Callable[[], Awaitable[object]]] = {
            "POST /users/actions/login": lambda: client.login(Credentials(login, password, app_id)),
            "GET /cards?card_number": lambda: client.find_card("2000000000015"),
            "GET /customers/{id}": lambda: client.get_customer("cu-jana"),
            "GET /customers?email": lambda: client.find_customers(email="jana.novakova@example.com"),
            "GET /customers/{id}/cards": lambda: client.get_customer_cards("cu-jana"),
            "GET /wallet/actions/points-overview": lambda: client.get_points_overview("cu-jana"),
            "GET /customers/{id}/vouchers": lambda: client.get_customer_vouchers("cu-jana"),
            "GET /products (uncached filter)": lambda: client.get_products(code="1001"),
            "POST recommended-best-rewards": lambda: client.recommended_best_rewards(
                bill=bill, **who),
            "POST accept-payment": lambda: client.accept_payment(
                bill=bill, benefit_codes=["COFFEE2"], **who),
            "POST send-purchase": send,
            "POST one-time-password/send": lambda: client.send_otp(app_id, "420601111222"),
        }
        print(f"Client round trips against the sandbox on loopback ({rounds} rounds each)")
        print(f"{'endpoint':40} {'p50 ms':>8} {'p95 ms':>8}")
        for name, call in cases.items():
            await call()  # warm
            times = []
            for _ in range(rounds):
                started = time.perf_counter()
                await call()
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
            print(f"{name:40} {statistics.median(times):8.2f} {p95:8.2f}")
        await client.aclose()
        server.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=100)
    asyncio.run(bench(parser.parse_args().rounds))
