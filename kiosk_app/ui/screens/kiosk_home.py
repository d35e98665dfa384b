"""The member's home at a kiosk: first name only (others may be looking), points, status,
valid vouchers each with a barcode the till's scanner reads off the screen, and Finish.
`wipe()` forgets every bit of it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk_app.app.kiosk import KioskVisit
from kiosk_app.ui.format import status_text
from kiosk_app.ui.routes import Route
from kiosk_app.ui.screens.base import Screen, button
from kiosk_app.ui.text import label
from kiosk_app.ui.widgets.barcode import BarcodeLabel
from kiosk_app.ui.widgets.touch import clear_column, discard, touch_column


class HomeScreen(Screen):
    def __init__(self, visit: KioskVisit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit = visit
        self.shown_revision = -1  # the visit's revision on screen
        self.points = label(self)
        self.points.setProperty("role", "display")
        self.status = label(self)
        self.status.setProperty("role", "total")
        self.vouchers_label = label(self)
        self.scroll, self.list_host, self.list = touch_column(self)
        # the member's card for the till's scanner, shown only when asked for: a card's
        # barcode on screen could be photographed by someone behind. Made once (its icon
        # comes with the window's), filled for each member.
        self.card_box = QFrame(self.list_host, objectName="card")
        self.card_layout = QVBoxLayout(self.card_box)
        self.card_button = button(self.card_box, icon="card")
        self.card_button.setCheckable(True)
        self.card_layout.addWidget(self.card_button)
        self.card_barcode: BarcodeLabel | None = None
        self.card_number = label(self.card_box)
        self.card_layout.addWidget(self.card_number)
        self.card_button.toggled.connect(self._card_shown)
        self._card_shown(False)
        self.card_box.hide()
        self.finish_button = button(self, role="primary", icon="check")
        self.catalogue_button = button(self, icon="gift")
        self.points_button = button(self, icon="history")
        self.layout_.addWidget(self.points)
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.vouchers_label)
        self.layout_.addWidget(self.scroll, 1)
        self.add_action(self.catalogue_button, left=True)
        self.add_action(self.points_button, left=True)
        self.points_button.clicked.connect(lambda: self.go.emit(Route.POINTS))
        self.add_action(self.finish_button)
        self.catalogue_button.clicked.connect(lambda: self.go.emit(Route.CATALOGUE))
        self.finish_button.clicked.connect(lambda: self.go.emit(Route.FINISH))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.finish_button.setText(self.tr("Finish"))
        self.catalogue_button.setText(self.tr("Spend my points"))
        self.points_button.setText(self.tr("My points history"))
        self.vouchers_label.setText(self.tr("Your vouchers: show the barcode at the till"))
        self._card_shown(self.card_button.isChecked())
        self.show_member()

    def _card_shown(self, shown: bool) -> None:
        self.card_button.setText(self.tr("Hide my card's barcode") if shown
                                 else self.tr("Show my card's barcode"))
        self.card_number.setVisible(shown)
        if self.card_barcode is not None:
            self.card_barcode.setVisible(shown)

    def entered(self) -> None:
        self.state_changed()

    def state_changed(self) -> None:
        """The member on show now (read again after buying), redrawn once per change."""
        if self.visit.revision != self.shown_revision:
            self.show_member()

    def show_member(self) -> None:
        self.shown_revision = self.visit.revision
        self.list.removeWidget(self.card_box)  # kept: the rest of the list goes
        clear_column(self.list)
        self._show_card()
        view = self.visit.view
        if view is None or view.customer is None:
            self.title.clear()
            self.points.clear()
            self.status.clear()
            return
        first = view.customer.personal_information.first_name or self.tr("there")
        self.title.setText(self.tr("Hello, %1").replace("%1", first))
        self.points.setText(self.tr("%Ln point(s)", "", int(view.available_points)))
        self.status.setText(status_text(view.status))
        if self.card_number.text():
            self.list.insertWidget(self.list.count() - 1, self.card_box)
            self.card_box.show()
        if not view.vouchers:
            none = label(self.list_host, self.tr("No valid vouchers right now."))
            self.list.insertWidget(0, none)
        for i, voucher in enumerate(view.vouchers):
            card = QFrame(self.list_host, objectName="card")
            inner = QVBoxLayout(card)
            name = label(card, voucher.name or voucher.code)
            name.setProperty("role", "total")
            inner.addWidget(name)
            inner.addWidget(BarcodeLabel(voucher.code, card))
            inner.addWidget(label(card, voucher.code))
            self.list.insertWidget(i, card)

    def _show_card(self) -> None:
        """The card of the member on show, hidden until asked for (none: no card box)."""
        view = self.visit.view
        card = view.card.card_number if view is not None and view.card else ""
        self.card_button.setChecked(False)
        if self.card_barcode is not None:
            discard(self.card_barcode)
            self.card_barcode = None
        self.card_number.setText(card)
        self.card_box.hide()
        if card:
            self.card_barcode = BarcodeLabel(card, self.card_box)
            self.card_layout.insertWidget(1, self.card_barcode)
        self._card_shown(False)

    def wipe(self) -> None:
        super().wipe()
        self.show_member()
