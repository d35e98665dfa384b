"""The embedded CareCloud sandbox: a real HTTP server on loopback with seeded demo data.

`server` (HTTP, fault injection, `/sandbox/` control endpoints) → `router` (which handler
answers which path) → `api` (request checks, spec-shaped answers) → `rules` (purchase
rules as pure functions, with the reward math in `engine`) and `store` (SQLite rows).
`validation` holds the request-body tables, `scale` the bulk data behind `--scale N`.
"""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk_app.sandbox.server import SandboxServer

API_PREFIX = "/webservice/rest-api/enterprise-interface/v1.0"


def demo_seed() -> dict[str, Any]:
    """The demo data shipped with the app (users, cards, products...)."""
    return json.loads((Path(__file__).with_name("seed.json")).read_text("utf-8"))


class Embedded:
    """The app's embedded sandbox, started without delaying the first window.

    The loopback port is bound at once (so `base_url` is known and early requests wait in
    the listen backlog); importing the server, opening and seeding its database happen on a
    thread of their own. Attributes of the running `SandboxServer` (`faults`, `store`,
    `requests`...) are reached through this object once it is up.
    """

    def __init__(self, db_path: Path | str | None = None) -> None:
        self.db_path = db_path
        self.sock = socket.create_server(("127.0.0.1", 0), backlog=64)
        self.base_url = f"http://127.0.0.1:{self.sock.getsockname()[1]}{API_PREFIX}"
        self.seed_data = demo_seed()
        self._server: SandboxServer | None = None
        self._thread = threading.Thread(target=self._start, name="sandbox-start", daemon=True)

    def start(self) -> Embedded:
        self._thread.start()
        return self

    def _start(self) -> None:
        from kiosk_app.sandbox.server import start_embedded

        self._server = start_embedded(self.db_path, sock=self.sock)

    @property
    def server(self) -> SandboxServer:
        self._thread.join()
        if self._server is None:
            raise RuntimeError("the embedded sandbox did not start")
        return self._server

    def __getattr__(self, name: str) -> Any:
        return getattr(self.server, name)

    def stop(self) -> None:
        if self._thread.is_alive() or self._server is not None:
            self.server.stop()
        else:
            self.sock.close()


def demo_credentials(seed: dict[str, Any]) -> tuple[str, str, str]:
    """(login, password, external application id) of the seed's first user: demo data only."""
    user = seed["users"][0]
    return user["login"], user["password"], seed["external_applications"][0]
