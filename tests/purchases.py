"""Send-purchase request bodies for outbox tests."""

from __future__ import annotations

import random
import uuid

from kiosk_app.api import models as m
from tests.helpers import bill, final, item, request

CODES = ("1001", "1002", "1003", "2001", "2002", "3001", "3002")


def purchase(rng: random.Random | None = None, *, card: str | None = "2000000000060",
             recap: m.PaymentRecap | None = None) -> m.PurchaseRequest:
    rng = rng or random.Random()
    codes = rng.sample(CODES, rng.randint(1, 3))
    quote = bill(*[item(c) for c in codes], bill_id=uuid.uuid4().hex)
    return request(final(quote, recap=recap), card_number=card)
