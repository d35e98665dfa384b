"""The sandbox's loyalty rules: which rewards a bill qualifies for and what they take off.

Pure functions over plain data, so the rules can be read and tested without HTTP or SQL.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any


def money(value: float) -> float:
    """Round to cents the way a till does (half up)."""
    return math.floor(value * 100 + 0.5 + 1e-9) / 100


@dataclass
class Line:
    """One positive bill item as the rules see it."""

    bill_item_id: str
    plu_codes: list[str]
    quantity: float
    unit_price: float
    paid: float
    loyalty_off: bool
    group: str | None
    remaining: float = 0.0

    def __post_init__(self) -> None:
        self.remaining = self.paid

    @property
    def units(self) -> int:
        return int(self.quantity) if self.quantity >= 1 else 0

    @property
    def unit_paid(self) -> float:
        return self.paid / self.quantity if self.quantity else 0.0


@dataclass
class Context:
    """Who is buying and where: what the conditions look at."""

    currency_id: str
    available_points: float = 0.0
    card_type_ids: set[str] = field(default_factory=set)
    has_purchases: bool = False
    has_customer: bool = False


def lines_from_bill(bill: dict[str, Any], products_by_code: dict[str, dict[str, Any]]) -> list[Line]:
    lines = []
    for item in bill.get("bill_items", []):
        if item["paid_amount"] <= 0 or item["quantity"] <= 0:
            continue  # discount lines and returns do not qualify for rewards
        codes = [p["code"] for p in item.get("plu_ids", [])]
        product = next((products_by_code[c] for c in codes if c in products_by_code), None)
        lines.append(
            Line(
                bill_item_id=item["bill_item_id"],
                plu_codes=codes,
                quantity=item["quantity"],
                unit_price=item["price"],
                paid=item["paid_amount"],
                loyalty_off=item["loyalty_off"],
                group=product["group"] if product else None,
            )
        )
    return lines


def _matches(line: Line, target: dict[str, Any]) -> bool:
    if target.get("any"):
        return not line.loyalty_off
    if "plu" in target:
        return target["plu"] in line.plu_codes
    if "group" in target:
        return line.group == target["group"]
    return False


def _qty(lines: list[Line], target: dict[str, Any]) -> int:
    return sum(line.units for line in lines if _matches(line, target))


def _total(lines: list[Line]) -> float:
    return sum(line.paid for line in lines if not line.loyalty_off)


def condition_failure(reward: dict[str, Any], lines: list[Line], ctx: Context) -> str | None:
    """None when the bill meets the reward's conditions, else the reason it does not."""
    cond = reward.get("condition", {})
    min_total = cond.get("min_total", {}).get(ctx.currency_id)
    if min_total is not None and _total(lines) < min_total:
        return "insufficient_amount_of_purchase"
    for need in cond.get("items", []):
        if _qty(lines, need) < need.get("min_qty", 1):
            return "not_allowed_value"
    if cond.get("first_purchase") and (ctx.has_purchases or not ctx.has_customer):
        return "not_allowed_value"
    if "card_type" in cond and cond["card_type"] not in ctx.card_type_ids:
        return "not_allowed_value"
    effect = reward["effect"]
    if effect["kind"] == "amount" and ctx.currency_id not in effect["value"]:
        return "not_allowed_value"
    return None


def max_count(reward: dict[str, Any], lines: list[Line], ctx: Context, *,
              ignore_points: bool = False) -> int:
    """How many times the reward can be applied to this bill now (0 = not now)."""
    if condition_failure(reward, lines, ctx):
        return 0
    effect = reward["effect"]
    if effect["target"] == "bill":
        count = 1
    else:
        count = _qty(lines, effect["target"]) // effect.get("per", 1)
        for need in reward.get("condition", {}).get("items", []):
            if need.get("limits"):
                count = min(count, _qty(lines, need) // need.get("min_qty", 1))
    if "max_per_bill" in effect:
        count = min(count, effect["max_per_bill"])
    cost = reward.get("points_cost") or 0
    if cost and not ignore_points:
        count = min(count, int(ctx.available_points // cost))
    return max(count, 0)


def apply(reward: dict[str, Any], count: int, lines: list[Line], ctx: Context
          ) -> list[tuple[str, float, float | None]]:
    """Take the reward off the bill `count` times.

    Returns (bill_item_id, discount_value, discount_percent) per affected item and lowers
    each line's `remaining`, so stacked discounts never exceed what the item costs.
    """
    effect = reward["effect"]
    kind, value = effect["kind"], effect["value"]
    amount = value.get(ctx.currency_id, 0) if kind == "amount" else None
    percent = float(value) if kind == "percent" else None
    result: dict[str, float] = {}
    if effect["target"] == "bill":
        eligible = [line for line in lines if not line.loyalty_off and line.remaining > 0]
        base = sum(line.remaining for line in eligible)
        if base <= 0:
            return []
        total_off = money(base * percent / 100) if percent is not None else min(amount, base)
        left = total_off
        for i, line in enumerate(eligible):
            share = left if i == len(eligible) - 1 else money(total_off * line.remaining / base)
            share = min(share, line.remaining)
            left = money(left - share)
            if share > 0:
                result[line.bill_item_id] = share
    else:
        units = []
        for line in lines:
            if _matches(line, effect["target"]):
                units.extend([line] * line.units)
        units.sort(key=lambda ln: ln.unit_paid, reverse=effect.get("pick") == "expensive")
        for line in units[:count]:
            unit_left = min(line.unit_paid, line.remaining)
            off = money(unit_left * percent / 100) if percent is not None else min(amount, unit_left)
            result[line.bill_item_id] = money(result.get(line.bill_item_id, 0) + off)
            line.remaining = money(line.remaining - off)
        return [(bid, off, percent) for bid, off in result.items() if off > 0]
    for line in lines:
        if line.bill_item_id in result:
            line.remaining = money(line.remaining - result[line.bill_item_id])
    return [(bid, off, percent) for bid, off in result.items()]


def points_earned(eligible_paid: float, rate: float) -> int:
    return int(max(0.0, eligible_paid) * rate + 1e-9)
