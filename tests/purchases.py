"""Send-purchase request bodies for outbox tests."""

from __future__ import annotations

import random
import uuid
from datetime import datetime
from typing import Any

from kiosk_app.api import models as m
from tests.helpers import final, item

CODES = ("1001", "1002", "1003", "2001", "2002", "3001", "3002")


def purchase(rng: random.Random | None = None, *, card: str | None = "2000000000060",
             recap: m.PaymentRecap | None = None) -> dict[str, Any]:
    rng = rng or random.Random()
    codes = rng.sample(CODES, rng.randint(1, 3))
    quote = m.Bill(bill_id=uuid.uuid4().hex, payment_time=m.format_datetime(datetime.now()),
                   currency_id="cur-czk", total_price=0, bill_items=[item(c) for c in codes])
    quote = m.Bill(**{**m.encode(quote), "bill_items": quote.bill_items,
                      "total_price": round(sum(i.paid_amount for i in quote.bill_items), 2)})
    body: dict[str, Any] = {"store_id": "st-prague", "cashdesk_number": 1,
                            "bill": m.encode(final(quote, recap=recap))}
    if card:
        body["card_number"] = card
    return body
