"""The project's reference data as the till needs it (stores, currencies, types, card
prefixes), where the till stands, and what a card or a voucher says about its use now."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from kiosk_app import validity
from kiosk_app.api import models as m
from kiosk_app.domain.checkout import CustomerView
from kiosk_app.domain.codes import CardRule
from kiosk_app.domain.refusal import SetupError

# Currency of a store by its country, when the project does not say otherwise.
COUNTRY_CURRENCY = {"CZ": "CZK", "SK": "EUR", "DE": "EUR", "AT": "EUR", "PL": "PLN", "HU": "HUF"}


@dataclass(frozen=True)
class Place:
    """Where this till stands: store, cash desk and the store's currency."""

    store: m.Store
    cashdesk_number: int
    currency: m.Currency


@dataclass(frozen=True)
class ReferenceData:
    """The small lists a till needs from sign-in on; products are looked up on demand."""

    stores: list[m.Store] = field(default_factory=list)
    currencies: list[m.Currency] = field(default_factory=list)
    languages: list[m.Language] = field(default_factory=list)
    purchase_types: list[m.PurchaseType] = field(default_factory=list)
    item_types: list[m.PurchaseItemType] = field(default_factory=list)
    card_types: list[m.CardType] = field(default_factory=list)

    def check(self) -> None:
        """A till cannot sell without these; say which is missing instead of failing later."""
        for name, items in (("stores", self.stores), ("currencies", self.currencies),
                            ("purchase types", self.purchase_types),
                            ("purchase item types", self.item_types)):
            if not items:
                raise SetupError(f"The CareCloud project has no {name}. Ask support to set "
                                 "them up.")

    def currency_for(self, store: m.Store) -> m.Currency:
        if not self.currencies:
            raise SetupError("The CareCloud project has no currencies.")
        country = (store.store_address.country_code if store.store_address else None) or ""
        code = COUNTRY_CURRENCY.get(country.upper())
        return next((c for c in self.currencies if c.code == code), self.currencies[0])

    def item_type(self, text_id: str) -> str:
        if not self.item_types:
            raise SetupError("The CareCloud project has no purchase item types.")
        found = next((t for t in self.item_types if t.text_id == text_id), None)
        return (found or self.item_types[0]).type_id

    @property
    def purchase_type_id(self) -> str:
        if not self.purchase_types:
            raise SetupError("The CareCloud project has no purchase types.")
        found = next((t for t in self.purchase_types if t.text_id == "store"), None)
        return (found or self.purchase_types[0]).type_id

    @property
    def card_rule(self) -> CardRule:
        """Which scanned digits are this project's loyalty cards."""
        return CardRule.of(t.prefix for t in self.card_types)


class CardCheck(enum.Enum):
    ACTIVE = "active"
    BLOCKED = "blocked"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    FREE = "free"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class CardResult:
    check: CardCheck
    card: m.Card | None = None
    customer: CustomerView | None = None


class VoucherProblem(enum.Enum):
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    USED = "used"
    OTHER_CUSTOMER = "other_customer"
    NO_CUSTOMER = "no_customer"
    GIFT_CARD = "gift_card"  # pays like money; not a discount on the bill: its balance shows


@dataclass(frozen=True)
class VoucherCheck:
    code: str
    voucher: m.Voucher | None
    problem: VoucherProblem | None
    gift: m.GiftCardBalance | None = None

    @property
    def usable(self) -> bool:
        return self.problem is None


def voucher_problem(voucher: m.Voucher, customer_id: str | None, now: datetime
                    ) -> VoucherProblem | None:
    """Why this customer cannot use the voucher now (None: they can)."""
    if voucher.applied_date:
        return VoucherProblem.USED
    if validity.ended(voucher.valid_to, now):
        return VoucherProblem.EXPIRED
    if validity.not_yet(voucher.valid_from, now):
        return VoucherProblem.NOT_YET_VALID
    if customer_id is None:
        return VoucherProblem.NO_CUSTOMER
    if voucher.customer_id != customer_id:
        return VoucherProblem.OTHER_CUSTOMER
    return None
