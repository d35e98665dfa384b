"""The rewards catalogue, at the counter and at the kiosk: what the customer's points buy,
cheapest affordable first; *Get it* asks for an explicit yes (and, on a kiosk, a code sent
to the phone on file), then the new voucher shows at once with its barcode and, at the
counter, can go on the open bill."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk_app.app.member import Bought, MemberOnShow, MemberServices, Offer, Purchase
from kiosk_app.ui.format import number
from kiosk_app.ui.routes import Route
from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.text import label
from kiosk_app.ui.widgets.barcode import BarcodeLabel
from kiosk_app.ui.widgets.keypad import Keypad
from kiosk_app.ui.widgets.touch import clear_column, discard, forget, touch_column


class CatalogueScreen(Screen):
    """`who` is the member on show (read again after buying); `apply(code)` (the counter)
    puts the new voucher on the open bill; `step_up` (a kiosk) asks a code to the phone."""

    def __init__(self, member: MemberServices, who: MemberOnShow,
                 parent: QWidget | None = None, *, step_up: bool = False,
                 apply: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.member, self.who = member, who
        self.step_up, self.apply = step_up, apply
        self.offers: list[Offer] = []
        self.purchase: Purchase | None = None
        self.request_id: str | None = None
        self.new_code = ""
        self.pages = QStackedWidget(self)
        # 1. the list
        self.scroll, self.list_host, self.list = touch_column(self)
        self.get_buttons: dict[str, QWidget] = {}
        # 2. are you sure?
        self.confirm_page = QWidget(self)
        self.question = label(self.confirm_page)
        self.question.setWordWrap(True)
        self.question.setProperty("role", "title")
        self.yes_button = button(self.confirm_page, role="primary", icon="check")
        self.no_button = button(self.confirm_page)
        confirm = QVBoxLayout(self.confirm_page)
        confirm.addWidget(self.question)
        row = QHBoxLayout()
        row.addWidget(self.no_button)
        row.addWidget(self.yes_button)
        confirm.addLayout(row)
        confirm.addStretch(1)
        # 3. the code sent to the phone on file (kiosk)
        self.code_page = QWidget(self)
        self.code_hint = label(self.code_page)
        self.code_hint.setWordWrap(True)
        self.code = QLineEdit(self.code_page)
        self.code.setMaxLength(12)
        self.code_button = button(self.code_page, role="primary")
        self.keypad = Keypad(self.code, self.code_page)
        code = QHBoxLayout(self.code_page)
        left = QVBoxLayout()
        for widget in (self.code_hint, self.code, self.code_button):
            left.addWidget(widget)
        left.addStretch(1)
        code.addLayout(left, 3)
        code.addWidget(self.keypad, 2)
        # 4. the new voucher
        self.done_page = QWidget(self)
        self.done_text = label(self.done_page)
        self.done_text.setWordWrap(True)
        self.done_text.setProperty("role", "title")
        self.barcode_host = QVBoxLayout()
        self.apply_button = button(self.done_page, role="primary")
        done = QVBoxLayout(self.done_page)
        done.addWidget(self.done_text)
        done.addLayout(self.barcode_host)
        done.addWidget(self.apply_button)
        done.addStretch(1)
        for page in (self.scroll, self.confirm_page, self.code_page, self.done_page):
            self.pages.addWidget(page)
        self.layout_.addWidget(self.pages, 1)
        self.back_button = button(self, icon="back")
        self.add_action(self.back_button, left=True)
        self.back_button.clicked.connect(self.back)
        self.yes_button.clicked.connect(self.yes)
        self.no_button.clicked.connect(self.show_list)
        self.code_button.clicked.connect(self.check_code)
        self.code.returnPressed.connect(self.check_code)
        self.keypad.submitted.connect(self.check_code)
        self.apply_button.clicked.connect(self._apply)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Rewards for points"))
        self.no_button.setText(self.tr("No, back to the rewards"))
        self.code_hint.setText(self.tr("To protect your points we sent a code to the phone "
                                       "in your account. Type it here."))
        named(self.code, self.tr("Code from the text message"))
        self.code_button.setText(self.tr("Confirm"))
        self.apply_button.setText(self.tr("Use it on this bill"))
        self.back_button.setText(self.tr("Back"))
        if self.purchase is not None:
            self._ask()
        if self.offers:
            self._fill()

    # --- the list ---------------------------------------------------------------------------

    def entered(self) -> None:
        self.wipe()
        self.load()

    def wipe(self) -> None:
        """Nothing of the last customer stays: offers, code, new voucher."""
        self.cancel_tasks()
        self.clear_error()
        self.offers, self.purchase, self.request_id, self.new_code = [], None, None, ""
        forget(self.code)
        self._clear_barcode()
        self._fill()
        self.pages.setCurrentWidget(self.scroll)

    def load(self) -> None:
        view = self.who.view
        if view is None or not view.customer_id:
            return
        self.run(self.member.catalogue(view), lambda found: self._loaded(found[0]),
                 key="catalogue", preempt=True)

    def _loaded(self, offers: list[Offer]) -> None:
        self.offers = offers
        self._fill()

    def _fill(self) -> None:
        clear_column(self.list)
        self.get_buttons = {}
        for i, offer in enumerate(self.offers):
            self.list.insertWidget(i, self._card(offer))
        if not self.offers and self.who.view is not None:
            none = label(self.list_host, self.tr("No rewards to buy with points right now."))
            self.list.insertWidget(0, none)

    def _card(self, offer: Offer) -> QFrame:
        card = QFrame(self.list_host, objectName="card")
        row = QHBoxLayout(card)
        texts = QVBoxLayout()
        name = label(card, offer.reward.name)
        name.setProperty("role", "total")
        name.setWordWrap(True)
        texts.addWidget(name)
        about = offer.reward.subtitle or offer.reward.note or ""
        if about:
            detail = label(card, about)
            detail.setWordWrap(True)
            detail.setProperty("role", "muted")
            texts.addWidget(detail)
        cost = label(card, self.tr("%Ln point(s)", "", int(offer.cost)))
        texts.addWidget(cost)
        row.addLayout(texts, 1)
        get = button(card, role="primary" if offer.affordable else "")
        get.setText(self.tr("Get it") if offer.affordable else self.tr(
            "%1 more points needed").replace("%1", number(offer.missing)))
        named(get, self.tr("Get %1 for %2 points").replace("%1", offer.reward.name).replace(
            "%2", number(offer.cost)))
        get.setEnabled(offer.affordable)
        get.clicked.connect(lambda _=False, o=offer: self.choose(o))
        row.addWidget(get)
        self.get_buttons[offer.reward.code] = get
        return card

    def show_list(self) -> None:
        self.purchase = None
        self.clear_error()
        self.pages.setCurrentWidget(self.scroll)

    def back(self) -> None:
        if self.pages.currentWidget() is self.scroll or self.busy:
            self.go.emit(Route.BACK)
        else:
            self.show_list()
            self.load()

    # --- buying -----------------------------------------------------------------------------

    def choose(self, offer: Offer) -> None:
        view = self.who.view
        if view is None:
            return
        self.purchase = self.member.confirm(view, offer)  # this tap's one voucher code
        self._ask()
        self.pages.setCurrentWidget(self.confirm_page)

    def _ask(self) -> None:
        purchase = self.purchase
        if purchase is None:
            return
        cost = number(purchase.offer.cost)
        self.question.setText(self.tr("Spend %1 points on %2?").replace("%1", cost).replace(
            "%2", purchase.offer.reward.name))
        self.yes_button.setText(self.tr("Yes, spend %1 points").replace("%1", cost))

    def yes(self) -> None:
        view = self.who.view
        if self.purchase is None or view is None:
            return
        if not self.step_up:
            self._buy()
            return
        self.run(self.member.step_up(view), self._code_sent, key="step-up",
                 disable=[self.yes_button])

    def _code_sent(self, request_id: str | None) -> None:
        if request_id is None:
            self.show_error(self.tr("Your account has no phone to confirm with: please ask "
                                    "at the counter."))
            return
        self.request_id = request_id
        self.code.clear()
        self.pages.setCurrentWidget(self.code_page)
        self.code.setFocus()

    def check_code(self) -> None:
        if self.request_id is None:
            return
        self.run(self.member.step_up_valid(self.request_id, self.code.text()),
                 self._code_checked, key="step-up", disable=[self.code_button])

    def _code_checked(self, valid: bool) -> None:
        if not valid:
            self.code.clear()
            self.show_error(self.tr("That code is not right or has expired. Type it again."))
            return
        self.clear_error()
        self._buy()

    def _buy(self) -> None:
        view, purchase = self.who.view, self.purchase
        if view is None or purchase is None:
            return
        self.run(self.member.buy(purchase, view), self._bought, key="buy",
                 disable=[self.yes_button, self.code_button, self.back_button])

    def _bought(self, bought: Bought) -> None:
        self.purchase, self.request_id = None, None
        self.new_code = bought.code
        self.who.rebought(bought.view)
        self.done_text.setText(self.tr("Your new voucher is ready. Show the barcode at the "
                                       "till."))
        self._clear_barcode()
        self.barcode_host.addWidget(BarcodeLabel(bought.code, self.done_page))
        code = label(self.done_page, bought.code)
        self.barcode_host.addWidget(code)
        self.apply_button.setVisible(self.apply is not None)
        self.pages.setCurrentWidget(self.done_page)

    def _clear_barcode(self) -> None:
        while self.barcode_host.count():
            item = self.barcode_host.takeAt(0)
            if item.widget() is not None:
                discard(item.widget())

    def _apply(self) -> None:
        if self.apply is not None and self.new_code:
            self.apply(self.new_code)
