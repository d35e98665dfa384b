"""Screens made for touch screens and for everyone (issue 11): every screen at 1024×768 and
1280×800, in English and in pseudo-localisation, measured: no interactive control below
48 px, none without an accessible name, none outside the window, no clipped text, and the
window never grows past the screen (not even with an error message)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollBar,
    QWidget,
)

from kiosk_app.ui.theme import Look
from tests.kiosk_driver import Kiosk
from tests.purchases import purchase

SIZES = [(1024, 768), (1280, 800)]
MIN = 48
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


pytestmark = pytest.mark.usefixtures("english_after")  # see conftest


def visible(widget: QWidget, root: QWidget) -> bool:
    """Shown on screen: visible, not zero-sized, and not scrolled out of its viewport."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    return not widget.visibleRegion().isEmpty()


def accessible_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def problems(root: QWidget) -> list[str]:
    """Everything on `root` that a person on a touch screen or with a screen reader meets."""
    found = []
    window = QRect(QPoint(0, 0), root.size())
    for widget in root.findChildren(QWidget):
        if not visible(widget, root) or isinstance(widget, QScrollBar):
            continue  # scroll bars only show position: lists scroll by dragging
        what = f"{type(widget).__name__} {widget.objectName() or accessible_name(widget)!r}"
        if isinstance(widget, INTERACTIVE):
            if widget.width() < MIN or widget.height() < MIN:
                found.append(f"{what} is {widget.width()}×{widget.height()} px")
            if not accessible_name(widget):
                found.append(f"{what} has no accessible name")
            spot = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
            if not window.contains(spot.intersected(widget.visibleRegion().boundingRect()
                                                    .translated(spot.topLeft()))):
                found.append(f"{what} lies outside the window")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            rows = widget.model().rowCount()
            for row in range(min(rows, 5)):  # as drawn
                height = widget.visualRect(widget.model().index(row, 0)).height()
                if 0 < height < MIN:
                    found.append(f"{what} row {row} is {height} px high")
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            need = max(widget.fontMetrics().horizontalAdvance(line)
                       for line in widget.text().split("\n"))
            if need > widget.contentsRect().width() + 1:
                found.append(f"label {widget.text()!r} clipped: {need} > "
                             f"{widget.contentsRect().width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) + 16
            if need > widget.width():
                found.append(f"button {widget.text()!r} clipped: {need} > {widget.width()}")
    return found


def _walk(k: Kiosk, check: Callable[[str], None]) -> None:
    """Every screen in a state where its controls are on show."""
    entry = k.outbox.add(purchase(), currency_code="CZK")
    k.outbox.mark_manual(entry.id, "400 refused", "bill_items: not_allowed_value")
    check("sign_in")
    k.sign_in()
    check("card")
    k.window.show_screen("lookup")
    lookup = k.screen("lookup")
    k.type_into(lookup.last_name, "Novakova")
    k.type_into(lookup.first_name, "Jana")
    k.click(lookup.search_button)
    k.wait(lambda: lookup.results.count() == 2)
    check("lookup")
    k.window.show_screen("card")
    k.ring_up("1001", "1002", "3001")
    check("bill")
    k.window.show_screen("otp")
    otp = k.screen("otp")
    k.click(otp.send_button)
    k.wait(lambda: otp.request_id is not None)
    check("otp")
    k.window.show_screen("rewards")
    rewards = k.screen("rewards")
    k.wait(lambda: rewards.cards_shown() > 0)
    check("rewards")
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)
    check("closure")
    k.click(closure.confirm_button)
    k.wait_for("done")
    check("done")
    k.window.show_screen("history")
    check("history")
    k.window.show_screen("transfer")
    check("transfer")


CASES = [(size, language, Look()) for size in SIZES for language in ("en", "pseudo")] + [
    ((1024, 768), "en", Look(large_text=True)),
    ((1024, 768), "pseudo", Look(high_contrast=True, large_text=True)),
]


@pytest.mark.parametrize("size,language,look", CASES,
                         ids=lambda v: (f"{v[0]}x{v[1]}" if isinstance(v, tuple) else
                                        "-".join(k for k, on in vars(v).items() if on) or
                                        "standard" if isinstance(v, Look) else v))
def test_every_screen_fits_and_every_control_is_touch_sized_and_named(kiosk: Kiosk, size,
                                                                      language, look) -> None:
    k = kiosk
    k.window.theme.apply(look)
    k.window.resize(*size)
    if language != "en":
        k.window.switch_language(language)
    found: dict[str, list[str]] = {}

    def check(name: str) -> None:
        k.wait_for(name)
        QApplication.processEvents()
        k.window.resize(*size)
        QApplication.processEvents()
        assert (k.window.width(), k.window.height()) == size, (
            f"{name}: the window is {k.window.width()}×{k.window.height()}, "
            f"its minimum {k.window.minimumSizeHint().width()}×"
            f"{k.window.minimumSizeHint().height()}")
        if errors := problems(k.window):
            found[name] = errors

    _walk(k, check)
    assert not found, "\n".join(f"{name}: {p}" for name, errors in found.items()
                                for p in errors)


def test_a_long_message_never_grows_the_window_nor_hides_the_actions(kiosk: Kiosk) -> None:
    k = kiosk
    k.window.resize(1024, 768)
    k.sign_in()
    k.ring_up("1002")
    bill = k.screen("bill")
    bill.show_error("A message a cashier must read. " * 12)
    QApplication.processEvents()
    assert (k.window.width(), k.window.height()) == (1024, 768)
    close = bill.close_button
    spot = close.mapTo(k.window, QPoint(0, 0))
    assert close.isVisible() and spot.y() + close.height() <= k.window.height()


def test_combo_drop_down_rows_are_touch_sized_and_show_entries_whole(kiosk: Kiosk) -> None:
    k = kiosk
    k.window.resize(1024, 768)
    k.sign_in()
    k.ring_up("1001")
    closure = k.close_bill()
    combo = closure.payment_type
    k.click(combo)
    view = combo.view()
    k.wait(view.isVisible)
    heights = [view.visualRect(view.model().index(row, 0)).height()
               for row in range(combo.count())]
    assert heights and min(heights) >= MIN, heights
    longest = max((combo.itemText(row) for row in range(combo.count())),
                  key=view.fontMetrics().horizontalAdvance)
    assert view.fontMetrics().horizontalAdvance(longest) <= view.viewport().width()
    assert combo.toolTip() == combo.currentText()  # the box may shorten it; the tip does not
    combo.hidePopup()


def test_focus_moves_in_reading_order_and_shows(kiosk: Kiosk) -> None:
    k = kiosk
    screen = k.wait_for("sign_in")
    screen.login.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(2):
        k.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [screen.login, screen.password, screen.sign_in_button]
    # the focused control is framed in the theme's focus colour, not only by a caret
    focus = k.window.theme.colours["focus"].lower()
    assert f"solid {focus}" in QApplication.instance().styleSheet().lower()
    image = screen.sign_in_button.grab().toImage()
    edge = {image.pixelColor(x, 1).name() for x in range(8, image.width() - 8)}
    assert focus in edge, edge
