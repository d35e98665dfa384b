"""The sandbox's purchase rules as pure functions: a quote (`price`) and the purchase that
follows it (`commit`) are judged by the same checks, in exact decimals."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from kiosk_app import validity
from kiosk_app.sandbox import rules
from kiosk_app.sandbox.store import SandboxStore, ended_sql, load_seed, not_ended_sql

SEED = load_seed()
REWARDS = {r["code"]: r for r in SEED["rewards"]}
GROUPS = {p["code"]: p["group"] for p in SEED["products"]}
PRICES = {p["code"]: Decimal(str(p["prices"]["cur-czk"])) for p in SEED["products"]}
PROJECT = rules.Project.from_seed(SEED["project"])
NOW = "2026-03-01 12:00:00"
VOUCHERS = {
    "V-OK": {"voucher_id": "v1", "customer_id": "cu-1", "code": "V-OK", "reward_code": "BDAY20",
             "valid_from": "2025-01-01 00:00:00", "valid_to": "2030-12-31 23:59:59",
             "applied_date": None},
    "V-USED": {"voucher_id": "v2", "customer_id": "cu-1", "code": "V-USED",
               "reward_code": "BDAY20", "valid_from": "2025-01-01 00:00:00",
               "valid_to": "2030-12-31 23:59:59", "applied_date": "2025-06-01 10:00:00"},
    "V-OLD": {"voucher_id": "v3", "customer_id": "cu-1", "code": "V-OLD", "reward_code": "BDAY20",
              "valid_from": "2024-01-01 00:00:00", "valid_to": "2025-01-31 23:59:59",
              "applied_date": None},
    "V-ELSE": {"voucher_id": "v4", "customer_id": "cu-2", "code": "V-ELSE",
               "reward_code": "BDAY20", "valid_from": "2025-01-01 00:00:00",
               "valid_to": "2030-12-31 23:59:59", "applied_date": None},
}
RECORDS = ({"point_id": "p2", "available": 900.0, "created_at": "2025-02-01 09:00:00"},
           {"point_id": "p1", "available": 100.0, "created_at": "2025-01-01 09:00:00"})


def buyer(**changes: Any) -> rules.Buyer:
    fields = {"customer_id": "cu-1", "available_points": Decimal(1000), "credit": Decimal(50),
              "points_payment": True, "has_purchases": True,
              "vouchers": tuple(v for v in VOUCHERS.values() if v["customer_id"] == "cu-1")}
    return rules.Buyer(**{**fields, **changes})


def item(code: str, quantity: int = 1, paid: Decimal | None = None) -> dict[str, Any]:
    price = PRICES.get(code, Decimal(0))
    return {"plu_ids": [{"list_code": "PLU", "code": code}], "bill_item_id": code,
            "quantity": quantity, "price": price,
            "paid_amount": price * quantity if paid is None else paid,
            "loyalty_off": code == "9001", "purchase_item_type_id": "pit-goods"}


def a_bill(*items: dict[str, Any], payment_type: str = "A",
           recap: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"bill_id": "b1", "currency_id": "cur-czk", "bill_items": list(items),
            "total_price": sum((i["paid_amount"] for i in items), Decimal(0)),
            "payment_type": payment_type, "purchase_type_id": "ptype-store",
            "payment_recap": recap or {}}


def price(bill: dict[str, Any], who: rules.Buyer | None = None, *, codes: tuple[str, ...] = (),
          max_points: int = 0, max_credit: int = 0) -> rules.Quote:
    return rules.price(bill, who or buyer(), payment_type=bill["payment_type"],
                       benefit_codes=codes, max_points=Decimal(max_points),
                       max_credit=Decimal(max_credit), rewards=REWARDS,
                       vouchers={c: VOUCHERS[c] for c in codes if c in VOUCHERS},
                       groups=GROUPS, project=PROJECT, now=NOW)


def commit(bill: dict[str, Any], who: rules.Buyer | None = None) -> rules.Commitment:
    codes = [v["code"] for v in bill["payment_recap"].get("vouchers", [])]
    return rules.commit(bill, who or buyer(), rewards=REWARDS,
                        vouchers={c: VOUCHERS[c] for c in codes if c in VOUCHERS},
                        point_records=RECORDS, project=PROJECT, now=NOW)


def reasons(error: pytest.ExceptionInfo[rules.RuleError]) -> list[tuple[str, str]]:
    return [(p.field, p.reason) for p in error.value.problems]


@pytest.mark.parametrize(("code", "reason"), [("V-USED", "voucher_already_used"),
                                              ("V-OLD", "voucher_expired"),
                                              ("V-ELSE", "not_found")])
def test_quote_and_purchase_refuse_a_voucher_alike(code: str, reason: str) -> None:
    bill = a_bill(item("1002"))
    with pytest.raises(rules.RuleError) as quoted:
        price(bill, codes=(code,))
    assert reasons(quoted) == [("benefit_codes", reason)]
    recap = {"vouchers": [{"code": code, "discount_value": 15.8, "bill_item_id": "1002"}]}
    with pytest.raises(rules.RuleError) as committed:
        commit(a_bill(item("1002"), recap=recap))
    assert reasons(committed) == [("vouchers", reason)]


@pytest.mark.parametrize(("who", "points", "reason"), [
    (buyer(), 1001, "not_enough_points_for_payment"),
    (buyer(points_payment=False), 10, "customer_cant_pay_by_points"),
    (rules.Buyer(), 10, "customer_cant_pay_by_points"),
])
def test_quote_and_purchase_refuse_points_alike(who: rules.Buyer, points: int, reason: str) -> None:
    bill = a_bill(item("3002"), item("2002", 4))
    with pytest.raises(rules.RuleError) as quoted:
        price(bill, who, max_points=points)
    assert reasons(quoted) == [("max_points", reason)]
    with pytest.raises(rules.RuleError) as committed:
        commit(a_bill(item("3002"), item("2002", 4), recap={"credit_points": points}), who)
    assert reasons(committed) == [("credit_points", reason)]


def test_points_for_a_reward_count_against_the_balance_in_both() -> None:
    poor = buyer(available_points=Decimal(499))
    with pytest.raises(rules.RuleError) as quoted:
        price(a_bill(item("3002")), poor, codes=("MUG100",))
    assert reasons(quoted) == [("benefit_codes", "not_enough_points_for_voucher")]
    recap = {"recommended_discounts": [{"discount_code": "MUG100", "discount_value": 100,
                                        "bill_item_id": "3002"}]}
    with pytest.raises(rules.RuleError) as committed:
        commit(a_bill(item("3002"), recap=recap), poor)
    assert reasons(committed) == [("recommended_discounts", "not_enough_points_for_voucher")]


def test_a_purchase_committed_as_quoted_earns_and_spends_what_the_quote_said() -> None:
    bill = a_bill(item("1001", 2), item("3002"), item("2001"), item("9001"))
    quote = price(bill, codes=("COFFEE2", "MUG100", "V-OK"), max_points=40)
    assert (quote.points_cost, quote.credit_points, quote.points_money) == (500, 40, 20)
    recap = {"credit_points": quote.credit_points,
             "vouchers": [{"code": d.code, "discount_value": d.value,
                           "bill_item_id": d.bill_item_id} for d in quote.vouchers],
             "recommended_discounts": [{"discount_code": d.code, "discount_value": d.value,
                                        "bill_item_id": d.bill_item_id} for d in quote.discounts]}
    plan = commit(a_bill(*bill["bill_items"], recap=recap))
    assert plan.earned == quote.earned == 20  # (59 + 119.20 + 45 − 20 paid in points) / 10
    assert plan.taken == (("p1", Decimal(100)), ("p2", Decimal(440)))  # 540 points, oldest first
    assert plan.voucher_codes == ("V-OK",) and plan.credit == 0


def test_amounts_are_exact_decimals_in_cents() -> None:
    quote = price(a_bill(item("3001")), codes=("BEANS15",))
    assert [d.value for d in quote.discounts] == [Decimal("43.35")]  # 15 % of 289
    assert all(isinstance(x, Decimal) for x in (quote.credit_points, quote.points_money,
                                                 quote.total_points, quote.total_credit))
    tiny = a_bill({**item("1002"), "price": Decimal("0.03"), "paid_amount": Decimal("0.025")})
    assert [d.value for d in price(tiny, codes=("V-OK",)).vouchers] == [Decimal("0.01")]  # 0.005


def test_points_are_taken_oldest_first() -> None:
    assert rules.take_points(RECORDS, Decimal(150)) == (("p1", Decimal(100)), ("p2", Decimal(50)))
    assert rules.take_points(RECORDS, Decimal(0)) == ()


# --- validity: one rule for the app and the sandbox (a date-only end covers its whole day) ------

LAST_DAY = "2030-06-30"  # a validity's end written as a date alone
THAT_EVENING, NEXT_MORNING = "2030-06-30 18:00:00", "2030-07-01 00:00:01"


def test_a_date_only_end_is_valid_all_that_day_in_the_rules() -> None:
    card = {"state": 1, "valid_from": "2030-01-01", "valid_to": LAST_DAY}
    voucher = {**VOUCHERS["V-OK"], "valid_to": LAST_DAY}
    record = {"state": 1, "valid_from": "2030-01-01 00:00:00", "valid_to": LAST_DAY}
    reward = {**REWARDS["BDAY20"], "reward_id": "rw", "reward_group": 1, "valid_to": LAST_DAY}
    hold = {"state": 1, "expiration": LAST_DAY}
    for now, valid in ((THAT_EVENING, True), (NEXT_MORNING, False)):
        assert rules.card_usable(card, now) is valid
        assert rules.voucher_valid(voucher, now) is valid
        assert rules.status_record_valid(record, now) is valid
        assert rules.reward_offered(reward, now, now) is valid
        assert rules.reservation_state(hold, now) == (1 if valid else 2)
    assert rules.voucher_cost(reward, available=Decimal(10**6), now=THAT_EVENING) >= 0
    with pytest.raises(rules.RuleError) as expired:
        rules.voucher_cost(reward, available=Decimal(10**6), now=NEXT_MORNING)
    assert reasons(expired) == [("reward_id", "reward_expired")]
    points = [{"available": 40.0, "valid_to": LAST_DAY}]
    assert rules.points_expiring(points, THAT_EVENING).next_amount == 40
    assert rules.points_expiring(points, NEXT_MORNING).next_amount == 0
    late = buyer(vouchers=(voucher,))
    assert rules.use_voucher("V-OK", voucher, REWARDS, late, THAT_EVENING, field="x")
    with pytest.raises(rules.RuleError) as too_late:
        rules.use_voucher("V-OK", voucher, REWARDS, late, NEXT_MORNING, field="x")
    assert reasons(too_late) == [("x", "voucher_expired")]


@pytest.mark.parametrize("text", [None, "", LAST_DAY, "2030-06-30 17:59:59", "2030-06-30 18:00:00",
                                  "2030-06-30T23:00:00", "2030-06-29", " 2030-06-30 "])
def test_the_stores_sql_ends_validities_as_the_app_does(text: str | None) -> None:
    now = datetime(2030, 6, 30, 18)
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute("CREATE TABLE t(valid_to TEXT)")
        db.execute("INSERT INTO t VALUES(?)", (text,))
        live, = db.execute(f"SELECT {not_ended_sql('valid_to')} FROM t", (THAT_EVENING,)).fetchone()
        lapsed, = db.execute(f"SELECT {ended_sql('valid_to')} FROM t", (THAT_EVENING,)).fetchone()
    assert bool(live) is not validity.ended(text, now)
    assert bool(lapsed) is validity.ended(text, now)


def test_points_valid_to_a_date_count_until_that_day_is_over() -> None:
    store = SandboxStore()
    try:
        with store.transaction() as db:
            db.execute("INSERT INTO points VALUES('po-last-day','cu-jana',100,100,"
                       "'2030-01-01 09:00:00',?,'test')", (LAST_DAY,))

        def at(moment: str) -> None:
            store.clock_offset = (datetime.fromisoformat(moment) - datetime.now()).total_seconds()

        def lapsed_today() -> list[dict[str, Any]]:
            return [h for h in store.point_history("cu-jana") if h["history_id"] == "px-po-last-day"]

        at(THAT_EVENING)
        assert "po-last-day" in {r["point_id"] for r in store.spendable_points("cu-jana")}
        evening = store.available_points("cu-jana")
        assert not lapsed_today()
        at(NEXT_MORNING)
        assert "po-last-day" not in {r["point_id"] for r in store.spendable_points("cu-jana")}
        assert store.available_points("cu-jana") == evening - 100
        (lapsed,) = lapsed_today()
        assert (lapsed["amount"], lapsed["created_at"]) == (-100, "2030-06-30 23:59:59")
    finally:
        store.close()
