"""A real HTTP server on loopback serving the sandbox, with fault injection for demos and tests.

It runs in-process on a background thread (the app's embedded default, port chosen by
the OS) or standalone (`kiosk-app sandbox --port N`) so several tills can share it.
Sandbox-only endpoints live under `/sandbox/`, outside the API prefix. The API itself
is `api.Api`, reached through the dispatch table in `router.py`.

The control endpoints drive faults, the clock, OTP codes and customers' auth tokens, so
they take this run's `control_token` (header `X-Sandbox-Token`, JSON bodies only), and no
request is served under a Host that is not a loopback name: a web page the shopper opens
cannot reach them, not even by rebinding its own DNS name to 127.0.0.1.

`start_embedded` returns at once with the port bound: the store is opened (and seeded
on first use) on the server's own thread, and requests that arrive meanwhile wait in
the listen backlog until it serves.
"""

from __future__ import annotations

import hmac
import json
import logging
import random
import secrets
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kiosk_app.api.masking import mask_text
from kiosk_app.sandbox import API_PREFIX, rules
from kiosk_app.sandbox.api import Api, ApiRequest, ApiResponse, Refused, encode
from kiosk_app.sandbox.store import FMT, SandboxStore, load_seed

log = logging.getLogger("kiosk_app.sandbox")

FAULT_KINDS = ("403", "429", "500", "503", "drop", "drop_after", "garbled", "ok")
AUTH_QR_PREFIX = "CCAUTH"  # the QR text of a minted token: CCAUTH:<token_request_id>:<token>
CONTROL_TOKEN_HEADER = "X-Sandbox-Token"  # carries `SandboxServer.control_token` to /sandbox/
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]"})


def loopback_host(host: str | None, port: int) -> bool:
    """Whether a Host header names this server on loopback (with its port, or none).

    A page whose DNS name was rebound to 127.0.0.1 still sends its own name as Host, so
    refusing every other name keeps browsers out of the sandbox (DNS rebinding).
    """
    if not host:
        return False
    host = host.strip().lower()
    if host in LOOPBACK_HOSTS:
        return True
    name, sep, given_port = host.rpartition(":")
    return bool(sep) and name in LOOPBACK_HOSTS and given_port == str(port)


@dataclass
class Faults:
    """What the sandbox does wrong on purpose; `script` lists the next requests' fates in order."""

    latency_ms: float = 0.0
    error_rates: dict[str, float] = field(default_factory=dict)  # {"503": 0.2, "429": 0.1}
    drop_rate: float = 0.0  # close the connection before handling the request
    drop_after_rate: float = 0.0  # handle the request, then close without answering
    script: list[str] = field(default_factory=list)
    path_filter: str = ""  # only API paths containing this are affected
    retry_after: float | None = None  # seconds sent in Retry-After on 429/503
    answer: Any = None  # a whole answer body (JSON value or raw text) replacing the real one
    answer_headers: dict[str, str] = field(default_factory=dict)  # e.g. a lying Content-Encoding

    def update(self, changes: dict[str, Any]) -> None:
        for key, value in changes.items():
            if not hasattr(self, key):
                raise ValueError(f"unknown fault setting {key!r}")
            setattr(self, key, value)
        for kind in self.script:
            if kind not in FAULT_KINDS:
                raise ValueError(f"unknown scripted fault {kind!r}")

    def pick(self, path: str, rng: random.Random) -> str:
        """The fate of one request: 'ok', an error status, 'drop' or 'drop_after'."""
        if self.path_filter and self.path_filter not in path:
            return "ok"
        if self.script:
            return self.script.pop(0)
        roll = rng.random()
        for kind, rate in (("drop", self.drop_rate), ("drop_after", self.drop_after_rate),
                           *self.error_rates.items()):
            if roll < rate:
                return kind
            roll -= rate
        return "ok"


class SandboxServer:
    """The store, the API and the HTTP server, started and stopped together.

    `SandboxServer(store).start()` serves an open store at once. `SandboxServer.opening(
    open_store).start()` binds the port and returns at once, opening the store on the
    server's thread first; `ready` is set (and `wait_ready()` returns) when it serves.
    """

    def __init__(self, store: SandboxStore | None, *, host: str = "127.0.0.1", port: int = 0,
                 faults: Faults | None = None, seed: int | None = None,
                 echo_otp: bool = False, sock: socket.socket | None = None) -> None:
        self.faults = faults or Faults()
        self._rng = random.Random(seed)
        self._faults_lock = threading.Lock()
        self._on_otp = self._print_otp if echo_otp else None
        self._echo = echo_otp  # print OTP codes and auth tokens, as a phone would show them
        self.requests: deque[dict[str, Any]] = deque(maxlen=1000)
        # this run's key to /sandbox/: printed by `kiosk-app sandbox`, never logged
        self.control_token = secrets.token_urlsafe(32)
        if sock is None:
            self.httpd = _Server((host, port), _Handler)  # bound and listening from here on
        else:  # a socket the app bound (and listens on) before its first window
            self.httpd = _Server(sock.getsockname()[:2], _Handler, bind_and_activate=False)
            self.httpd.socket.close()
            self.httpd.socket = sock
            self.httpd.server_address = sock.getsockname()[:2]
        self.httpd.sandbox = self
        self._thread: threading.Thread | None = None
        self._opener: Callable[[], SandboxStore] | None = None
        self._store: SandboxStore | None = None
        self.api: Api | None = None
        self.seed_data: dict[str, Any] = store.seed if store is not None else load_seed()
        self.ready = threading.Event()
        self.failure: BaseException | None = None
        self._state_lock = threading.Lock()
        self._serving = False
        self.stopping = False
        self._stopped = threading.Event()
        if store is not None:
            self._use(store)

    @classmethod
    def opening(cls, open_store: Callable[[], SandboxStore], **kwargs: Any) -> SandboxServer:
        """A server whose store `start()` opens on the server's thread (see `wait_ready`).

        `seed_data` is the shipped demo seed, known at once (e.g. for the demo sign-in).
        """
        server = cls(None, **kwargs)
        server._opener = open_store
        return server

    def _use(self, store: SandboxStore) -> None:
        self._store = store
        self.api = Api(store, on_otp=self._on_otp)
        self.seed_data = store.seed
        self.ready.set()

    @property
    def store(self) -> SandboxStore:
        """The open store; on a server still opening it, waits until it is open."""
        return self.wait_ready()

    def wait_ready(self, timeout: float | None = None) -> SandboxStore:
        """The store once open: raises TimeoutError after `timeout` seconds, or what failed."""
        if not self.ready.wait(timeout):
            raise TimeoutError(f"the sandbox store did not open within {timeout} s")
        if self._store is None:
            raise RuntimeError("the sandbox store could not be opened") from self.failure
        return self._store

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return self.origin + API_PREFIX

    @property
    def control_headers(self) -> dict[str, str]:
        """The header a `/sandbox/` request must carry (e.g. `httpx.Client(headers=...)`)."""
        return {CONTROL_TOKEN_HEADER: self.control_token}

    def control_allowed(self, given: str | None) -> bool:
        """Whether `given` is this run's control token, compared in constant time."""
        if not given:
            return False
        return hmac.compare_digest(given.encode("utf-8", "replace"),
                                   self.control_token.encode())

    def start(self) -> SandboxServer:
        """Serve on a daemon thread (which first opens the store, for `opening`); returns at once."""
        self._thread = threading.Thread(target=self._run, name="sandbox-http", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        if self._opener is not None:
            try:
                store = self._opener()
            except BaseException as exc:  # the app goes on offline; log why
                log.exception("the sandbox store could not be opened")
                self.failure = exc
                with self._state_lock:
                    self.stopping = True
                self.httpd.server_close()  # waiting connections fail now, not never
                self.ready.set()
                return
            with self._state_lock:
                if self.stopping:  # stopped while opening
                    store.close()
                    self.ready.set()
                    return
                self._use(store)
        self.serve_forever(poll_interval=0.1)

    def serve_forever(self, poll_interval: float = 0.2) -> None:
        """Serve on this thread until `stop()` (the standalone `kiosk-app sandbox`)."""
        with self._state_lock:
            if self.stopping:
                return
            self._serving = True
        self.httpd.serve_forever(poll_interval=poll_interval)

    def stop(self) -> None:
        """Stop serving and close the store; a store still opening is closed once open."""
        with self._state_lock:
            self.stopping = True
            serving = self._serving
        self._stopped.set()
        if serving:
            self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)
        if self._store is not None:
            self._store.close()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @staticmethod
    def _print_otp(recipient: str, code: str, channel: int) -> None:
        print(f"[sandbox] one-time password for {recipient}: {code}", flush=True)

    @staticmethod
    def _print_auth_token(minted: dict[str, Any]) -> None:
        print(f"[sandbox] auth token for {minted['customer_id']} ({minted['application_id']}):"
              f" {minted['token']}  QR: {minted['qr']}", flush=True)

    def mint_auth_token(self, body: Any) -> tuple[int, Any]:
        """`POST /sandbox/auth-tokens {"customer_id", "application_id"?}`: what the customer's
        mobile app would get from CareCloud and show as a QR code, valid 5 minutes (sandbox
        clock), once, for that application (default: the seed's first, `kiosk-demo-app`)."""
        if not isinstance(body, dict) or not isinstance(body.get("customer_id"), str):
            return 400, {"error": "customer_id (a string) is required"}
        store = self.store
        apps = store.seed["external_applications"]
        app_id = body.get("application_id") or apps[0]
        if app_id not in apps:
            return 400, {"error": f"unknown application_id {app_id!r}; known: {', '.join(apps)}"}
        customer_id = body["customer_id"]
        if store.customer(customer_id) is None:
            return 404, {"error": f"no customer {customer_id}"}
        token, request_id = rules.auth_token()
        expires = store.add_auth_token(customer_id, app_id, token, request_id,
                                       rules.AUTH_TOKEN_VALIDITY)
        minted = {"token": token, "token_request_id": request_id, "application_id": app_id,
                  "qr": f"{AUTH_QR_PREFIX}:{request_id}:{token}", "customer_id": customer_id,
                  "valid_to": datetime.fromtimestamp(expires).strftime(FMT)}
        log.info("auth token minted for a customer (request %s…)", request_id[:8])
        if self._echo:
            self._print_auth_token(minted)
        return 200, minted

    def expire_tokens_every(self, seconds: float) -> None:
        """Forced token expiry for demos: revoke all live tokens on a timer until stopped."""

        def loop() -> None:
            while not self._stopped.wait(seconds):
                self.store.expire_tokens()

        threading.Thread(target=loop, name="sandbox-token-expiry", daemon=True).start()

    def fate(self, path: str) -> str:
        with self._faults_lock:
            return self.faults.pick(path, self._rng)

    # --- sandbox-only control endpoints -----------------------------------------------------------

    def control(self, method: str, path: str, params: dict[str, str], body: Any
                ) -> tuple[int, Any]:
        """`/sandbox/...`: faults, clock, tokens, OTP codes, customers' auth tokens, purchases
        and balances for demos."""
        route = path.removeprefix("/sandbox").strip("/")
        if route == "faults":
            with self._faults_lock:
                if method == "POST":
                    try:
                        self.faults.update(body or {})
                    except (ValueError, TypeError) as exc:
                        return 400, {"error": str(exc)}
                elif method == "DELETE":
                    self.faults = Faults()
                return 200, asdict(self.faults)
        if route == "expire-tokens" and method == "POST":
            return 200, {"expired": self.store.expire_tokens()}
        if route == "clock" and method == "POST":
            self.store.clock_offset += float((body or {}).get("advance_seconds", 0))
            return 200, {"now": self.store.now_text()}
        if route == "reset" and method == "POST":
            self.store.reset()
            self.requests.clear()
            return 200, {"reset": True}
        if route == "otp" and method == "GET":
            return 200, {"otps": self.store.otps(params.get("recipient"))}
        if route == "auth-tokens" and method == "POST":
            return self.mint_auth_token(body)
        if route == "auth-tokens" and method == "GET":
            return 200, {"auth_tokens": self.store.auth_tokens(params.get("customer_id"))}
        if route == "purchases" and method == "GET":
            return 200, {"purchases": self.store.purchases()}
        if route == "requests" and method == "GET":
            return 200, {"requests": list(self.requests)}
        if route.startswith("customers/") and method == "GET":
            customer_id = route.split("/", 1)[1]
            state = self.store.customer_state(customer_id)
            if state is None:
                return 404, {"error": f"no customer {customer_id}"}
            return 200, state
        return 404, {"error": f"no sandbox endpoint {method} {path}"}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64
    sandbox: SandboxServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up mid-answer is normal here; log it, do not print to stderr."""
        log.debug("connection from %s ended abruptly", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else small answers wait ~40 ms for a delayed ACK
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s", mask_text(format % args))

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    def _refusal(self, control: bool) -> tuple[int, str] | None:
        """Why this request is refused before it is read: a Host that is not loopback (DNS
        rebinding), or a control request without this run's token or with a non-JSON body
        (a cross-origin `text/plain` POST a browser sends without asking first)."""
        sandbox = self.server.sandbox
        hosts = self.headers.get_all("Host") or []
        if len(hosts) != 1 or not loopback_host(hosts[0], sandbox.port):
            log.warning("refused %s %s: Host %r is not this loopback server", self.command,
                        urlsplit(self.path).path[:80], str(hosts)[:100])
            return 421, "the sandbox answers only Host 127.0.0.1, localhost or [::1]"
        if not control:
            return None
        if not sandbox.control_allowed(self.headers.get(CONTROL_TOKEN_HEADER)):
            log.debug("refused %s %s: no valid control token", self.command,
                      urlsplit(self.path).path[:80])
            return 403, (f"the {CONTROL_TOKEN_HEADER} header must carry this run's control "
                         "token (printed where `kiosk-app sandbox` runs)")
        has_body = int(self.headers.get("Content-Length") or 0) > 0 or (
            "Transfer-Encoding" in self.headers)
        if has_body and self.headers.get_content_type() != "application/json":
            return 415, "a control request with a body must be Content-Type: application/json"
        return None

    def _handle(self) -> None:
        sandbox = self.server.sandbox
        url = urlsplit(self.path)
        refused = self._refusal(url.path.startswith("/sandbox"))
        if refused is not None:
            status, reason = refused
            close = {"Connection": "close"}  # its body, if any, is never read
            if url.path.startswith("/sandbox"):
                self._send(status, {"error": reason}, close)
            else:
                self._send(status, {"error": {"type": "misdirected_request",
                                              "exception": "misdirected_request",
                                              "title": HTTPStatus(status).phrase,
                                              "detail": reason}}, close)
            return
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        query = parse_qs(url.query, keep_blank_values=True)
        params = {k.removesuffix("[]"): vals[-1] for k, vals in query.items()}
        lists = {k.removesuffix("[]"): vals for k, vals in query.items()}
        try:
            body = json.loads(raw) if raw else None
            bad_json = False
        except ValueError:
            body, bad_json = None, True

        if url.path.startswith("/sandbox"):
            status, payload = sandbox.control(self.command, url.path, params, body)
            self._send(status, payload)
            return
        if not url.path.startswith(API_PREFIX):
            self._send(404, {"error": {"type": "not_found_exception", "exception": "not_found",
                                       "title": "Resource not found", "detail": url.path}})
            return

        path = url.path[len(API_PREFIX):] or "/"
        fate = sandbox.fate(path)
        sandbox.requests.append({
            "method": self.command, "path": path, "query": params,
            "accept_language": self.headers.get("Accept-Language", ""),
            "body": body, "fate": fate, "at": time.time(),
        })
        if sandbox.faults.latency_ms:
            time.sleep(sandbox.faults.latency_ms / 1000)
        if fate == "drop":
            self._drop()
            return
        if fate == "garbled":
            self._send_raw(200, b"<html>proxy error</html>", "text/html")
            return
        if fate == "403":
            self._send(403, {"error": {"type": "forbidden_exception", "title": "Forbidden",
                                       "detail": "Injected by the sandbox.", "error_data": {}}})
            return
        if fate in ("429", "500", "503"):
            headers = {}
            if sandbox.faults.retry_after is not None and fate in ("429", "503"):
                headers["Retry-After"] = str(int(sandbox.faults.retry_after))
            if fate == "500":
                self._send(500, {"error": {"type": "internal_error", "exception": "injected",
                                           "title": "Internal server error",
                                           "detail": "Injected by the sandbox."}})
            else:
                self._send(int(fate), None, headers)
            return
        api = sandbox.api
        assert api is not None  # serving means the store is open

        auth = self.headers.get("Authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else None
        request = ApiRequest(method=self.command, path=path.rstrip("/") or "/", params=params,
                             lists=lists, body=body,
                             accept_language=self.headers.get("Accept-Language", ""),
                             token=token)
        if bad_json:
            response = Api.error(Refused(400, title="Bad input parameter",
                                         detail="The request body is not valid JSON."))
        else:
            try:
                response = api.handle(request)
            except Exception:  # a sandbox bug must answer 500, not kill the connection
                if sandbox.stopping:  # a late request while the store closes
                    self._drop()
                    return
                log.exception("sandbox failed on %s %s", self.command, path)
                response = ApiResponse(500, {"error": {
                    "type": "internal_error", "exception": "sandbox_error",
                    "title": "Internal server error", "detail": "The sandbox failed."}})
        if fate == "drop_after":
            self._drop()
            return
        forced = sandbox.faults.answer
        if forced is not None and (not sandbox.faults.path_filter
                                   or sandbox.faults.path_filter in path):
            raw = forced.encode() if isinstance(forced, str) else json.dumps(forced).encode()
            self._send_raw(200, raw, "application/json",  # a hostile answer, on purpose
                           dict(sandbox.faults.answer_headers))
            return
        headers = dict(response.headers)
        if response.body is not None:
            headers.setdefault("Content-Language", request.lang)
        self._send(response.status, response.body, headers)

    def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = b"" if payload is None else encode(payload)
        self._send_raw(status, data, "application/json; charset=utf-8", headers)

    def _send_raw(self, status: int, data: bytes, content_type: str,
                  headers: dict[str, str] | None = None) -> None:
        self.send_response(status, HTTPStatus(status).phrase)
        if data:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if data:
            self.wfile.write(data)

    def _drop(self) -> None:
        """Close the connection without a byte of answer, as a network failure would."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def default_db_path() -> Path:
    from kiosk_app.files import app_dir

    return app_dir("data") / "sandbox.sqlite3"


def start_embedded(db_path: Path | str | None = None, *, token_validity: float = 7 * 3600,
                   sock: socket.socket | None = None) -> SandboxServer:
    """The app's default back end: the sandbox on a free loopback port, on its own thread.

    Returns at once, `base_url` known and the port listening, so the app's first window
    need not wait: the database is opened (and seeded the first time) on the server's
    thread before it serves. `server.seed_data` is there at once; `server.store` waits.
    """
    path = db_path or default_db_path()
    return SandboxServer.opening(lambda: SandboxStore(path, token_validity=token_validity),
                                 sock=sock).start()
