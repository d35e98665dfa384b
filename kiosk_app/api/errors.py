"""Typed exceptions for everything the API can answer, so callers branch on types, not dicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class InvalidParam:
    """One entry of `error.error_data.invalid_params[]`."""

    name: str
    reason: str
    value: str = ""
    message: str = ""


class ApiError(Exception):
    """Base of every error the client raises."""


class TransportError(ApiError):
    """The server could not be reached or did not answer (connection, TLS, timeout)."""


class NotSignedIn(ApiError):
    """A call needs a token but nobody has signed in yet."""


class ProtocolError(ApiError):
    """The server answered something the app cannot use (not JSON, missing or mistyped field)."""


@dataclass
class HttpError(ApiError):
    """A non-2xx answer, carrying the spec's error body."""

    status: int
    type: str = ""
    title: str = ""
    detail: str = ""
    invalid_params: list[InvalidParam] = field(default_factory=list)
    retry_after: float | None = None
    method: str = ""
    path: str = ""

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        reasons = ", ".join(f"{p.name}: {p.reason}" for p in self.invalid_params)
        text = f"{self.status} {self.title or self.type}".strip()
        if self.detail:
            text += f" ({self.detail})"
        if reasons:
            text += f" [{reasons}]"
        return text

    @property
    def reasons(self) -> list[str]:
        return [p.reason for p in self.invalid_params]

    def has_reason(self, reason: str, name: str | None = None) -> bool:
        """True when some invalid param carries `reason` (and, if given, ends with `name`)."""
        return any(
            p.reason == reason and (name is None or p.name.split(".")[-1] == name)
            for p in self.invalid_params
        )


class BadRequest(HttpError):
    """400: the input was refused; `invalid_params` says why. Never retried."""


class Unauthorized(HttpError):
    """401: the token is missing, expired or revoked (or the login failed)."""


class Forbidden(HttpError):
    """403: this user may not do this. Never retried."""


class NotFound(HttpError):
    """404: no such resource."""


class MethodNotAllowed(HttpError):
    """405: the resource does not accept this method."""


class RateLimited(HttpError):
    """429: too many requests; retried with backoff when the request is safe to repeat."""


class ServerError(HttpError):
    """5xx: the server failed; retried with backoff when the request is safe to repeat."""


_BY_STATUS: dict[int, type[HttpError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    405: MethodNotAllowed,
    429: RateLimited,
}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return str(value)


def error_from_response(
    status: int,
    body: Any,
    *,
    retry_after: float | None = None,
    method: str = "",
    path: str = "",
) -> HttpError:
    """Build the typed exception for a non-2xx answer; tolerant of odd or empty bodies."""
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else HttpError)
    err = body.get("error") if isinstance(body, dict) else None
    if not isinstance(err, dict):
        err = {}
    data = err.get("error_data")
    params: list[InvalidParam] = []
    if isinstance(data, dict) and isinstance(data.get("invalid_params"), list):
        for p in data["invalid_params"]:
            if isinstance(p, dict):
                name = p.get("name")
                if isinstance(name, list):
                    name = ",".join(map(str, name))
                params.append(
                    InvalidParam(
                        name=_text(name),
                        reason=_text(p.get("reason")),
                        value=_text(p.get("value")),
                        message=_text(p.get("message")),
                    )
                )
    return cls(
        status=status,
        type=_text(err.get("type")),
        title=_text(err.get("title")),
        detail=_text(err.get("detail")),
        invalid_params=params,
        retry_after=retry_after,
        method=method,
        path=path,
    )
