"""The sandbox's control endpoints are locked to this run's token, loopback Host names and JSON
bodies, so a web page open on the same machine cannot drive faults, codes or tokens; over
real loopback HTTP like the other sandbox tests."""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Iterator

import httpx
import pytest

from kiosk_app.sandbox.server import CONTROL_TOKEN_HEADER, SandboxServer, loopback_host


@pytest.fixture
def bare(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """A client on the sandbox's origin that sends no control token of its own."""
    with httpx.Client(base_url=sandbox.origin) as client:
        yield client


def keyed(sandbox: SandboxServer) -> dict[str, str]:
    return {CONTROL_TOKEN_HEADER: sandbox.control_token}


def test_a_control_request_without_the_token_is_refused(sandbox, bare: httpx.Client) -> None:
    for response in (bare.get("/sandbox/purchases"), bare.get("/sandbox/otp"),
                     bare.post("/sandbox/faults", json={"drop_rate": 1.0}),
                     bare.post("/sandbox/reset"), bare.delete("/sandbox/faults")):
        assert response.status_code == 403
        assert CONTROL_TOKEN_HEADER in response.json()["error"]
    assert sandbox.faults.drop_rate == 0.0  # nothing was changed


def test_a_wrong_token_is_refused(make_sandbox: Callable[..., SandboxServer],
                                  sandbox: SandboxServer, bare: httpx.Client) -> None:
    other = make_sandbox()
    assert other.control_token != sandbox.control_token  # one per run
    for wrong in ("", "nonsense", sandbox.control_token[:-1], other.control_token,
                  sandbox.control_token + "x", "é".encode("latin-1") * 43):
        response = bare.post("/sandbox/faults", json={"latency_ms": 500},
                             headers={CONTROL_TOKEN_HEADER: wrong})
        assert response.status_code == 403, wrong
    assert sandbox.faults.latency_ms == 0.0


def test_the_right_token_opens_the_control_endpoints(sandbox, bare: httpx.Client) -> None:
    assert len(sandbox.control_token) >= 32
    assert bare.get("/sandbox/purchases", headers=keyed(sandbox)).json() == {"purchases": []}
    changed = bare.post("/sandbox/faults", json={"latency_ms": 5}, headers=keyed(sandbox))
    assert changed.status_code == 200 and sandbox.faults.latency_ms == 5
    assert bare.post("/sandbox/expire-tokens", headers=keyed(sandbox)).status_code == 200
    assert bare.delete("/sandbox/faults", headers=keyed(sandbox)).status_code == 200
    assert sandbox.faults.latency_ms == 0.0


@pytest.mark.parametrize("path", ["/webservice/rest-api/enterprise-interface/v1.0/stores",
                                  "/sandbox/purchases", "/sandbox/faults", "/nowhere"])
def test_a_rebound_host_name_is_refused(sandbox, bare: httpx.Client, path: str) -> None:
    """DNS rebinding: evil.example now resolves to 127.0.0.1, but the browser says its name."""
    for host in (f"evil.example:{sandbox.port}", "evil.example", f"localhost.evil.example:"
                 f"{sandbox.port}", f"127.0.0.1.nip.io:{sandbox.port}", "localhost:1",
                 f"127.0.0.1:{sandbox.port + 1}"):
        headers = {"Host": host, **keyed(sandbox)}
        refused = bare.get(path, headers=headers)
        assert refused.status_code == 421, (host, refused.status_code)
        posted = bare.post(path, json={"drop_rate": 1.0}, headers=headers)
        assert posted.status_code == 421
    assert sandbox.faults.drop_rate == 0.0
    assert sandbox.requests == type(sandbox.requests)()  # refused before any API work


def test_an_api_refusal_is_shaped_like_an_api_error(sandbox, bare: httpx.Client) -> None:
    refused = bare.get("/webservice/rest-api/enterprise-interface/v1.0/stores",
                       headers={"Host": f"evil.example:{sandbox.port}"})
    assert refused.status_code == 421 and refused.headers["Connection"] == "close"
    assert refused.json()["error"]["title"] == "Misdirected Request"


def test_loopback_host_names_are_served(sandbox, bare: httpx.Client) -> None:
    for host in ("127.0.0.1", f"127.0.0.1:{sandbox.port}", "localhost",
                 f"LocalHost:{sandbox.port}", "[::1]", f"[::1]:{sandbox.port}"):
        headers = {"Host": host, **keyed(sandbox)}
        assert bare.get("/sandbox/otp", headers=headers).status_code == 200, host
        # past the Host check: the API itself says there is no bearer token
        api = bare.get("/webservice/rest-api/enterprise-interface/v1.0/stores", headers=headers)
        assert api.status_code == 401, host


def test_loopback_host_rules() -> None:
    assert loopback_host("127.0.0.1:8765", 8765) and loopback_host("[::1]", 8765)
    for host in (None, "", "::1", "[::1]:80", "localhost:", "127.0.0.2:8765", "evil.example"):
        assert not loopback_host(host, 8765), host


def test_a_request_without_a_host_header_is_refused(sandbox) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as conn:
        conn.sendall(b"GET /sandbox/otp HTTP/1.0\r\n"
                     + f"{CONTROL_TOKEN_HEADER}: {sandbox.control_token}\r\n\r\n".encode())
        answer = conn.makefile("rb").read()
    assert answer.startswith(b"HTTP/1.1 421 ")


@pytest.mark.parametrize("content_type", ["text/plain", "text/plain;charset=UTF-8",
                                          "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", None])
def test_a_control_body_that_is_not_json_is_refused(sandbox, bare: httpx.Client,
                                                    content_type: str | None) -> None:
    """What a cross-origin "simple" POST from a web page can send, token or not."""
    headers = keyed(sandbox)
    if content_type is not None:
        headers["Content-Type"] = content_type
    response = bare.post("/sandbox/faults", content=b'{"drop_rate": 1.0}', headers=headers)
    assert response.status_code == 415
    assert "application/json" in response.json()["error"]
    assert sandbox.faults.drop_rate == 0.0


def test_a_json_control_body_with_the_token_is_accepted(sandbox, bare: httpx.Client) -> None:
    for content_type in ("application/json", "application/json; charset=utf-8"):
        response = bare.post("/sandbox/clock", content=b'{"advance_seconds": 60}',
                             headers={"Content-Type": content_type, **keyed(sandbox)})
        assert response.status_code == 200, content_type
    assert sandbox.store.clock_offset == 120


@pytest.mark.asyncio
async def test_the_apps_own_client_passes_the_host_check(client, sandbox) -> None:
    """The app's httpx client names the sandbox's origin as Host, so it is served."""
    assert [s.store_id for s in await client.get_stores()]
    assert sandbox.requests[-1]["path"] == "/stores"


def test_the_token_is_never_logged(sandbox, bare: httpx.Client,
                                   caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    bare.get("/sandbox/otp", headers=keyed(sandbox))
    bare.get("/sandbox/otp", headers={CONTROL_TOKEN_HEADER: "wrong"})
    bare.get("/sandbox/otp", headers={"Host": "evil.example", **keyed(sandbox)})
    assert "refused" in caplog.text and sandbox.control_token not in caplog.text
