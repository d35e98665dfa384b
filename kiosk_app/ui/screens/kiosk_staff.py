"""Staff functions at a kiosk, behind the staff PIN (kept only as a salted hash): this
till's purchase history, unsent purchases, and leaving the kiosk. Locked again on leaving
this area, after inactivity, or when the kiosk goes idle."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk_app.domain.staff import StaffGate
from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.widgets.keypad import Keypad


class StaffScreen(Screen):
    def __init__(self, gate: StaffGate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gate = gate
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.unlock_button = button(self, role="primary", icon="lock")
        self.keypad = Keypad(self.pin, self)
        self.history_button = button(self, icon="history")
        self.transfer_button = button(self, icon="outbox")
        self.exit_button = button(self, role="danger", icon="logout")
        self.lock_button = button(self, icon="lock")
        self.beside_keypad([self.pin, self.unlock_button, self.history_button,
                            self.transfer_button, self.exit_button], self.keypad,
                           weights=(3, 2))
        self.add_action(self.lock_button, left=True)
        self.unlock_button.clicked.connect(self.unlock)
        self.pin.returnPressed.connect(self.unlock)
        self.keypad.submitted.connect(self.unlock)
        self.history_button.clicked.connect(lambda: self._staff_go("history"))
        self.transfer_button.clicked.connect(lambda: self._staff_go("transfer"))
        self.exit_button.clicked.connect(lambda: self._staff_go("exit"))
        self.lock_button.clicked.connect(self.lock)
        self.retranslate_ui()
        self.update_actions()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Staff functions") if self.gate.unlocked
                           else self.tr("Staff PIN"))
        named(self.pin, self.tr("Staff PIN"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.history_button.setText(self.tr("Purchase history"))
        self.transfer_button.setText(self.tr("Unsent purchases"))
        self.exit_button.setText(self.tr("Close the kiosk app"))
        self.lock_button.setText(self.tr("Lock and leave"))

    def entered(self) -> None:
        self.pin.clear()
        self.clear_error()
        self.update_actions()
        self.pin.setFocus()

    def update_actions(self) -> None:
        unlocked = self.gate.unlocked
        for widget in (self.pin, self.unlock_button, self.keypad):
            widget.setVisible(not unlocked)
        for widget in (self.history_button, self.transfer_button, self.exit_button):
            widget.setVisible(unlocked)
        self.retranslate_ui()

    def unlock(self) -> None:
        if not self.gate.configured:
            self.show_error(self.tr("No staff PIN is set on this kiosk: run kiosk-app "
                                    "staff-pin and put the line it prints in the settings."))
        elif refused := pin_refusal(self.gate, self.pin.text()):
            self.show_error(refused)
        else:
            self.clear_error()
        self.pin.clear()
        self.update_actions()

    def _staff_go(self, where: str) -> None:
        if self.gate.unlocked:  # the lock may have closed since the screen was drawn
            self.gate.touch()
            self.go.emit(where)
        else:
            self.update_actions()

    def lock(self) -> None:
        self.gate.lock()
        self.pin.setText("")  # no undo step holding the PIN
        self.go.emit("attract")

    def back(self) -> None:
        self.lock()


def pin_refusal(gate: StaffGate, pin: str) -> str:
    """Try `pin` on the staff gate: "" when it opens, else the sentence to show (a wrong PIN,
    or the pause after five); the kiosk's staff lock and History's cancellation say the same."""
    if gate.try_pin(pin):
        return ""
    left = gate.pause_left()
    if left > 0:
        return QCoreApplication.translate("StaffScreen", "Too many wrong PINs. Try again in %1 s."
                                          ).replace("%1", str(int(left) + 1))
    return QCoreApplication.translate("StaffScreen", "Wrong PIN.")
