"""Sign-in: the cashier's own CareCloud user (never stored), then store and cash desk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QWidget

from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.widgets.touch import Stepper, touch_combo

if TYPE_CHECKING:
    from kiosk_app.services.checkout import CheckoutService, ReferenceData


class SignInScreen(Screen):
    def __init__(self, service: CheckoutService | None, *, store_id: str = "",
                 cashdesk_number: int = 1, demo_hint: tuple[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.preferred_store = store_id
        self.demo_hint = demo_hint
        card = QFrame(self, objectName="card")
        card.setMaximumWidth(620)
        form = QFormLayout(card)
        form.setContentsMargins(24, 20, 24, 20)
        form.setVerticalSpacing(12)
        self.login = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in_button = button(self, role="primary")
        self.store = touch_combo(self)
        self.cashdesk = Stepper(self, minimum=1, maximum=999, value=cashdesk_number)
        self.start_button = button(self, role="primary")
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.login_label, self.password_label = QLabel(self), QLabel(self)
        self.store_label, self.cashdesk_label = QLabel(self), QLabel(self)
        for label, field in ((self.login_label, self.login),
                             (self.password_label, self.password)):
            label.setBuddy(field)
        form.addRow(self.login_label, self.login)
        form.addRow(self.password_label, self.password)
        form.addRow("", self.sign_in_button)
        form.addRow(self.store_label, self.store)
        form.addRow(self.cashdesk_label, self.cashdesk)
        form.addRow(self.hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)
        self.add_action(self.start_button)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.password.returnPressed.connect(self.sign_in)
        self.login.returnPressed.connect(self.password.setFocus)
        self.start_button.clicked.connect(self.start)
        self._set_place_enabled(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Sign in"))
        self.login_label.setText(self.tr("CareCloud user"))
        self.password_label.setText(self.tr("Password"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.store_label.setText(self.tr("Store"))
        self.cashdesk_label.setText(self.tr("Cash desk"))
        self.start_button.setText(self.tr("Start selling"))
        named(self.login, self.tr("CareCloud user"))
        named(self.password, self.tr("Password"), self.tr("Your own CareCloud password; it is "
                                                          "never stored."))
        named(self.store, self.tr("Store"))
        self.cashdesk.set_names(self.tr("Cash desk"), self.tr("One less"), self.tr("One more"))
        if self.demo_hint:
            self.hint.setText(self.tr("Demo sandbox: sign in as %1 / %2")
                              .replace("%1", self.demo_hint[0]).replace("%2", self.demo_hint[1]))

    def entered(self) -> None:
        self.login.setFocus()

    def default_action(self) -> None:
        if self.start_button.isEnabled():
            self.start()
        else:
            self.sign_in()

    def _set_place_enabled(self, enabled: bool) -> None:
        for widget in (self.store, self.cashdesk, self.start_button):
            widget.setEnabled(enabled)
        self.cashdesk.set_value(self.cashdesk.value())  # its buttons follow

    def back(self) -> None:
        """The first screen: nothing to go back to."""

    def reset(self) -> None:
        """Signed out: the next person starts from the beginning."""
        self.login.clear()
        self.password.clear()
        self.store.clear()
        self._set_place_enabled(False)
        self.clear_error()

    def sign_in(self) -> None:
        if self.service is None:
            return  # the services are attached a moment after the window appears
        login, password = self.login.text().strip(), self.password.text()
        if not login or not password:
            self.show_error(self.tr("Type your CareCloud user name and password."))
            return
        self.password.clear()  # never kept, whatever happens next
        self.run(self.service.sign_in(login, password), self._signed_in, key="sign_in",
                 disable=[self.sign_in_button])

    def _signed_in(self, reference: ReferenceData) -> None:
        self.store.clear()
        for store in reference.stores:
            self.store.addItem(store.name, store.store_id)
        index = self.store.findData(self.preferred_store)
        self.store.setCurrentIndex(max(index, 0))
        self._set_place_enabled(bool(reference.stores))
        self.start_button.setFocus()

    def start(self) -> None:
        store_id = self.store.currentData()
        if not store_id or self.service is None:
            return
        self.service.choose_place(store_id, self.cashdesk.value())
        self.service.on_queued()  # purchases left from before go out now
        self.go.emit("card")
