"""Reward math: which rewards a bill qualifies for, how often, and what they take off.

Pure functions over plain data and exact decimals (rounded by `kiosk_app.money.money`),
so the reward catalogue's effects can be read and tested without HTTP or SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kiosk_app.money import ZERO, money, to_decimal


def dec(value: Any) -> Decimal:
    """An exact decimal from a wire number (a JSON float is taken as the decimal it prints as)."""
    return to_decimal(repr(value) if isinstance(value, float) else value)


@dataclass
class Line:
    """One positive bill item as the rules see it; `remaining` drops as rewards apply."""

    bill_item_id: str
    plu_codes: list[str]
    quantity: Decimal
    unit_price: Decimal
    paid: Decimal
    loyalty_off: bool
    group: str | None
    remaining: Decimal = ZERO

    def __post_init__(self) -> None:
        self.remaining = self.paid

    @property
    def units(self) -> int:
        return int(self.quantity) if self.quantity >= 1 else 0

    @property
    def unit_paid(self) -> Decimal:
        return self.paid / self.quantity if self.quantity else ZERO


@dataclass
class Context:
    """Who is buying and in which currency: what reward conditions look at."""

    currency_id: str
    available_points: Decimal = ZERO
    card_type_ids: frozenset[str] = field(default_factory=frozenset)
    has_purchases: bool = False
    has_customer: bool = False


def matches(line: Line, target: dict[str, Any]) -> bool:
    """Whether a bill line is what a condition or effect names (a PLU, a group, any item)."""
    if target.get("any"):
        return not line.loyalty_off
    if "plu" in target:
        return target["plu"] in line.plu_codes
    if "group" in target:
        return line.group == target["group"]
    return False


def related(reward: dict[str, Any], lines: list[Line]) -> bool:
    """Whether the bill holds anything the reward's conditions name."""
    needs = reward.get("condition", {}).get("items", [])
    return any(matches(line, need) for line in lines for need in needs)


def _qty(lines: list[Line], target: dict[str, Any]) -> int:
    return sum(line.units for line in lines if matches(line, target))


def _total(lines: list[Line]) -> Decimal:
    return sum((line.paid for line in lines if not line.loyalty_off), ZERO)


def condition_failure(reward: dict[str, Any], lines: list[Line], ctx: Context) -> str | None:
    """None when the bill meets the reward's conditions, else the reason it does not."""
    cond = reward.get("condition", {})
    min_total = cond.get("min_total", {}).get(ctx.currency_id)
    if min_total is not None and _total(lines) < dec(min_total):
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
          ) -> list[tuple[str, Decimal, Decimal | None]]:
    """Take the reward off the bill `count` times.

    Returns (bill_item_id, discount_value, discount_percent) per affected item and lowers
    each line's `remaining`, so stacked discounts never exceed what the item costs.
    """
    effect = reward["effect"]
    kind, value = effect["kind"], effect["value"]
    amount = dec(value.get(ctx.currency_id, 0)) if kind == "amount" else ZERO
    percent = dec(value) if kind == "percent" else None
    if effect["target"] == "bill":
        return _apply_to_bill(lines, amount, percent)
    result: dict[str, Decimal] = {}
    units = [line for line in lines if matches(line, effect["target"]) for _ in range(line.units)]
    units.sort(key=lambda ln: ln.unit_paid, reverse=effect.get("pick") == "expensive")
    for line in units[:count]:
        unit_left = min(line.unit_paid, line.remaining)
        off = money(unit_left * percent / 100) if percent is not None else min(amount, unit_left)
        result[line.bill_item_id] = money(result.get(line.bill_item_id, ZERO) + off)
        line.remaining = money(line.remaining - off)
    return [(bid, off, percent) for bid, off in result.items() if off > 0]


def _apply_to_bill(lines: list[Line], amount: Decimal, percent: Decimal | None
                   ) -> list[tuple[str, Decimal, Decimal | None]]:
    """A whole-bill discount, shared out over the loyalty items in proportion to what is left."""
    eligible = [line for line in lines if not line.loyalty_off and line.remaining > 0]
    base = sum((line.remaining for line in eligible), ZERO)
    if base <= 0:
        return []
    total_off = money(base * percent / 100) if percent is not None else min(amount, base)
    result: dict[str, Decimal] = {}
    left = total_off
    for i, line in enumerate(eligible):
        share = left if i == len(eligible) - 1 else money(total_off * line.remaining / base)
        share = min(share, line.remaining)
        left = money(left - share)
        if share > 0:
            result[line.bill_item_id] = share
    for line in lines:
        if line.bill_item_id in result:
            line.remaining = money(line.remaining - result[line.bill_item_id])
    return [(bid, off, percent) for bid, off in result.items()]
