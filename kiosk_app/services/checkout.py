"""What the screens ask of CareCloud, in checkout terms; Qt-free so it can be tested without a UI."""

from __future__ import annotations

import asyncio
import enum
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from kiosk_app.api import ApiError, CareCloudClient, Credentials
from kiosk_app.api import models as m
from kiosk_app.services.outbox import MANUAL, SENT, Entry, Outbox
from kiosk_app.services.session import CheckoutSession, CustomerView, Receipt

# Currency of a store by its country, when the project does not say otherwise.
COUNTRY_CURRENCY = {"CZ": "CZK", "SK": "EUR", "DE": "EUR", "AT": "EUR", "PL": "PLN", "HU": "HUF"}


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


@dataclass
class Place:
    """Where this till stands: store, cash desk and the store's currency."""

    store: m.Store
    cashdesk_number: int
    currency: m.Currency


@dataclass
class ReferenceData:
    stores: list[m.Store] = field(default_factory=list)
    currencies: list[m.Currency] = field(default_factory=list)
    languages: list[m.Language] = field(default_factory=list)
    purchase_types: list[m.PurchaseType] = field(default_factory=list)
    item_types: list[m.PurchaseItemType] = field(default_factory=list)
    card_types: list[m.CardType] = field(default_factory=list)
    products: list[m.Product] = field(default_factory=list)

    def currency_for(self, store: m.Store) -> m.Currency:
        country = (store.store_address.country_code if store.store_address else None) or ""
        code = COUNTRY_CURRENCY.get(country.upper())
        return next((c for c in self.currencies if c.code == code), self.currencies[0])

    def item_type(self, text_id: str) -> str:
        found = next((t for t in self.item_types if t.text_id == text_id), None)
        return (found or self.item_types[0]).type_id

    @property
    def purchase_type_id(self) -> str:
        found = next((t for t in self.purchase_types if t.text_id == "store"), None)
        return (found or self.purchase_types[0]).type_id

    def product_by_code(self, code: str) -> m.Product | None:
        for product in self.products:
            if product.code == code or any(p.code == code for p in product.plu_ids):
                return product
        return None


class CheckoutService:
    """Holds the client and the reference data; every method is one screen action."""

    def __init__(self, client: CareCloudClient, *, external_app_id: str, outbox: Outbox,
                 on_queued: Callable[[], None] = lambda: None,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        self.client = client
        self.outbox = outbox
        self.on_queued = on_queued
        self.external_app_id = external_app_id
        self.clock = clock
        self.reference = ReferenceData()
        self.place: Place | None = None
        self.user: m.User | None = None

    # --- sign-in ------------------------------------------------------------------------------

    async def sign_in(self, login: str, password: str) -> ReferenceData:
        """Log in with the cashier's own user, then load reference data concurrently."""
        self.user = await self.client.login(Credentials(login, password, self.external_app_id))
        await self.load_reference()
        return self.reference

    async def load_reference(self) -> None:
        c = self.client
        (stores, currencies, languages, ptypes, itypes, ctypes, products) = await asyncio.gather(
            c.get_stores(), c.get_currencies(), c.get_languages(), c.get_purchase_types(),
            c.get_purchase_item_types(), c.get_card_types(), c.get_products())
        self.reference = ReferenceData(stores, currencies, languages, ptypes, itypes, ctypes,
                                       products)

    def choose_place(self, store_id: str, cashdesk_number: int) -> Place:
        store = next(s for s in self.reference.stores if s.store_id == store_id)
        self.place = Place(store, cashdesk_number, self.reference.currency_for(store))
        return self.place

    async def refresh_texts(self, session: CheckoutSession | None = None) -> None:
        """After a language switch: reload the server texts the screens show (product names,
        the customer's voucher names); rewards and cashier messages are asked for anew by the
        screen that shows them. The session itself is kept."""
        tasks = [self._reload_products()]
        if session is not None and session.customer is not None:
            tasks.append(self._reload_vouchers(session.customer))
        await asyncio.gather(*tasks)

    async def _reload_products(self) -> None:
        self.reference.products = await self.client.get_products()

    async def _reload_vouchers(self, view: CustomerView) -> None:
        view.vouchers = await self.client.get_customer_vouchers(view.customer_id)

    async def sign_out(self) -> None:
        await self.client.logout()
        self.user = None

    # --- customers ----------------------------------------------------------------------------

    async def check_card(self, card_number: str) -> CardResult:
        """Scan → customer in two sequential round trips: the card, then its customer's data."""
        card = await self.client.find_card(card_number)
        if card is None:
            return CardResult(CardCheck.UNKNOWN)
        status = card.status(self.clock())
        if status is not m.CardStatus.ACTIVE:
            return CardResult(CardCheck(status.value), card)
        if card.is_free:
            return CardResult(CardCheck.FREE, card)
        assert card.customer_id
        return CardResult(CardCheck.ACTIVE, card, await self.load_customer(card.customer_id, card))

    async def load_customer(self, customer_id: str, card: m.Card | None = None) -> CustomerView:
        c = self.client
        customer, cards, points, vouchers = await asyncio.gather(
            c.get_customer(customer_id), c.get_customer_cards(customer_id),
            c.get_points_overview(customer_id), c.get_customer_vouchers(customer_id))
        if card is None:
            now = self.clock()
            card = next((k for k in cards if k.status(now) is m.CardStatus.ACTIVE), None)
        return CustomerView(customer, card, cards, points, vouchers)

    async def find_customers(self, *, email: str = "", phone: str = "", first_name: str = "",
                             last_name: str = "", birthdate: str = "") -> list[m.Customer]:
        filters = {k: v.strip() for k, v in {
            "email": email, "phone": "".join(ch for ch in phone if ch.isdigit()),
            "first_name": first_name, "last_name": last_name, "birthdate": birthdate,
        }.items() if v and v.strip()}
        if not filters:
            raise ValueError("Fill in at least one field.")
        return await self.client.find_customers(**filters)

    async def assign_card(self, card: m.Card, customer_id: str) -> CustomerView:
        """Give a free card to a customer (`PUT /cards/{id}`), then load them."""
        import msgspec

        await self.client.update_card(msgspec.structs.replace(card, customer_id=customer_id))
        assigned = msgspec.structs.replace(card, customer_id=customer_id)
        return await self.load_customer(customer_id, assigned)

    # --- one-time passwords ---------------------------------------------------------------------

    async def send_otp(self, recipient: str, *, email: bool = False) -> str:
        sent = await self.client.send_otp(self.external_app_id, recipient,
                                          channel=1 if email else 2, otp_type=2)
        return sent.request_id

    async def verify_otp(self, request_id: str, code: str) -> bool:
        return await self.client.verify_otp(self.external_app_id, request_id, code)

    # --- bill, rewards, closure -------------------------------------------------------------------

    def _where(self) -> dict[str, object]:
        if self.place is None:
            raise RuntimeError("Choose the store and cash desk first.")
        return {"store_id": self.place.store.store_id,
                "cashdesk_number": self.place.cashdesk_number}

    async def product(self, code: str) -> m.Product | None:
        """A product by PLU: from the cached list, else asked of the server."""
        found = self.reference.product_by_code(code)
        if found:
            return found
        products = await self.client.get_products(code=code)
        return products[0] if products else None

    async def rewards(self, session: CheckoutSession, *, full: bool = False
                      ) -> list[m.RecommendedReward]:
        rewards = await self.client.recommended_best_rewards(
            **self._where(), bill=session.quote_bill(self.clock()), list_type="F" if full else "C",
            **session.who)
        return sorted(rewards, key=lambda r: (r.reward_priority or 9, -r.max_count, r.name))

    async def quote(self, session: CheckoutSession) -> m.AcceptedPayment:
        """accept-payment for the bill as it is now; commits nothing."""
        revision = session.revision
        quote = await self.client.accept_payment(
            **self._where(), bill=session.quote_bill(self.clock()),
            payment_type=session.payment_type, benefit_codes=session.benefit_codes,
            max_points=session.max_points or None, max_credit=session.max_credit or None,
            **session.who)
        if revision == session.revision:
            session.quote, session.quoted_revision = quote, revision
        return quote

    async def confirm(self, session: CheckoutSession) -> Receipt:
        """Commit the closed bill to the outbox, then let the sender deliver it.

        The sale is safe once this returns: the outbox row is committed before the screen
        says "done", and its bill_id keeps a repeated send from counting twice.
        """
        assert self.place is not None and session.quote is not None
        final = session.final_bill(
            purchase_type_id=self.reference.purchase_type_id,
            discount_item_type_id=self.reference.item_type("discount"),
            created_by=self.user.login if self.user else "", now=self.clock())
        payload = {**self._where(), **session.who, "bill": m.encode(final)}
        self.outbox.add(payload, currency_code=self.place.currency.code)  # committed, synced
        self.on_queued()
        quote = session.quote
        expected = quote.total_credit_points if session.customer else None
        return Receipt(final.bill_id, final.total_price, self.place.currency.code,
                       quote.credit_points_of_this_transaction, expected)

    async def await_delivery(self, receipt: Receipt, session: CheckoutSession, *,
                             wait_s: float = 10.0) -> Receipt:
        """Wait (briefly) for the sender to deliver, then read the customer's new balance."""
        deadline = asyncio.get_running_loop().time() + wait_s
        while True:
            entry = self.outbox.get(receipt.bill_id)
            if entry.state in (SENT, MANUAL) or asyncio.get_running_loop().time() > deadline:
                break
            await asyncio.sleep(0.05)
        receipt.delivered = entry.state == SENT
        receipt.purchase_id = entry.purchase_id
        if receipt.delivered and session.customer:
            try:
                overview = await self.client.get_points_overview(session.customer.customer_id)
            except ApiError:
                return receipt  # the expected balance from the quote stays shown
            receipt.new_balance = overview.available_points
            session.customer.points = overview
        return receipt

    def cancel(self, entry: Entry) -> Entry:
        """Queue a cancellation: the same bill with `canceled`, a new bill_id, and
        `bill_number` naming the original, as the vendor's rule says."""
        if entry.kind != "sale" or entry.canceled_by:
            raise ValueError("Only a sale that is not cancelled yet can be cancelled.")
        if entry.state != SENT:
            raise ValueError("The sale has not reached CareCloud yet.")
        payload = json.loads(json.dumps(entry.payload))
        bill = payload["bill"]
        bill.update(canceled=True, bill_number=entry.bill_id, bill_id=uuid.uuid4().hex,
                    payment_time=m.format_datetime(self.clock()))
        bill.pop("payment_recap", None)
        if self.user:
            bill["created_by"] = self.user.login
        cancel = self.outbox.add(payload, currency_code=entry.currency_code, kind="cancel",
                                 original_bill_id=entry.bill_id)
        self.on_queued()
        return cancel
