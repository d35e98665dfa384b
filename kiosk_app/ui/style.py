"""The look: large touch targets (at least 48 px) and readable type for counters and kiosks."""

from __future__ import annotations

from kiosk_app.resources import read_bytes, read_text

STYLE_SHEET = read_text("style.qss")


def app_icon():
    from PySide6.QtGui import QIcon, QPixmap

    pixmap = QPixmap()
    pixmap.loadFromData(read_bytes("icon.png"))
    return QIcon(pixmap)
