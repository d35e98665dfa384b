"""Read-only tables sized for touch: whole rows selected, 48 px rows, one stretching column."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget


def touch_table(parent: QWidget, columns: int, *, stretch: int = 0,
                selection: QAbstractItemView.SelectionMode =
                QAbstractItemView.SelectionMode.SingleSelection,
                row_height: int = 48) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(row_height)
    return table
