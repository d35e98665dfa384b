"""Manual transfer: purchases the sender could not deliver; resend, export, or resolve with a note."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from kiosk_app.app.unsent import Unsent
from kiosk_app.ui.format import moment, money
from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.text import label, tip
from kiosk_app.ui.widgets.touch import forget, touch_table


class TransferScreen(Screen):
    def __init__(self, unsent: Unsent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unsent = unsent
        self.table = touch_table(self, 6, stretch=5, multi=True)  # a tap adds a row
        self.resend_button = button(self, role="primary")
        self.resend_all_button = button(self)
        self.export_button = button(self)
        self.note = QLineEdit(self)
        self.resolve_button = button(self)
        self.back_button = button(self)
        self.info = label(self, role="muted", wrap=True)
        resolve = QHBoxLayout()
        resolve.addWidget(self.note, 1)
        resolve.addWidget(self.resolve_button)
        self.layout_.addWidget(self.info)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(resolve)
        self.add_action(self.back_button, left=True)
        self.add_action(self.export_button, left=True)
        self.add_action(self.resend_all_button)
        self.add_action(self.resend_button)
        self.resend_button.clicked.connect(lambda: self.resend(self.selected_ids()))
        self.resend_all_button.clicked.connect(self.resend_all)
        self.export_button.clicked.connect(self.export)
        self.resolve_button.clicked.connect(self.resolve)
        self.back_button.clicked.connect(self.back)
        self.table.itemSelectionChanged.connect(self.update_actions)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Unsent purchases"))
        self.info.setText(self.tr("Purchases are sent automatically. Those CareCloud refused or "
                                  "that failed five times wait here for you."))
        self.table.setHorizontalHeaderLabels([self.tr("Bill"), self.tr("Time"), self.tr("Total"),
                                              self.tr("State"), self.tr("Attempts"),
                                              self.tr("Last error")])
        self.resend_button.setText(self.tr("Resend selected"))
        self.resend_all_button.setText(self.tr("Resend all"))
        self.export_button.setText(self.tr("Export selected…"))
        self.note.setPlaceholderText(self.tr("Note, e.g. entered in CareCloud by hand"))
        named(self.note, self.tr("How it was resolved"))
        named(self.table, self.tr("Unsent purchases"))
        self.resolve_button.setText(self.tr("Mark resolved"))
        self.back_button.setText(self.tr("Back"))
        self.refresh()

    def entered(self) -> None:
        self.refresh()

    def outbox_changed(self) -> None:
        self.refresh()

    def wipe(self) -> None:
        super().wipe()
        forget(self.note)

    def refresh(self) -> None:
        selected = set(self.selected_ids())
        states = {"pending": self.tr("waiting"), "manual": self.tr("needs you")}
        self.table.setRowCount(0)
        for entry in self.unsent.entries():
            row = self.table.rowCount()
            self.table.insertRow(row)
            kind = self.tr("cancellation") if entry.kind == "cancel" else ""
            cells = (f"{entry.bill_id[:12]}… {kind}".strip(),
                     moment(entry.created_at),
                     money(entry.total, entry.currency_code), states.get(entry.state, entry.state),
                     str(entry.attempts), entry.last_reason or entry.last_error or "")
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, entry.id)
                if col == 5:
                    cell.setToolTip(tip(entry.last_error or ""))  # a server's words: plain
                self.table.setItem(row, col, cell)
            if entry.id in selected:
                self.table.selectRow(row)
        self.update_actions()

    def update_actions(self) -> None:
        has = bool(self.selected_ids())
        self.enable(self.resend_button, has)
        self.enable(self.export_button, has)
        self.enable(self.resolve_button, has)
        self.enable(self.resend_all_button, self.table.rowCount() > 0)

    def selected_ids(self) -> list[int]:
        rows = {i.row() for i in self.table.selectedItems()}
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in sorted(rows)]

    def resend(self, ids: list[int]) -> None:
        if ids:
            self.run(self.unsent.resend(ids), lambda _none: self.refresh(), key="resend",
                     disable=[self.resend_button, self.resend_all_button])

    def resend_all(self) -> None:
        self.run(self.unsent.resend_all(), lambda _none: self.refresh(), key="resend",
                 disable=[self.resend_button, self.resend_all_button])

    def export(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        folder = self.unsent.export_dir
        if folder is not None:  # a kiosk: a fixed folder, never a file dialog
            path = folder / time.strftime("unsent-purchases-%Y%m%d-%H%M%S.json")
            self.export_to(path, ids, say=True)
            return
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export purchases"),
                                                "unsent-purchases.json", "JSON (*.json)")
        if chosen:
            self.export_to(Path(chosen), ids)

    def export_to(self, path: Path, ids: list[int], *, say: bool = False) -> None:
        """Write the export private to the app's user (it holds card numbers); a failure
        is said."""
        def written(done: Path) -> None:
            if say:
                self.show_info(self.tr("Saved as %1").replace("%1", str(done)))
            else:
                self.clear_error()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, OSError):
                self.show_error(self.tr("Cannot write the file: %1").replace(
                    "%1", exc.strerror or ""))
                return True
            return False

        self.run(self.unsent.export(path, ids), written, key="export",
                 disable=[self.export_button], on_error=failed)

    def resolve(self) -> None:
        note = self.note.text().strip()
        if not note:
            self.show_error(self.tr("Write a note saying how it was resolved."))
            return

        def resolved(count: int) -> None:
            if not count:
                self.show_error(self.tr("Only purchases that need you can be marked "
                                        "resolved."))
                return
            forget(self.note)
            self.clear_error()
            self.refresh()

        self.run(self.unsent.resolve(self.selected_ids(), note), resolved, key="resolve",
                 disable=[self.resolve_button])
