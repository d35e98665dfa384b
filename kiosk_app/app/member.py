"""Member services shared by the counter and the kiosk: the rewards catalogue and buying a
voucher with points, points history and expiry, claiming a sale made without the card, and
a gift card's balance. Qt-free: screens call these and show what they return.

Buying spends points, so it is done once per tap: the voucher code is made when the
customer confirms and sent with every try; a retry after a lost answer finds that voucher
instead of buying another."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from kiosk_app.api import BadRequest, CareCloudClient
from kiosk_app.api import models as m
from kiosk_app.app.customers import Customers
from kiosk_app.app.till import Till
from kiosk_app.domain.checkout import CustomerView
from kiosk_app.domain.contact import SMS, phone_digits
from kiosk_app.domain.refusal import NoCustomer

CATALOGUE_PAGE = 20


class MemberOnShow(Protocol):
    """Whose points the screens show: the customer at the counter, the member at a kiosk."""

    @property
    def view(self) -> CustomerView | None: ...

    def rebought(self, view: CustomerView) -> None:
        """The member read again after their points changed."""


@dataclass(frozen=True)
class Offer:
    """A catalogue reward as this customer sees it."""

    reward: m.Reward
    cost: Decimal
    affordable: bool
    missing: Decimal  # points still needed (0 when affordable)


@dataclass(frozen=True)
class Purchase:
    """One confirmed tap on *Get it*: its voucher code is fixed from here on."""

    offer: Offer
    customer_id: str
    code: str


@dataclass(frozen=True)
class Bought:
    voucher_id: str
    code: str
    view: CustomerView  # the customer read again: fewer points, the new voucher listed


class MemberServices:
    def __init__(self, client: CareCloudClient, till: Till, customers: Customers) -> None:
        self.client = client
        self.till = till
        self.customers = customers

    async def catalogue(self, view: CustomerView, *, offset: int = 0
                        ) -> tuple[list[Offer], int | None]:
        """What the customer can buy with points here, cheapest first, affordable marked."""
        place = self.till.place
        store = place.store.store_id if place else None
        rewards, total = await self.client.rewards_catalogue(store_id=store, offset=offset,
                                                             count=CATALOGUE_PAGE)
        points = view.available_points
        offers = []
        for reward in rewards:
            if not reward.reward_id or reward.points_cost is None:
                continue  # nothing to buy it with
            cost = reward.points_cost
            offers.append(Offer(reward, cost, cost <= points, max(Decimal(0), cost - points)))
        offers.sort(key=lambda o: (not o.affordable, o.cost))
        return offers, total

    def confirm(self, view: CustomerView, offer: Offer) -> Purchase:
        """The customer said yes: the purchase gets its one voucher code now."""
        if not view.customer_id:
            raise NoCustomer("no customer")
        from kiosk_app.api.models import new_voucher_code

        return Purchase(offer, view.customer_id, new_voucher_code())

    async def buy(self, purchase: Purchase, view: CustomerView) -> Bought:
        """Spend the points (the client retries with the same code and recognises its own
        voucher), then read the customer again."""
        reward_id = purchase.offer.reward.reward_id
        assert reward_id is not None
        voucher_id = await self.client.create_reward_voucher(
            reward_id, purchase.customer_id, code=purchase.code)
        fresh = await self.customers.reload(view)
        return Bought(voucher_id, purchase.code, fresh)

    async def history(self, view: CustomerView, *, offset: int = 0, count: int = 20
                      ) -> tuple[list[m.PointMovement], int | None, m.PointsExpiration]:
        """A page of the latest point movements, how many there are, and what lapses next
        (one round trip)."""
        assert view.customer_id
        (movements, total), expiring = await asyncio.gather(
            self.client.point_history(view.customer_id, offset=offset, count=count),
            self.client.points_expiration(view.customer_id))
        return movements, total, expiring

    async def step_up(self, view: CustomerView) -> str | None:
        """Spending points at a kiosk: a code to the phone on file proves it is the member
        (the request id; None when the account has no phone to send it to)."""
        phone = view.customer.personal_information.phone if view.customer else None
        if not phone:
            return None
        sent = await self.client.send_otp(self.till.external_app_id, phone_digits(phone),
                                          channel=SMS, otp_type=2)
        return sent.request_id

    async def step_up_valid(self, request_id: str, code: str) -> bool:
        """The code typed for `step_up`; a used or expired one is not valid."""
        try:
            return await self.client.verify_otp(self.till.external_app_id, request_id,
                                                code.strip())
        except BadRequest:
            return False
