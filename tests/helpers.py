"""Small builders for bills in tests."""

from __future__ import annotations

import uuid
from datetime import datetime

from kiosk_app.api import models as m

PRICES = {"1001": (59.0, "Espresso", 12), "1002": (79.0, "Cappuccino", 12),
          "1003": (89.0, "Flat white", 12), "2001": (45.0, "Butter croissant", 12),
          "2002": (129.0, "Ham sandwich", 12), "3001": (289.0, "Coffee beans 250 g", 12),
          "3002": (249.0, "Mug", 21), "9001": (500.0, "Gift card 500 CZK", 0)}


def item(code: str, quantity: int = 1, item_id: str | None = None) -> m.BillItem:
    price, name, vat = PRICES[code]
    return m.BillItem(plu_ids=[m.PluId(list_code="PLU", code=code)], plu_name=name,
                      vat_rate=vat, quantity=quantity, paid_amount=round(price * quantity, 2),
                      price=price, bill_item_id=item_id or code, loyalty_off=code == "9001",
                      purchase_item_type_id="pit-goods")


def bill(*items: m.BillItem, bill_id: str | None = None) -> m.Bill:
    return m.Bill(bill_id=bill_id or uuid.uuid4().hex, payment_time=m.format_datetime(datetime.now()),
                  currency_id="cur-czk", total_price=round(sum(i.paid_amount for i in items), 2),
                  bill_items=list(items))


def final(quote_bill: m.Bill, *, payment_type: str = "A", recap: m.PaymentRecap | None = None,
          discounts: list[tuple[str, float]] = (), canceled: bool = False,
          bill_number: str | None = None) -> m.FinalBill:
    """A closed bill: discounts become negative items and lower the total."""
    items = list(quote_bill.bill_items)
    for i, (name, value) in enumerate(discounts):
        items.append(m.BillItem(plu_ids=[m.PluId(list_code="DISCOUNT", code=name)],
                                plu_name=name, vat_rate=0, quantity=1, paid_amount=-value,
                                price=-value, bill_item_id=f"d{i}", loyalty_off=True,
                                purchase_item_type_id="pit-discount"))
    return m.FinalBill(bill_id=quote_bill.bill_id, payment_time=quote_bill.payment_time,
                       currency_id=quote_bill.currency_id,
                       total_price=round(sum(i.paid_amount for i in items), 2), bill_items=items,
                       purchase_type_id="ptype-store", canceled=canceled,
                       payment_type=payment_type, payment_recap=recap, bill_number=bill_number)
