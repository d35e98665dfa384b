"""Money and numbers in the current language's locale."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale


def money(value: float, currency_code: str) -> str:
    """The locale's currency format; an ISO code never touches the digits ("CZK 59.00")."""
    text = QLocale().toCurrencyString(float(value), currency_code)
    if text.startswith(currency_code) and text[len(currency_code):][:1] not in (" ", "\u00a0"):
        text = currency_code + "\u00a0" + text[len(currency_code):]
    return text


def moment(timestamp: float) -> str:
    """A point in time (epoch seconds) as the current language writes it, short form."""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(timestamp)),
                              QLocale.FormatType.ShortFormat)


def number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)
