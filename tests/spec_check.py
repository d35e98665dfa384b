"""Validation of real traffic against the vendor's OpenAPI spec (`../shared/carecloud/openapi.yaml`).

openapi-core finds operations through the spec's server template, so each request is
presented with an https URL on the spec's default host carrying the real API path,
whatever loopback port the sandbox listens on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from werkzeug.datastructures import Headers, ImmutableMultiDict

SPEC_PATH = Path(__file__).resolve().parents[2] / "shared" / "carecloud" / "openapi.yaml"
SPEC_HOST = "https://sandbox.crmcarecloud.com"
API_PREFIX = "/webservice/rest-api/enterprise-interface/v1.0"


class _Request:
    def __init__(self, method: str, url: str, headers: dict[str, str], body: bytes | None):
        parts = urlsplit(url)
        self.method = method.lower()
        self.host_url = SPEC_HOST
        self.path = parts.path
        self.body = body or None
        self.content_type = headers.get("content-type", "application/json")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(
                [(k, v) for k, vals in parse_qs(parts.query, keep_blank_values=True).items()
                 for v in vals]),
            header=Headers(headers),
            cookie=ImmutableMultiDict(),
        )


class _Response:
    def __init__(self, status: int, headers: dict[str, str], data: bytes):
        self.status_code = status
        self.headers = Headers(headers)
        self.content_type = headers.get("content-type", "").split(";")[0].strip()
        self.data = data


@dataclass
class SpecChecker:
    """Validates request/response pairs; collects problems instead of raising mid-call."""

    openapi: OpenAPI
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)

    def check(self, method: str, url: str, req_headers: dict[str, str], req_body: bytes | None,
              status: int | None, resp_headers: dict[str, str] | None, resp_body: bytes | None,
              *, request: bool = True) -> None:
        path = urlsplit(url).path
        if not path.startswith(API_PREFIX):
            return
        req = _Request(method, url, {k.lower(): v for k, v in req_headers.items()}, req_body)
        label = f"{method} {path[len(API_PREFIX):]}"
        if request:
            try:
                self.openapi.validate_request(req)
            except Exception as exc:
                self.problems.append(f"request {label}: {_explain(exc)}")
        if status is not None:
            lowered = {k.lower(): v for k, v in (resp_headers or {}).items()}
            resp = _Response(status, lowered, resp_body or b"")
            try:
                self.openapi.validate_response(req, resp)
            except (OperationNotFound, PathNotFound):
                if request:  # the client must only call operations the spec has
                    self.problems.append(f"response {status} {label}: not in the spec")
            except Exception as exc:
                self.problems.append(f"response {status} {label}: {_explain(exc)} "
                                     f"body={(resp_body or b'')[:300]!r}")
        self.checked.append(f"{label} {status}")


def _explain(exc: Exception) -> str:
    parts = [f"{type(exc).__name__}: {exc}"]
    cause = exc.__cause__ or exc.__context__
    while cause is not None and len(parts) < 4:
        inner = getattr(cause, "schema_errors", None)
        parts.append(f"{type(cause).__name__}: {cause}")
        if inner:
            parts.extend(str(e.message) for e in list(inner)[:3])
        cause = cause.__cause__ or cause.__context__
    return " <- ".join(parts)


class CheckingTransport(httpx.AsyncBaseTransport):
    """An async transport that sends for real and validates every exchange against the spec."""

    def __init__(self, checker: SpecChecker) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.checker = checker

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        response = await self._inner.handle_async_request(request)
        data = await response.aread()
        self.checker.check(request.method, str(request.url), dict(request.headers), body,
                           response.status_code, dict(response.headers), data)
        # handed on as a stream, as a real transport does (the client reads it bounded)
        return httpx.Response(response.status_code, headers=response.headers,
                              stream=httpx.ByteStream(data), request=request,
                              extensions=response.extensions)

    async def aclose(self) -> None:
        await self._inner.aclose()


def response_hook(checker: SpecChecker, *, validate_request: bool = False):
    """A sync httpx event hook validating raw sandbox answers (requests may be bad on purpose)."""

    def hook(response: httpx.Response) -> None:
        response.read()
        req = response.request
        checker.check(req.method, str(req.url), dict(req.headers), req.content,
                      response.status_code, dict(response.headers), response.content,
                      request=validate_request)

    return hook


def dumps(obj: object) -> bytes:
    return json.dumps(obj).encode()
