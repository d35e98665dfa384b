"""Questions and notices over a window: plain text (a customer's name is never markup),
touch-sized buttons named for screen readers, never blocking the loop."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget


def question(parent: QWidget, title: str, text: str,
             choices: Sequence[tuple[str, Callable[[], None] | None]], *,
             default: int = -1) -> QMessageBox:
    """Ask, and call the chosen answer's callback (None: nothing to do). Opened at once,
    answered later: the app keeps running. The last choice is the safe one (the default
    unless `default` says otherwise), so Esc and Enter never destroy anything by surprise."""
    from PySide6.QtCore import Qt

    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    buttons: dict[QAbstractButton, Callable[[], None] | None] = {}
    made_buttons: list[QPushButton] = []
    for words, chosen in choices:
        made = box.addButton(words, QMessageBox.ButtonRole.ActionRole)
        made.setAccessibleName(words)
        buttons[made] = chosen
        made_buttons.append(made)
    box.setDefaultButton(made_buttons[default])
    box.setEscapeButton(made_buttons[-1])

    def answered(button: QAbstractButton) -> None:
        chosen = buttons.get(button)
        if chosen is not None:
            chosen()

    box.buttonClicked.connect(answered)
    box.open()
    return box


def notice(parent: QWidget, title: str, text: str, *, critical: bool = False) -> QMessageBox:
    """Tell something that needs reading (an unexpected error, About)."""
    from PySide6.QtCore import Qt

    icon = QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box
