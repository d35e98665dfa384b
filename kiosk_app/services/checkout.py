"""What the screens ask of CareCloud, in checkout terms; Qt-free so it can be tested without a UI.

The service asks and computes; the `CheckoutSession` owns the state. Results reach the
session only through its intents (the screens call them) or, for quotes, through
`accept_quote`, which refuses an answer computed for another revision.
"""

from __future__ import annotations

import asyncio
import enum
import json
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from decimal import Decimal

import msgspec

from kiosk_app.api import ApiError, BadRequest, CareCloudClient, Credentials
from kiosk_app.api import models as m
from kiosk_app.money import ZERO
from kiosk_app.services.outbox import MANUAL, SENT, Entry, Outbox
from kiosk_app.services.quote import PointsHeld, Quote, final_bill, make_quote
from kiosk_app.services.receipt import receipt_figures
from kiosk_app.services.scan import looks_like_card_number
from kiosk_app.services.session import (
    CheckoutSession,
    CustomerView,
    MemberStatus,
    Receipt,
    RewardInfo,
)

log = logging.getLogger(__name__)
HOLD_FOR = timedelta(minutes=15)  # a hold nobody freed (a till that crashed) lapses

PAGE = 20  # list entries read at a time (a customer's vouchers and cards)

# Currency of a store by its country, when the project does not say otherwise.
COUNTRY_CURRENCY = {"CZ": "CZK", "SK": "EUR", "DE": "EUR", "AT": "EUR", "PL": "PLN", "HU": "HUF"}


class SetupError(ValueError):
    """The CareCloud project lacks reference data the till needs; support must set it up."""


class CardCheck(enum.Enum):
    ACTIVE = "active"
    BLOCKED = "blocked"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    FREE = "free"
    UNKNOWN = "unknown"


@dataclass
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


CANCEL_REASONS = ("goods_returned", "wrong_amount", "changed_mind", "other")
NOTE_MAX = 200  # characters of a cancellation's note


@dataclass(frozen=True)
class CancelReason:
    """Why a sale is cancelled and whether the staff PIN was given: kept in the till's audit
    trail only, never sent to CareCloud (send-purchase has no field for it) nor logged (the
    note is left out of the repr, so an error message cannot carry it)."""

    code: str
    note: str = field(default="", repr=False)
    staff_pin: bool = False

    def __post_init__(self) -> None:
        if self.code not in CANCEL_REASONS:
            raise ValueError(f"A cancellation needs one of the reasons {CANCEL_REASONS}.")
        # one line of printable text: line breaks and control characters become spaces
        shown = "".join(ch if ch.isprintable() else " " for ch in self.note)
        object.__setattr__(self, "note", " ".join(shown.split()))
        if len(self.note) > NOTE_MAX:
            raise ValueError(f"A cancellation's note is at most {NOTE_MAX} characters.")


@dataclass
class Place:
    """Where this till stands: store, cash desk and the store's currency."""

    store: m.Store
    cashdesk_number: int
    currency: m.Currency


@dataclass
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

    def is_card_number(self, code: str) -> bool:
        """A scanned code is a loyalty card when it starts with a card type's prefix (or, in
        a project without prefixes, when it is long enough to be one)."""
        if not looks_like_card_number(code):
            return False
        prefixes = [t.prefix for t in self.card_types if t.prefix]
        return any(code.startswith(p) for p in prefixes) if prefixes else len(code) >= 10


class CheckoutService:
    """Holds the client and the reference data; every method is one screen action."""

    def __init__(self, client: CareCloudClient, *, external_app_id: str, outbox: Outbox,
                 on_queued: Callable[[], None] = lambda: None,
                 clock: Callable[[], datetime] = datetime.now,
                 quick_picks: Sequence[str] = (), reserve_points: bool = False) -> None:
        self.client = client
        # points offered for a sale are held while it is open (the project enables it), so
        # two tills cannot spend the same points: bill_id -> (hold's external id, amount)
        self.reserve_points = reserve_points
        self.holds: dict[str, tuple[str, Decimal, str]] = {}
        self._background: set[asyncio.Task[None]] = set()  # hold releases in flight
        self._hold_serial = 0
        self.outbox = outbox
        self.on_queued = on_queued
        self.external_app_id = external_app_id
        self.clock = clock
        self.reference = ReferenceData()
        self.place: Place | None = None
        self.user: m.User | None = None
        self.quick_pick_codes = tuple(quick_picks)

    # --- sign-in ------------------------------------------------------------------------------

    async def sign_in(self, login: str, password: str) -> ReferenceData:
        """Log in with the cashier's own user, then load reference data concurrently."""
        self.user = await self.client.login(Credentials(login, password, self.external_app_id))
        await self.load_reference()
        return self.reference

    async def load_reference(self) -> None:
        """The small reference lists, concurrently: one round trip after the login. Products
        are never listed whole (a catalogue may hold hundreds of thousands)."""
        c = self.client
        (stores, currencies, languages, ptypes, itypes, ctypes) = await asyncio.gather(
            c.get_stores(), c.get_currencies(), c.get_languages(), c.get_purchase_types(),
            c.get_purchase_item_types(), c.get_card_types())
        reference = ReferenceData(stores, currencies, languages, ptypes, itypes, ctypes)
        reference.check()
        self.reference = reference

    def choose_place(self, store_id: str, cashdesk_number: int) -> Place:
        store = next((s for s in self.reference.stores if s.store_id == store_id), None)
        if store is None:  # a store_id in the settings that this project does not have
            raise SetupError(f"Store {store_id!r} is not in this CareCloud project.")
        self.place = Place(store, cashdesk_number, self.reference.currency_for(store))
        return self.place

    async def refresh_texts(self, session: CheckoutSession | None = None) -> None:
        """After a language switch: the product names on the bill and the customer's voucher
        names come again in the new language (rewards, quick picks and cashier messages are
        asked for anew by the screen that shows them). The checkout is kept."""
        if session is None:
            return
        codes = sorted({line.plu_code for line in session.bill.lines if line.plu_code})
        found = await asyncio.gather(*(self.product(code) for code in codes))
        by_code = {code: product for code, product in zip(codes, found, strict=True) if product}
        names = {line.line_id: by_code[line.plu_code].name for line in session.bill.lines
                 if line.plu_code in by_code and by_code[line.plu_code].name != line.name}
        if names:
            session.rename_items(names)
        view = session.customer
        if view is not None and view.customer_id:
            vouchers, total = await self.client.customer_vouchers_page(
                view.customer_id, count=max(PAGE, len(view.vouchers)))
            session.refresh_customer(replace(view, vouchers=vouchers, vouchers_total=total))

    async def sign_out(self) -> None:
        """The cashier leaves: the till forgets who and where (the next one chooses again)."""
        self.user = None
        self.place = None
        await self.client.logout()

    # --- customers ----------------------------------------------------------------------------

    async def check_card(self, card_number: str) -> CardResult:
        """Scan → customer in two sequential round trips: the card, then its customer's data."""
        card = await self.client.find_card(card_number)
        if card is None:
            return CardResult(CardCheck.UNKNOWN)
        status = card.status(self.clock())
        if status is not m.CardStatus.ACTIVE:
            return CardResult(CardCheck(status.value), card)
        if card.is_free or card.customer_id is None:
            return CardResult(CardCheck.FREE, card)
        return CardResult(CardCheck.ACTIVE, card, await self.load_customer(card.customer_id, card))

    async def load_customer(self, customer_id: str, card: m.Card | None = None) -> CustomerView:
        """The customer, their points and the first page of their vouchers: three calls at
        once, one round trip. Their other cards follow (`with_cards`) once they are shown;
        when no card was scanned, the cards come now, to pick the one to sell with."""
        c = self.client
        calls = [c.get_customer(customer_id), c.get_points_overview(customer_id),
                 c.customer_vouchers_page(customer_id, count=PAGE), self.status(customer_id)]
        if card is None:
            calls.append(c.customer_cards_page(customer_id, count=PAGE))
        customer, points, (vouchers, vouchers_total), status, *rest = await asyncio.gather(
            *calls)
        view = CustomerView(customer, card, [card] if card else [], points, vouchers,
                            vouchers_total=vouchers_total, status=status)
        if rest:
            cards, cards_total = rest[0]
            now = self.clock()
            card = next((k for k in cards if k.status(now) is m.CardStatus.ACTIVE), None)
            view = replace(view, card=card, cards=cards, cards_total=cards_total)
        return view

    async def status(self, customer_id: str) -> MemberStatus | None:
        """The status (tier) valid now, in the UI language, and the points still missing to
        the next one (`purchase_conditions`). None when it cannot be read: a till sells
        without it (a least-privilege user may lack the right)."""
        try:
            records, statuses = await asyncio.gather(
                self.client.status_records(customer_id, valid_now=True),
                self.client.statuses())
        except ApiError as exc:
            log.info("status not read: %s", type(exc).__name__)
            return None
        names = {s.status_id: s.name for s in statuses}
        record = next((r for r in records if r.status_id in names), None)
        if record is None:
            return MemberStatus()
        conditions = record.purchase_conditions
        next_id = conditions.next_status_id if conditions else None
        missing = conditions.next_status_points if conditions else None
        return MemberStatus(names[record.status_id], names.get(next_id or "", ""),
                            int(missing) if missing and next_id in names else 0)

    async def with_cards(self, view: CustomerView) -> CustomerView:
        """The customer's cards (the first page), for the panel."""
        if not view.customer_id:
            return view
        cards, total = await self.client.customer_cards_page(view.customer_id, count=PAGE)
        return replace(view, cards=cards, cards_total=total)

    async def more_of_customer(self, view: CustomerView) -> CustomerView:
        """The next page of the customer's vouchers and cards, when there are more."""
        if not view.customer_id:
            return view
        vouchers, cards = list(view.vouchers), list(view.cards)
        if view.more_vouchers:
            page, _ = await self.client.customer_vouchers_page(
                view.customer_id, offset=len(vouchers), count=PAGE)
            vouchers += [v for v in page if v not in vouchers]
        if view.more_cards:
            page, _ = await self.client.customer_cards_page(
                view.customer_id, offset=len(cards), count=PAGE)
            cards += [k for k in page if k not in cards]
        return replace(view, vouchers=vouchers, cards=cards)

    async def reload_customer(self, view: CustomerView) -> CustomerView:
        """The same customer read again (after a sale, a cancellation, a new voucher)."""
        if not view.customer_id:
            return view
        fresh = await self.load_customer(view.customer_id, view.card)
        return replace(fresh, cards=view.cards, cards_total=view.cards_total)

    async def find_customers(self, *, email: str = "", phone: str = "", first_name: str = "",
                             last_name: str = "", birthdate: str = "") -> list[m.Customer]:
        filters = {k: v.strip() for k, v in {
            "email": email, "phone": "".join(ch for ch in phone if "0" <= ch <= "9"),
            "first_name": first_name, "last_name": last_name, "birthdate": birthdate,
        }.items() if v and v.strip()}
        if not filters:
            raise ValueError("Fill in at least one field.")
        return await self.client.find_customers(**filters)

    async def assign_card(self, card: m.Card, customer_id: str) -> CustomerView:
        """Give a free card to a customer (`PUT /cards/{id}`), then load them."""
        assigned = msgspec.structs.replace(card, customer_id=customer_id)
        await self.client.update_card(assigned)
        return await self.load_customer(customer_id, assigned)

    # --- one-time passwords ---------------------------------------------------------------------

    async def send_otp(self, recipient: str, *, email: bool = False) -> str:
        sent = await self.client.send_otp(self.external_app_id, recipient,
                                          channel=1 if email else 2, otp_type=2)
        return sent.request_id

    async def verify_otp(self, request_id: str, code: str) -> bool:
        return await self.client.verify_otp(self.external_app_id, request_id, code)

    # --- bill, rewards, vouchers ------------------------------------------------------------------

    def _where(self) -> dict[str, object]:
        if self.place is None:
            raise RuntimeError("Choose the store and cash desk first.")
        return {"store_id": self.place.store.store_id,
                "cashdesk_number": self.place.cashdesk_number}

    async def product(self, code: str) -> m.Product | None:
        """A product by PLU code: one round trip, then the client's bounded cache."""
        return await self.client.find_product(code)

    async def search_products(self, text: str) -> list[m.Product]:
        """Products whose name starts with what the cashier typed, priced in this store."""
        found = await self.client.search_products(text.strip())
        return [p for p in found if self.price_of(p) is not None]

    async def quick_picks(self) -> list[m.Product]:
        """The till's configured frequent items, looked up concurrently (one round trip)."""
        found = await asyncio.gather(*(self.product(code) for code in self.quick_pick_codes))
        return [p for p in found if p is not None and self.price_of(p) is not None]

    def price_of(self, product: m.Product) -> Decimal | None:
        return product.price_in(self.place.currency.currency_id) if self.place else None

    async def rewards(self, session: CheckoutSession, *, full: bool = False) -> list[RewardInfo]:
        """The rewards this bill can take, each with what it gives and its point cost."""
        recommended, catalogue = await asyncio.gather(
            self.client.recommended_best_rewards(
                **self._where(), bill=session.quote_bill(self.clock()),
                list_type="F" if full else "C", **session.who),
            self._catalogue())
        vouchers = {v.code: v for v in (session.customer.vouchers if session.customer else [])}
        infos = []
        for rec in recommended:
            entry = catalogue.get(rec.code)
            voucher = vouchers.get(rec.code)
            effect = (rec.description or (entry.subtitle or entry.note if entry else None)
                      or (voucher.reward.subtitle if voucher and voucher.reward else None) or "")
            cost = (entry.points_cost or ZERO) if entry and not voucher else ZERO
            infos.append(RewardInfo(rec.code, rec.name or rec.code, effect, cost, rec.max_count,
                                    rec.reward_priority or 9))
        return sorted(infos, key=lambda r: (r.priority, -r.max_count, r.name))

    async def _catalogue(self) -> dict[str, m.Reward]:
        """The project's rewards by code, in the current language (cached by Cache-Control)."""
        rewards = await self.client.get_rewards()
        return {r.code: r for r in rewards}

    async def check_voucher(self, session: CheckoutSession, code: str) -> VoucherCheck:
        """A typed or scanned voucher code, checked at once: can this customer use it now?
        A gift card is told apart in the same round trip and shows its balance."""
        found, gift = await asyncio.gather(self.client.find_vouchers(code),
                                           self.gift_card(code))
        if gift is not None:
            return VoucherCheck(code, found[0] if found else None, VoucherProblem.GIFT_CARD,
                                gift)
        if not found:
            return VoucherCheck(code, None, VoucherProblem.UNKNOWN)
        voucher = found[0]
        now = self.clock()
        customer_id = session.customer.customer_id if session.customer else None
        problem = None
        if voucher.applied_date:
            problem = VoucherProblem.USED
        elif voucher.valid_to and _end(voucher.valid_to) < now:
            problem = VoucherProblem.EXPIRED
        elif voucher.valid_from and (m.parse_datetime(voucher.valid_from) or now) > now:
            problem = VoucherProblem.NOT_YET_VALID
        elif customer_id is None:
            problem = VoucherProblem.NO_CUSTOMER
        elif voucher.customer_id != customer_id:
            problem = VoucherProblem.OTHER_CUSTOMER
        return VoucherCheck(code, voucher, problem)

    async def gift_card(self, code: str) -> m.GiftCardBalance | None:
        """A gift card's balance; None when the code is not a gift card."""
        from kiosk_app.api.errors import BadRequest, NotFound

        try:
            return await self.client.gift_card_balance(code)
        except (BadRequest, NotFound, ValueError):
            return None

    # --- closure ------------------------------------------------------------------------------------

    async def quote(self, session: CheckoutSession) -> Quote:
        """accept-payment for the checkout as it is now; commits nothing.

        The quote carries the revision it was asked for; the session takes it only if
        nothing changed meanwhile. Figures that do not add up raise `QuoteRefused`.
        """
        revision, payment = session.revision, session.payment
        bill = session.quote_bill(self.clock())
        codes = tuple(session.benefit_codes)
        reward_points = session.reward_points
        before = session.customer.available_points if session.customer else None
        answer = await self.client.accept_payment(
            **self._where(), bill=bill, payment_type=payment.payment_type, benefit_codes=codes,
            max_points=payment.max_points or None, max_credit=payment.max_credit or None,
            **session.who)
        quote = make_quote(revision=revision, bill=bill, payment_type=payment.payment_type,
                           benefit_codes=codes, max_points=payment.max_points,
                           max_credit=payment.max_credit, answer=answer,
                           reward_points=reward_points, points_before=before)
        await self._hold(session, quote)
        session.accept_quote(quote)
        return quote

    async def _hold(self, session: CheckoutSession, quote: Quote) -> None:
        """Hold exactly the points this quote spends (again when that changes); a hold
        another till already has makes the quote fail with a sentence for the cashier."""
        if not self.reserve_points:
            return
        bill_id = session.bill_id
        customer_id = session.customer.customer_id if session.customer else None
        amount = quote.points_spent if customer_id else ZERO
        held = self.holds.get(bill_id)
        if held is not None and held[1:] == (amount, customer_id):
            return
        await self.release_hold(bill_id)
        if amount <= 0 or customer_id is None:
            return
        self._hold_serial += 1  # a freed hold's external id cannot be used again
        external_id = f"{bill_id}.{self._hold_serial}"
        try:
            await self.client.reserve_points(customer_id, external_id, amount,
                                             self.clock() + HOLD_FOR)
        except ApiError as exc:
            if isinstance(exc, BadRequest) and exc.has_reason("not_enough_points"):
                raise PointsHeld("points held elsewhere") from None
            raise
        self.holds[bill_id] = (external_id, amount, customer_id)

    def release_hold_soon(self, bill_id: str, *,
                          then: Callable[[], None] = lambda: None) -> None:
        """Free a bill's hold in the background, owned here (a screen that closes or a
        New customer that cancels its operations never strands another till's points)."""
        if bill_id not in self.holds:
            then()
            return
        task = asyncio.ensure_future(self.release_hold(bill_id))
        self._background.add(task)
        task.add_done_callback(lambda done: (self._background.discard(done), then()))

    async def release_hold(self, bill_id: str) -> None:
        """Give the points of an abandoned (or about to be sent) sale back; a failure is
        logged: the hold lapses by itself (`HOLD_FOR`)."""
        held = self.holds.pop(bill_id, None)
        if held is None:
            return
        try:
            await self.client.free_points(held[0])
        except ApiError as exc:
            log.warning("points hold not freed (it lapses by itself): %s", type(exc).__name__)

    def offline_quote(self, session: CheckoutSession) -> Quote:
        """Sell without CareCloud: the bill as it is, no vouchers, no points or credit spent.
        The sale still names the customer's card, so points are earned when it arrives."""
        quote = make_quote(revision=session.revision, bill=session.quote_bill(self.clock()),
                           payment_type=session.payment_type, benefit_codes=(),
                           max_points=ZERO, max_credit=ZERO, answer=None)
        session.accept_quote(quote)
        return quote

    def purchase_request(self, session: CheckoutSession, quote: Quote) -> m.PurchaseRequest:
        """The send-purchase request of a confirmed quote: built here and nowhere else."""
        if self.place is None:
            raise RuntimeError("Choose the store and cash desk first.")
        bill = final_bill(
            quote, purchase_type_id=self.reference.purchase_type_id,
            discount_item_type_id=self.reference.item_type("discount"),
            created_by=self.user.login if self.user else "",
            payment_time=m.format_datetime(self.clock()))  # the moment of confirmation
        who = session.who
        return m.PurchaseRequest(store_id=self.place.store.store_id,
                                 cashdesk_number=self.place.cashdesk_number,
                                 card_number=who.get("card_number"),
                                 customer_id=who.get("customer_id"), bill=bill)

    async def confirm(self, session: CheckoutSession) -> Receipt:
        """Commit the closed bill to the outbox, then let the sender deliver it.

        The sale is safe once this returns: the outbox row is committed before the screen
        says "done", and its bill_id keeps a repeated send from counting twice.
        """
        quote = session.quote
        if quote is None or self.place is None:
            raise ValueError("The bill has changed since the last quote.")
        request = self.purchase_request(session, quote)
        view = session.customer
        receipt = Receipt(
            bill_id=request.bill.bill_id, currency_code=self.place.currency.code,
            lines=list(session.bill.lines), subtotal=quote.subtotal,
            discounts=list(quote.discounts), discount_total=quote.discount_total,
            points_spent=quote.points_spent, points_value=quote.points_value,
            credit_used=quote.credit, paid=quote.to_pay,
            points_earned=quote.points_earned if view else None,
            expected_balance=quote.balance_after if view and view.customer else None,
            offline=quote.offline, customer_name=view.name if view else "",
            card_number=request.card_number, payment_time=request.bill.payment_time)
        self.outbox.add(request, currency_code=self.place.currency.code,  # committed, synced
                        figures=receipt_figures(receipt))
        # the sale itself spends the points it held: free the hold, then wake the sender;
        # the sale is already safe whatever CareCloud does with the hold meanwhile
        self.release_hold_soon(request.bill.bill_id, then=self.on_queued)
        session.close(receipt)
        return receipt

    async def await_delivery(self, receipt: Receipt, session: CheckoutSession, *,
                             wait_s: float = 10.0) -> Receipt:
        """Wait (briefly) for the sender to deliver, read the customer again, then publish the
        receipt's news in one step (purchase id and the balance read again, together)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait_s
        while True:
            entry = self.outbox.get(receipt.bill_id)
            if entry.state in (SENT, MANUAL) or loop.time() > deadline:
                break
            await asyncio.sleep(0.05)
        delivered = entry.state == SENT
        new_balance = None
        view = session.customer
        if delivered and view is not None and view.customer_id:
            try:
                fresh = await self.reload_customer(view)
            except ApiError:
                fresh = None  # the expected balance from the quote stays shown
            if fresh is not None:
                new_balance = fresh.available_points
                session.refresh_customer(fresh)
        news = replace(receipt, delivered=delivered, purchase_id=entry.purchase_id,
                       new_balance=new_balance)
        session.update_receipt(news)
        return news

    def cancel(self, entry: Entry, *, reason: CancelReason) -> Entry:
        """Queue a cancellation derived from the sale's own request: `canceled`, a new
        bill_id, `bill_number` naming the original, as the vendor's rule says. The reason,
        the signed-in user and whether the staff PIN was given go into the audit trail of
        the sale and of the cancellation, in the same transaction; the request stays as the
        vendor defines it (it has no reason field)."""
        if entry.kind != "sale" or entry.canceled_by:
            raise ValueError("Only a sale that is not cancelled yet can be cancelled.")
        if entry.state != SENT:
            raise ValueError("The sale has not reached CareCloud yet.")
        login = self.user.login if self.user else None
        request = entry.request.cancellation(
            bill_id=uuid.uuid4().hex, payment_time=m.format_datetime(self.clock()),
            created_by=login)
        audit = json.dumps({"reason": reason.code, "note": reason.note, "by": login or "",
                            "staff_pin": reason.staff_pin}, ensure_ascii=False)
        cancel = self.outbox.add(request, currency_code=entry.currency_code, kind="cancel",
                                 original_bill_id=entry.bill_id, note=audit)
        self.on_queued()
        return cancel


def _end(text: str) -> datetime:
    """The end of a validity: a date-only end covers that whole day."""
    moment = m.parse_datetime(text)
    assert moment is not None
    return moment.replace(hour=23, minute=59, second=59) if len(text.strip()) <= 10 else moment
