"""Purchases: the quotes (best rewards, accept-payment), sending a sale, and claiming a
sale sent without a customer."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from kiosk_app.api import models as m
from kiosk_app.api.endpoints.cards import Cards
from kiosk_app.api.errors import ApiError, BadRequest, ProtocolError
from kiosk_app.api.recovery import write_once
from kiosk_app.api.transport import check_id


class Purchases(Cards):
    """`/purchases`: the till's sale, from quote to record. Builds on `Cards`: a claim by
    card number looks the card's owner up."""

    @staticmethod
    def _who(card_number: str | None, customer_id: str | None) -> dict[str, str]:
        if card_number:
            return {"card_number": card_number}
        if customer_id:
            return {"customer_id": customer_id}
        return {}

    async def recommended_best_rewards(
        self,
        *,
        store_id: str,
        cashdesk_number: int,
        bill: m.Bill,
        card_number: str | None = None,
        customer_id: str | None = None,
        list_type: str = "C",
    ) -> list[m.RecommendedReward]:
        """A quote: safe to repeat, so it is retried on transient failures."""
        data = await self.request(
            "POST",
            "purchases/actions/recommended-best-rewards",
            json={
                "store_id": store_id,
                "cashdesk_number": cashdesk_number,
                **self._who(card_number, customer_id),
                "reward_list_type": list_type,
                "bill": m.encode(bill),
            },
            retry=True,
        )
        if not isinstance(data, dict):
            raise ProtocolError("recommended-best-rewards: expected an object.")
        return m.decode(
            data.get("recommended_best_rewards", []),
            list[m.RecommendedReward],
            what="recommended rewards",
        )

    async def accept_payment(
        self,
        *,
        store_id: str,
        cashdesk_number: int,
        bill: m.Bill,
        payment_type: str = "A",
        card_number: str | None = None,
        customer_id: str | None = None,
        benefit_codes: Sequence[str] = (),
        max_points: Decimal | None = None,
        max_credit: Decimal | None = None,
    ) -> m.AcceptedPayment:
        """A quote that commits nothing: safe to repeat, called again whenever the bill changes."""
        body: dict[str, Any] = {
            "store_id": store_id,
            "cashdesk_number": cashdesk_number,
            **self._who(card_number, customer_id),
            "payment_type": payment_type,
            "benefit_codes": list(benefit_codes),
            "bill": m.encode(bill),
        }
        if max_points is not None:
            body["max_points"] = max_points
        if max_credit is not None:
            body["max_credit"] = max_credit
        data = await self.request(
            "POST", "purchases/actions/accept-payment", json=body, retry=True
        )
        return m.decode(data, m.AcceptedPayment, what="accept-payment response")

    async def send_purchase(self, request: m.PurchaseRequest) -> m.PurchaseResult:
        """Record a purchase; repeated safely because `bill_id` is the idempotency key."""
        data = await self.request(
            "POST", "purchases/actions/send-purchase", json=m.encode(request), retry=True
        )
        return m.decode(data if data is not None else {}, m.PurchaseResult,
                        what="send-purchase response")

    async def assign_purchase_customer(self, store_id: str, bill_id: str, *,
                                       customer_id: str | None = None,
                                       card_number: str | None = None) -> None:
        """Claim a purchase sent without a customer (its `bill_id`) for the customer named by
        `customer_id` or `card_number`, who is credited its points. Retried: the server takes a
        purchase once and refuses another assignment, and a refusal because it is already
        assigned counts as done when `GET /purchases` shows it is this customer's."""
        check_id("store_id", store_id)
        check_id("bill_id", bill_id)
        if not customer_id and not card_number:
            raise ValueError("Give customer_id or card_number.")
        for name, value in (("customer_id", customer_id), ("card_number", card_number)):
            if value is not None:
                check_id(name, value)
        body = {"store_id": store_id, "external_purchase_id": bill_id,
                **({"card_number": card_number} if card_number else {}),
                **({"customer_id": customer_id} if customer_id else {})}

        async def already_theirs(_failure: ApiError) -> bool | None:
            return await self._purchase_of(store_id, bill_id, customer_id, card_number) or None

        await write_once(
            lambda: self.request("POST", "purchases/actions/assign-customer", json=body,
                                 retry=True),
            already_theirs, unsure=_already_assigned, what="assign-customer",
            look_up_errors=())  # a look-up that fails raises its own failure, as it always did

    async def _purchase_of(self, store_id: str, bill_id: str, customer_id: str | None,
                           card_number: str | None) -> bool:
        """Whether the purchase `bill_id` of this store is recorded as this customer's."""
        owner = customer_id
        if owner is None and card_number:
            card = await self.find_card(card_number)
            owner = card.customer_id if card else None
        if not owner:
            return False
        found, _ = await self.page("purchases", "purchases", m.Purchase,
                                   {"external_purchase_id": bill_id, "customer_id": owner,
                                    "store_id": store_id}, count=10)
        return any(p.external_purchase_id == bill_id and p.customer_id == owner for p in found)


def _already_assigned(exc: ApiError) -> bool:
    """An assign-customer refusal because the purchase has a customer: maybe this one."""
    return isinstance(exc, BadRequest) and (exc.has_reason("relation_already_exists")
                                            or exc.has_reason("already_exists"))
