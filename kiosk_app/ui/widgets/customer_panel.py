"""The customer panel: who is at the till, their points, phone validation, valid vouchers and
cards. Beside the screens on a wide window; on a narrow one (1024 px) a strip above them whose
*Details* button opens the lists."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QPoint, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk_app.api.masking import mask_value
from kiosk_app.app.counter import CounterVisit
from kiosk_app.ui.format import status_text
from kiosk_app.ui.i18n import LANGUAGES, Languages
from kiosk_app.ui.text import label, tip
from kiosk_app.ui.widgets.barcode import barcode_pixmap
from kiosk_app.ui.widgets.touch import touch_list

SIDE_WIDTH = 300


class CustomerPanel(QFrame):
    validate_phone = Signal()
    switch_language = Signal(str)
    more = Signal()  # read the next page of vouchers and cards
    catalogue = Signal()  # the rewards the customer's points buy
    points_history = Signal()

    def __init__(self, visit: CounterVisit, languages: Languages,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CustomerPanel")
        self.session = visit.session  # read only
        self.languages = languages  # offers the customer's own language
        self.strip = False
        self.layout_ = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.layout_.setContentsMargins(12, 10, 12, 10)
        self.layout_.setSpacing(8)
        self.heading = label(self)
        self.heading.setProperty("role", "muted")
        self.name = label(self)
        self.name.setWordWrap(True)
        self.name.setProperty("role", "total")
        self.points = label(self)
        self.points.setWordWrap(True)
        self.status = label(self)  # status (tier) and what the next one takes
        self.status.setWordWrap(True)
        self.status.setProperty("role", "muted")
        self.phone = label(self)
        self.phone.setWordWrap(True)
        self.otp_button = QPushButton(self)
        self.otp_button.setProperty("icon_name", "phone")
        self.otp_button.clicked.connect(self.validate_phone)
        self.language_label = label(self)
        self.language_label.setWordWrap(True)
        self.language_button = QPushButton(self)
        self.language_button.setProperty("icon_name", "globe")
        self.language_button.clicked.connect(
            lambda: self.switch_language.emit(self.language_button.property("code")))
        self.catalogue_button = QPushButton(self)
        self.catalogue_button.setProperty("icon_name", "gift")
        self.catalogue_button.clicked.connect(self.catalogue)
        self.points_button = QPushButton(self)
        self.points_button.setProperty("icon_name", "history")
        self.points_button.clicked.connect(self.points_history)
        self.details_button = QPushButton(self)
        self.details_button.setProperty("icon_name", "ticket")
        self.texts: dict[QPushButton, str] = {}  # each button's text (the strip may hide it)
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._show_details)
        # the lists: in the panel, or (strip) in a panel of their own under it
        self.lists = QWidget(self)
        lists = QVBoxLayout(self.lists)
        lists.setContentsMargins(0, 0, 0, 0)
        self.vouchers_label = label(self.lists)
        self.vouchers: QListWidget = touch_list(self.lists)
        self.cards_label = label(self.lists)
        self.cards: QListWidget = touch_list(self.lists)
        self.more_button = QPushButton(self.lists)
        self.more_button.clicked.connect(self.more)
        # a code as a barcode a scanner reads off the screen: the card's only when asked for
        # (a barcode on a screen the queue can see can be photographed), a voucher's on a tap
        self.card_code_button = QPushButton(self.lists)
        self.card_code_button.setProperty("icon_name", "card")
        self.card_code_button.setCheckable(True)
        self.card_code_button.toggled.connect(self._card_code)
        self.vouchers.itemClicked.connect(self._voucher_code)
        self.code_view = label(self.lists)
        self.code_text = label(self.lists)
        self.shown_code = ""  # the code the barcode shows ("" = none)
        # with the lists (in the panel, or in the strip's pop-up): what the points can do
        self.catalogue_button.setParent(self.lists)
        self.points_button.setParent(self.lists)
        for widget in (self.catalogue_button, self.points_button, self.vouchers_label,
                       self.vouchers, self.cards_label, self.cards, self.more_button,
                       self.card_code_button, self.code_view, self.code_text):
            lists.addWidget(widget)
        self.popup = QFrame(parent, objectName="popup")  # the lists, for the strip
        self.popup_layout = QVBoxLayout(self.popup)
        self.popup.hide()
        for widget in (self.heading, self.name, self.points, self.status, self.phone,
                       self.otp_button,
                       self.language_label, self.language_button, self.details_button):
            self.layout_.addWidget(widget)
        self.layout_.addWidget(self.lists, 1)
        self.set_strip(False)
        self.retranslate_ui()

    def set_strip(self, strip: bool) -> None:
        """A side panel on a wide window, a strip above the screens on a narrow one."""
        self.strip = strip
        if strip:  # what a strip never shows goes first: in a row it would widen the window
            for wide in (self.heading, self.language_label, self.status):
                wide.hide()
        self.setProperty("strip", strip)
        self.style().unpolish(self)
        self.style().polish(self)
        self.layout_.setDirection(QBoxLayout.Direction.LeftToRight if strip
                                  else QBoxLayout.Direction.TopToBottom)
        for shown in (self.name, self.points, self.phone, self.language_label):
            shown.setWordWrap(not strip)
        if strip:
            self.setFixedWidth(16777215)
            self.setMinimumWidth(0)
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.layout_.removeWidget(self.lists)
            self.popup_layout.addWidget(self.lists)
            self.heading.hide()
        else:
            self.setFixedWidth(SIDE_WIDTH)
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            self.popup_layout.removeWidget(self.lists)
            self.layout_.addWidget(self.lists, 1)
            self.details_button.setChecked(False)
            self.heading.show()
        self.lists.show()
        self.refresh()

    def _show_details(self, shown: bool) -> None:
        if not shown or not self.strip:
            self.popup.hide()
            return
        window = self.window()
        self.popup.setParent(window)
        self.popup.setFixedWidth(min(420, window.width() - 32))
        self.popup.adjustSize()
        spot = self.mapTo(window, QPoint(self.width() - self.popup.width() - 12, self.height()))
        self.popup.move(max(0, spot.x()), spot.y())
        self.popup.raise_()
        self.popup.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Customer"))
        self.vouchers_label.setText(self.tr("Valid vouchers"))
        self.cards_label.setText(self.tr("Cards"))
        self._say(self.otp_button, self.tr("Validate phone"))
        self._say(self.details_button, self.tr("Vouchers and cards"))
        self._say(self.catalogue_button, self.tr("Rewards for points"))
        self._say(self.points_button, self.tr("Points history"))
        self._say(self.card_code_button, self.tr("Card barcode"))
        self.vouchers.setAccessibleName(self.tr("Valid vouchers"))
        self.cards.setAccessibleName(self.tr("Cards"))
        self.refresh()

    def refresh(self) -> None:
        """Everything from the session's current customer view (re-read after every change
        that touches the account: a sale, a cancellation, a phone validation). Laid out once,
        after all its changes: a widget shown half-way would lay the window out for a panel
        that is not finished yet (and could grow it past the screen)."""
        self.layout_.setEnabled(False)
        try:
            self._refresh()
        finally:
            self.layout_.setEnabled(True)
            self.layout_.invalidate()

    def _refresh(self) -> None:
        view = self.session.customer
        self.setVisible(view is not None)
        if view is None:
            self.details_button.setChecked(False)
            return
        from PySide6.QtCore import Qt

        locale = QLocale()
        unchecked = view.customer is None
        self.name.setText(view.name if not unchecked else self.tr("Card %1 (not checked)").replace(
            "%1", mask_value(self.session.card_number or "")))
        code = view.customer.personal_information.language_id if view.customer else ""
        offer = code in self.languages.available() and code != self.languages.current
        self.language_button.setVisible(offer)
        self.language_label.setVisible(offer and not self.strip)
        if offer:
            self.language_button.setProperty("code", code)
            self.language_label.setText(self.tr("The customer's language:"))
            self._say(self.language_button, LANGUAGES[code], self.tr(
                "Switch to the customer's language: %1").replace("%1", LANGUAGES[code]))
        if unchecked:
            self.points.setText(self.tr("CareCloud was out of reach: points are added when the "
                                        "sale is delivered."))
        else:
            self.points.setText(self.tr("Points: %1").replace(
                "%1", locale.toString(float(view.available_points), "f", 0)))
        self.status.setText(status_text(view.status))
        self.status.setVisible(bool(self.status.text()) and not self.strip)
        validated = self.session.phone_validated
        self.phone.setVisible(not unchecked and (validated or not self.strip))
        if validated:
            self.phone.setText(self.tr("Phone validated ✓"))
            self.phone.setProperty("role", "ok")
        else:
            self.phone.setText(self.tr("Phone not validated"))
            self.phone.setProperty("role", "")
        self.phone.style().polish(self.phone)
        self.otp_button.setVisible(not validated and not unchecked)
        self.details_button.setVisible(self.strip and not unchecked)
        self.catalogue_button.setVisible(not unchecked)
        self.points_button.setVisible(not unchecked)
        for widget in (self.vouchers_label, self.vouchers):  # the cards: `_show_code`
            widget.setVisible(not unchecked)
        self.vouchers.clear()
        for voucher in view.vouchers:
            self.vouchers.addItem(f"{voucher.name} · {voucher.code}")
            self.vouchers.item(self.vouchers.count() - 1).setData(
                Qt.ItemDataRole.UserRole, voucher.code)
        if not view.vouchers:
            self.vouchers.addItem(self.tr("None"))
        self.cards.clear()
        for card in view.cards:
            state = self.tr("active") if card.state == 1 else self.tr("blocked")
            self.cards.addItem(f"{mask_value(card.card_number)} · {state}")
        codes = {self.session.card_number or ""} | {v.code for v in view.vouchers}
        self.card_code_button.setVisible(bool(self.session.card_number) and not unchecked)
        if not self.shown_code or self.shown_code not in codes or unchecked:
            self._show_code("")  # another customer: no code of the last one stays
        else:
            self._show_code(self.shown_code)  # in the language now shown
        more = view.more_vouchers + view.more_cards
        self.more_button.setVisible(bool(more) and not unchecked)
        self.more_button.setText(self.tr("Show %n more", "", more))
        self._fit_strip()

    def _card_code(self, shown: bool) -> None:
        card = self.session.card_number or ""
        if shown and card:
            self._show_code(card)
        elif self.shown_code == card:
            self._show_code("")

    def _voucher_code(self, item: QListWidgetItem) -> None:
        from PySide6.QtCore import Qt

        code = item.data(Qt.ItemDataRole.UserRole)
        if code:
            self._show_code(code)

    def _show_code(self, code: str) -> None:
        """Show `code` (the card's or a voucher's) as a barcode with its text beneath, or
        nothing ("")."""
        self.shown_code = code
        caption = (self.tr("Card %1") if code == self.session.card_number
                   else self.tr("Voucher %1")).replace("%1", code) if code else ""
        self.card_code_button.blockSignals(True)
        self.card_code_button.setChecked(bool(code) and code == self.session.card_number)
        self.card_code_button.blockSignals(False)
        self.code_text.setText(caption)
        if code:
            self.code_view.setPixmap(barcode_pixmap(code, QSize(SIDE_WIDTH - 40, 60)))
            self.code_view.setAccessibleName(self.tr("Barcode: %1").replace("%1", caption))
        else:
            self.code_view.clear()
            self.code_view.setAccessibleName("")
        # the code takes the cards' place (so the panel still fits 800 px and the strip's
        # pop-up 768); hidden first: showing a widget lays its parent out at once
        cards = not code and self.session.customer is not None and (
            self.session.customer.customer is not None)
        shown = {self.code_view: bool(code), self.code_text: bool(code),
                 self.cards_label: cards, self.cards: cards}
        for widget in [w for w, visible in shown.items() if not visible]:
            widget.hide()
        for widget in [w for w, visible in shown.items() if visible]:
            widget.show()
        if self.strip and self.popup.isVisible():
            self._show_details(True)  # the pop-up takes its new size

    def _say(self, button: QPushButton, text: str, name: str = "") -> None:
        self.texts[button] = text
        button.setText(text)
        button.setAccessibleName(name or text)
        button.setToolTip(tip(name or text))

    def _fit_strip(self) -> None:
        """In the strip, buttons show their icon only when their texts do not all fit."""
        for button, text in self.texts.items():
            button.setText(text)
        if not self.strip or self.width() <= 0:
            return
        shown = [self.layout_.itemAt(i).widget() for i in range(self.layout_.count())]
        shown = [w for w in shown if w is not None and not w.isHidden()]
        margins = self.layout_.contentsMargins()
        need = (sum(w.sizeHint().width() for w in shown) + margins.left() + margins.right()
                + self.layout_.spacing() * max(0, len(shown) - 1))
        if need > self.width():
            for button in self.texts:
                if button.parentWidget() is self:  # the strip's own; the pop-up's keep words
                    button.setText("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_strip()
