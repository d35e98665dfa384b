"""One customer's visit at the till: who they are, the bill, the chosen rewards and the quote."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from kiosk_app.api import models as m
from kiosk_app.services.bill import BillDraft, money

PAYMENT_TYPES = ("A", "S", "C", "D")


@dataclass
class CustomerView:
    """What the customer panel shows; loaded with at most two sequential round trips."""

    customer: m.Customer
    card: m.Card | None = None
    cards: list[m.Card] = field(default_factory=list)
    points: m.PointsOverview | None = None
    vouchers: list[m.Voucher] = field(default_factory=list)

    @property
    def customer_id(self) -> str:
        return self.customer.customer_id

    @property
    def name(self) -> str:
        return self.customer.personal_information.full_name

    @property
    def available_points(self) -> float:
        return self.points.available_points if self.points else 0.0


@dataclass
class Receipt:
    """What the done screen shows; `purchase_id` arrives once the outbox delivered the sale."""

    bill_id: str
    total_price: float
    currency_code: str
    points_earned: float
    new_balance: float | None
    purchase_id: str | None = None
    delivered: bool = False


@dataclass
class CheckoutSession:
    """Everything a cashier has entered for the current customer; cleared by "New customer"."""

    bill: BillDraft = field(default_factory=BillDraft)
    customer: CustomerView | None = None
    card_number: str | None = None
    free_card: m.Card | None = None  # scanned, waiting to be assigned to a looked-up customer
    phone_validated: bool = False
    validated_phone: str | None = None
    rewards: Counter[str] = field(default_factory=Counter)
    voucher_codes: list[str] = field(default_factory=list)
    payment_type: str = "A"
    max_points: float = 0.0
    max_credit: float = 0.0
    quote: m.AcceptedPayment | None = None
    quoted_revision: int = -1
    revision: int = 0
    bill_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    payment_time: str = ""
    receipt: Receipt | None = None

    def changed(self) -> None:
        """Anything that changes the price invalidates the quote."""
        self.revision += 1
        self.quote = None

    def set_customer(self, view: CustomerView | None, card_number: str | None = None) -> None:
        self.customer = view
        self.card_number = card_number or (view.card.card_number if view and view.card else None)
        self.phone_validated = False
        self.validated_phone = None
        self.rewards.clear()
        self.voucher_codes.clear()
        self.max_points = 0.0
        self.changed()

    def reset(self, currency_id: str) -> None:
        """New customer: forget everything and take a new bill id."""
        self.set_customer(None)
        self.free_card = None
        self.bill = BillDraft(currency_id=currency_id)
        self.payment_type = "A"
        self.max_credit = 0.0
        self.quote = None
        self.bill_id = uuid.uuid4().hex
        self.payment_time = ""
        self.receipt = None

    @property
    def benefit_codes(self) -> list[str]:
        codes = [code for code, count in self.rewards.items() for _ in range(count)]
        return codes + [c for c in self.voucher_codes if c not in self.rewards]

    @property
    def who(self) -> dict[str, str]:
        if self.card_number:
            return {"card_number": self.card_number}
        if self.customer:
            return {"customer_id": self.customer.customer_id}
        return {}

    def quote_bill(self, now: datetime) -> m.Bill:
        """The bill as quotes see it (no discounts applied yet)."""
        self.payment_time = self.payment_time or m.format_datetime(now)
        return m.Bill(
            bill_id=self.bill_id,
            payment_time=self.payment_time,
            currency_id=self.bill.currency_id,
            total_price=self.bill.total,
            bill_items=[self._item(line) for line in self.bill.lines],
        )

    @staticmethod
    def _item(line) -> m.BillItem:
        return m.BillItem(
            plu_ids=[m.PluId(list_code="PLU", code=line.plu_code or f"MANUAL-{line.line_id}")],
            plu_name=line.name, vat_rate=line.vat_rate, quantity=line.quantity,
            paid_amount=line.total, price=line.unit_price, bill_item_id=line.line_id,
            loyalty_off=line.loyalty_off, purchase_item_type_id=line.item_type_id)

    @property
    def discount_total(self) -> float:
        if not self.quote:
            return 0.0
        return money(sum(d.discount_value or 0 for d in self.quote.recommended_discounts)
                     + sum(v.discount_value or 0 for v in self.quote.vouchers))

    @property
    def total_after_discounts(self) -> float:
        return money(self.bill.total - self.discount_total)

    @property
    def to_pay(self) -> float:
        """What the customer still pays in money after points and credit."""
        if not self.quote:
            return self.bill.total
        return money(self.total_after_discounts - self.quote.price_of_credit_points
                     - self.quote.credit)

    def final_bill(self, *, purchase_type_id: str, discount_item_type_id: str, created_by: str,
                   now: datetime) -> m.FinalBill:
        """The closed bill: discounts as negative items and in `payment_recap`, total reduced."""
        if self.quote is None or self.quoted_revision != self.revision:
            raise ValueError("The bill has changed since the last quote.")
        bill = self.quote_bill(now)
        vat = {line.line_id: line.vat_rate for line in self.bill.lines}
        items = list(bill.bill_items)
        discounts = [(d.discount_code or "", d.description or d.discount_code or "",
                      d.discount_value or 0.0, d.bill_item_id)
                     for d in self.quote.recommended_discounts]
        discounts += [(v.code or "", v.name or v.code or "", v.discount_value or 0.0,
                       v.bill_item_id or "") for v in self.quote.vouchers]
        for n, (code, name, value, target) in enumerate(discounts, 1):
            if value <= 0:
                continue
            items.append(m.BillItem(
                plu_ids=[m.PluId(list_code="DISCOUNT", code=code or "DISCOUNT")],
                plu_name=name, vat_rate=vat.get(target, 0.0), quantity=1,
                paid_amount=-money(value), price=-money(value), bill_item_id=f"D{n}-{target}",
                loyalty_off=True, purchase_item_type_id=discount_item_type_id))
        recap = m.PaymentRecap(
            credit_points=self.quote.credit_points or None,
            amount_for_credit=self.quote.credit or None,
            vouchers=list(self.quote.vouchers),
            recommended_discounts=list(self.quote.recommended_discounts),
        )
        return m.FinalBill(
            bill_id=bill.bill_id, payment_time=bill.payment_time, created_by=created_by,
            currency_id=bill.currency_id, total_price=money(sum(i.paid_amount for i in items)),
            bill_items=items, purchase_type_id=purchase_type_id, canceled=False,
            payment_type=self.payment_type, payment_recap=recap)
