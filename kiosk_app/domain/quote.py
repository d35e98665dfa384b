"""A quote: what CareCloud's `accept-payment` said about one exact state of the checkout.

A `Quote` remembers the session revision, the bill and the benefits it was asked for, so
what the review shows and what confirm sends come from the same object. An answer whose
figures do not add up is refused here, before any screen or the outbox sees it. A quote
made without CareCloud (`offline`) carries no loyalty benefits at all.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from kiosk_app.api import ApiError, ProtocolError
from kiosk_app.api import models as m
from kiosk_app.money import ZERO, money


class QuoteRefused(ProtocolError):
    """CareCloud's figures do not add up (more off than the bill, points beyond the ask...)."""


class PointsHeld(ApiError):
    """Another till or kiosk holds the points this sale would spend."""


@dataclass(frozen=True)
class Discount:
    """One discount line of the review and of the closed bill."""

    code: str
    name: str
    value: Decimal
    bill_item_id: str
    percent: Decimal | None = None
    voucher: bool = False


@dataclass(frozen=True)
class Quote:
    revision: int
    bill: m.Bill
    payment_type: str
    benefit_codes: tuple[str, ...]
    max_points: Decimal
    max_credit: Decimal
    answer: m.AcceptedPayment | None  # None: sold without CareCloud, no loyalty benefits
    reward_points: Decimal = ZERO  # points the chosen rewards cost (from the catalogue)
    points_before: Decimal | None = None  # the customer's balance when it was asked
    discounts: tuple[Discount, ...] = field(default=())

    @property
    def offline(self) -> bool:
        return self.answer is None

    @property
    def subtotal(self) -> Decimal:
        return self.bill.total_price

    @property
    def discount_total(self) -> Decimal:
        return sum((d.value for d in self.discounts), ZERO)

    @property
    def total_after_discounts(self) -> Decimal:
        """The closed bill's `total_price`: items less discounts (points and credit pay it)."""
        return self.subtotal - self.discount_total

    @property
    def points_paid(self) -> Decimal:
        return self.answer.credit_points if self.answer else ZERO

    @property
    def points_value(self) -> Decimal:
        return self.answer.price_of_credit_points if self.answer else ZERO

    @property
    def points_spent(self) -> Decimal:
        """Every point this sale takes: rewards bought with points plus points paying."""
        return (self.reward_points if self.answer else ZERO) + self.points_paid

    @property
    def credit(self) -> Decimal:
        return self.answer.credit if self.answer else ZERO

    @property
    def to_pay(self) -> Decimal:
        """What the customer pays in money."""
        return self.total_after_discounts - self.points_value - self.credit

    @property
    def points_earned(self) -> Decimal | None:
        return self.answer.credit_points_of_this_transaction if self.answer else None

    @property
    def balance_after(self) -> Decimal | None:
        return self.answer.total_credit_points if self.answer else None

    @property
    def messages(self) -> list[str]:
        return [msg.text for msg in self.answer.messages] if self.answer else []


def make_quote(*, revision: int, bill: m.Bill, payment_type: str, benefit_codes: tuple[str, ...],
               max_points: Decimal, max_credit: Decimal, answer: m.AcceptedPayment | None,
               reward_points: Decimal = ZERO, points_before: Decimal | None = None) -> Quote:
    """Check CareCloud's answer against the bill it was asked for, then keep it."""
    discounts = _discounts(answer) if answer else ()
    quote = Quote(revision, bill, payment_type, benefit_codes, max_points, max_credit, answer,
                  reward_points, points_before, discounts)
    if answer is not None:
        check(quote)
    return quote


def _discounts(answer: m.AcceptedPayment) -> tuple[Discount, ...]:
    found = [Discount(d.discount_code or "", d.description or d.discount_code or "",
                      money(d.discount_value or 0), d.bill_item_id, d.discount_percent)
             for d in answer.recommended_discounts]
    found += [Discount(v.code or "", v.name or v.code or "", money(v.discount_value or 0),
                       v.bill_item_id or "", v.discount_percent, voucher=True)
              for v in answer.vouchers]
    return tuple(d for d in found if d.value > 0)


def check(quote: Quote) -> None:
    """Refuse figures that make no sense for this bill."""
    answer = quote.answer
    assert answer is not None
    paid = {item.bill_item_id: item.paid_amount for item in quote.bill.bill_items}
    per_item: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for d in quote.discounts:
        if d.bill_item_id and d.bill_item_id not in paid:
            raise QuoteRefused(f"A discount names an item that is not on the bill ({d.code}).")
        per_item[d.bill_item_id] += d.value
    for item_id, off in per_item.items():
        if item_id and off > paid[item_id]:
            raise QuoteRefused(f"Discounts on one item exceed its price ({item_id}).")
    if quote.discount_total > quote.subtotal:
        raise QuoteRefused("The discounts exceed the bill.")
    if answer.credit_points > quote.max_points:
        raise QuoteRefused("More points were used than the customer offered.")
    if answer.credit > quote.max_credit:
        raise QuoteRefused("More credit was used than the customer offered.")
    if (answer.credit_points == 0) != (answer.price_of_credit_points == 0):
        raise QuoteRefused("Points used and their value do not match.")
    if quote.to_pay < 0:
        raise QuoteRefused("Points and credit pay more than the bill.")


def final_bill(quote: Quote, *, purchase_type_id: str, discount_item_type_id: str,
               created_by: str, payment_time: str) -> m.FinalBill:
    """The closed bill of a quote: its items, each discount as a negative item and in the
    recap, `total_price` reduced by the discounts, paid at `payment_time` (confirmation)."""
    vat = {item.bill_item_id: item.vat_rate for item in quote.bill.bill_items}
    items = list(quote.bill.bill_items)
    for n, d in enumerate(quote.discounts, 1):
        items.append(m.BillItem(
            plu_ids=[m.PluId(list_code="DISCOUNT", code=d.code or "DISCOUNT")],
            plu_name=d.name or d.code or "Discount", vat_rate=vat.get(d.bill_item_id, ZERO),
            quantity=Decimal(1), paid_amount=-d.value, price=-d.value,
            bill_item_id=f"D{n}-{d.bill_item_id}", loyalty_off=True,
            purchase_item_type_id=discount_item_type_id))
    recap = None
    if quote.answer is not None:
        answer = quote.answer
        recap = m.PaymentRecap(
            credit_points=answer.credit_points or None,
            amount_for_credit=answer.credit or None,
            vouchers=[v for v in answer.vouchers if (v.discount_value or 0) > 0],
            recommended_discounts=[d for d in answer.recommended_discounts
                                   if (d.discount_value or 0) > 0])
    total = sum((item.paid_amount for item in items), ZERO)
    assert total == quote.total_after_discounts
    return m.FinalBill(
        bill_id=quote.bill.bill_id, payment_time=payment_time, created_by=created_by or None,
        currency_id=quote.bill.currency_id, total_price=total, bill_items=items,
        purchase_type_id=purchase_type_id, canceled=False, payment_type=quote.payment_type,
        payment_recap=recap)
