"""The transport under every CareCloud call: what all endpoints share, none of them.

One long-lived `httpx.AsyncClient` (its SSL context is built once), bearer auth with
re-login on 401, `Accept-Language` that follows the UI at runtime, bounded retries
with backoff and jitter for requests that are safe to repeat, a Cache-Control cache for
reference data, paging, and a log line per call with personal data masked.

Nothing the server sends is trusted: every call has an overall deadline (connect, send
and the whole body), the body is bounded in size after decompression, JSON is decoded
into exact decimals with bounded depth, and every transport or decoding failure ends as
a typed `ApiError`. The endpoints (`kiosk_app.api.endpoints`) only say what to ask.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import re
import time
import zlib
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar
from urllib.parse import quote

import httpx
import msgspec

from kiosk_app.api import models as m
from kiosk_app.api.errors import (
    ApiError,
    HttpError,
    NotSignedIn,
    ProtocolError,
    RateLimited,
    ServerError,
    TransportError,
    error_from_response,
)
from kiosk_app.api.masking import mask_params, mask_text
from kiosk_app.urls import check_base_url, proxy_for

if TYPE_CHECKING:
    import ssl

    from tenacity import RetryCallState

log = logging.getLogger("kiosk_app.api")
# httpx logs every full URL at INFO, query string (card numbers, e-mails) included; our
# own line per call is masked, so theirs is kept to warnings.
for _noisy in ("httpx", "httpcore"):
    logging.getLogger(_noisy).setLevel(logging.WARNING)

T = TypeVar("T")

API_PATH = "/webservice/rest-api/enterprise-interface/v1.0"
_MAX_AGE = re.compile(r"max-age\s*=\s*(\d{1,9})")
_DECODER = msgspec.json.Decoder(float_hook=Decimal)  # exact decimals; NaN is not JSON
MAX_BODY = 8 * 1024 * 1024  # bytes after decompression
MAX_PAGES = 1000
CACHE_ENTRIES = 512


@dataclass(frozen=True)
class Credentials:
    """A CareCloud user's sign-in; kept in memory only, for re-login after a 401."""

    login: str
    password: str = field(repr=False)
    external_app_id: str


@dataclass(frozen=True)
class RetryPolicy:
    """How transient failures (429, 5xx, network, timeouts) of safe requests are retried."""

    attempts: int = 4
    initial: float = 0.25
    max_wait: float = 4.0
    jitter: float = 0.25
    max_retry_after: float = 30.0


@dataclass(frozen=True)
class _Answer:
    """A whole, bounded, decompressed answer."""

    status: int
    headers: httpx.Headers
    body: bytes

    @property
    def is_success(self) -> bool:
        return 200 <= self.status < 300


def segment(value: str) -> str:
    """A server id as one URL path segment: refused if it could leave its place in the path."""
    if not isinstance(value, str) or not m.usable_id(value) or "/" in value or "\\" in value \
            or value in (".", "..") or ".." in value:
        raise ProtocolError(f"Refusing an id that is not a plain path segment: {str(value)[:40]!r}")
    return quote(value, safe="")


def _tls_failure(exc: BaseException) -> str | None:
    """The reason when a connection failed on certificate verification (httpx wraps it
    twice), so the message can point at `ca_bundle` instead of a bare ConnectError."""
    import ssl

    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return None
        if isinstance(seen, ssl.SSLCertVerificationError):
            return str(seen.verify_message or seen.reason or "verification failed")
        seen = seen.__cause__ or seen.__context__
    return None


def check_id(name: str, value: str) -> None:
    """A value the caller passes as an id or token: refused before it is sent if blank."""
    if not isinstance(value, str) or not m.usable_id(value):
        raise ValueError(f"{name} is blank or not printable.")


def _retry_after(headers: httpx.Headers) -> float | None:
    value = headers.get("Retry-After")
    if not value:
        return None
    try:
        seconds = float(value)
        return max(0.0, seconds) if seconds == seconds else None  # NaN
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, OverflowError):
        return None


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, TransportError):
        return True
    return isinstance(exc, RateLimited | ServerError) and exc.status in (429, 500, 502, 503, 504)


def decode_body(body: bytes, what: str) -> Any:
    """JSON into builtins with exact decimals; size, depth and garbage end as ProtocolError."""
    if len(body) > MAX_BODY:
        raise ProtocolError(f"{what}: the server's answer is too large.")
    try:
        return _DECODER.decode(body)  # strict UTF-8: lone surrogates and NaN are refused
    except RecursionError:
        raise ProtocolError(f"{what}: the server's answer is nested too deeply.") from None
    except (msgspec.DecodeError, UnicodeDecodeError, ValueError) as exc:
        raise ProtocolError(f"{what}: the server's answer is not JSON.") from exc


class _Inflater:
    """Content-Encoding done by hand, so a compressed answer is bounded after inflation."""

    def __init__(self, encoding: str, limit: int) -> None:
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._z = None
        elif encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise ProtocolError(f"The server used an unsupported compression ({encoding[:20]}).")
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0

    def _take(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise ProtocolError("The server's answer is too large.")
        self.parts.append(data)

    def feed(self, raw: bytes) -> None:
        if self._z is None:
            self._take(raw)
            return
        try:
            self._take(self._z.decompress(raw, self.limit - self.size + 1))
            while self._z.unconsumed_tail:
                self._take(self._z.decompress(self._z.unconsumed_tail,
                                              self.limit - self.size + 1))
        except zlib.error as exc:
            raise ProtocolError("The server's compressed answer is corrupt.") from exc

    def finish(self) -> bytes:
        if self._z is not None:
            try:
                self._take(self._z.flush())
            except zlib.error as exc:
                raise ProtocolError("The server's compressed answer is corrupt.") from exc
            if self.size and not self._z.eof:
                raise ProtocolError("The server's compressed answer is cut short.")
        return b"".join(self.parts)


class Transport:
    """Sign-in, the one request path, the cache and paging; the endpoint mixins of
    `kiosk_app.api.endpoints` build on it and `CareCloudClient` puts them together."""

    def __init__(
        self,
        base_url: str,
        *,
        language: str = "en",
        fallback_languages: Sequence[str] = ("en",),
        timeout: httpx.Timeout | None = None,
        deadline: float = 30.0,
        max_body: int = MAX_BODY,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        token_margin: float = 30.0,
        clock: Callable[[], datetime] = datetime.now,
        proxy: str = "",
        ca_bundle: str = "",
    ) -> None:
        self.base_url = check_base_url(base_url)
        self.proxy = proxy_for(self.base_url, proxy)  # None: direct (always for loopback)
        self.ca_bundle = ca_bundle  # "" = certifi only; a path adds the store's CAs to it
        self._timeout = timeout or httpx.Timeout(15.0, connect=5.0)
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self.deadline = deadline
        self.max_body = max_body
        self.retry = retry or RetryPolicy()
        self._backoff: Any = None  # tenacity's backoff, made at the first retry
        self._fallbacks = tuple(fallback_languages)
        self.language = language
        self._credentials: Credentials | None = None
        self._token: str | None = None
        self._token_valid_to: datetime | None = None
        self._token_margin = timedelta(seconds=token_margin)
        self._login_lock = asyncio.Lock()
        self._clock = clock
        self._cache: OrderedDict[tuple[str, str, str], tuple[float, Any]] = OrderedDict()
        self._inflight: dict[tuple[str, str, str], asyncio.Future[Any]] = {}
        self._outcome_listeners: list[Callable[[bool], None]] = []
        self.reachable: bool | None = None  # the last call's outcome
        self.user: m.User | None = None

    # --- language ---------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    @language.setter
    def language(self, code: str) -> None:
        """Change the language of server texts for every following request."""
        self._language = code
        chain = [code] + [f for f in self._fallbacks if f != code]
        self.accept_language = ", ".join(
            lang if i == 0 else f"{lang};q={max(0.1, 1 - i * 0.2):.1f}"
            for i, lang in enumerate(chain)
        )

    # --- reachability -----------------------------------------------------------------

    def on_outcome(self, listener: Callable[[bool], None]) -> None:
        """Told after every call whether CareCloud answered (True) or could not be reached,
        failed or answered garbage (False), so the online indicator follows every call."""
        self._outcome_listeners.append(listener)

    def _report(self, reachable: bool) -> None:
        self.reachable = reachable
        for listener in list(self._outcome_listeners):
            try:
                listener(reachable)
            except Exception:  # a listener must never break a call
                log.exception("outcome listener failed")

    async def ping(self) -> None:
        """A cheap call that needs no sign-in (`GET /languages`, never cached): is CareCloud
        there? Its outcome reaches the listeners like any other call's."""
        await self.request("GET", "languages", auth=False, retry=False)

    # --- lifetime and auth ----------------------------------------------------------------

    @property
    def _http(self) -> httpx.AsyncClient:
        """The one long-lived httpx client, built at the first call: building it (its TLS
        context) takes tens of milliseconds that the first window should not wait for."""
        if self._client is None:
            from kiosk_app.tls import ssl_context

            context = ssl_context(self.ca_bundle)  # always verifying; certifi + ca_bundle
            self._client = httpx.AsyncClient(
                base_url=self.base_url + "/",
                timeout=self._timeout,
                verify=context,
                # only the `proxy` setting; an https:// proxy's own TLS trusts the same CAs
                proxy=self._proxy(context),
                # the environment never takes over: no HTTP(S)_PROXY for the login body, no
                # SSL_CERT_FILE replacing the CA bundle, no .netrc credentials
                trust_env=False,
                transport=self._transport,
                headers={"Accept": "application/json", "Accept-Encoding": "gzip, deflate"},
            )
        return self._client

    def _proxy(self, context: ssl.SSLContext) -> httpx.Proxy | None:
        if not self.proxy:
            return None
        https = self.proxy.startswith("https://")
        return httpx.Proxy(self.proxy, ssl_context=context if https else None)

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    @property
    def signed_in(self) -> bool:
        return self._credentials is not None

    async def login(self, credentials: Credentials) -> m.User | None:
        """Sign in; the token stays in memory and is renewed by itself after a 401 or expiry."""
        async with self._login_lock:
            await self._login(credentials)
        self._credentials = credentials
        return self.user

    async def _login(self, credentials: Credentials) -> None:
        data = await self.request(
            "POST",
            "users/actions/login",
            json={
                "login": credentials.login,
                "password": credentials.password,
                "user_external_application_id": credentials.external_app_id,
            },
            auth=False,
            retry=True,
        )
        result = m.decode(data, m.LoginResult, what="login response")
        self._token = result.bearer_token
        self._token_valid_to = self._validity(result.valid_to)
        self.user = result.user

    def _validity(self, text: str | None) -> datetime | None:
        """When to renew the token by itself; None (renew after a 401) when the server's
        `valid_to` is missing, unreadable or already past."""
        try:
            valid_to = m.parse_datetime(text)
        except ProtocolError:
            log.warning("login: unreadable valid_to; the token is renewed after a 401")
            return None
        if valid_to is not None and valid_to <= self._clock() + self._token_margin:
            log.warning("login: valid_to lies in the past; the token is renewed after a 401")
            return None
        return valid_to

    async def logout(self) -> None:
        """End the token on the server and forget the credentials."""
        token, creds = self._token, self._credentials
        self._token, self._credentials, self.user = None, None, None
        if token and creds:
            try:
                await self.request(
                    "POST",
                    "users/actions/logout",
                    json={"user_external_application_id": creds.external_app_id,
                          "bearer_token": token},
                    auth=False,
                    headers={"Authorization": f"Bearer {token}"},
                )
            except ApiError as exc:  # the token dies on its own anyway
                log.warning("logout failed: %s", exc)

    def _token_usable(self) -> bool:
        if not self._token:
            return False
        if self._token_valid_to is None:
            return True
        return self._clock() < self._token_valid_to - self._token_margin

    async def _ensure_token(self) -> str:
        if self._token_usable():
            assert self._token
            return self._token
        if self._credentials is None:
            raise NotSignedIn("Sign in first.")
        async with self._login_lock:
            if not self._token_usable():
                await self._login(self._credentials)
        if not self._token:
            raise NotSignedIn("Sign in first.")
        return self._token

    async def _relogin(self, stale: str | None) -> None:
        if self._credentials is None:
            raise NotSignedIn("Sign in first.")
        async with self._login_lock:
            if self._token == stale:  # nobody renewed it while we waited
                self._token = None
                await self._login(self._credentials)

    # --- the one request path --------------------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        auth: bool = True,
        retry: bool | None = None,
        cache: bool = False,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Send one API call and return its `data`.

        `retry` says whether the call is safe to repeat (default: GETs only); such calls
        are retried on 429, 5xx, network errors and timeouts with exponential backoff and
        jitter, honouring `Retry-After`.
        """
        path = path.lstrip("/")
        params = {k: v for k, v in (params or {}).items() if v is not None}
        key = (path, repr(sorted(params.items())), self.accept_language)
        hit = self._cache.get(key) if cache else None
        if hit is not None and (hit[0] > time.monotonic() or self.reachable is False):
            self._cache.move_to_end(key)  # fresh, or CareCloud is out of reach: what we have
            return hit[1]
        while cache and (pending := self._inflight.get(key)) is not None:
            try:
                return await asyncio.shield(pending)  # the same question is on its way
            except asyncio.CancelledError:
                task = asyncio.current_task()
                if not pending.cancelled() or (task is not None and task.cancelling()):
                    raise
                # the caller who asked was cancelled, not this one: ask again below
        if cache:
            future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
            self._inflight[key] = future
            try:
                data = await self._request(method, path, params, json, auth, retry, headers,
                                           key, hit, cache=True)
            except BaseException as exc:
                if isinstance(exc, asyncio.CancelledError):
                    future.cancel()
                else:
                    future.set_exception(exc)
                    future.exception()  # retrieved: waiters get it, nobody else must
                raise
            else:
                future.set_result(data)
                return data
            finally:
                self._inflight.pop(key, None)
        return await self._request(method, path, params, json, auth, retry, headers, key, hit,
                                   cache=False)

    async def _request(self, method: str, path: str, params: dict[str, Any], json: Any,
                       auth: bool, retry: bool | None, headers: Mapping[str, str] | None,
                       key: tuple[str, str, str], hit: tuple[float, Any] | None, *,
                       cache: bool) -> Any:
        from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt

        body = None if json is None else m.to_json(json)
        safe = method == "GET" if retry is None else retry
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.retry.attempts if safe else 1),
            wait=self._wait,
            retry=retry_if_exception(_is_transient),
            reraise=True,
        )
        try:
            answer = await retrying(self._send, method, path, params, body, auth, headers)
            data = self._data(answer, method, path)
        except (TransportError, ServerError, RateLimited, ProtocolError):
            self._report(False)
            if hit is not None:  # stale-if-error: an expired answer beats none at the till
                log.info("%s /%s: CareCloud out of reach, using the last answer", method,
                         mask_text(path))
                return hit[1]
            raise
        except HttpError:
            self._report(True)  # CareCloud answered, it just said no
            raise
        self._report(True)
        if cache and (max_age := self._max_age(answer.headers)):
            self._cache[key] = (time.monotonic() + max_age, data)
            while len(self._cache) > CACHE_ENTRIES:
                self._cache.popitem(last=False)
        return data

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, HttpError) and exc.retry_after is not None:
            return min(exc.retry_after, self.retry.max_retry_after)
        if self._backoff is None:
            from tenacity import wait_exponential_jitter

            self._backoff = wait_exponential_jitter(
                multiplier=self.retry.initial, max=self.retry.max_wait, jitter=self.retry.jitter)
        return float(self._backoff(state))

    async def _send(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any],
        body: bytes | None,
        auth: bool,
        extra_headers: Mapping[str, str] | None,
    ) -> _Answer:
        token = await self._ensure_token() if auth else None
        answer = await self._send_once(method, path, params, body, token, extra_headers)
        if answer.status == 401 and auth:
            await self._relogin(token)
            token = await self._ensure_token()
            answer = await self._send_once(method, path, params, body, token, extra_headers)
        if answer.is_success:
            return answer
        try:
            error_body = decode_body(answer.body, "error") if answer.body else None
        except ProtocolError:
            error_body = None
        raise error_from_response(
            answer.status,
            error_body,
            retry_after=_retry_after(answer.headers),
            method=method,
            path="/" + path,
        )

    async def _send_once(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any],
        body: bytes | None,
        token: str | None,
        extra_headers: Mapping[str, str] | None,
    ) -> _Answer:
        headers = {"Accept-Language": self.accept_language}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = f"Bearer {token}"
        headers.update(extra_headers or {})
        shown = _Shown(path, params)  # masked and formatted only if a line is logged
        started = time.perf_counter()
        try:
            async with asyncio.timeout(self.deadline):
                request = self._http.build_request(method, path, params=params or None,
                                                   content=body, headers=headers)
                response = await self._http.send(request, stream=True)
                try:
                    data = await self._read(response)
                finally:
                    await response.aclose()
        except TimeoutError as exc:
            log.warning("%s %s no whole answer within %.0f s", method, shown, self.deadline)
            raise TransportError(f"The server did not answer within {self.deadline:.0f} s.") from exc
        except httpx.TimeoutException as exc:
            log.warning("%s %s timeout after %.0f ms", method, shown, _ms(started))
            raise TransportError(f"The server did not answer in time ({type(exc).__name__}).") from exc
        except httpx.DecodingError as exc:
            raise ProtocolError(f"The server's answer could not be decoded ({type(exc).__name__}).") from exc
        except (httpx.TransportError, httpx.StreamError, OSError) as exc:
            log.warning("%s %s failed after %.0f ms: %s", method, shown, _ms(started),
                        type(exc).__name__)
            tls = _tls_failure(exc)
            if tls is not None:
                raise TransportError(
                    f"The server's TLS certificate is not trusted ({tls}). Behind a "
                    "TLS-inspecting proxy, set ca_bundle to the company's CA.") from exc
            raise TransportError(f"Cannot reach the server ({type(exc).__name__}).") from exc
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, UnicodeError) as exc:
            raise ProtocolError(f"The request could not be formed ({type(exc).__name__}).") from exc
        except ProtocolError:
            log.warning("%s %s unusable answer after %.0f ms", method, shown, _ms(started))
            raise
        log.info("%s %s %s %.0f ms", method, shown, response.status_code, _ms(started))
        return _Answer(response.status_code, response.headers, data)

    async def _read(self, response: httpx.Response) -> bytes:
        """The whole body, inflated by hand and bounded (a transport may hand it over read)."""
        if response.is_stream_consumed:
            if len(response.content) > self.max_body:
                raise ProtocolError("The server's answer is too large.")
            return response.content
        inflater = _Inflater(response.headers.get("Content-Encoding", ""), self.max_body)
        async for raw in response.aiter_raw():
            inflater.feed(raw)
        return inflater.finish()

    @staticmethod
    def _data(answer: _Answer, method: str, path: str) -> Any:
        if answer.status == 204 or not answer.body:
            return None
        body = decode_body(answer.body, f"{method} /{mask_text(path)}")
        if not isinstance(body, dict) or "data" not in body:
            raise ProtocolError(f"{method} /{mask_text(path)}: the server's answer has no 'data'.")
        return body["data"]

    @staticmethod
    def _max_age(headers: httpx.Headers) -> int | None:
        control = headers.get("Cache-Control", "")
        if "no-store" in control or "no-cache" in control:
            return None
        match = _MAX_AGE.search(control)
        return int(match.group(1)) if match and int(match.group(1)) > 0 else None

    # --- typed helpers ------------------------------------------------------------------------

    async def get(self, path: str, type_: type[T], params: Mapping[str, Any] | None = None) -> T:
        return m.decode(await self.request("GET", path, params=params), type_, what=f"/{path}")

    async def page(
        self,
        path: str,
        key: str,
        type_: type[T],
        params: Mapping[str, Any] | None = None,
        *,
        count: int = 100,
        offset: int = 0,
        cache: bool = False,
        auth: bool = True,
    ) -> tuple[list[T], int | None]:
        """One page of a list endpoint and the server's `total_items`."""
        query = {**(params or {}), "count": count, "offset": offset}
        data = await self.request("GET", path, params=query, cache=cache, auth=auth)
        return self._page_items(data, path, key, type_)

    @staticmethod
    def _page_items(data: Any, path: str, key: str, type_: type[T]) -> tuple[list[T], int | None]:
        if not isinstance(data, dict) or not isinstance(data.get(key), list):
            raise ProtocolError(f"/{path}: expected a list under data.{key}.")
        total = data.get("total_items")
        if total is not None and (not isinstance(total, int) or isinstance(total, bool)
                                  or total < 0):
            raise ProtocolError(f"/{path}: total_items is not a count.")
        return m.decode(data[key], list[type_], what=f"/{path} list"), total

    async def paginate(
        self,
        path: str,
        key: str,
        type_: type[T],
        params: Mapping[str, Any] | None = None,
        *,
        page_size: int = 100,
        cache: bool = False,
        auth: bool = True,
        max_pages: int = MAX_PAGES,
    ) -> AsyncIterator[T]:
        """Yield the items of a list endpoint page by page, up to `total_items`.

        Bounded whatever the server claims: at most `max_pages` pages, and a page that is
        empty or repeats the previous one ends the walk.
        """
        offset, previous = 0, None
        for _ in range(max_pages):
            items, total = await self.page(path, key, type_, params, count=page_size,
                                           offset=offset, cache=cache, auth=auth)
            if not items or items == previous:
                return
            for item in items:
                yield item
            previous = items
            offset += len(items)
            if total is None or offset >= total or len(items) < page_size:
                return
        log.warning("/%s: stopped after %d pages", path, max_pages)

    async def list_all(
        self,
        path: str,
        key: str,
        type_: type[T],
        params: Mapping[str, Any] | None = None,
        *,
        cache: bool = False,
        auth: bool = True,
    ) -> list[T]:
        return [
            item async for item in self.paginate(path, key, type_, params, cache=cache, auth=auth)
        ]

    async def list_unpaged(self, path: str, key: str, type_: type[T], *,
                           cache: bool = False, auth: bool = True) -> list[T]:
        """A list endpoint the spec gives no paging parameters."""
        data = await self.request("GET", path, cache=cache, auth=auth)
        return self._page_items(data, path, key, type_)[0]


class _Shown:
    """A call's path and masked query, rendered when a log line is really written."""

    __slots__ = ("params", "path")

    def __init__(self, path: str, params: Mapping[str, Any]) -> None:
        self.path, self.params = path, params

    def __str__(self) -> str:
        return f"/{self.path}{mask_params(self.params)}"


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000
