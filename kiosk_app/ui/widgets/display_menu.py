"""The header's display button: high contrast, large text (both remembered) and About."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk_app.ui.theme import Theme
from kiosk_app.ui.widgets.popup import PopupButton


class DisplayMenu(PopupButton):
    about = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.add("high_contrast", lambda: self.set_look(high_contrast=not
                                                        self.theme.look.high_contrast),
                 checkable=True)
        self.add("large_text", lambda: self.set_look(large_text=not self.theme.look.large_text),
                 checkable=True)
        self.add("about", self.about.emit)

    def set_look(self, **change: bool) -> None:
        self.theme.apply(replace(self.theme.look, **change))

    def retranslate_entries(self) -> None:
        texts = {"high_contrast": self.tr("High contrast"), "large_text": self.tr("Large text"),
                 "about": self.tr("About this app")}
        for key, entry in self.buttons.items():
            entry.setText(texts[key])
            entry.setAccessibleName(texts[key])
        self.buttons["high_contrast"].setChecked(self.theme.look.high_contrast)
        self.buttons["large_text"].setChecked(self.theme.look.large_text)
