"""The customer panel: who is at the till, their points, valid vouchers and cards."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from kiosk_app.api.masking import mask_value
from kiosk_app.services.session import CheckoutSession
from kiosk_app.ui.i18n import LANGUAGES


class CustomerPanel(QFrame):
    validate_phone = Signal()
    switch_language = Signal(str)
    more = Signal()  # read the next page of vouchers and cards

    def __init__(self, session: CheckoutSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CustomerPanel")
        self.setMinimumWidth(280)
        self.session = session
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        self.name = QLabel(self)
        self.name.setWordWrap(True)
        self.points = QLabel(self)
        self.points.setWordWrap(True)
        self.phone = QLabel(self)
        self.phone.setWordWrap(True)
        self.vouchers_label = QLabel(self)
        self.vouchers = QListWidget(self)
        self.cards_label = QLabel(self)
        self.cards = QListWidget(self)
        self.more_button = QPushButton(self)
        self.more_button.clicked.connect(self.more)
        self.otp_button = QPushButton(self)
        self.otp_button.clicked.connect(self.validate_phone)
        self.languages = None  # set by the window: offers the customer's own language
        self.language_label = QLabel(self)
        self.language_label.setWordWrap(True)
        self.language_button = QPushButton(self)
        self.language_button.clicked.connect(
            lambda: self.switch_language.emit(self.language_button.property("code")))
        for widget in (self.heading, self.name, self.language_label, self.language_button,
                       self.points, self.phone,
                       self.otp_button,
                       self.vouchers_label, self.vouchers, self.cards_label, self.cards,
                       self.more_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Customer"))
        self.vouchers_label.setText(self.tr("Valid vouchers"))
        self.cards_label.setText(self.tr("Cards"))
        self.otp_button.setText(self.tr("Validate phone"))
        self.refresh()

    def refresh(self) -> None:
        """Everything from the session's current customer view (re-read after every change
        that touches the account: a sale, a cancellation, a phone validation)."""
        view = self.session.customer
        self.setVisible(view is not None)
        if view is None:
            return
        locale = QLocale()
        unchecked = view.customer is None
        self.name.setText(view.name if not unchecked else self.tr("Card %1 (not checked)").replace(
            "%1", mask_value(self.session.card_number or "")))
        code = view.customer.personal_information.language_id if view.customer else ""
        offer = (self.languages is not None and code in self.languages.available()
                 and code != self.languages.current)
        self.language_button.setVisible(offer)
        self.language_label.setVisible(offer)
        if offer:
            self.language_button.setProperty("code", code)
            self.language_label.setText(self.tr("The customer's language:"))
            self.language_button.setText(LANGUAGES[code])
        if unchecked:
            self.points.setText(self.tr("CareCloud was out of reach: points are added when the "
                                        "sale is delivered."))
        else:
            self.points.setText(self.tr("Points: %1").replace(
                "%1", locale.toString(float(view.available_points), "f", 0)))
        validated = self.session.phone_validated
        self.phone.setVisible(not unchecked)
        if validated:
            self.phone.setText(self.tr("Phone validated ✓"))
            self.phone.setProperty("role", "ok")
        else:
            self.phone.setText(self.tr("Phone not validated"))
            self.phone.setProperty("role", "")
        self.phone.style().polish(self.phone)
        self.otp_button.setVisible(not validated and not unchecked)
        for widget in (self.vouchers_label, self.vouchers, self.cards_label, self.cards):
            widget.setVisible(not unchecked)
        self.vouchers.clear()
        for voucher in view.vouchers:
            self.vouchers.addItem(f"{voucher.name} · {voucher.code}")
        if not view.vouchers:
            self.vouchers.addItem(self.tr("None"))
        self.cards.clear()
        for card in view.cards:
            state = self.tr("active") if card.state == 1 else self.tr("blocked")
            self.cards.addItem(f"{mask_value(card.card_number)} · {state}")
        more = view.more_vouchers + view.more_cards
        self.more_button.setVisible(bool(more) and not unchecked)
        self.more_button.setText(self.tr("Show %n more", "", more))
