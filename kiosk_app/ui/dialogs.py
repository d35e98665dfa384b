"""Questions and notices over a window: plain text (a customer's name is never markup),
touch-sized buttons named for screen readers, never blocking the loop."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from kiosk_app.ui.text import label

Choice = tuple[str, Callable[[], None] | None]


class Question(QDialog):
    """A question with its answers stacked full width, one per row: an answer is a whole
    sentence ("Move the bill to Jana N.") and a message box's row of buttons clipped it on a
    1024-pixel screen. The title is said inside too: a kiosk has no window manager to draw
    it."""

    def __init__(self, parent: QWidget, title: str, text: str, choices: Sequence[Choice], *,
                 default: int = -1) -> None:
        super().__init__(parent)
        self.setObjectName("question")
        self.setWindowTitle(title)
        self.setModal(True)
        self._choices: dict[QPushButton, Callable[[], None] | None] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(12)
        self.heading = label(self, title, role="title", wrap=True)
        self.message = label(self, text, wrap=True)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        made: list[QPushButton] = []
        for words, chosen in choices:
            button = QPushButton(words, self)
            button.setAccessibleName(words)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, b=button: self._answer(b))
            self._choices[button] = chosen
            layout.addWidget(button)
            made.append(button)
        self._safe = made[-1]
        made[default].setDefault(True)
        made[default].setProperty("role", "primary")
        made[default].setFocus()
        # wide enough for the longest answer, never wider than the window it covers
        widest = max(b.sizeHint().width() for b in made)
        room = max(parent.window().width() - 48, 320)
        self.setMinimumWidth(min(max(widest + 48, 480), room))
        self.setMaximumWidth(max(room, 320))

    def text(self) -> str:
        return self.message.text()

    def buttons(self) -> list[QPushButton]:
        return list(self._choices)

    def _answer(self, button: QPushButton) -> None:
        chosen = self._choices.get(button)
        self.done(0)
        if chosen is not None:
            chosen()

    def reject(self) -> None:
        """Esc, or the window closed: the safe answer, which never destroys anything."""
        self._answer(self._safe)

    def withdraw(self) -> None:
        """The question no longer fits what is on screen: it goes, unanswered."""
        self.done(0)


def question(parent: QWidget, title: str, text: str, choices: Sequence[Choice], *,
             default: int = -1) -> Question:
    """Ask, and call the chosen answer's callback (None: nothing to do). Opened at once,
    answered later: the app keeps running. The last choice is the safe one (the default
    unless `default` says otherwise), so Esc and Enter never destroy anything by surprise."""
    box = Question(parent, title, text, choices, default=default)
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
