"""Reward selection: the best rewards for this bill by priority, what each gives and costs in
points, how many times; voucher codes typed or scanned and checked at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from kiosk_app.services.checkout import CheckoutService, VoucherCheck, VoucherProblem
from kiosk_app.services.session import CheckoutSession, RewardInfo
from kiosk_app.ui.screens.base import Screen
from kiosk_app.ui.widgets.tables import touch_table


class RewardsScreen(Screen):
    def __init__(self, service: CheckoutService, session: CheckoutSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.session = service, session
        self.rewards: list[RewardInfo] = []
        self.full = QCheckBox(self)
        self.table = touch_table(self, 5, stretch=1, row_height=56,
                                 selection=QAbstractItemView.SelectionMode.NoSelection)
        self.voucher = QLineEdit(self)
        self.add_voucher_button = QPushButton(self)
        self.vouchers = QListWidget(self)
        self.vouchers.setMaximumHeight(120)
        self.remove_voucher_button = QPushButton(self)
        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.next_button.setProperty("primary", True)
        row = QHBoxLayout()
        row.addWidget(self.voucher, 1)
        row.addWidget(self.add_voucher_button)
        row.addWidget(self.remove_voucher_button)
        actions = QHBoxLayout()
        actions.addWidget(self.back_button)
        actions.addWidget(self.next_button)
        for widget in (self.full, self.table):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.vouchers)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.busy_label)
        self.layout_.addLayout(actions)
        self.full.toggled.connect(lambda _on: self.load())
        self.add_voucher_button.clicked.connect(self.add_typed_voucher)
        self.voucher.returnPressed.connect(self.add_typed_voucher)
        self.remove_voucher_button.clicked.connect(self.remove_voucher)
        self.vouchers.currentItemChanged.connect(lambda *_: self.update_actions())
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(lambda: self.go.emit("closure"))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Rewards"))
        self.full.setText(self.tr("Show all rewards, also those not applicable now"))
        self.table.setHorizontalHeaderLabels([self.tr("Reward"), self.tr("What it gives"),
                                              self.tr("Points"), self.tr("Available"),
                                              self.tr("Apply")])
        self.voucher.setPlaceholderText(self.tr("Voucher code (type or scan)"))
        self.add_voucher_button.setText(self.tr("Add voucher"))
        self.remove_voucher_button.setText(self.tr("Remove voucher"))
        self.back_button.setText(self.tr("Back to bill"))
        self.next_button.setText(self.tr("Close bill"))
        self._fill()

    def entered(self) -> None:
        self._fill_vouchers()
        self.load()

    def default_action(self) -> None:
        self.go.emit("closure")

    def refresh_server_texts(self) -> None:
        """The language changed: reward names and descriptions come again in the new one."""
        if self.isVisible():
            self.load()

    def scanned(self, code: str) -> bool:
        self.add_voucher(code)
        return True

    def session_changed(self) -> None:
        self._fill_vouchers()
        self._sync_counts()
        self.update_actions()

    def update_actions(self) -> None:
        self.enable(self.remove_voucher_button, self.vouchers.currentItem() is not None)
        self.enable(self.add_voucher_button, True)

    def load(self) -> None:
        if self.session.bill.is_empty:
            self.rewards = []
            self._fill()
            return
        self.run(self.service.rewards(self.session, full=self.full.isChecked()), self._loaded,
                 key="load", preempt=True)

    def _loaded(self, rewards: list[RewardInfo]) -> None:
        self.rewards = rewards
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(0)
        for reward in self.rewards:
            row = self.table.rowCount()
            self.table.insertRow(row)
            name = QTableWidgetItem(reward.name)
            name.setData(Qt.ItemDataRole.UserRole, reward.code)
            self.table.setItem(row, 0, name)
            effect = QTableWidgetItem(reward.effect)
            effect.setToolTip(reward.effect)
            self.table.setItem(row, 1, effect)
            cost = (self.tr("%Ln point(s)", "", int(reward.points_cost))
                    if reward.points_cost else self.tr("free"))
            self.table.setItem(row, 2, QTableWidgetItem(cost))
            available = (self.tr("up to %1×").replace("%1", str(reward.max_count))
                         if reward.max_count else self.tr("not applicable now"))
            self.table.setItem(row, 3, QTableWidgetItem(available))
            count = QSpinBox(self.table)
            count.setRange(0, max(reward.max_count, 0))
            count.setValue(min(self.session.rewards.get(reward.code, 0), reward.max_count))
            count.setEnabled(reward.max_count > 0)
            count.setObjectName(f"count-{reward.code}")
            count.valueChanged.connect(lambda n, info=reward: self.session.choose_reward(
                info.code, n, info))
            self.table.setCellWidget(row, 4, count)

    def _sync_counts(self) -> None:
        chosen = self.session.rewards
        for spin in self.table.findChildren(QSpinBox):
            code = spin.objectName().removeprefix("count-")
            if spin.value() != chosen.get(code, 0):
                spin.blockSignals(True)
                spin.setValue(chosen.get(code, 0))
                spin.blockSignals(False)

    def _fill_vouchers(self) -> None:
        current = self.vouchers.currentItem().text() if self.vouchers.currentItem() else None
        self.vouchers.clear()
        for code in self.session.voucher_codes:
            item = QListWidgetItem(code)
            self.vouchers.addItem(item)
            if code == current:
                self.vouchers.setCurrentItem(item)

    def add_typed_voucher(self) -> None:
        self.add_voucher(self.voucher.text().strip())

    def add_voucher(self, code: str) -> None:
        code = code.strip()
        if not code:
            self.show_error(self.tr("Type or scan the voucher code."))
            return
        if code in self.session.voucher_codes:
            self.show_error(self.tr("This voucher is already on the bill."))
            return
        self.run(self.service.check_voucher(self.session, code), self._voucher_checked,
                 key=f"voucher-{code}", disable=[self.add_voucher_button])

    def _voucher_checked(self, check: VoucherCheck) -> None:
        why = {
            VoucherProblem.UNKNOWN: self.tr("Voucher %1 is not known. Check the code."),
            VoucherProblem.EXPIRED: self.tr("Voucher %1 has expired and cannot be used."),
            VoucherProblem.NOT_YET_VALID: self.tr("Voucher %1 is not valid yet."),
            VoucherProblem.USED: self.tr("Voucher %1 has already been used."),
            VoucherProblem.OTHER_CUSTOMER: self.tr("Voucher %1 belongs to another customer."),
            VoucherProblem.NO_CUSTOMER: self.tr("Voucher %1 belongs to a customer: identify "
                                                "them first (scan their card)."),
        }
        if check.problem is not None:
            self.show_error(why[check.problem].replace("%1", check.code))
            return
        if check.code in self.session.voucher_codes:
            return
        self.session.add_voucher(check.code)
        self.voucher.clear()
        self.clear_error()

    def remove_voucher(self) -> None:
        item = self.vouchers.currentItem()
        if item is not None:
            self.session.remove_voucher(item.text())
