"""One meaning for a scan, decided once and applied on every screen (the counter and the
kiosk), driven with real scanner key sequences."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from tests.kiosk_driver import Kiosk

JANA, PETR = "2000000000015", "2000000000022"


def _question(k: Kiosk) -> Any:
    """The question the window asks now, if any."""
    return k.question()


def _answer(k: Kiosk, words: str) -> None:
    box = _question(k)
    assert box is not None
    (chosen,) = [b for b in box.buttons() if words in b.text()]
    k.click(chosen)


def test_a_card_scanned_on_the_bill_asks_to_move_the_bill_to_that_customer(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001", card=JANA)
    k.scan(PETR)
    k.wait(lambda: _question(k) is not None)
    box = _question(k)
    assert "Petr S." in box.text() and "No product" not in k.window.current.error.text()
    assert k.session.card_number == JANA  # nothing moved before the cashier says so
    _answer(k, "Move the bill")
    k.wait(lambda: k.session.card_number == PETR)
    assert [line.plu_code for line in k.session.bill.lines] == ["1001"]
    assert k.window.current_name == "bill"


def test_a_card_scanned_on_history_with_an_open_bill_never_moves_it_silently(kiosk: Kiosk
                                                                            ) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001", card=JANA)
    k.click(k.window.history_button)
    k.wait_for("history")
    k.scan(PETR)
    k.wait(lambda: _question(k) is not None)
    assert k.session.card_number == JANA
    _answer(k, "Keep")
    k.wait(lambda: _question(k) is None)
    assert k.session.card_number == JANA and len(k.session.bill.lines) == 1


def test_a_voucher_scanned_on_the_bill_goes_onto_the_bills_vouchers(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001", card=JANA)
    k.scan("100200300")  # Jana's birthday voucher
    k.wait(lambda: "100200300" in k.session.voucher_codes)
    assert "No product" not in k.window.current.error.text()


def test_a_plu_scanned_on_the_card_screen_starts_the_bill(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.wait_for("card")
    k.scan("1002")
    k.wait_for("bill")
    k.wait(lambda: [line.plu_code for line in k.session.bill.lines] == ["1002"])
    k.scan(JANA)  # and the card after the first item: the same bill, now Jana's
    k.wait(lambda: k.session.card_number == JANA)
    assert [line.plu_code for line in k.session.bill.lines] == ["1002"]


def test_a_plu_scanned_on_close_bill_adds_the_item_and_shows_the_bill(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001", card=JANA)
    k.close_bill()
    k.scan("2001")
    k.wait_for("bill")
    k.wait(lambda: sorted(line.plu_code for line in k.session.bill.lines) == ["1001", "2001"])
    assert "not known" not in k.window.current.error.text()


def test_a_receipt_claim_code_on_the_bill_offers_the_claim(kiosk: Kiosk) -> None:
    """A sale made without the card, then its receipt's QR (CCBILL:…) scanned when the
    customer is at the till: the cashier is asked, then the points are theirs."""
    k = kiosk
    k.sign_in()
    k.click(k.wait_for("card").no_card_button)
    k.wait_for("bill")
    k.scan("3001")
    k.wait(lambda: len(k.session.bill.lines) == 1)
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)
    k.click(closure.confirm_button)
    done = k.wait_for("done")
    k.wait(lambda: k.session.receipt is not None and k.session.receipt.delivered)
    code = done.doc().claim
    assert code.startswith("CCBILL:")
    k.click(k.window.new_button)
    k.identify(JANA)
    k.scan(code)
    k.wait(lambda: _question(k) is not None)
    assert "Jana" in _question(k).text()
    _answer(k, "Give the points")
    bill_id = code.split(":")[2]
    k.wait(lambda: any(p["bill_id"] == bill_id and p["customer_id"] == "cu-jana"
                       for p in k.sandbox.store.purchases()))


def test_a_gift_card_at_the_kiosk_shows_its_balance_over_the_members_home(
        kiosk_window: Kiosk) -> None:
    k = kiosk_window
    k.click(k.screen("attract").language_buttons["cs"])
    k.scan(JANA)
    home = k.wait_for("home")
    k.wait(lambda: home.title.text() == "Dobrý den, Jana" or "Jana" in home.title.text())
    title = home.title.text()
    k.scan("900100201")
    k.wait(lambda: any("900100201" in w.text() for w in _labels(k.window)))
    assert k.window.current_name == "home" and home.title.text() == title  # Jana stays
    assert k.window.languages.current == "cs"
    k.click(home.points_button)  # her buttons still lead to her, not to the attract screen
    k.wait_for("points")


def _labels(root: QWidget) -> list[QLabel]:
    return [w for w in root.findChildren(QLabel) if w.isVisible()]
