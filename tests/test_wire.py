"""The wire does not trust what it receives: a hostile server's answers end in a typed
`ApiError` (or a correct result), never another exception, never garbage accepted."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from kiosk_app.api import ApiError, CareCloudClient, Credentials, ProtocolError, RetryPolicy
from kiosk_app.api import models as m
from kiosk_app.app.till import Till
from kiosk_app.domain.refusal import SetupError
from tests.helpers import bill, final, item, request
from tests.hostile import LOGIN, HostileServer, Reply, deflated, gzipped

CREDS = Credentials("cashier", "demo", "kiosk-demo-app")
NO_RETRY = RetryPolicy(attempts=1)


def client_for(server: HostileServer, **kw) -> CareCloudClient:
    return CareCloudClient(server.base_url, retry=NO_RETRY, **kw)


async def signed_in(server: HostileServer, **kw) -> CareCloudClient:
    client = client_for(server, **kw)
    await client.login(CREDS)
    return client


STORES = {"stores": [{"store_id": "st-1", "name": "Shop", "store_code": "S1"}], "total_items": 1}


@pytest.mark.asyncio
@pytest.mark.parametrize("reply", [
    Reply(body=json.dumps({"data": STORES}).encode(), headers={"Content-Encoding": "gzip"}),
    Reply(body=json.dumps({"data": STORES}).encode(), headers={"Content-Encoding": "deflate"}),
    Reply(body=gzipped({"data": STORES})[:20], headers={"Content-Encoding": "gzip"}),
    Reply(body=b"\x1f\x8b" + b"\x00" * 50, headers={"Content-Encoding": "gzip"}),
    Reply(body=b"abc", headers={"Content-Encoding": "br"}),
], ids=["gzip-lie", "deflate-lie", "gzip-cut-short", "gzip-garbage", "unknown-encoding"])
async def test_compression_lies_are_protocol_errors(reply: Reply) -> None:
    with HostileServer(lambda seen: reply) as server:
        client = await signed_in(server)
        with pytest.raises(ProtocolError):
            await client.get_stores()
        await client.aclose()


@pytest.mark.asyncio
@pytest.mark.parametrize("reply", [
    Reply(body=gzipped({"data": STORES}), headers={"Content-Encoding": "gzip"}),
    Reply(body=deflated({"data": STORES}), headers={"Content-Encoding": "deflate"}),
], ids=["gzip", "deflate"])
async def test_honest_compression_is_read(reply: Reply) -> None:
    with HostileServer(lambda seen: reply) as server:
        client = await signed_in(server)
        (store,) = await client.get_stores()
        assert store.store_id == "st-1"
        assert server.seen[-1].headers["accept-encoding"] == "gzip, deflate"
        await client.aclose()


@pytest.mark.asyncio
async def test_json_nested_100000_deep_is_a_protocol_error() -> None:
    deep = b'{"data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with HostileServer(lambda seen: Reply(body=deep)) as server:
        client = await signed_in(server)
        with pytest.raises(ProtocolError, match="deeply"):
            await client.get_stores()
        await client.aclose()


@pytest.mark.asyncio
@pytest.mark.parametrize("body", [
    b'{"data": {"stores": [{"store_id": "st", "name": "x"}], "total_items": NaN}}',
    b'{"data": {"stores": [{"store_id": "st", "name": "x"}], "total_items": Infinity}}',
    b"<html>proxy error</html>",
    b'{"no_data": 1}',
    b"\xff\xfe\x00garbage",
], ids=["nan", "infinity", "html", "no-data", "not-utf8"])
async def test_not_json_is_a_protocol_error(body: bytes) -> None:
    with HostileServer(lambda seen: Reply(body=body)) as server:
        client = await signed_in(server)
        with pytest.raises(ProtocolError):
            await client.get_stores()
        await client.aclose()


@pytest.mark.asyncio
@pytest.mark.parametrize("token", ["tokén-ü", "", "   ", "a\r\nX-Evil: 1"],
                         ids=["non-ascii", "empty", "blank", "header-injection"])
async def test_a_login_token_that_cannot_go_into_a_header_is_refused(token: str) -> None:
    with HostileServer() as server:
        server.login = Reply.json({"data": {"bearer_token": token,
                                            "valid_to": "2099-01-01 00:00:00"}})
        client = client_for(server)
        with pytest.raises(ProtocolError):
            await client.login(CREDS)
        assert not client.signed_in
        await client.aclose()


@pytest.mark.asyncio
@pytest.mark.parametrize("valid_to", ["0001-01-01 00:00:00", "not a date", None, "9999-12-31 23:59:59"],
                         ids=["year-1", "unparseable", "missing", "year-9999"])
async def test_odd_valid_to_means_renew_on_401_not_a_failed_sign_in(valid_to: str | None) -> None:
    calls = {"n": 0}

    def route(seen):
        calls["n"] += 1
        if calls["n"] == 1:
            return Reply.json({"error": {"type": "x", "title": "Unauthorized"}}, status=401)
        return Reply.data(STORES)

    with HostileServer(route) as server:
        data = {"bearer_token": "tok"}
        if valid_to is not None:
            data["valid_to"] = valid_to
        server.login = Reply.json({"data": data})
        client = await signed_in(server)
        (store,) = await client.get_stores()  # 401, a new login, the same call again
        assert store.store_id == "st-1"
        logins = [s for s in server.seen if s.path.endswith("/users/actions/login")]
        assert len(logins) == 2
        await client.aclose()


@pytest.mark.asyncio
@pytest.mark.parametrize("data", [
    {"stores": [{"store_id": "", "name": "x"}], "total_items": 1},
    {"stores": [{"store_id": "   ", "name": "x"}], "total_items": 1},
    {"stores": [{"store_id": "a\x00b", "name": "x"}], "total_items": 1},
    {"stores": [{"store_id": "\ud800", "name": "x"}], "total_items": 1},
], ids=["empty", "blank", "nul", "lone-surrogate"])
async def test_unusable_ids_are_refused(data) -> None:
    with HostileServer(lambda seen: Reply.data(data)) as server:
        client = await signed_in(server)
        with pytest.raises(ProtocolError):
            await client.get_stores()
        await client.aclose()


@pytest.mark.asyncio
async def test_empty_currency_id_is_refused() -> None:
    data = {"currencies": [{"currency_id": "", "code": "CZK"}], "total_items": 1}
    with HostileServer(lambda seen: Reply.data(data)) as server:
        client = await signed_in(server)
        with pytest.raises(ProtocolError):
            await client.get_currencies()
        await client.aclose()


@pytest.mark.asyncio
async def test_a_lone_surrogate_anywhere_is_refused_not_a_crash_later() -> None:
    raw = b'{"data": {"stores": [{"store_id": "st-1", "name": "Sh\\ud800op"}], "total_items": 1}}'
    with HostileServer(lambda seen: Reply(body=raw)) as server:
        client = await signed_in(server)
        with pytest.raises(ProtocolError):  # it could be neither stored nor shown
            await client.get_stores()
        await client.aclose()


def _request() -> m.PurchaseRequest:
    return request(final(bill(item("1001"))), card_number="2000000000015")


@pytest.mark.asyncio
@pytest.mark.parametrize("answer", [{"purchase_id": ""}, {"purchase_id": "  "},
                                    {"purchase_id": "\ud800"}, {"purchase_id": 5}],
                         ids=["empty", "blank", "lone-surrogate", "number"])
async def test_a_blank_purchase_id_does_not_count_as_delivered(answer) -> None:
    with HostileServer(lambda seen: Reply.data(answer, status=201)) as server:
        client = await signed_in(server)
        with pytest.raises(ProtocolError):
            await client.send_purchase(_request())
        await client.aclose()


@pytest.mark.asyncio
@pytest.mark.parametrize("reply", [Reply.data({}, status=201), Reply(status=201),
                                   Reply(status=204)], ids=["no-id", "no-body", "204"])
async def test_send_purchase_without_purchase_id_is_spec_valid(reply: Reply) -> None:
    with HostileServer(lambda seen: reply) as server:
        client = await signed_in(server)
        result = await client.send_purchase(_request())
        assert result.purchase_id is None
        sent = json.loads(server.seen[-1].body)
        assert sent["bill"]["bill_items"][0]["paid_amount"] == 59  # exact numbers on the wire
        await client.aclose()


@pytest.mark.asyncio
@pytest.mark.parametrize("answer", [
    {"credit_points": -5},
    {"price_of_credit_points": 1e999},
    {"recommended_discounts": [{"bill_item_id": "1", "discount_value": -30}]},
    {"vouchers": [{"code": "x", "discount_value": -1, "bill_item_id": "1"}]},
    {"recommended_discounts": [{"bill_item_id": "1", "discount_percent": 250}]},
], ids=["negative-points", "huge", "negative-discount", "negative-voucher", "percent-250"])
async def test_nonsense_money_in_a_quote_is_refused(answer) -> None:
    with HostileServer(lambda seen: Reply.data(answer)) as server:
        client = await signed_in(server)
        with pytest.raises(ProtocolError):
            await client.accept_payment(store_id="st", cashdesk_number=1, bill=bill(item("1001")))
        await client.aclose()


@pytest.mark.asyncio
async def test_a_card_without_card_id_is_not_updated() -> None:
    with HostileServer() as server:
        client = await signed_in(server)
        card = m.Card(card_type_id="ct", card_number="2000000000084", state=1)
        with pytest.raises(ProtocolError):
            await client.update_card(card)
        assert not [s for s in server.seen if s.method == "PUT"]  # never PUT /cards/None
        await client.aclose()


@pytest.mark.asyncio
@pytest.mark.parametrize("empty", ["purchase_types", "purchase_item_types", "currencies",
                                   "stores"])
async def test_empty_reference_lists_are_a_setup_error(empty: str, tmp_path) -> None:
    lists = {
        "stores": [{"store_id": "st-1", "name": "Shop"}],
        "currencies": [{"currency_id": "cur-czk", "code": "CZK"}],
        "languages": [{"language_id": "cs"}],
        "purchase_types": [{"type_id": "pt", "name": "Store", "text_id": "store"}],
        "purchase_item_types": [{"type_id": "pit", "name": "Goods", "text_id": "goods"}],
        "card_types": [], "products": [],
    }
    lists[empty] = []

    def route(seen):
        name = seen.path.split("?")[0].rsplit("/", 1)[-1].replace("-", "_")
        return Reply.data({name: lists.get(name, []), "total_items": len(lists.get(name, []))})

    with HostileServer(route) as server:
        client = client_for(server)
        till = Till(client, external_app_id="app")
        with pytest.raises(SetupError):
            await till.sign_in("cashier", "demo")
        await client.aclose()


@pytest.mark.asyncio
async def test_every_failure_is_an_api_error_even_a_reset_mid_body() -> None:
    body = json.dumps({"data": STORES}).encode()
    reply = Reply(body=body[:10], headers={"Content-Length": str(len(body))}, length=False)
    with HostileServer(lambda seen: reply) as server:
        client = await signed_in(server)
        with pytest.raises(ApiError):
            await client.get_stores()
        await client.aclose()


def test_valid_to_in_the_past_does_not_make_every_call_log_in(monkeypatch) -> None:
    client = CareCloudClient("http://127.0.0.1:9/x", clock=lambda: datetime(2026, 1, 1))
    assert client._validity("2025-12-31 23:59:00") is None
    assert client._validity("2026-01-01 07:00:00") == datetime(2026, 1, 1, 7)
    assert client._validity("0001-01-01 00:00:00") is None
    assert LOGIN["data"]["valid_to"] > (datetime.now() + timedelta(days=1)).isoformat()
