"""Bill closure: payment type, points and credit; a live accept-payment quote; confirm sends once."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kiosk_app.api import models as m
from kiosk_app.services.checkout import CheckoutService
from kiosk_app.services.session import CheckoutSession, Receipt
from kiosk_app.ui.format import money, number
from kiosk_app.ui.screens.base import Screen


class ClosureScreen(Screen):
    def __init__(self, service: CheckoutService, session: CheckoutSession,
                 parent: QWidget | None = None, *, debounce_ms: int = 150) -> None:
        super().__init__(parent)
        self.service, self.session = service, session
        self.quote_task: asyncio.Task[None] | None = None
        self.payment_type = QComboBox(self)
        self.points = QSpinBox(self)
        self.credit = QDoubleSpinBox(self)
        self.credit.setDecimals(2)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.payment_type, self.points, self.credit),
                                 strict=True):
            form.addRow(label, widget)
        self.discounts = QListWidget(self)
        self.messages = QListWidget(self)
        self.messages.setMaximumHeight(120)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.to_pay = QLabel(self)
        self.to_pay.setProperty("role", "title")
        self.back_button = QPushButton(self)
        self.confirm_button = QPushButton(self)
        self.confirm_button.setProperty("primary", True)
        self.discounts_label, self.messages_label = QLabel(self), QLabel(self)
        actions = QHBoxLayout()
        actions.addWidget(self.back_button)
        actions.addWidget(self.confirm_button)
        self.layout_.addLayout(form)
        for widget in (self.discounts_label, self.discounts, self.summary, self.messages_label,
                       self.messages, self.to_pay, self.error, self.busy_label):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(actions)
        self.debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self.debounce.timeout.connect(self.requote)
        self.payment_type.currentIndexChanged.connect(lambda _i: self._inputs_changed())
        self.points.valueChanged.connect(lambda _v: self._inputs_changed())
        self.credit.valueChanged.connect(lambda _v: self._inputs_changed())
        self.back_button.clicked.connect(self.back)
        self.confirm_button.clicked.connect(self.confirm)
        self._confirming = False
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Close bill"))
        for label, text in zip(self.labels, (self.tr("Payment type"), self.tr("Points to redeem"),
                                             self.tr("Credit to use")), strict=True):
            label.setText(text)
        names = {"A": self.tr("Standard with whole-bill discounts (A)"),
                 "S": self.tr("Standard, item discounts only (S)"),
                 "C": self.tr("Pay with credit (C)"),
                 "D": self.tr("Discounts, no points collected (D)")}
        current = self.payment_type.currentData() or self.session.payment_type
        self.payment_type.blockSignals(True)
        self.payment_type.clear()
        for code, name in names.items():
            self.payment_type.addItem(name, code)
        self.payment_type.setCurrentIndex(max(0, self.payment_type.findData(current)))
        self.payment_type.blockSignals(False)
        self.discounts_label.setText(self.tr("Discounts and vouchers"))
        self.messages_label.setText(self.tr("Messages for the cashier"))
        self.back_button.setText(self.tr("Back"))
        self.confirm_button.setText(self.tr("Confirm payment"))
        self.show_quote()

    # --- inputs ---------------------------------------------------------------------------------

    def entered(self) -> None:
        self._confirming = False
        view = self.session.customer
        for widget in (self.points, self.credit, self.payment_type):
            widget.blockSignals(True)
        self.points.setRange(0, int(view.available_points) if view else 0)
        self.points.setValue(int(self.session.max_points))
        self.points.setEnabled(view is not None)
        self.credit.setRange(0, 1_000_000)
        self.credit.setValue(self.session.max_credit)
        self.payment_type.setCurrentIndex(max(0, self.payment_type.findData(
            self.session.payment_type)))
        for widget in (self.points, self.credit, self.payment_type):
            widget.blockSignals(False)
        self.requote()

    def back(self) -> None:
        self.go.emit("bill")

    def default_action(self) -> None:
        self.confirm()

    def scanned(self, code: str) -> bool:
        if code not in self.session.voucher_codes:
            self.session.voucher_codes.append(code)
            self.session.changed()
            self.requote()
        return True

    def refresh_server_texts(self) -> None:
        if self.isVisible():
            self.session.changed()
            self.requote()

    def _inputs_changed(self) -> None:
        self.session.payment_type = self.payment_type.currentData() or "A"
        self.session.max_points = float(self.points.value())
        self.session.max_credit = float(self.credit.value())
        self.session.changed()
        self.show_quote()
        self.debounce.start()

    # --- quote ----------------------------------------------------------------------------------

    def requote(self) -> None:
        """Ask again for the bill as it is now; an older answer still on its way is discarded."""
        self.debounce.stop()
        if self.quote_task and not self.quote_task.done():
            self.quote_task.cancel()
        if self.session.bill.is_empty:
            self.show_error(self.tr("The bill is empty. Add items first."))
            return
        self.quote_task = self.run(self.service.quote(self.session), self._quoted)

    def _quoted(self, quote: m.AcceptedPayment) -> None:
        # the service keeps an answer only if the bill did not change while it was asked
        if self.session.quote is quote:
            self.show_quote()

    def show_quote(self) -> None:
        quote = self.session.quote
        code = self.service.place.currency.code if self.service.place else ""
        self.discounts.clear()
        self.messages.clear()
        if quote is None:
            self.summary.setText(self.tr("Subtotal: %1").replace(
                "%1", money(self.session.bill.total, code)))
            self.to_pay.setText(self.tr("Calculating…") if not self.session.bill.is_empty
                                else "")
            self.busy_changed()
            return
        names = {line.line_id: line.name for line in self.session.bill.lines}
        for d in quote.recommended_discounts:
            self.discounts.addItem(f"{d.description or d.discount_code} · "
                                   f"{names.get(d.bill_item_id, '')} · "
                                   f"−{money(d.discount_value or 0, code)}")
        for v in quote.vouchers:
            self.discounts.addItem(f"{v.name or v.code} ({v.code}) · "
                                   f"{names.get(v.bill_item_id or '', '')} · "
                                   f"−{money(v.discount_value or 0, code)}")
        for message in quote.messages:
            self.messages.addItem(message.text)
        lines = [
            self.tr("Subtotal: %1").replace("%1", money(self.session.bill.total, code)),
            self.tr("Discounts: −%1").replace("%1", money(self.session.discount_total, code)),
            self.tr("Points used: %1 (%2)").replace("%1", number(quote.credit_points)).replace(
                "%2", money(quote.price_of_credit_points, code)),
            self.tr("Credit used: %1").replace("%1", money(quote.credit, code)),
            self.tr("Points earned: %1 · balance after: %2").replace(
                "%1", number(quote.credit_points_of_this_transaction)).replace(
                "%2", number(quote.total_credit_points)),
        ]
        self.summary.setText("\n".join(lines))
        self.to_pay.setText(self.tr("To pay: %1").replace("%1", money(self.session.to_pay, code)))
        self.busy_changed()

    def busy_changed(self) -> None:
        ready = (self.session.quote is not None
                 and self.session.quoted_revision == self.session.revision)
        self.confirm_button.setEnabled(ready and not self._confirming and not self.busy)

    # --- confirm ----------------------------------------------------------------------------------

    def confirm(self) -> None:
        if self._confirming or not self.confirm_button.isEnabled():
            return
        self._confirming = True
        self.confirm_button.setEnabled(False)
        self.run(self.service.confirm(self.session), self._confirmed,
                 disable=[self.confirm_button, self.back_button], on_error=self._confirm_failed)

    def _confirm_failed(self, exc: BaseException) -> bool:
        self._confirming = False
        return False

    def _confirmed(self, receipt: Receipt) -> None:
        self._confirming = False
        self.session.receipt = receipt
        self.session_changed.emit()
        self.go.emit("done")
