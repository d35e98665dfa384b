"""This till's purchases, from the outbox, with cancellation through the outbox.

*Cancel purchase* never cancels at once: a confirmation inside the screen says what is
cancelled, asks why (and, with `cancel_needs_staff_pin`, for the staff PIN); the reason is
kept in the outbox's audit trail only."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk_app.api.masking import mask_value
from kiosk_app.api.models import PurchaseRequest
from kiosk_app.app.history import (
    CANCEL_REASONS,
    NOTE_MAX,
    CancelReason,
    History,
    cancellable,
    claimable,
)
from kiosk_app.domain.checkout import CustomerView
from kiosk_app.printer import Printing
from kiosk_app.ui.format import moment, money
from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.screens.kiosk_staff import pin_refusal
from kiosk_app.ui.text import label
from kiosk_app.ui.widgets.keypad import Keypad
from kiosk_app.ui.widgets.touch import forget, touch_table

if TYPE_CHECKING:
    from kiosk_app.app.history import Entry
    from kiosk_app.domain.receipt import ReceiptDoc
    from kiosk_app.domain.staff import StaffGate

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
    def __init__(self, history: History, parent: QWidget | None = None, *,
                 printing: Printing, cancel_gate: StaffGate | None = None,
                 customer: Callable[[], CustomerView | None] | None = None,
                 claimed: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.printing = printing
        self.cancel_gate = cancel_gate  # the staff PIN a cancellation needs (None: no PIN)
        self.confirming: str | None = None  # the bill_id whose cancellation is being asked
        self.has_more = False  # older sales than those shown (Show older)
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
        self.status = label(self, role="ok")
        self.pages = QStackedWidget(self)
        self.list_page = QWidget(self.pages)
        listing = QVBoxLayout(self.list_page)
        listing.setContentsMargins(0, 0, 0, 0)
        listing.addWidget(self.table, 1)
        selected = QHBoxLayout()  # what can be done with the selected sale
        selected.addWidget(self.pdf_button)
        selected.addWidget(self.print_button)
        selected.addWidget(self.claim_button)
        selected.addStretch(1)
        listing.addLayout(selected)
        self.pages.addWidget(self.list_page)
        self.confirm_page = self._build_confirm()
        self.pages.addWidget(self.confirm_page)
        self.layout_.addWidget(self.pages, 1)
        self.layout_.addWidget(self.status)
        self.keep_button = button(self, icon="back")
        self.confirm_button = button(self, role="danger")
        self.add_action(self.back_button, left=True)
        self.add_action(self.more_button, left=True)
        self.add_action(self.keep_button, left=True)
        self.pdf_button.clicked.connect(self.reprint)
        self.print_button.clicked.connect(self.print_selected)
        self.add_action(self.cancel_button)
        self.add_action(self.confirm_button)
        self.claim_button.clicked.connect(self.claim_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.keep_button.clicked.connect(self.show_list)
        self.confirm_button.clicked.connect(self.confirm_cancel)
        self.more_button.clicked.connect(self.show_more)
        self.back_button.clicked.connect(self.back)
        self.table.itemSelectionChanged.connect(self.update_actions)
        self.show_list()
        self.retranslate_ui()

    def _build_confirm(self) -> QWidget:
        """The cancellation's confirmation, inside the screen (touch-sized, no dialog): what
        is cancelled, a reason as large buttons, an optional note, the staff PIN if asked."""
        page = QWidget(self.pages)
        self.details = label(page, wrap=True)
        self.why = label(page, wrap=True)
        self.reasons: dict[str, QPushButton] = {}
        self.reason_group = QButtonGroup(self)  # exclusive: one reason
        for code in CANCEL_REASONS:
            choice = button(page)
            choice.setCheckable(True)
            self.reason_group.addButton(choice)
            self.reasons[code] = choice
        self.reason_group.buttonToggled.connect(lambda *_: self.update_actions())
        self.note = QLineEdit(page)
        self.note.setMaxLength(NOTE_MAX)
        self.pin = QLineEdit(page)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,12}"),
                                                          self.pin))  # a PIN is digits
        self.keypad = Keypad(self.pin, page)
        self.pin.returnPressed.connect(self.confirm_cancel)
        self.keypad.submitted.connect(self.confirm_cancel)
        left = QVBoxLayout()  # one reason a row: long translations stay whole
        left.setSpacing(8)
        left.addWidget(self.why)
        for choice in self.reasons.values():
            left.addWidget(choice)
        left.addWidget(self.note)
        left.addStretch(1)
        right = QVBoxLayout()  # the PIN above its keypad: the page fits 1024×768
        right.setSpacing(8)
        right.addWidget(self.pin)
        right.addWidget(self.keypad, 1)
        self.columns = QHBoxLayout()
        self.columns.setSpacing(24)
        self.columns.addLayout(left, 3)
        self.columns.addLayout(right, 2)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details)
        layout.addLayout(self.columns, 1)
        return page

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Cancel this purchase?") if self.confirming
                           else self.tr("Purchase history"))
        self.why.setText(self.tr("Why is it cancelled?"))
        labels = {"goods_returned": self.tr("Goods returned"),
                  "wrong_amount": self.tr("Wrong amount or items"),
                  "changed_mind": self.tr("Customer changed their mind"),
                  "other": self.tr("Other")}
        for code, choice in self.reasons.items():
            choice.setText(labels[code])
            named(choice, labels[code], self.tr("Reason for the cancellation"))
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        named(self.note, self.tr("Note (optional)"),
              self.tr("Kept on this till only, never sent to CareCloud"))
        self.pin.setPlaceholderText(self.tr("Staff PIN"))
        named(self.pin, self.tr("Staff PIN"))
        self.keep_button.setText(self.tr("Keep it"))
        self.confirm_button.setText(self.tr("Cancel the purchase"))
        self._describe()
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

    def outbox_changed(self) -> None:
        self.refresh()

    def entered(self) -> None:
        self._claim_text()
        self.status.clear()
        self.shown = PAGE
        self.show_list()
        self.refresh()

    def back(self) -> None:
        """Esc or Back while asking: keep the sale; otherwise where the cashier came from."""
        if self.confirming is not None:
            self.show_list()
        else:
            super().back()

    def show_more(self) -> None:
        self.shown += PAGE
        self.refresh()

    def refresh(self) -> None:
        selected = self._selected_id()
        states = {"pending": self.tr("waiting to be sent"), "sent": self.tr("sent"),
                  "manual": self.tr("needs manual transfer"), "resolved": self.tr("resolved")}
        self.table.setRowCount(0)
        for entry in self.history.page(self.shown):
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
        self.has_more = self.history.count() > self.table.rowCount()
        self.update_actions()

    def _selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def update_actions(self) -> None:
        asking = self.confirming is not None
        for widget in (self.back_button, self.cancel_button):
            widget.setVisible(not asking)
        self.more_button.setVisible(not asking and self.has_more)
        for widget in (self.keep_button, self.confirm_button):
            widget.setVisible(asking)
        self.status.setVisible(not asking)  # its room goes to the question
        self.enable(self.confirm_button, asking and self.reason_group.checkedButton() is not None
                    and not self.busy)
        bill_id = self._selected_id()
        entry = self.history.entry(bill_id) if bill_id else None
        self.enable(self.cancel_button, entry is not None and cancellable(entry)
                    and not self.busy)
        view = self.customer()
        self.claim_button.setVisible(view is not None and bool(view.customer_id))
        self.enable(self.pdf_button, entry is not None and entry.kind == "sale")
        self.print_button.setVisible(self.printing.configured)
        self.enable(self.print_button, entry is not None and entry.kind == "sale")
        self.enable(self.claim_button, entry is not None and claimable(entry, view)
                    and not self.busy)

    def _selected_doc(self) -> ReceiptDoc | None:
        """The selected sale's receipt, rebuilt from what was sent."""
        bill_id = self._selected_id()
        return self.history.receipt(bill_id) if bill_id is not None else None

    def reprint(self) -> None:
        """The selected sale's receipt again, as a PDF in the receipts folder."""
        from kiosk_app.ui.receipt import save_for

        doc = self._selected_doc()
        if doc is not None and (said := save_for(self, doc)):
            self.status.setText(said)

    def print_selected(self) -> None:
        """The selected sale's receipt on the till's printer (its I/O on a thread)."""
        from kiosk_app.ui.printing import print_failed, print_receipt

        doc, printing = self._selected_doc(), self.printing
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
        self.run(self.history.claim(bill_id, view), lambda _none: self._claimed(view.name),
                 key="claim", disable=[self.claim_button])

    def _claimed(self, name: str) -> None:
        self.status.setText(self.tr("The points of this purchase now belong to %1.").replace(
            "%1", name))
        self.claimed()

    # --- cancelling: asked first, with a reason ---------------------------------------------

    def cancel_selected(self) -> None:
        """*Cancel purchase* only asks: nothing is queued until *Cancel the purchase*."""
        bill_id = self._selected_id()
        if bill_id is None:
            return
        self.confirming = bill_id
        self.reason_group.setExclusive(False)  # an exclusive group cannot be all unchecked
        for choice in self.reasons.values():
            choice.setChecked(False)
        self.reason_group.setExclusive(True)
        forget(self.note, self.pin)
        gate = self.cancel_gate
        for widget in (self.pin, self.keypad):
            widget.setVisible(gate is not None)
        self.columns.setStretch(1, 2 if gate is not None else 0)  # no PIN: the whole width
        self.clear_error()
        self.status.clear()
        self.pages.setCurrentWidget(self.confirm_page)
        self.retranslate_ui()
        self.update_actions()
        next(iter(self.reasons.values())).setFocus()

    def show_list(self) -> None:
        """Back to the sales (*Keep it*): the question and what was typed are forgotten."""
        self.confirming = None
        forget(self.note, self.pin)
        self.clear_error()
        self.pages.setCurrentWidget(self.list_page)
        self.title.setText(self.tr("Purchase history"))
        self.update_actions()

    def _describe(self) -> None:
        """What the confirmation cancels: amount, time and the masked card."""
        entry = self._confirming_entry()
        if entry is None:
            self.details.clear()
            return
        request = entry.request
        who = (self.tr("card %1").replace("%1", mask_value(request.card_number))
               if request.card_number else self.tr("without card") if not request.customer_id
               else self.tr("customer %1").replace("%1", mask_value(request.customer_id)))
        self.details.setText(self.tr(
            "%1 paid at %2, %3. CareCloud gives the points, vouchers and credit back to the "
            "customer.").replace("%1", money(entry.total, entry.currency_code))
            .replace("%2", moment(entry.created_at)).replace("%3", who))

    def _confirming_entry(self) -> Entry | None:
        if self.confirming is None:
            return None
        return self.history.entry(self.confirming)  # None: gone meanwhile (retention)

    def _chosen_reason(self) -> str | None:
        checked = self.reason_group.checkedButton()
        return next((code for code, choice in self.reasons.items() if choice is checked), None)

    def confirm_cancel(self) -> None:
        """Queue the cancellation with its reason; with a staff gate only after the right
        PIN (five wrong ones pause it, as at the kiosk's staff lock)."""
        entry, code = self._confirming_entry(), self._chosen_reason()
        if entry is None or code is None:
            return
        gate = self.cancel_gate
        if gate is not None and not self._pin_accepted(gate):
            return
        reason = CancelReason(code, self.note.text(), staff_pin=gate is not None)
        self.run(self.history.cancel(entry.bill_id, reason), self._cancelled, key="cancel",
                 disable=[self.confirm_button], on_error=self._not_cancelled)

    def _cancelled(self, _entry: Entry) -> None:
        self.show_list()
        self.status.setText(self.tr("Cancellation saved; it is being sent to CareCloud."))
        self.refresh()

    def _not_cancelled(self, exc: BaseException) -> bool:
        from kiosk_app.domain.refusal import NotCancellable

        if isinstance(exc, NotCancellable):
            self.show_list()
            self.show_error(self.tr("Only a sent purchase that is not cancelled yet can be "
                                    "cancelled."))
            return True
        return False

    def _pin_accepted(self, gate: StaffGate) -> bool:
        """The typed PIN against the gate (`pin_matches` on `staff_pin_hash`); the field is
        emptied at once, right or wrong, so no PIN stays on screen or in an undo step."""
        pin = self.pin.text()
        forget(self.pin)
        self.pin.setFocus()
        if not pin and gate.pause_left() <= 0:  # an empty try is not a wrong PIN
            self.show_error(self.tr("Type the staff PIN."))
            return False
        if refused := pin_refusal(gate, pin):
            self.show_error(refused)
            return False
        return True
