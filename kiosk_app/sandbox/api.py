"""The Enterprise API slice the kiosk uses: requests checked, rules and store called, answers
rendered in the spec's shapes. No business rule and no SQL lives here (see `rules.py`
and `store.py`); a rule's refusal becomes the spec's `400 invalid_params`.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kiosk_app.api.masking import mask_value
from kiosk_app.sandbox import rules
from kiosk_app.sandbox import validation as v
from kiosk_app.sandbox.engine import dec
from kiosk_app.sandbox.router import NoRoute, Route, Router
from kiosk_app.sandbox.store import SandboxStore
from kiosk_app.sandbox.text import digits, fold

log = logging.getLogger("kiosk_app.sandbox")

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


class Refused(Exception):
    """A request the sandbox answers with an error status (400 with reasons, 401, 404...)."""

    def __init__(self, status: int, *, problems: v.Problems | None = None, title: str = "",
                 detail: str = "", error_type: str = "", error_data: dict[str, Any] | None = None):
        super().__init__(f"{status} {title}")
        self.status = status
        self.problems = problems
        self.title = title
        self.detail = detail
        self.error_type = error_type
        self.error_data = error_data


def bad_request(name: str, reason: str, value: Any = "", message: str = "") -> Refused:
    problems = v.Problems()
    problems.add(name, reason, value, message or f"{name}: {reason}")
    return Refused(400, problems=problems)


def not_found(resource: str, resource_id: str) -> Refused:
    return Refused(404, title="Resource not found", detail=f"{resource} {resource_id} not found",
                   error_type="not_found_exception",
                   error_data={"resource_id": resource_id, "resource_name": resource})


def refused(error: rules.RuleError) -> Refused:
    problems = v.Problems()
    for p in error.problems:
        problems.add(p.field, p.reason, p.value, p.message)
    return Refused(400, problems=problems)


def encode(payload: Any) -> bytes:
    """An answer as JSON; exact decimals go out as JSON numbers."""
    return json.dumps(payload, ensure_ascii=False, default=_number).encode()


def _number(value: Any) -> float:
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


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


@dataclass(frozen=True)
class Paging:
    """A list request's `count`/`offset` and `sort_field`/`sort_direction`."""

    count: int
    offset: int
    sort: str | None
    descending: bool

    @classmethod
    def of(cls, req: ApiRequest) -> Paging:
        problems = v.Problems()
        count = v.query_int(req.params, "count", 100, 1, problems)
        offset = v.query_int(req.params, "offset", 0, 0, problems)
        direction = req.params.get("sort_direction", "ASC")
        if direction not in ("ASC", "DESC"):
            problems.add("sort_direction", "not_allowed_value", direction)
        if problems:
            raise Refused(400, problems=problems)
        return cls(count, offset, req.params.get("sort_field") or None, direction == "DESC")

    def cut(self, items: list[dict[str, Any]], key: str) -> dict[str, Any]:
        """Sort and page a list built in memory, wrapped as the spec's lists are."""
        if self.sort:
            sort = self.sort
            items = sorted(items, key=lambda it: _sort_key(it.get(sort)), reverse=self.descending)
        return listed(key, items[self.offset:self.offset + self.count], len(items))


def _sort_key(value: Any) -> tuple[int, Decimal, str]:
    """Numbers by value (150 before 1000), anything else as text after them."""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return (0, Decimal(str(value)), "")
    return (1, Decimal(0), "" if value is None else str(value))


def listed(key: str, items: list[dict[str, Any]], total: int) -> dict[str, Any]:
    return {"data": {key: items, "total_items": total}}


def _query_flags(req: ApiRequest, *names: str) -> list[bool | None]:
    problems = v.Problems()
    flags = [v.query_bool(req.params, name, problems) for name in names]
    if problems:
        raise Refused(400, problems=problems)
    return flags


class Api:
    """The API's handlers, each returning an `ApiResponse`; `handle` dispatches by `Router`."""

    def __init__(self, store: SandboxStore, *,
                 on_otp: Callable[[str, str, int], None] | None = None) -> None:
        self.store = store
        self.on_otp = on_otp
        self.project = rules.Project.from_seed(store.project)
        self.router = Router(self)

    # --- dispatch -------------------------------------------------------------------------------

    def handle(self, req: ApiRequest) -> ApiResponse:
        req.lang = negotiate_language(req.accept_language or "cs, en-gb;q=0.8",
                                      self.store.project["languages"],
                                      self.store.project["default_language"])
        try:
            route, args = self._route(req)
            if route.needs_auth:
                self._authenticate(req)
            return route.handler(req, *args)
        except rules.RuleError as error:
            return self.error(refused(error))
        except Refused as refusal:
            return self.error(refusal)

    def _route(self, req: ApiRequest) -> tuple[Route, tuple[str, ...]]:
        try:
            return self.router.resolve(req.method, req.path)
        except NoRoute as missing:
            if missing.allowed:
                raise Refused(405, title="Method not allowed", error_type="not_allowed_exception",
                              detail=f"{req.method} is not allowed here",
                              error_data={"http_method": req.method}) from None
            raise Refused(404, title="Resource not found", error_type="not_found_exception",
                          detail=f"No resource at {req.path}",
                          error_data={"resource_name": req.path.strip("/").split("/")[0]}) from None

    def _authenticate(self, req: ApiRequest) -> None:
        if not req.token or self.store.check_token(req.token) is None:
            raise Refused(401, title="Unauthorized", error_type="unauthorized_exception",
                          detail="The bearer token is missing, expired or revoked.",
                          error_data={})

    @staticmethod
    def error(refusal: Refused) -> ApiResponse:
        error: dict[str, Any] = {
            "type": refusal.error_type or ("bad_request_exception" if refusal.status == 400
                                           else "about:blank"),
            "exception": refusal.error_type or "exception",
            "title": refusal.title or ("Bad input parameter" if refusal.status == 400 else ""),
            "detail": refusal.detail or ("; ".join(p["message"] for p in refusal.problems.items)
                                         if refusal.problems else ""),
        }
        if refusal.problems:
            error["error_data"] = {"invalid_params": refusal.problems.items}
        elif refusal.error_data is not None:
            error["error_data"] = refusal.error_data
        return ApiResponse(refusal.status, {"error": error})

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

    def _text(self, texts: Any, lang: str) -> str:
        return self.store.text(texts, lang)

    # --- auth -----------------------------------------------------------------------------------

    def login(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.LOGIN)
        app_id = body.get("user_external_application_id") or ""
        if app_id not in self.store.seed["external_applications"]:
            raise bad_request("user_external_application_id", "not_found", app_id,
                              "Unknown external application.")
        login = body.get("login") or ""
        signed_in = self.store.login(login, body.get("password") or "", app_id)
        if signed_in is None:
            raise bad_request("login", "not_allowed_value", login, "Wrong login or password.")
        token, valid_to, user = signed_in
        return self.ok({"bearer_token": token, "valid_to": valid_to, "user": user})

    def logout(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.LOGOUT)
        self.store.logout(body["bearer_token"])
        return ApiResponse(204)

    # --- reference data -------------------------------------------------------------------------

    def _reference(self, req: ApiRequest, kind: str) -> ApiResponse:
        """A small reference list, localised, filtered by exact values, paged in memory."""
        items = [{k: self._text(val, req.lang) if k == "name" else val for k, val in i.items()}
                 for i in self.store.refs(kind)]
        for name in ("text_id", "name", "currency_code", "currency_name"):
            if name in req.params:
                column = name.removeprefix("currency_") if kind == "currencies" else name
                items = [i for i in items if str(i.get(column, "")) == req.params[name]]
        return self.ok(Paging.of(req).cut(items, kind), max_age=REFERENCE_MAX_AGE)

    def stores(self, req: ApiRequest) -> ApiResponse:
        return self._reference(req, "stores")

    def currencies(self, req: ApiRequest) -> ApiResponse:
        return self._reference(req, "currencies")

    def purchase_types(self, req: ApiRequest) -> ApiResponse:
        return self._reference(req, "purchase_types")

    def purchase_item_types(self, req: ApiRequest) -> ApiResponse:
        return self._reference(req, "purchase_item_types")

    def card_types(self, req: ApiRequest) -> ApiResponse:
        return self._reference(req, "card_types")

    def languages(self, req: ApiRequest) -> ApiResponse:
        """All of them: the spec gives `GET /languages` no paging parameters."""
        default_only = v.query_bool(req.params, "default_language", v.Problems())
        items = [{**lang, "state": 1} for lang in self.store.refs("languages")]
        if default_only:
            items = [i for i in items if i["language_id"] == self.store.project["default_language"]]
        return self.ok(listed("languages", items, len(items)), max_age=REFERENCE_MAX_AGE)

    def products(self, req: ApiRequest) -> ApiResponse:
        """By exact `code` and/or by what the cashier typed as `name` (the folded name starts
        with it), paged in SQL: fast on any number of products."""
        paging = Paging.of(req)
        rows, total = self.store.products(
            req.lang, code=req.params.get("code") or None, name_prefix=req.params.get("name") or None,
            sort=paging.sort, descending=paging.descending, limit=paging.count,
            offset=paging.offset)
        partner = self.store.project["partner_id"]
        items = []
        for p in rows:
            item = {
                "product_id": p["product_id"], "name": p["name"], "code": p["code"],
                "plu_ids": [{"list_code": "PLU", "code": p["code"]}],
                "product_group_id": p["group_id"], "partner_id": partner,
                "prices": [{"currency_id": c, "value": _stored_number(val)}
                           for c, val in p["prices"].items()],
                "additional_properties": [
                    # a string: the spec's oneOf makes whole numbers ambiguous (integer/number)
                    {"property_id": "vat_rate", "property_value": p["vat_rate"]},
                    {"property_id": "loyalty_off", "property_value": bool(p["loyalty_off"])},
                ],
                "state": 1,
            }
            if p["brand_id"]:
                item["product_brand_id"] = p["brand_id"]
            items.append(item)
        return self.ok(listed("products", items, total), max_age=REFERENCE_MAX_AGE)

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
        paging = Paging.of(req)
        filters = {"card_number": req.params.get("card_number"),
                   "customer_id": req.params.get("customer_id"),
                   "card_type_id": req.params.get("card_type_id"),
                   "state": None if state == -1 else state, "secondary": bool(secondary),
                   "numbers": req.lists.get("card_number_list") or None}
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

    # --- customers ------------------------------------------------------------------------------

    def _customer_json(self, c: Mapping[str, Any]) -> dict[str, Any]:
        personal = {k: c[k] for k in ("first_name", "last_name", "email", "phone", "birthdate",
                                      "language_id", "store_id") if c.get(k)}
        registration = self.store.registration(c["customer_id"])
        if registration is not None:  # joined through POST /customers: consents as given
            personal["consents"] = registration["consents"]
        else:
            personal["agreement"] = {"agreement_gtc": 1, "agreement_marketing_communication": 1,
                                     "agreement_profiling": 0}
        return {"customer_id": c["customer_id"], "personal_information": personal, "state": 1,
                "last_change": "2025-01-01 00:00:00"}

    def _known_customer(self, customer_id: str) -> dict[str, Any]:
        customer = self.store.customer(customer_id)
        if customer is None:
            raise not_found("customers", customer_id)
        return customer

    def customers(self, req: ApiRequest) -> ApiResponse:
        paging = Paging.of(req)
        filters = {k: req.params[k] for k in ("email", "phone", "first_name", "last_name",
                                              "birthdate") if req.params.get(k)}
        found, total = self.store.customers(
            **filters, emails=req.lists.get("email_list") or None,
            ids=req.lists.get("customer_ids") or None, sort=paging.sort,
            descending=paging.descending, limit=paging.count, offset=paging.offset)
        return self.ok(listed("customers", [self._customer_json(c) for c in found], total))

    def search_customers(self, req: ApiRequest) -> ApiResponse:
        filters = {k: req.params[k] for k in ("first_name", "last_name", "birthdate")
                   if req.params.get(k)}
        card_number = req.params.get("card_number")
        if not filters and not card_number:
            raise bad_request("first_name", "required", "", "Give at least one search field.")
        owners = None
        if card_number:
            owners = [c["customer_id"] for c in self.store.cards(card_number=card_number)
                      if c.get("customer_id")]
        found, _ = self.store.customers(**filters, ids=owners)
        return self.ok({"strict": [{"customer_id": c["customer_id"], "match": 100}
                                   for c in found]})

    def customer(self, req: ApiRequest, customer_id: str) -> ApiResponse:
        return self.ok(self._customer_json(self._known_customer(customer_id)))

    def _known_customer_param(self, customer_id: str) -> None:
        if self.store.customer(customer_id) is None:
            raise bad_request("customer_id", "not_found", customer_id, "No such customer.")

    def _registered(self, kind: str, value: str) -> bool:
        """Whether an account has this e-mail (case-blind) or phone (by its digits)."""
        _, total = self.store.customers(**{kind: value}, limit=1)
        return total > 0

    def check_registration(self, req: ApiRequest) -> ApiResponse:
        """`registration_ability`: false when an account already has this e-mail or phone."""
        body = self.body(req, v.CHECK_REGISTRATION)
        kind, value = body["type"], body["value"].strip()
        if not rules.registration_value_ok(kind, value):
            raise bad_request("value", "invalid_value_format", value,
                              "Not an e-mail address." if kind == "email"
                              else "Not a phone number in international form (420601111222).")
        return self.ok({"registration_ability": not self._registered(kind, value)})

    def agreements(self, req: ApiRequest) -> ApiResponse:
        """`GET /agreements`: the consents, named and worded in the asked language."""
        items = []
        for agreement in self.store.refs("agreements"):
            item = {k: agreement[k] for k in ("agreement_id", "text_id", "communication_channel_id",
                                              "last_change") if agreement.get(k)}
            for key in ("name", "text", "withdrawal_text"):
                item[key] = self._text(agreement.get(key, ""), req.lang)
            items.append(item)
        for name in ("text_id", "communication_channel_id"):
            if name in req.params:
                items = [i for i in items if i.get(name) == req.params[name]]
        return self.ok(Paging.of(req).cut(items, "agreements"), max_age=REFERENCE_MAX_AGE)

    def create_customer(self, req: ApiRequest) -> ApiResponse:
        """A new customer with `personal_information` and its `consents` as sent (nothing
        else is assumed), from a known `customer_source`; an e-mail or phone another account
        has is refused (`already_exists`), so a repeated request never makes a second one."""
        body = self.body(req, v.POST_CUSTOMER)
        personal = body["customer"]["personal_information"]
        source = body["customer_source"]
        self._check_new_customer(body, personal, source)
        prefix = "customer.personal_information."
        with self.store.transaction():  # checked and written at once: two tills, one account
            for kind in ("email", "phone"):
                if personal.get(kind) and self._registered(kind, personal[kind]):
                    raise bad_request(prefix + kind, "already_exists", personal[kind],
                                      f"Another customer has this {kind}.")
            customer_id = self.store.add_customer(personal, personal.get("consents") or [],
                                                  source)
        log.info("customer %s registered", customer_id)
        return self.ok({"customer_id": customer_id}, status=201)

    def _check_new_customer(self, body: Mapping[str, Any], personal: Mapping[str, Any],
                            source: Mapping[str, Any]) -> None:
        prefix = "customer.personal_information."
        problems = v.Problems()
        email, phone = personal.get("email"), personal.get("phone")
        if email is not None and not rules.EMAIL_PATTERN.match(email):
            problems.add(prefix + "email", "invalid_value_format", email, "Not an e-mail address.")
        if phone is not None and not rules.PHONE_PATTERN.match(phone):
            problems.add(prefix + "phone", "invalid_value_format", phone,
                         "A phone number is digits with the international prefix.")
        languages = {lang["language_id"] for lang in self.store.refs("languages")}
        if personal["language_id"] not in languages:
            problems.add(prefix + "language_id", "not_found", personal["language_id"])
        if personal.get("store_id") and self.store.ref("stores", personal["store_id"]) is None:
            problems.add(prefix + "store_id", "not_found", personal["store_id"])
        known = {a["agreement_id"] for a in self.store.refs("agreements")}
        seen: set[str] = set()
        for i, consent in enumerate(personal.get("consents") or []):
            name = f"{prefix}consents[{i}].consent_id"
            if consent["consent_id"] not in known:
                problems.add(name, "not_found", consent["consent_id"], "No such consent.")
            elif consent["consent_id"] in seen:
                problems.add(name, "already_exists", consent["consent_id"], "Given twice.")
            seen.add(consent["consent_id"])
        if self.store.ref("customer_sources", source["customer_source_id"]) is None:
            problems.add("customer_source.customer_source_id", "not_found",
                         source["customer_source_id"], "No such customer source.")
        if body["autologin"] and not body.get("password"):
            problems.add("password", "required", "", "autologin needs a password.")
        if problems:
            raise Refused(400, problems=problems)

    def verify_auth_token(self, req: ApiRequest) -> ApiResponse:
        """The customer behind a one-time token from their mobile app (minted by `POST
        /sandbox/auth-tokens`): once, within 5 minutes, for the application it names."""
        body = self.body(req, v.VERIFY_AUTH_TOKEN)
        app_id = body["application_id"]
        if app_id not in self.store.seed["external_applications"]:
            raise bad_request("application_id", "not_found", app_id, "Unknown external application.")
        request_id = body["token_request_id"]
        with self.store.transaction():  # a token works once, even for two kiosks at a time
            customer_id = rules.check_auth_token(self.store.auth_token(request_id), body["token"],
                                                 app_id, self.store.timestamp())
            self.store.use_auth_token(request_id)
        log.info("auth token verified (request %s…)", request_id[:8])
        return self.ok({"customer_id": customer_id})

    def customer_cards(self, req: ApiRequest, customer_id: str) -> ApiResponse:
        self._known_customer(customer_id)
        (is_valid,) = _query_flags(req, "is_valid")
        paging = Paging.of(req)
        filters = {"customer_id": customer_id, "card_number": req.params.get("card_number")}
        return self.ok(self._cards_page(paging, is_valid, filters))

    def customer_points(self, req: ApiRequest, customer_id: str) -> ApiResponse:
        self._known_customer(customer_id)
        paging = Paging.of(req)
        records = [{"point_id": r["point_id"], "customer_id": r["customer_id"],
                    "assigned_points": r["assigned"], "available_points": r["available"],
                    "point_type_id": self.store.project["point_type_id"],
                    "partner_id": self.store.project["partner_id"], "valid_to": r["valid_to"],
                    "created_at": r["created_at"], "note": r["note"] or "", "state": 1}
                   for r in self.store.points(customer_id)]
        return self.ok(paging.cut(records, "points"))

    def points_overview(self, req: ApiRequest) -> ApiResponse:
        """Points earned and redeemed from `date_from` to `date_to` (whole days, open when not
        given) and available now, with what the available points are worth per currency."""
        customer_id = req.params.get("customer_id")
        if not customer_id:
            raise bad_request("customer_id", "required", "", "customer_id is required.")
        problems = v.Problems()
        start = v.query_date(req.params, "date_from", problems)
        end = v.query_date(req.params, "date_to", problems)
        if problems:
            raise Refused(400, problems=problems)
        if self.store.customer(customer_id) is None:
            raise bad_request("customer_id", "not_found", customer_id)
        earned, redeemed = self.store.points_activity(
            customer_id, start, None if end is None else f"{end} 23:59:59")
        available = self.store.available_points(customer_id)
        values = rules.points_value(dec(available), self.project)
        return self.ok({"earned_points": earned, "redeemed_points": redeemed,
                        "available_points": available,
                        "available_points_money_value": [
                            {"currency_id": cur, "value": value} for cur, value in values.items()]})

    # --- vouchers and rewards -------------------------------------------------------------------

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
        is_valid, is_applied = _query_flags(req, "is_valid", "is_applied")
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

    # --- statuses (tiers) -----------------------------------------------------------------------

    def _status_json(self, status: Mapping[str, Any], lang: str) -> dict[str, Any]:
        out = {k: val for k, val in status.items() if k not in ("name", "description")}
        out["name"] = self._text(status["name"], lang)
        out["description"] = self._text(status.get("description", ""), lang)
        return out

    def statuses(self, req: ApiRequest) -> ApiResponse:
        """`GET /statuses`: the project's tiers, lowest first, in the asked language."""
        items = [self._status_json(s, req.lang) for s in self.store.statuses().values()]
        if text_id := req.params.get("text_id"):
            items = [i for i in items if i.get("text_id") == text_id]
        return self.ok(Paging.of(req).cut(items, "statuses"), max_age=REFERENCE_MAX_AGE)

    def status_records(self, req: ApiRequest, customer_id: str) -> ApiResponse:
        """The customer's status records, oldest first; the one valid now carries
        `purchase_conditions`: points and turnover missing to keep it and to reach the next."""
        self._known_customer(customer_id)
        (valid_now,) = _query_flags(req, "valid_now")
        paging = Paging.of(req)
        now = self.store.now_text()
        statuses = self.store.statuses()
        items = []
        for record in self.store.status_records(customer_id):
            current = rules.status_record_valid(record, now)
            if valid_now is not None and current != valid_now:
                continue
            out = {k: record[k] for k in ("status_record_id", "status_id", "customer_id",
                                          "valid_from", "valid_to", "last_change", "state")}
            status = statuses.get(record["status_id"])
            if current and status is not None:
                out["purchase_conditions"] = self._purchase_conditions(record, status, statuses)
            items.append(out)
        return self.ok(paging.cut(items, "status_records"))

    def _purchase_conditions(self, record: Mapping[str, Any], status: Mapping[str, Any],
                             statuses: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
        """Progress = what the seed says was collected in the period, plus the purchases that
        stand in the sandbox since the record began; due by the record's end."""
        earned, spent = self.store.purchase_progress(record["customer_id"], record["valid_from"])
        turnover = {cur: dec(amount) for cur, amount in record["turnover"].items()}
        for cur, amount in spent.items():
            turnover[cur] = turnover.get(cur, Decimal(0)) + amount
        progress = rules.status_progress(
            status, statuses.get(status.get("next_status") or ""),
            points=dec(record["points"]) + earned, turnover=turnover, project=self.project)
        due = (record.get("valid_to") or "")[:10]

        def amounts(missing: Mapping[str, Decimal]) -> list[dict[str, Any]]:
            return [{"currency_id": cur, "value": value, **({"due_date": due} if due else {})}
                    for cur, value in missing.items()]

        out: dict[str, Any] = {"keep_status_turnover": amounts(progress.keep_turnover)}
        if progress.keep_points is not None:
            out["keep_status_points"] = progress.keep_points
        if progress.next_status_id is not None:
            out["next_status_id"] = progress.next_status_id
            out["next_status_turnover"] = amounts(progress.next_turnover)
            if progress.next_points is not None:
                out["next_status_points"] = progress.next_points
        return out

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

    # --- member services: point history, expiring and held points, vouchers for points -----------

    def _customer_param(self, customer_id: str | None) -> str:
        """A `customer_id` (query or body) that names a known customer: 400 otherwise."""
        if not customer_id:
            raise bad_request("customer_id", "required", "", "customer_id is required.")
        if self.store.customer(customer_id) is None:
            raise bad_request("customer_id", "not_found", customer_id, "No such customer.")
        return customer_id

    def point_history(self, req: ApiRequest) -> ApiResponse:
        """`GET /point-history`: the customer's point movements (earned, spent, claimed, bought
        vouchers, cancelled, expired), newest first unless `sort_field` says otherwise, types in
        the asked language. Filters: `time_from`/`time_to`, `store_id`, `point_type_id`,
        `partner_id`, `point_operation_type`/`point_operation_note` (a part, case-blind)."""
        customer_id = self._customer_param(req.params.get("customer_id"))
        problems = v.Problems()
        start = v.query_datetime(req.params, "time_from", problems)
        end = v.query_datetime(req.params, "time_to", problems)
        if problems:
            raise Refused(400, problems=problems)
        paging = Paging.of(req)
        project, texts = self.store.project, self.store.seed.get("point_operations", {})
        items = []
        for row in self.store.point_history(customer_id):
            if (start and row["created_at"] < start) or (end and row["created_at"] > end):
                continue
            item = {"customer_id": customer_id, "point_amount": _whole(row["amount"]),
                    "point_operation_type": self._text(texts.get(row["operation"], ""), req.lang),
                    "point_operation_note": row["note"] or "",
                    "point_type_id": project["point_type_id"], "partner_id": project["partner_id"],
                    "point_history_record_time": row["created_at"]}
            if row["store_id"]:
                item["store_id"] = row["store_id"]
            if row["extended"]:
                item["extended_data"] = row["extended"]
            items.append(item)
        for name in ("store_id", "point_type_id", "partner_id"):
            if wanted := req.params.get(name):
                items = [i for i in items if i.get(name) == wanted]
        for name in ("point_operation_type", "point_operation_note"):
            if part := req.params.get(name):
                items = [i for i in items if fold(part) in fold(i[name])]
        return self.ok(paging.cut(items, "point_history"))

    def points_expiration(self, req: ApiRequest) -> ApiResponse:
        """`GET /wallet/actions/points-expiration-overview`: the points that lapse next and the
        day they do (left out when none will), and those lapsing by the end of this month."""
        customer_id = self._customer_param(req.params.get("customer_id"))
        expiring = rules.points_expiring(self.store.points(customer_id), self.store.now_text())
        out: dict[str, Any] = {"next_amount": expiring.next_amount,
                               "current_month_amount": expiring.current_month_amount}
        if expiring.next_date:
            out["next_date"] = expiring.next_date
        return self.ok(out)

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

    def _reservation_json(self, row: Mapping[str, Any], now: str) -> dict[str, Any]:
        out = {"points_reservation_id": row["reservation_id"], "customer_id": row["customer_id"],
               "external_id": row["external_id"], "quantity": _whole(row["amount"]),
               "state": rules.reservation_state(row, now)}
        if row["expiration"]:
            out["expiration"] = row["expiration"]
        return out

    def point_reservations(self, req: ApiRequest) -> ApiResponse:
        """`GET /point-reservations` by `customer_id` and/or `external_id`, oldest first."""
        paging = Paging.of(req)
        rows = self.store.reservations(customer_id=req.params.get("customer_id") or None,
                                       external_id=req.params.get("external_id") or None)
        now = self.store.now_text()
        return self.ok(paging.cut([self._reservation_json(r, now) for r in rows],
                                  "point_reservations"))

    def point_reservation(self, req: ApiRequest, reservation_id: str) -> ApiResponse:
        rows = self.store.reservations(reservation_id=reservation_id)
        if not rows:
            raise not_found("point-reservations", reservation_id)
        return self.ok(self._reservation_json(rows[0], self.store.now_text()))

    def reserve_points(self, req: ApiRequest) -> ApiResponse:
        """Hold points until freed, used by the purchase whose `bill_id` is the `external_id`,
        or expired (`expiration_time`; none: until freed). An `external_id` holds once: a
        second reservation with it is refused, whatever it asks."""
        body = self.body(req, v.RESERVE_POINTS)
        customer_id = self._customer_param(body["customer_id"])
        external_id = body["external_id"]
        expiration = (body.get("expiration_time") or "").replace("T", " ") or None
        with self.store.transaction():  # one hold per external_id, never more than there are
            if self.store.reservations(external_id=external_id):
                raise bad_request("external_id", "already_exists", external_id,
                                  "A reservation with this external_id exists.")
            amount = dec(body["amount"])
            rules.check_reservation(amount, expiration, now=self.store.now_text(),
                                    available=dec(self.store.available_points(customer_id)))
            self.store.add_reservation(customer_id, external_id, amount, expiration)
        return ApiResponse(204)

    def free_points(self, req: ApiRequest) -> ApiResponse:
        """Give held points back; an expired hold is ended too. One already freed (or used by
        a purchase) is refused as `deleted`."""
        body = self.body(req, v.FREE_POINTS)
        external_id = body["external_id"]
        with self.store.transaction():
            found = self.store.reservations(external_id=external_id)
            if not found:
                raise bad_request("external_id", "not_found", external_id, "No such reservation.")
            if found[0]["state"] == 0:
                raise bad_request("external_id", "deleted", external_id,
                                  "The reservation was already freed or used by a purchase.")
            self.store.end_reservation(external_id)
        return ApiResponse(204)

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
        code = rules.otp_code(body.get("otp_type", 1))
        request_id = self.store.add_otp(recipient, channel, code, rules.OTP_VALIDITY)
        log.info("OTP sent to %s (request %s)", mask_value(recipient), request_id)
        if self.on_otp:
            self.on_otp(recipient, code, channel)
        return self.ok({"request_id": request_id})

    def otp_verify(self, req: ApiRequest) -> ApiResponse:
        body = self.body(req, v.OTP_VERIFY)
        self._check_app(body["external_application_id"])
        request_id = body["request_id"]
        with self.store.transaction():  # a code works once, even for two tills at a time
            valid = rules.check_otp(self.store.otp(request_id), request_id,
                                    body["verification_code"], self.store.timestamp())
            if valid:
                self.store.use_otp(request_id)
        return self.ok({"is_valid": valid})

    def _check_app(self, app_id: str) -> None:
        if app_id not in self.store.seed["external_applications"]:
            raise bad_request("external_application_id", "not_found", app_id)

    # --- purchases ------------------------------------------------------------------------------

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


def _stored_number(text: str) -> int | float:
    """A stored decimal as the JSON number the seed wrote (59 stays 59, 2.4 stays 2.4)."""
    return int(text) if text.lstrip("-").isdigit() else float(text)


def _whole(value: float) -> int | float:
    """Points kept as REAL on the wire as written: 250 rather than 250.0."""
    return int(value) if float(value).is_integer() else value


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

