"""Cancelling a sale from History (security issue, "Cancellation"): never at one tap; a
confirmation inside the window says what is cancelled and asks why (and, with
`cancel_needs_staff_pin`, for the staff PIN); the reason is kept in the outbox's audit trail
and goes nowhere else: not to CareCloud, not into the log. Driven like a cashier at the
counter, against the sandbox."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk_app.api import models as m
from kiosk_app.app.outbox import SENT
from kiosk_app.config import ConfigError, load_settings
from kiosk_app.domain.staff import MAX_TRIES, hash_pin
from kiosk_app.ui.theme import Look
from tests.kiosk_driver import Kiosk
from tests.test_ui_touch import accessible_name, problems

CARD = "2000000000015"
PIN = "2468"
PIN_HASH = hash_pin(PIN, salt=b"0123456789abcdef", iterations=1000)  # fast for tests
NOTE = "Mug chipped at the handle, zebra-7731"  # a note no other text on the way contains


def _sold(k: Kiosk) -> str:
    """One sale through the counter, delivered; History open with it selected."""
    k.sign_in()
    k.ring_up("1002", card=CARD)
    k.click(k.close_bill().confirm_button)
    k.wait_for("done")
    bill_id = k.session.receipt.bill_id
    k.wait(lambda: k.outbox.get(bill_id).state == SENT)
    k.click(k.window.history_button)
    history = k.wait_for("history")
    k.wait(lambda: history.table.rowCount() == 1)
    history.table.selectRow(0)
    return bill_id


def _cancellations(k: Kiosk) -> list:
    return [e for e in k.outbox.all() if e.kind == "cancel"]


def test_cancel_purchase_asks_why_and_queues_nothing_until_confirmed(kiosk: Kiosk) -> None:
    k = kiosk
    bill_id = _sold(k)
    history = k.screen("history")
    k.click(history.cancel_button)
    k.wait(history.confirm_page.isVisible)
    assert not history.table.isVisible() and history.title.text() == "Cancel this purchase?"
    sale = k.outbox.get(bill_id)
    details = history.details.text()
    assert history.table.item(0, 3).text() in details  # the amount, as History shows it
    assert history.table.item(0, 0).text() in details  # when it was sold
    assert "15" in details and CARD not in details  # the card, masked
    assert [b.text() for b in history.reasons.values()] == [
        "Goods returned", "Wrong amount or items", "Customer changed their mind", "Other"]
    assert not history.confirm_button.isEnabled()  # no reason yet
    assert not history.pin.isVisible() and not history.keypad.isVisible()  # no PIN asked
    k.qtbot.mouseClick(history.confirm_button, Qt.MouseButton.LeftButton)  # a tap anyway
    k.qtbot.wait(300)  # the sender would have sent a queued cancellation by now
    assert _cancellations(k) == [] and not k.outbox.get(bill_id).canceled_by
    k.click(history.reasons["changed_mind"])
    assert history.confirm_button.isEnabled()
    assert _cancellations(k) == []  # choosing a reason is not confirming
    assert len(k.purchases()) == 1 and sale.state == SENT


def test_keep_it_leaves_the_sale_as_it_was(kiosk: Kiosk) -> None:
    k = kiosk
    bill_id = _sold(k)
    history = k.screen("history")
    points = k.sandbox.store.available_points("cu-jana")
    k.click(history.cancel_button)
    k.wait(history.confirm_page.isVisible)
    k.click(history.reasons["goods_returned"])
    k.type_into(history.note, NOTE)
    k.click(history.keep_button)
    k.wait(history.table.isVisible)
    assert history.title.text() == "Purchase history" and history.cancel_button.isVisible()
    assert history.note.text() == ""  # nothing typed waits for the next question
    k.qtbot.wait(300)
    assert _cancellations(k) == [] and not k.outbox.get(bill_id).canceled_by
    assert len(k.purchases()) == 1 and k.sandbox.store.available_points("cu-jana") == points
    assert "cancelled" not in history.table.item(0, 4).text()
    # asked again, nothing of the last question is left; Esc keeps the sale too
    k.click(history.cancel_button)
    k.wait(history.confirm_page.isVisible)
    assert history.reason_group.checkedButton() is None and not history.confirm_button.isEnabled()
    history.back()
    assert history.table.isVisible() and _cancellations(k) == []


def test_a_confirmed_cancellation_reaches_carecloud_without_its_reason(kiosk: Kiosk,
                                                                        caplog) -> None:
    caplog.set_level(logging.DEBUG)
    k = kiosk
    bill_id = _sold(k)
    k.cancel_purchase("goods_returned", NOTE)
    history = k.screen("history")
    k.wait(lambda: "Cancellation saved" in history.status.text())
    k.wait(lambda: k.sandbox.store.available_points("cu-jana") == 1250)  # all given back
    (cancel,) = _cancellations(k)
    k.wait(lambda: k.outbox.get(cancel.bill_id).state == SENT)
    k.wait(lambda: "cancelled" in history.table.item(0, 4).text())
    sale_body, cancel_body = (p["request"] for p in k.purchases())
    assert cancel_body["bill"]["canceled"] is True
    assert cancel_body["bill"]["bill_number"] == bill_id
    # the body is the vendor's cancellation of the sale, field for field: nothing added
    assert cancel_body == json.loads(m.to_json(cancel.request))
    assert set(cancel_body["bill"]) <= set(sale_body["bill"]) | {"bill_number"}
    sent = json.dumps([r["body"] for r in k.sandbox.requests], ensure_ascii=False, default=str)
    for secret in (NOTE, "zebra", "goods_returned", "Goods returned"):
        assert secret not in sent
        assert secret not in caplog.text
        assert not any(secret in repr(r.args) for r in caplog.records)


def test_the_audit_trail_holds_the_reason_the_note_and_the_cashier(kiosk: Kiosk) -> None:
    k = kiosk
    bill_id = _sold(k)
    k.cancel_purchase("wrong_amount", "  Two mugs rung up,   one bought  ")
    k.wait(lambda: len(_cancellations(k)) == 1)
    outbox = k.outbox
    sale, (cancel,) = outbox.get(bill_id), _cancellations(k)
    recorded = {"reason": "wrong_amount", "note": "Two mugs rung up, one bought",
                "by": "cashier", "staff_pin": False}
    created = outbox.audit(cancel.id)[0]
    assert created["action"] == "created" and json.loads(created["note"]) == recorded
    cancelled = [row for row in outbox.audit(sale.id) if row["action"] == "cancelled"]
    assert [json.loads(row["note"]) for row in cancelled] == [recorded]
    exported = outbox.export([cancel.id])[0]
    assert json.loads(exported["audit"][0]["note"]) == recorded  # support sees it too
    assert b"Two mugs" not in m.to_json(exported["request"])


NOW = [1000.0]  # the staff gate's clock in the next test


@pytest.mark.parametrize("kiosk", [{
    "settings": {"cancel_needs_staff_pin": True, "staff_pin_hash": PIN_HASH},
    "timing": {"monotonic": lambda: NOW[0]}}], indirect=True, ids=["cancel_needs_staff_pin"])
def test_with_the_setting_a_wrong_staff_pin_refuses_and_the_right_one_cancels(
        kiosk: Kiosk) -> None:
    k = kiosk
    now = NOW
    bill_id = _sold(k)
    history = k.screen("history")
    k.click(history.cancel_button)
    k.wait(history.confirm_page.isVisible)
    assert history.pin.isVisible() and history.keypad.isVisible()
    assert history.pin.echoMode() == history.pin.EchoMode.Password
    k.click(history.reasons["other"])
    k.click(history.confirm_button)  # no PIN typed
    assert "staff PIN" in history.error.text() and _cancellations(k) == []
    for _ in range(MAX_TRIES):
        for digit in "1357":
            k.click(history.keypad.buttons[digit])
        k.click(history.confirm_button)
        assert history.pin.text() == ""  # a wrong PIN does not stay in the field
    assert "Too many wrong PINs" in history.error.text()
    for digit in PIN:  # even the right PIN waits for the pause to end
        k.click(history.keypad.buttons[digit])
    k.click(history.confirm_button)
    assert "Too many wrong PINs" in history.error.text()
    assert _cancellations(k) == [] and not k.outbox.get(bill_id).canceled_by
    now[0] += 61
    for digit in "9999":
        k.click(history.keypad.buttons[digit])
    k.click(history.confirm_button)
    assert history.error.text() == "Wrong PIN." and _cancellations(k) == []
    for digit in PIN:
        k.click(history.keypad.buttons[digit])
    k.click(history.confirm_button)
    k.wait(lambda: "Cancellation saved" in history.status.text())
    (cancel,) = _cancellations(k)
    assert json.loads(k.outbox.audit(cancel.id)[0]["note"]) == {
        "reason": "other", "note": "", "by": "cashier", "staff_pin": True}
    k.wait(lambda: k.sandbox.store.available_points("cu-jana") == 1250)


def test_the_setting_without_a_staff_pin_hash_is_refused_at_start(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("cancel_needs_staff_pin = true\n")
    with pytest.raises(ConfigError, match=r"no 'staff_pin_hash' is set.*kiosk-app staff-pin"):
        load_settings(config, env={})
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    with pytest.raises(ConfigError, match="no 'staff_pin_hash'"):
        load_settings(empty, env={"KIOSK_CANCEL_NEEDS_STAFF_PIN": "true"})
    config.write_text(f'cancel_needs_staff_pin = true\nstaff_pin_hash = "{PIN_HASH}"\n')
    settings = load_settings(config, env={})
    assert settings.cancel_needs_staff_pin is True and settings.staff_pin_hash == PIN_HASH
    assert load_settings(empty, env={}).cancel_needs_staff_pin is False  # off unless asked


@pytest.mark.parametrize("kiosk", [
    {}, {"settings": {"cancel_needs_staff_pin": True, "staff_pin_hash": PIN_HASH}}],
    indirect=True, ids=["reason", "reason-and-pin"])
@pytest.mark.parametrize(("language", "look"), [
    ("en", Look()), ("pseudo", Look(high_contrast=True, large_text=True))],
    ids=["en", "pseudo-large-text"])
def test_the_confirmation_fits_1024x768_touch_sized_and_named(kiosk: Kiosk, built_translations,
                                                              language, look) -> None:
    from kiosk_app.ui.i18n import Languages

    k = kiosk
    pin = k.services.cancel_gate is not None
    k.window.theme.apply(look)
    k.window.resize(1024, 768)
    if language != "en":
        k.window.switch_language(language)
    try:
        _sold(k)  # the customer's strip stays above History: the tightest height
        history = k.screen("history")
        k.click(history.cancel_button)
        k.wait(history.confirm_page.isVisible)
        k.click(history.reasons["changed_mind"])
        history.show_error(history.tr("Wrong PIN."))  # a message takes room too
        QApplication.processEvents()
        k.window.resize(1024, 768)  # as tests/test_ui_touch.py: the window may not need more
        QApplication.processEvents()
        assert (k.window.width(), k.window.height()) == (1024, 768)
        assert not problems(k.window), "\n".join(problems(k.window))
        controls = [*history.reasons.values(), history.note, history.keep_button,
                    history.confirm_button]
        if pin:
            controls += [history.pin, *history.keypad.buttons.values()]
        small = [(accessible_name(c), c.isVisible(), c.width(), c.height()) for c in controls
                 if not (c.isVisible() and min(c.width(), c.height()) >= 48
                         and accessible_name(c))]
        assert not small
    finally:
        Languages().switch("en")


def test_the_service_takes_only_a_known_reason_and_a_short_note() -> None:
    from kiosk_app.app.history import NOTE_MAX, CancelReason

    with pytest.raises(ValueError):
        CancelReason("because")
    with pytest.raises(ValueError):
        CancelReason("other", "x" * (NOTE_MAX + 1))
    assert CancelReason("other", " Two\nlines\x00 and\ta tab ").note == "Two lines and a tab"
    reason = CancelReason("other", "x" * NOTE_MAX)
    assert NOTE_MAX == 200 and "xxx" not in repr(reason)  # an error message cannot carry it
