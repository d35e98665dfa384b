"""The kiosk's attract screen: what it offers, in the shopper's language; any touch or scan
wakes it. Staff reach their functions from here, behind the staff PIN."""

from __future__ import annotations

from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk_app.ui.i18n import LANGUAGES
from kiosk_app.ui.screens.base import Screen, button
from kiosk_app.ui.text import label, tip


class AttractScreen(Screen):
    def __init__(self, languages: list[str], parent: QWidget | None = None, *,
                 staff: bool = True) -> None:
        """`staff`: staff functions exist (a staff PIN is set); without, no lock button
        invites a shopper to a door that never opens."""
        super().__init__(parent)
        self.title.setProperty("role", "display")
        self.offer = label(self)
        self.offer.setWordWrap(True)
        self.offer.setProperty("role", "total")
        self.start_button = button(self, role="primary", icon="card")
        self.start_button.setMinimumHeight(96)
        self.language_buttons: dict[str, QPushButton] = {}
        for code in languages:
            chosen = button(self, icon="globe")
            chosen.setText(LANGUAGES.get(code, code))
            chosen.setAccessibleName(LANGUAGES.get(code, code))
            chosen.setProperty("code", code)
            self.language_buttons[code] = chosen
            self.add_action(chosen, left=True)
        self.staff_button = button(self, icon="lock")
        self.add_action(self.staff_button)
        self.staff_button.setVisible(staff)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.offer)
        self.layout_.addSpacing(24)
        self.layout_.addWidget(self.start_button)
        self.layout_.addStretch(2)
        self.start_button.clicked.connect(lambda: self.go.emit("identify"))
        self.staff_button.clicked.connect(lambda: self.go.emit("staff"))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Welcome to our loyalty club"))
        self.offer.setText(self.tr("See your points and vouchers, and spend points on "
                                   "rewards. Scan your loyalty card or the QR code in our "
                                   "app, or touch the screen to start."))
        self.start_button.setText(self.tr("Touch to start"))
        self.start_button.setAccessibleName(self.tr("Start"))
        self.staff_button.setAccessibleName(self.tr("Staff functions"))
        self.staff_button.setToolTip(tip(self.tr("Staff functions")))

    def entered(self) -> None:
        """The next shopper starts at *Touch to start*, not at the last one's language."""
        self.start_button.setFocus()

    def default_action(self) -> None:
        self.go.emit("identify")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A touch anywhere on the screen wakes the kiosk."""
        self.go.emit("identify")
        super().mouseReleaseEvent(event)
