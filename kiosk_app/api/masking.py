"""Masking of personal data (e-mail, phone, card numbers) and secrets before anything is logged."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

# Query/body keys whose values are personal data or secrets.
SENSITIVE_KEYS = frozenset(
    {
        "email",
        "phone",
        "card_number",
        "recipient",
        "password",
        "bearer_token",
        "verification_code",
        "first_name",
        "last_name",
        "birthdate",
        "email_list",
        "card_number_list",
    }
)

_EMAIL = re.compile(r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-])[A-Za-z0-9.-]*(\.[A-Za-z]{2,})")
_LONG_DIGITS = re.compile(r"(?<![\w-])\+?\d[\d ]{6,}\d(?![\w-])")
_BEARER = re.compile(r"(Bearer\s+)[A-Za-z0-9._~+/=-]+", re.IGNORECASE)


def mask_value(value: str) -> str:
    """Keep the last two characters of a number or name, hide the rest."""
    if not value:
        return value
    if "@" in value:
        return _EMAIL.sub(r"\1***@\2***\3", value)
    keep = 2 if len(value) > 6 else 0
    return "*" * (len(value) - keep) + value[len(value) - keep :]


def mask_text(text: str) -> str:
    """Mask e-mail addresses, long digit runs (phones, cards) and bearer tokens in free text."""
    text = _BEARER.sub(r"\1***", text)
    text = _EMAIL.sub(r"\1***@\2***\3", text)
    return _LONG_DIGITS.sub(lambda m: mask_value(re.sub(r"\D", "", m.group(0))), text)


def mask_params(params: Mapping[str, Any] | None) -> str:
    """Render query params for a log line with sensitive values masked."""
    if not params:
        return ""
    safe = []
    for key, value in params.items():
        if value is None:
            continue
        shown = mask_value(str(value)) if key in SENSITIVE_KEYS else str(value)
        safe.append((key, shown))
    return "?" + urlencode(safe, safe="*@") if safe else ""


class MaskingFilter(logging.Filter):
    """Last line of defence: masks personal data in every record a handler emits."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_text(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True
