"""Sandbox business rules over real HTTP; every answer is validated against the vendor spec."""

from __future__ import annotations

import json
from datetime import datetime

import httpx
import msgspec
import pytest

from kiosk_app.api import BadRequest
from kiosk_app.api import models as m
from kiosk_app.sandbox.api import negotiate_language
from tests.conftest import token
from tests.helpers import D, bill, final, item, request


def reasons(response: httpx.Response) -> list[tuple[str, str]]:
    assert response.status_code == 400, response.text
    return [(p["name"], p["reason"])
            for p in response.json()["error"]["error_data"]["invalid_params"]]


def body(b: msgspec.Struct) -> dict:
    """As it goes over the wire: decimals as JSON numbers."""
    return json.loads(m.to_json(b))


# --- auth -----------------------------------------------------------------------------------------


def test_login_checks_credentials_and_application(raw: httpx.Client) -> None:
    ok = raw.post("users/actions/login", json={"login": "cashier", "password": "demo",
                                                "user_external_application_id": "kiosk-demo-app"})
    assert ok.status_code == 200
    data = ok.json()["data"]
    assert len(data["bearer_token"]) >= 32 and datetime.strptime(data["valid_to"], m.DATETIME_FORMAT)
    wrong = raw.post("users/actions/login", json={"login": "cashier", "password": "nope",
                                                   "user_external_application_id": "kiosk-demo-app"})
    assert reasons(wrong) == [("login", "not_allowed_value")]
    app = raw.post("users/actions/login", json={"login": "cashier", "password": "demo",
                                                 "user_external_application_id": "other"})
    assert reasons(app) == [("user_external_application_id", "not_found")]


def test_calls_without_a_live_token_get_401(raw: httpx.Client, control: httpx.Client) -> None:
    assert raw.get("stores").status_code == 401
    assert raw.get("stores", headers={"Authorization": "Bearer nonsense"}).status_code == 401
    auth = token(raw)
    assert raw.get("stores", headers=auth).status_code == 200
    control.post("expire-tokens")
    assert raw.get("stores", headers=auth).status_code == 401


def test_tokens_expire_after_their_validity(make_sandbox, control) -> None:
    sandbox = make_sandbox(token_validity=60)
    with httpx.Client(base_url=sandbox.base_url + "/") as raw:
        auth = token(raw)
        assert raw.get("currencies", headers=auth).status_code == 200
        sandbox.store.clock_offset += 61
        assert raw.get("currencies", headers=auth).status_code == 401


# --- request validation ---------------------------------------------------------------------------


def test_missing_and_malformed_fields_are_named(raw: httpx.Client) -> None:
    auth = token(raw)
    response = raw.post("purchases/actions/accept-payment", headers=auth, json={
        "store_id": "st-prague", "cashdesk_number": "one", "payment_type": "X",
        "bill": {"bill_id": "b", "payment_time": "yesterday", "currency_id": "cur-czk",
                 "total_price": 1, "bill_items": [{"plu_name": "x"}]}})
    got = reasons(response)
    assert ("cashdesk_number", "invalid_value_format") in got
    assert ("payment_type", "not_allowed_value") in got
    assert ("bill.payment_time", "invalid_value_format") in got
    assert ("bill.bill_items[0].price", "required") in got
    assert ("bill.bill_items[0].bill_item_id", "required") in got
    bad_json = raw.post("purchases/actions/accept-payment", headers={**auth,
                        "Content-Type": "application/json"}, content=b"{not json")
    assert bad_json.status_code == 400


def test_unknown_resources_and_methods(raw: httpx.Client) -> None:
    auth = token(raw)
    assert raw.get("customers/nobody", headers=auth).status_code == 404
    assert raw.get("cards/nocard", headers=auth).status_code == 404
    assert raw.delete("cards/card-01", headers=auth).status_code == 405


def test_paging_and_total_items(raw: httpx.Client) -> None:
    auth = token(raw)
    page = raw.get("customers", params={"count": 4, "offset": 8}, headers=auth).json()["data"]
    assert page["total_items"] == 10 and len(page["customers"]) == 2
    assert reasons(raw.get("customers", params={"count": 0}, headers=auth)) == [
        ("count", "not_allowed_value")]


def test_reference_data_is_cacheable(raw: httpx.Client) -> None:
    auth = token(raw)
    assert raw.get("stores", headers=auth).headers["Cache-Control"] == "max-age=300"
    assert raw.get("cards", headers=auth).headers["Cache-Control"] == "no-store"


# --- cards ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("number", "status", "free"), [
    ("2000000000015", m.CardStatus.ACTIVE, False),
    ("2000000000039", m.CardStatus.BLOCKED, False),
    ("2000000000046", m.CardStatus.EXPIRED, False),
    ("2000000000053", m.CardStatus.NOT_YET_VALID, False),
    ("2000000000084", m.CardStatus.ACTIVE, True),
])
@pytest.mark.asyncio
async def test_each_card_state(client, number: str, status: m.CardStatus, free: bool) -> None:
    card = await client.find_card(number)
    assert card is not None
    assert card.status(datetime.now()) is status
    assert card.is_free is free


@pytest.mark.asyncio
async def test_unknown_card_and_customer_with_two_cards(client) -> None:
    assert await client.find_card("2000000000121") is None
    cards = await client.get_customer_cards("cu-petr")
    assert len(cards) == 2 and {c.card_type_id for c in cards} == {"ct-classic", "ct-gold"}


@pytest.mark.asyncio
async def test_free_card_can_be_assigned_once(client) -> None:
    card = await client.find_card("2000000000084")
    assert card is not None and card.is_free
    await client.update_card(msgspec.structs.replace(card, customer_id="cu-zofia"))
    assigned = await client.find_card("2000000000084")
    assert assigned is not None and assigned.customer_id == "cu-zofia"
    with pytest.raises(BadRequest) as info:
        await client.update_card(msgspec.structs.replace(card, customer_id="cu-jana"))
    assert info.value.has_reason("relation_already_exists")


# --- customers ------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_customer_lookup(client) -> None:
    by_email = await client.find_customers(email="JANA.NOVAKOVA@example.com")
    assert [c.customer_id for c in by_email] == ["cu-jana"]
    by_phone = await client.find_customers(phone="+420 601 111 222")
    assert [c.customer_id for c in by_phone] == ["cu-jana"]
    by_name = await client.find_customers(first_name="jana", last_name="novakova")
    assert {c.customer_id for c in by_name} == {"cu-jana", "cu-jana2"}
    by_birth = await client.find_customers(birthdate="1992-09-30")
    assert [c.customer_id for c in by_birth] == ["cu-jana2"]
    strict = await client.search_customers(first_name="Jana", last_name="Nováková",
                                           card_number="2000000000107")
    assert [s.customer_id for s in strict] == ["cu-jana2"]
    overview = await client.get_points_overview("cu-jana")
    assert overview.available_points == 1250
    vouchers = await client.get_customer_vouchers("cu-jana")
    assert [v.code for v in vouchers] == ["100200300"]  # the expired and the used are not valid
    everything = await client.get_customer_vouchers("cu-jana", valid_only=False)
    assert len(everything) == 3


# --- one-time passwords ---------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_otp_numeric_single_use_and_expiry(client, control) -> None:
    sent = await client.send_otp("kiosk-demo-app", "+420 601 111 222", otp_type=2)
    code = control.get("otp", params={"recipient": "420601111222"}).json()["otps"][0]["code"]
    assert code.isdigit() and len(code) == 6
    wrong = "000000" if code != "000000" else "111111"
    assert await client.verify_otp("kiosk-demo-app", sent.request_id, wrong) is False
    assert await client.verify_otp("kiosk-demo-app", sent.request_id, code) is True
    with pytest.raises(BadRequest) as info:
        await client.verify_otp("kiosk-demo-app", sent.request_id, code)
    assert info.value.has_reason("otp_already_used")

    later = await client.send_otp("kiosk-demo-app", "jana.novakova@example.com", channel=1,
                                  otp_type=1)
    code = control.get("otp", params={"recipient": "jana.novakova@example.com"}).json()["otps"][0]
    assert not code["code"].isdigit() or len(code["code"]) == 8
    control.post("clock", json={"advance_seconds": 3601})
    with pytest.raises(BadRequest) as info:
        await client.verify_otp("kiosk-demo-app", later.request_id, code["code"])
    assert info.value.has_reason("otp_expired")


@pytest.mark.asyncio
async def test_otp_refuses_a_malformed_recipient(client) -> None:
    with pytest.raises(BadRequest) as info:
        await client.send_otp("kiosk-demo-app", "call me")
    assert info.value.has_reason("invalid_value_format", "recipient")


# --- rewards and quotes ---------------------------------------------------------------------------

STORE = {"store_id": "st-prague", "cashdesk_number": 1}


@pytest.mark.asyncio
async def test_recommended_rewards_by_priority_and_count(client) -> None:
    quote = bill(item("1001", 2), item("1002", 2), item("2001"))
    condensed = await client.recommended_best_rewards(**STORE, bill=quote,
                                                      card_number="2000000000015")
    by_code = {r.code: r for r in condensed}
    assert by_code["COFFEE2"].max_count == 2  # four coffees, every second free
    assert by_code["CROISS50"].max_count == 1  # one croissant
    assert all(r.max_count > 0 for r in condensed)
    assert [r.reward_priority for r in condensed] == sorted(r.reward_priority for r in condensed)
    full = await client.recommended_best_rewards(**STORE, bill=quote, card_number="2000000000015",
                                                 list_type="F")
    zero = {r.code for r in full if r.max_count == 0}
    assert {"BEANS15", "MUG100", "BILL10"} <= zero
    everything = await client.recommended_best_rewards(**STORE, bill=quote, list_type="A",
                                                       card_number="2000000000015")
    assert "GOLD5" in {r.code for r in everything}  # the automatic one is listed only in A


@pytest.mark.asyncio
async def test_accept_payment_computes_and_commits_nothing(sandbox, client) -> None:
    quote = bill(item("1001"), item("1002", 2), item("2001"))  # 59 + 158 + 45 = 262
    result = await client.accept_payment(**STORE, bill=quote, card_number="2000000000015",
                                         benefit_codes=["COFFEE2", "CROISS50", "100200300"],
                                         max_points=100)
    discounts = {(d.discount_code, d.bill_item_id): d.discount_value
                 for d in result.recommended_discounts}
    assert discounts == {("COFFEE2", "1001"): 59.0, ("CROISS50", "2001"): 22.5}
    assert [(v.code, v.bill_item_id, v.discount_value) for v in result.vouchers] == [
        ("100200300", "1002", D("15.8"))]
    assert result.credit_points == 100 and result.price_of_credit_points == 50.0
    # left to pay 262 - 59 - 22.5 - 15.8 = 164.70; minus 50 paid in points = 114.70 → 11 points
    assert result.credit_points_of_this_transaction == 11
    assert result.total_credit_points == 1250 - 100 + 11
    assert result.messages and all(msg.text for msg in result.messages)
    state = sandbox.store.customer_state("cu-jana")
    assert state["available_points"] == 1250 and not sandbox.store.purchases()


@pytest.mark.asyncio
@pytest.mark.parametrize(("card", "kwargs", "reason"), [
    ("2000000000015", {"benefit_codes": ["100200302"]}, "voucher_already_used"),
    ("2000000000015", {"benefit_codes": ["100200301"]}, "voucher_expired"),
    ("2000000000015", {"benefit_codes": ["100200300", "100200300"]}, "voucher_already_applied"),
    ("2000000000060", {"benefit_codes": ["BEANS15"]}, "not_enough_points_for_voucher"),
    ("2000000000060", {"max_points": 500}, "not_enough_points_for_payment"),
    ("2000000000077", {"max_points": 10}, "customer_cant_pay_by_points"),
    ("2000000000015", {"benefit_codes": ["BILL10"]}, "insufficient_amount_of_purchase"),
    ("2000000000039", {}, "card_is_blocked"),
])
async def test_accept_payment_refusals(client, card: str, kwargs: dict, reason: str) -> None:
    with pytest.raises(BadRequest) as info:
        await client.accept_payment(**STORE, bill=bill(item("3001"), item("1002")),
                                    card_number=card, **kwargs)
    assert info.value.reasons == [reason]


def test_bill_consistency_is_checked(raw: httpx.Client) -> None:
    auth = token(raw)
    wrong = body(bill(item("1001")))
    wrong["bill_items"][0]["paid_amount"] = 80.0
    wrong["total_price"] = 80.0
    got = reasons(raw.post("purchases/actions/accept-payment", headers=auth, json={
        **STORE, "payment_type": "A", "card_number": "2000000000015", "bill": wrong}))
    assert got == [("bill_item_id", "item_price_lower_than_paid_amount")]
    wrong = body(bill(item("1001")))
    wrong["total_price"] = 10.0
    got = reasons(raw.post("purchases/actions/accept-payment", headers=auth, json={
        **STORE, "payment_type": "A", "card_number": "2000000000015", "bill": wrong}))
    assert got == [("total_price", "not_allowed_value")]


# --- purchases ------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_purchase_moves_points_and_uses_the_voucher_then_cancel_reverses(sandbox, client) -> None:
    quote = bill(item("1002", 2), item("2002"))  # 158 + 129 = 287
    accepted = await client.accept_payment(**STORE, bill=quote, card_number="2000000000015",
                                           benefit_codes=["100200300"], max_points=40)
    voucher = accepted.vouchers[0]
    recap = m.PaymentRecap(credit_points=accepted.credit_points, vouchers=accepted.vouchers)
    closed = final(quote, recap=recap, discounts=[(voucher.code, voucher.discount_value)])
    assert closed.total_price == round(287 - voucher.discount_value, 2)
    result = await client.send_purchase(request(closed, card_number="2000000000015"))
    assert result.purchase_id

    state = sandbox.store.customer_state("cu-jana")
    earned = accepted.credit_points_of_this_transaction
    assert state["available_points"] == 1250 - 40 + earned
    assert {v["code"]: v["applied_date"] is not None for v in state["vouchers"]}["100200300"]
    (stored,) = sandbox.store.purchases()
    assert stored["bill_id"] == quote.bill_id and D(stored["total_price"]) == closed.total_price

    with pytest.raises(BadRequest) as info:  # the same bill_id again
        await client.send_purchase(request(closed, card_number="2000000000015"))
    assert info.value.has_reason("already_exists", "bill_id")

    cancel = final(bill(*closed.bill_items), bill_number=closed.bill_id, canceled=True)
    await client.send_purchase(request(cancel, card_number="2000000000015"))
    state = sandbox.store.customer_state("cu-jana")
    assert state["available_points"] == 1250
    assert {v["code"]: v["applied_date"] for v in state["vouchers"]}["100200300"] is None
    with pytest.raises(BadRequest) as info:  # cancelling twice
        again = final(bill(item("1001")), bill_number=closed.bill_id, canceled=True)
        await client.send_purchase(request(again, card_number="2000000000015"))
    assert info.value.has_reason("already_exists", "bill_number")


@pytest.mark.asyncio
async def test_send_purchase_refuses_a_used_voucher_and_missing_points(client) -> None:
    quote = bill(item("1002"))
    used = m.PaymentRecap(vouchers=[m.PaymentVoucher(code="100200302", discount_value=10,
                                                     bill_item_id="1002")])
    with pytest.raises(BadRequest) as info:
        await client.send_purchase(request(final(quote, recap=used),
                                           card_number="2000000000015"))
    assert info.value.reasons == ["voucher_already_used"]
    greedy = m.PaymentRecap(credit_points=5000)
    with pytest.raises(BadRequest) as info:
        await client.send_purchase(request(final(quote, recap=greedy),
                                           card_number="2000000000015"))
    assert info.value.reasons == ["not_enough_points_for_payment"]


# --- language and faults --------------------------------------------------------------------------


@pytest.mark.parametrize(("header", "expected"), [
    ("cs, en-gb;q=0.8", "cs"), ("en-GB", "en"), ("de, en;q=0.8", "en"),
    ("pl;q=0.9, cs;q=0.95", "cs"), ("fr", "cs"), ("", "cs"), ("*", "cs"),
])
def test_language_negotiation(header: str, expected: str) -> None:
    assert negotiate_language(header, ["cs", "en"], "cs") == expected


def test_fault_injection(raw: httpx.Client, control: httpx.Client) -> None:
    auth = token(raw)
    control.post("faults", json={"script": ["503", "429", "500"], "retry_after": 2})
    first = raw.get("currencies", headers=auth)
    assert first.status_code == 503 and first.headers["Retry-After"] == "2"
    assert raw.get("currencies", headers=auth).status_code == 429
    assert raw.get("currencies", headers=auth).status_code == 500
    assert raw.get("currencies", headers=auth).status_code == 200
    control.post("faults", json={"script": ["drop"]})
    with pytest.raises(httpx.RemoteProtocolError):
        raw.get("currencies", headers=auth)
    control.post("faults", json={"error_rates": {"503": 1.0}, "path_filter": "/stores"})
    assert raw.get("stores", headers=auth).status_code == 503
    assert raw.get("currencies", headers=auth).status_code == 200
    assert control.post("faults", json={"script": ["boom"]}).status_code == 400
    control.delete("faults")
    assert raw.get("stores", headers=auth).status_code == 200


def test_reset_reseeds(sandbox, control: httpx.Client) -> None:
    sandbox.store.expire_tokens()
    sandbox.store.clock_offset = 0
    with sandbox.store.transaction() as db:
        db.execute("UPDATE points SET available=0")
    assert sandbox.store.available_points("cu-jana") == 0
    control.post("reset")
    assert sandbox.store.available_points("cu-jana") == 1250


def test_forced_token_expiry_on_a_timer(make_sandbox) -> None:
    import time

    sandbox = make_sandbox()
    with httpx.Client(base_url=sandbox.base_url + "/") as raw:
        auth = token(raw)
        assert raw.get("currencies", headers=auth).status_code == 200
        sandbox.expire_tokens_every(0.05)
        time.sleep(0.2)
        assert raw.get("currencies", headers=auth).status_code == 401
