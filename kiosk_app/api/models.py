"""Typed models of the API payloads the app uses, checked for sense as they are decoded.

Decoding is strict on what the app needs (a missing or mistyped field raises
`ProtocolError` naming the field) and ignores unknown fields, as the vendor asks.
Amounts are exact decimals; an id is never blank; money is never negative (except the
discount lines of a closed bill) nor out of bounds. A check that fails here means the
server's answer is refused before any screen or the outbox sees it.
"""

from __future__ import annotations

import enum
import re
import secrets
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import msgspec

from kiosk_app import validity
from kiosk_app.api.errors import ProtocolError
from kiosk_app.money import is_sane

T = TypeVar("T")

DATETIME_FORMAT = validity.FORMAT
_TOKEN = re.compile(r"^[\x21-\x7e]{1,4096}$")  # visible ASCII: it goes into a header
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?|24:00(:00)?")  # HH:MM[:SS]


class Model(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Base: keyword-only fields; fields left at their default are not sent."""


def decode(data: Any, type_: type[T], *, what: str = "response") -> T:
    """Convert decoded JSON into `type_`, turning any mismatch into a clear ProtocolError."""
    try:
        return msgspec.convert(data, type=type_, strict=True)
    except msgspec.ValidationError as exc:
        raise ProtocolError(f"Unexpected {what}: {exc}") from exc


def encode(model: Any) -> Any:
    """Turn a model (or a list of them) into JSON-ready builtins, omitting unset fields.

    Decimals stay Decimals; the client writes them as JSON numbers.
    """
    return msgspec.to_builtins(model, builtin_types=(Decimal,))


_JSON = msgspec.json.Encoder(decimal_format="number")


def to_json(model: Any) -> bytes:
    """A model (or builtins holding Decimals) as JSON bytes, decimals as numbers."""
    return _JSON.encode(model)


def from_json(data: bytes | str, type_: type[T], *, what: str = "stored record") -> T:
    try:
        return msgspec.json.decode(data, type=type_, strict=True)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise ProtocolError(f"Unexpected {what}: {exc}") from exc


def parse_datetime(text: str | None) -> datetime | None:
    """Parse the API's `YYYY-MM-DD HH:MM:SS` (or ISO, or date-only) project-local time."""
    try:
        return validity.moment(text)
    except ValueError:
        raise ProtocolError(f"Unexpected date/time value: {text.strip()[:40]!r}") from None


def format_datetime(moment: datetime) -> str:
    return moment.strftime(DATETIME_FORMAT)


# --- sense checks, run as each struct is decoded (ValueError → ValidationError) ------------


def usable_id(value: str) -> bool:
    """Not blank, no control, format or surrogate characters, no replacement character."""
    return bool(value.strip()) and len(value) <= 200 and "\ufffd" not in value and not any(
        unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in value)


def _ids(**values: str | None) -> None:
    for name, value in values.items():
        if value is not None and not usable_id(value):
            raise ValueError(f"{name} is not a usable id: {value[:40]!r}")


def _optional_ids(**values: str | None) -> None:
    """Ids a server may leave empty ("" is taken as none); anything else must be usable."""
    _ids(**{name: value for name, value in values.items() if value})


def _amounts(*, negative: bool = False, **values: Decimal | None) -> None:
    for name, value in values.items():
        if value is None:
            continue
        if not isinstance(value, Decimal | int) or isinstance(value, bool):
            raise TypeError(f"{name} must be an exact Decimal, not {type(value).__name__}")
        if not is_sane(Decimal(value), allow_negative=negative):
            raise ValueError(f"{name} is not a sane amount: {value}")


def _dates(**values: str | None) -> None:
    for name, value in values.items():
        try:
            parse_datetime(value)
        except ProtocolError:
            raise ValueError(f"{name} is not a date/time: {value[:40]!r}") from None


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
    valid_to: str | None = None  # optional in the spec: without it the token lives until a 401
    user: User | None = None

    def __post_init__(self) -> None:
        if not _TOKEN.match(self.bearer_token):
            raise ValueError("bearer_token is empty or not printable ASCII")


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

    def __post_init__(self) -> None:
        _ids(store_id=self.store_id)


class Currency(Model, kw_only=True):
    currency_id: str
    name: str = ""
    code: str

    def __post_init__(self) -> None:
        _ids(currency_id=self.currency_id)
        if not re.fullmatch(r"[A-Z]{3}", self.code):
            raise ValueError(f"currency code is not ISO 4217: {self.code[:10]!r}")


class Language(Model, kw_only=True):
    language_id: str
    state: int | None = None


class PurchaseType(Model, kw_only=True):
    type_id: str
    name: str
    text_id: str | None = None

    def __post_init__(self) -> None:
        _ids(type_id=self.type_id)


class PurchaseItemType(Model, kw_only=True):
    type_id: str
    name: str
    text_id: str | None = None

    def __post_init__(self) -> None:
        _ids(type_id=self.type_id)


class CardType(Model, kw_only=True):
    card_type_id: str
    name: str
    prefix: str = ""
    text_id: str | None = None

    def __post_init__(self) -> None:
        _ids(card_type_id=self.card_type_id)


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

    def __post_init__(self) -> None:
        _ids(card_id=self.card_id, card_type_id=self.card_type_id, card_number=self.card_number)
        if self.customer_id:
            _ids(customer_id=self.customer_id)
        _dates(valid_from=self.valid_from, valid_to=self.valid_to)

    @property
    def is_free(self) -> bool:
        """A card with no customer can be assigned to one."""
        return not self.customer_id

    def status(self, now: datetime) -> CardStatus:
        """The card is usable when `state == 1` and now lies within its validity (null = open)."""
        if self.state != 1:
            return CardStatus.BLOCKED
        if validity.not_yet(self.valid_from, now):
            return CardStatus.NOT_YET_VALID
        if validity.ended(self.valid_to, now):  # a date-only end covers that day
            return CardStatus.EXPIRED
        return CardStatus.ACTIVE


class ConsentRecord(Model, kw_only=True):
    """One consent on a customer (`consents`): 0 withdrawn, 1 given, 2 not set."""

    consent_id: str
    consent_value: int
    last_change: str | None = None

    def __post_init__(self) -> None:
        _ids(consent_id=self.consent_id)
        if self.consent_value not in (0, 1, 2):
            raise ValueError(f"consent_value must be 0, 1 or 2, not {self.consent_value}")


class PersonalInformation(Model, kw_only=True):
    salutation: str | None = None
    first_name: str = ""
    last_name: str = ""
    birthdate: str | None = None
    email: str | None = None
    phone: str | None = None
    language_id: str = ""
    store_id: str | None = None
    consents: list[ConsentRecord] = []

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def birth_date(self) -> date | None:
        try:
            moment = parse_datetime(self.birthdate)
        except ProtocolError:
            return None
        return moment.date() if moment else None


class Customer(Model, kw_only=True):
    customer_id: str
    personal_information: PersonalInformation
    state: int | None = None

    def __post_init__(self) -> None:
        _ids(customer_id=self.customer_id)


class CustomerMatch(Model, kw_only=True):
    customer_id: str
    match: int | None = None

    def __post_init__(self) -> None:
        _ids(customer_id=self.customer_id)


class CustomerSearchResult(Model, kw_only=True):
    strict: list[CustomerMatch] = []


class Point(Model, kw_only=True):
    point_id: str | None = None
    customer_id: str
    assigned_points: Decimal = Decimal(0)
    available_points: Decimal = Decimal(0)
    point_type_id: str = ""
    valid_to: str | None = None

    def __post_init__(self) -> None:
        _amounts(available_points=self.available_points)


class MoneyValue(Model, kw_only=True):
    currency_id: str | None = None
    value: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        _amounts(value=self.value)


class PointsOverview(Model, kw_only=True):
    earned_points: Decimal = Decimal(0)
    redeemed_points: Decimal = Decimal(0)
    available_points: Decimal = Decimal(0)
    available_points_money_value: list[MoneyValue] = []

    def __post_init__(self) -> None:
        _amounts(earned_points=self.earned_points, redeemed_points=self.redeemed_points,
                 available_points=self.available_points)


class VoucherReward(Model, kw_only=True):
    reward_id: str | None = None
    code: str = ""
    name: str = ""
    subtitle: str | None = None
    points_cost: Decimal | None = None
    priority: int | None = None

    def __post_init__(self) -> None:
        _amounts(points_cost=self.points_cost)


class Voucher(Model, kw_only=True):
    voucher_id: str | None = None
    customer_id: str
    code: str = ""
    value: Decimal | None = None
    applied_date: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    reward: VoucherReward | None = None
    state: int | None = None

    def __post_init__(self) -> None:
        _ids(customer_id=self.customer_id, voucher_id=self.voucher_id)
        _amounts(value=self.value)
        _dates(valid_from=self.valid_from, valid_to=self.valid_to, applied_date=self.applied_date)

    @property
    def name(self) -> str:
        return self.reward.name if self.reward and self.reward.name else self.code


class Reward(Model, kw_only=True):
    """A catalogue reward (`GET /rewards`): what it gives and what it costs in points.

    `reward_group` 1 is a catalogue reward (points for a voucher), 0 one applied at the till;
    `valid_time_from`/`valid_time_to` are the hours of the day it can be used (`HH:MM:SS`).
    """

    reward_id: str | None = None
    code: str
    name: str
    note: str | None = None
    subtitle: str | None = None
    points_cost: Decimal | None = None
    priority: int | None = None
    is_automated: bool | None = None
    reward_group: int | None = None
    valid_time_from: str | None = None
    valid_time_to: str | None = None
    image_urls: list[str] = []
    state: int | None = None

    def __post_init__(self) -> None:
        _ids(reward_id=self.reward_id)
        _amounts(points_cost=self.points_cost)
        for name, value in (("valid_time_from", self.valid_time_from),
                            ("valid_time_to", self.valid_time_to)):
            if value is not None and not _TIME.fullmatch(value):
                raise ValueError(f"{name} is not a time of day: {value[:20]!r}")


# --- enrolment ------------------------------------------------------------------------------


class Agreement(Model, kw_only=True):
    """A consent a new member is asked for (`GET /agreements`), named and worded in the
    Accept-Language language; `text` may hold HTML."""

    agreement_id: str
    name: str = ""
    text: str = ""
    withdrawal_text: str = ""
    text_id: str | None = None
    communication_channel_id: str | None = None
    last_change: str | None = None

    def __post_init__(self) -> None:
        _ids(agreement_id=self.agreement_id)
        _optional_ids(communication_channel_id=self.communication_channel_id)


class RegistrationAbility(Model, kw_only=True):
    """`check-registration-ability`: false when the e-mail or phone already has an account."""

    registration_ability: bool


class CustomerCreated(Model, kw_only=True):
    customer_id: str

    def __post_init__(self) -> None:
        _ids(customer_id=self.customer_id)


class FreeCardValidity(Model, kw_only=True):
    """`validate-free-card`: exists, not blocked, nobody's."""

    is_free_to_use: bool


class CardAssigned(Model, kw_only=True):
    card_id: str

    def __post_init__(self) -> None:
        _ids(card_id=self.card_id)


# --- customer identification and status (tier) ---------------------------------------------


AUTH_QR_PREFIX = "CCAUTH"
_AUTH_QR = re.compile(r"CCAUTH:([0-9a-f]{16,128}):([A-Za-z0-9]{4,16})")


def parse_auth_qr(text: str) -> tuple[str, str] | None:
    """(token_request_id, token) from the text of a customer's one-time QR code, else None.

    `CCAUTH:<token_request_id>:<token>` is the demo format the sandbox mints (`POST
    /sandbox/auth-tokens`); a project's own mobile app may encode the pair differently.
    """
    match = _AUTH_QR.fullmatch(text.strip()) if isinstance(text, str) else None
    return (match.group(1), match.group(2).upper()) if match else None


class AuthTokenVerified(Model, kw_only=True):
    """`verify-auth-token`: the customer the one-time token belongs to."""

    customer_id: str

    def __post_init__(self) -> None:
        _ids(customer_id=self.customer_id)


class Turnover(Model, kw_only=True):
    """Money to spend in one currency (to qualify, or still missing), by `due_date` if given."""

    currency_id: str
    value: Decimal
    due_date: str | None = None

    def __post_init__(self) -> None:
        _ids(currency_id=self.currency_id)
        _amounts(value=self.value)
        _dates(due_date=self.due_date)


class Status(Model, kw_only=True):
    """A status (tier) of the loyalty programme (`GET /statuses`), named in the UI language."""

    status_id: str | None = None
    name: str
    description: str = ""
    text_id: str | None = None
    qualification_period: int | None = None  # months
    qualification_points: Decimal | None = None
    qualification_turnover: list[Turnover] = []
    previous_status: str | None = None
    next_status: str | None = None
    validity_period: str = ""
    collection_points: bool | None = None
    payment_points: bool | None = None
    qualification_type: int | None = None
    discount: int | None = None

    def __post_init__(self) -> None:
        _ids(status_id=self.status_id)
        _optional_ids(previous_status=self.previous_status, next_status=self.next_status)
        _amounts(qualification_points=self.qualification_points)
        if self.discount is not None and not 0 <= self.discount <= 100:
            raise ValueError(f"discount out of range: {self.discount}")
        if self.qualification_period is not None and not 0 <= self.qualification_period <= 1200:
            raise ValueError(f"qualification_period out of range: {self.qualification_period}")


class PurchaseConditions(Model, kw_only=True):
    """What the customer still lacks to keep their status and to reach the next (never < 0)."""

    keep_status_turnover: list[Turnover] = []
    next_status_turnover: list[Turnover] = []
    keep_status_points: Decimal | None = None
    next_status_points: Decimal | None = None
    next_status_id: str | None = None

    def __post_init__(self) -> None:
        _amounts(keep_status_points=self.keep_status_points,
                 next_status_points=self.next_status_points)
        _optional_ids(next_status_id=self.next_status_id)


class StatusRecord(Model, kw_only=True):
    """One period a customer held a status (`GET /customers/{id}/status-records`)."""

    status_record_id: str | None = None
    status_id: str
    customer_id: str
    valid_from: str | None = None
    valid_to: str | None = None
    purchase_conditions: PurchaseConditions | None = None
    state: int | None = None

    def __post_init__(self) -> None:
        _ids(status_record_id=self.status_record_id, status_id=self.status_id,
             customer_id=self.customer_id)
        _dates(valid_from=self.valid_from, valid_to=self.valid_to)

    def valid_at(self, now: datetime) -> bool:
        """Active (state 1 or unsaid) and `now` within its validity (a missing bound is open)."""
        return self.state in (None, 1) and validity.valid_at(now, self.valid_from, self.valid_to)


# --- member services: point history, expiring and held points, vouchers, gift cards --------


VOUCHER_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
VOUCHER_CODE_LENGTH = 12  # 60 bits: the spec sets no length, CareCloud's example has 10
_VOUCHER_CODE = re.compile(r"[A-Z0-9]{6,50}")


def new_voucher_code() -> str:
    """A voucher code for one tap on "buy": made once per tap and sent with every try of
    `create_reward_voucher`, so one tap never makes two vouchers, even when an answer is lost."""
    return "".join(secrets.choice(VOUCHER_CODE_ALPHABET) for _ in range(VOUCHER_CODE_LENGTH))


def voucher_code_ok(code: str) -> bool:
    """A code the client sends for a new voucher: 6 to 50 capitals and digits."""
    return isinstance(code, str) and bool(_VOUCHER_CODE.fullmatch(code))


class VoucherCreated(Model, kw_only=True):
    """`create-voucher`: the new voucher's id."""

    voucher_id: str

    def __post_init__(self) -> None:
        _ids(voucher_id=self.voucher_id)


class PointMovement(Model, kw_only=True):
    """One line of `GET /point-history`: points added (positive) or taken (negative), with
    the operation's type named in the UI language."""

    customer_id: str
    point_amount: Decimal
    point_operation_type: str = ""
    point_operation_note: str = ""
    point_type_id: str | None = None
    partner_id: str | None = None
    store_id: str | None = None
    point_history_record_time: str | None = None
    extended_data: str | None = None  # JSON text; its fields depend on the operation

    def __post_init__(self) -> None:
        _ids(customer_id=self.customer_id)
        _optional_ids(point_type_id=self.point_type_id, partner_id=self.partner_id,
                      store_id=self.store_id)
        _amounts(negative=True, point_amount=self.point_amount)  # a spend is a negative move
        _dates(point_history_record_time=self.point_history_record_time)

    @property
    def at(self) -> datetime | None:
        return parse_datetime(self.point_history_record_time)


class PointsExpiration(Model, kw_only=True):
    """`points-expiration-overview`: the points that lapse next and on which day (none when
    nothing will), and those lapsing by the end of the current month."""

    next_amount: Decimal = Decimal(0)
    next_date: str | None = None  # YYYY-MM-DD
    current_month_amount: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        _amounts(next_amount=self.next_amount, current_month_amount=self.current_month_amount)
        _dates(next_date=self.next_date)

    @property
    def next_day(self) -> date | None:
        moment = parse_datetime(self.next_date)
        return moment.date() if moment else None


class GiftCardBalance(Model, kw_only=True):
    """A gift card's balance (`gift-card-balance`) and, from the voucher itself, its validity
    (the balance answer names neither validity nor currency: amounts are in the currency the
    project's gift cards are sold in)."""

    voucher_id: str | None = None
    current_balance: Decimal
    original_balance: Decimal | None = None
    code: str = ""
    valid_from: str | None = None
    valid_to: str | None = None
    applied_date: str | None = None

    def __post_init__(self) -> None:
        _ids(voucher_id=self.voucher_id)
        _amounts(current_balance=self.current_balance, original_balance=self.original_balance)
        if self.original_balance is not None and self.current_balance > self.original_balance:
            raise ValueError("current_balance exceeds original_balance")
        _dates(valid_from=self.valid_from, valid_to=self.valid_to, applied_date=self.applied_date)

    def usable(self, now: datetime) -> bool:
        """Value left, not used up, and `now` within its validity (a missing bound is open)."""
        return (self.current_balance > 0 and not self.applied_date
                and validity.valid_at(now, self.valid_from, self.valid_to))


class PointReservation(Model, kw_only=True):
    """Points held (`GET /point-reservations`): state 1 active, 2 expired, 0 freed or used."""

    points_reservation_id: str | None = None
    customer_id: str
    external_id: str
    quantity: Decimal
    state: int | None = None
    expiration: str | None = None

    def __post_init__(self) -> None:
        _ids(points_reservation_id=self.points_reservation_id, customer_id=self.customer_id,
             external_id=self.external_id)
        _amounts(quantity=self.quantity)
        if self.state not in (None, 0, 1, 2):
            raise ValueError(f"state must be 0, 1 or 2, not {self.state}")
        _dates(expiration=self.expiration)


class Purchase(Model, kw_only=True):
    """A recorded purchase (`GET /purchases`), as far as the app reads one."""

    purchase_id: str | None = None
    customer_id: str = ""  # "" for a purchase without a customer
    store_id: str
    external_purchase_id: str
    payment_time: str | None = None
    total_price: Decimal
    currency_id: str
    card_number: str | None = None

    def __post_init__(self) -> None:
        _ids(purchase_id=self.purchase_id, store_id=self.store_id,
             external_purchase_id=self.external_purchase_id, currency_id=self.currency_id)
        _optional_ids(customer_id=self.customer_id, card_number=self.card_number)
        _amounts(negative=True, total_price=self.total_price)  # a return's total is negative
        _dates(payment_time=self.payment_time)


# --- products and purchases --------------------------------------------------------------


class PluId(Model, kw_only=True):
    list_code: str
    code: str


class Price(Model, kw_only=True):
    currency_id: str
    value: Decimal

    def __post_init__(self) -> None:
        _amounts(value=self.value)


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

    def price_in(self, currency_id: str) -> Decimal | None:
        return next((p.value for p in self.prices if p.currency_id == currency_id), None)

    def prop(self, property_id: str, default: Any = None) -> Any:
        return next((p.property_value for p in self.additional_properties
                     if p.property_id == property_id), default)

    @property
    def vat_rate(self) -> Decimal:
        value = self.prop("vat_rate", 0)
        try:
            rate = Decimal(str(value))
        except ArithmeticError:
            return Decimal(0)
        return rate if rate.is_finite() and 0 <= rate <= 100 else Decimal(0)

    @property
    def loyalty_off(self) -> bool:
        return self.prop("loyalty_off") is True


class BillItem(Model, kw_only=True):
    plu_ids: list[PluId]
    plu_name: str
    vat_rate: Decimal
    quantity: Decimal
    paid_amount: Decimal
    price: Decimal
    bill_item_id: str
    loyalty_off: bool
    purchase_item_type_id: str
    category_plu_id: str | None = None

    def __post_init__(self) -> None:
        # discount lines and returned items carry negative amounts
        _amounts(negative=True, paid_amount=self.paid_amount, price=self.price,
                 quantity=self.quantity)
        _amounts(vat_rate=self.vat_rate)


class Bill(Model, kw_only=True):
    """The bill sent for quotes (`recommended-best-rewards`, `accept-payment`)."""

    bill_id: str
    bill_number: str | None = None
    payment_time: str
    created_by: str | None = None
    currency_id: str
    total_price: Decimal
    bill_items: list[BillItem]

    def __post_init__(self) -> None:
        _ids(bill_id=self.bill_id, currency_id=self.currency_id)
        _amounts(total_price=self.total_price)


class DiscountItem(Model, kw_only=True):
    discount_code: str | None = None
    discount_value: Decimal | None = None
    discount_percent: Decimal | None = None
    description: str | None = None
    bill_item_id: str

    def __post_init__(self) -> None:
        _amounts(discount_value=self.discount_value, discount_percent=self.discount_percent)
        if self.discount_percent is not None and self.discount_percent > 100:
            raise ValueError(f"discount_percent above 100: {self.discount_percent}")


class PaymentVoucher(Model, kw_only=True):
    code: str | None = None
    name: str | None = None
    discount_value: Decimal | None = None
    discount_percent: Decimal | None = None
    bill_item_id: str | None = None

    def __post_init__(self) -> None:
        _amounts(discount_value=self.discount_value, discount_percent=self.discount_percent)
        if self.discount_percent is not None and self.discount_percent > 100:
            raise ValueError(f"discount_percent above 100: {self.discount_percent}")


class PaymentRecap(Model, kw_only=True):
    credit_points: Decimal | None = None
    amount_for_credit: Decimal | None = None
    vouchers: list[PaymentVoucher] = []
    recommended_discounts: list[DiscountItem] = []

    def __post_init__(self) -> None:
        _amounts(credit_points=self.credit_points, amount_for_credit=self.amount_for_credit)


class FinalBill(Bill, kw_only=True):
    """The closed bill sent with `send-purchase`; `bill_id` is the idempotency key."""

    purchase_type_id: str
    canceled: bool
    payment_type: str
    payment_recap: PaymentRecap | None = None
    fiscal: bool | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        _ids(purchase_type_id=self.purchase_type_id)
        if self.payment_type not in ("S", "A", "C", "D"):
            raise ValueError(f"payment_type must be S, A, C or D, not {self.payment_type!r}")


class PurchaseRequest(Model, kw_only=True):
    """The whole `send-purchase` request: where (till), who (buyer) and the closed bill.

    Built in one place (the checkout service), stored as it is in the outbox and sent by
    one client method; a cancellation is derived from it, never edited by hand.
    """

    store_id: str
    cashdesk_number: int
    card_number: str | None = None
    customer_id: str | None = None
    bill: FinalBill

    def __post_init__(self) -> None:
        _ids(store_id=self.store_id, card_number=self.card_number, customer_id=self.customer_id)
        if self.cashdesk_number < 1:
            raise ValueError("cashdesk_number must be 1 or more")

    def cancellation(self, *, bill_id: str, payment_time: str, created_by: str | None
                     ) -> PurchaseRequest:
        """The vendor's refund: the same items, `canceled`, a new `bill_id`, and `bill_number`
        naming the original; the recap is left out (CareCloud gives the benefits back). The
        till keeps a delivered sale's card masked: a masked number is left out (CareCloud
        finds the purchase, and its customer, by `bill_number`)."""
        bill = msgspec.structs.replace(
            self.bill, canceled=True, bill_number=self.bill.bill_id, bill_id=bill_id,
            payment_time=payment_time, payment_recap=None,
            created_by=created_by or self.bill.created_by)
        card = self.card_number if self.card_number and "*" not in self.card_number else None
        return msgspec.structs.replace(self, bill=bill, card_number=card)


class RecommendedReward(Model, kw_only=True):
    code: str = ""
    name: str = ""
    reward_priority: int | None = None
    max_count: int = 0
    description: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.max_count <= 1000:
            raise ValueError(f"max_count out of range: {self.max_count}")

    @property
    def applicable(self) -> bool:
        return self.max_count > 0


class CashierMessage(Model, kw_only=True):
    text: str = ""


class AcceptedPayment(Model, kw_only=True):
    recommended_discounts: list[DiscountItem] = []
    credit_points: Decimal = Decimal(0)
    price_of_credit_points: Decimal = Decimal(0)
    credit: Decimal = Decimal(0)
    vouchers: list[PaymentVoucher] = []
    credit_points_of_this_transaction: Decimal = Decimal(0)
    total_credit_points: Decimal = Decimal(0)
    total_credit: Decimal = Decimal(0)
    messages: list[CashierMessage] = []

    def __post_init__(self) -> None:
        _amounts(credit_points=self.credit_points,
                 price_of_credit_points=self.price_of_credit_points, credit=self.credit,
                 credit_points_of_this_transaction=self.credit_points_of_this_transaction,
                 total_credit_points=self.total_credit_points, total_credit=self.total_credit)


class OtpSent(Model, kw_only=True):
    request_id: str

    def __post_init__(self) -> None:
        _ids(request_id=self.request_id)


class OtpVerified(Model, kw_only=True):
    is_valid: bool


class PurchaseResult(Model, kw_only=True):
    purchase_id: str | None = None  # optional in the spec; blank or garbage is refused

    def __post_init__(self) -> None:
        _ids(purchase_id=self.purchase_id)
