"""One customer's visit at the counter: the use case that owns the checkout.

The counter visit is the only owner of the `CheckoutSession` (customer, bill, rewards,
vouchers, payment, quote, receipt): screens read `session` and call the visit's intents,
which ask CareCloud, check the answer and change the session (each change bumps its
revision). It holds the points offered for the sale while it is open, commits a confirmed
sale to the outbox off the UI thread, and reads the customer again when a sale of theirs is
delivered.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from kiosk_app.api import ApiError, BadRequest, CareCloudClient
from kiosk_app.api import models as m
from kiosk_app.api.masking import mask_value
from kiosk_app.app.customers import Customers
from kiosk_app.app.outbox import MANUAL, SENT, Entry, Outbox
from kiosk_app.app.threads import off_thread
from kiosk_app.app.till import Till
from kiosk_app.domain.checkout import CheckoutSession, CustomerView, Receipt, RewardInfo
from kiosk_app.domain.codes import Kind, classify
from kiosk_app.domain.contact import EMAIL, SMS
from kiosk_app.domain.quote import PointsHeld, Quote, final_bill, make_quote
from kiosk_app.domain.receipt import receipt_figures
from kiosk_app.domain.reference import (
    CardResult,
    VoucherCheck,
    VoucherProblem,
    voucher_problem,
)
from kiosk_app.domain.refusal import BillRefused, NoCustomer, SessionClosed
from kiosk_app.money import ZERO

log = logging.getLogger(__name__)
HOLD_FOR = timedelta(minutes=15)  # a hold nobody freed (a till that crashed) lapses


class Found(enum.Enum):
    PRODUCT = "product"
    VOUCHER = "voucher"
    GIFT_CARD = "gift_card"
    NOTHING = "nothing"


@dataclass(frozen=True)
class Resolved:
    """What a code for the bill turned out to be."""

    found: Found
    code: str
    product: m.Product | None = None
    voucher: VoucherCheck | None = None
    gift: m.GiftCardBalance | None = None


class CounterVisit:
    """Every method is one thing a cashier does; the session changes only through these."""

    def __init__(self, client: CareCloudClient, till: Till, customers: Customers, *,
                 outbox: Outbox, on_queued: Callable[[], None] = lambda: None,
                 clock: Callable[[], datetime] = datetime.now,
                 quick_picks: Sequence[str] = (), reserve_points: bool = False) -> None:
        self.client = client
        self.till = till
        self.customers = customers
        self.outbox = outbox
        self.on_queued = on_queued
        self.clock = clock
        self.quick_pick_codes = tuple(quick_picks)
        # points offered for a sale are held while it is open (the project enables it), so
        # two tills cannot spend the same points: bill_id -> (hold's external id, amount,
        # customer)
        self.reserve_points = reserve_points
        self.holds: dict[str, tuple[str, Decimal, str]] = {}
        self._background: set[asyncio.Task[None]] = set()  # hold releases, reloads
        self._hold_serial = 0
        self._session = CheckoutSession()
        till.subscribe(self._till_changed)

    def _till_changed(self) -> None:
        """A store chosen (or left): an untouched bill takes its currency."""
        place = self.till.place
        currency = place.currency.currency_id if place else ""
        if self._session.bill.currency_id != currency and not self.open_sale:
            self._session.start(currency)

    # --- what screens read ----------------------------------------------------------------------

    @property
    def session(self) -> CheckoutSession:
        """The checkout as it is now (read it; change it through the visit's intents)."""
        return self._session

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        return self._session.subscribe(listener)

    @property
    def open_sale(self) -> bool:
        """Something was entered for this customer that New customer would discard."""
        s = self._session
        return s.receipt is None and bool(s.bill.lines or s.rewards or s.voucher_codes)

    @property
    def view(self) -> CustomerView | None:
        """The customer at the till (member services read it)."""
        return self._session.customer

    def rebought(self, view: CustomerView) -> None:
        """The customer read again after buying a reward with points."""
        self._session.refresh_customer(view)

    def price_of(self, product: m.Product) -> Decimal | None:
        place = self.till.place
        return product.price_in(place.currency.currency_id) if place else None

    # --- a new customer -------------------------------------------------------------------------

    def start(self) -> None:
        """Forget the customer and the bill (the points held for it go back) and start a new
        bill in the store's currency."""
        self.release_hold_soon(self._session.bill_id)
        place = self.till.place
        self._session.start(place.currency.currency_id if place else "")

    # --- who is buying --------------------------------------------------------------------------

    async def check_card(self, card_number: str) -> CardResult:
        return await self.customers.check_card(card_number)

    def identify(self, view: CustomerView | None, card_number: str | None = None) -> None:
        """Who is buying (None: without a card); benefits chosen for someone else go."""
        self._session.identify(view, card_number)

    def identify_unchecked(self, card_number: str) -> None:
        """CareCloud was out of reach: the sale carries the card number, so the customer
        earns points once it is delivered."""
        self._session.identify(CustomerView(None, checked=False), card_number)

    def hold_free_card(self, card: m.Card | None) -> None:
        self._session.hold_free_card(card)

    async def customer_by_qr(self, text: str) -> CustomerView | None:
        customer_id = await self.customers.by_auth_token(text, self.till.external_app_id)
        return await self.customers.load(customer_id) if customer_id else None

    async def find_customers(self, **fields: str) -> list[m.Customer]:
        return await self.customers.find(**fields)

    async def pick_customer(self, customer_id: str) -> CustomerView:
        """A customer found by lookup: the free card waiting for someone is given to them."""
        card = self._session.free_card
        if card is not None:
            return await self.customers.assign_card(card, customer_id)
        return await self.customers.load(customer_id)

    async def load_cards(self) -> None:
        """The customer's other cards, for the panel (after the rest is shown)."""
        await self._refresh_customer(self.customers.with_cards)

    async def more_of_customer(self) -> None:
        await self._refresh_customer(self.customers.more)

    async def reload_customer(self) -> None:
        await self._refresh_customer(self.customers.reload)

    async def _refresh_customer(self, read: Callable[[CustomerView], Awaitable[CustomerView]]
                                ) -> None:
        view = self._session.customer
        if view is None or not view.customer_id:
            return
        fresh = await read(view)
        self._session.refresh_customer(fresh)

    # --- the customer's phone, proved with a code ------------------------------------------------

    async def send_otp(self, recipient: str, *, email: bool = False) -> str:
        sent = await self.client.send_otp(self.till.external_app_id, recipient,
                                          channel=EMAIL if email else SMS, otp_type=2)
        return sent.request_id

    async def verify_otp(self, request_id: str, code: str) -> bool:
        return await self.client.verify_otp(self.till.external_app_id, request_id, code)

    def phone_validated(self, phone: str) -> None:
        self._session.validate_phone(phone)

    # --- the bill --------------------------------------------------------------------------------

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

    def add_product(self, product: m.Product) -> None:
        price = self.price_of(product)
        if price is None:
            raise BillRefused(f"No price for {product.code} in this store's currency.")
        self._session.add_item(plu_code=product.code, name=product.name, unit_price=price,
                               vat_rate=product.vat_rate,
                               item_type_id=self.till.reference.item_type("goods"),
                               loyalty_off=product.loyalty_off, product_id=product.product_id)

    def add_manual(self, *, name: str, unit_price: Decimal, quantity: Decimal,
                   vat_rate: Decimal) -> None:
        self._session.add_item(plu_code="", name=name, unit_price=unit_price, quantity=quantity,
                               vat_rate=vat_rate,
                               item_type_id=self.till.reference.item_type("goods"))

    def set_quantity(self, line_id: str, quantity: Decimal) -> None:
        self._session.set_quantity(line_id, quantity)

    def remove_item(self, line_id: str) -> None:
        self._session.remove_item(line_id)

    async def resolve(self, code: str) -> Resolved:
        """A scanned code for the bill: a product of this store, else a voucher or a gift
        card (one round trip for both), else nothing known."""
        product = await self.product(code)
        if product is not None and self.price_of(product) is not None:
            return Resolved(Found.PRODUCT, code, product=product)
        check = await self.check_voucher(code)
        if check.problem is VoucherProblem.GIFT_CARD:
            return Resolved(Found.GIFT_CARD, code, gift=check.gift)
        if check.problem is VoucherProblem.UNKNOWN:
            return Resolved(Found.NOTHING, code)
        return Resolved(Found.VOUCHER, code, voucher=check)

    # --- rewards and vouchers --------------------------------------------------------------------

    def _where(self) -> dict[str, object]:
        place = self.till.place
        if place is None:
            raise RuntimeError("Choose the store and cash desk first.")
        return {"store_id": place.store.store_id, "cashdesk_number": place.cashdesk_number}

    async def rewards(self, *, full: bool = False) -> list[RewardInfo]:
        """The rewards this bill can take, each with what it gives and its point cost."""
        session = self._session
        recommended, catalogue = await asyncio.gather(
            self.client.recommended_best_rewards(
                **self._where(), bill=session.quote_bill(self.clock()),
                list_type="F" if full else "C", **session.who),
            self.client.get_rewards())
        by_code = {r.code: r for r in catalogue}
        vouchers = {v.code: v for v in (session.customer.vouchers if session.customer else [])}
        infos = []
        for rec in recommended:
            entry = by_code.get(rec.code)
            voucher = vouchers.get(rec.code)
            effect = (rec.description or (entry.subtitle or entry.note if entry else None)
                      or (voucher.reward.subtitle if voucher and voucher.reward else None) or "")
            cost = (entry.points_cost or ZERO) if entry and not voucher else ZERO
            infos.append(RewardInfo(rec.code, rec.name or rec.code, effect, cost, rec.max_count,
                                    rec.reward_priority or 9))
        return sorted(infos, key=lambda r: (r.priority, -r.max_count, r.name))

    def choose_reward(self, code: str, count: int, info: RewardInfo | None = None) -> None:
        self._session.choose_reward(code, count, info)

    async def check_voucher(self, code: str) -> VoucherCheck:
        """A typed or scanned voucher code, checked at once: can this customer use it now?
        A gift card is told apart in the same round trip and shows its balance."""
        code = code.strip()
        if classify(code, self.till.card_rule).kind is Kind.NOT_A_CODE:
            return VoucherCheck(code, None, VoucherProblem.UNKNOWN)
        found, gift = await asyncio.gather(self.client.find_vouchers(code),
                                           self.customers.gift_card(code))
        if gift is not None:
            return VoucherCheck(code, found[0] if found else None, VoucherProblem.GIFT_CARD,
                                gift)
        if not found:
            return VoucherCheck(code, None, VoucherProblem.UNKNOWN)
        customer = self._session.customer
        problem = voucher_problem(found[0], customer.customer_id if customer else None,
                                  self.clock())
        return VoucherCheck(code, found[0], problem)

    def add_voucher(self, code: str) -> None:
        self._session.add_voucher(code)

    def remove_voucher(self, code: str) -> None:
        self._session.remove_voucher(code)

    # --- closure ---------------------------------------------------------------------------------

    def set_payment(self, *, payment_type: str | None = None, max_points: Decimal | None = None,
                    max_credit: Decimal | None = None) -> None:
        self._session.set_payment(payment_type=payment_type, max_points=max_points,
                                  max_credit=max_credit)

    async def quote(self) -> Quote:
        """accept-payment for the checkout as it is now; commits nothing. The quote carries
        the revision it was asked for; the session takes it only if nothing changed
        meanwhile. Figures that do not add up raise `QuoteRefused`."""
        session = self._session
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
        if quote.revision == session.revision:
            await self._hold(quote)
        session.accept_quote(quote)
        return quote

    async def _hold(self, quote: Quote) -> None:
        """Hold exactly the points this quote spends (again when that changes); a hold
        another till already has makes the quote fail with a sentence for the cashier."""
        if not self.reserve_points:
            return
        session = self._session
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
        self._spawn(self.release_hold(bill_id), then=then)

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

    async def release_holds(self) -> None:
        """Every hold of this till (signing out)."""
        for bill_id in list(self.holds):
            await self.release_hold(bill_id)

    def _spawn(self, work: Coroutine[Any, Any, None], *,
               then: Callable[[], None] = lambda: None) -> None:
        task = asyncio.ensure_future(work)
        self._background.add(task)
        task.add_done_callback(lambda done: (self._background.discard(done), then()))

    def offline_quote(self) -> Quote:
        """Sell without CareCloud: the bill as it is, no vouchers, no points or credit spent.
        The sale still names the customer's card, so points are earned when it arrives."""
        session = self._session
        quote = make_quote(revision=session.revision, bill=session.quote_bill(self.clock()),
                           payment_type=session.payment_type, benefit_codes=(),
                           max_points=ZERO, max_credit=ZERO, answer=None)
        session.accept_quote(quote)
        return quote

    def purchase_request(self, quote: Quote) -> m.PurchaseRequest:
        """The send-purchase request of a confirmed quote: built here and nowhere else."""
        place, reference, user = self.till.place, self.till.reference, self.till.user
        if place is None:
            raise RuntimeError("Choose the store and cash desk first.")
        bill = final_bill(
            quote, purchase_type_id=reference.purchase_type_id,
            discount_item_type_id=reference.item_type("discount"),
            created_by=user.login if user else "",
            payment_time=m.format_datetime(self.clock()))  # the moment of confirmation
        who = self._session.who
        return m.PurchaseRequest(store_id=place.store.store_id,
                                 cashdesk_number=place.cashdesk_number,
                                 card_number=who.get("card_number"),
                                 customer_id=who.get("customer_id"), bill=bill)

    async def confirm(self) -> Receipt:
        """Commit the closed bill to the outbox, then let the sender deliver it.

        The sale is safe once this returns: the outbox row is committed (with fsync, on a
        worker thread: the screen never waits for the disk) before the screen says "done",
        and its bill_id keeps a repeated send from counting twice.
        """
        session = self._session
        quote = session.quote
        place = self.till.place
        if session.receipt is not None:
            raise SessionClosed("This sale is confirmed. Start a new customer.")
        if quote is None or place is None:
            raise BillRefused("The bill has changed since the last quote.")
        request = self.purchase_request(quote)
        view = session.customer
        receipt = Receipt(
            bill_id=request.bill.bill_id, currency_code=place.currency.code,
            lines=list(session.bill.lines), subtotal=quote.subtotal,
            discounts=list(quote.discounts), discount_total=quote.discount_total,
            points_spent=quote.points_spent, points_value=quote.points_value,
            credit_used=quote.credit, paid=quote.to_pay,
            points_earned=quote.points_earned if view else None,
            expected_balance=quote.balance_after if view and view.customer else None,
            offline=quote.offline, customer_name=view.name if view else "",
            card_number=request.card_number, payment_time=request.bill.payment_time)
        session.begin_close()  # no scan or tap changes the bill while it is being saved
        try:
            await off_thread(lambda: self.outbox.add(request, currency_code=place.currency.code,
                                                     figures=receipt_figures(receipt)))
        except BaseException:
            session.abort_close()  # not saved (a repeat finds the same bill_id if it was)
            raise
        # the sale itself spends the points it held: free the hold, then wake the sender
        self.release_hold_soon(request.bill.bill_id, then=self.on_queued)
        session.close(receipt)
        return receipt

    async def await_delivery(self, receipt: Receipt, *, wait_s: float = 10.0) -> Receipt:
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
        session = self._session
        view = session.customer
        if delivered and view is not None and view.customer_id:
            try:
                fresh = await self.customers.reload(view)
            except ApiError:
                fresh = None  # the expected balance from the quote stays shown
            if fresh is not None:
                new_balance = fresh.available_points
                session.refresh_customer(fresh)
        news = replace(receipt, delivered=delivered, purchase_id=entry.purchase_id,
                       new_balance=new_balance)
        session.update_receipt(news)
        return news

    # --- claiming a sale made without the card ----------------------------------------------------

    async def claim(self, store_id: str, bill_id: str) -> None:
        """A sale made without a card goes to the customer at the till now
        (`assign-customer`; a repeated claim never credits twice); they are read again."""
        view = self._session.customer
        if view is None or not view.customer_id:
            raise NoCustomer("Identify the customer first.")
        await self.client.assign_purchase_customer(store_id, bill_id,
                                                   customer_id=view.customer_id)
        await self.reload_customer()

    # --- news from elsewhere ----------------------------------------------------------------------

    def delivered(self, entry: Entry) -> None:
        """A sale or cancellation reached CareCloud: if it is this customer's, read them
        again (in the background; the session tells the screens)."""
        view = self._session.customer
        if view is None or not view.customer_id:
            return
        receipt = self._session.receipt
        if receipt is not None and receipt.bill_id == entry.bill_id:
            return  # the sale on Done: it reads the customer again itself
        request = entry.request
        if entry.kind == "cancel" and entry.original_bill_id:  # it names no card: the sale does
            try:
                request = self.outbox.get(entry.original_bill_id).request
            except ValueError:
                pass  # the sale is gone (retention): the cancellation is all there is
        cards = {card.card_number for card in view.cards}
        card = request.card_number or ""  # masked once delivered (the outbox keeps no more)
        if (request.customer_id == view.customer_id or card in cards
                or (card and card in {mask_value(number) for number in cards})):
            self._spawn(self._reload_quietly())

    async def _reload_quietly(self) -> None:
        try:
            await self.reload_customer()
        except ApiError as exc:
            log.info("customer not read again after a delivery: %s", type(exc).__name__)

    async def refresh_texts(self) -> None:
        """After a language switch: the product names on the bill and the customer's voucher
        names come again in the new language. The checkout is kept."""
        session = self._session
        codes = sorted({line.plu_code for line in session.bill.lines if line.plu_code})
        found = await asyncio.gather(*(self.product(code) for code in codes))
        by_code = {code: product for code, product in zip(codes, found, strict=True) if product}
        names = {line.line_id: by_code[line.plu_code].name for line in session.bill.lines
                 if line.plu_code in by_code and by_code[line.plu_code].name != line.name}
        if names:
            session.rename_items(names)
        await self._refresh_customer(self.customers.vouchers)

