"""Money as exact decimals: the one place amounts are rounded, and what a sane amount is.

Every layer (wire models, bill math, sandbox rules, screens) does its arithmetic on
`Decimal` and rounds once, here, half away from zero to cents as a till does.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
# No loyalty amount or point balance comes near this; anything larger is a wire defect.
MAX_AMOUNT = Decimal("1000000000")


def to_decimal(value: Decimal | int | str) -> Decimal:
    """An exact decimal from a Decimal, an int or a decimal string (never a binary float)."""
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"money must not be a {type(value).__name__}: use Decimal or str")
    try:
        result = value if isinstance(value, Decimal) else Decimal(value)
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(f"not a number: {value!r}") from exc
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def money(value: Decimal | int | str) -> Decimal:
    """Round to cents, half away from zero (−0.005 → −0.01, 0.005 → 0.01)."""
    return to_decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def is_sane(value: Decimal, *, allow_negative: bool = False) -> bool:
    """Finite, within bounds, and not negative unless asked for."""
    if not value.is_finite() or abs(value) > MAX_AMOUNT:
        return False
    return allow_negative or value >= 0
