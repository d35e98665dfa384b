"""The language picker: one large button naming the current language; a tap opens a panel
of large buttons, each language named in itself. Touch-sized, unlike a combo box's rows."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget


class LanguagePicker(QPushButton):
    chosen = Signal(str)

    def __init__(self, names: dict[str, str], current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.current = current
        self.popup: QFrame | None = None
        self.buttons: dict[str, QPushButton] = {}
        self.clicked.connect(self.open)
        self.set_current(current)

    def set_current(self, code: str) -> None:
        self.current = code
        self.setText(self.names.get(code, code))

    def open(self) -> None:
        """Built on first use: the first window does not pay for it."""
        if self.popup is None:
            self.popup = QFrame(self.window(), objectName="LanguagePopup")
            self.popup.setFrameShape(QFrame.Shape.StyledPanel)
            layout = QVBoxLayout(self.popup)
            for code, name in self.names.items():
                button = QPushButton(name, self.popup)
                button.setAccessibleName(name)
                button.clicked.connect(lambda _=False, c=code: self.pick(c))
                layout.addWidget(button)
                self.buttons[code] = button
        self.popup.adjustSize()
        spot = self.mapTo(self.window(), QPoint(0, self.height()))
        self.popup.move(min(spot.x(), self.window().width() - self.popup.width()), spot.y())
        self.popup.raise_()
        self.popup.show()

    def pick(self, code: str) -> None:
        if self.popup is not None:
            self.popup.hide()
        self.chosen.emit(code)
