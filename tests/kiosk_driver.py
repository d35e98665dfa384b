"""Drives the real main window like a cashier would: typing, tapping, scanning."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from kiosk_app.sandbox.server import SandboxServer
from kiosk_app.services.checkout import CheckoutService
from kiosk_app.services.sender import OutboxSender
from kiosk_app.services.session import CheckoutSession
from kiosk_app.ui.main_window import MainWindow

TIMEOUT = 10_000


@dataclass
class Kiosk:
    window: MainWindow
    service: CheckoutService
    session: CheckoutSession
    sandbox: SandboxServer
    control: httpx.Client
    qtbot: Any
    sender: OutboxSender

    def screen(self, name: str) -> Any:
        return self.window.screens[name]

    def wait_for(self, name: str) -> Any:
        self.qtbot.waitUntil(lambda: self.window.current_name == name, timeout=TIMEOUT)
        return self.screen(name)

    def wait(self, condition: Any) -> None:
        self.qtbot.waitUntil(condition, timeout=TIMEOUT)

    def type_into(self, widget: QLineEdit, text: str) -> None:
        widget.setFocus()
        self.qtbot.keyClicks(widget, text)
        self.wait(lambda: widget.text().endswith(text))  # the scanner filter replays typing

    def click(self, button: QPushButton) -> None:
        self.wait(button.isEnabled)
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def click_item(self, view: Any, row: int) -> None:
        """A tap on a row of a list."""
        item = view.item(row)
        view.scrollToItem(item)
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                              pos=view.visualItemRect(item).center())

    def scan(self, raw: str, target: QWidget | None = None) -> None:
        """A scanner burst: every character at once, then Enter, into whatever has focus."""
        widget = target or QApplication.focusWidget() or self.window
        for ch in raw:
            event = QKeyEvent(QEvent.Type.KeyPress, _key(ch), Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                                 Qt.KeyboardModifier.NoModifier, "\r"))

    def sign_in(self, login: str = "cashier", password: str = "demo") -> None:
        screen = self.wait_for("sign_in")
        self.type_into(screen.login, login)
        self.type_into(screen.password, password)
        self.click(screen.sign_in_button)
        self.wait(screen.start_button.isEnabled)
        self.click(screen.start_button)
        self.wait_for("card")

    def identify(self, card: str = "2000000000015") -> None:
        self.scan(card)
        self.wait_for("bill")
        self.wait(lambda: self.session.customer is not None)

    def ring_up(self, *codes: str, card: str = "2000000000015") -> None:
        """Identify the customer by card, then scan each PLU onto the bill."""
        self.identify(card)
        for code in codes:
            self.scan(code)
        self.wait(lambda: sum(line.quantity for line in self.session.bill.lines) == len(codes))

    def tap_reward(self, code: str) -> Any:
        """A tap on a reward's card (not on its − / +): applies it once more."""
        rewards = self.screen("rewards")
        self.wait(lambda: rewards.card(code) is not None)
        card = rewards.card(code)
        rewards.scroll.ensureWidgetVisible(card)
        self.qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.rect().topLeft() + QPoint(4, 4))
        return card

    def close_bill(self) -> Any:
        self.click(self.screen("bill").close_button)
        return self.wait_for("closure")

    def cancel_purchase(self, reason: str = "goods_returned", note: str = "",
                        pin: str = "") -> Any:
        """History's *Cancel purchase* on the selected sale, as a cashier does it: the
        confirmation, a reason, a note, the staff PIN on the keypad when asked, then
        *Cancel the purchase*. Returns the History screen."""
        history = self.screen("history")
        self.click(history.cancel_button)
        self.wait(history.confirm_page.isVisible)
        self.click(history.reasons[reason])
        if note:
            self.type_into(history.note, note)
        for digit in pin:
            self.click(history.keypad.buttons[digit])
        self.click(history.confirm_button)
        return history

    def api_calls(self, path: str) -> list[dict]:
        return [r for r in self.sandbox.requests if r["path"] == path]

    def pick_language(self, code: str) -> None:
        """The header's language picker, as the cashier uses it."""
        picker = self.window.language_picker
        self.click(picker)
        self.click(picker.buttons[code])
        self.wait(lambda: self.window.languages.current == code)

    def tap_at(self, widget: QWidget) -> QWidget | None:
        """A tap at the window position where `widget` is now; whatever is there then
        receives it (the screen may have changed meanwhile). Returns what was tapped."""
        spot = widget.mapTo(self.window, widget.rect().center())
        target = self.window.childAt(spot)
        if target is not None:
            self.qtbot.mouseClick(target, Qt.MouseButton.LeftButton,
                                  pos=target.mapFrom(self.window, spot))
        return target

    def faults(self, **faults: Any) -> None:
        self.control.post("faults", json=faults)

    def clear_faults(self) -> None:
        self.control.delete("faults")

    def purchases(self) -> list[dict]:
        return self.sandbox.store.purchases()


def _key(ch: str) -> int:
    if ch.isdigit():
        return int(Qt.Key.Key_0) + int(ch)
    if ch.isalpha() and ch.isascii():
        return int(Qt.Key.Key_A) + ord(ch.upper()) - ord("A")
    return 0
