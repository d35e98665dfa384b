"""How a shopper tells the kiosk who they are: scan the loyalty card or the QR code in the
app (the window takes any scan), or their phone number and a code sent to it. No search by
name, e-mail or birth date: that would show other people's accounts."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk_app.ui.screens.base import Screen, button
from kiosk_app.ui.text import label


class IdentifyScreen(Screen):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scan_hint = label(self)
        self.scan_hint.setWordWrap(True)
        self.scan_hint.setProperty("role", "total")
        self.phone_button = button(self, role="primary", icon="phone")
        self.phone_button.setMinimumHeight(72)
        self.back_button = button(self, icon="back")
        self.join_button = button(self, icon="user")
        self.join_button.setMinimumHeight(72)
        self.layout_.addWidget(self.scan_hint)
        self.layout_.addSpacing(24)
        self.layout_.addWidget(self.phone_button)
        self.layout_.addWidget(self.join_button)
        self.layout_.addStretch(1)
        self.add_action(self.back_button, left=True)
        self.phone_button.clicked.connect(lambda: self.go.emit("phone"))
        self.join_button.clicked.connect(lambda: self.go.emit("enrol"))
        self.back_button.clicked.connect(lambda: self.go.emit("attract"))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Who are you?"))
        self.scan_hint.setText(self.tr("Scan your loyalty card, or the QR code in our mobile "
                                       "app, at the scanner below the screen."))
        self.phone_button.setText(self.tr("No card? Use my phone number"))
        self.join_button.setText(self.tr("Not a member yet? Join now"))
        self.back_button.setText(self.tr("Back"))
