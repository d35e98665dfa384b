"""Text on screen is plain text: the one primitive for every label, tooltip and dialog.

A `QLabel` reads text that looks like markup as rich text, and rich text loads the
resources it names: a customer's first name `<img src="/dev/zero">` made every till that
showed it read that file until memory ran out. Names, products, rewards, stores, statuses
and server messages come from outside, so no label here ever reads markup (`Label`), no
tooltip is drawn as markup (`tip`), and no dialog either (`ui.dialogs`). The app writes no
markup of its own.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

PLAIN_TEXT = 0  # Qt::PlainText, set as a property: Qt's enums cost the first window ~20 ms


class Label(QLabel):
    """A label that shows its text exactly as given, never as markup."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, role: str = "",
                 wrap: bool = False) -> None:
        super().__init__(parent)
        self.setProperty("textFormat", PLAIN_TEXT)
        if role:
            self.setProperty("role", role)
        if wrap:
            self.setWordWrap(True)
        if text:
            self.setText(text)

    def setTextFormat(self, format: Qt.TextFormat) -> None:
        """Plain text, whatever a caller asks for."""
        super().setTextFormat(Qt.TextFormat.PlainText)


def label(parent: QWidget | None, text: str = "", *, role: str = "", wrap: bool = False
          ) -> Label:
    """A plain-text label with a style role (`title`, `muted`, `error`, `total`...)."""
    return Label(text, parent, role=role, wrap=wrap)


def tip(text: str) -> str:
    """A tooltip that shows `text` exactly: Qt draws a tooltip as rich text when it looks
    like markup, so such text is escaped into a paragraph of its own."""
    if "<" not in text:
        return text  # no tag, no rich text (and no need to load Qt's namespace for it)
    from PySide6.QtGui import Qt as GuiQt

    if not GuiQt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"
