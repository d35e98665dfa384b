"""Money, numbers and dates in the UI language's `QLocale`, and typed numbers parsed with it.

`35,50` in Czech, Slovak, German or Polish and `35.50` in English all mean 35.50; a
German `35.50` (a misplaced group separator) is refused rather than read as 3,550, and
only ASCII digits count.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale

from kiosk_app.money import MAX_AMOUNT

if TYPE_CHECKING:
    from kiosk_app.domain.checkout import CustomerView, MemberStatus

_SPACES = "\u00a0\u202f\u2009 "


def money(value: Decimal | int, currency_code: str) -> str:
    """The locale's currency format with the bill's ISO code; never another currency."""
    if not currency_code:
        return number(value, 2)
    text = QLocale().toCurrencyString(float(value), currency_code, 2)
    if text.startswith(currency_code) and text[len(currency_code):][:1] not in (" ", "\u00a0"):
        text = currency_code + "\u00a0" + text[len(currency_code):]
    return text


def moment(timestamp: float) -> str:
    """A point in time (epoch seconds) as the current language writes it, short form."""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(timestamp)),
                              QLocale.FormatType.ShortFormat)


def moment_time(timestamp: float) -> str:
    """The time of day (epoch seconds) as the current language writes it."""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(timestamp)).time(),
                              QLocale.FormatType.ShortFormat)


def number(value: Decimal | float | int, decimals: int = 0) -> str:
    """For reading: grouped as the language groups digits."""
    return QLocale().toString(float(value), "f", decimals)


def edit_text(value: Decimal, decimals: int, locale: QLocale | None = None) -> str:
    """For editing: no grouping, the language's decimal sign."""
    locale = locale or QLocale()
    text = f"{value:.{decimals}f}" if decimals else f"{value:.0f}"
    return text.replace(".", locale.decimalPoint())


def parse_number(text: str, *, decimals: int, locale: QLocale | None = None) -> Decimal:
    """A number typed in the language's format, exactly; ValueError says what is wrong."""
    locale = locale or QLocale()
    point, group = locale.decimalPoint(), locale.groupSeparator()
    text = text.strip()
    if not text:
        raise ValueError("empty")
    groups = {group} | (set(_SPACES) if group in _SPACES else set())
    g = "[" + re.escape("".join(groups)) + "]"
    # a numeric keypad may type "." where the language writes ","; take it where "." cannot
    # be a group separator (cs, sk, pl), never in German where "35.50" is ambiguous
    points = {point} | ({"."} if "." not in groups else set())
    d = "[" + re.escape("".join(points)) + "]"
    pattern = rf"^([0-9]{{1,3}}(?:{g}[0-9]{{3}})+|[0-9]+)(?:{d}([0-9]+))?$"
    match = re.match(pattern, text)
    if not match:
        raise ValueError("format")
    whole, fraction = re.sub(g, "", match.group(1)), match.group(2) or ""
    if len(fraction) > decimals:
        raise ValueError("decimals")
    try:
        value = Decimal(f"{whole}.{fraction}" if fraction else whole)
    except InvalidOperation as exc:
        raise ValueError("format") from exc
    if value > MAX_AMOUNT:
        raise ValueError("range")
    return value


def status_text(status: MemberStatus | None) -> str:
    """ "Status: Silver member · 750 more points to Gold member", one wording everywhere (the
    customer panel, the kiosk's home, the done screen); "" without a status."""
    from PySide6.QtCore import QCoreApplication

    name = status.name if status is not None else ""
    if status is None or not name:
        return ""
    text = QCoreApplication.translate("Status", "Status: %1").replace("%1", name)
    missing, next_name = status.points_to_next, status.next_name
    if next_name and missing:
        text += " · " + QCoreApplication.translate("Status", "%1 more points to %2").replace(
            "%1", number(missing)).replace("%2", next_name)
    return text


def short_name(view: CustomerView) -> str:
    """ "Jana N.": enough for the cashier to tell customers apart, not their whole name
    (a screen at the counter can face the queue)."""
    if view.customer is None:
        return ""
    info = view.customer.personal_information
    last = (info.last_name or "").strip()
    return f"{info.first_name} {last[:1]}." if last else info.first_name
