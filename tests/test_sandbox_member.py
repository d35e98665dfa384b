"""Member services on the sandbox through the real client over loopback: the customer's
one-time QR token, the rewards catalogue, statuses and their progress, the points overview
and lookup by phone. Every request and answer (refusals too) is validated against the
vendor's spec by the `spec_checker` (the client's transport and the raw client's hook)."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

import httpx
import pytest

from kiosk_app.api import BadRequest, NotFound, ProtocolError
from kiosk_app.api import models as m
from kiosk_app.sandbox.server import SandboxServer
from kiosk_app.sandbox.store import SandboxStore
from tests.conftest import token
from tests.helpers import bill, final, item, request

APP = "kiosk-demo-app"


def mint(control: httpx.Client, customer_id: str = "cu-jana", **extra: str) -> dict[str, str]:
    response = control.post("auth-tokens", json={"customer_id": customer_id, **extra})
    assert response.status_code == 200, response.text
    return response.json()


def reasons(response: httpx.Response) -> list[tuple[str, str]]:
    assert response.status_code == 400, response.text
    return [(p["name"], p["reason"])
            for p in response.json()["error"]["error_data"]["invalid_params"]]


# --- the one-time QR token of the customer's mobile app -----------------------------------------


@pytest.mark.asyncio
async def test_a_minted_token_identifies_the_customer_once(client, control) -> None:
    minted = mint(control)
    assert re.fullmatch(r"[A-Z0-9]{6}", minted["token"])
    assert re.fullmatch(r"[0-9a-f]{64}", minted["token_request_id"])
    assert minted["application_id"] == APP
    assert minted["qr"] == f"CCAUTH:{minted['token_request_id']}:{minted['token']}"
    assert m.parse_auth_qr(minted["qr"]) == (minted["token_request_id"], minted["token"])

    args = (minted["token"], minted["token_request_id"], APP)
    assert await client.verify_auth_token(*args) == "cu-jana"
    with pytest.raises(BadRequest) as info:
        await client.verify_auth_token(*args)
    assert info.value.has_reason("auth_token_already_used", "token")
    (listed,) = control.get("auth-tokens", params={"customer_id": "cu-jana"}).json()["auth_tokens"]
    assert listed["token_request_id"] == minted["token_request_id"] and listed["used_at"]


@pytest.mark.asyncio
async def test_a_token_expires_after_five_minutes_of_sandbox_time(client, control) -> None:
    early, late = mint(control), mint(control, "cu-petr")
    control.post("clock", json={"advance_seconds": 290})
    assert await client.verify_auth_token(early["token"], early["token_request_id"], APP) == "cu-jana"
    control.post("clock", json={"advance_seconds": 15})
    with pytest.raises(BadRequest) as info:
        await client.verify_auth_token(late["token"], late["token_request_id"], APP)
    assert info.value.has_reason("auth_token_expired", "token")


@pytest.mark.asyncio
async def test_a_token_works_only_for_its_application(client, control) -> None:
    minted = mint(control)
    with pytest.raises(BadRequest) as info:  # another known application
        await client.verify_auth_token(minted["token"], minted["token_request_id"], "pos-demo-app")
    assert info.value.has_reason("not_allowed_value", "application_id")
    with pytest.raises(BadRequest) as info:  # an application CareCloud does not know
        await client.verify_auth_token(minted["token"], minted["token_request_id"], "nope")
    assert info.value.has_reason("not_found", "application_id")
    # refusals do not spend it: the kiosk it was made for still can
    assert await client.verify_auth_token(minted["token"], minted["token_request_id"], APP) == "cu-jana"

    for_pos = mint(control, "cu-klaus", application_id="pos-demo-app")
    with pytest.raises(BadRequest):
        await client.verify_auth_token(for_pos["token"], for_pos["token_request_id"], APP)
    assert await client.verify_auth_token(for_pos["token"].lower(), for_pos["token_request_id"],
                                          "pos-demo-app") == "cu-klaus"


@pytest.mark.asyncio
async def test_a_wrong_token_or_request_is_refused(client, control, raw) -> None:
    minted = mint(control)
    wrong = "AAAAAA" if minted["token"] != "AAAAAA" else "BBBBBB"
    with pytest.raises(BadRequest) as info:
        await client.verify_auth_token(wrong, minted["token_request_id"], APP)
    assert info.value.has_reason("not_allowed_value", "token")
    with pytest.raises(BadRequest) as info:
        await client.verify_auth_token(minted["token"], "0" * 64, APP)
    assert info.value.has_reason("not_found", "token_request_id")
    with pytest.raises(ValueError):  # blank: refused before anything is sent
        await client.verify_auth_token(" ", minted["token_request_id"], APP)
    missing = raw.post("customers/actions/verify-auth-token", headers=token(raw), json={"token": 1})
    assert set(reasons(missing)) == {("application_id", "required"),
                                     ("token", "invalid_value_format"),
                                     ("token_request_id", "required")}
    assert raw.post("customers/actions/verify-auth-token", json={}).status_code == 401


def test_the_control_endpoint_refuses_nonsense(control) -> None:
    assert control.post("auth-tokens", json={"customer_id": "cu-nobody"}).status_code == 404
    assert control.post("auth-tokens", json={}).status_code == 400
    assert control.post("auth-tokens", json={"customer_id": "cu-jana",
                                              "application_id": "other"}).status_code == 400


def test_minted_tokens_are_printed_like_otp_codes(tmp_path, capsys) -> None:
    server = SandboxServer(SandboxStore(tmp_path / "echo.sqlite3"), echo_otp=True).start()
    try:
        with httpx.Client(base_url=server.origin + "/sandbox/",
                          headers=server.control_headers) as control:
            minted = mint(control, "cu-john")
    finally:
        server.stop()
    out = capsys.readouterr().out
    assert f"auth token for cu-john ({APP}): {minted['token']}" in out and minted["qr"] in out


def test_parse_auth_qr_takes_only_the_demo_format() -> None:
    request_id = "ab" * 32
    assert m.parse_auth_qr(f" CCAUTH:{request_id}:v952tl\n") == (request_id, "V952TL")
    for text in ("", "V952TL", f"CCAUTH:{request_id}", f"CCAUTH:{request_id}:V9-52",
                 f"XXAUTH:{request_id}:V952TL", f"CCAUTH:{request_id.upper()}:V952TL"):
        assert m.parse_auth_qr(text) is None


# --- rewards catalogue ----------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_the_catalogue_in_czech_and_english(client) -> None:
    client.language = "cs"
    czech, total = await client.rewards_catalogue()
    assert total == 4
    assert [(r.code, r.name, r.points_cost) for r in czech] == [
        ("CATESP", "Espresso zdarma za body", 150), ("CATCROISS", "Croissant zdarma za body", 120),
        ("CAT100", "Poukaz 100 Kč za body", 400), ("CATMUG", "Hrnek zdarma za body", 900)]
    assert all(r.reward_group == 1 and r.is_automated is False for r in czech)
    client.language = "en"
    english, _ = await client.rewards_catalogue()
    assert [r.name for r in english] == ["A free espresso for points", "A free croissant for points",
                                         "A 100 CZK voucher for points", "A free mug for points"]
    assert english[0].subtitle == "A voucher for one free espresso, for 150 points."

    page, total = await client.rewards_catalogue(offset=2, count=1)
    assert [r.code for r in page] == ["CAT100"] and total == 4
    outside, _ = await client.rewards_catalogue(store_id="st-bratislava")
    assert "CATCROISS" not in {r.code for r in outside} and len(outside) == 3
    everything, _ = await client.rewards_catalogue(valid_only=False)
    assert "CATXMAS24" in {r.code for r in everything}
    client.language = "cs"
    mugs, _ = await client.rewards_catalogue(name="HRNEK")
    assert [r.code for r in mugs] == ["CATMUG"]


def test_reward_filters_and_their_refusals(raw) -> None:
    auth = {**token(raw), "Accept-Language": "en"}

    def codes(**params: str) -> list[str]:
        response = raw.get("rewards", params={"reward_group": "1", **params}, headers=auth)
        assert response.status_code == 200, response.text
        return [r["code"] for r in response.json()["data"]["rewards"]]

    assert codes(is_valid="false") == ["CATXMAS24"]
    assert codes(valid_from="2024-12-01", valid_to="2024-12-31") == ["CATXMAS24"]
    assert codes(valid_from="2024-12-31", valid_to="2025-01-01") == [
        "CATESP", "CATCROISS", "CAT100", "CATMUG", "CATXMAS24"]  # valid some time in the period
    assert codes(sort_field="points_cost", sort_direction="DESC")[:2] == ["CATMUG", "CAT100"]
    assert codes(name="voucher for") == ["CAT100"]
    till = raw.get("rewards", params={"reward_group": "0", "is_automated": "true"}, headers=auth)
    assert [r["code"] for r in till.json()["data"]["rewards"]] == ["GOLD5"]
    stores = raw.get("rewards", params={"code": "CATCROISS", "without_stores": "false"}, headers=auth)
    (croissant,) = stores.json()["data"]["rewards"]
    assert [s["store_id"] for s in croissant["store_list"]] == ["st-prague", "st-brno"]
    bare = raw.get("rewards", params={"code": "CATCROISS"}, headers=auth).json()["data"]["rewards"]
    assert bare[0]["store_list"] == []
    assert reasons(raw.get("rewards", params={"reward_group": "3", "valid_from": "2024-13-01",
                                              "is_valid": "maybe"}, headers=auth)) == [
        ("is_valid", "invalid_value_format"), ("valid_from", "invalid_value_format"),
        ("reward_group", "not_allowed_value")]


@pytest.mark.asyncio
async def test_a_catalogue_voucher_is_not_charged_points_again_at_the_till(sandbox, client) -> None:
    """John (80 points) holds a mug voucher bought for 900 points: it applies all the same."""
    with sandbox.store.transaction() as db:
        db.execute("INSERT INTO vouchers VALUES('vo-mug','cu-john','100200399','CATMUG',"
                   "'2025-01-01 00:00:00','2030-12-31 23:59:59',NULL,'2025-01-01 00:00:00')")
    found = await client.recommended_best_rewards(store_id="st-prague", cashdesk_number=1,
                                                  bill=bill(item("3002")), customer_id="cu-john")
    assert {r.code: r.max_count for r in found}["100200399"] == 1


# --- statuses and status records ------------------------------------------------------------------


@pytest.mark.asyncio
async def test_statuses_in_both_languages(client) -> None:
    silver, gold = await client.statuses()
    assert (silver.status_id, silver.name, silver.next_status) == ("status-silver", "Silver member",
                                                                   "status-gold")
    assert (gold.qualification_points, gold.discount, gold.previous_status) == (2000, 5, "status-silver")
    assert [(t.currency_id, t.value) for t in gold.qualification_turnover] == [
        ("cur-czk", 20000), ("cur-eur", 800)]
    client.language = "cs"
    assert [s.name for s in await client.statuses()] == ["Stříbrný člen", "Zlatý člen"]


@pytest.mark.asyncio
async def test_status_records_tell_what_is_missing(client) -> None:
    (jana,) = await client.status_records("cu-jana")
    assert jana.status_id == "status-silver" and jana.valid_at(datetime.now())
    conditions = jana.purchase_conditions
    assert conditions is not None
    assert (conditions.keep_status_points, conditions.next_status_points,
            conditions.next_status_id) == (0, 750, "status-gold")
    assert [(t.currency_id, t.value, t.due_date) for t in conditions.next_status_turnover] == [
        ("cur-czk", 11800, "2030-12-31"), ("cur-eur", 472, "2030-12-31")]
    assert all(t.value == 0 for t in conditions.keep_status_turnover)

    petr = (await client.status_records("cu-petr"))[0].purchase_conditions
    assert petr is not None
    assert [(t.currency_id, t.value) for t in petr.keep_status_turnover] == [
        ("cur-czk", 1900), ("cur-eur", 76)]

    (gold,) = await client.status_records("cu-klaus", valid_now=True)
    assert gold.status_id == "status-gold" and gold.purchase_conditions is not None
    assert gold.purchase_conditions.next_status_id is None  # the top: nothing further
    assert [t.value for t in gold.purchase_conditions.keep_status_turnover] == [0, 0]  # EUR counts
    (old,) = await client.status_records("cu-klaus", valid_now=False)
    assert old.status_id == "status-silver" and old.purchase_conditions is None
    assert not old.valid_at(datetime.now())
    assert await client.status_records("cu-zofia") == []
    with pytest.raises(NotFound):
        await client.status_records("cu-nobody")


@pytest.mark.asyncio
async def test_a_purchase_brings_the_next_status_closer_and_a_cancellation_takes_it_back(client) -> None:
    quote = bill(item("3001"))  # 289 CZK, 28 points
    closed = final(quote)
    await client.send_purchase(request(closed, card_number="2000000000015"))
    (record,) = await client.status_records("cu-jana", valid_now=True)
    assert record.purchase_conditions is not None
    assert record.purchase_conditions.next_status_points == 750 - 28
    assert [t.value for t in record.purchase_conditions.next_status_turnover] == [
        11800 - 289, Decimal("460.44")]
    cancel = final(bill(*closed.bill_items), bill_number=closed.bill_id, canceled=True)
    await client.send_purchase(request(cancel, card_number="2000000000015"))
    (record,) = await client.status_records("cu-jana", valid_now=True)
    assert record.purchase_conditions is not None
    assert record.purchase_conditions.next_status_points == 750


def test_status_models_refuse_nonsense() -> None:
    status = {"status_id": "s", "name": "Silver", "description": "", "validity_period": "1 year",
              "collection_points": True, "payment_points": True, "qualification_type": 2,
              "discount": 0}
    assert m.decode(status, m.Status).name == "Silver"
    for broken in ({"status_id": " "}, {"discount": 150}, {"qualification_points": Decimal(-1)},
                   {"qualification_turnover": [{"currency_id": "cur-czk", "value": Decimal(-5)}]}):
        with pytest.raises(ProtocolError):
            m.decode({**status, **broken}, m.Status)
    with pytest.raises(ProtocolError):
        m.decode({"status_id": "s", "customer_id": "c",
                  "purchase_conditions": {"next_status_points": Decimal(-1)}}, m.StatusRecord)
    with pytest.raises(ProtocolError):
        m.decode({"customer_id": ""}, m.AuthTokenVerified)


# --- points overview and lookup by phone ----------------------------------------------------------


@pytest.mark.asyncio
async def test_points_overview(client, raw) -> None:
    overview = await client.points_overview("cu-jana")
    assert (overview.available_points, overview.earned_points, overview.redeemed_points) == (
        1250, 1350, 0)  # earned all time: also the 100 points of 2024 that lapsed unspent
    assert {v.currency_id: v.value for v in overview.available_points_money_value} == {
        "cur-czk": 625, "cur-eur": 25}
    since = await client.points_overview("cu-jana", date_from=date(2025, 2, 1))
    assert (since.earned_points, since.available_points) == (250, 1250)
    january = await client.points_overview("cu-jana", date_from=date(2025, 1, 1),
                                           date_to=date(2025, 1, 31))
    assert january.earned_points == 1000
    auth = token(raw)
    assert reasons(raw.get("wallet/actions/points-overview",
                           params={"customer_id": "cu-jana", "date_to": "31.1.2025"},
                           headers=auth)) == [("date_to", "invalid_value_format")]
    assert reasons(raw.get("wallet/actions/points-overview", params={"customer_id": "cu-nobody"},
                           headers=auth)) == [("customer_id", "not_found")]


@pytest.mark.asyncio
async def test_customers_by_phone_match_exactly(sandbox, client) -> None:
    assert [c.customer_id for c in await client.customers_by_phone("+420 601 111 222")] == ["cu-jana"]
    assert [c.customer_id for c in await client.customers_by_phone("00420-601-111-222")] == ["cu-jana"]
    assert await client.customers_by_phone("420601111") == []  # a prefix is no match
    for nonsense in ("call me", "", "+0420601111222"):
        with pytest.raises(ValueError):
            await client.customers_by_phone(nonsense)
    with sandbox.store.transaction() as db:  # two accounts on one phone: the kiosk must see both
        db.execute("UPDATE customers SET phone='420601111222', phone_digits='420601111222'"
                   " WHERE customer_id IN ('cu-jana2', 'cu-anna')")
    assert len(await client.customers_by_phone("420601111222")) == 2


@pytest.mark.asyncio
async def test_the_new_operations_were_checked_against_the_spec(client, control, spec_checker) -> None:
    minted = mint(control)
    await client.verify_auth_token(minted["token"], minted["token_request_id"], APP)
    await client.rewards_catalogue()
    await client.statuses()
    await client.status_records("cu-jana")
    await client.points_overview("cu-jana", date_from=date(2025, 1, 1))
    await client.customers_by_phone("420601111222")
    checked = {entry.split("?")[0] for entry in spec_checker.checked}
    assert {"POST /customers/actions/verify-auth-token 200", "GET /rewards 200", "GET /statuses 200",
            "GET /customers/cu-jana/status-records 200",
            "GET /wallet/actions/points-overview 200", "GET /customers 200"} <= checked
    assert not spec_checker.problems
