"""The dispatch table: which API handler answers which method and path, and who may call it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# (method, path below the API prefix with {placeholders}, handler name, needs a bearer token)
ROUTES: tuple[tuple[str, str, str, bool], ...] = (
    ("POST", "/users/actions/login", "login", False),
    ("POST", "/users/actions/logout", "logout", True),
    ("GET", "/languages", "languages", False),
    ("GET", "/stores", "stores", True),
    ("GET", "/currencies", "currencies", True),
    ("GET", "/purchase-types", "purchase_types", True),
    ("GET", "/purchase-item-types", "purchase_item_types", True),
    ("GET", "/card-types", "card_types", True),
    ("GET", "/products", "products", True),
    ("GET", "/cards", "cards", True),
    ("GET", "/cards/{card_id}", "card", True),
    ("PUT", "/cards/{card_id}", "put_card", True),
    ("POST", "/cards/actions/validate-free-card", "validate_free_card", True),
    ("POST", "/cards/actions/assign-free-card", "assign_free_card", True),
    ("GET", "/customers", "customers", True),
    ("POST", "/customers", "create_customer", True),
    ("POST", "/customers/actions/check-registration-ability", "check_registration", True),
    ("GET", "/agreements", "agreements", True),
    ("GET", "/customers/actions/search-customers", "search_customers", True),
    ("POST", "/customers/actions/verify-auth-token", "verify_auth_token", True),
    ("GET", "/customers/{customer_id}", "customer", True),
    ("GET", "/customers/{customer_id}/cards", "customer_cards", True),
    ("GET", "/customers/{customer_id}/points", "customer_points", True),
    ("GET", "/customers/{customer_id}/vouchers", "customer_vouchers", True),
    ("GET", "/customers/{customer_id}/status-records", "status_records", True),
    ("GET", "/wallet/actions/points-overview", "points_overview", True),
    ("GET", "/wallet/actions/points-expiration-overview", "points_expiration", True),
    ("GET", "/point-history", "point_history", True),
    ("GET", "/point-reservations", "point_reservations", True),
    ("GET", "/point-reservations/{point_reservation_id}", "point_reservation", True),
    ("POST", "/point-reservations/actions/reserve-points", "reserve_points", True),
    ("POST", "/point-reservations/actions/free-points", "free_points", True),
    ("GET", "/vouchers", "vouchers", True),
    ("POST", "/vouchers/actions/gift-card-balance", "gift_card_balance", True),
    ("GET", "/rewards", "rewards", True),
    ("POST", "/rewards/{reward_id}/actions/create-voucher", "create_voucher", True),
    ("GET", "/statuses", "statuses", True),
    ("POST", "/one-time-password/actions/send", "otp_send", True),
    ("POST", "/one-time-password/actions/verify", "otp_verify", True),
    ("POST", "/purchases/actions/recommended-best-rewards", "recommended", True),
    ("POST", "/purchases/actions/accept-payment", "accept_payment", True),
    ("POST", "/purchases/actions/send-purchase", "send_purchase", True),
    ("GET", "/purchases", "purchases", True),
    ("POST", "/purchases/actions/assign-customer", "assign_customer", True),
)


class NoRoute(LookupError):
    """No handler for this method and path; `allowed` lists the methods the path has."""

    def __init__(self, allowed: list[str]) -> None:
        super().__init__(", ".join(allowed) or "no such path")
        self.allowed = allowed


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Callable[..., Any]
    needs_auth: bool


class Router:
    """Matches a request's method and path against `ROUTES`, bound to a handler object."""

    def __init__(self, handlers: object,
                 routes: tuple[tuple[str, str, str, bool], ...] = ROUTES) -> None:
        self.routes = [Route(method, _compile(path), getattr(handlers, name), needs_auth)
                       for method, path, name, needs_auth in routes]

    def resolve(self, method: str, path: str) -> tuple[Route, tuple[str, ...]]:
        """The route and the path's placeholder values, or `NoRoute` (404 or 405)."""
        allowed = []
        for route in self.routes:
            match = route.pattern.fullmatch(path)
            if not match:
                continue
            if route.method == method:
                return route, match.groups()
            allowed.append(route.method)
        raise NoRoute(allowed)


def _compile(path: str) -> re.Pattern[str]:
    """`/cards/{card_id}` → a pattern with one group per placeholder."""
    return re.compile("([^/]+)".join(re.escape(part) for part in re.split(r"\{[^/}]+\}", path)))
