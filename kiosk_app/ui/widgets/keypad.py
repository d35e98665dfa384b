"""A numeric keypad for phone numbers, codes and card numbers on a touch screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from kiosk_app.ui.text import tip


class Keypad(QWidget):
    """Types into a target line edit; Enter emits `submitted`."""

    submitted = Signal()

    def __init__(self, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
        for i, key in enumerate(keys):
            button = QPushButton(self)
            button.setProperty("role", "key")
            button.setMinimumSize(64, 52)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing goes on in the field
            if key in ("clear", "back"):
                button.setProperty("icon_name", "close" if key == "clear" else "backspace")
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            grid.addWidget(button, i // 3, i % 3)
            self.buttons[key] = button
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for key, button in self.buttons.items():
            if key == "clear":  # icons: the keys stay narrow in any language
                button.setAccessibleName(self.tr("Clear the field"))
                button.setToolTip(tip(self.tr("Clear the field")))
            elif key == "back":
                button.setAccessibleName(self.tr("Delete the last digit"))
                button.setToolTip(tip(self.tr("Delete the last digit")))
            else:
                button.setText(key)
                button.setAccessibleName(key)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _press(self, key: str) -> None:
        if key == "clear":
            self.target.clear()
        elif key == "back":
            self.target.backspace()
        else:
            self.target.insert(key)
