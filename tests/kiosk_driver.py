"""Drives the real main window like a cashier would: typing, tapping, scanning."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from kiosk_app.api import CareCloudClient
from kiosk_app.app.counter import CounterVisit
from kiosk_app.app.outbox import Outbox
from kiosk_app.app.sender import OutboxSender
from kiosk_app.app.services import Services
from kiosk_app.app.till import Till
from kiosk_app.domain.checkout import CheckoutSession
from kiosk_app.sandbox.server import SandboxServer

TIMEOUT = 10_000


@dataclass
class Kiosk:
    window: Any  # MainWindow or KioskWindow
    services: Services
    sandbox: SandboxServer
    control: httpx.Client
    qtbot: Any
    clock: Any  # the scanner's ManualClock

    @property
    def client(self) -> CareCloudClient:
        return self.services.client

    @property
    def till(self) -> Till:
        return self.services.till

    @property
    def visit(self) -> CounterVisit:
        return self.services.counter

    @property
    def session(self) -> CheckoutSession:
        return self.services.counter.session

    @property
    def outbox(self) -> Outbox:
        return self.services.outbox

    @property
    def sender(self) -> OutboxSender:
        return self.services.sender

    def screen(self, name: str) -> Any:
        return self.window.screen(name)

    def wait_for(self, name: str) -> Any:
        self.qtbot.waitUntil(lambda: self.window.current_name == name, timeout=TIMEOUT)
        return self.screen(name)

    def wait(self, condition: Any) -> None:
        self.qtbot.waitUntil(condition, timeout=TIMEOUT)

    def type_into(self, widget: QLineEdit, text: str) -> None:
        widget.setFocus()
        for event in typed_keys(text):  # accented letters too, as a Czech keyboard types them
            if event.type() == QEvent.Type.KeyPress:
                self.clock.advance(0.12)  # a person's pace: never a scanner's burst
            QApplication.sendEvent(widget, event)
        self.wait(lambda: widget.text().endswith(text))  # the scanner filter replays typing

    def click(self, button: QAbstractButton) -> None:
        """A tap once the button takes it: enabled, and not in the moment a button that
        just appeared under the last tap ignores taps (`ui.shell`)."""
        self.wait(lambda: button.isEnabled() and not self.window.tap_guarded(button))
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def click_item(self, view: Any, row: int) -> None:
        """A tap on a row of a list."""
        item = view.item(row)
        view.scrollToItem(item)
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                              pos=view.visualItemRect(item).center())

    def scan(self, raw: str, target: QWidget | None = None) -> None:
        """A scanner burst as a USB keyboard-wedge scanner types it (like `xdotool type`):
        Shift pressed before each capital and each shifted symbol such as `:`, every key
        pressed and released at once, then Enter, into whatever has focus."""
        widget = target or QApplication.focusWidget() or self.window
        self.clock.advance(1.0)  # a pause before the scan: it starts a burst of its own
        for event in scanner_keys(raw):
            QApplication.sendEvent(widget, event)

    def sign_in(self, login: str = "cashier", password: str = "demo") -> None:
        screen = self.wait_for("sign_in")
        self.type_into(screen.login, login)
        self.type_into(screen.password, password)
        self.click(screen.sign_in_button)
        self.wait(screen.start_button.isEnabled)
        self.click(screen.start_button)
        self.wait_for("card")

    def question(self) -> Any:
        """The question the window asks now (`ui.dialogs.Question`), or None."""
        box = self.window.question_box
        return box if box is not None and box.isVisible() else None

    def new_customer(self, *, discard: bool = True) -> None:
        """*New customer*; with an open bill the window asks, and the cashier discards it."""
        self.click(self.window.new_button)
        box = self.window.question_box
        if box is not None and box.isVisible():
            words = "discard" if discard else "Keep"
            (chosen,) = [b for b in box.buttons() if words in b.text()]
            self.click(chosen)
        if discard:
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


SHIFTED = set('~!@#$%^&*()_+{}|:"<>?')


def scanner_keys(raw: str) -> list[QKeyEvent]:
    """The key events a keyboard-wedge scanner sends for `raw` and its closing Enter."""
    none, shift = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier
    press, release = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
    events = []
    for ch in raw:
        shifted = ch.isupper() or ch in SHIFTED
        if shifted:
            events.append(QKeyEvent(press, Qt.Key.Key_Shift, shift, ""))
        modifiers = shift if shifted else none
        events.append(QKeyEvent(press, _key(ch), modifiers, ch))
        events.append(QKeyEvent(release, _key(ch), modifiers, ch))
        if shifted:
            events.append(QKeyEvent(release, Qt.Key.Key_Shift, none, ""))
    events.append(QKeyEvent(press, Qt.Key.Key_Return, none, "\r"))
    events.append(QKeyEvent(release, Qt.Key.Key_Return, none, "\r"))
    return events


def typed_keys(text: str) -> list[QKeyEvent]:
    """Key presses and releases for `text` as a keyboard types it (Shift for capitals)."""
    events = scanner_keys(text)
    return events[:-2]  # no Enter


def _key(ch: str) -> int:
    if ch.isdigit():
        return int(Qt.Key.Key_0) + int(ch)
    if ch.isalpha() and ch.isascii():
        return int(Qt.Key.Key_A) + ord(ch.upper()) - ord("A")
    if ch.isascii() and ch.isprintable():
        return ord(ch)  # Qt's key codes for ASCII symbols are their code points (Key_Colon…)
    return 0
