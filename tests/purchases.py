"""Send-purchase request bodies for outbox tests."""

from __future__ import annotations

import random
import uuid

from kiosk_app.api import models as m
from kiosk_app.domain.checkout import Receipt
from tests.helpers import bill, final, item, request

CODES = ("1001", "1002", "1003", "2001", "2002", "3001", "3002")


def purchase(rng: random.Random | None = None, *, card: str | None = "2000000000060",
             recap: m.PaymentRecap | None = None) -> m.PurchaseRequest:
    rng = rng or random.Random()
    codes = rng.sample(CODES, rng.randint(1, 3))
    quote = bill(*[item(c) for c in codes], bill_id=uuid.uuid4().hex)
    return request(final(quote, recap=recap), card_number=card)


def sample_receipt(delivered: bool = True) -> Receipt:
    """A sale with two items, a reward and a voucher, points, credit: what receipts show."""
    from decimal import Decimal as D

    from kiosk_app.domain.bill import BillLine
    from kiosk_app.domain.quote import Discount

    return Receipt(
        bill_id="b0a1c2", currency_code="CZK",
        lines=[BillLine("1", "1001", "Espresso", D("59"), D("2"), D("12"), "t"),
               BillLine("2", "2001", "Máslový croissant", D("45"), D("1"), D("12"), "t")],
        subtotal=D("163"),
        discounts=[Discount("COFFEE2", "Druhá káva zdarma", D("59"), "1"),
                   Discount("100200300", "Narozeninová sleva 20 %", D("9"), "2", voucher=True)],
        discount_total=D("68"), points_spent=D("100"), points_value=D("50"),
        credit_used=D("10"), paid=D("35"), points_earned=D("3"), expected_balance=D("1153"),
        offline=False, card_number="2000000000015", payment_time="2026-11-23 14:05:00",
        purchase_id="p-42" if delivered else None, delivered=delivered)
