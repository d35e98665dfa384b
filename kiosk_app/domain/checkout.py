"""One customer's visit at the till: the single owner of the checkout's state.

Screens read it and call its intent methods; nothing else changes it. Every intent bumps
`revision` and tells the subscribers. A quote is accepted only for the revision it was
asked for, in one place (`accept_quote`), so an answer computed for another state of the
checkout (another customer, another bill) is never shown and never sent.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal

from kiosk_app.api import models as m
from kiosk_app.domain.bill import BillDraft, BillLine
from kiosk_app.domain.changes import Listeners
from kiosk_app.domain.quote import Discount, Quote
from kiosk_app.domain.refusal import BillRefused, SessionClosed
from kiosk_app.money import ZERO, to_decimal

PAYMENT_TYPES = ("A", "S", "C", "D")


@dataclass(frozen=True)
class MemberStatus:
    """The customer's status (tier) valid now and what the next one still takes."""

    name: str = ""
    next_name: str = ""
    points_to_next: int = 0


@dataclass
class CustomerView:
    """What the customer panel shows; loaded with at most two sequential round trips."""

    customer: m.Customer | None
    card: m.Card | None = None
    cards: list[m.Card] = field(default_factory=list)
    points: m.PointsOverview | None = None
    vouchers: list[m.Voucher] = field(default_factory=list)
    checked: bool = True  # False: a card number taken while CareCloud was out of reach
    vouchers_total: int | None = None  # all the customer has (the list holds the pages read)
    cards_total: int | None = None
    status: MemberStatus | None = None  # None: not read (or the project has none)

    @property
    def more_vouchers(self) -> int:
        return max(0, (self.vouchers_total or 0) - len(self.vouchers))

    @property
    def more_cards(self) -> int:
        return max(0, (self.cards_total or 0) - len(self.cards))

    @property
    def customer_id(self) -> str | None:
        return self.customer.customer_id if self.customer else None

    @property
    def name(self) -> str:
        return self.customer.personal_information.full_name if self.customer else ""

    @property
    def available_points(self) -> Decimal:
        return self.points.available_points if self.points else ZERO


@dataclass(frozen=True)
class Payment:
    """How the customer pays: payment type, points and credit offered."""

    payment_type: str = "A"
    max_points: Decimal = ZERO
    max_credit: Decimal = ZERO


@dataclass(frozen=True)
class Receipt:
    """What the done screen shows, from the quote that was confirmed; `purchase_id` and
    the re-read balance arrive (as a new Receipt) once the outbox delivered the sale."""

    bill_id: str
    currency_code: str
    lines: list[BillLine]
    subtotal: Decimal
    discounts: list[Discount]
    discount_total: Decimal
    points_spent: Decimal
    points_value: Decimal
    credit_used: Decimal
    paid: Decimal
    points_earned: Decimal | None
    expected_balance: Decimal | None
    offline: bool
    customer_name: str = ""
    card_number: str | None = None
    payment_time: str = ""
    purchase_id: str | None = None
    delivered: bool = False
    new_balance: Decimal | None = None

    @property
    def balance(self) -> Decimal | None:
        return self.new_balance if self.new_balance is not None else self.expected_balance


@dataclass(frozen=True)
class RewardInfo:
    """A reward as the rewards screen shows it: what it gives and what it costs."""

    code: str
    name: str
    effect: str
    points_cost: Decimal
    max_count: int
    priority: int = 9


class CheckoutSession:
    """Everything a cashier has entered for the current customer."""

    def __init__(self, currency_id: str = "") -> None:
        self._revision = 0
        self._listeners: Listeners[[]] = Listeners()
        self._quote: Quote | None = None
        self._reset(currency_id)

    def _reset(self, currency_id: str) -> None:
        self._bill = BillDraft(currency_id=currency_id)
        self._customer: CustomerView | None = None
        self._card_number: str | None = None
        self._free_card: m.Card | None = None
        self._validated_phone: str | None = None
        self._rewards: Counter[str] = Counter()
        self._reward_info: dict[str, RewardInfo] = {}
        self._vouchers: list[str] = []
        self._payment = Payment()
        self._quote = None
        self._bill_id = uuid.uuid4().hex
        self._receipt: Receipt | None = None
        self._closing = False  # its sale is being saved: nothing may change it meanwhile

    # --- subscribers ------------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Called after every intent; returns a function that unsubscribes."""
        return self._listeners.subscribe(listener)

    def _changed(self) -> None:
        self._revision += 1
        self._quote = None  # it belonged to the previous revision
        self._listeners.tell()

    def _open(self) -> None:
        if self._receipt is not None or self._closing:
            raise SessionClosed("This sale is confirmed. Start a new customer.")

    # --- what screens read ---------------------------------------------------------------------------

    @property
    def revision(self) -> int:
        return self._revision

    @property
    def bill(self) -> BillDraft:
        return self._bill

    @property
    def bill_id(self) -> str:
        return self._bill_id

    @property
    def customer(self) -> CustomerView | None:
        return self._customer

    @property
    def card_number(self) -> str | None:
        return self._card_number

    @property
    def free_card(self) -> m.Card | None:
        return self._free_card

    @property
    def phone_validated(self) -> bool:
        return self._validated_phone is not None

    @property
    def validated_phone(self) -> str | None:
        return self._validated_phone

    @property
    def rewards(self) -> Mapping[str, int]:
        return dict(self._rewards)

    def reward_info(self, code: str) -> RewardInfo | None:
        return self._reward_info.get(code)

    @property
    def voucher_codes(self) -> tuple[str, ...]:
        return tuple(self._vouchers)

    @property
    def payment(self) -> Payment:
        return self._payment

    @property
    def payment_type(self) -> str:
        return self._payment.payment_type

    @property
    def receipt(self) -> Receipt | None:
        return self._receipt

    @property
    def quote(self) -> Quote | None:
        """The quote of the checkout as it is now, or None: never one of another revision."""
        quote = self._quote
        return quote if quote is not None and quote.revision == self._revision else None

    @property
    def benefit_codes(self) -> list[str]:
        codes = [code for code, count in self._rewards.items() for _ in range(count)]
        return codes + [c for c in self._vouchers if c not in self._rewards]

    @property
    def reward_points(self) -> Decimal:
        """Points the chosen rewards cost, as the catalogue states them."""
        return sum((info.points_cost * self._rewards[code]
                    for code, info in self._reward_info.items() if code in self._rewards), ZERO)

    @property
    def who(self) -> dict[str, str]:
        if self._card_number:
            return {"card_number": self._card_number}
        if self._customer and self._customer.customer_id:
            return {"customer_id": self._customer.customer_id}
        return {}

    def quote_bill(self, now: datetime) -> m.Bill:
        """The bill as quotes see it (no discounts applied yet), timed now."""
        return m.Bill(
            bill_id=self._bill_id,
            payment_time=m.format_datetime(now),
            currency_id=self._bill.currency_id,
            total_price=self._bill.total,
            bill_items=[_item(line) for line in self._bill.lines],
        )

    # --- intents ------------------------------------------------------------------------------------

    def start(self, currency_id: str) -> None:
        """New customer: forget everything and take a new bill id."""
        self._reset(currency_id)
        self._changed()

    def identify(self, view: CustomerView | None, card_number: str | None = None) -> None:
        """Who is buying (None: without a card). Benefits chosen for someone else go."""
        self._open()
        self._customer = view
        self._card_number = card_number or (view.card.card_number if view and view.card
                                            else None)
        self._free_card = None
        self._validated_phone = None
        self._rewards.clear()
        self._vouchers.clear()
        self._payment = replace(self._payment, max_points=ZERO, max_credit=ZERO)
        self._changed()

    def refresh_customer(self, view: CustomerView) -> None:
        """The same customer read again (balance, vouchers after a sale or cancellation)."""
        if self._customer is None or self._customer.customer_id != view.customer_id:
            return
        self._customer = view
        self._changed()

    def hold_free_card(self, card: m.Card | None) -> None:
        """A scanned card with no customer, waiting to be assigned to one found by lookup."""
        self._free_card = card
        self._changed()

    def validate_phone(self, phone: str) -> None:
        self._validated_phone = phone
        self._changed()

    def add_item(self, *, plu_code: str, name: str, unit_price: Decimal, vat_rate: Decimal,
                 item_type_id: str, quantity: Decimal = Decimal(1), loyalty_off: bool = False,
                 product_id: str | None = None) -> BillLine:
        self._open()
        line = self._bill._add(plu_code=plu_code, name=name, unit_price=unit_price,
                               vat_rate=vat_rate, item_type_id=item_type_id, quantity=quantity,
                               loyalty_off=loyalty_off, product_id=product_id)
        self._changed()
        return line

    def set_quantity(self, line_id: str, quantity: Decimal) -> None:
        self._open()
        self._bill._set_quantity(line_id, quantity)
        self._changed()

    def remove_item(self, line_id: str) -> None:
        self._open()
        self._bill._remove(line_id)
        self._changed()

    def rename_items(self, names: dict[str, str]) -> None:
        """Product names again in the UI language; prices and the quote stay."""
        self._bill._rename(names)
        self._changed()

    def choose_reward(self, code: str, count: int, info: RewardInfo | None = None) -> None:
        self._open()
        if count < 0:
            raise BillRefused("A reward is applied zero or more times.")
        if info is not None:
            self._reward_info[code] = info
            count = min(count, info.max_count)
        if count:
            self._rewards[code] = count
        else:
            self._rewards.pop(code, None)
        self._changed()

    def add_voucher(self, code: str) -> None:
        self._open()
        code = code.strip()
        if not code:
            raise BillRefused("Type or scan the voucher code.")
        if code in self._vouchers:
            raise BillRefused("This voucher is already on the bill.")
        self._vouchers.append(code)
        self._changed()

    def remove_voucher(self, code: str) -> None:
        self._open()
        if code in self._vouchers:
            self._vouchers.remove(code)
            self._changed()

    def set_payment(self, *, payment_type: str | None = None, max_points: Decimal | None = None,
                    max_credit: Decimal | None = None) -> None:
        self._open()
        payment = self._payment
        if payment_type is not None:
            if payment_type not in PAYMENT_TYPES:
                raise BillRefused(f"Unknown payment type {payment_type!r}.")
            payment = replace(payment, payment_type=payment_type)
        if max_points is not None:
            payment = replace(payment, max_points=_not_negative(max_points))
        if max_credit is not None:
            payment = replace(payment, max_credit=_not_negative(max_credit))
        if payment != self._payment:
            self._payment = payment
            self._changed()

    def accept_quote(self, quote: Quote) -> bool:
        """The one place a quote is taken: only if it was asked for the checkout as it is now."""
        if quote.revision != self._revision or self._receipt is not None:
            return False
        self._quote = quote
        self._listeners.tell()
        return True

    def begin_close(self) -> None:
        """The sale is being saved: the checkout is frozen until `close` (or `abort_close`
        if saving failed)."""
        self._open()
        self._closing = True

    def abort_close(self) -> None:
        self._closing = False

    def close(self, receipt: Receipt) -> None:
        """The sale is confirmed (committed to the outbox); nothing changes it any more."""
        if self._receipt is not None:
            raise SessionClosed("This sale is confirmed. Start a new customer.")
        self._closing = False
        self._receipt = receipt
        self._changed()

    def update_receipt(self, receipt: Receipt) -> None:
        """Delivery news for the confirmed sale (purchase id, the balance read again)."""
        if self._receipt is not None and self._receipt.bill_id == receipt.bill_id:
            self._receipt = receipt
            self._changed()


def _not_negative(value: Decimal) -> Decimal:
    value = to_decimal(value)
    if value < 0:
        raise BillRefused("Must not be negative.")
    return value


def _item(line: BillLine) -> m.BillItem:
    return m.BillItem(
        plu_ids=[m.PluId(list_code="PLU", code=line.plu_code or f"MANUAL-{line.line_id}")],
        plu_name=line.name, vat_rate=line.vat_rate, quantity=line.quantity,
        paid_amount=line.total, price=line.unit_price, bill_item_id=line.line_id,
        loyalty_off=line.loyalty_off, purchase_item_type_id=line.item_type_id)
