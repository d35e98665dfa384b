"""The language picker: one large button naming the current language; a tap opens a panel
of large buttons, each language named in itself."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk_app.ui.widgets.popup import PopupButton


class LanguagePicker(PopupButton):
    chosen = Signal(str)

    def __init__(self, names: dict[str, str], current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.current = current
        for code in names:
            self.add(code, lambda c=code: self.chosen.emit(c))
        self.set_current(current)

    def set_current(self, code: str) -> None:
        self.current = code
        self.setText(self.names.get(code, code))  # the window names it (see its header)

    def retranslate_entries(self) -> None:
        for code, entry in self.buttons.items():
            entry.setText(self.names[code])
            entry.setAccessibleName(self.names[code])

    def pick(self, code: str) -> None:
        """As a tap on the language's button does."""
        self.close_popup()
        self.chosen.emit(code)
