"""The bill: items by scanned PLU, from the product list or typed by hand; edit, remove, totals."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from kiosk_app.api import models as m
from kiosk_app.services.checkout import CheckoutService
from kiosk_app.services.session import CheckoutSession
from kiosk_app.ui.format import money, number
from kiosk_app.ui.screens.base import Screen
from kiosk_app.ui.widgets.number_edit import NumberEdit
from kiosk_app.ui.widgets.tables import touch_table

VAT_RATES = tuple(Decimal(v) for v in ("0", "10", "12", "15", "21", "23"))


class BillScreen(Screen):
    def __init__(self, service: CheckoutService, session: CheckoutSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.session = service, session
        top = QGridLayout()
        self.plu = QLineEdit(self)
        self.add_plu_button = QPushButton(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.products = QListWidget(self)  # quick picks, or what the search found
        self.products.setMaximumHeight(220)
        self.picks: list[m.Product] = []
        self.picks_language = ""
        self._products_shown: tuple[list[str], list[str], str] | None = None
        self.found: list[m.Product] | None = None  # None: no search typed
        self.search_timer = QTimer(self, singleShot=True, interval=250)
        self.search_timer.timeout.connect(self._search)
        self.manual_name = QLineEdit(self)
        self.manual_price = NumberEdit(self, decimals=2, minimum=Decimal("0.01"),
                                       maximum=Decimal(1_000_000))
        self.manual_qty = NumberEdit(self, decimals=3, minimum=Decimal("0.001"),
                                     maximum=Decimal(9999))
        self.manual_qty.set_value(Decimal(1))
        self.manual_vat = QComboBox(self)
        self.add_manual_button = QPushButton(self)
        self.plu_label, self.products_label, self.manual_label = (QLabel(self), QLabel(self),
                                                                  QLabel(self))
        top.addWidget(self.plu_label, 0, 0)
        top.addWidget(self.plu, 0, 1)
        top.addWidget(self.add_plu_button, 0, 2)
        manual = QHBoxLayout()
        manual.addWidget(self.manual_name, 3)
        for widget in (self.manual_price, self.manual_qty, self.manual_vat,
                       self.add_manual_button):
            manual.addWidget(widget, 1)
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
        self.layout_.addWidget(self.search)
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
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self._search)
        self.products.itemActivated.connect(self._product_activated)
        self.products.itemClicked.connect(self._product_activated)
        self.add_manual_button.clicked.connect(self.add_manual)
        self.manual_price.returnPressed.connect(self.add_manual)
        self.manual_qty.returnPressed.connect(self.add_manual)
        self.plus_button.clicked.connect(lambda: self._change_quantity(+1))
        self.minus_button.clicked.connect(lambda: self._change_quantity(-1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.lines.itemSelectionChanged.connect(self.update_actions)
        self.rewards_button.clicked.connect(lambda: self.go.emit("rewards"))
        self.close_button.clicked.connect(self.close_bill)
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
        self.search.setPlaceholderText(self.tr("Search products by name"))
        self.manual_label.setText(self.tr("Item by hand: name, price, quantity, VAT"))
        self.manual_name.setPlaceholderText(self.tr("Item name"))
        self.manual_price.setPlaceholderText(self.tr("Price"))
        self.manual_qty.setPlaceholderText(self.tr("Quantity"))
        vat = self.manual_vat.currentData() or Decimal(21)
        self.manual_vat.clear()
        for rate in VAT_RATES:  # numbers in the language's format
            self.manual_vat.addItem(self.tr("VAT %1 %").replace("%1", number(rate)), rate)
        self.manual_vat.setCurrentIndex(max(0, VAT_RATES.index(vat)))
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
        if self.service.quick_pick_codes and self.picks_language != self.service.client.language:
            self.load_picks()
        self.refresh()
        self.plu.setFocus()

    def refresh_server_texts(self) -> None:
        """The language changed: quick picks and search results come again in the new one."""
        self.load_picks()
        if self.found is not None:
            self._search()

    def load_picks(self) -> None:
        self.run(self.service.quick_picks(), self._picks_loaded, key="picks", preempt=True,
                 background=True)

    def _picks_loaded(self, products: list[m.Product]) -> None:
        self.picks, self.picks_language = products, self.service.client.language
        self._fill_products()

    def _search(self) -> None:
        """As the cashier types: one request in flight, an answer to older text dropped."""
        self.search_timer.stop()
        text = self.search.text().strip()
        if not text:
            self.ops.cancel("search")
            self.found = None
            self._fill_products()
            return
        self.run(self.service.search_products(text), lambda found: self._found(text, found),
                 key="search", preempt=True, background=True)

    def _found(self, text: str, found: list[m.Product]) -> None:
        if text != self.search.text().strip():
            return  # typed on meanwhile: a newer search is on its way
        self.found = found
        self._fill_products()
        if not found:
            self.show_error(self.tr("No product name starts with %1.").replace("%1", text))
        else:
            self.clear_error()

    def _fill_products(self) -> None:
        shown = self.found if self.found is not None else self.picks
        key = ([p.code for p in shown], [p.name for p in shown], self.currency_code)
        if key == self._products_shown:
            return  # as it is on screen already
        self._products_shown = key
        code = self.currency_code
        self.products.clear()
        for product in shown:
            price = self.service.price_of(product)
            if price is None:
                continue
            item = QListWidgetItem(f"{product.code} · {product.name} · {money(price, code)}")
            item.setData(Qt.ItemDataRole.UserRole, product.code)
            self.products.addItem(item)

    def default_action(self) -> None:
        if self.close_button.isEnabled():
            self.close_bill()

    def close_bill(self) -> None:
        if not self.session.bill.is_empty:
            self.go.emit("closure")

    def session_changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Redraw products, lines and the total from the session."""
        code = self.currency_code
        self._fill_products()
        selected = self._selected_line_id()
        self.lines.setRowCount(0)
        for line in self.session.bill.lines:
            row = self.lines.rowCount()
            self.lines.insertRow(row)
            qty_decimals = 0 if line.quantity == line.quantity.to_integral_value() else 3
            cells = (line.name, number(line.quantity, qty_decimals),
                     money(line.unit_price, code), money(line.total, code))
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, line.line_id)
                self.lines.setItem(row, col, cell)
            if line.line_id == selected:
                self.lines.selectRow(row)
        self.total.setText(self.tr("Total: %1").replace("%1", money(self.session.bill.total,
                                                                    code)))
        self.update_actions()

    def update_actions(self) -> None:
        has_line = self._selected_line_id() is not None
        for button in (self.plus_button, self.minus_button, self.remove_button):
            self.enable(button, has_line)
        self.enable(self.close_button, not self.session.bill.is_empty)
        self.enable(self.rewards_button, not self.session.bill.is_empty)

    def _selected_line_id(self) -> str | None:
        items = self.lines.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # --- adding ---------------------------------------------------------------------------------

    def scanned(self, code: str) -> bool:
        if self.session.customer is None and self.service.reference.is_card_number(code):
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
        self.run(self.service.product(code), lambda product: self._add_product(code, product),
                 disable=[self.add_plu_button])

    def _add_product(self, code: str, product: m.Product | None) -> None:
        price = self.service.price_of(product) if product else None
        if product is None or price is None:
            self.show_error(self.tr("No product with PLU %1 in this store's currency. Add it "
                                    "by hand.").replace("%1", code))
            return
        try:
            self.session.add_item(plu_code=product.code, name=product.name, unit_price=price,
                                  vat_rate=product.vat_rate,
                                  item_type_id=self.service.reference.item_type("goods"),
                                  loyalty_off=product.loyalty_off, product_id=product.product_id)
        except ValueError:
            self.show_error(self.tr("That many cannot be on one bill."))
            return
        self.plu.clear()
        self.clear_error()

    def add_manual(self) -> None:
        name = self.manual_name.text().strip()
        price, quantity = self.manual_price.value(), self.manual_qty.value()
        if not name:
            self.show_error(self.tr("Type the item's name."))
            return
        if price is None:
            self.show_error(self.tr("Price: %1").replace(
                "%1", self.manual_price.problem() or self.tr("type the price.")))
            return
        if quantity is None:
            self.show_error(self.tr("Quantity: %1").replace(
                "%1", self.manual_qty.problem() or self.tr("type the quantity.")))
            return
        self.session.add_item(plu_code="", name=name, unit_price=price, quantity=quantity,
                              vat_rate=self.manual_vat.currentData(),
                              item_type_id=self.service.reference.item_type("goods"))
        self.manual_name.clear()
        self.manual_price.clear()
        self.manual_qty.set_value(Decimal(1))
        self.clear_error()

    def _change_quantity(self, delta: int) -> None:
        line_id = self._selected_line_id()
        if line_id is None:
            return
        line = self.session.bill.line(line_id)
        try:
            self.session.set_quantity(line_id, line.quantity + delta)
        except ValueError:
            self.show_error(self.tr("That many cannot be on one bill."))

    def remove_selected(self) -> None:
        line_id = self._selected_line_id()
        if line_id is not None:
            self.session.remove_item(line_id)
