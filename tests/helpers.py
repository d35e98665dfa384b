"""Small builders for bills in tests."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from kiosk_app.api import models as m

PRICES = {"1001": ("59", "Espresso", 12), "1002": ("79", "Cappuccino", 12),
          "1003": ("89", "Flat white", 12), "2001": ("45", "Butter croissant", 12),
          "2002": ("129", "Ham sandwich", 12), "3001": ("289", "Coffee beans 250 g", 12),
          "3002": ("249", "Mug", 21), "9001": ("500", "Gift card 500 CZK", 0)}


def D(value: str | int | float) -> Decimal:
    return Decimal(str(value))


def item(code: str, quantity: int = 1, item_id: str | None = None) -> m.BillItem:
    price, name, vat = PRICES[code]
    return m.BillItem(plu_ids=[m.PluId(list_code="PLU", code=code)], plu_name=name,
                      vat_rate=D(vat), quantity=D(quantity), paid_amount=D(price) * quantity,
                      price=D(price), bill_item_id=item_id or code, loyalty_off=code == "9001",
                      purchase_item_type_id="pit-goods")


def bill(*items: m.BillItem, bill_id: str | None = None) -> m.Bill:
    return m.Bill(bill_id=bill_id or uuid.uuid4().hex, payment_time=m.format_datetime(datetime.now()),
                  currency_id="cur-czk", total_price=sum((i.paid_amount for i in items), D(0)),
                  bill_items=list(items))


def final(quote_bill: m.Bill, *, payment_type: str = "A", recap: m.PaymentRecap | None = None,
          discounts: list[tuple[str, float]] = (), canceled: bool = False,
          bill_number: str | None = None) -> m.FinalBill:
    """A closed bill: discounts become negative items and lower the total."""
    items = list(quote_bill.bill_items)
    for i, (name, value) in enumerate(discounts):
        items.append(m.BillItem(plu_ids=[m.PluId(list_code="DISCOUNT", code=name)],
                                plu_name=name, vat_rate=D(0), quantity=D(1),
                                paid_amount=-D(value), price=-D(value), bill_item_id=f"d{i}",
                                loyalty_off=True, purchase_item_type_id="pit-discount"))
    return m.FinalBill(bill_id=quote_bill.bill_id, payment_time=quote_bill.payment_time,
                       currency_id=quote_bill.currency_id,
                       total_price=sum((i.paid_amount for i in items), D(0)), bill_items=items,
                       purchase_type_id="ptype-store", canceled=canceled,
                       payment_type=payment_type, payment_recap=recap, bill_number=bill_number)


def request(closed: m.FinalBill, *, card_number: str | None = None,
            customer_id: str | None = None, store_id: str = "st-prague",
            cashdesk_number: int = 1) -> m.PurchaseRequest:
    """A send-purchase request around a closed bill."""
    return m.PurchaseRequest(store_id=store_id, cashdesk_number=cashdesk_number,
                             card_number=card_number, customer_id=customer_id, bill=closed)
