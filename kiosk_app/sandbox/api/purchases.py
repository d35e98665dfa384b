"""Purchases: recommended rewards, the accept-payment quote, send-purchase (a sale or a
cancellation), the purchase list and a purchase claimed later by its customer. The rules
(`rules.price`, `rules.commit`...) decide; this renders their answers."""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from kiosk_app.sandbox import rules
from kiosk_app.sandbox import validation as v
from kiosk_app.sandbox.api.base import ApiBase, ApiRequest, ApiResponse, Paging, bad_request, log
from kiosk_app.sandbox.engine import dec


class PurchaseHandlers(ApiBase):
    """`/purchases...`."""

    def _check_store(self, body: Mapping[str, Any]) -> None:
        if self.store.ref("stores", body["store_id"]) is None:
            raise bad_request("store_id", "not_found", body["store_id"], "No such store.")

    def _check_bill(self, bill: Mapping[str, Any], *, final: bool) -> None:
        rules.check_bill(bill, currencies=self.store.ref_ids("currencies"),
                         item_types=self.store.ref_ids("purchase_item_types"),
                         purchase_types=self.store.ref_ids("purchase_types") if final else None)

    def _resolve_buyer(self, body: Mapping[str, Any]
                       ) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """The card and customer a purchase request names; refuses blocked or invalid cards."""
        card = None
        customer_id = body.get("customer_id")
        if card_number := body.get("card_number"):
            found = self.store.cards(card_number=card_number)
            if not found:
                raise bad_request("card_number", "not_found", card_number, "No such card.")
            card = found[0]
            rules.check_card(card, card_number, customer_id, self.store.now_text())
            customer_id = card.get("customer_id")
        if not customer_id:
            return card, None
        customer = self.store.customer(customer_id)
        if customer is None:
            raise bad_request("customer_id", "not_found", customer_id, "No such customer.")
        return card, customer

    def _buyer(self, card: Mapping[str, Any] | None, customer: Mapping[str, Any] | None
               ) -> rules.Buyer:
        """What the rules know of who buys: card types, points, credit, vouchers, history."""
        types = {card["card_type_id"]} if card else set()
        if customer is None:
            return rules.Buyer(card_type_ids=frozenset(types))
        cid = customer["customer_id"]
        now = self.store.now_text()
        types |= {c["card_type_id"] for c in self.store.cards(customer_id=cid)
                  if rules.card_usable(c, now)}
        return rules.Buyer(customer_id=cid, card_type_ids=frozenset(types),
                           available_points=dec(self.store.available_points(cid)),
                           credit=customer["credit"], points_payment=customer["points_payment"],
                           has_purchases=self.store.has_purchases(cid),
                           vouchers=tuple(self.store.vouchers(cid)))

    def _groups(self, bill: Mapping[str, Any]) -> dict[str, str | None]:
        return self.store.product_groups(p["code"] for i in bill["bill_items"]
                                         for p in i.get("plu_ids", []))

    def recommended(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.RECOMMENDED)
        self._check_store(body)
        card, customer = self._resolve_buyer(body)
        bill = body["bill"]
        self._check_bill(bill, final=False)
        found = rules.recommend(bill, self._buyer(card, customer), kind=body["reward_list_type"],
                                rewards=self.store.rewards(), groups=self._groups(bill),
                                now=self.store.now_text())
        out = [{"code": r.code, "name": self._text(r.reward["name"], req.lang),
                "reward_priority": r.reward["priority"], "max_count": r.max_count,
                "description": self._text(r.reward["description"], req.lang)} for r in found]
        return self.ok({"recommended_best_rewards": out, "total_items": len(out)})

    def accept_payment(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.ACCEPT_PAYMENT)
        self._check_store(body)
        card, customer = self._resolve_buyer(body)
        bill = body["bill"]
        self._check_bill(bill, final=False)
        codes = body.get("benefit_codes") or []
        quote = rules.price(
            bill, self._buyer(card, customer), payment_type=body["payment_type"],
            benefit_codes=codes, max_points=dec(body.get("max_points") or 0),
            max_credit=dec(body.get("max_credit") or 0), rewards=self.store.rewards(),
            vouchers=self.store.vouchers_by_code(codes), groups=self._groups(bill),
            project=self.project, now=self.store.now_text())
        lang = req.lang
        return self.ok({
            "recommended_discounts": [
                {"discount_code": d.code, "discount_value": d.value, **_percent(d),
                 "description": self._text(d.reward["name"], lang), "bill_item_id": d.bill_item_id}
                for d in quote.discounts],
            "credit_points": quote.credit_points,
            "price_of_credit_points": quote.points_money,
            "credit": quote.credit,
            "vouchers": [
                {"code": d.code, "name": self._text(d.reward["name"], lang),
                 "discount_value": d.value, **_percent(d), "bill_item_id": d.bill_item_id}
                for d in quote.vouchers],
            "credit_points_of_this_transaction": Decimal(quote.earned),
            "total_credit_points": quote.total_points,
            "total_credit": quote.total_credit,
            "messages": [{"text": self._note(key, values, lang)} for key, values in quote.notes],
        })

    def _note(self, key: str, values: Mapping[str, Any], lang: str) -> str:
        shown = {k: f"{val:.2f}" if k == "money" else _plain(val) for k, val in values.items()}
        return self.store.message(key, lang, **shown)

    def send_purchase(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.SEND_PURCHASE)
        self._check_store(body)
        bill = body["bill"]
        if bill["canceled"]:
            return self._cancel(body)
        card, customer = self._resolve_buyer(body)
        self._check_bill(bill, final=True)
        recap = bill.get("payment_recap") or {}
        with self.store.transaction():  # the checks see exactly what the purchase changes
            self._check_new_bill(bill)
            if customer is not None:  # the sale's point reservation (external_id = bill_id) ends
                self.store.end_reservation(bill["bill_id"], customer["customer_id"])
            buyer = self._buyer(card, customer)
            plan = rules.commit(
                bill, buyer, rewards=self.store.rewards(),
                vouchers=self.store.vouchers_by_code(v["code"] for v in recap.get("vouchers", [])
                                                     if v.get("code")),
                point_records=self.store.spendable_points(buyer.customer_id),
                project=self.project, now=self.store.now_text())
            purchase_id = self.store.record_purchase(
                body, buyer.customer_id, card["card_number"] if card else None,
                voucher_codes=plan.voucher_codes, taken=plan.taken, credit=plan.credit,
                earned=plan.earned, earned_valid_to=plan.earned_valid_to)
        return self.ok({"purchase_id": purchase_id}, status=201)

    def _cancel(self, body: Mapping[str, Any]) -> ApiResponse:
        """A cancellation (`canceled: true`) of the purchase whose bill_id is its bill_number."""
        bill = body["bill"]
        card_number = None
        if body.get("card_number"):
            found = self.store.cards(card_number=body["card_number"])
            card_number = found[0]["card_number"] if found else None
        with self.store.transaction():
            self._check_new_bill(bill)
            original = rules.check_cancellation(
                bill, self.store.purchase(bill["bill_number"]) if bill.get("bill_number") else None)
            purchase_id = self.store.record_cancellation(body, original, card_number)
        return self.ok({"purchase_id": purchase_id}, status=201)

    def _check_new_bill(self, bill: Mapping[str, Any]) -> None:
        if self.store.purchase(bill["bill_id"]) is not None:
            raise bad_request("bill_id", "already_exists", bill["bill_id"],
                              "A purchase with this bill_id was already received.")

    def purchases(self, req: ApiRequest) -> ApiResponse:
        """`GET /purchases` by `external_purchase_id` (the bill_id), `customer_id`, `store_id`,
        oldest first; a purchase without a customer has `customer_id` "" (the spec requires
        the field)."""
        paging = Paging.of(req)
        rows = self.store.find_purchases(customer_id=req.params.get("customer_id") or None,
                                         store_id=req.params.get("store_id") or None,
                                         bill_id=req.params.get("external_purchase_id") or None)
        return self.ok(paging.cut([_purchase_json(r) for r in rows], "purchases"))

    def assign_customer(self, req: ApiRequest) -> ApiResponse:
        """`POST /purchases/actions/assign-customer`: a purchase sent without a customer (its
        `bill_id` as `external_purchase_id`, in this store) is claimed by the customer of
        `card_number` or by `customer_id`, who is credited its points then. Once: a purchase
        that has a customer is refused (`relation_already_exists`)."""
        body = self.body(req, v.ASSIGN_CUSTOMER)
        self._check_store(body)
        if not body.get("card_number") and not body.get("customer_id"):
            raise bad_request("customer_id", "required", "", "Give card_number or customer_id.")
        card, customer = self._resolve_buyer(body)
        if customer is None:
            raise bad_request("card_number", "not_allowed_value", body["card_number"],
                              "The card belongs to no customer.")
        external_id = body["external_purchase_id"]
        with self.store.transaction():  # claimed once, its points credited once
            purchase = rules.check_assignable(self.store.purchase(external_id), external_id,
                                              body["store_id"])
            bill = json.loads(purchase["request"])["bill"]
            self.store.assign_purchase(
                purchase, customer["customer_id"], card["card_number"] if card else None,
                earned=rules.points_for_claim(bill, self.project),
                valid_to=rules.earned_valid_to(self.store.now_text()))
        log.info("purchase %s assigned to a customer", purchase["purchase_id"])
        return ApiResponse(204)


def _percent(applied: rules.Applied) -> dict[str, Decimal]:
    return {"discount_percent": applied.percent} if applied.percent is not None else {}


def _plain(value: Any) -> str:
    """A points figure for a message: whole numbers without decimals."""
    number = dec(value) if not isinstance(value, Decimal) else value
    return str(int(number)) if number == number.to_integral_value() else f"{number:.2f}"


def _purchase_json(row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored purchase as the spec's `Purchase` (items only with `purchase_items_extension`,
    which the sandbox does not fill)."""
    bill = json.loads(row["request"])["bill"]
    out = {"purchase_id": row["purchase_id"], "customer_id": row["customer_id"] or "",
           "store_id": row["store_id"], "external_purchase_id": row["bill_id"],
           "payment_time": bill["payment_time"].replace("T", " "),
           "items_count": len(bill["bill_items"]), "purchase_items": [],
           "type_id": bill["purchase_type_id"], "total_price": row["total_price"],
           "currency_id": row["currency_id"], "cashdesk_number": str(row["cashdesk"]),
           "last_change": row["created_at"], "property_records": []}
    if row["card_number"]:
        out["card_number"] = row["card_number"]
    return out

