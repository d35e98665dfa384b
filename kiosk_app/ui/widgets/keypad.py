"""A numeric keypad for phone numbers, codes and card numbers on a touch screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget


class Keypad(QWidget):
    """Types into a target line edit; Enter emits `submitted`."""

    submitted = Signal()

    def __init__(self, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        grid = QGridLayout(self)
        grid.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
        for i, key in enumerate(keys):
            button = QPushButton(self)
            button.setMinimumSize(64, 56)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            grid.addWidget(button, i // 3, i % 3)
            self.buttons[key] = button
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for key, button in self.buttons.items():
            if key == "clear":
                button.setText(self.tr("Clear"))
            elif key == "back":
                button.setText(self.tr("⌫"))
                button.setToolTip(self.tr("Delete the last digit"))
            else:
                button.setText(key)

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
