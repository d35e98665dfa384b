"""One shopper's visit at a self-service kiosk: the use case that owns who is on show.

A shopper proves who they are with their loyalty card, the one-time QR from their mobile
app (`verify-auth-token`), or their phone number followed by a one-time code sent to the
phone **on file**. There is no lookup by name, e-mail or birth date, and a phone that
matches none or several accounts lists nothing. What the visit showed — the member, a gift
card's balance — belongs to it; `end()` (Back to the start, Finish, idle) forgets it all.
Every change bumps `revision` and tells the subscribers.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, replace

from kiosk_app.api import BadRequest, NotFound
from kiosk_app.api import models as m
from kiosk_app.app.customers import Customers
from kiosk_app.app.till import Till
from kiosk_app.domain.changes import Listeners
from kiosk_app.domain.checkout import CustomerView
from kiosk_app.domain.contact import SMS, parse_contact, phone_digits
from kiosk_app.domain.reference import CardCheck
from kiosk_app.domain.refusal import NoCustomer


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
    gift: m.GiftCardBalance | None = None  # a gift card's balance when one was scanned


@dataclass(frozen=True)
class PhoneChallenge:
    """A code was sent to the phone on file of exactly one account; only its id and the
    request id are kept, never the number."""

    customer_id: str
    request_id: str


class KioskVisit:
    def __init__(self, till: Till, customers: Customers) -> None:
        self.till = till
        self.client = customers.client
        self.customers = customers
        self._member: Identified | None = None
        self._gift: m.GiftCardBalance | None = None
        self._revision = 0
        self._listeners: Listeners[[]] = Listeners()

    # --- what screens read ---------------------------------------------------------------------

    @property
    def revision(self) -> int:
        return self._revision

    @property
    def member(self) -> Identified | None:
        return self._member

    @property
    def view(self) -> CustomerView | None:
        return self._member.view if self._member is not None else None

    @property
    def gift(self) -> m.GiftCardBalance | None:
        """A gift card's balance the shopper asked for (shown over the screen)."""
        return self._gift

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        return self._listeners.subscribe(listener)

    def _changed(self) -> None:
        self._revision += 1
        self._listeners.tell()

    # --- intents -------------------------------------------------------------------------------

    def show(self, identified: Identified) -> None:
        """The member is on show from now on (a previous one is forgotten)."""
        self._member, self._gift = identified, None
        self._changed()

    def rebought(self, view: CustomerView) -> None:
        """The member read again (fewer points after buying, a claimed sale's points)."""
        if self._member is not None and self._member.view is not None \
                and self._member.view.customer_id == view.customer_id:
            self._member = replace(self._member, view=view)
            self._changed()

    def show_gift(self, gift: m.GiftCardBalance | None) -> None:
        self._gift = gift
        self._changed()

    def end(self) -> None:
        """The shopper walked away or finished: nothing of the visit stays."""
        if self._member is not None or self._gift is not None:
            self._member, self._gift = None, None
            self._changed()

    def is_member_card(self, code: str) -> bool:
        """The card of the member on show (scanning it again changes nothing)."""
        view = self.view
        return view is not None and any(c.card_number == code for c in
                                         [*view.cards, *([view.card] if view.card else [])])

    # --- identification ------------------------------------------------------------------------

    async def by_card(self, card_number: str) -> Identified:
        result = await self.customers.check_card(card_number)
        refusal = {CardCheck.UNKNOWN: Refusal.CARD_UNKNOWN, CardCheck.FREE: Refusal.CARD_FREE,
                   CardCheck.BLOCKED: Refusal.CARD_BLOCKED, CardCheck.EXPIRED: Refusal.CARD_BLOCKED,
                   CardCheck.NOT_YET_VALID: Refusal.CARD_BLOCKED}.get(result.check)
        if refusal is Refusal.CARD_UNKNOWN:
            gift = await self.customers.gift_card(card_number)
            if gift is not None:
                return Identified(None, Refusal.GIFT_CARD, "card", gift)
        if refusal is not None or result.customer is None:
            return Identified(None, refusal or Refusal.CARD_UNKNOWN, "card")
        return Identified(result.customer, None, "card")

    async def by_qr(self, text: str) -> Identified:
        """The mobile app's one-time token: CareCloud says whose it is, once."""
        customer_id = await self.customers.by_auth_token(text, self.till.external_app_id)
        if customer_id is None:
            return Identified(None, Refusal.QR_INVALID, "qr")
        return Identified(await self.customers.load(customer_id), None, "qr")

    async def gift_card(self, code: str) -> m.GiftCardBalance | None:
        return await self.customers.gift_card(code)

    async def send_code(self, typed_phone: str) -> PhoneChallenge | None:
        """Exactly one account with this phone: a code goes to the phone on file (the
        account's own number, never the typed text). None: no such single account."""
        contact = parse_contact(typed_phone)  # the one rule: "+420…", "00420…", "420…"
        if contact is None or contact.kind != "phone":
            return None
        digits = contact.value
        found = await self.client.customers_by_phone(digits)  # at most two are read
        matches = [c for c in found if phone_digits(c.personal_information.phone or "") == digits]
        if len(matches) != 1 or not matches[0].customer_id:
            return None
        on_file = phone_digits(matches[0].personal_information.phone or "")
        sent = await self.client.send_otp(self.till.external_app_id, on_file, channel=SMS,
                                          otp_type=2)
        return PhoneChallenge(matches[0].customer_id, sent.request_id)

    async def check_code(self, challenge: PhoneChallenge, code: str) -> Identified:
        try:
            valid = await self.client.verify_otp(self.till.external_app_id,
                                                 challenge.request_id, code.strip())
        except BadRequest:  # used or expired: ask for a new code the same way
            valid = False
        if not valid:
            return Identified(None, Refusal.CODE_WRONG, "phone")
        return Identified(await self.customers.load(challenge.customer_id), None, "phone")

    # --- claiming a receipt's points -----------------------------------------------------------

    async def claim(self, store_id: str, bill_id: str) -> CustomerView:
        """A receipt of a sale made without the card: its points go to the member on show
        (`assign-customer`; a repeated scan never credits twice)."""
        view = self.view
        if view is None or not view.customer_id:
            raise NoCustomer("Scan your card first.")
        await self.client.assign_purchase_customer(store_id, bill_id,
                                                   customer_id=view.customer_id)
        return await self.customers.reload(view)


def claim_refused(exc: BaseException) -> bool:
    """A claim CareCloud refused: the sale is someone's already, or was cancelled."""
    return isinstance(exc, BadRequest | NotFound)
