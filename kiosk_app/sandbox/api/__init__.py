"""The Enterprise API slice the kiosk uses: requests checked, rules and store called, answers
rendered in the spec's shapes. No business rule and no SQL lives here (see `rules.py`
and `store`); a rule's refusal becomes the spec's `400 invalid_params`.

`base` holds the plumbing (request/answer types, refusals, paging, dispatch); each other
module holds one resource's handlers as a mixin, and `Api` assembles them, so adding an
endpoint means a line in `router.ROUTES` and a method in its resource's module.
"""

from __future__ import annotations

from kiosk_app.sandbox.api.auth import AuthHandlers
from kiosk_app.sandbox.api.base import (
    REFERENCE_MAX_AGE,
    ApiBase,
    ApiRequest,
    ApiResponse,
    Paging,
    Refused,
    bad_request,
    encode,
    listed,
    negotiate_language,
    not_found,
    refused,
)
from kiosk_app.sandbox.api.cards import CardHandlers
from kiosk_app.sandbox.api.customers import CustomerHandlers
from kiosk_app.sandbox.api.otp import OtpHandlers
from kiosk_app.sandbox.api.products import ProductHandlers
from kiosk_app.sandbox.api.purchases import PurchaseHandlers
from kiosk_app.sandbox.api.reference import ReferenceHandlers
from kiosk_app.sandbox.api.vouchers import VoucherHandlers
from kiosk_app.sandbox.api.wallet import WalletHandlers

__all__ = [
    "REFERENCE_MAX_AGE",
    "Api",
    "ApiBase",
    "ApiRequest",
    "ApiResponse",
    "Paging",
    "Refused",
    "bad_request",
    "encode",
    "listed",
    "negotiate_language",
    "not_found",
    "refused",
]


class Api(AuthHandlers, ReferenceHandlers, ProductHandlers, CardHandlers, CustomerHandlers,
          WalletHandlers, VoucherHandlers, OtpHandlers, PurchaseHandlers):
    """The API's handlers, each returning an `ApiResponse`; `handle` dispatches by `Router`."""
