"""What a scanned code is, decided once for every screen of the counter and the kiosk.

A keyboard-wedge scanner types a code and Enter; `clean_scan` takes away what is not the
code (control characters, an AIM symbology id, the scanner's configured prefix/suffix) and
`classify` says what the code is: a loyalty card (by the project's card-type prefixes), a
code for the bill (a product's PLU, a voucher or a gift card — CareCloud is asked which),
the mobile app's one-time QR (`CCAUTH:…`) or a receipt's claim QR (`CCBILL:…`).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

MAX_SCAN = 512  # characters: the longest code the app prints (a QR) fits many times over
MIN_SCAN = 4
AUTH_PREFIX = "CCAUTH"  # the mobile app's one-time QR: CCAUTH:<token_request_id>:<token>
CLAIM_PREFIX = "CCBILL"  # a receipt's QR: CCBILL:<store_id>:<bill_id>

_AIM_ID = re.compile(r"^\][A-Za-z][0-9A-Za-z]")  # e.g. "]E0" for EAN-13, "]C1" for GS1-128
_GOODS = re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-]{0,63}$")  # PLUs, voucher and gift-card codes
_CARD_MIN_WITHOUT_PREFIXES = 10  # a project without prefixes: this long may be a card


class Kind(enum.Enum):
    CARD = "card"  # a loyalty card
    MAYBE_CARD = "maybe_card"  # digits a card could have: the project names no prefixes
    GOODS = "goods"  # a PLU, a voucher or a gift card: CareCloud says which
    CUSTOMER_QR = "customer_qr"  # the mobile app's one-time QR
    RECEIPT_QR = "receipt_qr"  # a receipt's claim-the-points QR
    NOT_A_CODE = "not_a_code"  # text no code of ours looks like


@dataclass(frozen=True)
class Scanned:
    kind: Kind
    code: str

    @property
    def claim(self) -> tuple[str, str] | None:
        """(store_id, bill_id) of a receipt's claim QR."""
        return parse_claim_code(self.code) if self.kind is Kind.RECEIPT_QR else None


def clean_scan(raw: str, *, prefix: str = "", suffix: str = "") -> str:
    """The code inside a scanner burst, or "" when nothing usable is left."""
    text = "".join(ch for ch in raw if unicodedata.category(ch) != "Cc").strip()
    if prefix and text.startswith(prefix):
        text = text[len(prefix):]
    if suffix and text.endswith(suffix):
        text = text[: -len(suffix)]
    text = _AIM_ID.sub("", text).strip()
    return text if MIN_SCAN <= len(text) <= MAX_SCAN and text.isprintable() else ""


def looks_like_card_number(text: str) -> bool:
    """6 to 32 ASCII digits: superscript, Arabic-Indic or full-width digits are not card digits."""
    return 6 <= len(text) <= 32 and text.isascii() and text.isdigit()


@dataclass(frozen=True)
class CardRule:
    """Which digits are a loyalty card in this project: those starting with a card type's
    prefix. Without prefixes nothing can be told from the digits alone (CareCloud is asked)."""

    prefixes: tuple[str, ...] = ()

    @classmethod
    def of(cls, prefixes: Iterable[str | None]) -> CardRule:
        return cls(tuple(sorted({p for p in prefixes if p})))

    def kind(self, code: str) -> Kind:
        if not looks_like_card_number(code):
            return Kind.GOODS
        if self.prefixes:
            return Kind.CARD if code.startswith(self.prefixes) else Kind.GOODS
        return Kind.MAYBE_CARD if len(code) >= _CARD_MIN_WITHOUT_PREFIXES else Kind.GOODS


def classify(code: str, rule: CardRule) -> Scanned:
    """What `code` (a cleaned scan, or a number typed in its place) is."""
    code = code.strip()
    head = code.split(":", 1)[0]
    if head == AUTH_PREFIX and code.count(":") == 2:
        return Scanned(Kind.CUSTOMER_QR, code)
    if head == CLAIM_PREFIX and parse_claim_code(code) is not None:
        return Scanned(Kind.RECEIPT_QR, code)
    if not _GOODS.match(code):
        return Scanned(Kind.NOT_A_CODE, code)
    return Scanned(rule.kind(code), code)


def is_code(text: str) -> bool:
    """Text some code of ours could be (a card, goods, a QR of ours), whatever the project."""
    return classify(text, CardRule()).kind is not Kind.NOT_A_CODE


def claim_code(store_id: str, bill_id: str) -> str:
    """The text of the receipt's QR: enough to claim the sale's points later."""
    return f"{CLAIM_PREFIX}:{store_id}:{bill_id}"


def parse_claim_code(text: str) -> tuple[str, str] | None:
    """(store_id, bill_id) from a scanned receipt QR, else None."""
    parts = text.strip().split(":")
    if len(parts) != 3 or parts[0] != CLAIM_PREFIX or not parts[1] or not parts[2]:
        return None
    return parts[1], parts[2]
