"""Enrolment of a new member, at the counter or at a self-service kiosk; Qt-free.

One `Enrolment` object is one person joining: their phone or e-mail is checked
(`check-registration-ability`) and proved with a one-time code, the consents of
`GET /agreements` are shown unticked and only the ticked ones are sent with the customer
(`consents`, never the deprecated `agreement` block), then a card: a scanned free card
(`validate-free-card`, then `assign-free-card` with its number) or a virtual one
(`assign-free-card` with the virtual card type and no number: the next card of the
project's pool). `finish()` loads the new member as the checkout shows customers.

A double tap or a lost answer never makes two accounts or takes two cards: every write
runs under one lock per flow, and after an answer that may have been lost (network,
timeout, 5xx, garbage) the flow first looks for what the write would have made (the
customer by the verified phone or e-mail and the typed name, the card on the customer)
and uses it; a write is sent again only when that look shows it did not happen. CareCloud
refuses a second account with the same phone or e-mail, which backs this up.
"""

from __future__ import annotations

import asyncio
import enum
import html
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk_app.api import ApiError, BadRequest, CareCloudClient
from kiosk_app.api import models as m
from kiosk_app.api.errors import ProtocolError, ServerError, TransportError
from kiosk_app.api.recovery import write_once
from kiosk_app.app.customers import Customers
from kiosk_app.app.till import Till
from kiosk_app.domain.checkout import CustomerView
from kiosk_app.domain.contact import Contact, parse_contact
from kiosk_app.domain.refusal import Refused

log = logging.getLogger(__name__)

# The consent a member cannot join without (its `text_id`): the programme's terms. A project
# whose terms consent has another text_id passes its own `required_consents`.
REQUIRED_CONSENTS = ("loyalty_terms",)
VIRTUAL_CARD_TYPE = "virtual"  # the `text_id` of the card type whose pool gives virtual cards
NAME_MAX = 100

_TAGS = re.compile(r"<[^>]*>")
# what may be lost on the way: the write may or may not have happened
_UNSURE = (TransportError, ServerError, ProtocolError)


class Refusal(enum.Enum):
    """Why a step did not go on; the screen says each in a sentence with what to do."""

    NAME_MISSING = "name_missing"
    NAME_MARKUP = "name_markup"  # < or > in a name: names are text, never markup
    CONTACT_INVALID = "contact_invalid"  # neither an e-mail nor a phone with its country code
    ALREADY_REGISTERED = "already_registered"  # scan your card or sign in instead
    CODE_WRONG = "code_wrong"
    CODE_EXPIRED = "code_expired"  # used, expired or unknown: send a new code
    NOT_VERIFIED = "not_verified"  # the phone or e-mail is not confirmed with a code yet
    CONSENT_MISSING = "consent_missing"  # a required consent is not ticked
    CARD_UNKNOWN = "card_unknown"
    CARD_NOT_FREE = "card_not_free"  # someone's, blocked, not valid now, or of another kind
    HAS_CARD = "has_card"  # the member already has a card of this kind
    NO_VIRTUAL_CARD = "no_virtual_card"  # no virtual card type, or its pool is empty


class EnrolmentRefused(Refused):
    """A step refused for a reason the person can act on (see `Refusal`)."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.value)
        self.refusal = refusal


@dataclass(frozen=True)
class Consent:
    """One consent as the screen shows it: name, plain text, and whether joining needs it."""

    consent_id: str
    name: str
    text: str
    required: bool
    text_id: str = ""


def clean_name(typed: str) -> str:
    """A name as typed, trimmed, inner spaces single; empty when it holds no letter or a
    control character (nothing to send)."""
    name = " ".join(typed.split())
    if len(name) > NAME_MAX or not any(ch.isalpha() for ch in name) or any(
            unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in name):
        return ""
    return unicodedata.normalize("NFC", name)


def checked_names(first_name: str, last_name: str) -> tuple[str, str]:
    """The names as they will be sent, or the refusal to say: both are needed, and a name
    is text — `<` and `>` are refused, whatever a screen would make of them."""
    if any(ch in "<>" for ch in first_name + last_name):
        raise EnrolmentRefused(Refusal.NAME_MARKUP)
    first, last = clean_name(first_name), clean_name(last_name)
    if not first or not last:
        raise EnrolmentRefused(Refusal.NAME_MISSING)
    return first, last


def plain_text(text: str) -> str:
    """A consent's text without its HTML, for a label and a screen reader. Entities are
    decoded first and tags taken out after, so an escaped tag never comes back as one."""
    text = html.unescape(text)
    while True:
        stripped = _TAGS.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    return " ".join(text.replace("<", "‹").replace(">", "›").split())


def _same_name(info: m.PersonalInformation, first: str, last: str) -> bool:
    return (info.first_name.strip().casefold(), info.last_name.strip().casefold()) == (
        first.casefold(), last.casefold())


class Enrolment:
    """One person joining, step by step: `consents()`, `send_code(contact)`, `verify(code)`,
    `join(first, last, ticked)`, `add_card(number or None)`, `finish()`.

    `customer_source_id` names where accounts are made (`GET /customer-sources`; the
    sandbox has `src-kiosk` and `src-counter`). `required_consents` and
    `virtual_card_type` are `text_id`s of the project's consent and card type.
    """

    def __init__(self, client: CareCloudClient, till: Till, customers: Customers, *,
                 customer_source_id: str, required_consents: Iterable[str] = REQUIRED_CONSENTS,
                 virtual_card_type: str = VIRTUAL_CARD_TYPE) -> None:
        self.client = client
        self.till = till
        self.customers = customers
        self.customer_source_id = customer_source_id
        self.required_consents = frozenset(required_consents)
        self.virtual_card_type = virtual_card_type
        self.contact: Contact | None = None  # where the last code went
        self.request_id: str | None = None
        self.verified: Contact | None = None  # proved by a code
        self.customer_id: str | None = None
        self.card: m.Card | None = None
        self.shown: list[Consent] = []
        self.posts = 0  # POST /customers sent by this flow (for tests and logs)
        self._lock = asyncio.Lock()
        self._customer_unsure = False  # a POST /customers whose answer was lost
        self._card_unsure = False  # an assign-free-card whose answer was lost

    # --- consents ---------------------------------------------------------------------------

    async def consents(self) -> list[Consent]:
        """The consents to show, in the UI language, none ticked; required ones flagged.
        Asked again after a language switch."""
        agreements = await self.client.agreements()
        self.shown = [Consent(a.agreement_id, a.name or a.text_id or a.agreement_id,
                              plain_text(a.text), (a.text_id or "") in self.required_consents,
                              a.text_id or "") for a in agreements]
        return self.shown

    # --- the phone or e-mail, proved with a code --------------------------------------------

    async def send_code(self, typed: str) -> Contact:
        """Check that no account has this phone or e-mail, then send it a code (again: a new
        code; the earlier one no longer counts here)."""
        if self.customer_id is not None:
            raise RuntimeError("The customer exists already; the contact cannot change.")
        contact = parse_contact(typed)
        if contact is None:
            raise EnrolmentRefused(Refusal.CONTACT_INVALID)
        try:
            free = await self.client.registration_ability(contact.kind, contact.value)
        except BadRequest as exc:
            if exc.has_reason("invalid_value_format", "value"):
                raise EnrolmentRefused(Refusal.CONTACT_INVALID) from exc
            raise
        if not free:
            raise EnrolmentRefused(Refusal.ALREADY_REGISTERED)
        self.verified, self.request_id = None, None
        try:
            sent = await self.client.send_otp(self.till.external_app_id, contact.value,
                                              channel=contact.channel, otp_type=2)
            self.request_id = sent.request_id
        except BadRequest as exc:
            if exc.has_reason("invalid_value_format", "recipient"):
                raise EnrolmentRefused(Refusal.CONTACT_INVALID) from exc
            raise
        self.contact = contact
        return contact

    async def verify(self, code: str) -> Contact:
        """The code the person received: the phone or e-mail is theirs."""
        if self.request_id is None or self.contact is None:
            raise EnrolmentRefused(Refusal.NOT_VERIFIED)
        try:
            valid = await self.client.verify_otp(self.till.external_app_id, self.request_id,
                                                 code.strip())
        except BadRequest as exc:  # used, expired, or a request the server forgot
            raise EnrolmentRefused(Refusal.CODE_EXPIRED) from exc
        if not valid:
            raise EnrolmentRefused(Refusal.CODE_WRONG)
        self.verified = self.contact
        self.request_id = None  # a code works once
        return self.verified

    # --- the account ------------------------------------------------------------------------

    async def join(self, first_name: str, last_name: str, ticked: Iterable[str]) -> str:
        """Make the account with the verified phone or e-mail and exactly the ticked consents
        (ids of `consents()`); the customer's id. Called twice (a double tap, a retry after
        a lost answer), it makes one account."""
        first, last = checked_names(first_name, last_name)
        contact = self.verified
        if contact is None:
            raise EnrolmentRefused(Refusal.NOT_VERIFIED)
        given = list(dict.fromkeys(ticked))
        if not self.shown:
            await self.consents()
        known = {c.consent_id for c in self.shown}
        given = [c for c in given if c in known]
        if any(c.required and c.consent_id not in given for c in self.shown):
            raise EnrolmentRefused(Refusal.CONSENT_MISSING)
        async with self._lock:  # a second tap waits for the first, then finds its account
            if self.customer_id is None:
                self.customer_id = await self._create(contact, first, last, given)
        return self.customer_id

    async def _create(self, contact: Contact, first: str, last: str, consents: list[str]) -> str:
        if self._customer_unsure:  # the last try's answer was lost: did it make the account?
            found = await self._find_customer(contact, first, last)
            if found is not None:
                return found
        place = self.till.place
        self._customer_unsure = True
        self.posts += 1

        def unsure(exc: ApiError) -> bool:
            # a lost answer; or "exists" after an earlier try of ours that may have made it
            return isinstance(exc, _UNSURE) or (
                isinstance(exc, BadRequest) and exc.has_reason("already_exists")
                and self.posts > 1)

        try:
            customer_id = await write_once(
                lambda: self.client.create_customer(
                    first_name=first, last_name=last, language_id=self._language(),
                    customer_source_id=self.customer_source_id, consents=consents,
                    store_id=place.store.store_id if place else None,
                    **{contact.kind: contact.value}),
                lambda _failure: self._find_customer(contact, first, last),
                unsure=unsure, what="create-customer", look_up_errors=_UNSURE)
        except BadRequest as exc:
            self._customer_unsure = False  # refused: nothing was made by this try
            if exc.has_reason("already_exists"):
                raise EnrolmentRefused(Refusal.ALREADY_REGISTERED) from exc
            raise
        self._customer_unsure = False
        return customer_id

    def _language(self) -> str:
        """The UI language the person joined in, if the project has it (else its first)."""
        known = [lang.language_id for lang in self.till.reference.languages]
        language = self.client.language
        return language if not known or language in known else known[0]

    async def _find_customer(self, contact: Contact, first: str, last: str) -> str | None:
        """The account a lost POST made: the verified phone or e-mail and the same name."""
        found = await self.client.find_customers(**{contact.kind: contact.value})
        mine = next((c for c in found if _same_name(c.personal_information, first, last)), None)
        if mine is not None:
            self._customer_unsure = False
            log.info("the account from the lost answer is there: %s", mine.customer_id)
            return mine.customer_id
        return None

    # --- the card ---------------------------------------------------------------------------

    async def add_card(self, card_number: str | None = None) -> m.Card:
        """The scanned free card (checked with `validate-free-card` first), or with None a
        virtual card from the project's pool; once per flow, whatever the taps."""
        if self.customer_id is None:
            raise RuntimeError("Join first: the card needs the customer.")
        async with self._lock:
            if self.card is None:
                self.card = await self._assign(self.customer_id, (card_number or "").strip())
        return self.card

    async def _assign(self, customer_id: str, number: str) -> m.Card:
        if number:
            card_type_id = await self._free_card_type(customer_id, number)
            if isinstance(card_type_id, m.Card):  # already this member's (a repeat)
                return card_type_id
        else:
            card_type_id = await self._virtual_type()
        if self._card_unsure:
            mine = await self._find_card(customer_id, card_type_id, number)
            if mine is not None:
                return mine
        self._card_unsure = True

        async def assign() -> m.Card:
            card_id = await self.client.assign_free_card(card_type_id, customer_id,
                                                         number or None)
            return await self.client.get_card(card_id)

        try:
            card = await write_once(
                assign, lambda _failure: self._find_card(customer_id, card_type_id, number),
                # refused (our own earlier try may have got through) or a lost answer
                unsure=lambda exc: isinstance(exc, (BadRequest, *_UNSURE)),
                what="assign-free-card", look_up_errors=_UNSURE)
        except BadRequest as exc:
            self._card_unsure = False
            raise EnrolmentRefused(self._card_refusal(exc, number)) from exc
        self._card_unsure = False
        return card

    async def _free_card_type(self, customer_id: str, number: str) -> str | m.Card:
        """The type of a free card, checked first with `validate-free-card`; refused with
        why when it is not free (the card of this member itself is returned as it is)."""
        free = await self.client.validate_free_card(number)
        card = await self.client.find_card(number)
        if card is None:
            raise EnrolmentRefused(Refusal.CARD_UNKNOWN)
        if card.customer_id == customer_id:
            return card
        if not free:
            raise EnrolmentRefused(Refusal.CARD_NOT_FREE)
        return card.card_type_id

    async def _virtual_type(self) -> str:
        types = self.till.reference.card_types or await self.client.get_card_types()
        found = next((t for t in types if t.text_id == self.virtual_card_type), None)
        if found is None:
            raise EnrolmentRefused(Refusal.NO_VIRTUAL_CARD)
        return found.card_type_id

    async def _find_card(self, customer_id: str, card_type_id: str, number: str) -> m.Card | None:
        cards = await self.client.get_customer_cards(customer_id)
        mine = next((c for c in cards if (c.card_number == number if number
                                          else c.card_type_id == card_type_id)), None)
        if mine is not None:
            self._card_unsure = False
        return mine

    @staticmethod
    def _card_refusal(exc: BadRequest, number: str) -> Refusal:
        if exc.has_reason("relation_already_exists"):
            return Refusal.HAS_CARD
        if exc.has_reason("not_found", "card_number"):
            return Refusal.CARD_UNKNOWN
        if not number:
            return Refusal.NO_VIRTUAL_CARD
        return Refusal.CARD_NOT_FREE

    # --- done -------------------------------------------------------------------------------

    async def finish(self) -> CustomerView:
        """The new member as the checkout shows customers (points, vouchers, status, card)."""
        if self.customer_id is None:
            raise RuntimeError("Join first.")
        return await self.customers.load(self.customer_id, self.card)
