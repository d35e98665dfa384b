"""Reward selection: the best rewards for this bill by priority, what each gives and costs in
points, how many times; voucher codes typed or scanned and checked at once."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QScrollArea,
    QWidget,
)

from kiosk_app.api import models as m
from kiosk_app.app.counter import CounterVisit
from kiosk_app.domain.checkout import RewardInfo
from kiosk_app.domain.reference import VoucherCheck, VoucherProblem
from kiosk_app.ui.routes import Route
from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.text import label
from kiosk_app.ui.widgets.reward_card import RewardCard
from kiosk_app.ui.widgets.touch import discard, draggable, forget, touch_list


def gift_card_text(gift: m.GiftCardBalance, currency_code: str) -> str:
    """ "Gift card 900100200: CZK 350.00 left of CZK 1,000.00, valid until …" (cashier and
    shopper alike)."""
    from PySide6.QtCore import QCoreApplication

    from kiosk_app.ui.format import money
    from kiosk_app.ui.screens.points_history import day

    text = QCoreApplication.translate("GiftCard", "Gift card %1: %2 left").replace(
        "%1", gift.code).replace("%2", money(gift.current_balance, currency_code))
    if gift.original_balance is not None:
        text += " " + QCoreApplication.translate("GiftCard", "of %1").replace(
            "%1", money(gift.original_balance, currency_code))
    if gift.valid_to:
        text += ", " + QCoreApplication.translate("GiftCard", "valid until %1").replace(
            "%1", day(gift.valid_to))
    return text + ". " + QCoreApplication.translate(
        "GiftCard", "It pays like money; it is not a discount.")


class RewardsScreen(Screen):
    def __init__(self, visit: CounterVisit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit = visit
        self.session = visit.session  # read only: changes go through the visit
        self.rewards: list[RewardInfo] = []
        self.cards: dict[str, RewardCard] = {}
        self.loading = False  # asked for this bill's rewards, no answer yet
        self.loaded_once = False  # "none applies" only after an answer said so
        self.columns = 0  # of cards, as laid out now
        self.full = button(self)
        self.full.setCheckable(True)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.grid_host = QWidget(self.scroll)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(12)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(self.grid_host)
        draggable(self.scroll)
        self.empty = label(self, role="muted", wrap=True)
        self.voucher = QLineEdit(self)
        self.add_voucher_button = button(self)
        self.vouchers = touch_list(self)
        self.vouchers.setMaximumHeight(120)
        self.remove_voucher_button = button(self)
        self.back_button = button(self)
        self.next_button = button(self, role="primary")
        top = QHBoxLayout()
        top.addWidget(self.empty, 1)
        top.addWidget(self.full)
        row = QHBoxLayout()
        row.addWidget(self.voucher, 1)
        row.addWidget(self.add_voucher_button)
        row.addWidget(self.remove_voucher_button)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.scroll, 1)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.vouchers)
        self.add_action(self.back_button, left=True)
        self.add_action(self.next_button)
        self.full.toggled.connect(lambda _on: self.load())
        self.add_voucher_button.clicked.connect(self.add_typed_voucher)
        self.voucher.returnPressed.connect(self.add_typed_voucher)
        self.remove_voucher_button.clicked.connect(self.remove_voucher)
        self.vouchers.currentItemChanged.connect(lambda *_: self.update_actions())
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(lambda: self.go.emit(Route.CLOSURE))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Rewards"))
        self.full.setText(self.tr("Show all rewards"))
        named(self.full, self.tr("Show all rewards"),
              self.tr("Also those that cannot apply to this bill now"))
        self.voucher.setPlaceholderText(self.tr("Voucher code (type or scan)"))
        named(self.voucher, self.tr("Voucher code"))
        named(self.vouchers, self.tr("Vouchers on the bill"))
        self.add_voucher_button.setText(self.tr("Add voucher"))
        self.remove_voucher_button.setText(self.tr("Remove voucher"))
        self.back_button.setText(self.tr("Back to bill"))
        self.next_button.setText(self.tr("Close bill"))
        self._empty_text()

    def entered(self) -> None:
        """The rewards of this bill as it is now: the last list goes at once (it may have
        been another bill's); a loading line until the answer."""
        self.rewards, self.loaded_once = [], False
        self._fill()
        self._fill_vouchers()
        self.load()

    def back(self) -> None:
        """Back to bill: where the button says, whichever way the screen was reached."""
        self.go.emit(Route.BILL)

    def wipe(self) -> None:
        super().wipe()
        forget(self.voucher)
        self.rewards, self.loaded_once, self.loading = [], False, False
        self.full.blockSignals(True)  # no request for the bill that is going away
        self.full.setChecked(False)
        self.full.blockSignals(False)
        self._fill()
        self.vouchers.clear()

    def default_action(self) -> None:
        self.go.emit(Route.CLOSURE)

    def refresh_server_texts(self) -> None:
        """The language changed: reward names and descriptions come again in the new one."""
        if self.isVisible():
            self.load()

    def state_changed(self) -> None:
        self._fill_vouchers()
        chosen = self.session.rewards
        for code, card in self.cards.items():
            if card.count != chosen.get(code, 0):
                card.set_count(chosen.get(code, 0))
        self.update_actions()

    def update_actions(self) -> None:
        self.enable(self.remove_voucher_button, self.vouchers.currentItem() is not None)
        self.enable(self.add_voucher_button, True)

    def load(self) -> None:
        if self.session.bill.is_empty:
            self.rewards = []
            self._fill()
            return
        self.loading = True
        self._empty_text()
        self.run(self.visit.rewards(full=self.full.isChecked()), self._loaded,
                 key="load", preempt=True, on_error=self._not_loaded)

    def _not_loaded(self, _exc: BaseException) -> bool:
        self.loading = False
        self._empty_text()
        return False  # the message says why

    def _loaded(self, rewards: list[RewardInfo]) -> None:
        self.rewards, self.loaded_once, self.loading = rewards, True, False
        self._fill()

    def cards_shown(self) -> int:
        return len(self.cards)

    def card(self, code: str) -> RewardCard | None:
        return self.cards.get(code)

    def _fill(self) -> None:
        """New cards for a new list of rewards (a tap changes a card, never replaces it)."""
        for card in self.cards.values():
            discard(card)
        self.cards = {}
        self.columns = 0
        chosen = self.session.rewards
        for reward in self.rewards:
            card = RewardCard(reward, chosen.get(reward.code, 0), self.grid_host)
            card.chosen.connect(lambda code, count, info=reward: self.visit.choose_reward(
                code, count, info))
            self.cards[reward.code] = card
        self._place_cards()
        self._empty_text()

    def _empty_text(self) -> None:
        """The hint over the cards, or why there are none (in the language shown now)."""
        if self.loading and not self.rewards:
            self.empty.setText(self.tr("Looking up the rewards for this bill…"))
        elif not self.rewards and not self.session.bill.is_empty and self.loaded_once:
            self.empty.setText(self.tr("No reward applies to this bill now."))
        else:
            self.empty.setText(self.tr("Tap a reward to apply it; − and + change how many "
                                       "times."))

    def _place_cards(self) -> None:
        """As many columns as fit the width; re-placed only when that number changes."""
        columns = max(1, self.scroll.viewport().width() // 300)
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for i, card in enumerate(self.cards.values()):
            self.grid.addWidget(card, i // columns, i % columns)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(self.grid.rowCount(), 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_cards()

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
        self.run(self.visit.check_voucher(code), self.voucher_checked,
                 key=f"voucher-{code}", disable=[self.add_voucher_button])

    def voucher_checked(self, check: VoucherCheck) -> None:
        """A checked voucher code (typed here, or scanned anywhere): onto the bill when this
        customer can use it now, else why not."""
        why = {
            VoucherProblem.UNKNOWN: self.tr("Voucher %1 is not known. Check the code."),
            VoucherProblem.EXPIRED: self.tr("Voucher %1 has expired and cannot be used."),
            VoucherProblem.NOT_YET_VALID: self.tr("Voucher %1 is not valid yet."),
            VoucherProblem.USED: self.tr("Voucher %1 has already been used."),
            VoucherProblem.OTHER_CUSTOMER: self.tr("Voucher %1 belongs to another customer."),
            VoucherProblem.NO_CUSTOMER: self.tr("Voucher %1 belongs to a customer: identify "
                                                "them first (scan their card)."),
        }
        if check.problem is VoucherProblem.GIFT_CARD and check.gift is not None:
            self.show_info(gift_card_text(check.gift, self.visit.till.currency_code))
            forget(self.voucher)
            return
        if check.problem is not None:
            self.show_error(why[check.problem].replace("%1", check.code))
            return
        if check.code in self.session.voucher_codes:
            self.show_info(self.tr("Voucher %1 is on the bill.").replace("%1", check.code))
            return
        self.visit.add_voucher(check.code)
        forget(self.voucher)
        self.show_info(self.tr("Voucher %1 is on the bill.").replace("%1", check.code))

    def remove_voucher(self) -> None:
        item = self.vouchers.currentItem()
        if item is not None:
            self.visit.remove_voucher(item.text())
