"""Switching the language mid-checkout; the customer's language (pseudo-localised screens are
measured in test_ui_touch)."""

from __future__ import annotations

import pytest

from tests.kiosk_driver import Kiosk

pytestmark = pytest.mark.usefixtures("english_after")  # see conftest


def _pick(k: Kiosk, code: str) -> None:
    k.pick_language(code)


def test_switch_language_mid_checkout_keeps_everything(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.identify("2000000000015")
    k.scan("1001")
    k.scan("1001")
    k.wait(lambda: not k.session.bill.is_empty and k.session.bill.lines[0].quantity == 2)
    k.click(k.screen("bill").rewards_button)
    rewards = k.wait_for("rewards")
    card = k.tap_reward("COFFEE2")
    assert card.name.text() == "Second coffee free"
    k.type_into(rewards.voucher, "100200")  # typed, not added yet

    english = {name: screen.title.text() for name, screen in k.window.screens.items()}
    sent_before = len(k.sandbox.requests)
    _pick(k, "cs")
    k.wait(lambda: rewards.title.text() == "Odměny")  # Qt posts LanguageChange to every widget

    # every screen's texts changed at once
    for name, screen in k.window.screens.items():
        assert screen.title.text() != english[name], name
    assert rewards.title.text() == "Odměny"
    assert k.window.new_button.accessibleName() == "Nový zákazník"  # its text, or its icon
    # the checkout survived, typed input included
    assert k.session.customer is not None and k.session.customer.customer_id == "cu-jana"
    assert k.session.bill.lines[0].quantity == 2 and k.session.rewards["COFFEE2"] == 1
    assert rewards.voucher.text() == "100200"
    # server texts come again in Czech, asked with the new Accept-Language
    k.wait(lambda: rewards.card("COFFEE2") is not None
           and rewards.card("COFFEE2").name.text() == "Druhá káva zdarma")
    later = list(k.sandbox.requests)[sent_before:]
    assert later and all(r["accept_language"].startswith("cs") for r in later)
    k.wait(lambda: "Narozeninová sleva 20 %" in k.window.panel.vouchers.item(0).text())
    assert rewards.card("COFFEE2").count == 1
    assert rewards.card("COFFEE2").applied.text() == "Použito 1×"


def test_customer_language_is_offered_and_the_cashiers_comes_back(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.identify("3000000000021")  # Klaus Müller, German
    panel = k.window.panel
    k.wait(panel.language_button.isVisible)
    assert panel.language_button.text() == "Deutsch"
    k.click(panel.language_button)
    k.wait(lambda: k.screen("bill").title.text() == "Rechnung")
    assert not panel.language_button.isVisible()
    assert k.client.accept_language.startswith("de")
    assert k.window.language_picker.current == "de"
    k.click(k.window.new_button)
    k.wait_for("card")
    k.wait(lambda: k.screen("card").title.text() == "Loyalty card")
    assert k.client.accept_language.startswith("en")




def test_a_vat_rate_of_0_survives_a_language_switch(kiosk: Kiosk) -> None:
    from decimal import Decimal

    k = kiosk
    k.sign_in()
    k.ring_up("1001")
    bill = k.screen("bill")
    k.click(bill.manual_button)
    bill.manual_vat.setCurrentIndex(0)  # VAT 0 %
    assert bill.manual_vat.currentData() == Decimal(0)
    _pick(k, "cs")
    k.wait(lambda: bill.title.text() == "Účet")
    assert bill.manual_vat.currentData() == Decimal(0)
