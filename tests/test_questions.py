"""What the window asks and says belongs to the moment: a question's answers are readable
whole on a 1024-pixel screen in every language, a question about a sale that has moved on
goes, and an error said on a screen (or in another language) does not stay behind."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication

from tests.kiosk_driver import Kiosk

if TYPE_CHECKING:
    from kiosk_app.ui.dialogs import Question

JANA, PETR = "2000000000015", "2000000000022"


def _question(k: Kiosk) -> Question | None:
    box = k.window.question_box
    return box if box is not None and box.isVisible() else None


@pytest.mark.parametrize("language", ["en", "cs", "de", "pl", "sk"])
def test_every_answer_of_the_move_bill_question_is_readable_whole_at_1024(
        kiosk: Kiosk, language: str) -> None:
    k = kiosk
    k.window.resize(1024, 768)
    k.sign_in()
    k.pick_language(language)
    k.ring_up("1001", card=JANA)
    k.scan(PETR)
    k.wait(lambda: _question(k) is not None)
    box = _question(k)
    QApplication.processEvents()
    window = k.window.frameGeometry()
    assert window.contains(box.frameGeometry()), (box.frameGeometry(), window)
    for answer in box.buttons():
        assert answer.isVisible()
        # a button narrower than its text clips it: "Move the bill to F"
        assert answer.width() >= answer.sizeHint().width(), (answer.text(), answer.width())
        assert box.rect().contains(answer.geometry())
    assert ".." not in box.text()  # "N." ended a sentence: no double stop


def test_a_new_bill_for_the_other_customer_says_it_discards_this_one(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001", card=JANA)
    k.scan(PETR)
    k.wait(lambda: _question(k) is not None)
    (fresh,) = [b for b in _question(k).buttons() if "new one for" in b.text()]
    assert fresh.text() == "Discard this bill, new one for Petr S."
    k.click(fresh)
    k.wait(lambda: k.session.card_number == PETR)
    assert k.session.bill.is_empty  # as it said


def test_esc_answers_the_safe_way(kiosk: Kiosk) -> None:
    from PySide6.QtCore import Qt

    k = kiosk
    k.sign_in()
    k.ring_up("1001", card=JANA)
    k.click(k.window.new_button)
    k.wait(lambda: _question(k) is not None)
    k.qtbot.keyClick(_question(k), Qt.Key.Key_Escape)
    k.wait(lambda: _question(k) is None)
    assert k.session.card_number == JANA and len(k.session.bill.lines) == 1


def _sell(k: Kiosk, code: str) -> str:
    """One sale of `code` to whoever is at the till; its receipt's claim code."""
    k.scan(code)
    k.wait(lambda: len(k.session.bill.lines) == 1)
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)
    k.click(closure.confirm_button)
    done = k.wait_for("done")
    k.wait(lambda: k.session.receipt is not None and k.session.receipt.delivered)
    return done.doc().claim


def test_a_claim_question_goes_when_the_next_sale_starts(kiosk: Kiosk) -> None:
    """Jana's sale is done, and the receipt of an earlier sale without a card is scanned:
    "Give the points of that purchase to Jana?". Before anyone answers, the next customer's
    item is scanned: a new bill, without Jana. The question about her goes: answered now
    it would no longer be about the customer it names."""
    k = kiosk
    k.sign_in()
    k.click(k.wait_for("card").no_card_button)
    k.wait_for("bill")
    code = _sell(k, "3001")
    k.click(k.window.new_button)
    k.identify(JANA)
    _sell(k, "1001")
    k.scan(code)
    k.wait(lambda: _question(k) is not None)
    box = _question(k)
    assert "Jana" in box.text()
    k.scan("1002", target=box)
    k.wait(lambda: [line.plu_code for line in k.session.bill.lines] == ["1002"])
    k.wait(lambda: not box.isVisible())
    assert k.session.customer is None
    bill_id = code.split(":")[2]
    assert not [p for p in k.sandbox.store.purchases()
                if p["bill_id"] == bill_id and p["customer_id"]]


def test_an_error_stays_on_its_screen_and_goes_when_the_cashier_moves_on(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001", card=JANA)
    bill = k.screen("bill")
    k.scan("NOSUCH42")
    k.wait(lambda: "NOSUCH42" in bill.error.text() and bill.error.isVisible())
    k.click(bill.close_button)
    closure = k.wait_for("closure")
    assert not closure.error.isVisible()
    k.click(closure.back_button)
    k.wait_for("bill")
    assert not bill.error.isVisible() and bill.error.text() == ""


def test_an_error_said_in_english_goes_when_the_language_changes(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001", card=JANA)
    bill = k.screen("bill")
    k.scan("NOSUCH42")
    k.wait(lambda: "No product" in bill.error.text())
    k.pick_language("cs")
    k.wait(lambda: bill.close_button.text() != "Close bill")  # the screen speaks Czech now
    assert "No product" not in bill.error.text() and not bill.error.isVisible()
