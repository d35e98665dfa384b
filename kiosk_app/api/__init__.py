"""The wire: CareCloud Enterprise API client, auth, errors and typed models."""

from kiosk_app.api.client import CareCloudClient, Credentials, RetryPolicy
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
