"""Self-service kiosk mode (issue 12), driven like a shopper and like staff against the real
sandbox: each way to identify, the idle prompt and wipe, the staff PIN and its lock, and
the refusals (no route to staff screens or exit without the PIN, Alt+F4 and close refused,
an OTP for a number not on file never identifies anyone)."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QListWidget, QWidget

from kiosk_app.domain.staff import StaffGate, hash_pin, pin_matches
from kiosk_app.ui.routes import Route
from tests.kiosk_driver import Kiosk

PIN = "4321"
PIN_HASH = hash_pin(PIN, salt=b"0123456789abcdef", iterations=1000)  # fast for tests


def _tap(k: Kiosk, widget: QAbstractButton) -> None:
    k.click(widget)


def _everything_shown(root: QWidget) -> str:
    """Every text a person or a screen reader could get from the window."""
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        parts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        if isinstance(widget, QListWidget):
            parts += [widget.item(i).text() for i in range(widget.count())]
    return "\n".join(p for p in parts if p)


def _home(k: Kiosk) -> object:
    return k.wait_for("home")


def test_unattended_sign_in_then_a_card_scan_shows_the_members_home(kiosk_window: Kiosk) -> None:
    k = kiosk_window
    assert k.window.current_name == "attract"
    assert k.till.user is not None and k.till.user.login == "kiosk"
    assert k.till.place is not None and k.till.place.cashdesk_number == 7
    k.scan("2000000000015")
    home = _home(k)
    assert home.title.text() == "Hello, Jana"  # first name only: others may be looking
    assert "Nováková" not in _everything_shown(k.window)
    assert "1,250 points" == home.points.text()
    k.wait(lambda: home.status.text()  # the status valid now, and what the next one takes
           == "Status: Silver member · 750 more points to Gold member")
    barcodes = [w for w in home.findChildren(QLabel) if getattr(w, "code", None)]
    assert [b.code for b in barcodes if b.isVisible()] == ["100200300"]
    assert not barcodes[0].pixmap().isNull()
    k.click(home.card_button)  # the card's own barcode only when asked for
    assert {b.code for b in barcodes if b.isVisible()} == {"100200300", "2000000000015"}


def test_phone_identification_sends_the_code_to_the_phone_on_file(kiosk_window: Kiosk) -> None:
    k = kiosk_window
    k.click(k.screen("attract").start_button)
    identify = k.wait_for("identify")
    k.click(identify.phone_button)
    phone = k.wait_for("phone")
    for digit in "420601111222":
        k.click(phone.keypad.buttons[digit])
    k.click(phone.send_button)
    k.wait(phone.code.isVisible)
    sent = k.control.get("otp", params={"recipient": "420601111222"}).json()["otps"]
    assert sent, "the code went to the number on file"
    for digit in "000000" if sent[0]["code"] != "000000" else "111111":
        k.click(phone.keypad.buttons[digit])
    k.click(phone.confirm_button)
    k.wait(lambda: "not right" in phone.error.text())
    assert k.window.member is None
    for digit in sent[0]["code"]:
        k.click(phone.keypad.buttons[digit])
    k.click(phone.confirm_button)
    assert _home(k).title.text() == "Hello, Jana"


def test_a_number_not_on_file_never_identifies_anyone_and_lists_nothing(kiosk_window: Kiosk
                                                                       ) -> None:
    k = kiosk_window
    k.click(k.screen("attract").start_button)
    k.click(k.wait_for("identify").phone_button)
    phone = k.wait_for("phone")
    before = len(k.api_calls("/one-time-password/actions/send"))
    k.type_into(phone.phone, "420777000111")
    k.click(phone.send_button)
    k.wait(lambda: "could not find one account" in phone.error.text())
    assert len(k.api_calls("/one-time-password/actions/send")) == before  # no code sent
    assert not phone.code.isVisible() and k.window.member is None
    shown = _everything_shown(k.window)
    assert "Jana" not in shown and "Klaus" not in shown


def test_the_apps_one_time_qr_identifies_once(kiosk_window: Kiosk) -> None:
    k = kiosk_window
    minted = k.control.post("auth-tokens", json={"customer_id": "cu-jana"}).json()
    assert minted["qr"].startswith("CCAUTH:")
    k.scan(minted["qr"])
    assert _home(k).title.text() == "Hello, Jana"
    k.click(k.screen("home").finish_button)
    k.wait_for("attract")
    k.scan(minted["qr"])  # the same code again: refused
    identify = k.wait_for("identify")
    k.wait(lambda: "used or has expired" in identify.error.text())
    assert k.window.member is None


QUICK_IDLE = pytest.mark.parametrize("kiosk_window", [(1500, 1000)], indirect=True,
                                     ids=["idle-1.5s"])


@QUICK_IDLE
def test_idle_asks_for_more_time_then_forgets_the_customer_everywhere(kiosk_window: Kiosk
                                                                     ) -> None:
    k = kiosk_window
    k.scan("2000000000015")
    _home(k)
    prompt = k.window.prompt
    k.wait(prompt.isVisible)  # "Need more time?" with the seconds left
    assert prompt.question.text() == "Need more time?"
    assert "closes in" in prompt.countdown.text()
    assert prompt.more_button.text() == "Yes, I need more time"
    assert prompt.more_button.width() >= 48 and prompt.more_button.height() >= 48
    k.click(prompt.more_button)  # extends
    assert not prompt.isVisible() and k.window.current_name == "home"
    k.wait(prompt.isVisible)
    k.wait_for("attract")  # then nobody answered: wiped
    assert k.window.member is None
    shown = _everything_shown(k.window)
    for secret in ("Jana", "1,250", "100200300", "Nováková", "2000000000015"):
        assert secret not in shown, secret
    assert not k.window.ops.tasks and not any(s.tasks for s in k.window.screens.values())


def test_staff_screens_need_the_pin_and_lock_again(kiosk_window: Kiosk) -> None:
    k = kiosk_window
    for route in ("history", "transfer", "exit"):
        k.window.show_screen(route)
        assert k.window.current_name == "staff", route  # the PIN first
    assert k.window.isVisible()
    staff = k.screen("staff")
    assert not staff.history_button.isVisible()
    for digit in "1111":
        k.click(staff.keypad.buttons[digit])
    k.click(staff.unlock_button)
    assert staff.error.text() == "Wrong PIN." and not staff.history_button.isVisible()
    for digit in PIN:
        k.click(staff.keypad.buttons[digit])
    k.click(staff.unlock_button)
    k.wait(staff.history_button.isVisible)
    k.click(staff.history_button)
    history = k.wait_for("history")
    k.click(history.back_button)
    k.wait_for("staff")
    k.click(staff.lock_button)
    k.wait_for("attract")
    k.window.show_screen("history")
    assert k.window.current_name == "staff" and not staff.history_button.isVisible()


def test_wrong_pins_pause_and_no_pin_means_no_staff_functions() -> None:
    now = [0.0]
    gate = StaffGate(PIN_HASH, lock_after_s=30, clock=lambda: now[0])
    for _ in range(5):
        assert not gate.try_pin("9999")
    assert not gate.try_pin(PIN) and gate.pause_left() > 0  # paused, even with the right PIN
    now[0] += 61
    assert gate.try_pin(PIN) and gate.unlocked
    now[0] += 31
    assert not gate.unlocked  # locked after inactivity
    assert not StaffGate("").try_pin("0000")
    assert pin_matches(PIN, PIN_HASH) and not pin_matches(PIN, "") \
        and not pin_matches(PIN, "md5$1$00$00")
    assert PIN not in PIN_HASH
    with pytest.raises(ValueError):
        hash_pin("12")


def test_close_minimise_and_alt_f4_are_refused(kiosk_window: Kiosk) -> None:
    k = kiosk_window
    event = QCloseEvent()
    QApplication.sendEvent(k.window, event)
    assert not event.isAccepted() and k.window.isVisible()
    k.qtbot.keyClick(k.window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert k.window.isVisible()
    k.window.close()
    assert k.window.isVisible()
    k.window.showMinimized()
    k.wait(lambda: not k.window.isMinimized())
    QApplication.processEvents()
    assert k.window.isVisible()  # the only way out is staff's "Close the kiosk app"


def test_no_customer_lookup_exists_on_a_kiosk(kiosk_window: Kiosk) -> None:
    k = kiosk_window
    for route in ("lookup", "bill", "closure", "card", "rewards"):
        k.window.show_screen(route)
        assert k.window.current_name not in ("lookup", "bill", "closure"), route
    assert "lookup" not in k.window.screens


def _unlock(k: Kiosk) -> object:
    k.window.show_screen("staff")
    staff = k.wait_for("staff")
    for digit in PIN:
        k.click(staff.keypad.buttons[digit])
    k.click(staff.unlock_button)
    k.wait(staff.history_button.isVisible)
    return staff


def test_staff_export_goes_to_the_fixed_folder_without_a_dialog(kiosk_window: Kiosk,
                                                                 tmp_path) -> None:
    from tests.purchases import purchase

    k = kiosk_window
    entry = k.outbox.add(purchase(), currency_code="CZK")
    k.outbox.mark_manual(entry.id, "400 refused", "bill_items: not_allowed_value")
    staff = _unlock(k)
    k.click(staff.transfer_button)
    transfer = k.wait_for("transfer")
    k.wait(lambda: transfer.table.rowCount() == 1)
    transfer.table.selectRow(0)
    k.click(transfer.export_button)
    k.wait(lambda: "Saved as" in transfer.error.text())  # written off the UI thread
    files = list((tmp_path / "exports").glob("unsent-purchases-*.json"))
    assert len(files) == 1 and oct(files[0].stat().st_mode & 0o777) == "0o600"
    assert QApplication.activeModalWidget() is None  # no file dialog on a kiosk


@QUICK_IDLE
@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=["1024x768", "1280x800"])
def test_every_kiosk_screen_fits_and_every_control_is_touch_sized_and_named(
        kiosk_window: Kiosk, size) -> None:
    from tests.test_ui_touch import problems

    k = kiosk_window
    k.window.resize(*size)
    found = {}

    def check(name: str) -> None:
        QApplication.processEvents()
        assert (k.window.width(), k.window.height()) == size, name
        if errors := problems(k.window):
            found[name] = errors

    check("attract")
    k.click(k.screen("attract").start_button)
    k.wait_for("identify")
    check("identify")
    k.click(k.screen("identify").phone_button)
    k.wait_for("phone")
    check("phone")
    k.scan("2000000000015")
    _home(k)
    check("home")
    k.wait(k.window.prompt.isVisible)
    check("idle prompt")
    k.click(k.window.prompt.done_button)
    k.wait_for("attract")
    _unlock(k)
    check("staff")
    assert not found, found


def test_a_voucher_barcode_is_drawn_to_scale(qapp) -> None:
    """QtSvg ignores python-barcode's mm units: unfixed, the bars sit in the left quarter."""
    from PySide6.QtCore import QSize

    from kiosk_app.ui.widgets.barcode import barcode_pixmap

    image = barcode_pixmap("100200300", QSize(400, 100)).toImage()
    dark = [x for x in range(image.width()) if image.pixelColor(x, 50).lightness() < 100]
    assert dark and dark[0] < 60 and dark[-1] > 340  # bars across the width, quiet zones
    assert image.pixelColor(2, 50).lightness() > 200  # white quiet zone for the scanner


def test_a_kiosk_never_falls_back_to_the_sandbox_without_demo(tmp_path, capsys,
                                                              monkeypatch) -> None:
    from kiosk_app.__main__ import main

    empty = tmp_path / "config.toml"
    empty.write_text("")
    monkeypatch.setenv("KIOSK_CONFIG", str(empty))
    monkeypatch.setattr("kiosk_app.__main__._run",
                        lambda settings: pytest.fail("fell back to the sandbox"))
    assert main(["--kiosk"]) == 2
    assert "--demo" in capsys.readouterr().err


def test_staff_pin_command_prints_only_a_salted_hash(monkeypatch, capsys) -> None:
    from kiosk_app.__main__ import main

    answers = iter(["24680", "24680"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["staff-pin"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("staff_pin_hash"))
    stored = line.split('"')[1]
    assert "24680" not in out and pin_matches("24680", stored)
    from kiosk_app.config import _check

    assert _check("staff_pin_hash", stored, "test", from_text=False) == stored


def test_a_scanned_qr_is_a_scan_on_a_till_and_a_kiosk_alike(qapp, qtbot) -> None:
    """The app's one-time QR (capitals, colons: Shift on every one) is a scan wherever it is
    read: the window decides what it means; nothing of it is typed into the focused field."""
    from kiosk_app.ui.scanner import ScannerFilter
    from tests.kiosk_driver import scanner_keys

    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    scanner = ScannerFilter(qapp, clock=lambda: 5.0)
    got: list[str] = []
    scanner.scanned.connect(got.append)
    qapp.installEventFilter(scanner)
    try:
        for event in scanner_keys("CCAUTH:abc123def456:V952TL"):
            QApplication.sendEvent(edit, event)
        assert got == ["CCAUTH:abc123def456:V952TL"] and edit.text() == ""
    finally:
        qapp.removeEventFilter(scanner)


def test_a_shopper_picks_a_language_and_the_next_one_starts_in_the_kiosks(kiosk_window: Kiosk
                                                                          ) -> None:
    k = kiosk_window
    attract = k.screen("attract")
    k.click(attract.language_buttons["cs"])
    k.wait(lambda: attract.title.text() == "Vítejte v našem věrnostním klubu")
    assert k.client.accept_language.startswith("cs")
    k.scan("2000000000015")
    home = _home(k)
    assert home.title.text() == "Dobrý den, Jana" and home.points.text() == "1\u00a0250 bodů"
    k.click(home.finish_button)
    k.wait(lambda: attract.title.text() == "Welcome to our loyalty club")
    assert k.client.accept_language.startswith("en")


def test_a_receipt_qr_gives_the_sales_points_to_the_member_at_the_kiosk(kiosk_window: Kiosk
                                                                        ) -> None:
    from kiosk_app.domain.codes import claim_code
    from tests.purchases import purchase

    k = kiosk_window
    sale = purchase(card=None)  # a sale made at a till without a card
    task = asyncio.ensure_future(k.client.send_purchase(sale))
    k.wait(task.done)
    task.result()
    qr = claim_code(sale.store_id, sale.bill.bill_id)
    k.scan(qr)  # nobody identified yet
    attract = k.screen("attract")
    k.wait(lambda: "First scan your loyalty card" in attract.error.text())
    k.scan("2000000000015")
    home = _home(k)
    before = k.window.member.view.available_points
    k.scan(qr)
    k.wait(lambda: "yours now" in home.error.text())
    after = k.window.member.view.available_points
    assert after > before and home.points.text() != ""
    home.clear_error()
    k.scan(qr)  # again: never twice
    k.wait(lambda: home.error.isVisible())
    assert k.window.member.view.available_points == after


def test_an_installed_till_never_falls_back_to_the_sandbox(tmp_path, capsys,
                                                           monkeypatch) -> None:
    """A frozen build with no project configured says what to set, unless --demo."""
    import sys

    from kiosk_app.__main__ import main

    empty = tmp_path / "config.toml"
    empty.write_text("")
    monkeypatch.setenv("KIOSK_CONFIG", str(empty))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    started = []
    monkeypatch.setattr("kiosk_app.__main__._run", lambda settings: started.append(1) or 0)
    assert main([]) == 2 and not started
    assert main(["--demo"]) == 0 and started  # a demo on purpose is allowed
    assert "--demo" in capsys.readouterr().err


def test_a_wipe_leaves_nothing_in_the_tree_nor_in_undo(kiosk_window: Kiosk) -> None:
    """Called directly, with no event processing after it: Qt's deferred deletes and the
    fields' undo stacks must not keep the shopper's data."""
    k = kiosk_window
    k.click(k.screen("attract").start_button)
    k.click(k.wait_for("identify").phone_button)
    phone = k.wait_for("phone")
    for digit in "420601111222":
        k.click(phone.keypad.buttons[digit])
    enrol = k.screen("enrol")
    enrol.first_name.insert("Jana")
    k.scan("2000000000015")
    home = _home(k)
    k.click(home.catalogue_button)
    catalogue = k.wait_for("catalogue")
    k.wait(lambda: "CATESP" in catalogue.get_buttons)
    k.window.wipe()  # no waiting: what is in the tree now is what the next shopper gets
    shown = _everything_shown(k.window)
    for secret in ("Jana", "1,250", "100200300", "2000000000015", "420601111222",
                   "A free espresso"):
        assert secret not in shown, secret
    for field in (phone.phone, enrol.first_name):
        field.undo()
        assert field.text() == "", "the wiped text came back with Undo"


def test_a_phone_typed_with_00_finds_the_account_like_the_plus_form(kiosk_window: Kiosk
                                                                     ) -> None:
    k = kiosk_window
    k.click(k.screen("attract").start_button)
    k.click(k.wait_for("identify").phone_button)
    phone = k.wait_for("phone")
    for digit in "00420601111222":
        k.click(phone.keypad.buttons[digit])
    k.click(phone.send_button)
    k.wait(phone.code.isVisible)  # the code went to the phone on file
    assert k.control.get("otp", params={"recipient": "420601111222"}).json()["otps"]


def test_a_store_the_project_lacks_says_so_instead_of_retrying_forever(
        qtbot, qapp, make_services, tmp_path) -> None:
    from kiosk_app.preferences import Preferences
    from kiosk_app.ui.i18n import Languages
    from kiosk_app.ui.kiosk_window import KioskWindow
    from kiosk_app.ui.theme import Theme

    services = make_services(mode="kiosk", store_id="st-nowhere", languages=["en"])
    window = KioskWindow(services, languages=Languages(qapp), theme=Theme(qapp, Preferences(
        tmp_path / "p.json")), scanner=None, fullscreen=False)
    qtbot.addWidget(window)
    services.start()
    attract = window.screens[Route.ATTRACT]
    qtbot.waitUntil(lambda: "st-nowhere" in attract.error.text(), timeout=10_000)
    assert not window.sign_in_timer.isActive()  # a wrong setting is not retried blindly
    window.leave()


def test_the_card_barcode_button_keeps_its_icon_and_says_hide_while_shown(
        kiosk_window: Kiosk) -> None:
    k = kiosk_window
    for card in ("2000000000015", "2000000000022"):  # the second member's home is a redraw
        k.scan(card)
        home = _home(k)
        k.wait(home.card_button.isVisible)
        assert not home.card_button.icon().isNull()
        assert home.card_button.text() == "Show my card's barcode"
        k.click(home.card_button)
        shown = [w for w in home.findChildren(QLabel) if getattr(w, "code", None) == card]
        assert len(shown) == 1 and shown[0].isVisible()
        assert home.card_button.text() == "Hide my card's barcode"
        k.click(home.card_button)
        assert not shown[0].isVisible()
        k.click(home.finish_button)
        k.wait(lambda: k.window.current_name == "attract")


def test_the_next_shopper_starts_at_touch_to_start_not_at_a_language(kiosk_window: Kiosk
                                                                     ) -> None:
    k = kiosk_window
    attract = k.screen("attract")
    k.click(attract.language_buttons["de"])
    k.scan("2000000000015")
    k.click(_home(k).finish_button)
    k.wait(lambda: k.window.current_name == "attract")
    k.wait(lambda: QApplication.focusWidget() is attract.start_button)


def test_a_kiosk_without_a_staff_pin_shows_no_staff_lock(request, qtbot, qapp, qloop,
                                                         make_services, tmp_path) -> None:
    from kiosk_app.ui.kiosk_window import KioskWindow
    from tests.conftest import TEST_TAP_GUARD_MS, window_parts

    theme, languages, scanner, _clock = window_parts(request, qtbot, qapp, tmp_path)
    services = make_services(mode="kiosk", cashdesk_number=7, languages=["en", "cs"])
    window = KioskWindow(services, languages=languages, theme=theme, scanner=scanner,
                         fullscreen=False, tap_guard_ms=TEST_TAP_GUARD_MS)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.current_name == "attract")
        attract = window.screen(Route.ATTRACT)
        assert not attract.staff_button.isVisible()  # a door that never opens is not shown
        assert attract.start_button.isVisible()
    finally:
        window.leave()
