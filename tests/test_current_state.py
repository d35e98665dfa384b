"""A screen shows only what belongs to the current state: while an answer is pending it
shows a loading state, never the previous customer's figures; leaving a visit (or starting
a new customer) clears everything it showed."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from tests.kiosk_driver import Kiosk

JANA, PETR = "2000000000015", "2000000000022"


def _shown_texts(root: QWidget) -> str:
    parts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
    return "\n".join(parts)


def _review(closure: object) -> list[str]:
    review = closure.review  # type: ignore[attr-defined]
    return [review.item(i).text() for i in range(review.count())]


def test_close_bill_never_shows_the_previous_customers_quote_while_the_new_one_loads(
        kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001", "3001", card=JANA)
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)
    k.type_into(closure.points, "100")
    k.wait(lambda: k.session.quote is not None and k.session.quote.points_paid == 100
           and closure.confirm_button.isEnabled())
    old_to_pay = closure.to_pay.text()
    k.click(closure.confirm_button)
    k.wait_for("done")
    k.wait(lambda: k.session.receipt is not None and k.session.receipt.delivered)
    k.click(k.window.new_button)
    k.identify(PETR)
    k.scan("1001")
    k.wait(lambda: len(k.session.bill.lines) == 1)
    k.faults(latency_ms=2500, path_filter="accept-payment")
    closure = k.close_bill()
    shown = "\n".join(_review(closure))
    assert "Points used" not in shown and "balance after" not in shown, shown
    assert closure.to_pay.text() != old_to_pay
    assert not closure.confirm_button.isEnabled()
    k.clear_faults()
    k.wait(closure.confirm_button.isEnabled)
    assert k.session.quote.subtotal == 59


def test_a_gift_card_check_is_gone_for_the_next_person_at_the_kiosk(kiosk_window: Kiosk
                                                                   ) -> None:
    k = kiosk_window
    k.click(k.screen("attract").start_button)
    identify = k.wait_for("identify")
    k.scan("900100201")
    k.wait(lambda: "900100201" in _shown_texts(k.window))
    k.click(identify.back_button)
    k.wait_for("attract")
    k.click(k.screen("attract").start_button)
    k.wait_for("identify")
    assert "900100201" not in _shown_texts(k.window)
    assert "Gift card" not in _shown_texts(k.window)


def test_an_offline_error_of_the_last_visit_is_gone_for_the_next_person(kiosk_window: Kiosk
                                                                       ) -> None:
    k = kiosk_window
    k.click(k.screen("attract").start_button)
    identify = k.wait_for("identify")
    k.faults(error_rates={"503": 1.0})
    k.scan(JANA)
    k.wait(lambda: identify.error.isVisible() and bool(identify.error.text()))
    k.clear_faults()
    k.click(identify.back_button)
    k.wait_for("attract")
    k.click(k.screen("attract").start_button)
    identify = k.wait_for("identify")
    assert not identify.error.isVisible()


def _ask_new_customer(k: Kiosk) -> None:
    """New customer, confirming the question when a sale is open."""
    k.click(k.window.new_button)
    box = k.question()
    if box is not None:
        (discard,) = [b for b in box.buttons() if "discard" in b.text()]
        k.click(discard)
    k.wait_for("card")


def test_new_customer_forgets_the_card_field_and_the_assign_mode(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    card = k.wait_for("card")
    k.type_into(card.number, "2000000000084")  # a free card: assign mode
    k.click(card.check_button)
    k.wait(card.assign_button.isVisible)
    _ask_new_customer(k)
    assert card.number.text() == ""
    assert not card.assign_button.isVisible() and not card.error.isVisible()
    k.type_into(card.number, "2000000000039")  # blocked: the number and the error stay…
    k.click(card.check_button)
    k.wait(lambda: "blocked" in card.error.text())
    _ask_new_customer(k)
    assert card.number.text() == "" and not card.error.isVisible()  # …until New customer


def test_new_customer_forgets_the_lookup_form_and_its_results(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.click(k.wait_for("card").lookup_button)
    lookup = k.wait_for("lookup")
    k.type_into(lookup.first_name, "Jana")
    k.type_into(lookup.last_name, "Nováková")  # typed with its accents
    k.click(lookup.search_button)
    k.wait(lambda: lookup.results.count() == 2)
    assert lookup.count_label.text()
    _ask_new_customer(k)
    k.click(k.screen("card").lookup_button)
    k.wait_for("lookup")
    assert [f.text() for f in lookup.fields] == [""] * 5
    assert lookup.results.count() == 0 and lookup.count_label.text() == ""


def test_new_customer_forgets_the_product_search_and_an_old_error(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001", card=JANA)
    bill = k.screen("bill")
    k.type_into(bill.plu, "99999")
    k.click(bill.add_plu_button)
    k.wait(lambda: "99999" in bill.error.text())
    k.type_into(bill.search, "Esp")
    _ask_new_customer(k)
    k.click(k.screen("card").no_card_button)
    k.wait_for("bill")
    assert bill.search.text() == "" and bill.plu.text() == ""
    assert not bill.error.isVisible()


def test_new_customer_mid_sale_asks_before_discarding_the_bill(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001", card=JANA)
    k.click(k.window.new_button)
    box = k.question()
    assert box is not None, "New customer with an open bill asks first"
    assert len(k.session.bill.lines) == 1 and k.session.card_number == JANA
    (keep,) = [b for b in box.buttons() if "Keep" in b.text()]
    k.click(keep)
    assert k.window.current_name == "bill" and len(k.session.bill.lines) == 1
