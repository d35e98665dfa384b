"""The member's home at a kiosk: first name only (others may be looking), points, status,
valid vouchers each with a barcode the till's scanner reads off the screen, and Finish.
`wipe()` forgets every bit of it."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk_app.services.kiosk import MemberStatus
from kiosk_app.services.session import CustomerView
from kiosk_app.ui.screens.base import Screen, button
from kiosk_app.ui.widgets.barcode import BarcodeLabel
from kiosk_app.ui.widgets.touch import draggable


class HomeScreen(Screen):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: CustomerView | None = None
        self.member_status = MemberStatus()
        self.points = QLabel(self)
        self.points.setProperty("role", "display")
        self.status = QLabel(self)
        self.status.setProperty("role", "total")
        self.vouchers_label = QLabel(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.list_host = QWidget(self.scroll)
        self.list = QVBoxLayout(self.list_host)
        self.list.addStretch(1)
        self.scroll.setWidget(self.list_host)
        draggable(self.scroll)
        self.finish_button = button(self, role="primary", icon="check")
        self.layout_.addWidget(self.points)
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.vouchers_label)
        self.layout_.addWidget(self.scroll, 1)
        self.add_action(self.finish_button)
        self.finish_button.clicked.connect(lambda: self.go.emit("finish"))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.finish_button.setText(self.tr("Finish"))
        self.vouchers_label.setText(self.tr("Your vouchers: show the barcode at the till"))
        self.show_member()

    def set_member(self, view: CustomerView | None, status: MemberStatus | None = None) -> None:
        self.view, self.member_status = view, status or MemberStatus()
        self.show_member()

    def show_member(self) -> None:
        while self.list.count() > 1:  # the stretch stays last
            item = self.list.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        view = self.view
        if view is None or view.customer is None:
            self.title.clear()
            self.points.clear()
            self.status.clear()
            return
        first = view.customer.personal_information.first_name or self.tr("there")
        self.title.setText(self.tr("Hello, %1").replace("%1", first))
        self.points.setText(self.tr("%Ln point(s)", "", int(view.available_points)))
        status = self.member_status
        text = self.tr("Status: %1").replace("%1", status.name) if status.name else ""
        if status.next_name and status.points_to_next:
            text += " · " + self.tr("%1 more points to %2").replace(
                "%1", QLocale().toString(float(status.points_to_next), "f", 0)).replace(
                "%2", status.next_name)
        self.status.setText(text)
        if not view.vouchers:
            none = QLabel(self.tr("No valid vouchers right now."), self.list_host)
            self.list.insertWidget(0, none)
        for i, voucher in enumerate(view.vouchers):
            card = QFrame(self.list_host, objectName="card")
            inner = QVBoxLayout(card)
            name = QLabel(voucher.name or voucher.code, card)
            name.setProperty("role", "total")
            inner.addWidget(name)
            inner.addWidget(BarcodeLabel(voucher.code, card))
            inner.addWidget(QLabel(voucher.code, card))
            self.list.insertWidget(i, card)

    def wipe(self) -> None:
        self.cancel_tasks()
        self.clear_error()
        self.set_member(None)
