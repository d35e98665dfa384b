"""A confirmation nobody can give by accident: Confirm arms anew after every arrival on its
screen, and a button that appears under a just-tapped one ignores taps for a moment."""

from __future__ import annotations

from tests.kiosk_driver import Kiosk


def test_back_to_bill_from_rewards_goes_to_the_bill_and_confirm_arms_anew(kiosk: Kiosk
                                                                         ) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001", card="2000000000015")
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)  # armed
    k.scan("100200300")  # a voucher at Close bill: onto the bill, shown on Rewards
    rewards = k.wait_for("rewards")
    k.wait(lambda: "100200300" in k.session.voucher_codes)
    k.click(rewards.back_button)
    assert k.window.current_name == "bill"  # "Back to bill" says where it goes
    k.click(k.screen("bill").close_button)
    closure = k.wait_for("closure")
    assert not closure.confirm_button.isEnabled()  # not armed on arrival
    k.wait(closure.confirm_button.isEnabled)  # but after the pause, with the new amounts


def test_a_double_tap_on_confirm_never_lands_on_new_customer(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001", card="2000000000015")
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)
    k.click(closure.confirm_button)
    done = k.wait_for("done")
    tapped = k.tap_at(closure.confirm_button)  # the second tap of the double tap
    assert k.window.current_name == "done", f"the second tap reached {tapped!r}"
    assert k.session.receipt is not None
    assert done.new_button.isVisible()
