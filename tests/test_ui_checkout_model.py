"""Every amount right, every time (issue 9): each defect a cashier met, driven as they did it."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from kiosk_app.app.outbox import SENT
from kiosk_app.ui.format import money
from tests.kiosk_driver import Kiosk

pytestmark = pytest.mark.usefixtures("english_after")  # see conftest


def _without_card(k: Kiosk) -> None:
    k.click(k.screen("card").no_card_button)
    k.wait_for("bill")


def _add_by_hand(k: Kiosk, name: str, price: str, quantity: str | None = None) -> None:
    bill = k.screen("bill")
    k.type_into(bill.manual_name, name)
    k.type_into(bill.manual_price, price)
    if quantity is not None:
        bill.manual_qty.clear()
        k.type_into(bill.manual_qty, quantity)
    k.click(bill.add_manual_button)


def _review(k: Kiosk) -> str:
    closure = k.screen("closure")
    return "\n".join(closure.review.item(i).text() for i in range(closure.review.count()))


def _confirm(k: Kiosk) -> None:
    closure = k.screen("closure")
    k.click(closure.confirm_button)  # waits until it is armed
    k.wait_for("done")


# --- 1. decimal comma -----------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "typed", "shown"), [
    ("cs", "35,50", "35,50"), ("sk", "35,50", "35,50"), ("de", "35,50", "35,50"),
    ("pl", "35,50", "35,50"), ("en", "35.50", "35.50"),
])
def test_a_price_typed_in_the_language_format_means_what_it_says(kiosk: Kiosk, lang, typed,
                                                                 shown) -> None:
    k = kiosk
    k.sign_in()
    k.pick_language(lang)
    _without_card(k)
    _add_by_hand(k, "Dort", typed, "2")
    k.wait(lambda: len(k.session.bill.lines) == 1)
    (line,) = k.session.bill.lines
    assert line.unit_price == Decimal("35.50") and line.total == Decimal("71.00")
    bill = k.screen("bill")
    assert shown in bill.lines.item(0, 2).text()
    assert "71" in bill.total.text() and "3550" not in bill.total.text().replace("\u00a0", "")


def test_a_typed_price_is_rewritten_on_a_language_switch_and_nonsense_is_refused(kiosk: Kiosk
                                                                                 ) -> None:
    k = kiosk
    k.sign_in()
    _without_card(k)
    bill = k.screen("bill")
    k.type_into(bill.manual_price, "35.50")
    k.pick_language("cs")
    k.wait(lambda: bill.manual_price.text() == "35,50")
    assert bill.manual_price.value() == Decimal("35.50")
    k.pick_language("de")
    bill.manual_price.clear()
    k.type_into(bill.manual_price, "35.50")  # a German group separator in the wrong place
    k.type_into(bill.manual_name, "Kuchen")
    k.click(bill.add_manual_button)
    k.wait(lambda: bool(bill.error.text()))
    assert k.session.bill.is_empty  # refused, not read as 3.550


def test_points_show_their_maximum_and_too_many_is_said_not_cut(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1002")  # Jana: 1,250 points
    closure = k.close_bill()
    assert "1,250" in closure.points_hint.text()
    k.wait(closure.confirm_button.isEnabled)
    k.type_into(closure.points, "5000")
    k.wait(lambda: closure.input_problem.isVisible())
    assert "1,250" in closure.input_problem.text()
    assert closure.points.text() == "5000"  # kept as typed, not silently cut to a maximum
    assert k.session.payment.max_points == 0
    assert not closure.confirm_button.isEnabled()


# --- 2. a quote belongs to exactly one state of the checkout ---------------------------------------


def test_the_previous_customers_quote_is_never_shown(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1002", "3001", card="3000000000014")  # Petr's gold card, 540 points
    closure = k.close_bill()
    k.type_into(closure.points, "400")
    k.wait(lambda: k.session.quote is not None and k.session.quote.points_paid == 400)
    _confirm(k)
    k.click(k.screen("done").new_button)
    k.wait_for("card")
    k.faults(drop_rate=1.0)  # CareCloud is gone
    _without_card(k)
    k.scan("1001")
    k.wait(lambda: len(k.session.bill.lines) == 1)
    closure = k.close_bill()
    k.wait(closure.unreachable.isVisible)
    review = _review(k)
    assert "59.00" in review and "Points" not in review and "Gold" not in review
    assert "281.65" not in closure.to_pay.text() and k.session.quote is None
    assert not closure.confirm_button.isEnabled()


def test_a_late_answer_for_an_older_bill_is_dropped(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1002")
    k.faults(latency_ms=600, path_filter="accept-payment")
    closure = k.close_bill()
    k.type_into(closure.points, "10")  # while the first quote is on its way
    k.wait(lambda: k.session.quote is not None)
    assert k.session.quote.points_paid == 10
    k.wait(closure.confirm_button.isEnabled)
    assert "pay CZK" in _review(k) and closure.shown is k.session.quote


# --- 3. a stray double tap never confirms -------------------------------------------------------------


def test_two_taps_on_close_bill_make_no_purchase(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1002")
    close_button = k.screen("bill").close_button
    k.wait(close_button.isEnabled)
    k.tap_at(close_button)
    k.wait_for("closure")
    k.qtbot.wait(250)
    assert k.session.quote is not None  # the quote is already there (< 250 ms)
    k.tap_at(close_button)  # the second tap, where Close bill was
    k.qtbot.wait(100)
    assert k.window.current_name == "closure"
    assert not k.outbox.all() and not k.purchases()
    closure = k.screen("closure")
    k.wait(closure.confirm_button.isEnabled)  # armed a moment later, for a deliberate tap
    _confirm(k)
    k.wait(lambda: len(k.purchases()) == 1)


# --- 4. done shows what was paid ----------------------------------------------------------------------


def test_done_shows_paid_discounts_points_and_new_balance(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1002", "3001")  # 79 + 289 = 368
    k.click(k.screen("bill").rewards_button)
    rewards = k.wait_for("rewards")
    k.type_into(rewards.voucher, "100200300")  # birthday 20 % off the dearest item
    k.click(rewards.add_voucher_button)
    k.wait(lambda: k.session.voucher_codes == ("100200300",))
    closure = k.close_bill()
    k.type_into(closure.points, "100")  # 100 points pay 50.00
    k.wait(lambda: k.session.quote is not None and k.session.quote.points_paid == 100)
    _confirm(k)
    done = k.screen("done")
    k.wait(lambda: k.session.receipt.delivered and k.session.receipt.new_balance is not None)
    receipt = k.session.receipt
    paid = Decimal(368) - Decimal("57.80") - Decimal(50)  # 20 % of 289, 100 points
    assert receipt.paid == paid
    assert money(paid, "CZK") in done.paid.text()
    details = done.details.text()
    assert "57.80" in details and "Points spent: 100" in details
    assert f"Points earned: {receipt.points_earned:.0f}" in details
    balance = k.sandbox.store.available_points("cu-jana")
    assert f"New balance: {balance:,.0f} points" in details
    assert "368" not in done.paid.text()


# --- 5. the customer panel is read again after every change to the account ----------------------------


def test_panel_is_read_again_after_a_sale_a_cancellation_and_a_validation(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1002")
    panel = k.window.panel
    k.click(panel.otp_button)
    otp = k.wait_for("otp")
    k.click(otp.send_button)
    k.wait(lambda: otp.request_id is not None)
    code = k.control.get("otp").json()["otps"][0]["code"]
    k.type_into(otp.code, code)
    k.click(otp.verify_button)
    k.wait_for("bill")
    assert panel.otp_button.isHidden() and "✓" in panel.phone.text()
    k.click(k.screen("bill").rewards_button)
    rewards = k.wait_for("rewards")
    k.type_into(rewards.voucher, "100200300")
    k.click(rewards.add_voucher_button)
    k.wait(lambda: k.session.voucher_codes == ("100200300",))
    k.close_bill()
    _confirm(k)
    vouchers = lambda: [panel.vouchers.item(i).text() for i in range(panel.vouchers.count())]  # noqa: E731
    k.wait(lambda: not any("100200300" in v for v in vouchers()))  # used: no longer valid
    after_sale = k.sandbox.store.available_points("cu-jana")
    assert after_sale > 1250
    k.wait(lambda: f"{after_sale:,.0f}" in panel.points.text())
    k.click(k.window.history_button)
    history = k.wait_for("history")
    k.wait(lambda: history.table.rowCount() == 1)
    history.table.selectRow(0)
    k.cancel_purchase("goods_returned")
    k.wait(lambda: "1,250" in panel.points.text())  # the cancellation gave it all back
    k.wait(lambda: any("100200300" in v for v in vouchers()))


# --- 6. vouchers are checked at once ------------------------------------------------------------------


@pytest.mark.parametrize(("code", "why"), [
    ("100200301", "expired"), ("100200302", "already been used"),
    ("100200310", "another customer"), ("999999999", "No product, voucher or card"),
])
def test_a_voucher_that_cannot_be_used_is_explained_at_once(kiosk: Kiosk, code, why) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1002", "3001")
    k.click(k.screen("bill").rewards_button)
    rewards = k.wait_for("rewards")
    k.scan(code)  # scanned on the rewards screen
    k.wait(lambda: why in rewards.error.text())
    assert k.session.voucher_codes == ()
    assert k.api_calls("/vouchers")[-1]["query"] == {"code": code, "count": "10", "offset": "0"}


def test_back_from_closure_returns_to_the_vouchers_and_money_never_shows_another_currency(
        kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1002")
    k.click(k.screen("bill").rewards_button)
    rewards = k.wait_for("rewards")
    k.click(rewards.next_button)
    closure = k.wait_for("closure")
    k.click(closure.back_button)
    k.wait_for("rewards")
    assert "GBP" not in money(Decimal(0), "") and "£" not in money(Decimal(0), "")


# --- 7. rewards say what they give and what they cost ----------------------------------------------


def test_rewards_show_their_effect_and_cost_and_points_spent_reach_every_total(kiosk: Kiosk
                                                                              ) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("3001")  # coffee beans: BEANS15 costs 200 points
    k.click(k.screen("bill").rewards_button)
    rewards = k.wait_for("rewards")
    k.wait(lambda: rewards.card("BEANS15") is not None)
    card = rewards.card("BEANS15")
    assert card.name.text() == "15% off coffee beans"
    assert "15% off one bag" in card.effect.text()
    assert card.cost.text() == "200 points"
    assert "200 points" in card.accessibleDescription()
    k.click(card.plus)
    assert card.applied.text() == "Applied 1×" and not card.plus.isEnabled()
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)
    assert "Points used: 200 (for rewards)" in _review(k)
    _confirm(k)
    assert "Points spent: 200" in k.screen("done").details.text()


# --- 8. discounts that make no sense are refused -----------------------------------------------------


@pytest.mark.parametrize("answer", [
    {"recommended_discounts": [{"bill_item_id": "1", "discount_code": "X",
                                "discount_value": 500.0}], "credit_points": 0},
    {"recommended_discounts": [{"bill_item_id": "1", "discount_code": "X",
                                "discount_value": -50.0}]},
    {"credit_points": 100.0, "price_of_credit_points": 900.0},
], ids=["more-than-the-bill", "negative", "points-pay-more-than-the-bill"])
def test_a_quote_that_does_not_add_up_is_never_shown_or_sent(kiosk: Kiosk, spec_checker,
                                                             answer) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1002")
    k.faults(answer={"data": answer}, path_filter="accept-payment")
    closure = k.close_bill()
    k.wait(lambda: "does not add up" in closure.error.text()
           or "unexpected" in closure.error.text())
    k.qtbot.wait(900)
    assert k.session.quote is None and not closure.confirm_button.isEnabled()
    assert "To pay" not in closure.to_pay.text()
    k.clear_faults()
    k.click(closure.retry_button)
    k.wait(closure.confirm_button.isEnabled)
    assert k.session.quote.to_pay == Decimal(79)
    assert not k.outbox.all()


# --- 9. payment_time is the moment of confirmation ---------------------------------------------------


def test_payment_time_is_when_the_cashier_confirms(kiosk: Kiosk) -> None:
    k = kiosk
    now = [datetime.now().replace(microsecond=0)]
    k.visit.clock = lambda: now[0]
    k.sign_in()
    k.ring_up("1002")
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)
    quoted_at = k.session.quote.bill.payment_time
    now[0] += timedelta(minutes=5)  # the customer looks for their wallet
    _confirm(k)
    (entry,) = k.outbox.all()
    assert entry.request.bill.payment_time == (now[0]).strftime("%Y-%m-%d %H:%M:%S")
    assert entry.request.bill.payment_time != quoted_at


# --- 10. the online indicator follows every call ---------------------------------------------------------


def test_online_indicator_follows_every_call(kiosk: Kiosk) -> None:
    k = kiosk
    k.wait(lambda: "Online" in k.window.online_label.text())  # before any purchase
    k.sign_in()
    k.faults(drop_rate=1.0)
    k.scan("2000000000015")
    card = k.screen("card")
    k.wait(lambda: "reach" in card.error.text())
    k.wait(lambda: "Offline" in k.window.online_label.text())
    k.clear_faults()
    k.wait(lambda: "Online" in k.window.online_label.text())  # noticed by itself


# --- selling when CareCloud is out of reach ---------------------------------------------------------------


def test_a_sale_without_loyalty_benefits_earns_points_when_delivered(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1002", "1002")  # Jana
    k.faults(drop_rate=1.0)
    closure = k.close_bill()
    k.wait(closure.unreachable.isVisible)
    k.click(closure.offline_button)
    k.wait(closure.offline_label.isVisible)
    assert "WITHOUT LOYALTY BENEFITS" in closure.offline_label.text()
    assert money(Decimal(158), "CZK") in closure.to_pay.text()
    _confirm(k)
    done = k.screen("done")
    assert "without loyalty benefits" in done.details.text()
    (entry,) = k.outbox.all()
    assert entry.request.card_number == "2000000000015"
    assert entry.request.bill.payment_recap is None and entry.request.bill.total_price == 158
    k.clear_faults()
    k.wait(lambda: k.outbox.get(entry.bill_id).state == SENT)
    assert k.sandbox.store.available_points("cu-jana") == 1250 + 15  # 1 point per 10 CZK
    assert len(k.purchases()) == 1


def test_the_quote_is_asked_again_by_itself_when_carecloud_answers(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1002")
    k.faults(drop_rate=1.0)
    closure = k.close_bill()
    k.wait(closure.unreachable.isVisible)
    k.click(closure.offline_button)
    k.wait(lambda: k.session.quote is not None and k.session.quote.offline)
    k.clear_faults()
    k.wait(lambda: k.session.quote is not None and not k.session.quote.offline)
    k.wait(closure.confirm_button.isEnabled)
    assert closure.offline_label.isHidden() and closure.unreachable.isHidden()


def test_a_card_that_cannot_be_checked_still_earns_its_points(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    _without_card(k)  # the till has been selling: its quick picks are known
    k.wait(lambda: k.screen("bill").products.count() == 8)
    k.click(k.window.new_button)
    k.wait_for("card")
    k.faults(drop_rate=1.0)
    k.scan("2000000000015")
    card = k.screen("card")
    k.wait(card.unchecked_button.isVisible)
    k.click(card.unchecked_button)
    k.wait_for("bill")
    assert "not checked" in k.window.panel.name.text()
    k.scan("1002")
    k.wait(lambda: len(k.session.bill.lines) == 1)
    closure = k.close_bill()
    k.wait(closure.unreachable.isVisible)
    k.click(closure.offline_button)
    _confirm(k)
    k.clear_faults()
    k.wait(lambda: len(k.purchases()) == 1)
    assert k.purchases()[0]["card_number"] == "2000000000015"
    k.wait(lambda: k.sandbox.store.available_points("cu-jana") == 1250 + 7)
