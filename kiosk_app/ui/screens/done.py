"""Done: what the customer paid, the discounts, points spent and earned, the new balance;
the receipt as a PDF or on the till's receipt printer; "New customer" starts over."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk_app.app.counter import CounterVisit
from kiosk_app.domain.checkout import Receipt
from kiosk_app.domain.receipt import ReceiptDoc, receipt_doc
from kiosk_app.printer import Printing
from kiosk_app.ui.format import money, number, status_text
from kiosk_app.ui.receipt import qr_pixmap, save_for
from kiosk_app.ui.routes import Route
from kiosk_app.ui.screens.base import Screen, button
from kiosk_app.ui.text import label


class DoneScreen(Screen):
    def __init__(self, visit: CounterVisit, printing: Printing,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit = visit
        self.session = visit.session  # read only
        self.printing = printing
        self.auto_printed = ""  # the bill printed without asking (`print_receipts = always`)
        self.thanks = label(self, role="total")
        self.paid = label(self, role="display")
        self.details = label(self, wrap=True)
        self.new_button = button(self, role="primary")
        self.pdf_button = button(self, icon="receipt")
        self.print_button = button(self, icon="printer")
        self.qr = label(self)  # claim the points later (a sale without the card)
        row = QHBoxLayout()
        texts = QVBoxLayout()
        for widget in (self.thanks, self.paid, self.details):
            texts.addWidget(widget)
        texts.addStretch(1)
        row.addLayout(texts, 1)
        row.addWidget(self.qr)
        self.layout_.addLayout(row, 1)
        self.add_action(self.pdf_button, left=True)
        self.add_action(self.print_button, left=True)
        self.add_action(self.new_button)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_receipt)
        self.new_button.clicked.connect(lambda: self.go.emit(Route.NEW))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Done"))
        self.thanks.setText(self.tr("Thank you! The purchase is recorded."))
        self.new_button.setText(self.tr("New customer"))
        self.pdf_button.setText(self.tr("Receipt as PDF"))
        self.print_button.setText(self.tr("Print receipt"))
        self.qr.setAccessibleName(self.tr("QR code to claim the points of this purchase later"))
        self.show_receipt()

    def entered(self) -> None:
        self.show_receipt()
        self.new_button.setFocus()
        receipt = self.session.receipt
        if receipt is not None and not receipt.delivered:
            # printed once CareCloud has the sale (its purchase id and new balance on paper),
            # or when the wait for it ends, whichever comes first
            self.run(self.visit.await_delivery(receipt),
                     lambda _news: self.auto_print(), key="delivery", background=True,
                     on_error=self._delivery_failed)
        else:
            self.auto_print()

    def back(self) -> None:
        """A confirmed sale cannot be reopened; History can cancel it."""

    def state_changed(self) -> None:
        self.show_receipt()

    def show_receipt(self) -> None:
        receipt: Receipt | None = self.session.receipt
        self.pdf_button.setVisible(receipt is not None)
        self.print_button.setVisible(receipt is not None and self.printing.configured)
        if receipt is None:
            self.paid.clear()
            self.details.clear()
            self.qr.clear()
            return
        doc = self.doc()
        if doc is not None and not receipt.card_number:  # nobody's points yet: claim later
            self.qr.setPixmap(qr_pixmap(doc.claim, 200))
        else:
            self.qr.clear()
        code = receipt.currency_code
        self.paid.setText(self.tr("Paid: %1").replace("%1", money(receipt.paid, code)))
        lines = []
        if receipt.delivered:
            lines.append(self.tr("Purchase: %1").replace(
                "%1", receipt.purchase_id or receipt.bill_id))
        else:
            lines.append(self.tr("Saved on this till; it will be sent to CareCloud "
                                 "automatically."))
        if receipt.offline:
            lines.append(self.tr("Sold without loyalty benefits (CareCloud was out of reach)."))
        lines.append(self.tr("Items: %1").replace("%1", money(receipt.subtotal, code)))
        if receipt.discount_total:
            lines.append(self.tr("Discounts: −%1").replace(
                "%1", money(receipt.discount_total, code)))
        if receipt.points_spent:
            lines.append(self.tr("Points spent: %1 (worth %2)").replace(
                "%1", number(receipt.points_spent)).replace(
                "%2", money(receipt.points_value, code)))
        if receipt.credit_used:
            lines.append(self.tr("Credit used: %1").replace("%1", money(receipt.credit_used, code)))
        if receipt.points_earned is not None:
            lines.append(self.tr("Points earned: %1").replace(
                "%1", number(receipt.points_earned)))
        if receipt.balance is not None:
            lines.append(self.tr("New balance: %1 points").replace(
                "%1", number(receipt.balance)))
        view = self.session.customer
        if receipt.delivered and view is not None and status_text(view.status):
            lines.append(status_text(view.status))  # read again with the new balance
        self.details.setText("\n".join(lines))

    def doc(self) -> ReceiptDoc | None:
        place, receipt = self.visit.till.place, self.session.receipt
        if place is None or receipt is None:
            return None
        return receipt_doc(receipt, store_name=place.store.name, store_id=place.store.store_id,
                           cashdesk=place.cashdesk_number, view=self.session.customer)

    def save_pdf(self) -> None:
        """The receipt as a PDF in this till's receipts folder (never a file dialog)."""
        doc = self.doc()
        if doc is None:
            return
        if said := save_for(self, doc):
            self.show_info(said)

    def _delivery_failed(self, _exc: BaseException) -> bool:
        self.auto_print()  # the receipt as it stands; the failure is still said as before
        return False

    def auto_print(self) -> bool:
        """`print_receipts = always`: the sale's receipt, once, without a tap."""
        receipt = self.session.receipt
        if (receipt is None or not self.printing.always or not self.printing.configured
                or self.auto_printed == receipt.bill_id):
            return False
        self.auto_printed = receipt.bill_id
        self.print_receipt()
        return True

    def print_receipt(self) -> None:
        """The receipt on the till's printer; the printer's I/O runs on a thread, so a slow
        or absent printer never freezes the screen."""
        from kiosk_app.ui.printing import print_failed, print_receipt

        doc, printing = self.doc(), self.printing
        if doc is None or not printing.configured:
            return
        self.run(print_receipt(doc, printing),
                 lambda _none: self.show_info(self.tr("Receipt printed.")), key="print",
                 disable=[self.print_button], on_error=lambda exc: print_failed(self, exc))

    def default_action(self) -> None:
        self.go.emit(Route.NEW)
