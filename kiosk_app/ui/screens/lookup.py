"""Customer lookup by e-mail, phone, name or birth date; results masked until one is picked."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QWidget,
)

from kiosk_app.api import models as m
from kiosk_app.api.masking import mask_value
from kiosk_app.app.counter import CounterVisit
from kiosk_app.domain.checkout import CustomerView
from kiosk_app.ui.routes import Route
from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.text import label
from kiosk_app.ui.widgets.keypad import Keypad
from kiosk_app.ui.widgets.touch import forget, touch_list

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def masked_summary(customer: m.Customer) -> str:
    """Enough to tell two customers apart, not enough to read out their data."""
    info = customer.personal_information
    parts = [f"{info.first_name} {info.last_name[:1]}." if info.last_name else info.first_name]
    if info.email:
        parts.append(mask_value(info.email))
    if info.phone:
        parts.append(mask_value(info.phone))
    if info.birthdate:
        parts.append("****-**-" + info.birthdate[-2:])
    return " · ".join(p for p in parts if p)


class LookupScreen(Screen):
    def __init__(self, visit: CounterVisit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit = visit
        self.email, self.phone = QLineEdit(self), QLineEdit(self)
        self.first_name, self.last_name = QLineEdit(self), QLineEdit(self)
        self.birthdate = QLineEdit(self)
        self.fields = (self.email, self.phone, self.first_name, self.last_name, self.birthdate)
        self.labels = [label(self) for _ in range(5)]
        form = QFormLayout()
        form.setVerticalSpacing(8)
        for caption, field in zip(self.labels, self.fields, strict=True):
            caption.setBuddy(field)
            form.addRow(caption, field)
            field.returnPressed.connect(self.search)
        self.keypad = Keypad(self.phone, self)
        self.keypad.setMaximumWidth(300)
        self.search_button = button(self, role="primary")
        self.results = touch_list(self)
        self.pick_button = button(self, role="primary")
        self.back_button = button(self)
        self.count_label = label(self, role="muted")
        self.found_count: int | None = None  # customers the last search found
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addLayout(form, 3)
        top.addWidget(self.keypad, 2)
        found = QHBoxLayout()
        found.addWidget(self.count_label, 1)
        found.addWidget(self.search_button)
        self.layout_.addLayout(top)
        self.layout_.addLayout(found)
        self.layout_.addWidget(self.results, 1)
        self.add_action(self.back_button, left=True)
        self.add_action(self.pick_button)
        self.search_button.clicked.connect(self.search)
        self.pick_button.clicked.connect(self.pick)
        self.results.itemActivated.connect(lambda _item: self.pick())
        self.results.currentItemChanged.connect(lambda *_: self.update_actions())
        self.back_button.clicked.connect(self.back)
        self.retranslate_ui()
        self.update_actions()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Find customer"))
        names = (self.tr("E-mail"), self.tr("Phone"), self.tr("First name"), self.tr("Last name"),
                 self.tr("Birth date"))
        for caption, field, text in zip(self.labels, self.fields, names, strict=True):
            caption.setText(text)
            named(field, text)
        self.birthdate.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.search_button.setText(self.tr("Search"))
        self.back_button.setText(self.tr("Back"))
        named(self.results, self.tr("Customers found"), self.tr("Masked until one is picked"))
        self.count_label.setText("" if self.found_count is None else
                                 self.tr("%n customer(s) found", "", self.found_count))
        self._retranslate_pick()

    def _retranslate_pick(self) -> None:
        self.pick_button.setText(self.tr("Assign card to this customer")
                                 if self.visit.session.free_card
                                 else self.tr("Use this customer"))

    def wipe(self) -> None:
        """A new customer: no names, no results, no count."""
        super().wipe()
        forget(*self.fields)
        self.results.clear()
        self.found_count = None
        self.count_label.clear()
        self.update_actions()

    def entered(self) -> None:
        self._retranslate_pick()
        self.email.setFocus()

    def default_action(self) -> None:
        if self.pick_button.isEnabled():
            self.pick()
        else:
            self.search()

    def update_actions(self) -> None:
        self.enable(self.pick_button, not self.busy and self.results.currentItem() is not None)
        self.enable(self.search_button, not self.busy)

    def search(self) -> None:
        birth = self.birthdate.text().strip()
        if birth and not _DATE.match(birth):
            self.show_error(self.tr("Type the birth date as YYYY-MM-DD."))
            return
        if bool(self.first_name.text().strip()) != bool(self.last_name.text().strip()) and not (
                self.email.text() or self.phone.text() or birth):
            self.show_error(self.tr("Type both the first and the last name."))
            return
        self.results.clear()
        self.run(self.visit.find_customers(
            email=self.email.text(), phone=self.phone.text(), first_name=self.first_name.text(),
            last_name=self.last_name.text(), birthdate=birth), self._found,
            key="search", disable=[self.search_button])

    def _found(self, customers: list[m.Customer]) -> None:
        self.results.clear()
        for customer in customers:
            item = QListWidgetItem(masked_summary(customer))
            item.setData(Qt.ItemDataRole.UserRole, customer.customer_id)
            self.results.addItem(item)
        self.found_count = len(customers)
        self.count_label.setText(self.tr("%n customer(s) found", "", len(customers)))
        if len(customers) == 1:
            self.results.setCurrentRow(0)
        self.update_actions()

    def pick(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        self.run(self.visit.pick_customer(customer_id), self._picked, key="pick",
                 disable=[self.pick_button])

    def _picked(self, view: CustomerView) -> None:
        self.wipe()
        self.visit.identify(view, view.card.card_number if view.card else None)
        self.go.emit(Route.BILL)
