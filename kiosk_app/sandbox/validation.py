"""Request validation for the sandbox, answering as CareCloud does: 400 with `invalid_params`.

The sandbox cannot load the vendor's spec at run time (it ships without it), so the
request bodies of the slice it serves are declared here, in `BODIES` by operation;
`tests/test_sandbox_spec_tables.py` checks every field, type, enum and required flag
against the real spec.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

_DATETIME = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class F:
    """One field: its kind (str, int, num, bool, obj, list), whether required, and limits."""

    kind: str
    required: bool = False
    enum: tuple[Any, ...] | None = None
    fields: dict[str, F] | None = None
    items: F | None = None
    fmt: str | None = None  # "datetime" or "date"
    minimum: float | None = None


@dataclass
class Problems:
    """Collected `invalid_params` entries."""

    items: list[dict[str, str]] = field(default_factory=list)

    def add(self, name: str, reason: str, value: Any = "", message: str = "") -> None:
        shown = "" if value is None else value if isinstance(value, str) else str(value)
        self.items.append({"name": name, "reason": reason, "value": shown, "message": message})

    def __bool__(self) -> bool:
        return bool(self.items)


def _kind_ok(kind: str, value: Any) -> bool:
    if kind == "str":
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "num":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "obj":
        return isinstance(value, dict)
    if kind == "list":
        return isinstance(value, list)
    raise ValueError(kind)


def _format_ok(fmt: str, value: str) -> bool:
    if fmt == "date":
        return bool(_DATE.match(value))
    for pattern in _DATETIME:
        try:
            datetime.strptime(value, pattern)
            return True
        except ValueError:
            continue
    return False


def validate(body: Any, schema: dict[str, F], problems: Problems, prefix: str = "") -> None:
    """Check `body` against `schema`, adding a problem per missing or malformed field."""
    if not isinstance(body, dict):
        problems.add(prefix.rstrip(".") or "body", "invalid_value_format", "", "Expected an object.")
        return
    for name, spec in schema.items():
        path = f"{prefix}{name}"
        if name not in body or body[name] is None:
            if spec.required:
                problems.add(path, "required", "", f"{path} is required.")
            continue
        value = body[name]
        if not _kind_ok(spec.kind, value):
            problems.add(path, "invalid_value_format", value, f"{path} must be {spec.kind}.")
            continue
        if spec.kind == "str" and spec.required and not value.strip():
            problems.add(path, "empty", value, f"{path} must not be empty.")
        elif spec.enum is not None and value not in spec.enum:
            problems.add(path, "not_allowed_value", value, f"{path} must be one of {spec.enum}.")
        elif spec.fmt and isinstance(value, str) and not _format_ok(spec.fmt, value):
            problems.add(path, "invalid_value_format", value, f"{path} must be a {spec.fmt}.")
        elif spec.minimum is not None and value < spec.minimum:
            problems.add(path, "not_allowed_value", value, f"{path} must be ≥ {spec.minimum}.")
        elif spec.kind == "obj" and spec.fields:
            validate(value, spec.fields, problems, prefix=f"{path}.")
        elif spec.kind == "list" and spec.items:
            if spec.required and not value:
                problems.add(path, "empty", "", f"{path} must not be empty.")
            for i, item in enumerate(value):
                if spec.items.kind == "obj" and spec.items.fields:
                    validate(item, spec.items.fields, problems, prefix=f"{path}[{i}].")
                elif not _kind_ok(spec.items.kind, item):
                    problems.add(f"{path}[{i}]", "invalid_value_format", item)


def query_int(params: dict[str, str], name: str, default: int, minimum: int,
              problems: Problems) -> int:
    raw = params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        problems.add(name, "invalid_value_format", raw, f"{name} must be an integer.")
        return default
    if value < minimum:
        problems.add(name, "not_allowed_value", raw, f"{name} must be ≥ {minimum}.")
        return default
    return value


def query_date(params: dict[str, str], name: str, problems: Problems) -> str | None:
    """A `YYYY-MM-DD` query parameter (a real date), or None when not given."""
    raw = params.get(name)
    if raw is None:
        return None
    try:
        if _DATE.match(raw):
            datetime.strptime(raw, "%Y-%m-%d")
            return raw
    except ValueError:
        pass
    problems.add(name, "invalid_value_format", raw, f"{name} must be a date (YYYY-MM-DD).")
    return None


def query_datetime(params: dict[str, str], name: str, problems: Problems) -> str | None:
    """A `YYYY-MM-DD HH:MM:SS` (or ISO `T`) query parameter as the store's text, or None."""
    raw = params.get(name)
    if raw is None:
        return None
    if _format_ok("datetime", raw):
        return raw.replace("T", " ")
    problems.add(name, "invalid_value_format", raw, f"{name} must be YYYY-MM-DD HH:MM:SS.")
    return None


def query_enum(params: dict[str, str], name: str, allowed: tuple[int, ...],
               problems: Problems) -> int | None:
    """An integer query parameter from a closed set (e.g. `reward_group`), or None."""
    raw = params.get(name)
    if raw is None:
        return None
    try:
        value = int(raw)
    except ValueError:
        problems.add(name, "invalid_value_format", raw, f"{name} must be an integer.")
        return None
    if value not in allowed:
        problems.add(name, "not_allowed_value", raw, f"{name} must be one of {allowed}.")
        return None
    return value


def query_bool(params: dict[str, str], name: str, problems: Problems) -> bool | None:
    raw = params.get(name)
    if raw is None:
        return None
    if raw.lower() in ("true", "1"):
        return True
    if raw.lower() in ("false", "0"):
        return False
    problems.add(name, "invalid_value_format", raw, f"{name} must be true or false.")
    return None


# --- the slice's request bodies ---------------------------------------------------------------

PLU_ID = F("obj", fields={"list_code": F("str", True), "code": F("str", True)})
BILL_ITEM = F(
    "obj",
    fields={
        "plu_ids": F("list", True, items=PLU_ID),
        "plu_name": F("str", True),
        "category_plu_id": F("str"),
        "vat_rate": F("num", True),
        "quantity": F("num", True),
        "paid_amount": F("num", True),
        "price": F("num", True),
        "bill_item_id": F("str", True),
        "loyalty_off": F("bool", True),
        "purchase_item_type_id": F("str", True),
        "customer_id": F("str"),
    },
)
BILL_FIELDS = {
    "bill_id": F("str", True),
    "bill_number": F("str"),
    "payment_time": F("str", True, fmt="datetime"),
    "created_by": F("str"),
    "currency_id": F("str", True),
    "total_price": F("num", True),
    "bill_items": F("list", True, items=BILL_ITEM),
}
PAYMENT_VOUCHER = F(
    "obj",
    fields={
        "code": F("str"),
        "name": F("str"),
        "discount_value": F("num"),
        "discount_percent": F("num"),
        "bill_item_id": F("str"),
    },
)
DISCOUNT_ITEM = F(
    "obj",
    fields={
        "discount_code": F("str"),
        "discount_value": F("num"),
        "discount_percent": F("num"),
        "description": F("str"),
        "bill_item_id": F("str", True),
    },
)
FINAL_BILL_FIELDS = {
    **BILL_FIELDS,
    "fiscal": F("bool"),
    "purchase_type_id": F("str", True),
    "canceled": F("bool", True),
    "payment_type": F("str", True, enum=("S", "A", "C", "D")),
    "payment_recap": F(
        "obj",
        fields={
            "credit_points": F("num", minimum=0),
            "amount_for_credit": F("num", minimum=0),
            "vouchers": F("list", items=PAYMENT_VOUCHER),
            "recommended_discounts": F("list", items=DISCOUNT_ITEM),
        },
    ),
    "utm": F("obj"),
}
_WHO = {
    "store_id": F("str", True),
    "cashdesk_number": F("int", True),
    "card_number": F("str"),
    "customer_id": F("str"),
}

# The spec requires none of these: a missing one is refused as wrong credentials.
LOGIN = {
    "login": F("str"),
    "password": F("str"),
    "user_external_application_id": F("str"),
}
LOGOUT = {"user_external_application_id": F("str", True), "bearer_token": F("str", True)}
RECOMMENDED = {
    **_WHO,
    "reward_list_type": F("str", True, enum=("F", "C", "A")),
    "bill": F("obj", True, fields=BILL_FIELDS),
}
ACCEPT_PAYMENT = {
    **_WHO,
    "payment_type": F("str", True, enum=("S", "A", "C", "D")),
    "max_points": F("num", minimum=0),
    "max_credit": F("num", minimum=0),
    "benefit_codes": F("list", items=F("str")),
    "bill": F("obj", True, fields=BILL_FIELDS),
}
SEND_PURCHASE = {**_WHO, "bill": F("obj", True, fields=FINAL_BILL_FIELDS)}
OTP_SEND = {
    "external_application_id": F("str", True),
    "communication_channel_id": F("int", True, enum=(1, 2, 4, 5)),
    "recipient": F("str", True),
    "otp_type": F("int", enum=(1, 2)),
    "message_template_id": F("str"),
}
OTP_VERIFY = {
    "verification_code": F("str", True),
    "request_id": F("str", True),
    "external_application_id": F("str", True),
}
CARD_FIELDS = {
    "customer_id": F("str"),
    "card_type_id": F("str", True),
    "card_number": F("str", True),
    "secondary_card_number": F("str"),
    "valid_from": F("str", fmt="datetime"),
    "valid_to": F("str", fmt="datetime"),
    "store_id": F("str"),
    "state": F("int", True, enum=(0, 1)),
}
PUT_CARD = {"card": F("obj", True, fields=CARD_FIELDS)}
VERIFY_AUTH_TOKEN = {
    "application_id": F("str", True),
    "token": F("str", True),
    "token_request_id": F("str", True),
}
# member services: vouchers for points, claiming a purchase, gift cards, held points
CREATE_VOUCHER = {"customer_id": F("str", True), "code": F("str"), "note": F("str")}
ASSIGN_CUSTOMER = {
    "store_id": F("str", True),
    "external_purchase_id": F("str", True),
    "card_number": F("str"),  # one of card_number and customer_id is needed
    "customer_id": F("str"),
}
GIFT_CARD_BALANCE = {"voucher_id": F("str"), "code": F("str")}  # one of them is needed
RESERVE_POINTS = {
    "external_id": F("str", True),
    "customer_id": F("str", True),
    "amount": F("num", True),
    "expiration_time": F("str", fmt="datetime"),
}
FREE_POINTS = {"external_id": F("str", True)}
# enrolment: a new customer, their consents as ticked, and a card
CHECK_REGISTRATION = {
    "type": F("str", True, enum=("email", "phone")),
    "value": F("str", True),
}
CONSENT = F("obj", fields={"consent_id": F("str", True),
                           "consent_value": F("int", True, enum=(0, 1, 2))})
PERSONAL_INFORMATION = {
    "first_name": F("str"),
    "last_name": F("str"),
    "birthdate": F("str", fmt="date"),
    "email": F("str"),
    "phone": F("str"),
    "language_id": F("str", True),
    "store_id": F("str"),
    "consents": F("list", items=CONSENT),
}
POST_CUSTOMER = {
    "customer": F("obj", True, fields={
        "personal_information": F("obj", True, fields=PERSONAL_INFORMATION)}),
    "customer_source": F("obj", True, fields={"customer_source_id": F("str", True),
                                              "external_id": F("str")}),
    "autologin": F("bool", True),
    "password": F("str"),
}
VALIDATE_FREE_CARD = {"card_number": F("str", True)}
ASSIGN_FREE_CARD = {
    "card_type_id": F("str", True),
    "customer_id": F("str", True),
    "card_number": F("str"),
}

# (method, the spec's path) → the request body the sandbox validates for that operation
BODIES: dict[tuple[str, str], dict[str, F]] = {
    ("POST", "/users/actions/login"): LOGIN,
    ("POST", "/users/actions/logout"): LOGOUT,
    ("POST", "/purchases/actions/recommended-best-rewards"): RECOMMENDED,
    ("POST", "/purchases/actions/accept-payment"): ACCEPT_PAYMENT,
    ("POST", "/purchases/actions/send-purchase"): SEND_PURCHASE,
    ("POST", "/one-time-password/actions/send"): OTP_SEND,
    ("POST", "/one-time-password/actions/verify"): OTP_VERIFY,
    ("PUT", "/cards/{card_id}"): PUT_CARD,
    ("POST", "/customers/actions/verify-auth-token"): VERIFY_AUTH_TOKEN,
    ("POST", "/rewards/{reward_id}/actions/create-voucher"): CREATE_VOUCHER,
    ("POST", "/purchases/actions/assign-customer"): ASSIGN_CUSTOMER,
    ("POST", "/vouchers/actions/gift-card-balance"): GIFT_CARD_BALANCE,
    ("POST", "/point-reservations/actions/reserve-points"): RESERVE_POINTS,
    ("POST", "/point-reservations/actions/free-points"): FREE_POINTS,
    ("POST", "/customers/actions/check-registration-ability"): CHECK_REGISTRATION,
    ("POST", "/customers"): POST_CUSTOMER,
    ("POST", "/cards/actions/validate-free-card"): VALIDATE_FREE_CARD,
    ("POST", "/cards/actions/assign-free-card"): ASSIGN_FREE_CARD,
}
