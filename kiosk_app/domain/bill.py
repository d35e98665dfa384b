"""The bill being rung up: lines, quantities and totals, in exact decimals.

Only the checkout session changes a bill (through its intents); everything else reads it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kiosk_app.domain.refusal import BillRefused
from kiosk_app.money import ZERO, money, to_decimal

MAX_QUANTITY = Decimal(9999)
MAX_UNIT_PRICE = Decimal(1_000_000)


@dataclass(frozen=True)
class BillLine:
    line_id: str
    plu_code: str
    name: str
    unit_price: Decimal
    quantity: Decimal
    vat_rate: Decimal
    item_type_id: str
    loyalty_off: bool = False
    product_id: str | None = None  # the catalogue product the line was priced from

    @property
    def total(self) -> Decimal:
        """Rounded once, here; the bill's total is the exact sum of these."""
        return money(self.unit_price * self.quantity)


def check_line_values(unit_price: Decimal, quantity: Decimal) -> None:
    """What a line may hold: no negative or absurd price, a positive, bounded quantity."""
    unit_price, quantity = to_decimal(unit_price), to_decimal(quantity)
    if not ZERO <= unit_price <= MAX_UNIT_PRICE:
        raise BillRefused("The price must be between 0 and 1,000,000.")
    if not ZERO < quantity <= MAX_QUANTITY:
        raise BillRefused("The quantity must be above 0 and at most 9,999.")


@dataclass
class BillDraft:
    """Lines keep a stable id (the `bill_item_id`) so discounts can point at them."""

    currency_id: str = ""
    lines: list[BillLine] = field(default_factory=list)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1), repr=False)

    @property
    def total(self) -> Decimal:
        return sum((line.total for line in self.lines), ZERO)

    @property
    def is_empty(self) -> bool:
        return not self.lines

    @property
    def item_count(self) -> Decimal:
        return sum((line.quantity for line in self.lines), Decimal(0))

    def line(self, line_id: str) -> BillLine:
        return next(line for line in self.lines if line.line_id == line_id)

    # --- changed only by CheckoutSession ---------------------------------------------------------

    def _add(self, *, plu_code: str, name: str, unit_price: Decimal, vat_rate: Decimal,
             item_type_id: str, quantity: Decimal = Decimal(1), loyalty_off: bool = False,
             product_id: str | None = None) -> BillLine:
        """Add an item; the same PLU at the same price raises the quantity of its line."""
        unit_price, quantity = money(unit_price), to_decimal(quantity)
        check_line_values(unit_price, quantity)
        for i, line in enumerate(self.lines):
            if plu_code and line.plu_code == plu_code and line.unit_price == unit_price:
                check_line_values(unit_price, line.quantity + quantity)
                self.lines[i] = replace(line, quantity=line.quantity + quantity)
                return self.lines[i]
        line = BillLine(str(next(self._ids)), plu_code, name, unit_price, quantity,
                        to_decimal(vat_rate), item_type_id, loyalty_off, product_id)
        self.lines.append(line)
        return line

    def _set_quantity(self, line_id: str, quantity: Decimal) -> None:
        quantity = to_decimal(quantity)
        if quantity <= 0:
            self._remove(line_id)
            return
        line = self.line(line_id)
        check_line_values(line.unit_price, quantity)
        self.lines = [replace(ln, quantity=quantity) if ln.line_id == line_id else ln
                      for ln in self.lines]

    def _remove(self, line_id: str) -> None:
        self.lines = [line for line in self.lines if line.line_id != line_id]

    def _rename(self, names: dict[str, str]) -> None:
        """Product names in the UI language after a switch (keyed by line id)."""
        self.lines = [replace(ln, name=names.get(ln.line_id, ln.name)) for ln in self.lines]
