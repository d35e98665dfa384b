"""Async client for the CareCloud Enterprise API: the transport and every endpoint in one.

The wire (auth, retries, deadlines, bounded bodies, the cache, paging) lives in
`kiosk_app.api.transport`, the endpoints one module per resource in
`kiosk_app.api.endpoints`, and "write once, look up after a lost answer" in
`kiosk_app.api.recovery`. What other modules imported from here stays importable here.
"""

from __future__ import annotations

from kiosk_app.api.endpoints import (
    Cards,
    Customers,
    Otp,
    Products,
    Purchases,
    Reference,
    Vouchers,
    Wallet,
)
from kiosk_app.api.errors import NotSignedIn
from kiosk_app.api.recovery import write_once
from kiosk_app.api.transport import (
    API_PATH,
    CACHE_ENTRIES,
    MAX_BODY,
    MAX_PAGES,
    Credentials,
    RetryPolicy,
    Transport,
    check_id,
    decode_body,
    log,
    segment,
)

# the module's private helpers before the split, still importable under their old names
from kiosk_app.api.transport import _Answer as _Answer
from kiosk_app.api.transport import _Inflater as _Inflater
from kiosk_app.api.transport import _is_transient as _is_transient
from kiosk_app.api.transport import _ms as _ms
from kiosk_app.api.transport import _retry_after as _retry_after
from kiosk_app.api.transport import _Shown as _Shown
from kiosk_app.api.transport import _tls_failure as _tls_failure

_check_id = check_id


class CareCloudClient(Reference, Products, Customers, Wallet, Vouchers, Otp, Purchases, Cards):
    """The app's only door to CareCloud; one instance per app, closed on shutdown.

    Every endpoint of `kiosk_app.api.endpoints` on one `Transport`: callers hold one object
    whatever they ask, and each endpoint module stays small and on its own.
    """


__all__ = [
    "API_PATH",
    "CACHE_ENTRIES",
    "MAX_BODY",
    "MAX_PAGES",
    "CareCloudClient",
    "Credentials",
    "NotSignedIn",
    "RetryPolicy",
    "Transport",
    "check_id",
    "decode_body",
    "log",
    "segment",
    "write_once",
]
