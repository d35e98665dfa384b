"""Bill closure: payment type, points and credit; a live accept-payment quote reviewed before a
deliberate confirm; a sale without loyalty benefits when CareCloud is out of reach."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk_app.api import ProtocolError, RateLimited, ServerError, TransportError
from kiosk_app.app.counter import CounterVisit
from kiosk_app.domain.checkout import Receipt
from kiosk_app.domain.quote import Quote
from kiosk_app.money import ZERO
from kiosk_app.ui.format import money, number
from kiosk_app.ui.routes import Route
from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.text import label
from kiosk_app.ui.widgets.number_edit import NumberEdit
from kiosk_app.ui.widgets.touch import touch_combo, touch_list

ARM_MS = 800  # a confirm needs this long after the amounts it confirms appeared
UNREACHABLE = (TransportError, ServerError, RateLimited, ProtocolError)


class ClosureScreen(Screen):
    def __init__(self, visit: CounterVisit, parent: QWidget | None = None, *,
                 debounce_ms: int = 150, arm_ms: int = ARM_MS) -> None:
        super().__init__(parent)
        self.visit = visit
        self.session = visit.session  # read only: changes go through the visit
        self.shown: Quote | None = None
        self.armed = False
        self.payment_type = touch_combo(self)
        self.points = NumberEdit(self, decimals=0)
        self.points_hint = label(self, role="muted")
        self.credit = NumberEdit(self, decimals=2)
        self.labels = [label(self) for _ in range(3)]
        for caption, field in zip(self.labels, (self.payment_type, self.points, self.credit),
                                  strict=True):
            caption.setBuddy(field)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: room
        form.addRow(self.labels[0], self.payment_type)
        form.addRow(self.labels[1], self.points)
        form.addRow("", self.points_hint)
        form.addRow(self.labels[2], self.credit)
        self.input_problem = label(self, role="error", wrap=True)
        self.input_problem.hide()
        self.review = touch_list(self)
        self.review.setObjectName("review")
        self.messages = touch_list(self)
        self.messages.setMaximumHeight(112)
        self.offline_label = label(self, role="warning", wrap=True)
        self.to_pay = label(self, role="display")
        self.review_label, self.messages_label = label(self), label(self)
        self.retry_button = button(self)
        self.offline_button = button(self)
        self.unreachable = QFrame(self)
        self.unreachable.setObjectName("unreachable")
        self.unreachable_text = label(self.unreachable, wrap=True)
        banner = QVBoxLayout(self.unreachable)
        banner.addWidget(self.unreachable_text)
        banner.addWidget(self.retry_button)
        banner.addWidget(self.offline_button)
        self.unreachable.hide()
        self.back_button = button(self)
        self.confirm_button = button(self, role="primary")
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addLayout(form)
        left.addWidget(self.input_problem)
        left.addWidget(self.unreachable)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(6)
        for widget in (self.review_label, self.review, self.offline_label, self.messages_label,
                       self.messages):
            right.addWidget(widget)
        right.setStretch(1, 1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        self.layout_.addLayout(columns, 1)
        self.add_action(self.back_button, left=True)
        self.add_action(self.to_pay)
        self.add_action(self.confirm_button)
        # typed inputs are taken after a short pause, so "5000" is never taken as "500"
        self.debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self.debounce.timeout.connect(self._apply_inputs)
        self.arm_timer = QTimer(self, singleShot=True, interval=arm_ms)
        self.arm_timer.timeout.connect(self._arm)
        self.payment_type.activated.connect(lambda _i: self._apply_inputs())
        self.points.value_changed.connect(self._inputs_changed)
        self.credit.value_changed.connect(self._inputs_changed)
        self.back_button.clicked.connect(self.back)
        self.confirm_button.clicked.connect(self.confirm)
        self.retry_button.clicked.connect(self.requote)
        self.offline_button.clicked.connect(self.sell_offline)
        self.retranslate_ui()

    @property
    def currency_code(self) -> str:
        return self.visit.till.currency_code

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Close bill"))
        for caption, text in zip(self.labels, (self.tr("Payment type"),
                                               self.tr("Points to redeem"),
                                               self.tr("Credit to use")), strict=True):
            caption.setText(text)
        names = {"A": self.tr("Standard with whole-bill discounts (A)"),
                 "S": self.tr("Standard, item discounts only (S)"),
                 "C": self.tr("Pay with credit (C)"),
                 "D": self.tr("Discounts, no points collected (D)")}
        self.payment_type.clear()
        for code, name in names.items():
            self.payment_type.addItem(name, code)
        self.payment_type.setCurrentIndex(max(0, self.payment_type.findData(
            self.session.payment_type)))
        self.review_label.setText(self.tr("Review with the customer"))
        self.messages_label.setText(self.tr("Messages for the cashier"))
        self.unreachable_text.setText(self.tr(
            "CareCloud cannot be reached, so there is no price with loyalty benefits. Retry, or "
            "sell without loyalty benefits: no vouchers, rewards, points or credit are used, and "
            "the customer's points are added when the sale reaches CareCloud."))
        self.retry_button.setText(self.tr("Retry"))
        self.offline_button.setText(self.tr("Sell without loyalty benefits"))
        self.back_button.setText(self.tr("Back"))
        self.confirm_button.setText(self.tr("Confirm payment"))
        named(self.payment_type, self.tr("Payment type"))
        named(self.points, self.tr("Points to redeem"))
        named(self.credit, self.tr("Credit to use"))
        named(self.review, self.tr("Review with the customer"))
        named(self.messages, self.tr("Messages for the cashier"))
        self._points_limit()
        self.show_quote()

    # --- inputs ---------------------------------------------------------------------------------

    def entered(self) -> None:
        payment = self.session.payment
        self.payment_type.setCurrentIndex(max(0, self.payment_type.findData(
            payment.payment_type)))
        for edit, value in ((self.points, payment.max_points), (self.credit, payment.max_credit)):
            edit.blockSignals(True)
            edit.set_value(value or None)
            edit.blockSignals(False)
        self._points_limit()
        self.shown = None  # Confirm arms anew on every arrival
        self.armed = False
        self.unreachable.hide()
        self.show_quote()  # this bill's quote, or a loading state: never an older one
        if self.session.quote is None:
            self.requote()

    def wipe(self) -> None:
        super().wipe()
        self.debounce.stop()
        self.arm_timer.stop()
        self.shown, self.armed = None, False
        for edit in (self.points, self.credit):
            edit.blockSignals(True)
            edit.set_value(None)
            edit.blockSignals(False)
        self.input_problem.hide()
        self.unreachable.hide()
        self.review.clear()
        self.messages.clear()
        self.to_pay.clear()

    def _points_limit(self) -> None:
        view = self.session.customer
        can = view is not None and view.customer is not None
        available = view.available_points if can and view else ZERO
        self.points.setEnabled(can)
        self.points.set_maximum(available if can else None)
        self.points_hint.setText(self.tr("of %1 available").replace("%1", number(available))
                                 if can else self.tr("no customer"))

    def default_action(self) -> None:
        self.confirm()

    def refresh_server_texts(self) -> None:
        if self.isVisible():
            self.requote()  # cashier messages come in the new language

    def reconnected(self) -> None:
        self.requote_if_needed()

    def state_changed(self) -> None:
        if not self.isVisible() or self.session.receipt is not None:
            return
        self._points_limit()
        self.show_quote()
        if self.session.quote is None and not self.debounce.isActive():
            self.requote()

    def _inputs_changed(self) -> None:
        problems = [f"{label.text()}: {edit.problem()}" for label, edit in
                    ((self.labels[1], self.points), (self.labels[2], self.credit))
                    if edit.problem()]
        self.input_problem.setText("\n".join(problems))
        self.input_problem.setVisible(bool(problems))
        self.update_actions()
        if not problems:
            self.debounce.start()

    def _apply_inputs(self) -> None:
        self.debounce.stop()
        if not self._inputs_ok():
            return
        self.visit.set_payment(payment_type=self.payment_type.currentData() or "A",
                               max_points=self.points.value() or ZERO,
                               max_credit=self.credit.value() or ZERO)

    def _inputs_ok(self) -> bool:
        return not self.points.problem() and not self.credit.problem()

    # --- quote ----------------------------------------------------------------------------------

    def requote(self) -> None:
        """Ask for the checkout as it is now; an older question still on its way is dropped."""
        if self.session.bill.is_empty:
            self.show_error(self.tr("The bill is empty. Add items first."))
            return
        if not self._inputs_ok():
            return
        self.unreachable.hide()
        self.run(self.visit.quote(), self._quoted, key="quote", preempt=True,
                 on_error=self._quote_failed)

    def requote_if_needed(self) -> None:
        """CareCloud answers again: replace a missing or benefit-less quote by a real one."""
        quote = self.session.quote
        if self.isVisible() and self.session.receipt is None and (
                quote is None or quote.offline) and not self.ops.running("quote"):
            self.requote()

    def _quoted(self, quote: Quote) -> None:
        self.show_quote()  # only if it is the checkout's current quote (show_quote checks)

    def _quote_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, UNREACHABLE):
            self.unreachable.show()
        self.show_quote()
        return False  # the message says what happened

    def sell_offline(self) -> None:
        self.unreachable.hide()
        self.clear_error()
        self.ops.cancel("quote")
        self.visit.offline_quote()
        self.show_quote()

    def show_quote(self) -> None:
        """Show the checkout's current quote, never another revision's."""
        quote = self.session.quote
        code = self.currency_code
        self.review.clear()
        self.messages.clear()
        if quote is None:
            self.shown = None
            self.armed = False
            self.arm_timer.stop()
            self.review.addItem(self.tr("Items: %1").replace(
                "%1", money(self.session.bill.total, code)))
            self.offline_label.hide()
            self.to_pay.setText(self.tr("Calculating…") if not self.session.bill.is_empty
                                else "")
            self.update_actions()
            return
        if quote is not self.shown:  # new amounts: the confirm arms again after a pause
            self.shown = quote
            self.armed = False
            self.arm_timer.start()
        names = {line.line_id: line.name for line in self.session.bill.lines}
        self.review.addItem(self.tr("Items: %1").replace("%1", money(quote.subtotal, code)))
        for d in quote.discounts:
            target = names.get(d.bill_item_id, "")
            label = f"{d.name} ({d.code})" if d.voucher and d.code != d.name else d.name
            self.review.addItem(f"  {label}{' · ' + target if target else ''} · "
                                f"−{money(d.value, code)}")
        if quote.discount_total:
            self.review.addItem(self.tr("Discounts: −%1").replace(
                "%1", money(quote.discount_total, code)))
        if quote.points_spent:
            text = self.tr("Points used: %1").replace("%1", number(quote.points_spent))
            if quote.reward_points and quote.points_paid:
                text += " " + self.tr("(%1 for rewards, %2 to pay %3)").replace(
                    "%1", number(quote.reward_points)).replace(
                    "%2", number(quote.points_paid)).replace("%3", money(quote.points_value, code))
            elif quote.points_paid:
                text += " " + self.tr("(pay %1)").replace("%1", money(quote.points_value, code))
            else:
                text += " " + self.tr("(for rewards)")
            self.review.addItem(text)
        if quote.credit:
            self.review.addItem(self.tr("Credit used: %1").replace("%1", money(quote.credit, code)))
        if quote.points_earned is not None and self.session.customer is not None:
            line = self.tr("Points earned: %1").replace("%1", number(quote.points_earned))
            if quote.balance_after is not None and self.session.customer.customer is not None:
                line += " · " + self.tr("balance after: %1").replace(
                    "%1", number(quote.balance_after))
            self.review.addItem(line)
        for message in quote.messages:
            self.messages.addItem(message)
        self.offline_label.setVisible(quote.offline)
        if quote.offline:
            self.offline_label.setText(self.tr(
                "WITHOUT LOYALTY BENEFITS: CareCloud is out of reach. No vouchers, rewards, "
                "points or credit; points are earned when the sale is delivered."))
        self.to_pay.setText(self.tr("To pay: %1").replace("%1", money(quote.to_pay, code)))
        self.update_actions()

    def _arm(self) -> None:
        self.armed = self.shown is not None and self.shown is self.session.quote
        self.update_actions()

    def update_actions(self) -> None:
        ready = (self.session.quote is not None and self.session.quote is self.shown
                 and self.armed and self._inputs_ok() and not self.debounce.isActive()
                 and self.session.receipt is None)
        self.enable(self.confirm_button, ready and not self.busy)
        self.offline_button.setEnabled(not self.session.bill.is_empty)

    # --- confirm ----------------------------------------------------------------------------------

    def confirm(self) -> None:
        if not self.confirm_button.isEnabled():
            return
        self.run(self.visit.confirm(), self._confirmed, key="confirm",
                 disable=[self.confirm_button, self.back_button])

    def _confirmed(self, receipt: Receipt) -> None:
        self.go.emit(Route.DONE)
