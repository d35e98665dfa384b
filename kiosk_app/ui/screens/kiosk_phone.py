"""Phone identification at a kiosk: the shopper types their number, a one-time code goes to
the phone on file of exactly one account (the number is never listed or shown back), and
the code typed here proves they hold that phone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk_app.app.kiosk import Identified, KioskVisit, PhoneChallenge, Refusal
from kiosk_app.ui.routes import Route
from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.text import label
from kiosk_app.ui.widgets.keypad import Keypad
from kiosk_app.ui.widgets.touch import forget


class PhoneScreen(Screen):
    def __init__(self, visit: KioskVisit, on_identified: Callable[[Identified], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit = visit
        self.on_identified = on_identified
        self.challenge: PhoneChallenge | None = None
        self.prompt = label(self)
        self.prompt.setWordWrap(True)
        self.phone = QLineEdit(self)
        self.code = QLineEdit(self)
        self.code.setMaxLength(12)
        self.send_button = button(self, role="primary")
        self.confirm_button = button(self, role="primary")
        self.back_button = button(self, icon="back")
        self.keypad = Keypad(self.phone, self)
        self.beside_keypad([self.prompt, self.phone, self.code, self.send_button,
                            self.confirm_button], self.keypad, weights=(3, 2))
        self.add_action(self.back_button, left=True)
        self.send_button.clicked.connect(self.send)
        self.confirm_button.clicked.connect(self.confirm)
        self.keypad.submitted.connect(self.default_action)
        self.phone.returnPressed.connect(self.send)
        self.code.returnPressed.connect(self.confirm)
        self.back_button.clicked.connect(lambda: self.go.emit(Route.IDENTIFY))
        self.retranslate_ui()
        self.wipe()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Your phone number"))
        self.prompt.setText(self.tr("Type the code we sent to your phone.") if self.challenge
                            else self.tr("Type your phone number with the country code; we "
                                         "send a code to the phone your account has."))
        named(self.phone, self.tr("Phone number"))
        named(self.code, self.tr("Code from the text message"))
        self.phone.setPlaceholderText(self.tr("e.g. 420601111222"))
        self.code.setPlaceholderText(self.tr("Code"))
        self.send_button.setText(self.tr("Send me a code"))
        self.confirm_button.setText(self.tr("Confirm"))
        self.back_button.setText(self.tr("Back"))

    def wipe(self) -> None:
        """Forget the number, the code and the challenge (also when the kiosk goes idle)."""
        super().wipe()
        self.challenge = None
        forget(self.phone, self.code)
        self._show_step()

    def entered(self) -> None:
        self.wipe()

    def _show_step(self) -> None:
        asking = self.challenge is not None
        self.phone.setVisible(not asking)
        self.send_button.setVisible(not asking)
        self.code.setVisible(asking)
        self.confirm_button.setVisible(asking)
        self.keypad.target = self.code if asking else self.phone
        (self.code if asking else self.phone).setFocus()
        self.retranslate_ui()

    def default_action(self) -> None:
        self.confirm() if self.challenge else self.send()

    def send(self) -> None:
        self.run(self.visit.send_code(self.phone.text()), self._sent, key="send",
                 disable=[self.send_button])

    def _sent(self, challenge: PhoneChallenge | None) -> None:
        if challenge is None:
            self.show_error(self.tr("We could not find one account with this number. Check "
                                    "it, or scan your card, or ask at the counter."))
            return
        self.challenge = challenge
        self.clear_error()
        self._show_step()

    def confirm(self) -> None:
        if self.challenge is None:
            return
        self.run(self.visit.check_code(self.challenge, self.code.text()), self._checked,
                 key="confirm", disable=[self.confirm_button])

    def _checked(self, identified: Identified) -> None:
        if identified.refusal is Refusal.CODE_WRONG or identified.view is None:
            forget(self.code)
            self.show_error(self.tr("That code is not right or has expired. Type it again, "
                                    "or go back and ask for a new one."))
            return
        self.on_identified(identified)
