"""Member services on the sandbox through the real client over loopback: vouchers bought with
points (one tap, one voucher, also when an answer is lost), point history, expiring points,
claiming a purchase sent without a customer, gift-card balances and held points. Every
request and answer (refusals too) is validated against the vendor's spec by the
`spec_checker` (the client's transport and the raw client's hook)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from decimal import Decimal

import httpx
import pytest

from kiosk_app.api import BadRequest, NotFound, ProtocolError, TransportError
from kiosk_app.api import models as m
from kiosk_app.sandbox.server import SandboxServer
from tests.conftest import token
from tests.helpers import D, bill, final, item, request

ESPRESSO = "rw-cat-espresso"  # CATESP, 150 points


def reasons(response: httpx.Response) -> list[tuple[str, str]]:
    assert response.status_code == 400, response.text
    return [(p["name"], p["reason"])
            for p in response.json()["error"]["error_data"]["invalid_params"]]


def calls(sandbox: SandboxServer, path: str) -> list[dict]:
    return [r for r in sandbox.requests if r["path"] == path]


def points(sandbox: SandboxServer, customer_id: str) -> float:
    return sandbox.store.available_points(customer_id)


def move_clock_to(control: httpx.Client, sandbox: SandboxServer, moment: datetime) -> None:
    control.post("clock", json={"advance_seconds": (moment - sandbox.store.now()).total_seconds()})


# --- vouchers bought with points ------------------------------------------------------------------


def test_voucher_codes_are_unique_capitals_and_digits() -> None:
    codes = {m.new_voucher_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(re.fullmatch(r"[A-HJ-NP-Z2-9]{12}", c) and m.voucher_code_ok(c) for c in codes)
    for bad in ("", "abc123", "ABC 123", "ABCDE", "X" * 51, "ÁBCDEF"):
        assert not m.voucher_code_ok(bad)


@pytest.mark.asyncio
async def test_a_catalogue_voucher_spends_its_points(sandbox, client) -> None:
    code = m.new_voucher_code()
    voucher_id = await client.create_reward_voucher(ESPRESSO, "cu-jana", code=code, note="kiosk")
    assert points(sandbox, "cu-jana") == 1250 - 150
    (voucher,) = await client.find_vouchers(code)
    assert (voucher.voucher_id, voucher.customer_id, voucher.applied_date) == (voucher_id, "cu-jana", None)
    assert voucher.reward is not None and voucher.reward.reward_id == ESPRESSO
    assert voucher.valid_to == "2030-12-31 23:59:59"  # as long as the reward is offered
    assert code in {v.code for v in await client.get_customer_vouchers("cu-jana")}
    (newest, *_), _ = await client.point_history("cu-jana")
    assert (newest.point_amount, newest.point_operation_type, newest.point_operation_note) == (
        -150, "Voucher purchase", "CATESP")
    assert json.loads(newest.extended_data or "{}")["voucher_code"] == code
    assert (await client.points_overview("cu-jana")).redeemed_points == 150
    # at the till the voucher costs no points again
    found = await client.recommended_best_rewards(store_id="st-prague", cashdesk_number=1,
                                                  bill=bill(item("1001")), customer_id="cu-jana")
    assert {r.code: r.max_count for r in found}[code] == 1


@pytest.mark.asyncio
async def test_one_tap_makes_one_voucher_when_the_answer_is_lost(sandbox, client, control) -> None:
    code = m.new_voucher_code()  # made once, for this tap
    control.post("faults", json={"script": ["drop_after"], "path_filter": "create-voucher"})
    voucher_id = await client.create_reward_voucher(ESPRESSO, "cu-jana", code=code)
    path = f"/rewards/{ESPRESSO}/actions/create-voucher"
    assert [c["fate"] for c in calls(sandbox, path)] == ["drop_after", "ok"]  # retried, refused
    assert calls(sandbox, "/vouchers")[-1]["query"]["code"] == code  # then looked up
    assert [v["voucher_id"] for v in sandbox.store.find_vouchers(code=code)[0]] == [voucher_id]
    assert points(sandbox, "cu-jana") == 1250 - 150  # spent once
    history = sandbox.store.point_history("cu-jana")
    assert [h["amount"] for h in history if h["operation"] == "voucher"] == [-150]

    # the kiosk tries the same tap again later (it kept the code): the same voucher, no charge
    assert await client.create_reward_voucher(ESPRESSO, "cu-jana", code=code) == voucher_id
    assert points(sandbox, "cu-jana") == 1250 - 150
    assert len(sandbox.store.find_vouchers(code=code)[0]) == 1


@pytest.mark.asyncio
async def test_every_try_lost_still_finds_the_voucher_made(sandbox, client, control) -> None:
    code = m.new_voucher_code()
    control.post("faults", json={"script": ["drop_after", "drop", "drop", "drop"],
                                 "path_filter": "create-voucher"})
    voucher_id = await client.create_reward_voucher("rw-cat-croissant", "cu-petr", code=code)
    assert len(calls(sandbox, "/rewards/rw-cat-croissant/actions/create-voucher")) == 4
    assert sandbox.store.find_vouchers(code=code)[0][0]["voucher_id"] == voucher_id
    assert points(sandbox, "cu-petr") == 540 - 120

    control.post("faults", json={"script": ["drop", "drop", "drop", "drop"],
                                 "path_filter": "create-voucher"})
    with pytest.raises(TransportError):  # nothing made: the failure stands, nothing is spent
        await client.create_reward_voucher(ESPRESSO, "cu-petr", code=m.new_voucher_code())
    assert points(sandbox, "cu-petr") == 540 - 120


@pytest.mark.asyncio
async def test_vouchers_are_refused_with_clear_reasons(sandbox, client, control) -> None:
    async def refused(reward_id: str, customer_id: str, code: str | None = None) -> BadRequest:
        with pytest.raises(BadRequest) as info:
            await client.create_reward_voucher(reward_id, customer_id, code=code or m.new_voucher_code())
        return info.value

    assert (await refused(ESPRESSO, "cu-john")).has_reason("not_enough_points_for_voucher",
                                                           "customer_id")  # 80 points
    assert (await refused("rw-cat-xmas", "cu-jana")).has_reason("reward_expired", "reward_id")
    assert (await refused("rw-coffee2", "cu-jana")).has_reason("not_allowed_value", "reward_id")
    assert (await refused("rw-giftcard", "cu-jana")).has_reason("not_allowed_value", "reward_id")
    assert (await refused(ESPRESSO, "cu-nobody")).has_reason("not_found", "customer_id")
    # a code someone else's voucher has: refused, and not taken for this tap's voucher
    assert (await refused(ESPRESSO, "cu-klaus", "100200300")).has_reason("already_exists", "code")
    assert points(sandbox, "cu-klaus") == 2000 and points(sandbox, "cu-jana") == 1250
    with pytest.raises(NotFound):
        await client.create_reward_voucher("rw-nope", "cu-jana", code=m.new_voucher_code())
    with pytest.raises(ValueError):  # refused before anything is sent
        await client.create_reward_voucher(ESPRESSO, "cu-jana", code="abc")
    move_clock_to(control, sandbox, datetime(2031, 1, 1))  # the catalogue ended in 2030
    assert (await refused(ESPRESSO, "cu-jana")).has_reason("reward_expired", "reward_id")


def test_create_voucher_request_checks(raw) -> None:
    auth = token(raw)
    path = f"rewards/{ESPRESSO}/actions/create-voucher"
    assert reasons(raw.post(path, json={"code": 5}, headers=auth)) == [
        ("customer_id", "required"), ("code", "invalid_value_format")]
    assert reasons(raw.post(path, json={"customer_id": "cu-jana", "code": "A B"}, headers=auth)) == [
        ("code", "invalid_value_format")]
    made = raw.post(path, json={"customer_id": "cu-jana"}, headers=auth)  # no code: one is made
    assert made.status_code == 201 and made.json()["data"]["voucher_id"]
    assert raw.post(path, json={"customer_id": "cu-jana"}).status_code == 401


# --- point history and expiring points ------------------------------------------------------------


@pytest.mark.asyncio
async def test_point_history_is_newest_first_in_the_asked_language(sandbox, client) -> None:
    moves, total = await client.point_history("cu-jana")
    assert total == 4
    assert [(h.point_amount, h.point_operation_type, h.point_history_record_time) for h in moves] == [
        (-100, "Points expiration", "2025-12-31 23:59:59"),
        (250, "Purchase", "2025-02-01 09:00:00"),
        (1000, "Points addition", "2025-01-01 09:00:00"),
        (100, "Purchase", "2024-03-01 17:20:00")]
    assert moves[1].store_id == "st-prague" and moves[1].point_operation_note == "purchase PRG-2025-0042"
    assert json.loads(moves[1].extended_data or "")["purchase_value"] == 2500
    assert moves[0].at == datetime(2025, 12, 31, 23, 59, 59)
    page, total = await client.point_history("cu-jana", offset=1, count=2)
    assert [h.point_amount for h in page] == [250, 1000] and total == 4
    client.language = "cs"
    assert [h.point_operation_type for h in (await client.point_history("cu-jana"))[0]][:3] == [
        "Expirace bodů", "Nákup", "Připsání bodů"]
    assert await client.point_history("cu-zofia") == ([], 0)


@pytest.mark.asyncio
async def test_a_purchase_and_its_cancellation_show_in_the_history(client) -> None:
    quote = bill(item("3001"))  # 289 CZK
    closed = final(quote, recap=m.PaymentRecap(credit_points=D(20)))  # 20 points pay 10 CZK
    await client.send_purchase(request(closed, card_number="2000000000015"))
    moves, total = await client.point_history("cu-jana")
    assert total == 6
    assert [(h.point_amount, h.point_operation_type) for h in moves[:2]] == [
        (27, "Purchase"), (-20, "Points redemption")]
    assert json.loads(moves[0].extended_data or "")["external_purchase_id"] == quote.bill_id
    cancel = final(bill(*closed.bill_items), bill_number=closed.bill_id, canceled=True)
    await client.send_purchase(request(cancel, card_number="2000000000015"))
    moves, total = await client.point_history("cu-jana")
    assert total == 8
    assert [(h.point_amount, h.point_operation_type) for h in moves[:2]] == [
        (-27, "Purchase cancellation"), (20, "Purchase cancellation")]
    assert sum(h.point_amount for h in moves) == 1250  # what is available now


def test_point_history_filters_and_refusals(raw) -> None:
    auth = {**token(raw), "Accept-Language": "en"}

    def amounts(**params: str) -> list[float]:
        response = raw.get("point-history", params={"customer_id": "cu-jana", **params},
                           headers=auth)
        assert response.status_code == 200, response.text
        return [h["point_amount"] for h in response.json()["data"]["point_history"]]

    assert amounts(point_operation_type="EXPIR") == [-100]
    assert amounts(time_from="2025-01-01 00:00:00", time_to="2025-06-30T00:00:00") == [250, 1000]
    assert amounts(store_id="st-brno") == [100]
    assert amounts(sort_field="point_amount", sort_direction="ASC") == [-100, 100, 250, 1000]
    assert reasons(raw.get("point-history", params={"customer_id": "cu-jana", "time_from": "1.1.2025"},
                           headers=auth)) == [("time_from", "invalid_value_format")]
    assert reasons(raw.get("point-history", params={"customer_id": "cu-nobody"}, headers=auth)) == [
        ("customer_id", "not_found")]


@pytest.mark.asyncio
async def test_points_expiration_follows_the_clock(sandbox, client, control) -> None:
    soon = await client.points_expiration("cu-jana")
    assert (soon.next_amount, soon.next_day, soon.current_month_amount) == (250, date(2029, 6, 30), 0)
    move_clock_to(control, sandbox, datetime(2029, 6, 15, 12))
    june = await client.points_expiration("cu-jana")
    assert (june.next_amount, june.next_date, june.current_month_amount) == (250, "2029-06-30", 250)
    move_clock_to(control, sandbox, datetime(2029, 7, 1, 8))  # the 250 have lapsed
    july = await client.points_expiration("cu-jana")
    assert (july.next_amount, july.next_date, july.current_month_amount) == (1000, "2030-12-31", 0)
    assert (await client.points_overview("cu-jana")).available_points == 1000
    (lapsed, *_), _ = await client.point_history("cu-jana")
    assert (lapsed.point_amount, lapsed.point_operation_type, lapsed.point_history_record_time) == (
        -250, "Points expiration", "2029-06-30 23:59:59")
    nothing = await client.points_expiration("cu-zofia")  # no points at all
    assert (nothing.next_amount, nothing.next_date, nothing.current_month_amount) == (0, None, 0)


# --- a purchase sent without a customer, claimed later --------------------------------------------


async def anonymous_purchase(client, *codes: str, payment_type: str = "A",
                             store_id: str = "st-prague") -> str:
    quote = bill(*(item(c) for c in codes))
    await client.send_purchase(request(final(quote, payment_type=payment_type), store_id=store_id))
    return quote.bill_id


@pytest.mark.asyncio
async def test_a_claimed_purchase_credits_its_points_once(sandbox, client) -> None:
    bill_id = await anonymous_purchase(client, "3001", "9001")  # 289 CZK earns 28; a gift card none
    await client.assign_purchase_customer("st-prague", bill_id, customer_id="cu-petr")
    assert points(sandbox, "cu-petr") == 540 + 28
    (claimed,) = [p for p in sandbox.store.purchases() if p["bill_id"] == bill_id]
    assert claimed["customer_id"] == "cu-petr"
    (newest, *_), _ = await client.point_history("cu-petr")
    assert (newest.point_amount, newest.point_operation_type) == (28, "Purchase assigned later")

    # asked again (say after a lost answer), by id or by the same customer's card: done, once
    await client.assign_purchase_customer("st-prague", bill_id, customer_id="cu-petr")
    await client.assign_purchase_customer("st-prague", bill_id, card_number="3000000000014")
    assert points(sandbox, "cu-petr") == 540 + 28
    with pytest.raises(BadRequest) as info:  # someone else may not take it
        await client.assign_purchase_customer("st-prague", bill_id, card_number="2000000000015")
    assert info.value.has_reason("relation_already_exists", "external_purchase_id")
    assert points(sandbox, "cu-jana") == 1250

    # a cancellation takes the claimed points back
    cancel = final(bill(item("3001"), item("9001")), bill_number=bill_id, canceled=True)
    await client.send_purchase(request(cancel))
    assert points(sandbox, "cu-petr") == 540


@pytest.mark.asyncio
async def test_a_claim_whose_answer_is_lost_credits_once(sandbox, client, control) -> None:
    bill_id = await anonymous_purchase(client, "3002")  # 249 CZK earns 24
    control.post("faults", json={"script": ["drop_after"], "path_filter": "assign-customer"})
    await client.assign_purchase_customer("st-prague", bill_id, card_number="2000000000015")
    assert [c["fate"] for c in calls(sandbox, "/purchases/actions/assign-customer")] == [
        "drop_after", "ok"]
    assert calls(sandbox, "/purchases")[-1]["query"]["external_purchase_id"] == bill_id
    assert points(sandbox, "cu-jana") == 1250 + 24
    assert [h["amount"] for h in sandbox.store.point_history("cu-jana")
            if h["operation"] == "claim"] == [24]


@pytest.mark.asyncio
async def test_claims_are_refused_with_clear_reasons(client, raw) -> None:
    bill_id = await anonymous_purchase(client, "1001", store_id="st-brno")

    async def refused(store_id: str, bill: str, **who: str) -> BadRequest:
        with pytest.raises(BadRequest) as info:
            await client.assign_purchase_customer(store_id, bill, **who)
        return info.value

    assert (await refused("st-brno", "no-such-bill", customer_id="cu-jana")).has_reason(
        "not_found", "external_purchase_id")
    assert (await refused("st-prague", bill_id, customer_id="cu-jana")).has_reason(
        "not_allowed_value", "store_id")
    assert (await refused("st-nowhere", bill_id, customer_id="cu-jana")).has_reason(
        "not_found", "store_id")
    assert (await refused("st-brno", bill_id, customer_id="cu-nobody")).has_reason(
        "not_found", "customer_id")
    assert (await refused("st-brno", bill_id, card_number="2000000000084")).has_reason(
        "not_allowed_value", "card_number")  # a free card: nobody to credit
    assert (await refused("st-brno", bill_id, card_number="2000000000039")).has_reason(
        "card_is_blocked", "card_number")
    owned = bill(item("1002"))
    await client.send_purchase(request(final(owned), card_number="2000000000060"))
    assert (await refused("st-prague", owned.bill_id, customer_id="cu-jana")).has_reason(
        "relation_already_exists", "external_purchase_id")  # it has a customer already
    with pytest.raises(ValueError):
        await client.assign_purchase_customer("st-brno", bill_id)
    assert reasons(raw.post("purchases/actions/assign-customer", headers=token(raw),
                            json={"store_id": "st-brno", "external_purchase_id": bill_id})) == [
        ("customer_id", "required")]

    cancelled = await anonymous_purchase(client, "1003")
    items = [item("1003")]
    await client.send_purchase(request(final(bill(*items), bill_number=cancelled, canceled=True)))
    assert (await refused("st-prague", cancelled, customer_id="cu-jana")).has_reason(
        "not_allowed_value", "external_purchase_id")
    paid_d = await anonymous_purchase(client, "3001", payment_type="D")
    await client.assign_purchase_customer("st-prague", paid_d, customer_id="cu-john")
    assert (await client.points_overview("cu-john")).available_points == 80 + 7  # D: no more


# --- gift cards -----------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_gift_card_balances_and_validity(client) -> None:
    now = datetime.now()
    full = await client.gift_card_balance(" 900100200 ")
    assert (full.voucher_id, full.code, full.current_balance, full.original_balance) == (
        "vo-gift-01", "900100200", 500, 500)
    assert full.valid_to == "2030-12-31 23:59:59" and full.usable(now)
    spent = await client.gift_card_balance("900100201")
    assert (spent.current_balance, spent.original_balance, spent.usable(now)) == (350, 1000, True)
    lapsed = await client.gift_card_balance("900100202")
    assert lapsed.current_balance == 200 and not lapsed.usable(now)  # ended 2025-12-31
    with pytest.raises(BadRequest) as info:
        await client.gift_card_balance("100200300")  # a discount voucher, no gift card
    assert info.value.has_reason("not_allowed_value", "code")
    with pytest.raises(BadRequest) as info:
        await client.gift_card_balance("999999999")
    assert info.value.has_reason("not_found", "code")
    with pytest.raises(ValueError):
        await client.gift_card_balance("  ")


@pytest.mark.asyncio
async def test_a_gift_card_is_no_discount_voucher(client, raw) -> None:
    found = await client.recommended_best_rewards(store_id="st-prague", cashdesk_number=1,
                                                  bill=bill(item("1001")), customer_id="cu-zofia",
                                                  list_type="F")
    assert not {"900100200", "900100201"} & {r.code for r in found}
    with pytest.raises(BadRequest) as info:
        await client.accept_payment(store_id="st-prague", cashdesk_number=1, bill=bill(item("1001")),
                                    customer_id="cu-zofia", benefit_codes=["900100200"])
    assert info.value.has_reason("not_allowed_value", "benefit_codes")
    auth = token(raw)
    by_id = raw.post("vouchers/actions/gift-card-balance", json={"voucher_id": "vo-gift-02"},
                     headers=auth)
    assert by_id.json()["data"] == {"voucher_id": "vo-gift-02", "current_balance": 350,
                                    "original_balance": 1000}
    assert reasons(raw.post("vouchers/actions/gift-card-balance", json={}, headers=auth)) == [
        ("code", "required")]


# --- held points ----------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_held_points_are_not_available_until_freed(sandbox, client) -> None:
    await client.reserve_points("cu-jana", "hold-1", 1200)
    assert (await client.points_overview("cu-jana")).available_points == 50
    (held,) = await client.point_reservations(external_id="hold-1")
    assert (held.customer_id, held.quantity, held.state, held.expiration) == ("cu-jana", 1200, 1, None)
    assert held.points_reservation_id

    await client.reserve_points("cu-jana", "hold-1", 1200)  # again (a retry): still one hold
    assert sandbox.store.held_points("cu-jana") == 1200
    with pytest.raises(BadRequest) as info:  # the same id for something else: refused
        await client.reserve_points("cu-jana", "hold-1", 500)
    assert info.value.has_reason("already_exists", "external_id")
    with pytest.raises(BadRequest) as info:  # held points cannot be held twice
        await client.reserve_points("cu-jana", "hold-2", 300)
    assert info.value.has_reason("not_enough_points", "amount")
    with pytest.raises(BadRequest) as info:  # nor spent on a voucher
        await client.create_reward_voucher(ESPRESSO, "cu-jana", code=m.new_voucher_code())
    assert info.value.has_reason("not_enough_points_for_voucher", "customer_id")

    await client.free_points("hold-1")
    assert points(sandbox, "cu-jana") == 1250
    await client.free_points("hold-1")  # again (a retry): done already
    (freed,) = await client.point_reservations(customer_id="cu-jana")
    assert freed.state == 0
    with pytest.raises(BadRequest) as info:
        await client.free_points("hold-unknown")
    assert info.value.has_reason("not_found", "external_id")
    with pytest.raises(BadRequest) as info:
        await client.reserve_points("cu-nobody", "hold-3", 10)
    assert info.value.has_reason("not_found", "customer_id")
    with pytest.raises(ValueError):
        await client.reserve_points("cu-jana", "hold-3", 0)


@pytest.mark.asyncio
async def test_a_hold_whose_answer_is_lost_holds_once(sandbox, client, control) -> None:
    control.post("faults", json={"script": ["drop_after"], "path_filter": "reserve-points"})
    await client.reserve_points("cu-petr", "sale-7", 40)
    assert [c["fate"] for c in calls(sandbox, "/point-reservations/actions/reserve-points")] == [
        "drop_after", "ok"]
    assert sandbox.store.held_points("cu-petr") == 40 and points(sandbox, "cu-petr") == 500
    control.post("faults", json={"script": ["drop_after"], "path_filter": "free-points"})
    await client.free_points("sale-7")
    assert points(sandbox, "cu-petr") == 540


@pytest.mark.asyncio
async def test_an_expired_hold_gives_its_points_back(sandbox, client, control, raw) -> None:
    until = sandbox.store.now() + timedelta(hours=1)
    await client.reserve_points("cu-klaus", "hold-x", 1500, until)
    (held,) = await client.point_reservations(external_id="hold-x")
    assert held.expiration == m.format_datetime(until) and points(sandbox, "cu-klaus") == 500
    control.post("clock", json={"advance_seconds": 7200})
    (held,) = await client.point_reservations(external_id="hold-x")
    assert held.state == 2 and points(sandbox, "cu-klaus") == 2000
    await client.free_points("hold-x")  # ends it for good
    assert (await client.point_reservations(external_id="hold-x"))[0].state == 0
    with pytest.raises(BadRequest) as info:
        await client.reserve_points("cu-klaus", "hold-y", 10, sandbox.store.now() - timedelta(1))
    assert info.value.has_reason("not_allowed_value", "expiration_time")
    auth = token(raw)
    assert reasons(raw.post("point-reservations/actions/reserve-points", headers=auth, json={
        "customer_id": "cu-klaus", "external_id": "h", "amount": "ten",
        "expiration_time": "tomorrow"})) == [("amount", "invalid_value_format"),
                                            ("expiration_time", "invalid_value_format")]
    reservation = raw.get(f"point-reservations/{held.points_reservation_id}", headers=auth)
    assert reservation.json()["data"]["external_id"] == "hold-x"
    assert raw.get("point-reservations/pr-nope", headers=auth).status_code == 404


@pytest.mark.asyncio
async def test_the_sale_that_held_the_points_spends_them(sandbox, client) -> None:
    quote = bill(item("3001"))
    await client.reserve_points("cu-jana", quote.bill_id, 1250)  # everything, for this sale
    assert points(sandbox, "cu-jana") == 0
    closed = final(quote, recap=m.PaymentRecap(credit_points=D(40)))
    await client.send_purchase(request(closed, card_number="2000000000015"))
    (used,) = await client.point_reservations(external_id=quote.bill_id)
    assert used.state == 0
    assert points(sandbox, "cu-jana") == 1250 - 40 + 26  # earned on 289 - 20 CZK paid in points
    await client.free_points(quote.bill_id)  # freeing it afterwards is harmless


# --- models and the spec --------------------------------------------------------------------------


def test_member_models_refuse_nonsense() -> None:
    for data, model in (
        ({"customer_id": " ", "point_amount": Decimal(5)}, m.PointMovement),
        ({"customer_id": "c", "point_amount": Decimal("1e20")}, m.PointMovement),
        ({"customer_id": "c", "point_amount": Decimal(5), "point_history_record_time": "later"},
         m.PointMovement),
        ({"next_amount": Decimal(-1)}, m.PointsExpiration),
        ({"next_amount": Decimal(1), "next_date": "31.12.2029"}, m.PointsExpiration),
        ({"current_balance": Decimal(-1)}, m.GiftCardBalance),
        ({"current_balance": Decimal(600), "original_balance": Decimal(500)}, m.GiftCardBalance),
        ({"voucher_id": "", "current_balance": Decimal(1)}, m.GiftCardBalance),
        ({"customer_id": "c", "external_id": "e", "quantity": Decimal(-3)}, m.PointReservation),
        ({"customer_id": "c", "external_id": "e", "quantity": Decimal(3), "state": 7},
         m.PointReservation),
        ({"customer_id": "c", "external_id": " ", "quantity": Decimal(3)}, m.PointReservation),
        ({"store_id": "", "external_purchase_id": "b", "total_price": Decimal(1),
          "currency_id": "cur-czk"}, m.Purchase),
        ({"voucher_id": "\u200b"}, m.VoucherCreated),
    ):
        with pytest.raises(ProtocolError):
            m.decode(data, model)
    assert m.decode({"customer_id": "c", "point_amount": Decimal(-20)}, m.PointMovement).point_amount == -20


@pytest.mark.asyncio
async def test_the_member_operations_were_checked_against_the_spec(client, spec_checker) -> None:
    code = m.new_voucher_code()
    await client.create_reward_voucher(ESPRESSO, "cu-jana", code=code)
    await client.point_history("cu-jana")
    await client.points_expiration("cu-jana")
    bill_id = await anonymous_purchase(client, "1001")
    await client.assign_purchase_customer("st-prague", bill_id, customer_id="cu-jana")
    await client.assign_purchase_customer("st-prague", bill_id, customer_id="cu-jana")
    await client.gift_card_balance("900100200")
    await client.reserve_points("cu-jana", "h-1", 10)
    await client.reserve_points("cu-jana", "h-1", 10)
    await client.free_points("h-1")
    await client.free_points("h-1")
    checked = {entry.split("?")[0] for entry in spec_checker.checked}
    assert {f"POST /rewards/{ESPRESSO}/actions/create-voucher 201", "GET /point-history 200",
            "GET /wallet/actions/points-expiration-overview 200",
            "POST /purchases/actions/assign-customer 204",
            "POST /purchases/actions/assign-customer 400", "GET /purchases 200",
            "POST /vouchers/actions/gift-card-balance 200", "GET /vouchers 200",
            "POST /point-reservations/actions/reserve-points 204",
            "POST /point-reservations/actions/reserve-points 400",
            "GET /point-reservations 200", "POST /point-reservations/actions/free-points 204",
            "POST /point-reservations/actions/free-points 400"} <= checked
    assert not spec_checker.problems
