"""The bill: items by scanned PLU, from the product list or typed by hand; edit, remove, totals."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk_app.api import models as m
from kiosk_app.app.counter import CounterVisit
from kiosk_app.domain.refusal import BillRefused
from kiosk_app.ui.format import money, number
from kiosk_app.ui.routes import Route
from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.text import label, tip
from kiosk_app.ui.widgets.number_edit import NumberEdit
from kiosk_app.ui.widgets.touch import forget, touch_combo, touch_list, touch_table

VAT_RATES = tuple(Decimal(v) for v in ("0", "10", "12", "15", "21", "23"))


class BillScreen(Screen):
    def __init__(self, visit: CounterVisit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit = visit
        self.session = visit.session  # read only: changes go through the visit
        # left: what can go on the bill
        self.plu = QLineEdit(self)
        self.add_plu_button = button(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.products = touch_list(self)  # quick picks, or what the search found
        self.picks: list[m.Product] = []
        self.picks_language = ""
        self._products_shown: tuple[list[str], list[str], str] | None = None
        self.found: list[m.Product] | None = None  # None: no search typed
        self.search_timer = QTimer(self, singleShot=True, interval=250)
        self.search_timer.timeout.connect(self._search)
        self.manual_button = button(self)
        self.manual_button.setCheckable(True)
        self.manual = QFrame(self, objectName="card")  # an item typed by hand
        self.manual_name = QLineEdit(self)
        self.manual_price = NumberEdit(self, decimals=2, minimum=Decimal("0.01"),
                                       maximum=Decimal(1_000_000))
        self.manual_qty = NumberEdit(self, decimals=3, minimum=Decimal("0.001"),
                                     maximum=Decimal(9999))
        self.manual_qty.set_value(Decimal(1))
        self.manual_vat = touch_combo(self)
        self.add_manual_button = button(self, role="primary")
        manual = QGridLayout(self.manual)
        manual.addWidget(self.manual_name, 0, 0, 1, 2)
        manual.addWidget(self.manual_price, 1, 0)
        manual.addWidget(self.manual_qty, 1, 1)
        manual.addWidget(self.manual_vat, 2, 0)
        manual.addWidget(self.add_manual_button, 2, 1)
        self.manual.hide()
        plu_row = QHBoxLayout()
        plu_row.addWidget(self.plu, 1)
        plu_row.addWidget(self.add_plu_button)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addLayout(plu_row)
        left.addWidget(self.search)
        left.addWidget(self.products, 1)
        left.addWidget(self.manual, 1)
        left.addWidget(self.manual_button)
        # right: the bill
        self.lines = touch_table(self, 4, stretch=0)
        self.plus_button = button(self, role="stepper")
        self.plus_button.setText("+")
        self.minus_button = button(self, role="stepper")
        self.minus_button.setText("−")
        self.remove_button = button(self, role="stepper", icon="trash")  # − + 🗑, as on a till
        self.total = label(self, role="title")
        edit = QHBoxLayout()
        for widget in (self.minus_button, self.plus_button, self.remove_button):
            edit.addWidget(widget)
        edit.addStretch(1)
        edit.addWidget(self.total)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.lines, 1)
        right.addLayout(edit)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        self.layout_.addLayout(columns, 1)
        self.rewards_button = button(self)
        self.close_button = button(self, role="primary")
        self.add_action(self.rewards_button, left=True)
        self.add_action(self.close_button)
        self.add_plu_button.clicked.connect(self.add_typed_plu)
        self.plu.returnPressed.connect(self.add_typed_plu)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self._search)
        self.products.itemActivated.connect(self._product_activated)
        self.products.itemClicked.connect(self._product_activated)
        self.manual_button.toggled.connect(self._show_manual)
        self.add_manual_button.clicked.connect(self.add_manual)
        self.manual_price.returnPressed.connect(self.add_manual)
        self.manual_qty.returnPressed.connect(self.add_manual)
        self.plus_button.clicked.connect(lambda: self._change_quantity(+1))
        self.minus_button.clicked.connect(lambda: self._change_quantity(-1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.lines.itemSelectionChanged.connect(self.update_actions)
        self.rewards_button.clicked.connect(lambda: self.go.emit(Route.REWARDS))
        self.close_button.clicked.connect(self.close_bill)
        self.retranslate_ui()

    @property
    def currency_code(self) -> str:
        return self.visit.till.currency_code

    def _show_manual(self, shown: bool) -> None:
        """The form for an item typed by hand takes the place of the product list."""
        self.manual.setVisible(shown)
        self.products.setVisible(not shown)
        self.search.setVisible(not shown)
        if shown:
            self.manual_name.setFocus()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Bill"))
        self.plu.setPlaceholderText(self.tr("Scan or type a PLU code"))
        named(self.plu, self.tr("PLU code"))
        self.add_plu_button.setText(self.tr("Add"))
        named(self.add_plu_button, self.tr("Add the PLU code"))
        self.search.setPlaceholderText(self.tr("Search products by name"))
        named(self.search, self.tr("Search products by name"))
        named(self.products, self.tr("Products (tap to add)"))
        self.manual_button.setText(self.tr("Item by hand…"))
        self.manual_name.setPlaceholderText(self.tr("Item name"))
        named(self.manual_name, self.tr("Item name"))
        self.manual_price.setPlaceholderText(self.tr("Price"))
        named(self.manual_price, self.tr("Price"))
        self.manual_qty.setPlaceholderText(self.tr("Quantity"))
        named(self.manual_qty, self.tr("Quantity"))
        named(self.manual_vat, self.tr("VAT rate"))
        vat = self.manual_vat.currentData()
        vat = Decimal(21) if vat is None else vat  # 0 % is a rate too
        self.manual_vat.clear()
        for rate in VAT_RATES:  # numbers in the language's format
            self.manual_vat.addItem(self.tr("VAT %1 %").replace("%1", number(rate)), rate)
        self.manual_vat.setCurrentIndex(max(0, VAT_RATES.index(vat)))
        self.add_manual_button.setText(self.tr("Add item"))
        named(self.remove_button, self.tr("Remove the selected item"))
        self.remove_button.setToolTip(tip(self.tr("Remove the selected item")))
        named(self.plus_button, self.tr("One more of the selected item"))
        named(self.minus_button, self.tr("One less of the selected item"))
        named(self.lines, self.tr("Items on the bill"))
        self.rewards_button.setText(self.tr("Rewards"))
        self.close_button.setText(self.tr("Close bill"))
        self.lines.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Qty"),
                                              self.tr("Price"), self.tr("Total")])
        self.refresh()

    def entered(self) -> None:
        if self.visit.quick_pick_codes and self.picks_language != self.visit.till.language:
            self.load_picks()
        self.refresh()
        self.plu.setFocus()

    def wipe(self) -> None:
        """A new customer: no typed code, no search, no item half typed, no old message."""
        super().wipe()
        self.search_timer.stop()
        forget(self.plu, self.search, self.manual_name, self.manual_price)
        self.manual_qty.set_value(Decimal(1))
        self.manual_button.setChecked(False)
        self.found = None
        self._fill_products()

    def refresh_server_texts(self) -> None:
        """The language changed: quick picks and search results come again in the new one."""
        self.load_picks()
        if self.found is not None:
            self._search()

    def load_picks(self) -> None:
        self.run(self.visit.quick_picks(), self._picks_loaded, key="picks", preempt=True,
                 background=True)

    def _picks_loaded(self, products: list[m.Product]) -> None:
        self.picks, self.picks_language = products, self.visit.till.language
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
        self.run(self.visit.search_products(text), lambda found: self._found(text, found),
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
            price = self.visit.price_of(product)
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
            self.go.emit(Route.CLOSURE)

    def state_changed(self) -> None:
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
        for action in (self.plus_button, self.minus_button, self.remove_button):
            self.enable(action, has_line)
        self.enable(self.close_button, not self.session.bill.is_empty)
        self.enable(self.rewards_button, not self.session.bill.is_empty)

    def _selected_line_id(self) -> str | None:
        items = self.lines.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # --- adding ---------------------------------------------------------------------------------

    def add_typed_plu(self) -> None:
        code = self.plu.text().strip()
        if code:
            self.add_plu(code)

    def _product_activated(self, item: QListWidgetItem) -> None:
        self.add_plu(item.data(Qt.ItemDataRole.UserRole))

    def add_plu(self, code: str) -> None:
        self.run(self.visit.product(code), lambda product: self._add_product(code, product),
                 disable=[self.add_plu_button])

    def _add_product(self, code: str, product: m.Product | None) -> None:
        price = self.visit.price_of(product) if product else None
        if product is None or price is None:
            self.show_error(self.tr("No product with PLU %1 in this store's currency. Add it "
                                    "by hand.").replace("%1", code))
            return
        try:
            self.visit.add_product(product)
        except BillRefused:
            self.show_error(self.tr("That many cannot be on one bill."))
            return
        forget(self.plu)
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
        try:
            self.visit.add_manual(name=name, unit_price=price, quantity=quantity,
                                  vat_rate=self.manual_vat.currentData())
        except BillRefused:
            self.show_error(self.tr("That many cannot be on one bill."))
            return
        forget(self.manual_name, self.manual_price)
        self.manual_qty.set_value(Decimal(1))
        self.manual_button.setChecked(False)
        self.clear_error()

    def _change_quantity(self, delta: int) -> None:
        line_id = self._selected_line_id()
        if line_id is None:
            return
        line = self.session.bill.line(line_id)
        try:
            self.visit.set_quantity(line_id, line.quantity + delta)
        except BillRefused:
            self.show_error(self.tr("That many cannot be on one bill."))

    def remove_selected(self) -> None:
        line_id = self._selected_line_id()
        if line_id is not None:
            self.visit.remove_item(line_id)
