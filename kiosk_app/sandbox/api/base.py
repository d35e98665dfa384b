"""What every handler shares: the request and answer types, refusals, paging, JSON, and the
`ApiBase` that dispatches a request to its handler (by `Router`) and renders errors.

The handlers themselves live in one module per resource, as mixins of `ApiBase`
(assembled in `kiosk_app.sandbox.api`), so an endpoint touches one module here.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kiosk_app.sandbox import rules
from kiosk_app.sandbox import validation as v
from kiosk_app.sandbox.router import NoRoute, Route, Router
from kiosk_app.sandbox.store import SandboxStore

log = logging.getLogger("kiosk_app.sandbox")

REFERENCE_MAX_AGE = 300


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


def query_flags(req: ApiRequest, *names: str) -> list[bool | None]:
    """Boolean query parameters (None when not given); 400 for anything but true/false."""
    problems = v.Problems()
    flags = [v.query_bool(req.params, name, problems) for name in names]
    if problems:
        raise Refused(400, problems=problems)
    return flags


def whole(value: float) -> int | float:
    """Points kept as REAL on the wire as written: 250 rather than 250.0."""
    return int(value) if float(value).is_integer() else value


class ApiBase:
    """Dispatch, authentication and the answers' shapes; the handlers are mixins of this."""

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

    # --- the customer a request names, checked the same way by every resource -------------------

    def _known_customer(self, customer_id: str) -> dict[str, Any]:
        """The customer of a `/customers/{id}/...` path: 404 when unknown."""
        customer = self.store.customer(customer_id)
        if customer is None:
            raise not_found("customers", customer_id)
        return customer

    def _known_customer_param(self, customer_id: str) -> None:
        """A required body `customer_id` that must name a customer: 400 `not_found`."""
        if self.store.customer(customer_id) is None:
            raise bad_request("customer_id", "not_found", customer_id, "No such customer.")

    def _customer_param(self, customer_id: str | None) -> str:
        """A `customer_id` (query or body) that names a known customer: 400 otherwise."""
        if not customer_id:
            raise bad_request("customer_id", "required", "", "customer_id is required.")
        if self.store.customer(customer_id) is None:
            raise bad_request("customer_id", "not_found", customer_id, "No such customer.")
        return customer_id
