"""The CareCloud endpoints, one module per resource: each a mixin on `Transport` that only
says what to ask and how to read the answer; `CareCloudClient` puts them together.

Adding an endpoint touches one module here (and `Transport` only when the wire itself
changes)."""

from kiosk_app.api.endpoints.cards import Cards
from kiosk_app.api.endpoints.customers import Customers
from kiosk_app.api.endpoints.otp import Otp
from kiosk_app.api.endpoints.products import Products
from kiosk_app.api.endpoints.purchases import Purchases
from kiosk_app.api.endpoints.reference import Reference
from kiosk_app.api.endpoints.vouchers import Vouchers
from kiosk_app.api.endpoints.wallet import Wallet

__all__ = ["Cards", "Customers", "Otp", "Products", "Purchases", "Reference", "Vouchers", "Wallet"]
