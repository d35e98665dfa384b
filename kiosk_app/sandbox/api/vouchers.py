"""Vouchers and rewards: voucher lists, the reward catalogue, a voucher bought with points,
and a gift card's balance."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from kiosk_app.sandbox import rules
from kiosk_app.sandbox import validation as v
from kiosk_app.sandbox.api.base import (
    REFERENCE_MAX_AGE,
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
from kiosk_app.sandbox.engine import dec
from kiosk_app.sandbox.text import fold


class VoucherHandlers(ApiBase):
    """`/vouchers...`, `/customers/{id}/vouchers` and `/rewards...`."""

    # --- vouchers -------------------------------------------------------------------------------

    def customer_vouchers(self, req: ApiRequest, customer_id: str) -> ApiResponse:
        self._known_customer(customer_id)
        return self._vouchers(req, customer_id=customer_id, code=req.params.get("code") or None)

    def vouchers(self, req: ApiRequest) -> ApiResponse:
        """`GET /vouchers`: by code (the spec's `voucher_code` parameter is named `code`)."""
        return self._vouchers(req, customer_id=req.params.get("customer_id"),
                              code=req.params.get("code"))

    def _vouchers(self, req: ApiRequest, *, customer_id: str | None, code: str | None
                  ) -> ApiResponse:
        """Paged in SQL; `is_valid` (a rule) is judged here, on the vouchers the filters leave."""
        is_valid, is_applied = query_flags(req, "is_valid", "is_applied")
        paging = Paging.of(req)
        rewards = self.store.rewards()
        if is_valid is None and not paging.sort:
            rows, total = self.store.find_vouchers(code=code, customer_id=customer_id,
                                                   applied=is_applied, limit=paging.count,
                                                   offset=paging.offset)
            return self.ok(listed("vouchers", [self._voucher_json(r, rewards, req.lang)
                                               for r in rows], total))
        rows, _ = self.store.find_vouchers(code=code, customer_id=customer_id, applied=is_applied)
        now = self.store.now_text()
        if is_valid is not None:
            rows = [r for r in rows if rules.voucher_valid(r, now) == is_valid]
        return self.ok(paging.cut([self._voucher_json(r, rewards, req.lang) for r in rows],
                                  "vouchers"))

    def _voucher_json(self, row: Mapping[str, Any], rewards: Mapping[str, Any], lang: str
                      ) -> dict[str, Any]:
        reward = rewards.get(row["reward_code"]) or {}
        out = {
            "voucher_id": row["voucher_id"], "customer_id": row["customer_id"],
            "code": row["code"], "valid_from": row["valid_from"], "valid_to": row["valid_to"],
            "applied_date": row["applied_date"], "created_at": row["created_at"],
            "state": 1 if rules.voucher_valid(row, self.store.now_text()) else 0,
            "reward": {
                "reward_id": reward.get("reward_id", ""), "code": reward.get("code", ""),
                "name": self._text(reward.get("name", ""), lang),
                "subtitle": self._text(reward.get("description", ""), lang),
                "reward_group": reward.get("reward_group", 1), "store_list": self._stores_json(),
                "priority": reward.get("priority", 9),
            },
        }
        return {k: val for k, val in out.items() if val is not None}

    def gift_card_balance(self, req: ApiRequest) -> ApiResponse:
        """`POST /vouchers/actions/gift-card-balance` by `code` or `voucher_id`: the value left
        (none once the voucher is used up) and the value it started with."""
        body = self.body(req, v.GIFT_CARD_BALANCE)
        voucher_id, code = body.get("voucher_id"), body.get("code")
        if not voucher_id and not (code and code.strip()):
            raise bad_request("code", "required", "", "Give the gift card's code or voucher_id.")
        name, value = ("voucher_id", voucher_id) if voucher_id else ("code", (code or "").strip())
        card = self.store.gift_card(**{name: value})
        if card is None:
            raise bad_request(name, "not_found", value, "No such voucher.")
        if card["balance"] is None:
            raise bad_request(name, "not_allowed_value", value, "This voucher is not a gift card.")
        return self.ok({"voucher_id": card["voucher_id"],
                        "current_balance": Decimal(0 if card["applied_date"] else card["balance"]),
                        "original_balance": Decimal(card["original"])})

    # --- rewards --------------------------------------------------------------------------------

    def rewards(self, req: ApiRequest) -> ApiResponse:
        """`GET /rewards`: the catalogue, names and subtitles in the asked language.

        Filters (all ANDed): `code`, `name` (a part of it, case- and accent-blind), `store_id`,
        `reward_group`, `is_automated`, and validity: `is_valid` (valid now, or not),
        `valid_from`/`valid_to` (valid at some time in that period). `store_list` is filled
        only with `without_stores=false`, as the spec says.
        """
        problems = v.Problems()
        automated, valid, without_stores = (v.query_bool(req.params, name, problems) for name in
                                            ("is_automated", "is_valid", "without_stores"))
        start = v.query_date(req.params, "valid_from", problems)
        end = v.query_date(req.params, "valid_to", problems)
        group = v.query_enum(req.params, "reward_group", (0, 1, 2, 4), problems)
        if problems:
            raise Refused(400, problems=problems)
        paging = Paging.of(req)
        rewards = list(self.store.rewards().values())
        if code := req.params.get("code"):
            rewards = [r for r in rewards if r["code"] == code]
        if store_id := req.params.get("store_id"):
            rewards = [r for r in rewards if store_id in self._reward_stores(r)]
        if group is not None:
            rewards = [r for r in rewards if r.get("reward_group", 0) == group]
        if automated is not None:
            rewards = [r for r in rewards if bool(r.get("automatic")) == automated]
        if valid is not None:
            now = self.store.now_text()
            rewards = [r for r in rewards if rules.reward_offered(r, now, now) == valid]
        if start is not None or end is not None:
            rewards = [r for r in rewards if rules.reward_offered(
                r, start, None if end is None else f"{end} 23:59:59")]
        items = [self._reward_json(r, req.lang, stores=without_stores is False) for r in rewards]
        if name := req.params.get("name"):
            items = [i for i in items if fold(name) in fold(i["name"])]
        return self.ok(paging.cut(items, "rewards"), max_age=REFERENCE_MAX_AGE)

    def _stores_json(self, only: Iterable[str] | None = None) -> list[dict[str, Any]]:
        wanted = None if only is None else set(only)
        return [{k: s[k] for k in ("store_id", "store_code", "name", "partner_id", "system_id")}
                for s in self.store.refs("stores") if wanted is None or s["store_id"] in wanted]

    def _reward_stores(self, reward: Mapping[str, Any]) -> list[str]:
        """Where the reward can be redeemed: the stores it names, else every store."""
        return reward.get("stores") or [s["store_id"] for s in self.store.refs("stores")]

    def _reward_json(self, reward: Mapping[str, Any], lang: str, *, stores: bool = True
                     ) -> dict[str, Any]:
        out = {"reward_id": reward["reward_id"], "code": reward["code"],
               "name": self._text(reward["name"], lang),
               "subtitle": self._text(reward.get("description", ""), lang),
               "reward_group": reward.get("reward_group", 0),
               "store_list": self._stores_json(self._reward_stores(reward)) if stores else [],
               "priority": reward.get("priority", 9),
               "is_automated": bool(reward.get("automatic")), "state": 1}
        if reward.get("points_cost"):
            out["points_cost"] = reward["points_cost"]
        return out

    def create_voucher(self, req: ApiRequest, reward_id: str) -> ApiResponse:
        """`POST /rewards/{id}/actions/create-voucher`: a voucher for the customer, paid with the
        reward's `points_cost`. A `code` already taken is refused before anything else, so a
        request repeated after a lost answer never makes a second voucher nor spends twice."""
        body = self.body(req, v.CREATE_VOUCHER)
        reward = next((r for r in self.store.rewards().values() if r["reward_id"] == reward_id),
                      None)
        if reward is None:
            raise not_found("rewards", reward_id)
        customer_id = self._customer_param(body["customer_id"])
        code = body.get("code")
        if code is not None and not rules.VOUCHER_CODE.fullmatch(code):
            raise bad_request("code", "invalid_value_format", code,
                              "A voucher code is 1 to 50 visible ASCII characters.")
        with self.store.transaction():  # one code, one voucher, its points spent once
            if code is not None and self.store.vouchers_by_code([code]):
                raise bad_request("code", "already_exists", code, "A voucher with this code exists.")
            now = self.store.now_text()
            cost = rules.voucher_cost(reward, available=dec(self.store.available_points(customer_id)),
                                      now=now)
            while code is None or self.store.vouchers_by_code([code]):
                code = rules.voucher_code()
            voucher_id = self.store.create_voucher(
                customer_id, reward, code, cost=cost, valid_to=rules.voucher_valid_to(reward, now),
                taken=rules.take_points(self.store.spendable_points(customer_id), cost))
        log.info("voucher %s of %s made for %s points", voucher_id, reward["code"], cost)
        return self.ok({"voucher_id": voucher_id}, status=201)
