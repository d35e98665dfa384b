"""Done: the purchase id, points earned and the new balance; "New customer" starts over."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk_app.services.session import CheckoutSession
from kiosk_app.ui.format import money, number
from kiosk_app.ui.screens.base import Screen


class DoneScreen(Screen):
    def __init__(self, session: CheckoutSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.thanks = QLabel(self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.new_button = QPushButton(self)
        self.new_button.setProperty("primary", True)
        for widget in (self.thanks, self.details, self.new_button):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.new_button.clicked.connect(lambda: self.go.emit("new"))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Done"))
        self.thanks.setText(self.tr("Thank you! The purchase is recorded."))
        self.new_button.setText(self.tr("New customer"))
        self.entered()

    def entered(self) -> None:
        receipt = self.session.receipt
        if receipt is None:
            self.details.clear()
            return
        lines = [
            self.tr("Purchase: %1").replace("%1", receipt.purchase_id or receipt.bill_id),
            self.tr("Total: %1").replace("%1", money(receipt.total_price, receipt.currency_code)),
            self.tr("Points earned: %1").replace("%1", number(receipt.points_earned)),
        ]
        if receipt.new_balance is not None:
            lines.append(self.tr("New balance: %1 points").replace(
                "%1", number(receipt.new_balance)))
        self.details.setText("\n".join(lines))
        self.new_button.setFocus()

    def default_action(self) -> None:
        self.go.emit("new")

    def scanned(self, code: str) -> bool:
        return False  # a new card: the window starts a new customer with it
