"""Reward selection: the best rewards for this bill by priority, how many times, voucher codes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from kiosk_app.api import models as m
from kiosk_app.services.checkout import CheckoutService
from kiosk_app.services.session import CheckoutSession
from kiosk_app.ui.screens.base import Screen
from kiosk_app.ui.widgets.tables import touch_table


class RewardsScreen(Screen):
    def __init__(self, service: CheckoutService, session: CheckoutSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.session = service, session
        self.rewards: list[m.RecommendedReward] = []
        self.full = QCheckBox(self)
        self.table = touch_table(self, 3, stretch=0, row_height=56,
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
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(lambda: self.go.emit("closure"))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Rewards"))
        self.full.setText(self.tr("Show all rewards, also those not applicable now"))
        self.table.setHorizontalHeaderLabels([self.tr("Reward"), self.tr("Available"),
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

    def back(self) -> None:
        self.go.emit("bill")

    def default_action(self) -> None:
        self.go.emit("closure")

    def refresh_server_texts(self) -> None:
        """The language changed: reward names and descriptions come again in the new one."""
        if self.isVisible():
            self.load()

    def scanned(self, code: str) -> bool:
        self.add_voucher(code)
        return True

    def load(self) -> None:
        if self.session.bill.is_empty:
            self.rewards = []
            self._fill()
            return
        self.run(self.service.rewards(self.session, full=self.full.isChecked()), self._loaded)

    def _loaded(self, rewards: list[m.RecommendedReward]) -> None:
        self.rewards = rewards
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(0)
        for reward in self.rewards:
            row = self.table.rowCount()
            self.table.insertRow(row)
            name = QTableWidgetItem(reward.name)
            name.setToolTip(reward.description or "")
            name.setData(Qt.ItemDataRole.UserRole, reward.code)
            self.table.setItem(row, 0, name)
            available = (self.tr("up to %1×").replace("%1", str(reward.max_count))
                         if reward.applicable else self.tr("not applicable now"))
            self.table.setItem(row, 1, QTableWidgetItem(available))
            count = QSpinBox(self.table)
            count.setRange(0, max(reward.max_count, 0))
            count.setValue(min(self.session.rewards.get(reward.code, 0), reward.max_count))
            count.setEnabled(reward.applicable)
            count.setObjectName(f"count-{reward.code}")
            count.valueChanged.connect(lambda n, code=reward.code: self._choose(code, n))
            self.table.setCellWidget(row, 2, count)

    def _choose(self, code: str, count: int) -> None:
        if count:
            self.session.rewards[code] = count
        else:
            self.session.rewards.pop(code, None)
        self.session.changed()

    def _fill_vouchers(self) -> None:
        self.vouchers.clear()
        self.vouchers.addItems(self.session.voucher_codes)

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
        self.session.voucher_codes.append(code)
        self.session.changed()
        self.voucher.clear()
        self.clear_error()
        self._fill_vouchers()

    def remove_voucher(self) -> None:
        item = self.vouchers.currentItem()
        if item is not None:
            self.session.voucher_codes.remove(item.text())
            self.session.changed()
            self._fill_vouchers()
