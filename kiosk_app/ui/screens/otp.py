"""Phone validation with a one-time password: send by SMS (or e-mail), type the code, verify."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk_app.api import BadRequest
from kiosk_app.api.masking import mask_value
from kiosk_app.app.counter import CounterVisit
from kiosk_app.domain.contact import phone_digits, phone_number
from kiosk_app.domain.cooldown import RESEND_COOLDOWN_S, Cooldown
from kiosk_app.ui.routes import Route
from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.text import label
from kiosk_app.ui.widgets.keypad import Keypad
from kiosk_app.ui.widgets.touch import forget, touch_combo


class OtpScreen(Screen):
    def __init__(self, visit: CounterVisit, parent: QWidget | None = None, *,
                 cooldown_s: float = RESEND_COOLDOWN_S) -> None:
        super().__init__(parent)
        self.visit = visit
        self.cooldown = Cooldown(cooldown_s)
        self.request_id: str | None = None
        self.sent_to: str | None = None
        self.target = touch_combo(self)
        self.number = QLineEdit(self)
        self.send_button = button(self)
        self.status = label(self, role="muted", wrap=True)
        self.code = QLineEdit(self)
        self.code.setMaxLength(12)
        self.keypad = Keypad(self.code, self)
        self.keypad.setMaximumWidth(320)
        self.verify_button = button(self, role="primary")
        self.back_button = button(self)
        self.ticker = QTimer(self, interval=1000)
        self.ticker.timeout.connect(self._update_send)
        self.beside_keypad([self.target, self.number, self.send_button, self.status, self.code],
                           self.keypad, weights=(3, 2))
        self.add_action(self.back_button, left=True)
        self.add_action(self.verify_button)
        self.target.currentIndexChanged.connect(lambda _i: self._target_changed())
        self.send_button.clicked.connect(self.send)
        self.verify_button.clicked.connect(self.verify)
        self.code.returnPressed.connect(self.verify)
        self.back_button.clicked.connect(self.back)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Validate phone"))
        self.number.setPlaceholderText(self.tr("Phone number, e.g. 420601111222"))
        named(self.number, self.tr("Phone number to send the code to"))
        named(self.target, self.tr("Where to send the code"))
        named(self.code, self.tr("Code from the message"))
        self.code.setPlaceholderText(self.tr("Code from the message"))
        self.verify_button.setText(self.tr("Verify code"))
        self.back_button.setText(self.tr("Back"))
        self._fill_targets()
        self._update_send()

    def _fill_targets(self) -> None:
        index = self.target.currentIndex()
        self.target.blockSignals(True)
        self.target.clear()
        view = self.visit.session.customer
        info = view.customer.personal_information if view and view.customer else None
        if info and info.phone:
            self.target.addItem(self.tr("SMS to the phone on file (%1)")
                                .replace("%1", mask_value(info.phone)),
                                ("sms", phone_digits(info.phone)))
        self.target.addItem(self.tr("SMS to another number"), ("sms", None))
        if info and info.email:
            self.target.addItem(self.tr("E-mail to the address on file (%1)")
                                .replace("%1", mask_value(info.email)), ("email", info.email))
        self.target.setCurrentIndex(index if 0 <= index < self.target.count() else 0)
        self.target.blockSignals(False)
        self._target_changed()

    def _target_changed(self) -> None:
        _kind, value = self.target.currentData() or ("sms", None)
        self.number.setVisible(value is None)

    def entered(self) -> None:
        self.request_id = None
        forget(self.code, self.number)
        self.status.clear()
        self.target.setCurrentIndex(0)
        self._fill_targets()
        self.code.setFocus()

    def wipe(self) -> None:
        super().wipe()
        self.request_id, self.sent_to = None, None
        forget(self.code, self.number)
        self.status.clear()
        self.cooldown.reset()
        self._update_send()

    def default_action(self) -> None:
        if self.request_id:
            self.verify()
        else:
            self.send()

    def update_actions(self) -> None:
        self._update_send()
        self.enable(self.verify_button, not self.busy and self.request_id is not None)

    def _update_send(self) -> None:
        left = self.cooldown.left()
        if left > 0:
            self.send_button.setText(self.tr("Send again in %1 s").replace("%1", str(left)))
            self.send_button.setEnabled(False)
        else:
            self.ticker.stop()
            self.send_button.setText(self.tr("Send again") if self.request_id
                                     else self.tr("Send code"))
            self.enable(self.send_button, not self.busy)

    def send(self) -> None:
        if not self.cooldown.ready:
            return
        kind, value = self.target.currentData() or ("sms", None)
        recipient = value or phone_number(self.number.text())  # the one phone rule
        if not recipient:
            self.show_error(self.tr("Type the phone number with its country code, e.g. "
                                    "420601111222."))
            return
        self.sent_to = recipient
        self.run(self.visit.send_otp(recipient, email=kind == "email"), self._sent,
                 key="send", disable=[self.send_button])

    def _sent(self, request_id: str) -> None:
        self.request_id = request_id
        self.cooldown.start()
        self.ticker.start()
        self.status.setText(self.tr("Code sent. Ask the customer to read it out and type it "
                                    "below. It is valid for one hour."))
        forget(self.code)
        self.code.setFocus()

    def verify(self) -> None:
        code = self.code.text().strip()
        if not self.request_id:
            return
        if not code:
            self.show_error(self.tr("Type the code from the message."))
            return
        self.run(self.visit.verify_otp(self.request_id, code), self._verified,
                 key="verify", disable=[self.verify_button], on_error=self._verify_failed)

    def _verify_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, BadRequest) and exc.has_reason("not_found", "request_id"):
            self.show_error(self.tr("This code request is unknown. Send a new code."))
            return True
        return False

    def _verified(self, valid: bool) -> None:
        if not valid:
            self.show_error(self.tr("The code is wrong. Check it with the customer and type it "
                                    "again, or send a new code."))
            self.code.selectAll()
            return
        self.request_id = None
        self.status.setText(self.tr("Phone validated."))
        self.visit.phone_validated(self.sent_to or "")
        self.go.emit(Route.BACK)
