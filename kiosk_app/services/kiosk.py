"""Identifying a customer at a self-service kiosk, only in ways that prove they are there:
their loyalty card, the one-time QR from their mobile app (`verify-auth-token`), or their
phone number followed by a one-time code sent to the phone **on file**. There is no lookup
by name, e-mail or birth date, and a phone that matches none or several accounts lists
nothing. Qt-free: the kiosk window calls these and shows what they return."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from kiosk_app.api.models import parse_auth_qr
from kiosk_app.services.checkout import CardCheck, CheckoutService
from kiosk_app.services.session import CustomerView

_DIGITS = re.compile(r"[0-9]")


def phone_digits(text: str) -> str:
    """Only the digits of what was typed ("+420 601 111 222" → "420601111222")."""
    return "".join(_DIGITS.findall(text))


class Refusal(enum.Enum):
    """Why the kiosk did not identify anyone; each has its own sentence on screen."""

    CARD_UNKNOWN = "card_unknown"
    CARD_BLOCKED = "card_blocked"  # blocked, expired, not yet valid
    CARD_FREE = "card_free"  # a card without a member: enrol at the counter
    QR_INVALID = "qr_invalid"  # used, expired, or not for this kiosk
    PHONE_NOT_FOUND = "phone_not_found"  # none or several accounts: nothing is listed
    CODE_WRONG = "code_wrong"
    GIFT_CARD = "gift_card"  # not a member's card: its balance is shown instead


@dataclass(frozen=True)
class Identified:
    view: CustomerView | None
    refusal: Refusal | None = None
    how: str = ""  # "card", "qr", "phone", "enrol"
    gift: object = None  # a gift card's balance (m.GiftCardBalance) when one was scanned


@dataclass(frozen=True)
class PhoneChallenge:
    """A code was sent to the phone on file of exactly one account; only its id and the
    request id are kept, never the number."""

    customer_id: str
    request_id: str


class KioskService:
    def __init__(self, checkout: CheckoutService, application_id: str) -> None:
        self.checkout = checkout
        self.client = checkout.client
        self.application_id = application_id

    async def by_card(self, card_number: str) -> Identified:
        result = await self.checkout.check_card(card_number)
        refusal = {CardCheck.UNKNOWN: Refusal.CARD_UNKNOWN, CardCheck.FREE: Refusal.CARD_FREE,
                   CardCheck.BLOCKED: Refusal.CARD_BLOCKED, CardCheck.EXPIRED: Refusal.CARD_BLOCKED,
                   CardCheck.NOT_YET_VALID: Refusal.CARD_BLOCKED}.get(result.check)
        if refusal is Refusal.CARD_UNKNOWN:
            gift = await self.checkout.gift_card(card_number)
            if gift is not None:
                return Identified(None, Refusal.GIFT_CARD, "card", gift)
        if refusal is not None or result.customer is None:
            return Identified(None, refusal or Refusal.CARD_UNKNOWN, "card")
        return Identified(result.customer, None, "card")

    async def by_qr(self, text: str) -> Identified:
        """The mobile app's one-time token: CareCloud says whose it is, once."""
        from kiosk_app.api.errors import HttpError

        parsed = parse_auth_qr(text)
        if parsed is None:
            return Identified(None, Refusal.QR_INVALID, "qr")
        request_id, token = parsed
        try:
            customer_id = await self.client.verify_auth_token(token, request_id,
                                                              self.application_id)
        except HttpError as exc:
            if exc.status in (400, 404, 409, 422):  # used, expired, unknown, not ours
                return Identified(None, Refusal.QR_INVALID, "qr")
            raise
        return Identified(await self.checkout.load_customer(customer_id), None, "qr")

    async def send_code(self, typed_phone: str) -> PhoneChallenge | None:
        """Exactly one account with this phone: a code goes to the phone on file (the
        account's own number, never the typed text). None: no such single account."""
        from kiosk_app.services.enrolment import parse_contact

        contact = parse_contact(typed_phone)  # the one rule: "+420…", "00420…", "420…"
        if contact is None or contact.kind != "phone":
            return None
        digits = contact.value
        found = await self.client.customers_by_phone(digits)  # at most two are read
        matches = [c for c in found if phone_digits(c.personal_information.phone or "") == digits]
        if len(matches) != 1 or not matches[0].customer_id:
            return None
        on_file = phone_digits(matches[0].personal_information.phone or "")
        request_id = await self.checkout.send_otp(on_file)
        return PhoneChallenge(matches[0].customer_id, request_id)

    async def check_code(self, challenge: PhoneChallenge, code: str) -> Identified:
        from kiosk_app.api.errors import BadRequest

        try:
            valid = await self.checkout.verify_otp(challenge.request_id, code.strip())
        except BadRequest:  # used or expired: ask for a new code the same way
            valid = False
        if not valid:
            return Identified(None, Refusal.CODE_WRONG, "phone")
        return Identified(await self.checkout.load_customer(challenge.customer_id), None,
                          "phone")
