"""One receipt model for every output (the Done screen, PDF, printers), built in one place
from the confirmed sale, so the outputs cannot differ. Qt-free; the words and number
formats of each language are the UI's job (`kiosk_app/ui/receipt.py`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from kiosk_app.api import models as m
from kiosk_app.api.masking import mask_value
from kiosk_app.domain.bill import BillLine
from kiosk_app.domain.checkout import CustomerView, MemberStatus, Receipt
from kiosk_app.domain.codes import claim_code
from kiosk_app.domain.quote import Discount


class SentSale(Protocol):
    """A sale as the outbox keeps it (its request, and the figures confirmed at the till)."""

    bill_id: str
    currency_code: str
    request: m.PurchaseRequest
    total: Decimal
    figures: dict[str, str | bool | None] | None
    purchase_id: str | None


@dataclass(frozen=True)
class ReceiptDoc:
    """Everything a receipt shows."""

    sale: Receipt
    store_name: str
    store_id: str
    cashdesk: int
    card: str = ""  # masked
    status: MemberStatus | None = None
    vouchers_next: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (name, code)

    @property
    def claim(self) -> str:
        return claim_code(self.store_id, self.sale.bill_id)

    @property
    def vouchers_applied(self) -> list[str]:
        return [d.name for d in self.sale.discounts if d.voucher]

    @property
    def discount_lines(self) -> list[tuple[str, Decimal]]:
        return [(d.name, d.value) for d in self.sale.discounts]


def receipt_doc(sale: Receipt, *, store_name: str, store_id: str, cashdesk: int,
                view: CustomerView | None = None) -> ReceiptDoc:
    """The receipt of a sale: its figures, where it was made, and what the customer has
    next (status, vouchers still valid)."""
    used = {d.code for d in sale.discounts if d.voucher}
    vouchers = tuple((v.name, v.code) for v in (view.vouchers if view else [])
                     if v.code and v.code not in used and not v.applied_date)
    return ReceiptDoc(sale, store_name, store_id, cashdesk,
                      mask_value(sale.card_number) if sale.card_number else "",
                      view.status if view else None, vouchers)


FIGURES = ("subtotal", "discount_total", "points_spent", "points_value", "credit_used", "paid",
           "points_earned", "expected_balance")


def receipt_figures(sale: Receipt) -> dict[str, str | bool | None]:
    """The amounts of a confirmed sale that its send-purchase request does not carry, kept
    with the outbox entry (exact decimals as text) so a reprint says what the customer paid."""
    figures: dict[str, str | bool | None] = {
        name: None if getattr(sale, name) is None else str(getattr(sale, name))
        for name in FIGURES}
    figures["offline"] = sale.offline
    return figures


def _decimal(value: object) -> Decimal | None:
    """A kept figure read back: an exact, finite decimal, else None (a damaged row reprints
    without that line rather than with a wrong amount)."""
    if not isinstance(value, str):
        return None
    try:
        number = Decimal(value)
    except ArithmeticError:
        return None
    return number if number.is_finite() else None


def receipt_from_entry(entry: SentSale) -> Receipt:
    """A reprint from History: the sale as it was sent (its items, discounts) with the
    figures confirmed at the till (points and their value, credit, paid, earned, the
    expected balance). An entry an older version saved has no figures: it reprints what the
    request says (the total before points and credit) and leaves out what it cannot know."""
    bill = entry.request.bill
    lines, discounts = [], []
    for item in bill.bill_items:
        if item.paid_amount > 0:
            code = item.plu_ids[0].code if item.plu_ids else ""
            lines.append(BillLine(item.bill_item_id, code, item.plu_name, item.price,
                                  item.quantity, item.vat_rate, item.purchase_item_type_id))
        elif item.paid_amount < 0:
            discounts.append(Discount("", item.plu_name, -item.paid_amount, item.bill_item_id))
    recap = bill.payment_recap
    kept = {name: _decimal((entry.figures or {}).get(name)) for name in FIGURES}
    points = recap.credit_points if recap and recap.credit_points else Decimal(0)
    value = recap.amount_for_credit if recap and recap.amount_for_credit else Decimal(0)
    subtotal = sum((line.total for line in lines), Decimal(0))
    return Receipt(bill_id=entry.bill_id, currency_code=entry.currency_code, lines=lines,
                   subtotal=kept["subtotal"] if kept["subtotal"] is not None else subtotal,
                   discounts=discounts,
                   discount_total=sum((d.value for d in discounts), Decimal(0)),
                   points_spent=_first(kept["points_spent"], points),
                   points_value=_first(kept["points_value"], value),
                   credit_used=_first(kept["credit_used"], Decimal(0)),
                   paid=_first(kept["paid"], entry.total),
                   points_earned=kept["points_earned"], expected_balance=kept["expected_balance"],
                   offline=bool((entry.figures or {}).get("offline")),
                   card_number=entry.request.card_number, payment_time=bill.payment_time,
                   purchase_id=entry.purchase_id, delivered=bool(entry.purchase_id))


def _first(kept: Decimal | None, fallback: Decimal) -> Decimal:
    return kept if kept is not None else fallback
