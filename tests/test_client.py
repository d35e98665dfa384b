"""The client against the real sandbox over loopback: auth, retries, errors, language, logging."""

from __future__ import annotations

import asyncio
import logging
import re
import time

import httpx
import pytest

from kiosk_app.api import (
    BadRequest,
    CareCloudClient,
    Credentials,
    Forbidden,
    ProtocolError,
    ServerError,
    TransportError,
)
from kiosk_app.api import models as m
from kiosk_app.api.client import NotSignedIn
from tests.conftest import DEMO
from tests.helpers import bill, item, request


def api_calls(sandbox, path: str | None = None) -> list[dict]:
    return [r for r in sandbox.requests if path is None or r["path"] == path]


@pytest.mark.asyncio
async def test_login_gives_user_and_token(sandbox, make_client) -> None:
    client = make_client(sandbox)
    user = await client.login(DEMO)
    assert user is not None and user.login == "cashier"
    cards = await client.get_customer_cards("cu-petr")
    assert {c.card_number for c in cards} == {"2000000000022", "3000000000014"}
    await client.aclose()


@pytest.mark.asyncio
async def test_wrong_password_is_a_bad_request(sandbox, make_client) -> None:
    client = make_client(sandbox)
    with pytest.raises(BadRequest) as info:
        await client.login(Credentials("cashier", "wrong", "kiosk-demo-app"))
    assert info.value.has_reason("not_allowed_value", "login")
    assert not client.signed_in
    with pytest.raises(NotSignedIn):
        await client.get_stores()
    await client.aclose()


@pytest.mark.asyncio
async def test_relogin_and_retry_once_on_401(sandbox, client, control) -> None:
    control.post("expire-tokens")
    sandbox.requests.clear()
    card = await client.find_card("2000000000015")
    assert card is not None and card.customer_id == "cu-jana"
    paths = [r["path"] for r in api_calls(sandbox)]
    assert paths == ["/cards", "/users/actions/login", "/cards"]


@pytest.mark.asyncio
async def test_401_twice_gives_up(sandbox, client, control) -> None:
    # the token dies again right after each login: one re-login, then the 401 is raised
    original = sandbox.store.login

    def login_then_expire(*args):
        result = original(*args)
        sandbox.store.expire_tokens()
        return result

    control.post("expire-tokens")
    sandbox.store.login = login_then_expire
    with pytest.raises(Exception) as info:
        await client.find_card("2000000000015")
    assert getattr(info.value, "status", None) == 401
    assert len(api_calls(sandbox, "/users/actions/login")) == 2  # initial + one re-login


@pytest.mark.asyncio
async def test_token_renewed_before_it_expires(make_sandbox, make_client) -> None:
    sandbox = make_sandbox(token_validity=1.0)
    client = make_client(sandbox, token_margin=0)
    await client.login(DEMO)
    await asyncio.sleep(2.1)
    await client.get_customer("cu-jana")
    statuses = [r["path"] for r in api_calls(sandbox)]
    assert statuses == ["/users/actions/login", "/users/actions/login", "/customers/cu-jana"]
    await client.aclose()


@pytest.mark.asyncio
async def test_backoff_on_503_then_success(sandbox, client, control) -> None:
    control.post("faults", json={"script": ["503", "503"]})
    card = await client.find_card("2000000000022")
    assert card is not None
    fates = [r["fate"] for r in api_calls(sandbox, "/cards")]
    assert fates == ["503", "503", "ok"]


@pytest.mark.asyncio
async def test_gives_up_after_bounded_attempts(sandbox, client, control) -> None:
    control.post("faults", json={"error_rates": {"500": 1.0}, "path_filter": "/cards"})
    with pytest.raises(ServerError):
        await client.find_card("2000000000022")
    assert len(api_calls(sandbox, "/cards")) == client.retry.attempts


@pytest.mark.asyncio
async def test_retry_after_is_honoured(sandbox, client, control) -> None:
    control.post("faults", json={"script": ["429"], "retry_after": 1})
    started = time.monotonic()
    await client.get_customer("cu-jana")
    assert time.monotonic() - started >= 0.95  # the policy's own backoff is ~10 ms


@pytest.mark.asyncio
async def test_dropped_connection_is_retried(sandbox, client, control) -> None:
    control.post("faults", json={"script": ["drop"]})
    customer = await client.get_customer("cu-john")
    assert customer.personal_information.first_name == "John"


@pytest.mark.asyncio
async def test_no_retry_on_400(sandbox, client) -> None:
    with pytest.raises(BadRequest) as info:
        await client.accept_payment(store_id="st-prague", cashdesk_number=1,
                                    bill=bill(item("1001")), card_number="2000000000015",
                                    benefit_codes=["100200302"])
    assert info.value.has_reason("voucher_already_used")
    assert len(api_calls(sandbox, "/purchases/actions/accept-payment")) == 1


@pytest.mark.asyncio
async def test_no_retry_on_403(sandbox, client, control) -> None:
    control.post("faults", json={"script": ["403"]})
    with pytest.raises(Forbidden):
        await client.get_customer("cu-jana")
    assert len(api_calls(sandbox, "/customers/cu-jana")) == 1


@pytest.mark.asyncio
async def test_writes_that_are_not_idempotent_are_not_retried(sandbox, client, control) -> None:
    control.post("faults", json={"script": ["503"]})
    with pytest.raises(ServerError):
        await client.send_otp("kiosk-demo-app", "420601111222")
    assert len(api_calls(sandbox, "/one-time-password/actions/send")) == 1


@pytest.mark.asyncio
async def test_send_purchase_is_retried_because_bill_id_makes_it_idempotent(sandbox, client, control) -> None:
    from tests.helpers import final

    control.post("faults", json={"script": ["drop_after"]})  # processed, answer lost
    quote = bill(item("1002"))
    with pytest.raises(BadRequest) as info:
        await client.send_purchase(request(final(quote), card_number="2000000000015"))
    # the retry reached a server that already had it: that is delivered, not lost
    assert info.value.has_reason("already_exists", "bill_id")
    assert len([p for p in sandbox.store.purchases() if p["bill_id"] == quote.bill_id]) == 1


@pytest.mark.asyncio
async def test_timeouts_are_transport_errors(sandbox, make_client, control) -> None:
    client = make_client(sandbox, timeout=httpx.Timeout(0.2, connect=0.5))
    await client.login(DEMO)
    control.post("faults", json={"latency_ms": 600, "path_filter": "/customers"})
    with pytest.raises(TransportError, match="in time"):
        await client.get_customer("cu-jana")
    assert len(api_calls(sandbox, "/customers/cu-jana")) == client.retry.attempts
    await client.aclose()


@pytest.mark.asyncio
async def test_server_down_is_a_transport_error(make_client, sandbox) -> None:
    sandbox.httpd.shutdown()
    sandbox.httpd.server_close()
    client = make_client(sandbox)
    with pytest.raises(TransportError, match="reach"):
        await client.login(DEMO)
    await client.aclose()


@pytest.mark.asyncio
async def test_garbled_answer_is_a_protocol_error(sandbox, client, control, spec_checker) -> None:
    control.post("faults", json={"script": ["garbled"]})
    with pytest.raises(ProtocolError, match="not JSON"):
        await client.get_customer("cu-jana")
    # the checker saw the off-spec answer too; it was injected on purpose
    assert len(spec_checker.problems) == 1 and "text/html" in spec_checker.problems[0]
    spec_checker.problems.clear()


def test_missing_or_mistyped_field_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError, match="card_number"):
        m.decode({"card_type_id": "ct", "state": 1}, m.Card)
    with pytest.raises(ProtocolError, match="state"):
        m.decode({"card_type_id": "ct", "card_number": "1", "state": "1"}, m.Card)
    card = m.decode({"card_type_id": "ct", "card_number": "1", "state": 1, "valid_to": None,
                     "new_field_from_a_newer_api": {"x": 1}}, m.Card)
    assert card.valid_to is None


@pytest.mark.asyncio
async def test_error_mapping_by_reason(client) -> None:
    blocked = bill(item("1001"))
    with pytest.raises(BadRequest) as info:
        await client.accept_payment(store_id="st-prague", cashdesk_number=1, bill=blocked,
                                    card_number="2000000000039")
    err = info.value
    assert err.status == 400 and err.has_reason("card_is_blocked", "card_number")
    assert err.invalid_params[0].value == "2000000000039"
    with pytest.raises(BadRequest) as info:
        await client.accept_payment(store_id="st-prague", cashdesk_number=1,
                                    bill=bill(item("1001")), card_number="2000000000015",
                                    benefit_codes=["100200301"])
    assert info.value.reasons == ["voucher_expired"]


@pytest.mark.asyncio
async def test_accept_language_follows_the_ui_at_runtime(sandbox, client) -> None:
    quote = bill(item("1001"), item("1002"))
    args = dict(store_id="st-prague", cashdesk_number=1, bill=quote, card_number="2000000000015")
    english = await client.recommended_best_rewards(**args)
    client.language = "cs"
    czech = await client.recommended_best_rewards(**args)
    assert "Second coffee free" in {r.name for r in english}
    assert "Druhá káva zdarma" in {r.name for r in czech}
    headers = [r["accept_language"] for r in api_calls(sandbox,
                                                       "/purchases/actions/recommended-best-rewards")]
    assert headers[0].startswith("en") and headers[1].startswith("cs")
    client.language = "de"  # the sandbox has no German: the q-values fall back to English
    german = await client.recommended_best_rewards(**args)
    assert "Second coffee free" in {r.name for r in german}


@pytest.mark.asyncio
async def test_pager_reads_every_page(sandbox, client) -> None:
    customers = [c async for c in client.paginate("customers", "customers", m.Customer,
                                                  page_size=3)]
    assert len(customers) == 10
    assert len({c.customer_id for c in customers}) == 10
    offsets = [r["query"]["offset"] for r in api_calls(sandbox, "/customers")]
    assert offsets == ["0", "3", "6", "9"]


@pytest.mark.asyncio
async def test_reference_data_is_cached_as_the_server_allows(sandbox, client) -> None:
    await client.get_stores()
    await client.get_stores()
    assert len(api_calls(sandbox, "/stores")) == 1
    client.language = "cs"  # names differ per language, so this is a new entry
    await client.get_purchase_types()
    await client.get_purchase_types()
    assert len(api_calls(sandbox, "/purchase-types")) == 1
    await client.get_customer("cu-jana")
    await client.get_customer("cu-jana")
    assert len(api_calls(sandbox, "/customers/cu-jana")) == 2  # no-store


@pytest.mark.asyncio
async def test_personal_data_and_secrets_never_reach_the_log(sandbox, client, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    await client.find_card("2000000000015")
    await client.find_customers(email="jana.novakova@example.com")
    await client.find_customers(phone="420601111222")
    await client.send_otp("kiosk-demo-app", "420601111222")
    await client.login(DEMO)
    token = client._token
    text = caplog.text
    for secret in ("2000000000015", "jana.novakova@example.com", "420601111222", token):
        assert secret not in text
    assert not re.search(r"password[\"'=:]", text) and '"demo"' not in text
    assert "GET /cards?card_number=" in text and " 200 " in text  # method, path, status
    assert " ms" in text  # and duration


def test_https_is_required_off_loopback() -> None:
    with pytest.raises(ValueError, match="HTTPS"):
        CareCloudClient("http://shop.example.com/webservice/rest-api/enterprise-interface/v1.0")
    for url in ("https://shop.example.com/webservice/rest-api/enterprise-interface/v1.0",
                "http://127.0.0.1:8765/x", "http://localhost:1/x", "http://[::1]:1/x"):
        CareCloudClient(url)


@pytest.mark.asyncio
async def test_tls_verification_is_on() -> None:
    client = CareCloudClient("https://example.invalid/webservice")
    transport = client._http._transport  # the pool's SSL context must verify
    ssl_context = transport._pool._ssl_context
    assert ssl_context.verify_mode.name == "CERT_REQUIRED" and ssl_context.check_hostname
    await client.aclose()


@pytest.mark.asyncio
async def test_logout_ends_the_token(sandbox, client) -> None:
    token = client._token
    await client.logout()
    assert sandbox.store.check_token(token) is None
    assert not client.signed_in


@pytest.mark.asyncio
async def test_the_environment_does_not_take_over_proxies_or_tls(sandbox, monkeypatch,
                                                                 tmp_path) -> None:
    """HTTP(S)_PROXY would carry the login body to whoever listens there, and SSL_CERT_FILE
    would silently replace the CA bundle: the client ignores both."""
    import socket

    from kiosk_app.api.client import CareCloudClient

    trap = socket.socket()
    trap.bind(("127.0.0.1", 0))
    trap.listen(1)
    trap.setblocking(False)
    proxy = f"http://127.0.0.1:{trap.getsockname()[1]}"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, proxy)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    bogus = tmp_path / "evil-ca.pem"
    bogus.write_text("not a certificate")
    monkeypatch.setenv("SSL_CERT_FILE", str(bogus))
    client = CareCloudClient(sandbox.base_url, language="en")
    try:
        user = await client.login(DEMO)
        assert user is not None
    finally:
        await client.aclose()
    try:
        trap.accept()
        reached = True
    except BlockingIOError:
        reached = False
    trap.close()
    assert not reached, "the login went through the environment's proxy"
