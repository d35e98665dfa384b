"""The Enterprise API slice the kiosk uses, answered from the sandbox store in the spec's shapes."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kiosk_app.api.masking import mask_value
from kiosk_app.sandbox import engine
from kiosk_app.sandbox import validation as v
from kiosk_app.sandbox.store import Refused, SandboxStore, bad_request, ceil_points, digits

log = logging.getLogger("kiosk_app.sandbox")

API_PREFIX = "/webservice/rest-api/enterprise-interface/v1.0"
REFERENCE_MAX_AGE = 300
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class ApiRequest:
    method: str
    path: str  # below the API prefix, e.g. "/cards"
    params: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    body: Any = None
    accept_language: str = ""
    token: str | None = None
    lang: str = "cs"


@dataclass
class ApiResponse:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


def negotiate_language(header: str, available: list[str], default: str) -> str:
    """Pick the best available language by the header's q-values (`en-gb` matches `en`)."""
    choices = []
    for i, part in enumerate(header.split(",")):
        bits = part.strip().split(";")
        tag = bits[0].strip().lower()
        if not tag:
            continue
        q = 1.0
        for bit in bits[1:]:
            key, _, value = bit.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        choices.append((-q, i, tag))
    for _, _, tag in sorted(choices):
        if tag == "*":
            return default
        primary = tag.split("-")[0]
        if primary in available:
            return primary
    return default


def page(items: list[dict[str, Any]], key: str, req: ApiRequest) -> dict[str, Any]:
    """Apply `count`/`offset` (and `sort_field`/`sort_direction`) and wrap as the spec lists do."""
    problems = v.Problems()
    count = v.query_int(req.params, "count", 100, 1, problems)
    offset = v.query_int(req.params, "offset", 0, 0, problems)
    direction = req.params.get("sort_direction", "ASC")
    if direction not in ("ASC", "DESC"):
        problems.add("sort_direction", "not_allowed_value", direction)
    if problems:
        raise Refused(400, problems=problems)
    sort_field = req.params.get("sort_field")
    if sort_field:
        items = sorted(items, key=lambda it: str(it.get(sort_field, "")),
                       reverse=direction == "DESC")
    return {"data": {key: items[offset:offset + count], "total_items": len(items)}}


class Api:
    """Routes API requests to handlers; every handler returns an `ApiResponse`."""

    def __init__(self, store: SandboxStore, *,
                 on_otp: Callable[[str, str, int], None] | None = None) -> None:
        self.store = store
        self.on_otp = on_otp
        s = r"([^/]+)"
        self.routes: list[tuple[str, re.Pattern[str], Callable[..., ApiResponse], bool]] = [
            ("POST", re.compile(r"/users/actions/login"), self.login, False),
            ("POST", re.compile(r"/users/actions/logout"), self.logout, True),
            ("GET", re.compile(r"/languages"), self.languages, False),
            ("GET", re.compile(r"/stores"), self.reference("stores", "stores"), True),
            ("GET", re.compile(r"/currencies"), self.reference("currencies", "currencies"), True),
            ("GET", re.compile(r"/purchase-types"),
             self.reference("purchase_types", "purchase_types"), True),
            ("GET", re.compile(r"/purchase-item-types"),
             self.reference("purchase_item_types", "purchase_item_types"), True),
            ("GET", re.compile(r"/card-types"), self.reference("card_types", "card_types"), True),
            ("GET", re.compile(r"/products"), self.products, True),
            ("GET", re.compile(r"/cards"), self.cards, True),
            ("GET", re.compile(rf"/cards/{s}"), self.card, True),
            ("PUT", re.compile(rf"/cards/{s}"), self.put_card, True),
            ("GET", re.compile(r"/customers"), self.customers, True),
            ("GET", re.compile(r"/customers/actions/search-customers"), self.search_customers,
             True),
            ("GET", re.compile(rf"/customers/{s}"), self.customer, True),
            ("GET", re.compile(rf"/customers/{s}/cards"), self.customer_cards, True),
            ("GET", re.compile(rf"/customers/{s}/points"), self.customer_points, True),
            ("GET", re.compile(rf"/customers/{s}/vouchers"), self.customer_vouchers, True),
            ("GET", re.compile(r"/wallet/actions/points-overview"), self.points_overview, True),
            ("GET", re.compile(r"/vouchers"), self.vouchers, True),
            ("GET", re.compile(r"/rewards"), self.rewards, True),
            ("POST", re.compile(r"/one-time-password/actions/send"), self.otp_send, True),
            ("POST", re.compile(r"/one-time-password/actions/verify"), self.otp_verify, True),
            ("POST", re.compile(r"/purchases/actions/recommended-best-rewards"),
             self.recommended, True),
            ("POST", re.compile(r"/purchases/actions/accept-payment"), self.accept_payment, True),
            ("POST", re.compile(r"/purchases/actions/send-purchase"), self.send_purchase, True),
        ]

    # --- dispatch -------------------------------------------------------------------------------

    def handle(self, req: ApiRequest) -> ApiResponse:
        req.lang = negotiate_language(req.accept_language or "cs, en-gb;q=0.8",
                                      self.store.project["languages"],
                                      self.store.project["default_language"])
        try:
            allowed = []
            for method, pattern, handler, needs_auth in self.routes:
                match = pattern.fullmatch(req.path)
                if not match:
                    continue
                if method != req.method:
                    allowed.append(method)
                    continue
                if needs_auth:
                    self._authenticate(req)
                return handler(req, *match.groups())
            if allowed:
                raise Refused(405, title="Method not allowed", error_type="not_allowed_exception",
                              detail=f"{req.method} is not allowed here",
                              error_data={"http_method": req.method})
            raise Refused(404, title="Resource not found", error_type="not_found_exception",
                          detail=f"No resource at {req.path}",
                          error_data={"resource_name": req.path.strip("/").split("/")[0]})
        except Refused as refused:
            return self.error(refused)

    def _authenticate(self, req: ApiRequest) -> None:
        if not req.token or self.store.check_token(req.token) is None:
            raise Refused(401, title="Unauthorized", error_type="unauthorized_exception",
                          detail="The bearer token is missing, expired or revoked.",
                          error_data={})

    @staticmethod
    def error(refused: Refused) -> ApiResponse:
        error: dict[str, Any] = {
            "type": refused.error_type or ("bad_request_exception" if refused.status == 400
                                           else "about:blank"),
            "exception": refused.error_type or "exception",
            "title": refused.title or ("Bad input parameter" if refused.status == 400 else ""),
            "detail": refused.detail or ("; ".join(p["message"] for p in refused.problems.items)
                                         if refused.problems else ""),
        }
        if refused.problems:
            error["error_data"] = {"invalid_params": refused.problems.items}
        elif refused.error_data is not None:
            error["error_data"] = refused.error_data
        return ApiResponse(refused.status, {"error": error})

    @staticmethod
    def ok(data: Any, status: int = 200, *, max_age: int | None = None) -> ApiResponse:
        body = data if isinstance(data, dict) and "data" in data else {"data": data}
        cache = f"max-age={max_age}" if max_age else "no-store"
        return ApiResponse(status, body, {"Cache-Control": cache})

    @staticmethod
    def body(req: ApiRequest, schema: dict[str, v.F]) -> dict[str, Any]:
        problems = v.Problems()
        v.validate(req.body, schema, problems)
        if problems:
            raise Refused(400, problems=problems)
        return req.body

    def _localised(self, item: dict[str, Any], lang: str) -> dict[str, Any]:
        return {k: self.store.text(val, lang) if k == "name" else val for k, val in item.items()}

    # --- auth -----------------------------------------------------------------------------------

    def login(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.LOGIN)
        token, valid_to, user = self.store.login(body["login"], body["password"],
                                                 body["user_external_application_id"])
        return self.ok({"bearer_token": token, "valid_to": valid_to, "user": user})

    def logout(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.LOGOUT)
        self.store.logout(body["bearer_token"])
        return ApiResponse(204)

    # --- reference data -------------------------------------------------------------------------

    def reference(self, kind: str, key: str) -> Callable[[ApiRequest], ApiResponse]:
        def handler(req: ApiRequest) -> ApiResponse:
            items = [self._localised(i, req.lang) for i in self.store.refs(kind)]
            if kind == "stores":
                items = [{k: val for k, val in i.items()} for i in items]
            for name in ("text_id", "name", "currency_code", "currency_name"):
                if name in req.params:
                    column = name.replace("currency_", "") if kind == "currencies" else name
                    items = [i for i in items if str(i.get(column, "")) == req.params[name]]
            return self.ok(page(items, key, req), max_age=REFERENCE_MAX_AGE)

        return handler

    def languages(self, req: ApiRequest) -> ApiResponse:
        items = [{**lang, "state": 1} for lang in self.store.refs("languages")]
        if (v.query_bool(req.params, "default_language", v.Problems())):
            items = [i for i in items if i["language_id"] == self.store.project["default_language"]]
        return self.ok(page(items, "languages", req), max_age=REFERENCE_MAX_AGE)

    def products(self, req: ApiRequest) -> ApiResponse:
        items = []
        for p in self.store.refs("products"):
            items.append({
                "product_id": p["product_id"], "name": self.store.text(p["name"], req.lang),
                "code": p["code"], "plu_ids": [{"list_code": "PLU", "code": p["code"]}],
                "product_group_id": p["group"], "partner_id": self.store.project["partner_id"],
                "prices": [{"currency_id": c, "value": val} for c, val in p["prices"].items()],
                "additional_properties": [
                    # a string: the spec's oneOf makes whole numbers ambiguous (integer/number)
                    {"property_id": "vat_rate", "property_value": str(p["vat_rate"])},
                    {"property_id": "loyalty_off", "property_value": p.get("loyalty_off", False)},
                ],
                "state": 1,
            })
        if code := req.params.get("code"):
            items = [i for i in items if i["code"] == code]
        if name := req.params.get("name"):
            items = [i for i in items if name.casefold() in i["name"].casefold()]
        return self.ok(page(items, "products", req), max_age=REFERENCE_MAX_AGE)

    # --- cards ----------------------------------------------------------------------------------

    def cards(self, req: ApiRequest) -> ApiResponse:
        problems = v.Problems()
        state = v.query_int(req.params, "state", -1, 0, problems)
        if state not in (-1, 0, 1):
            problems.add("state", "not_allowed_value", state)
        is_valid = v.query_bool(req.params, "is_valid", problems)
        secondary = v.query_bool(req.params, "search_secondary_card_number", problems)
        if problems:
            raise Refused(400, problems=problems)
        items = self.store.cards(card_number=req.params.get("card_number"),
                                 customer_id=req.params.get("customer_id"),
                                 card_type_id=req.params.get("card_type_id"),
                                 state=None if state == -1 else state, is_valid=is_valid,
                                 secondary=bool(secondary))
        numbers = req.lists.get("card_number_list")
        if numbers:
            items = [c for c in items if c["card_number"] in numbers]
        return self.ok(page(items, "cards", req))

    def card(self, req: ApiRequest, card_id: str) -> ApiResponse:
        return self.ok(self.store.card(card_id))

    def put_card(self, req: ApiRequest, card_id: str) -> ApiResponse:
        body = self.body(req, v.PUT_CARD)
        self.store.update_card(card_id, body["card"])
        return ApiResponse(204)

    # --- customers ------------------------------------------------------------------------------

    def customers(self, req: ApiRequest) -> ApiResponse:
        filters = {k: req.params[k] for k in ("email", "phone", "first_name", "last_name",
                                              "birthdate") if req.params.get(k)}
        found = self.store.find_customers(filters)
        if emails := req.lists.get("email_list"):
            found = [c for c in found if c["email"] in emails]
        if ids := req.lists.get("customer_ids"):
            found = [c for c in found if c["customer_id"] in ids]
        return self.ok(page([self.store.customer_json(c) for c in found], "customers", req))

    def search_customers(self, req: ApiRequest) -> ApiResponse:
        filters = {k: req.params[k] for k in ("first_name", "last_name", "birthdate",
                                              "card_number") if req.params.get(k)}
        if not filters:
            raise bad_request("first_name", "required", "", "Give at least one search field.")
        card_number = filters.pop("card_number", None)
        found = self.store.find_customers(filters)
        if card_number:
            owners = {c.get("customer_id") for c in self.store.cards(card_number=card_number)}
            found = [c for c in found if c["customer_id"] in owners]
        return self.ok({"strict": [{"customer_id": c["customer_id"], "match": 100}
                                   for c in found]})

    def customer(self, req: ApiRequest, customer_id: str) -> ApiResponse:
        return self.ok(self.store.customer_json(self.store.customer(customer_id)))

    def customer_cards(self, req: ApiRequest, customer_id: str) -> ApiResponse:
        self.store.customer(customer_id)
        problems = v.Problems()
        is_valid = v.query_bool(req.params, "is_valid", problems)
        if problems:
            raise Refused(400, problems=problems)
        items = self.store.cards(customer_id=customer_id, is_valid=is_valid,
                                 card_number=req.params.get("card_number"))
        return self.ok(page(items, "cards", req))

    def customer_points(self, req: ApiRequest, customer_id: str) -> ApiResponse:
        return self.ok(page(self.store.points(customer_id), "points", req))

    def customer_vouchers(self, req: ApiRequest, customer_id: str) -> ApiResponse:
        problems = v.Problems()
        is_valid = v.query_bool(req.params, "is_valid", problems)
        is_applied = v.query_bool(req.params, "is_applied", problems)
        if problems:
            raise Refused(400, problems=problems)
        rows = self.store.vouchers(customer_id)
        if is_valid is not None:
            rows = [r for r in rows if self.store.voucher_valid(r) == is_valid]
        if is_applied is not None:
            rows = [r for r in rows if bool(r["applied_date"]) == is_applied]
        if code := req.params.get("code"):
            rows = [r for r in rows if r["code"] == code]
        return self.ok(page([self._voucher_json(r, req.lang) for r in rows], "vouchers", req))

    def vouchers(self, req: ApiRequest) -> ApiResponse:
        """`GET /vouchers`: by code (the spec's `voucher_code` parameter is named `code`)."""
        problems = v.Problems()
        is_valid = v.query_bool(req.params, "is_valid", problems)
        is_applied = v.query_bool(req.params, "is_applied", problems)
        if problems:
            raise Refused(400, problems=problems)
        rows = self.store.all_vouchers(code=req.params.get("code"),
                                       customer_id=req.params.get("customer_id"))
        if is_valid is not None:
            rows = [r for r in rows if self.store.voucher_valid(r) == is_valid]
        if is_applied is not None:
            rows = [r for r in rows if bool(r["applied_date"]) == is_applied]
        return self.ok(page([self._voucher_json(r, req.lang) for r in rows], "vouchers", req))

    def rewards(self, req: ApiRequest) -> ApiResponse:
        """`GET /rewards`: the catalogue, names and subtitles in the asked language."""
        problems = v.Problems()
        automated = v.query_bool(req.params, "is_automated", problems)
        v.query_bool(req.params, "is_valid", problems)
        if problems:
            raise Refused(400, problems=problems)
        items = [self._reward_json(r, req.lang) for r in self.store.refs("rewards")]
        if code := req.params.get("code"):
            items = [i for i in items if i["code"] == code]
        if name := req.params.get("name"):
            items = [i for i in items if name.casefold() in i["name"].casefold()]
        if automated is not None:
            items = [i for i in items if i["is_automated"] == automated]
        return self.ok(page(items, "rewards", req), max_age=REFERENCE_MAX_AGE)

    def _stores_json(self) -> list[dict[str, Any]]:
        return [{k: s[k] for k in ("store_id", "store_code", "name", "partner_id", "system_id")}
                for s in self.store.refs("stores")]

    def _reward_json(self, reward: dict[str, Any], lang: str) -> dict[str, Any]:
        out = {"reward_id": reward["reward_id"], "code": reward["code"],
               "name": self.store.text(reward["name"], lang),
               "subtitle": self.store.text(reward.get("description", ""), lang),
               "reward_group": 1 if reward.get("manual") or reward.get("voucher_only") else 0,
               "store_list": self._stores_json(), "priority": reward.get("priority", 9),
               "is_automated": bool(reward.get("automatic")), "state": 1}
        if reward.get("points_cost"):
            out["points_cost"] = reward["points_cost"]
        return out

    def _voucher_json(self, row: dict[str, Any], lang: str) -> dict[str, Any]:
        reward = self.store.reward(row["reward_code"]) or {}
        stores = self._stores_json()
        out = {
            "voucher_id": row["voucher_id"], "customer_id": row["customer_id"],
            "code": row["code"], "valid_from": row["valid_from"], "valid_to": row["valid_to"],
            "applied_date": row["applied_date"], "created_at": row["created_at"],
            "state": 1 if self.store.voucher_valid(row) else 0,
            "reward": {
                "reward_id": reward.get("reward_id", ""), "code": reward.get("code", ""),
                "name": self.store.text(reward.get("name", ""), lang),
                "subtitle": self.store.text(reward.get("description", ""), lang),
                "reward_group": 1, "store_list": stores,
                "priority": reward.get("priority", 9),
            },
        }
        return {k: val for k, val in out.items() if val is not None}

    def points_overview(self, req: ApiRequest) -> ApiResponse:
        customer_id = req.params.get("customer_id")
        if not customer_id:
            raise bad_request("customer_id", "required", "", "customer_id is required.")
        try:
            self.store.customer(customer_id)
        except Refused:
            raise bad_request("customer_id", "not_found", customer_id) from None
        return self.ok(self.store.points_overview(customer_id))

    # --- one-time passwords ---------------------------------------------------------------------

    def otp_send(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.OTP_SEND)
        self._check_app(body["external_application_id"])
        recipient, channel = body["recipient"].strip(), body["communication_channel_id"]
        if channel == 1 and not _EMAIL.match(recipient):
            raise bad_request("recipient", "invalid_value_format", recipient,
                              "Not an e-mail address.")
        if channel == 2:
            if not re.fullmatch(r"\+?[\d ]{9,20}", recipient):
                raise bad_request("recipient", "invalid_value_format", recipient,
                                  "Not a phone number.")
            recipient = digits(recipient)
        request_id, code = self.store.send_otp(recipient, channel, body.get("otp_type", 1))
        log.info("OTP sent to %s (request %s)", mask_value(recipient), request_id)
        if self.on_otp:
            self.on_otp(recipient, code, channel)
        return self.ok({"request_id": request_id})

    def otp_verify(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.OTP_VERIFY)
        self._check_app(body["external_application_id"])
        return self.ok({"is_valid": self.store.verify_otp(body["request_id"],
                                                          body["verification_code"])})

    def _check_app(self, app_id: str) -> None:
        if app_id not in self.store.seed["external_applications"]:
            raise bad_request("external_application_id", "not_found", app_id)

    # --- purchases ------------------------------------------------------------------------------

    def _reward_name(self, reward: dict[str, Any], lang: str) -> str:
        return self.store.text(reward["name"], lang)

    def recommended(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.RECOMMENDED)
        self.store.check_store(body)
        card, customer = self.store.resolve_buyer(body)
        bill = body["bill"]
        self.store.check_bill(bill, final=False)
        lines = self.store.lines(bill)
        ctx = self.store.context(card, customer, bill["currency_id"])
        kind = body["reward_list_type"]
        out = []
        rewards = self.store.manual_rewards(include_automatic=kind == "A")
        for reward in rewards:
            count = engine.max_count(reward, lines, ctx)
            related = any(engine._matches(line, need) for line in lines
                          for need in reward.get("condition", {}).get("items", []))
            if kind == "C" and (count == 0 or not (related or reward.get("overall"))):
                continue
            out.append(self._recommendation(reward, reward["code"], count, req.lang))
        if customer:
            for row in self.store.vouchers(customer["customer_id"]):
                reward = self.store.reward(row["reward_code"])
                if not reward or not self.store.voucher_valid(row):
                    continue
                count = min(1, engine.max_count(reward, lines, ctx))
                if kind == "C" and count == 0:
                    continue
                out.append(self._recommendation(reward, row["code"], count, req.lang))
        out.sort(key=lambda r: (r["reward_priority"], -r["max_count"], r["code"]))
        return self.ok({"recommended_best_rewards": out, "total_items": len(out)})

    def _recommendation(self, reward: dict[str, Any], code: str, count: int, lang: str
                        ) -> dict[str, Any]:
        return {"code": code, "name": self._reward_name(reward, lang),
                "reward_priority": reward["priority"], "max_count": count,
                "description": self.store.text(reward["description"], lang)}

    def accept_payment(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.ACCEPT_PAYMENT)
        self.store.check_store(body)
        card, customer = self.store.resolve_buyer(body)
        bill = body["bill"]
        self.store.check_bill(bill, final=False)
        return self.ok(self._quote(body, card, customer, req.lang))

    def _quote(self, body: dict[str, Any], card: dict[str, Any] | None,
               customer: dict[str, Any] | None, lang: str) -> dict[str, Any]:
        """The accept-payment calculation: discounts, vouchers, points and credit; commits nothing."""
        store, project = self.store, self.store.project
        bill, payment_type = body["bill"], body["payment_type"]
        currency = bill["currency_id"]
        lines = store.lines(bill)
        ctx = store.context(card, customer, currency)
        cid = customer["customer_id"] if customer else None
        overall_allowed = payment_type in ("A", "D")
        discounts: list[dict[str, Any]] = []
        vouchers: list[dict[str, Any]] = []
        messages: list[str] = []
        points_cost = 0.0

        for reward in store.automatic_rewards():
            if reward.get("overall") and not overall_allowed:
                continue
            if engine.max_count(reward, lines, ctx):
                for bid, off, pct in engine.apply(reward, 1, lines, ctx):
                    discounts.append(_discount(reward["code"], off, pct,
                                               self._reward_name(reward, lang), bid))

        codes = Counter(body.get("benefit_codes") or [])
        for code, count in codes.items():
            voucher = store.voucher_by_code(code)
            if voucher is not None:
                reward = store.reward(voucher["reward_code"])
                if voucher["customer_id"] != cid or reward is None:
                    raise bad_request("benefit_codes", "not_found", code, "Unknown voucher.")
                if voucher["applied_date"]:
                    raise bad_request("benefit_codes", "voucher_already_used", code)
                if not store.voucher_valid(voucher):
                    raise bad_request("benefit_codes", "voucher_expired", code)
                if count > 1:
                    raise bad_request("benefit_codes", "voucher_already_applied", code)
                if reward.get("overall") and not overall_allowed:
                    raise bad_request("payment_type", "not_allowed_value", payment_type,
                                      "Overall discounts need payment type A or D.")
                if failure := engine.condition_failure(reward, lines, ctx):
                    raise bad_request("benefit_codes", failure, code)
                for bid, off, pct in engine.apply(reward, 1, lines, ctx):
                    vouchers.append({"code": code, "name": self._reward_name(reward, lang),
                                     "discount_value": off, **_pct(pct), "bill_item_id": bid})
                continue
            reward = store.reward(code)
            if reward is None or not reward.get("manual"):
                raise bad_request("benefit_codes", "not_found", code, "Unknown reward.")
            if reward.get("overall") and not overall_allowed:
                raise bad_request("payment_type", "not_allowed_value", payment_type,
                                  "Overall discounts need payment type A or D.")
            cost = (reward.get("points_cost") or 0) * count
            if cost and (not cid or points_cost + cost > ctx.available_points):
                raise bad_request("benefit_codes", "not_enough_points_for_voucher", code)
            if failure := engine.condition_failure(reward, lines, ctx):
                raise bad_request("benefit_codes", failure, code)
            if count > engine.max_count(reward, lines, ctx, ignore_points=True):
                raise bad_request("benefit_codes", "not_allowed_value", code,
                                  "The reward cannot be applied that many times.")
            points_cost += cost
            for bid, off, pct in engine.apply(reward, count, lines, ctx):
                discounts.append(_discount(code, off, pct, self._reward_name(reward, lang), bid))

        to_pay = engine.money(sum(line.remaining for line in lines)
                              + sum(i["paid_amount"] for i in bill["bill_items"]
                                    if i["paid_amount"] <= 0 or i["quantity"] <= 0))
        available = ctx.available_points - points_cost
        point_value = project["point_value"].get(currency, 0)
        credit_points, points_money = 0.0, 0.0
        max_points = body.get("max_points") or 0
        if max_points:
            if not customer or not customer.get("points_payment", True):
                raise bad_request("max_points", "customer_cant_pay_by_points", max_points)
            if max_points > available:
                raise bad_request("max_points", "not_enough_points_for_payment", max_points)
            credit_points = min(float(max_points), ceil_points(max(to_pay, 0), point_value))
            points_money = min(engine.money(credit_points * point_value), max(to_pay, 0))
            messages.append(store.message("points_paid", lang, points=_num(credit_points),
                                          money=f"{points_money:.2f}"))
        credit = 0.0
        balance = float(customer.get("credit", 0)) if customer else 0.0
        if cid:
            row = store.query("SELECT credit FROM customers WHERE customer_id=?", (cid,))
            balance = float(row[0]["credit"])
        if body.get("max_credit"):
            if payment_type != "C":
                messages.append(store.message("credit_only_c", lang))
            else:
                credit = engine.money(max(0.0, min(body["max_credit"], balance,
                                                   to_pay - points_money)))
        earned = 0
        if not customer:
            messages.append(store.message("anonymous", lang))
        elif payment_type == "D":
            messages.append(store.message("no_points_d", lang))
        else:
            eligible = sum(line.remaining for line in lines if not line.loyalty_off)
            earned = engine.points_earned(eligible - points_money - credit,
                                          project["earn_rate"].get(currency, 0))
            messages.append(store.message("earn", lang, points=earned))
        if cid:
            used = {v["code"] for v in vouchers}
            unused = [r for r in store.vouchers(cid) if store.voucher_valid(r)
                      and r["code"] not in used]
            if unused:
                messages.append(store.message("unused_vouchers", lang, count=len(unused)))
        return {
            "recommended_discounts": discounts,
            "credit_points": credit_points,
            "price_of_credit_points": points_money,
            "credit": credit,
            "vouchers": vouchers,
            "credit_points_of_this_transaction": float(earned),
            "total_credit_points": ctx.available_points - points_cost - credit_points + earned,
            "total_credit": engine.money(balance - credit),
            "messages": [{"text": text} for text in messages],
        }

    def send_purchase(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.SEND_PURCHASE)
        self.store.check_store(body)
        bill = body["bill"]
        if bill["canceled"]:
            card, customer = None, None
            if body.get("card_number"):
                found = self.store.cards(card_number=body["card_number"])
                card = found[0] if found else None
        else:
            card, customer = self.store.resolve_buyer(body)
            self.store.check_bill(bill, final=True)
        purchase_id = self.store.record_purchase(body, customer, card)
        return self.ok({"purchase_id": purchase_id}, status=201)


def _pct(percent: float | None) -> dict[str, float]:
    return {"discount_percent": percent} if percent is not None else {}


def _discount(code: str, value: float, percent: float | None, description: str, bill_item_id: str
              ) -> dict[str, Any]:
    return {"discount_code": code, "discount_value": value, **_pct(percent),
            "description": description, "bill_item_id": bill_item_id}


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"
