"""A scanner must scan every code the app itself prints: a keyboard-wedge scanner presses
Shift before each capital and each `:` (as `xdotool type` does), and a burst is bounded.
The driver feeds the exact key sequences such a scanner produces."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk_app.api.models import new_voucher_code
from tests.kiosk_driver import Kiosk, scanner_keys


def test_the_apps_one_time_qr_with_capitals_and_colons_identifies_at_the_kiosk(
        kiosk_window: Kiosk) -> None:
    k = kiosk_window
    minted = k.control.post("auth-tokens", json={"customer_id": "cu-jana"}).json()
    assert minted["qr"].startswith("CCAUTH:")  # capitals and ':' — Shift on every one
    shifted = [e for e in scanner_keys(minted["qr"]) if not e.text()]
    assert shifted, "the scan includes modifier-only presses"
    k.scan(minted["qr"])
    home = k.wait_for("home")
    assert home.title.text() == "Hello, Jana"


def test_an_alphanumeric_voucher_code_scans_onto_the_bill(kiosk: Kiosk) -> None:
    """A voucher bought with points has a code of capitals and digits (it is printed and
    shown as a barcode): scanned at the till, it goes onto the bill's vouchers."""
    import asyncio

    k = kiosk
    k.sign_in()
    code = new_voucher_code()
    made = asyncio.ensure_future(k.client.create_reward_voucher("rw-cat-espresso", "cu-jana",
                                                                code=code))
    k.wait(made.done)
    made.result()
    k.ring_up("1001", card="2000000000015")
    k.scan(code)
    k.wait(lambda: code in k.session.voucher_codes)


def _message(k: Kiosk) -> str:
    return k.window.current.error.text()


def test_a_burst_of_three_thousand_capitals_is_refused_with_a_message(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    card = k.screen("card")
    card.number.setFocus()
    k.scan("A" * 3000)
    k.wait(lambda: "too long" in _message(k))
    assert card.number.text() == ""  # nothing of it was typed
    assert k.window.current_name == "card"


def test_a_scan_of_twenty_thousand_characters_is_refused_at_once_and_whole(kiosk: Kiosk
                                                                          ) -> None:
    k = kiosk
    k.sign_in()
    card = k.screen("card")
    card.number.setFocus()
    k.sandbox.requests.clear()
    events = scanner_keys("7" * 20_000)
    for event in events:
        QApplication.sendEvent(card.number, event)
    k.wait(lambda: "too long" in _message(k))
    assert card.number.text() == ""
    assert not [r for r in k.sandbox.requests if r["path"] in ("/cards", "/products")]


def test_a_badge_that_types_the_password_signs_the_cashier_in(kiosk: Kiosk) -> None:
    """Some shops give cashiers a badge whose barcode types their password: a burst into
    the password field is a password, never a scan (nothing of it shown as an error)."""
    k = kiosk
    screen = k.wait_for("sign_in")
    k.type_into(screen.login, "cashier")
    screen.password.setFocus()
    k.scan("demo", target=screen.password)
    k.wait(lambda: k.till.user is not None)
    assert "Sign in first" not in screen.error.text()


def test_a_name_typed_fast_into_the_lookup_lands_in_the_field(kiosk: Kiosk) -> None:
    """A cashier's text expander (or a very fast typist) types a surname and Enter within
    a scanner's burst: text no code of ours looks like, in a text field, is typing."""
    k = kiosk
    k.sign_in()
    k.click(k.screen("card").lookup_button)
    lookup = k.wait_for("lookup")
    k.type_into(lookup.first_name, "Jana")
    lookup.last_name.setFocus()
    k.scan("Nováková", target=lookup.last_name)
    assert lookup.last_name.text() == "Nováková"
    assert "not a card" not in lookup.error.text()
    k.wait(lambda: lookup.found_count is not None)  # its Enter searched, as typed Enter does
    assert lookup.found_count >= 1
