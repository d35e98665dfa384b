"""Typed models of the API payloads the screens use.

Decoding is strict on what the app needs (a missing or mistyped field raises
`ProtocolError` naming the field) and ignores unknown fields, as the vendor asks.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any, TypeVar

import msgspec

from kiosk_app.api.errors import ProtocolError

T = TypeVar("T")

DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"


class Model(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Base: keyword-only fields; fields left at their default are not sent."""


def decode(data: Any, type_: type[T], *, what: str = "response") -> T:
    """Convert decoded JSON into `type_`, turning any mismatch into a clear ProtocolError."""
    try:
        return msgspec.convert(data, type=type_, strict=True)
    except msgspec.ValidationError as exc:
        raise ProtocolError(f"Unexpected {what}: {exc}") from exc


def encode(model: Any) -> Any:
    """Turn a model (or a list of them) into JSON-ready builtins, omitting unset fields."""
    return msgspec.to_builtins(model)


def parse_datetime(text: str | None) -> datetime | None:
    """Parse the API's `YYYY-MM-DD HH:MM:SS` (or ISO, or date-only) project-local time."""
    if not text:
        return None
    text = text.strip()
    for fmt in (DATETIME_FORMAT, "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ProtocolError(f"Unexpected date/time value: {text!r}")


def format_datetime(moment: datetime) -> str:
    return moment.strftime(DATETIME_FORMAT)


# --- reference data -------------------------------------------------------------------


class User(Model, kw_only=True):
    user_id: str | None = None
    login: str
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    store_id: str | None = None


class LoginResult(Model, kw_only=True):
    bearer_token: str
    valid_to: str
    user: User | None = None


class Address(Model, kw_only=True):
    city: str | None = None
    zip: str | None = None
    country_code: str | None = None
    address1: str | None = None


class Store(Model, kw_only=True):
    store_id: str
    store_code: str = ""
    name: str
    store_address: Address | None = None
    state: int | None = None


class Currency(Model, kw_only=True):
    currency_id: str
    name: str = ""
    code: str


class Language(Model, kw_only=True):
    language_id: str
    state: int | None = None


class PurchaseType(Model, kw_only=True):
    type_id: str
    name: str
    text_id: str | None = None


class PurchaseItemType(Model, kw_only=True):
    type_id: str
    name: str
    text_id: str | None = None


class CardType(Model, kw_only=True):
    card_type_id: str
    name: str
    prefix: str = ""
    text_id: str | None = None


# --- cards and customers ----------------------------------------------------------------


class CardStatus(enum.Enum):
    """Whether a scanned card can be used now, and if not, why."""

    ACTIVE = "active"
    BLOCKED = "blocked"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"


class Card(Model, kw_only=True):
    card_id: str | None = None
    customer_id: str | None = None
    card_type_id: str
    card_number: str
    secondary_card_number: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    store_id: str | None = None
    state: int

    @property
    def is_free(self) -> bool:
        """A card with no customer can be assigned to one."""
        return not self.customer_id

    def status(self, now: datetime) -> CardStatus:
        """The card is usable when `state == 1` and now lies within its validity (null = open)."""
        if self.state != 1:
            return CardStatus.BLOCKED
        start, end = parse_datetime(self.valid_from), parse_datetime(self.valid_to)
        if end is not None and len(self.valid_to or "") <= 10:
            end = end.replace(hour=23, minute=59, second=59)  # a date-only end covers that day
        if start is not None and now < start:
            return CardStatus.NOT_YET_VALID
        if end is not None and now > end:
            return CardStatus.EXPIRED
        return CardStatus.ACTIVE


class PersonalInformation(Model, kw_only=True):
    salutation: str | None = None
    first_name: str = ""
    last_name: str = ""
    birthdate: str | None = None
    email: str | None = None
    phone: str | None = None
    language_id: str = ""
    store_id: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def birth_date(self) -> date | None:
        moment = parse_datetime(self.birthdate)
        return moment.date() if moment else None


class Customer(Model, kw_only=True):
    customer_id: str
    personal_information: PersonalInformation
    state: int | None = None


class CustomerMatch(Model, kw_only=True):
    customer_id: str
    match: int | None = None


class CustomerSearchResult(Model, kw_only=True):
    strict: list[CustomerMatch] = []


class Point(Model, kw_only=True):
    point_id: str | None = None
    customer_id: str
    assigned_points: float = 0.0
    available_points: float = 0.0
    point_type_id: str = ""
    valid_to: str | None = None


class MoneyValue(Model, kw_only=True):
    currency_id: str | None = None
    value: float = 0.0


class PointsOverview(Model, kw_only=True):
    earned_points: float = 0.0
    redeemed_points: float = 0.0
    available_points: float = 0.0
    available_points_money_value: list[MoneyValue] = []


class VoucherReward(Model, kw_only=True):
    reward_id: str | None = None
    code: str = ""
    name: str = ""
    subtitle: str | None = None
    points_cost: float | None = None
    priority: int | None = None


class Voucher(Model, kw_only=True):
    voucher_id: str | None = None
    customer_id: str
    code: str = ""
    value: float | None = None
    applied_date: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    reward: VoucherReward | None = None
    state: int | None = None

    @property
    def name(self) -> str:
        return self.reward.name if self.reward else self.code


# --- products and purchases --------------------------------------------------------------


class PluId(Model, kw_only=True):
    list_code: str
    code: str


class Price(Model, kw_only=True):
    currency_id: str
    value: float


class PropertyRecord(Model, kw_only=True):
    property_id: str
    property_value: Any = None


class Product(Model, kw_only=True):
    product_id: str | None = None
    name: str = ""
    code: str = ""
    plu_ids: list[PluId] = []
    prices: list[Price] = []
    product_group_id: str | None = None
    additional_properties: list[PropertyRecord] = []

    def price_in(self, currency_id: str) -> float | None:
        return next((p.value for p in self.prices if p.currency_id == currency_id), None)

    def prop(self, property_id: str, default: Any = None) -> Any:
        return next((p.property_value for p in self.additional_properties
                     if p.property_id == property_id), default)

    @property
    def vat_rate(self) -> float:
        value = self.prop("vat_rate", 0.0)
        try:
            return float(value)
        except (TypeError, ValueError):
            return 0.0

    @property
    def loyalty_off(self) -> bool:
        return self.prop("loyalty_off") is True


class BillItem(Model, kw_only=True):
    plu_ids: list[PluId]
    plu_name: str
    vat_rate: float
    quantity: float
    paid_amount: float
    price: float
    bill_item_id: str
    loyalty_off: bool
    purchase_item_type_id: str
    category_plu_id: str | None = None


class Bill(Model, kw_only=True):
    """The bill sent for quotes (`recommended-best-rewards`, `accept-payment`)."""

    bill_id: str
    bill_number: str | None = None
    payment_time: str
    created_by: str | None = None
    currency_id: str
    total_price: float
    bill_items: list[BillItem]


class DiscountItem(Model, kw_only=True):
    discount_code: str | None = None
    discount_value: float | None = None
    discount_percent: float | None = None
    description: str | None = None
    bill_item_id: str


class PaymentVoucher(Model, kw_only=True):
    code: str | None = None
    name: str | None = None
    discount_value: float | None = None
    discount_percent: float | None = None
    bill_item_id: str | None = None


class PaymentRecap(Model, kw_only=True):
    credit_points: float | None = None
    amount_for_credit: float | None = None
    vouchers: list[PaymentVoucher] = []
    recommended_discounts: list[DiscountItem] = []


class FinalBill(Model, kw_only=True):
    """The closed bill sent with `send-purchase`; `bill_id` is the idempotency key."""

    bill_id: str
    bill_number: str | None = None
    payment_time: str
    created_by: str | None = None
    currency_id: str
    total_price: float
    bill_items: list[BillItem]
    purchase_type_id: str
    canceled: bool
    payment_type: str
    payment_recap: PaymentRecap | None = None
    fiscal: bool | None = None


class RecommendedReward(Model, kw_only=True):
    code: str = ""
    name: str = ""
    reward_priority: int | None = None
    max_count: int = 0
    description: str | None = None

    @property
    def applicable(self) -> bool:
        return self.max_count > 0


class CashierMessage(Model, kw_only=True):
    text: str = ""


class AcceptedPayment(Model, kw_only=True):
    recommended_discounts: list[DiscountItem] = []
    credit_points: float = 0.0
    price_of_credit_points: float = 0.0
    credit: float = 0.0
    vouchers: list[PaymentVoucher] = []
    credit_points_of_this_transaction: float = 0.0
    total_credit_points: float = 0.0
    total_credit: float = 0.0
    messages: list[CashierMessage] = []


class OtpSent(Model, kw_only=True):
    request_id: str


class OtpVerified(Model, kw_only=True):
    is_valid: bool


class PurchaseResult(Model, kw_only=True):
    purchase_id: str
