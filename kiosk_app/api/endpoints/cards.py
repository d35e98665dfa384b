"""Loyalty cards: find, read and change one, and hand a free card to a new member."""

from __future__ import annotations

from kiosk_app.api import models as m
from kiosk_app.api.errors import ProtocolError
from kiosk_app.api.transport import Transport, check_id, segment


class Cards(Transport):
    """`/cards`: what a scanned card is and whose; a free card's check and assignment."""

    async def find_card(self, card_number: str) -> m.Card | None:
        cards = await self.list_all("cards", "cards", m.Card, {"card_number": card_number})
        return next((c for c in cards if c.card_number == card_number), None)

    async def get_card(self, card_id: str) -> m.Card:
        return await self.get(f"cards/{segment(card_id)}", m.Card)

    async def update_card(self, card: m.Card) -> None:
        """`PUT /cards/{id}`: e.g. assign a free card to a customer (not repeated on failure)."""
        if not card.card_id:
            raise ProtocolError("This card has no card_id in CareCloud, so it cannot be changed.")
        body = m.encode(card)
        body.pop("card_id", None)  # read-only
        await self.request("PUT", f"cards/{segment(card.card_id)}", json={"card": body})

    async def validate_free_card(self, card_number: str) -> bool:
        """`validate-free-card`: the card exists, is not blocked and belongs to nobody (a
        question, retried on transient failures)."""
        check_id("card_number", card_number)
        data = await self.request("POST", "cards/actions/validate-free-card",
                                  json={"card_number": card_number}, retry=True)
        return m.decode(data, m.FreeCardValidity,
                        what="validate-free-card response").is_free_to_use

    async def assign_free_card(self, card_type_id: str, customer_id: str,
                               card_number: str | None = None) -> str:
        """`assign-free-card` → the card's id: the free card `card_number`, or without it the
        next free card of the type from the project's pool (e.g. a virtual card). One card per
        type per customer. Never repeated here: after a lost answer, read the customer's cards."""
        check_id("card_type_id", card_type_id)
        check_id("customer_id", customer_id)
        body = {"card_type_id": card_type_id, "customer_id": customer_id}
        if card_number:
            body["card_number"] = card_number
        data = await self.request("POST", "cards/actions/assign-free-card", json=body,
                                  retry=False)
        return m.decode(data, m.CardAssigned, what="assign-free-card response").card_id
