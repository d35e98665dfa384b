"""The normal forms the sandbox searches by: folded names and e-mails, digits of phones."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so 'novakova' finds 'Nováková'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def digits(text: str) -> str:
    """Only the ASCII digits, so '+420 601 111 222' finds '420601111222'."""
    return "".join(ch for ch in text if "0" <= ch <= "9")


def prefix_bound(prefix: str) -> str:
    """A string above every string starting with `prefix`, and below every other string
    above it: the open end of an indexed range `prefix <= s < bound`."""
    while prefix and prefix[-1] == "\U0010ffff":
        prefix = prefix[:-1]
    if not prefix:
        return "\U0010ffff"
    following = ord(prefix[-1]) + 1
    return prefix[:-1] + chr(0xE000 if 0xD800 <= following < 0xE000 else following)
