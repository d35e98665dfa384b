"""The bill: items by scanned PLU, from the product list or typed by hand; edit, remove, totals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from kiosk_app.api import models as m
from kiosk_app.services.checkout import CheckoutService
from kiosk_app.services.session import CheckoutSession
from kiosk_app.ui.format import money, number
from kiosk_app.ui.screens.base import Screen
from kiosk_app.ui.widgets.tables import touch_table

VAT_RATES = (0.0, 10.0, 12.0, 15.0, 21.0, 23.0)


class BillScreen(Screen):
    def __init__(self, service: CheckoutService, session: CheckoutSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.session = service, session
        top = QGridLayout()
        self.plu = QLineEdit(self)
        self.add_plu_button = QPushButton(self)
        self.products = QListWidget(self)
        self.products.setMaximumHeight(220)
        self.manual_name = QLineEdit(self)
        self.manual_price = QDoubleSpinBox(self)
        self.manual_price.setRange(0, 1_000_000)
        self.manual_price.setDecimals(2)
        self.manual_qty = QSpinBox(self)
        self.manual_qty.setRange(1, 999)
        self.manual_vat = QComboBox(self)
        for rate in VAT_RATES:
            self.manual_vat.addItem(f"{number(rate)} %", rate)
        self.manual_vat.setCurrentIndex(VAT_RATES.index(21.0))
        self.add_manual_button = QPushButton(self)
        self.plu_label, self.products_label, self.manual_label = (QLabel(self), QLabel(self),
                                                                  QLabel(self))
        top.addWidget(self.plu_label, 0, 0)
        top.addWidget(self.plu, 0, 1)
        top.addWidget(self.add_plu_button, 0, 2)
        manual = QHBoxLayout()
        for widget in (self.manual_name, self.manual_price, self.manual_qty, self.manual_vat,
                       self.add_manual_button):
            manual.addWidget(widget)
        self.lines = touch_table(self, 4, stretch=0)
        self.plus_button, self.minus_button = QPushButton("+", self), QPushButton("−", self)
        self.remove_button = QPushButton(self)
        edit = QHBoxLayout()
        for widget in (self.plus_button, self.minus_button, self.remove_button):
            edit.addWidget(widget)
        edit.addStretch(1)
        self.total = QLabel(self)
        self.total.setProperty("role", "title")
        self.rewards_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.close_button.setProperty("primary", True)
        actions = QHBoxLayout()
        actions.addWidget(self.total, 1)
        actions.addWidget(self.rewards_button)
        actions.addWidget(self.close_button)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.products_label)
        self.layout_.addWidget(self.products)
        self.layout_.addWidget(self.manual_label)
        self.layout_.addLayout(manual)
        self.layout_.addWidget(self.lines, 1)
        self.layout_.addLayout(edit)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.busy_label)
        self.layout_.addLayout(actions)
        self.add_plu_button.clicked.connect(self.add_typed_plu)
        self.plu.returnPressed.connect(self.add_typed_plu)
        self.products.itemActivated.connect(self._product_activated)
        self.products.itemClicked.connect(self._product_activated)
        self.add_manual_button.clicked.connect(self.add_manual)
        self.plus_button.clicked.connect(lambda: self._change_quantity(+1))
        self.minus_button.clicked.connect(lambda: self._change_quantity(-1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.lines.itemSelectionChanged.connect(self.busy_changed)
        self.rewards_button.clicked.connect(lambda: self.go.emit("rewards"))
        self.close_button.clicked.connect(lambda: self.go.emit("closure"))
        self.retranslate_ui()

    @property
    def currency_code(self) -> str:
        return self.service.place.currency.code if self.service.place else ""

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Bill"))
        self.plu_label.setText(self.tr("PLU code"))
        self.plu.setPlaceholderText(self.tr("Scan or type a PLU code"))
        self.add_plu_button.setText(self.tr("Add"))
        self.products_label.setText(self.tr("Products (tap to add)"))
        self.manual_label.setText(self.tr("Item by hand: name, price, quantity, VAT"))
        self.manual_name.setPlaceholderText(self.tr("Item name"))
        self.add_manual_button.setText(self.tr("Add item"))
        self.remove_button.setText(self.tr("Remove"))
        self.plus_button.setToolTip(self.tr("One more"))
        self.minus_button.setToolTip(self.tr("One less"))
        self.rewards_button.setText(self.tr("Rewards"))
        self.close_button.setText(self.tr("Close bill"))
        self.lines.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Qty"),
                                              self.tr("Price"), self.tr("Total")])
        self.refresh()

    def entered(self) -> None:
        self.refresh()
        self.plu.setFocus()

    def back(self) -> None:
        if self.session.customer is None:
            self.go.emit("card")

    def default_action(self) -> None:
        if self.close_button.isEnabled():
            self.go.emit("closure")

    def refresh(self) -> None:
        """Redraw products, lines and the total from the session."""
        code = self.currency_code
        currency_id = self.service.place.currency.currency_id if self.service.place else ""
        self.products.clear()
        for product in self.service.reference.products:
            price = product.price_in(currency_id)
            if price is None:
                continue
            item = QListWidgetItem(f"{product.code} · {product.name} · {money(price, code)}")
            item.setData(Qt.ItemDataRole.UserRole, product.code)
            self.products.addItem(item)
        selected = self._selected_line_id()
        self.lines.setRowCount(0)
        for line in self.session.bill.lines:
            row = self.lines.rowCount()
            self.lines.insertRow(row)
            cells = (line.name, number(line.quantity), money(line.unit_price, code),
                     money(line.total, code))
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, line.line_id)
                self.lines.setItem(row, col, cell)
            if line.line_id == selected:
                self.lines.selectRow(row)
        self.total.setText(self.tr("Total: %1").replace("%1", money(self.session.bill.total,
                                                                    code)))
        self.busy_changed()

    def busy_changed(self) -> None:
        has_line = self._selected_line_id() is not None
        for button in (self.plus_button, self.minus_button, self.remove_button):
            button.setEnabled(has_line)
        self.close_button.setEnabled(not self.session.bill.is_empty and not self.busy)
        self.rewards_button.setEnabled(not self.session.bill.is_empty and not self.busy)

    def _selected_line_id(self) -> str | None:
        items = self.lines.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # --- adding ---------------------------------------------------------------------------------

    def scanned(self, code: str) -> bool:
        if self.service.reference.product_by_code(code) is None and self.session.customer is None \
                and code.isdigit() and len(code) >= 10:
            return False  # a loyalty card: let the window identify the customer
        self.add_plu(code)
        return True

    def add_typed_plu(self) -> None:
        code = self.plu.text().strip()
        if code:
            self.add_plu(code)

    def _product_activated(self, item: QListWidgetItem) -> None:
        self.add_plu(item.data(Qt.ItemDataRole.UserRole))

    def add_plu(self, code: str) -> None:
        self.run(self.service.product(code), lambda product: self._add_product(code, product))

    def _add_product(self, code: str, product: m.Product | None) -> None:
        place = self.service.place
        price = product.price_in(place.currency.currency_id) if product and place else None
        if product is None or price is None:
            self.show_error(self.tr("No product with PLU %1 in this store's currency. Add it "
                                    "by hand.").replace("%1", code))
            return
        self.session.bill.add(plu_code=product.code, name=product.name, unit_price=price,
                              vat_rate=product.vat_rate,
                              item_type_id=self.service.reference.item_type("goods"),
                              loyalty_off=product.loyalty_off)
        self.session.changed()
        self.plu.clear()
        self.clear_error()
        self.refresh()

    def add_manual(self) -> None:
        name = self.manual_name.text().strip()
        price = self.manual_price.value()
        if not name or price <= 0:
            self.show_error(self.tr("Type the item's name and a price above zero."))
            return
        self.session.bill.add(plu_code="", name=name, unit_price=price,
                              quantity=self.manual_qty.value(),
                              vat_rate=self.manual_vat.currentData(),
                              item_type_id=self.service.reference.item_type("goods"))
        self.session.changed()
        self.manual_name.clear()
        self.manual_price.setValue(0)
        self.manual_qty.setValue(1)
        self.clear_error()
        self.refresh()

    def _change_quantity(self, delta: int) -> None:
        line_id = self._selected_line_id()
        if line_id is None:
            return
        line = self.session.bill.line(line_id)
        self.session.bill.set_quantity(line_id, line.quantity + delta)
        self.session.changed()
        self.refresh()

    def remove_selected(self) -> None:
        line_id = self._selected_line_id()
        if line_id is not None:
            self.session.bill.remove(line_id)
            self.session.changed()
            self.refresh()
