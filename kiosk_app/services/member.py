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

from kiosk_app.api import models as m
from kiosk_app.services.checkout import CheckoutService
from kiosk_app.services.session import CustomerView

CATALOGUE_PAGE = 20


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


class MemberService:
    def __init__(self, checkout: CheckoutService) -> None:
        self.checkout = checkout
        self.client = checkout.client

    async def catalogue(self, view: CustomerView, *, offset: int = 0
                        ) -> tuple[list[Offer], int | None]:
        """What the customer can buy with points here, cheapest first, affordable marked."""
        store = self.checkout.place.store.store_id if self.checkout.place else None
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
            raise ValueError("no customer")
        from kiosk_app.api.models import new_voucher_code

        return Purchase(offer, view.customer_id, new_voucher_code())

    async def buy(self, purchase: Purchase, view: CustomerView) -> Bought:
        """Spend the points (the client retries with the same code and recognises its own
        voucher), then read the customer again."""
        reward_id = purchase.offer.reward.reward_id
        assert reward_id is not None
        voucher_id = await self.client.create_reward_voucher(
            reward_id, purchase.customer_id, code=purchase.code)
        fresh = await self.checkout.reload_customer(view)
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
