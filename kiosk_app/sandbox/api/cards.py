"""Cards: lists (all, or one customer's), one card, its update, and free cards (validated and
assigned from the pre-imported pool)."""

from __future__ import annotations

from typing import Any

from kiosk_app.sandbox import rules
from kiosk_app.sandbox import validation as v
from kiosk_app.sandbox.api.base import (
    ApiBase,
    ApiRequest,
    ApiResponse,
    Paging,
    Refused,
    bad_request,
    listed,
    log,
    not_found,
    query_flags,
)


class CardHandlers(ApiBase):
    """`/cards...` and `GET /customers/{id}/cards`."""

    def cards(self, req: ApiRequest) -> ApiResponse:
        problems = v.Problems()
        state = v.query_int(req.params, "state", -1, 0, problems)
        if state not in (-1, 0, 1):
            problems.add("state", "not_allowed_value", state)
        is_valid = v.query_bool(req.params, "is_valid", problems)
        secondary = v.query_bool(req.params, "search_secondary_card_number", problems)
        if problems:
            raise Refused(400, problems=problems)
        paging = Paging.of(req)
        filters = {"card_number": req.params.get("card_number"),
                   "customer_id": req.params.get("customer_id"),
                   "card_type_id": req.params.get("card_type_id"),
                   "state": None if state == -1 else state, "secondary": bool(secondary),
                   "numbers": req.lists.get("card_number_list") or None}
        return self.ok(self._cards_page(paging, is_valid, filters))

    def customer_cards(self, req: ApiRequest, customer_id: str) -> ApiResponse:
        self._known_customer(customer_id)
        (is_valid,) = query_flags(req, "is_valid")
        paging = Paging.of(req)
        filters = {"customer_id": customer_id, "card_number": req.params.get("card_number")}
        return self.ok(self._cards_page(paging, is_valid, filters))

    def _cards_page(self, paging: Paging, is_valid: bool | None, filters: dict[str, Any]
                    ) -> dict[str, Any]:
        """Paged in SQL; `is_valid` (a rule) is judged here, on the cards the filters leave."""
        if is_valid is None:
            items, total = self.store.cards_page(**filters, sort=paging.sort,
                                                 descending=paging.descending,
                                                 limit=paging.count, offset=paging.offset)
            return listed("cards", items, total)
        now = self.store.now_text()
        items = [c for c in self.store.cards(**filters) if rules.card_usable(c, now) == is_valid]
        return paging.cut(items, "cards")

    def card(self, req: ApiRequest, card_id: str) -> ApiResponse:
        card = self.store.card(card_id)
        if card is None:
            raise not_found("cards", card_id)
        return self.ok(card)

    def put_card(self, req: ApiRequest, card_id: str) -> ApiResponse:
        body = self.body(req, v.PUT_CARD)
        current = self.store.card(card_id)
        if current is None:
            raise not_found("cards", card_id)
        card = body["card"]
        owner = card.get("customer_id")
        rules.check_card_update(
            current, card, owner_known=not owner or self.store.customer(owner) is not None,
            card_type_known=self.store.ref("card_types", card["card_type_id"]) is not None)
        self.store.update_card(card_id, card)
        return ApiResponse(204)

    def validate_free_card(self, req: ApiRequest) -> ApiResponse:
        """Free to use: it exists, has no customer, is not blocked and is valid now."""
        body = self.body(req, v.VALIDATE_FREE_CARD)
        found = self.store.cards(card_number=body["card_number"])
        free = bool(found) and rules.card_free(found[0], self.store.now_text())
        return self.ok({"is_free_to_use": free})

    def assign_free_card(self, req: ApiRequest) -> ApiResponse:
        """The card named (it must be free and of that type), or without `card_number` the
        first free card of the type from the pre-imported pool (e.g. the virtual cards); one
        card per type per customer, as the spec says."""
        body = self.body(req, v.ASSIGN_FREE_CARD)
        type_id, customer_id = body["card_type_id"], body["customer_id"]
        if self.store.ref("card_types", type_id) is None:
            raise bad_request("card_type_id", "not_found", type_id, "No such card type.")
        self._known_customer_param(customer_id)
        with self.store.transaction():  # two tills never get the same free card
            if any(c["card_type_id"] == type_id for c in self.store.cards(customer_id=customer_id)):
                raise bad_request("card_type_id", "relation_already_exists", type_id,
                                  "The customer already has a card of this type.")
            now = self.store.now_text()
            if number := body.get("card_number"):
                found = self.store.cards(card_number=number)
                card = found[0] if found else None
                rules.check_free_card(card, number, type_id, now)
            else:
                card = next((c for c in self.store.cards(card_type_id=type_id, state=1)
                             if rules.card_free(c, now)), None)
                if card is None:
                    raise bad_request("card_number", "required", "",
                                      "No free card of this type is left: give a card_number.")
            assert card is not None
            self.store.give_card(card["card_id"], customer_id, None)
        log.info("free card %s assigned", card["card_id"])
        return self.ok({"card_id": card["card_id"]})
