"""A hostile HTTP server of our own for wire tests: it answers whatever bytes a test scripts,
as slowly as it likes, with headers that lie. Real sockets on loopback, so the client's whole
path (httpx, decompression, deadlines, decoding) is exercised."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

API = "/webservice/rest-api/enterprise-interface/v1.0"


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    """One scripted answer: status, headers, body sent in chunks with a pause between them."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    chunk: int = 0  # 0 = all at once
    pause: float = 0.0
    length: bool = True  # send Content-Length (else close to end the body)

    @classmethod
    def json(cls, value: Any, status: int = 200, **kw: Any) -> Reply:
        return cls(status, json.dumps(value).encode(), {"Content-Type": "application/json"}, **kw)

    @classmethod
    def data(cls, value: Any, **kw: Any) -> Reply:
        return cls.json({"data": value}, **kw)

    def pieces(self) -> Iterator[bytes]:
        if not self.chunk:
            yield self.body
            return
        for i in range(0, len(self.body), self.chunk):
            yield self.body[i:i + self.chunk]


def gzipped(value: Any) -> bytes:
    return gzip.compress(json.dumps(value).encode())


def deflated(value: Any) -> bytes:
    return zlib.compress(json.dumps(value).encode())


LOGIN = {"data": {"bearer_token": "good-token", "valid_to": "2099-01-01 00:00:00",
                  "user": {"login": "cashier"}}}


class HostileServer:
    """Answers `/users/actions/login` with a good token unless told otherwise; every other
    request gets the reply `route(seen)` returns."""

    def __init__(self, route: Callable[[Seen], Reply] | None = None) -> None:
        self.route = route or (lambda seen: Reply.data({}))
        self.login: Reply = Reply.json(LOGIN)
        self.seen: list[Seen] = []
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}{API}"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(10)
            while True:
                seen = _read_request(conn)
                if seen is None:
                    return
                self.seen.append(seen)
                path = seen.path.split("?")[0]
                reply = self.login if path.endswith("/users/actions/login") else self.route(seen)
                try:
                    self._send(conn, reply)
                except OSError:
                    return
                if not reply.length:
                    return

    def _send(self, conn: socket.socket, reply: Reply) -> None:
        head = [f"HTTP/1.1 {reply.status} X"]
        headers = dict(reply.headers)
        if reply.length:
            headers.setdefault("Content-Length", str(len(reply.body)))
        else:
            headers["Connection"] = "close"
        head += [f"{k}: {v}" for k, v in headers.items()]
        conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        for piece in reply.pieces():
            if self._stop.is_set():
                return
            conn.sendall(piece)
            if reply.pause:
                time.sleep(reply.pause)


def _read_request(conn: socket.socket) -> Seen | None:
    data = b""
    while b"\r\n\r\n" not in data:
        try:
            chunk = conn.recv(65536)
        except OSError:
            return None
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:])}
    length = int(headers.get("content-length") or 0)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return Seen(method, path, headers, body)
