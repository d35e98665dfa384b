"""The sandbox's state in SQLite: reads and writes only (the rules live in `rules.py`).

Customers, cards, products, points and vouchers are rows with a column per field and
an index for every lookup the app makes, so a store seeded with a million customers
(`scale=N`, see `scale.py`) answers as fast as the demo data. Small reference data
(stores, currencies, types, users, rewards) is kept as JSON in `ref`.

`core` holds the schema, connection, clock and seeding; each other module holds one
resource's rows as a mixin of `StoreCore` (one that writes another's rows inherits that
mixin), and `SandboxStore` assembles them.
"""

from __future__ import annotations

from typing import Any

from kiosk_app.sandbox.rules import voucher_valid
from kiosk_app.sandbox.store.cards import CardRows
from kiosk_app.sandbox.store.core import (
    FMT,
    INDEXES,
    SCHEMA_VERSION,
    TABLES,
    StoreCore,
    ended_sql,
    load_seed,
    not_ended_sql,
    validity_end_sql,
)
from kiosk_app.sandbox.store.customers import CustomerRows
from kiosk_app.sandbox.store.otp import OtpRows
from kiosk_app.sandbox.store.points import PointRows
from kiosk_app.sandbox.store.products import ProductRows
from kiosk_app.sandbox.store.purchases import PurchaseRows
from kiosk_app.sandbox.store.reference import ReferenceRows
from kiosk_app.sandbox.store.tokens import TokenRows
from kiosk_app.sandbox.store.vouchers import VoucherRows

__all__ = [
    "FMT",
    "INDEXES",
    "SCHEMA_VERSION",
    "TABLES",
    "SandboxStore",
    "StoreCore",
    "ended_sql",
    "load_seed",
    "not_ended_sql",
    "validity_end_sql",
]


class SandboxStore(TokenRows, ReferenceRows, ProductRows, CardRows, CustomerRows, PurchaseRows,
                   VoucherRows, PointRows, OtpRows):
    """One SQLite database behind a lock: the HTTP threads share it one request at a time.

    `scale=N` adds N products and 5×N customers to the demo data (see `scale.py`);
    None keeps whatever the file holds (the demo data alone for a new file). A file
    seeded with another N, or by an older sandbox, is rebuilt; `reset` rebuilds anyway.
    """

    def customer_state(self, customer_id: str) -> dict[str, Any] | None:
        """Balances for tests and demos (sandbox-only); None for an unknown customer. Here, as
        it reads customers, points, holds and vouchers at once."""
        customer = self.customer(customer_id)
        if customer is None:
            return None
        now = self.now_text()
        return {"customer_id": customer_id, "available_points": self.available_points(customer_id),
                "held_points": self.held_points(customer_id), "credit": float(customer["credit"]),
                "vouchers": [{"code": v["code"], "applied_date": v["applied_date"],
                              "valid": voucher_valid(v, now)} for v in self.vouchers(customer_id)]}
