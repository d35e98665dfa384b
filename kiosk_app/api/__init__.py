"""The wire: CareCloud Enterprise API client, auth, errors and typed models.

The client (httpx, tenacity) is imported when first used, so modules that only need the
errors or the log masking load fast.
"""

from typing import TYPE_CHECKING, Any

from kiosk_app.api.errors import (
    ApiError,
    BadRequest,
    Forbidden,
    HttpError,
    InvalidParam,
    MethodNotAllowed,
    NotFound,
    ProtocolError,
    RateLimited,
    ServerError,
    TransportError,
    Unauthorized,
)

if TYPE_CHECKING:
    from kiosk_app.api.client import CareCloudClient, Credentials, RetryPolicy

_CLIENT = ("CareCloudClient", "Credentials", "RetryPolicy")


def __getattr__(name: str) -> Any:
    if name in _CLIENT:
        from kiosk_app.api import client

        return getattr(client, name)
    raise AttributeError(name)


__all__ = [
    "ApiError",
    "BadRequest",
    "CareCloudClient",
    "Credentials",
    "Forbidden",
    "HttpError",
    "InvalidParam",
    "MethodNotAllowed",
    "NotFound",
    "ProtocolError",
    "RateLimited",
    "RetryPolicy",
    "ServerError",
    "TransportError",
    "Unauthorized",
]
