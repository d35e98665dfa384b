"""Issue 11, as a cashier meets it: the display menu (high contrast, large text, remembered),
the header (who, where, sign out), History (masked customer, items, totals, Back), reward
cards you tap, the customer panel as a strip on a narrow screen, and names and money in
the language shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kiosk_app.preferences import Preferences
from kiosk_app.ui.theme import Look, Theme, tokens
from tests.kiosk_driver import Kiosk

pytestmark = pytest.mark.usefixtures("english_after")  # see conftest


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    c = QColor(colour)
    return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF()))


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme,least", [("standard", 4.5), ("high_contrast", 7.0)])
def test_every_text_colour_reads_on_its_background(theme: str, least: float) -> None:
    """WCAG AA for the standard look, AAA for high contrast, for each text/background pair
    the style sheet uses."""
    c = tokens()["themes"][theme]
    pairs = [("text", "window"), ("text", "surface"), ("text", "surface_alt"),
             ("muted", "surface"), ("muted", "window"), ("on_primary", "primary"),
             ("on_danger", "danger"), ("on_header", "header"), ("on_header", "header_button"),
             ("ok", "surface"), ("danger", "surface"), ("warning", "warning_soft"),
             ("text", "selection")]
    weak = {f"{a} on {b}": round(contrast(c[a], c[b]), 2) for a, b in pairs
            if contrast(c[a], c[b]) < least}
    assert not weak


def _display(k: Kiosk, entry: str) -> None:
    menu = k.window.display_button
    k.click(menu)
    k.wait(lambda: menu.is_open)
    k.click(menu.buttons[entry])
    k.wait(lambda: not menu.is_open)


def test_high_contrast_and_large_text_switch_at_once_and_are_remembered(kiosk: Kiosk,
                                                                        tmp_path) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001")
    bill = k.screen("bill")
    before_px = QFont(bill.title.font()).pixelSize()
    background = bill.palette().color(bill.backgroundRole()).name()

    _display(k, "high_contrast")
    QApplication.processEvents()
    assert bill.palette().color(bill.backgroundRole()).name() == "#000000"
    assert k.window.theme.look.high_contrast
    assert background != "#000000"
    _display(k, "large_text")
    QApplication.processEvents()
    assert QFont(bill.title.font()).pixelSize() > before_px
    # the screen still works: the close button is on show and taps
    assert bill.close_button.isVisible() and bill.close_button.isEnabled()
    # a later start finds the same look (the file the fixture's theme writes)
    preferences = k.window.theme.preferences
    again = Theme(QApplication.instance(), Preferences(preferences.path))
    assert again.look == Look(high_contrast=True, large_text=True)
    assert oct(preferences.path.stat().st_mode & 0o777) == "0o600"
    # and the menu shows both as chosen
    k.click(k.window.display_button)
    assert k.window.display_button.buttons["high_contrast"].isChecked()
    assert k.window.display_button.buttons["large_text"].isChecked()
    QApplication.sendEvent(k.window.display_button.popup, _escape())
    k.window.theme.apply(Look())


def _escape():
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)


def test_the_text_follows_the_systems_font_scale(qapp) -> None:
    font = qapp.font()
    try:
        scaled = QFont(font)
        scaled.setPixelSize(22)  # a desktop set to large fonts
        qapp.setFont(scaled)
        theme = Theme(qapp, None)
        assert theme.values()["body_px"] == 22
        assert Theme(qapp, None).values()["title_px"] == 33
    finally:
        qapp.setFont(font)
    assert Theme(qapp, None).values()["body_px"] >= 16  # never below 16 px


def test_the_header_says_who_works_where_and_signs_out(kiosk: Kiosk) -> None:
    k = kiosk
    k.window.resize(1280, 800)
    k.sign_in()
    who = k.window.who.full_text
    assert who == "Dana Pokladní · Praha – Václavské náměstí · cash desk 1", who
    assert k.window.who.isVisible()
    k.ring_up("1001")
    k.click(k.window.sign_out_button)
    box = k.window.question_box
    k.wait(box.isVisible)
    keep = next(b for b in box.buttons() if b.text() == "Keep the bill")
    k.click(keep)
    k.wait(lambda: not box.isVisible())
    assert k.window.current_name == "bill" and len(k.session.bill.lines) == 1

    k.click(k.window.sign_out_button)
    box = k.window.question_box
    k.wait(box.isVisible)
    discard = next(b for b in box.buttons() if b.text() == "Sign out and discard")
    k.click(discard)
    sign_in = k.wait_for("sign_in")
    assert k.session.bill.is_empty and k.session.customer is None
    assert sign_in.login.text() == "" and sign_in.password.text() == ""
    assert not k.window.who.isVisible() and not k.window.new_button.isVisible()
    k.wait(lambda: bool(k.api_calls("/users/actions/logout")))  # the token ended
    k.sign_in()  # the next cashier starts afresh
    assert k.session.customer is None and k.window.current_name == "card"


def test_sign_out_with_nothing_open_does_not_ask(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.click(k.window.sign_out_button)
    k.wait_for("sign_in")
    assert not isinstance(k.window.question_box, QMessageBox) \
        or not k.window.question_box.isVisible()


def test_history_shows_masked_customer_items_totals_and_back_returns(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001", "1001", "2001")
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)
    k.click(closure.confirm_button)
    k.wait_for("done")
    k.click(k.window.new_button)
    k.identify("2000000000015")
    k.scan("1002")
    k.wait(lambda: len(k.session.bill.lines) == 1)

    k.click(k.window.history_button)
    history = k.wait_for("history")
    k.wait(lambda: history.table.rowCount() == 1)
    cells = [history.table.item(0, c).text() for c in range(history.table.columnCount())]
    assert "2000000000015" not in " ".join(cells)  # the card number is masked
    assert (cells[1].endswith("0015") and "•" in cells[1]) or "*" in cells[1], cells[1]
    assert cells[2] == "2× Espresso, Butter croissant"
    assert cells[3] == "CZK\u00a0163.00", cells[3]
    k.click(history.back_button)
    k.wait_for("bill")  # where the cashier came from, the open bill untouched
    assert len(k.session.bill.lines) == 1

    k.new_customer()  # the open bill is discarded after asking
    k.click(k.window.history_button)
    k.wait_for("history")
    k.qtbot.keyClick(history, Qt.Key.Key_Escape)
    k.wait_for("card")


def test_a_tap_on_a_reward_card_applies_it_and_its_buttons_step(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001", "1001", "1001", "1001")  # four coffees: the second coffee free twice
    k.click(k.screen("bill").rewards_button)
    rewards = k.wait_for("rewards")
    card = k.tap_reward("COFFEE2")
    assert k.session.rewards["COFFEE2"] == 1 and card.applied.text() == "Applied 1×"
    assert "up to 2×" in card.available.text()
    k.click(card.plus)
    assert k.session.rewards["COFFEE2"] == 2 and not card.plus.isEnabled()
    k.click(card.minus)
    k.click(card.minus)
    assert "COFFEE2" not in k.session.rewards or k.session.rewards["COFFEE2"] == 0
    assert card.applied.text() == "" and not card.minus.isEnabled()
    card.setFocus()
    k.qtbot.keyClick(card, Qt.Key.Key_Space)  # from the keyboard too
    k.wait(lambda: k.session.rewards.get("COFFEE2") == 1)
    assert rewards.card("COFFEE2").accessibleName() == "Second coffee free"


@pytest.mark.parametrize("width,strip", [(1024, True), (1280, False)])
def test_the_customer_panel_is_a_strip_on_a_narrow_screen(kiosk: Kiosk, width: int,
                                                          strip: bool) -> None:
    k = kiosk
    k.window.resize(width, 768)
    k.sign_in()
    k.identify("2000000000015")
    QApplication.processEvents()
    panel, bill = k.window.panel, k.screen("bill")
    at = panel.mapTo(k.window, QPoint(0, 0))
    screen_at = bill.mapTo(k.window, QPoint(0, 0))
    if strip:  # across the top, above the screen, low
        assert panel.width() > width * 0.9 and at.y() < screen_at.y()
        assert panel.height() <= 140, panel.height()
    else:  # a column beside the screen
        assert at.x() > screen_at.x() and panel.height() > 400
    assert panel.name.text() == "Jana Nováková" and panel.name.isVisible()


def test_names_and_money_follow_the_language_after_a_switch(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("1001", "2001")  # an espresso and a butter croissant
    k.click(k.screen("bill").rewards_button)
    k.wait_for("rewards")
    k.tap_reward("CROISS50")
    k.pick_language("cs")
    bill = k.screen("bill")
    k.wait(lambda: any(line.name == "Máslový croissant" for line in k.session.bill.lines))
    k.window.show_screen("bill")
    texts = [bill.lines.item(r, c).text() for r in range(bill.lines.rowCount())
             for c in range(bill.lines.columnCount()) if bill.lines.item(r, c)]
    assert "Máslový croissant" in texts and "Butter croissant" not in " ".join(texts)
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)
    review = " ".join(closure.review.item(i).text() for i in range(closure.review.count()))
    assert "Máslový croissant" in review and "Butter croissant" not in review
    assert "Croissant za polovic ke kávě" in review
    assert "81,50\u00a0CZK" in closure.to_pay.text().replace(" ", "\u00a0"), \
        closure.to_pay.text()
    for widget in k.window.findChildren(QWidget):
        if widget.isVisible() and hasattr(widget, "text") and callable(widget.text):
            text = widget.text() if isinstance(widget.text(), str) else ""
            assert "CZK\u00a0" not in text and "Kč" not in text, text  # one way: "104,00 CZK"
