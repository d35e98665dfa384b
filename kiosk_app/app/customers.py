"""Reading customers as the counter and the kiosk show them: by card, by id, their points,
vouchers, cards and status, in as few round trips as the API allows. Shared by the
counter visit, the kiosk visit, member services and enrolment; it owns no state."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

import msgspec

from kiosk_app.api import ApiError, BadRequest, CareCloudClient, NotFound
from kiosk_app.api import models as m
from kiosk_app.domain.checkout import CustomerView, MemberStatus
from kiosk_app.domain.contact import phone_digits
from kiosk_app.domain.reference import CardCheck, CardResult
from kiosk_app.domain.refusal import LookupRefused

log = logging.getLogger(__name__)
PAGE = 20  # list entries read at a time (a customer's vouchers and cards)


class Customers:
    def __init__(self, client: CareCloudClient, *,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        self.client = client
        self.clock = clock

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
        return CardResult(CardCheck.ACTIVE, card, await self.load(card.customer_id, card))

    async def load(self, customer_id: str, card: m.Card | None = None) -> CustomerView:
        """The customer, their points, the first page of their vouchers and their status: at
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
        the next one. None when it cannot be read: a till sells without it (a least-privilege
        user may lack the right)."""
        try:
            records, statuses = await asyncio.gather(
                self.client.status_records(customer_id, valid_now=True), self.client.statuses())
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

    async def more(self, view: CustomerView) -> CustomerView:
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

    async def reload(self, view: CustomerView) -> CustomerView:
        """The same customer read again (after a sale, a cancellation, a new voucher)."""
        if not view.customer_id:
            return view
        fresh = await self.load(view.customer_id, view.card)
        return replace(fresh, cards=view.cards, cards_total=view.cards_total)

    async def vouchers(self, view: CustomerView) -> CustomerView:
        """The customer's vouchers again (their names follow the UI language)."""
        if not view.customer_id:
            return view
        vouchers, total = await self.client.customer_vouchers_page(
            view.customer_id, count=max(PAGE, len(view.vouchers)))
        return replace(view, vouchers=vouchers, vouchers_total=total)

    async def find(self, *, email: str = "", phone: str = "", first_name: str = "",
                   last_name: str = "", birthdate: str = "") -> list[m.Customer]:
        filters = {k: v.strip() for k, v in {
            "email": email, "phone": phone_digits(phone), "first_name": first_name,
            "last_name": last_name, "birthdate": birthdate,
        }.items() if v and v.strip()}
        if not filters:
            raise LookupRefused("Fill in at least one field.")
        return await self.client.find_customers(**filters)

    async def assign_card(self, card: m.Card, customer_id: str) -> CustomerView:
        """Give a free card to a customer (`PUT /cards/{id}`), then load them."""
        assigned = msgspec.structs.replace(card, customer_id=customer_id)
        await self.client.update_card(assigned)
        return await self.load(customer_id, assigned)

    async def gift_card(self, code: str) -> m.GiftCardBalance | None:
        """A gift card's balance; None when the code is not a gift card."""
        try:
            return await self.client.gift_card_balance(code)
        except (BadRequest, NotFound):
            return None

    async def by_auth_token(self, text: str, application_id: str) -> str | None:
        """The customer id a mobile app's one-time QR names (it works once); None when it
        was used, has expired or is not for this application."""
        from kiosk_app.api.errors import HttpError

        parsed = m.parse_auth_qr(text)
        if parsed is None:
            return None
        request_id, token = parsed
        try:
            return await self.client.verify_auth_token(token, request_id, application_id)
        except HttpError as exc:
            if exc.status in (400, 404, 409, 422):  # used, expired, unknown, not ours
                return None
            raise
