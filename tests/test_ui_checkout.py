"""The counter flow driven like a cashier against the real sandbox over loopback."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import Qt, QTimer

from kiosk_app.ui.main_window import MainWindow
from tests.helpers import D
from tests.kiosk_driver import Kiosk


def test_full_checkout(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.identify("2000000000015")
    assert k.window.panel.name.text() == "Jana Nováková"
    assert "1" in k.window.panel.points.text() and k.window.panel.vouchers.count() == 1

    # OTP: send to the phone on file, type the code on the keypad
    k.click(k.window.panel.otp_button)
    otp = k.wait_for("otp")
    k.click(otp.send_button)
    k.wait(lambda: otp.request_id is not None)
    code = k.control.get("otp", params={"recipient": "420601111222"}).json()["otps"][0]["code"]
    for digit in code:
        k.click(otp.keypad.buttons[digit])
    assert otp.code.text() == code
    k.click(otp.verify_button)
    k.wait_for("bill")
    assert k.session.phone_validated and "✓" in k.window.panel.phone.text()

    # bill: scanned PLUs, a product from the list, an item by hand
    bill = k.screen("bill")
    k.scan("1001")
    k.scan("1001")
    k.wait(lambda: bill.lines.rowCount() == 1 and k.session.bill.lines[0].quantity == 2)
    k.wait(lambda: bill.products.count() == 8)  # the till's quick picks
    cappuccino = next(bill.products.item(i) for i in range(bill.products.count())
                      if bill.products.item(i).text().startswith("1002"))
    bill.products.scrollToItem(cappuccino)
    rect = bill.products.visualItemRect(cappuccino)
    k.qtbot.mouseClick(bill.products.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    k.wait(lambda: bill.lines.rowCount() == 2)
    k.type_into(bill.manual_name, "Gift wrap")
    k.type_into(bill.manual_price, "30")
    k.click(bill.add_manual_button)
    k.wait(lambda: bill.lines.rowCount() == 3)
    assert k.session.bill.total == 59 * 2 + 79 + 30

    # rewards: second coffee free, the birthday voucher typed in
    k.click(bill.rewards_button)
    rewards = k.wait_for("rewards")
    card = k.tap_reward("COFFEE2")
    assert card.count == 1 and k.session.rewards["COFFEE2"] == 1
    k.type_into(rewards.voucher, "100200300")
    k.click(rewards.add_voucher_button)
    k.wait(lambda: k.session.benefit_codes == ["COFFEE2", "100200300"])  # checked, then added

    # closure: 100 points, live quote, confirm
    k.click(rewards.next_button)
    closure = k.wait_for("closure")
    k.wait(closure.confirm_button.isEnabled)
    k.type_into(closure.points, "100")
    k.wait(lambda: k.session.quote is not None and k.session.quote.points_paid == 100
           and closure.confirm_button.isEnabled())
    quote = k.session.quote.answer
    assert {d.discount_code for d in quote.recommended_discounts} == {"COFFEE2"}
    assert [v.code for v in quote.vouchers] == ["100200300"]
    assert closure.messages.count() >= 1
    k.click(closure.confirm_button)
    done = k.wait_for("done")
    k.wait(lambda: k.session.receipt.delivered
           and k.session.receipt.purchase_id in done.details.text())
    receipt = k.session.receipt

    # what the server received
    (purchase,) = k.sandbox.store.purchases()
    bill_sent = purchase["request"]["bill"]
    discounts = D(59) + D("0.2") * 79  # espresso free, 20 % off the dearest unit (cappuccino)
    assert D(purchase["total_price"]) == 59 * 2 + 79 + 30 - discounts
    assert sum(D(i["paid_amount"]) for i in bill_sent["bill_items"]) == D(purchase["total_price"])
    assert bill_sent["payment_recap"]["credit_points"] == 100
    state = k.sandbox.store.customer_state("cu-jana")
    assert state["available_points"] == 1250 - 100 + quote.credit_points_of_this_transaction
    assert receipt.new_balance == state["available_points"]
    used = {v["code"]: v["applied_date"] for v in state["vouchers"]}
    assert used["100200300"] is not None

    # new customer clears everything
    k.click(done.new_button)
    k.wait_for("card")
    assert k.session.customer is None and k.session.bill.is_empty and not k.session.rewards
    assert not k.window.panel.isVisible()


def test_blocked_unknown_expired_and_free_cards(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    card = k.screen("card")
    for number, words in (("2000000000039", "blocked"), ("2000000000121", "not known"),
                          ("2000000000046", "expired"), ("2000000000053", "not valid yet")):
        k.scan(number)
        k.wait(lambda w=words: w in card.error.text())
        assert k.window.current_name == "card" and k.session.customer is None

    k.click(card.keypad.buttons["clear"])
    k.type_into(card.number, "2000000000084")
    k.click(card.check_button)
    k.wait(lambda: "no customer" in card.error.text())
    k.wait(card.assign_button.isVisible)
    k.click(card.assign_button)
    lookup = k.wait_for("lookup")
    k.type_into(lookup.email, "zofia.kowalska@example.com")
    k.click(lookup.search_button)
    k.wait(lambda: lookup.results.count() == 1)
    assert "zofia.kowalska" not in lookup.results.item(0).text()  # masked until picked
    k.click(lookup.pick_button)
    k.wait_for("bill")
    assert k.window.panel.name.text() == "Zofia Kowalska"
    assert k.sandbox.store.cards(card_number="2000000000084")[0]["customer_id"] == "cu-zofia"


def test_lookup_by_name_lists_masked_matches(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.click(k.screen("card").lookup_button)
    lookup = k.wait_for("lookup")
    k.type_into(lookup.first_name, "jana")
    k.type_into(lookup.last_name, "novakova")
    k.click(lookup.search_button)
    k.wait(lambda: lookup.results.count() == 2)
    texts = [lookup.results.item(i).text() for i in range(2)]
    assert all("Jana N." in t and "j***@e***.com" in t and "novakova" not in t for t in texts)
    assert "2" in lookup.count_label.text()


def test_wrong_otp_is_explained(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.identify()
    k.click(k.window.panel.otp_button)
    otp = k.wait_for("otp")
    k.click(otp.send_button)
    k.wait(lambda: otp.request_id is not None)
    code = k.control.get("otp").json()["otps"][0]["code"]
    k.type_into(otp.code, "999999" if code != "999999" else "111111")
    k.click(otp.verify_button)
    k.wait(lambda: "wrong" in otp.error.text())
    assert not k.session.phone_validated
    k.wait(lambda: "again" in otp.send_button.text() and otp.send_button.isEnabled())
    k.control.post("clock", json={"advance_seconds": 3700})
    otp.code.clear()
    k.type_into(otp.code, code)
    k.click(otp.verify_button)
    k.wait(lambda: "expired" in otp.error.text())


def test_expired_voucher_is_explained_at_once(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001")
    k.click(k.screen("bill").rewards_button)
    rewards = k.wait_for("rewards")
    k.type_into(rewards.voucher, "100200301")
    k.click(rewards.add_voucher_button)
    k.wait(lambda: "expired" in rewards.error.text())
    assert k.session.voucher_codes == ()


def test_503_during_the_quote_then_recovery(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1002")
    k.control.post("faults", json={"error_rates": {"503": 1.0},
                                   "path_filter": "accept-payment"})
    closure = k.close_bill()
    k.wait(lambda: "busy" in closure.error.text() and closure.unreachable.isVisible())
    assert not closure.confirm_button.isEnabled()
    k.control.delete("faults")
    k.wait(closure.confirm_button.isEnabled)  # asked again by itself, no tap needed
    assert closure.error.isHidden() and k.session.quote.to_pay == 79


def test_slow_server_keeps_the_ui_responsive(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1002")
    k.control.post("faults", json={"latency_ms": 1000})
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    closure = k.close_bill()
    assert closure.busy and closure.busy_label.isVisible()
    k.wait(closure.confirm_button.isEnabled)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 50 and max(gaps) < 0.25  # the loop kept turning during a 1 s call
    assert not closure.busy_label.isVisible()


def test_double_click_on_confirm_sends_one_purchase(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1002")
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)
    k.control.post("faults", json={"latency_ms": 300, "path_filter": "send-purchase"})
    k.qtbot.mouseDClick(closure.confirm_button, Qt.MouseButton.LeftButton)
    k.qtbot.mouseClick(closure.confirm_button, Qt.MouseButton.LeftButton)
    k.wait_for("done")
    k.wait(lambda: k.session.receipt is not None and k.session.receipt.delivered)
    assert len(k.outbox.all()) == 1
    assert len(k.api_calls("/purchases/actions/send-purchase")) == 1
    assert len(k.sandbox.store.purchases()) == 1


def test_scanner_burst_lands_as_one_clean_card_number(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.click(k.screen("card").lookup_button)
    lookup = k.wait_for("lookup")
    lookup.email.setFocus()
    k.scan("\x02]E02000000000015\x03", target=lookup.email)  # STX, AIM id, ETX around it
    k.wait_for("bill")
    assert lookup.email.text() == ""
    assert k.session.card_number == "2000000000015"
    assert k.window.panel.name.text() == "Jana Nováková"


def test_scan_to_customer_needs_two_sequential_round_trips(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.control.post("faults", json={"latency_ms": 150})
    k.sandbox.requests.clear()
    k.identify("2000000000022")
    arrivals = [(r["path"], r["at"]) for r in k.sandbox.requests]
    assert arrivals[0][0] == "/cards"
    together = {"/customers/cu-petr", "/wallet/actions/points-overview",
                "/customers/cu-petr/vouchers", "/customers/cu-petr/status-records",
                "/statuses"}  # the status and its names come with the rest
    n = len(together)
    shown_with = {path for path, _ in arrivals[1:1 + n]}
    assert shown_with == together
    rest = [at for _, at in arrivals[1:1 + n]]
    assert max(rest) - min(rest) < 0.1  # sent together: one more round trip, not three
    assert rest[0] - arrivals[0][1] >= 0.15
    # the customer's other cards follow for the panel, once the customer is shown
    k.wait(lambda: k.window.panel.cards.count() == 2)
    (cards,) = k.api_calls("/customers/cu-petr/cards")
    assert cards["at"] - rest[0] >= 0.15  # after the three answered, not on their way


def test_typing_is_not_mistaken_for_a_scan(kiosk: Kiosk, qtbot) -> None:
    k = kiosk
    k.sign_in()
    card = k.screen("card")
    card.number.setFocus()
    for ch in "2000000000015":  # a person typing: tens of ms between keys
        qtbot.keyClick(card.number, ch)
        qtbot.wait(60)
    assert card.number.text() == "2000000000015"
    assert k.window.current_name == "card" and k.session.customer is None


def test_sign_in_errors_are_explained(kiosk: Kiosk) -> None:
    k = kiosk
    screen = k.wait_for("sign_in")
    k.type_into(screen.login, "cashier")
    k.type_into(screen.password, "wrong")
    k.click(screen.sign_in_button)
    k.wait(lambda: "Wrong user name or password" in screen.error.text())
    assert screen.password.text() == "" and not screen.start_button.isEnabled()
    k.scan("2000000000015")
    k.wait(lambda: "Sign in first" in screen.error.text())


def test_esc_goes_back_and_unexpected_errors_reach_a_dialog(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.click(k.screen("card").lookup_button)
    k.wait_for("lookup")
    k.qtbot.keyClick(k.window, Qt.Key.Key_Escape)
    k.wait_for("card")
    window: MainWindow = k.window
    window.show_unexpected(RuntimeError("boom"))
    k.wait(lambda: window.error_dialog is not None and window.error_dialog.isVisible())
    assert "RuntimeError" in window.error_dialog.text()
    window.error_dialog.close()
    assert not window.error_dialog.isVisible()


def test_enter_confirms_and_keypad_types_the_phone(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.click(k.screen("card").lookup_button)
    lookup = k.wait_for("lookup")
    for digit in "420601111222":
        k.click(lookup.keypad.buttons[digit])
    assert lookup.phone.text() == "420601111222"
    lookup.search_button.setFocus()
    k.qtbot.keyClick(lookup.search_button, Qt.Key.Key_Return)
    k.wait(lambda: lookup.results.count() == 1)
    k.qtbot.keyClick(lookup.results, Qt.Key.Key_Return)  # activates the picked customer
    k.wait_for("bill")
    assert k.window.panel.name.text() == "Jana Nováková"


def test_about_box_shows_the_version_from_the_package_metadata(kiosk: Kiosk) -> None:
    from importlib.metadata import version

    from kiosk_app import __version__

    assert __version__ == version("kiosk-app")
    k = kiosk
    k.sign_in()
    k.click(k.window.display_button)
    k.click(k.window.display_button.buttons["about"])
    k.wait(lambda: k.window.about_box.isVisible())
    assert __version__ in k.window.about_box.text()
    k.window.about_box.close()


def test_scanner_prefix_and_suffix_are_stripped(qapp) -> None:
    from kiosk_app.domain.codes import clean_scan
    from kiosk_app.ui.scanner import ScannerFilter

    assert clean_scan("#2000000000015*", prefix="#", suffix="*") == "2000000000015"
    assert clean_scan("]C12000000000015") == "2000000000015"
    assert clean_scan("\x02\x03") == ""
    scanner = ScannerFilter(prefix="#", suffix="*")
    assert (scanner.prefix, scanner.suffix) == ("#", "*")
