"""The bill being rung up: lines, quantities and totals, in the store's currency."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field


def money(value: float) -> float:
    """Round half up to cents, as a till does."""
    return math.floor(abs(value) * 100 + 0.5 + 1e-9) / 100 * (1 if value >= 0 else -1)


@dataclass
class BillLine:
    line_id: str
    plu_code: str
    name: str
    unit_price: float
    quantity: float
    vat_rate: float
    item_type_id: str
    loyalty_off: bool = False

    @property
    def total(self) -> float:
        return money(self.unit_price * self.quantity)


@dataclass
class BillDraft:
    """Lines keep a stable id (the `bill_item_id`) so discounts can point at them."""

    currency_id: str = ""
    lines: list[BillLine] = field(default_factory=list)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1), repr=False)

    @property
    def total(self) -> float:
        return money(sum(line.total for line in self.lines))

    @property
    def is_empty(self) -> bool:
        return not self.lines

    def add(self, *, plu_code: str, name: str, unit_price: float, vat_rate: float,
            item_type_id: str, quantity: float = 1, loyalty_off: bool = False) -> BillLine:
        """Add an item; the same PLU at the same price raises the quantity of its line."""
        if unit_price < 0 or quantity <= 0:
            raise ValueError("Price must not be negative and quantity must be positive.")
        for line in self.lines:
            if line.plu_code == plu_code and line.unit_price == unit_price and plu_code:
                line.quantity += quantity
                return line
        line = BillLine(str(next(self._ids)), plu_code, name, money(unit_price), quantity,
                        vat_rate, item_type_id, loyalty_off)
        self.lines.append(line)
        return line

    def set_quantity(self, line_id: str, quantity: float) -> None:
        if quantity <= 0:
            self.remove(line_id)
            return
        self.line(line_id).quantity = quantity

    def remove(self, line_id: str) -> None:
        self.lines = [line for line in self.lines if line.line_id != line_id]

    def line(self, line_id: str) -> BillLine:
        return next(line for line in self.lines if line.line_id == line_id)

    def clear(self) -> None:
        self.lines.clear()
