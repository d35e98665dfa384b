"""This till's purchases, from the outbox, with cancellation through the outbox."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableWidgetItem, QWidget

from kiosk_app.api.masking import mask_value
from kiosk_app.api.models import PurchaseRequest
from kiosk_app.printer import Printing
from kiosk_app.services.checkout import CheckoutService
from kiosk_app.services.outbox import SENT
from kiosk_app.services.session import CustomerView
from kiosk_app.ui.format import moment, money
from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.widgets.touch import touch_table

if TYPE_CHECKING:
    from kiosk_app.services.receipt import ReceiptDoc

PAGE = 50  # sales shown at a time


def items_summary(request: PurchaseRequest) -> str:
    """What was bought, briefly: "2× Espresso, Cappuccino"."""
    parts = []
    for item in request.bill.bill_items:
        if item.paid_amount <= 0:
            continue  # discount lines
        count = f"{item.quantity.normalize():f}× " if item.quantity != 1 else ""
        parts.append(f"{count}{item.plu_name}")
    return ", ".join(parts)


class HistoryScreen(Screen):
    def __init__(self, service: CheckoutService, parent: QWidget | None = None, *,
                 customer: Callable[[], CustomerView | None] | None = None,
                 claimed: Callable[[], None] | None = None,
                 printing: Callable[[], Printing] = Printing) -> None:
        super().__init__(parent)
        self.service = service
        self.printing = printing  # the window's printer settings, read when they are needed
        self.customer = customer or (lambda: None)  # who is at the till now
        self.claimed = claimed or (lambda: None)
        self.claim_button = button(self, role="primary", icon="star")
        self.pdf_button = button(self, icon="receipt")
        self.print_button = button(self, icon="printer")
        self.table = touch_table(self, 6, stretch=2)
        self.cancel_button = button(self, role="danger")
        self.more_button = button(self)
        self.back_button = button(self)
        self.shown = PAGE  # rows read from the outbox; more on demand
        self.status = QLabel(self)
        self.status.setProperty("role", "ok")
        self.layout_.addWidget(self.table, 1)
        selected = QHBoxLayout()  # what can be done with the selected sale
        selected.addWidget(self.pdf_button)
        selected.addWidget(self.print_button)
        selected.addWidget(self.claim_button)
        selected.addStretch(1)
        self.layout_.addLayout(selected)
        self.layout_.addWidget(self.status)
        self.add_action(self.back_button, left=True)
        self.add_action(self.more_button, left=True)
        self.pdf_button.clicked.connect(self.reprint)
        self.print_button.clicked.connect(self.print_selected)
        self.add_action(self.cancel_button)
        self.claim_button.clicked.connect(self.claim_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.more_button.clicked.connect(self.show_more)
        self.back_button.clicked.connect(self.back)
        self.table.itemSelectionChanged.connect(self.update_actions)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Purchase history"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Customer"),
                                              self.tr("Items"), self.tr("Total"),
                                              self.tr("State"), self.tr("CareCloud purchase")])
        named(self.table, self.tr("This till's purchases"))
        self.cancel_button.setText(self.tr("Cancel purchase"))
        self.pdf_button.setText(self.tr("Receipt as PDF"))
        self.print_button.setText(self.tr("Print receipt"))
        self._claim_text()
        self.more_button.setText(self.tr("Show older"))
        self.back_button.setText(self.tr("Back"))
        self.refresh()

    def _claim_text(self) -> None:
        view = self.customer()
        self.claim_button.setText(self.tr("Give the points to %1").replace(
            "%1", view.name if view is not None else ""))
        named(self.claim_button, self.claim_button.text(),
              self.tr("For a sale made without the customer's card"))

    def entered(self) -> None:
        self._claim_text()
        self.status.clear()
        self.shown = PAGE
        self.refresh()

    def show_more(self) -> None:
        self.shown += PAGE
        self.refresh()

    def refresh(self) -> None:
        selected = self._selected_id()
        states = {"pending": self.tr("waiting to be sent"), "sent": self.tr("sent"),
                  "manual": self.tr("needs manual transfer"), "resolved": self.tr("resolved")}
        self.table.setRowCount(0)
        for entry in self.service.outbox.history(limit=self.shown):
            row = self.table.rowCount()
            self.table.insertRow(row)
            state = (self.tr("cancelled") if entry.canceled_by
                     else states.get(entry.state, entry.state))
            request = entry.request
            who = (mask_value(request.card_number) if request.card_number
                   else self.tr("without card") if not request.customer_id
                   else mask_value(request.customer_id))
            cells = (moment(entry.created_at), who, items_summary(request),
                     money(entry.total, entry.currency_code), state, entry.purchase_id or "")
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, entry.bill_id)
                self.table.setItem(row, col, cell)
            if entry.bill_id == selected:
                self.table.selectRow(row)
        self.more_button.setVisible(self.service.outbox.history_count() > self.table.rowCount())
        self.update_actions()

    def _selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def update_actions(self) -> None:
        bill_id = self._selected_id()
        entry = self.service.outbox.get(bill_id) if bill_id else None
        self.enable(self.cancel_button, entry is not None and entry.state == SENT
                    and not entry.canceled_by and not self.busy)
        view = self.customer()
        claimable = (entry is not None and entry.state == SENT and not entry.canceled_by
                     and not entry.request.customer_id and not entry.request.card_number
                     and view is not None and bool(view.customer_id))
        self.claim_button.setVisible(view is not None and bool(view.customer_id))
        self.enable(self.pdf_button, entry is not None and entry.kind == "sale")
        self.print_button.setVisible(self.printing().configured)
        self.enable(self.print_button, entry is not None and entry.kind == "sale")
        self.enable(self.claim_button, claimable and not self.busy)

    def _selected_doc(self) -> ReceiptDoc | None:
        """The selected sale's receipt, rebuilt from what was sent (see `receipt_from_entry`)."""
        from kiosk_app.services.receipt import receipt_doc, receipt_from_entry

        bill_id, place = self._selected_id(), self.service.place
        if bill_id is None or place is None:
            return None
        entry = self.service.outbox.get(bill_id)
        return receipt_doc(receipt_from_entry(entry), store_name=place.store.name,
                           store_id=entry.request.store_id,
                           cashdesk=entry.request.cashdesk_number)

    def reprint(self) -> None:
        """The selected sale's receipt again, as a PDF in the receipts folder."""
        from kiosk_app.ui.receipt import save_for

        doc = self._selected_doc()
        if doc is not None and (said := save_for(self, doc)):
            self.status.setText(said)

    def print_selected(self) -> None:
        """The selected sale's receipt on the till's printer (its I/O on a thread)."""
        from kiosk_app.ui.printing import print_failed, print_receipt

        doc, printing = self._selected_doc(), self.printing()
        if doc is None or not printing.configured:
            return
        self.status.clear()
        self.run(print_receipt(doc, printing),
                 lambda _none: self.status.setText(self.tr("Receipt printed.")), key="print",
                 disable=[self.print_button], on_error=lambda exc: print_failed(self, exc))

    def claim_selected(self) -> None:
        """A sale sent without a card: its points go to the customer at the till now
        (`assign-customer`); a retried claim never credits twice."""
        bill_id, view = self._selected_id(), self.customer()
        if bill_id is None or view is None or not view.customer_id:
            return
        entry = self.service.outbox.get(bill_id)
        self.run(self.service.client.assign_purchase_customer(
            entry.request.store_id, bill_id, customer_id=view.customer_id),
            lambda _none: self._claimed(view.name), key="claim", disable=[self.claim_button])

    def _claimed(self, name: str) -> None:
        self.status.setText(self.tr("The points of this purchase now belong to %1.").replace(
            "%1", name))
        self.claimed()

    def cancel_selected(self) -> None:
        bill_id = self._selected_id()
        if bill_id is None:
            return
        try:
            self.service.cancel(self.service.outbox.get(bill_id))
        except ValueError:
            self.show_error(self.tr("Only a sent purchase that is not cancelled yet can be "
                                    "cancelled."))
            return
        self.status.setText(self.tr("Cancellation saved; it is being sent to CareCloud."))
        self.refresh()
