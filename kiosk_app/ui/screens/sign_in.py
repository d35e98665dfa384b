"""Sign-in: the cashier's own CareCloud user (never stored), then store and cash desk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLineEdit, QWidget

from kiosk_app.app.till import Till
from kiosk_app.domain.reference import ReferenceData
from kiosk_app.ui.routes import Route
from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.text import label
from kiosk_app.ui.widgets.touch import Stepper, forget, touch_combo


class SignInScreen(Screen):
    def __init__(self, till: Till, *, wake_sender: Callable[[], None] = lambda: None,
                 demo_hint: tuple[str, str] | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.till = till
        self.wake_sender = wake_sender
        self.demo_hint = demo_hint
        cashdesk_number = till.cashdesk_number
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
        self.hint = label(self, role="muted", wrap=True)
        self.login_label, self.password_label = label(self), label(self)
        self.store_label, self.cashdesk_label = label(self), label(self)
        for caption, field in ((self.login_label, self.login),
                               (self.password_label, self.password)):
            caption.setBuddy(field)
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

    def wipe(self) -> None:
        """Signed out: the next person starts from the beginning (nothing in undo)."""
        super().wipe()
        forget(self.login, self.password)
        self.store.clear()
        self._set_place_enabled(False)

    def sign_in(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        if not login or not password:
            self.show_error(self.tr("Type your CareCloud user name and password."))
            return
        forget(self.password)  # never kept, whatever happens next
        self.run(self.till.sign_in(login, password), self._signed_in, key="sign_in",
                 disable=[self.sign_in_button])

    def _signed_in(self, reference: ReferenceData) -> None:
        self.store.clear()
        for store in reference.stores:
            self.store.addItem(store.name, store.store_id)
        index = self.store.findData(self.till.default_store())
        self.store.setCurrentIndex(max(index, 0))
        self._set_place_enabled(bool(reference.stores))
        self.start_button.setFocus()

    def start(self) -> None:
        store_id = self.store.currentData()
        if not store_id:
            return
        self.till.choose_place(store_id, self.cashdesk.value())
        self.wake_sender()  # purchases left from before go out now
        self.go.emit(Route.CARD)
