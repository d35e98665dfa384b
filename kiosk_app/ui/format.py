"""Money and numbers in the current language's locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def money(value: float, currency_code: str) -> str:
    return QLocale().toCurrencyString(float(value), currency_code)


def number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)
