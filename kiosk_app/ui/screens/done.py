"""Done: the purchase id, points earned and the new balance; "New customer" starts over."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk_app.services.checkout import CheckoutService
from kiosk_app.services.session import CheckoutSession, Receipt
from kiosk_app.ui.format import money, number
from kiosk_app.ui.screens.base import Screen


class DoneScreen(Screen):
    def __init__(self, service: CheckoutService, session: CheckoutSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.session = service, session
        self.thanks = QLabel(self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.new_button = QPushButton(self)
        self.new_button.setProperty("primary", True)
        for widget in (self.thanks, self.details, self.busy_label, self.new_button):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.new_button.clicked.connect(lambda: self.go.emit("new"))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Done"))
        self.thanks.setText(self.tr("Thank you! The purchase is recorded."))
        self.new_button.setText(self.tr("New customer"))
        self.show_receipt()

    def entered(self) -> None:
        self.show_receipt()
        self.new_button.setFocus()
        receipt = self.session.receipt
        if receipt is not None and not receipt.delivered:
            self.run(self.service.await_delivery(receipt, self.session), self._delivered)

    def _delivered(self, receipt: Receipt) -> None:
        if receipt is self.session.receipt:
            self.show_receipt()

    def show_receipt(self) -> None:
        receipt = self.session.receipt
        if receipt is None:
            self.details.clear()
            return
        if receipt.delivered:
            state = self.tr("Purchase: %1").replace("%1", receipt.purchase_id or receipt.bill_id)
        else:
            state = self.tr("Saved on this till; it will be sent to CareCloud automatically.")
        lines = [
            state,
            self.tr("Total: %1").replace("%1", money(receipt.total_price, receipt.currency_code)),
            self.tr("Points earned: %1").replace("%1", number(receipt.points_earned)),
        ]
        if receipt.new_balance is not None:
            lines.append(self.tr("New balance: %1 points").replace(
                "%1", number(receipt.new_balance)))
        self.details.setText("\n".join(lines))

    def default_action(self) -> None:
        self.go.emit("new")

    def scanned(self, code: str) -> bool:
        return False  # a new card: the window starts a new customer with it
