"""Touch-sized building blocks: lists and tables with tall rows that scroll by dragging, combo
boxes with tall rows, a − value + stepper, and a label that shortens itself to fit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk_app.ui.text import Label, label, tip

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractScrollArea, QListWidget, QTableWidget


class ElidedLabel(Label):
    """One line that never widens the window: shortened with "…" to the room it gets, the
    whole text in its tooltip and accessible name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(tip(text))
        self.setAccessibleName(text)
        self._elide()

    def full_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self.full_text)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(self.full_width() + margins.left() + margins.right() + 2,
                     super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), 48), super().minimumSizeHint().height())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._elide()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    def _elide(self) -> None:
        room = max(0, self.contentsRect().width())
        shown = self.full_text
        # shortened only once laid out and too long (Qt's enums cost start-up time)
        if self.isVisible() and self.full_width() > room:
            from PySide6.QtCore import Qt

            shown = self.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)
            self.updateGeometry()


ROW = 56  # list and table rows: comfortably above the 48 px touch minimum


# Qt widget classes with many enums (item views, scrollers) are imported where they are
# used, not at import: each costs start-up time the sign-in window does not need.


def draggable(view: QAbstractScrollArea) -> QAbstractScrollArea:
    """Scroll by dragging with a finger (or the mouse), as on a phone."""
    from PySide6.QtWidgets import QAbstractItemView, QScroller, QScrollerProperties

    QScroller.grabGesture(view.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(view.viewport())
    properties = scroller.scrollerProperties()
    # a tap goes through at once (no waiting to see whether it becomes a drag)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    scroller.setScrollerProperties(properties)
    if isinstance(view, QAbstractItemView):
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return view


def touch_column(parent: QWidget) -> tuple[QWidget, QWidget, QVBoxLayout]:
    """(scroll area, host, layout): a column of cards that scrolls by dragging; the layout
    ends with a stretch that `clear_column` keeps."""
    from PySide6.QtWidgets import QScrollArea

    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    host = QWidget(scroll)
    column = QVBoxLayout(host)
    column.addStretch(1)
    scroll.setWidget(host)
    draggable(scroll)
    return scroll, host, column


def forget(*edits: QWidget) -> None:
    """Empty text fields without an undo step: `clear()` keeps the old text on the field's
    undo stack, where the next shopper could bring it back with Ctrl+Z or the context menu."""
    for edit in edits:
        edit.setText("")  # type: ignore[attr-defined]


def discard(widget: QWidget) -> None:
    """Out of the window at once (a customer's data must not linger in the widget tree
    until Qt gets round to deleting it), deleted later."""
    widget.hide()
    widget.setParent(None)  # type: ignore[call-overload]
    widget.deleteLater()


def clear_column(column: QVBoxLayout) -> None:
    """Remove (and delete) every card of a `touch_column`, keeping its closing stretch."""
    while column.count() > 1:
        item = column.takeAt(0)
        if item.widget() is not None:
            discard(item.widget())


def touch_list(parent: QWidget) -> QListWidget:
    """Tall rows; a long text wraps (an amount at its end is never cut off)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListView, QListWidget

    view = QListWidget(parent)
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSpacing(0)  # row height comes from the theme (QListView::item min-height)
    draggable(view)
    return view


def touch_table(parent: QWidget, columns: int, *, stretch: int = 0, multi: bool = False,
                row_height: int = ROW) -> QTableWidget:
    """Read-only rows selected whole (one, or several with `multi`), tall enough to tap,
    one stretching column."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

    table = QTableWidget(0, columns, parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.verticalHeader().setMinimumSectionSize(row_height)
    draggable(table)
    return table


class _ElidingCombo(QComboBox):
    """Shows its current entry shortened with "…" when the box is narrower than the text
    (Qt would cut it off mid-letter); the drop-down and the tooltip show it whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(lambda text: self.setToolTip(tip(text)))

    def paintEvent(self, event: object) -> None:
        if self.fontMetrics().horizontalAdvance(self.currentText()) < self.width() - 2 * 48:
            super().paintEvent(event)  # type: ignore[arg-type] - fits: as Qt draws it
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()
        option.currentText = self.fontMetrics().elidedText(option.currentText,
                                                           Qt.TextElideMode.ElideRight, room)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:
        """The drop-down, built on first use: a QListView takes the style's (touch-sized)
        item height, the default view does not; entries are shown whole."""
        if not self.property("touch_view"):
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QListView

            view = QListView(self)
            view.setTextElideMode(Qt.TextElideMode.ElideNone)
            self.setView(view)
            self.setProperty("touch_view", True)
        super().showPopup()


def touch_combo(parent: QWidget) -> QComboBox:
    """A combo box whose drop-down rows are touch-sized."""
    combo = _ElidingCombo(parent)
    # a long entry (a translated payment type) never widens the window: the box elides it,
    # its drop-down shows it whole
    # QComboBox.AdjustToMinimumContentsLengthWithIcon, as the property: the enum would build
    # Qt's enums on the way to the first window
    combo.setProperty("sizeAdjustPolicy", 2)
    combo.setMinimumContentsLength(12)
    return combo


class Stepper(QWidget):
    """− value +, for small whole numbers (a cash desk, how many times a reward applies)."""

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, minimum: int = 0, maximum: int = 99,
                 value: int = 0) -> None:
        super().__init__(parent)
        self.minimum, self.maximum = minimum, maximum
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.minus = QPushButton("−", self)
        self.plus = QPushButton("+", self)
        for step in (self.minus, self.plus):
            step.setProperty("role", "stepper")
        self.label = label(self)
        self.label.setMinimumWidth(40)
        self.label.setProperty("role", "total")
        layout.addWidget(self.minus)
        layout.addWidget(self.label)
        layout.addWidget(self.plus)
        self.minus.clicked.connect(lambda: self.set_value(self._value - 1, emit=True))
        self.plus.clicked.connect(lambda: self.set_value(self._value + 1, emit=True))
        self._value = minimum
        self.set_value(value)

    def value(self) -> int:
        return self._value

    def set_range(self, minimum: int, maximum: int) -> None:
        self.minimum, self.maximum = minimum, max(minimum, maximum)
        self.set_value(self._value)

    def set_value(self, value: int, *, emit: bool = False) -> None:
        value = max(self.minimum, min(self.maximum, value))
        changed = value != self._value
        self._value = value
        self.label.setText(str(value))
        self.minus.setEnabled(value > self.minimum and self.isEnabled())
        self.plus.setEnabled(value < self.maximum and self.isEnabled())
        if changed and emit:
            self.changed.emit(value)

    def set_names(self, what: str, less: str, more: str) -> None:
        """What a screen reader says: e.g. "Cash desk", "One less", "One more"."""
        self.setAccessibleName(what)
        self.minus.setAccessibleName(f"{less}: {what}")
        self.plus.setAccessibleName(f"{more}: {what}")
