"""A phone number or an e-mail address as a person types it: the one rule for the counter's
phone validation, the kiosk's phone sign-in and enrolment.

A phone is written internationally, with its country code: "+420 601 111 222",
"00420 601 111 222" and "420601111222" are all 420601111222 (10 to 15 digits, the first
not 0). A number without its country code cannot be told from another country's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SMS, EMAIL = 2, 1  # CareCloud's OTP communication channels

# the spec's pattern for `personal_information.email` (lower case only: we lower it first)
_EMAIL = re.compile(
    r"^[-a-z0-9!#$%&'*+\\/=?^_`{|}~]+(\.[-a-z0-9!#$%&'*+\\/=?^_`{|}~]+)*@"
    r"([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])$")
_PHONE_TYPED = re.compile(r"[+0-9][0-9 ()./-]*")
_PHONE = re.compile(r"[1-9][0-9]{9,14}")  # country code + number: 10 to 15 digits
_DIGITS = re.compile(r"[0-9]")


@dataclass(frozen=True)
class Contact:
    """The phone (digits with the country code) or e-mail (lower case) a code goes to."""

    kind: str  # "phone" or "email"
    value: str

    @property
    def channel(self) -> int:
        return EMAIL if self.kind == "email" else SMS


def phone_digits(text: str) -> str:
    """Only the ASCII digits of a phone as stored or typed ("+420 601 111 222" →
    "420601111222"): to compare a typed number with the one on file."""
    return "".join(_DIGITS.findall(text))


def phone_number(typed: str) -> str | None:
    """The international digits of a typed phone number, or None when it is not one."""
    text = typed.strip()
    if not _PHONE_TYPED.fullmatch(text):
        return None
    digits = phone_digits(text)
    if not text.startswith("+") and digits.startswith("00"):
        digits = digits[2:]
    return digits if _PHONE.fullmatch(digits) else None


def parse_contact(typed: str) -> Contact | None:
    """An e-mail, or a phone in international form (see `phone_number`); None for anything
    else, e.g. a number without its country code."""
    text = typed.strip()
    if "@" in text:
        email = text.lower()
        return Contact("email", email) if _EMAIL.match(email) and len(email) <= 254 else None
    digits = phone_number(text)
    return Contact("phone", digits) if digits else None
