"""Cleaning what a keyboard-wedge scanner types: control characters, AIM ids, prefixes, suffixes."""

from __future__ import annotations

import re
import unicodedata

_AIM_ID = re.compile(r"^\][A-Za-z][0-9A-Za-z]")  # e.g. "]E0" for EAN-13, "]C1" for GS1-128
SCAN_CODE = re.compile(r"^[0-9A-Z][0-9A-Z\-]{3,63}$")


def clean_scan(raw: str, *, prefix: str = "", suffix: str = "") -> str:
    """The code inside a scanner burst, or "" when nothing usable is left."""
    text = "".join(ch for ch in raw if unicodedata.category(ch) != "Cc").strip()
    if prefix and text.startswith(prefix):
        text = text[len(prefix):]
    if suffix and text.endswith(suffix):
        text = text[: -len(suffix)]
    text = _AIM_ID.sub("", text).strip()
    return text if SCAN_CODE.match(text) else ""


def looks_like_card_number(text: str) -> bool:
    """6 to 32 ASCII digits: superscript, Arabic-Indic or full-width digits are not card digits."""
    return 6 <= len(text) <= 32 and text.isascii() and text.isdigit()
