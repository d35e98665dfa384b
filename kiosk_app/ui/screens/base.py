"""What every screen shares: its layout (title, content, a message area above a fixed action
bar), operations with busy state, errors shown in place, translation and accessible names.

The action bar sits at the bottom of every screen; messages appear just above it in an area
of bounded height, so a message never grows the window nor pushes the actions off it. Lists
scroll inside themselves.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk_app.ui.operations import Operations
from kiosk_app.ui.text import label, tip

T = TypeVar("T")
MESSAGE_LINES = 3  # a message is a sentence or two; longer text is cut, its whole in the tooltip


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give a control the name (and description) a screen reader announces."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def button(parent: QWidget, *, role: str = "", icon: str = "") -> QPushButton:
    """A touch-sized button with a style role (`primary`, `danger`, `stepper`, `key`)."""
    made = QPushButton(parent)
    if role:
        made.setProperty("role", role)
    if icon:
        made.setProperty("icon_name", icon)
    return made


class Screen(QWidget):
    """A page of a window; `go` asks the window to show another page (a `Route`'s value,
    "back" for the previous one).

    The hooks below are every call a window makes on a screen; each has a default here, so
    a window never probes a screen for what it can do."""

    go = Signal(str)
    unexpected = Signal(object)  # an exception nobody foresaw: the window shows a dialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = Operations(show_error=self.show_error, clear_error=self.clear_error,
                              unexpected=self.unexpected.emit, settled=self.update_actions,
                              busy_changed=self._show_busy, owner=self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(16, 12, 16, 8)
        page_layout.setSpacing(8)
        self.title = label(self, role="title")
        page_layout.addWidget(self.title)
        self.layout_ = QVBoxLayout()  # the screen's own content
        self.layout_.setSpacing(8)
        page_layout.addLayout(self.layout_, 1)
        self.error = label(self, role="error", wrap=True)
        self.error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.error.hide()
        page_layout.addWidget(self.error)
        outer.addWidget(page, 1)
        self.action_bar = QFrame(self, objectName="actions")
        self.actions = QHBoxLayout(self.action_bar)
        self.actions.setContentsMargins(16, 8, 16, 8)
        self.actions.setSpacing(12)
        self.busy_label = label(self, role="busy")
        self.busy_label.hide()
        self.actions.addWidget(self.busy_label)
        self.actions.addStretch(1)
        self._left_actions = 0  # actions placed before the stretch
        outer.addWidget(self.action_bar)

    def add_action(self, widget: QWidget, *, left: bool = False) -> QWidget:
        """An action in the bar at the bottom: the main one last, at the right."""
        if left:
            self.actions.insertWidget(1 + self._left_actions, widget)
            self._left_actions += 1
        else:
            self.actions.addWidget(widget)
        return widget

    def beside_keypad(self, fields: list[QWidget], keypad: QWidget, *,
                      weights: tuple[int, int]) -> None:
        """The screen's fields in a column on the left, a keypad on the right."""
        left = QVBoxLayout()
        left.setSpacing(12)
        for widget in fields:
            left.addWidget(widget)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, weights[0])
        columns.addWidget(keypad, weights[1])
        self.layout_.addLayout(columns, 1)

    # --- translation --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text; re-run on a language change."""
        # explicit context: self.tr() here would look the text up under the subclass's name
        self.busy_label.setText(QCoreApplication.translate("Screen", "Working…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.clear_error()  # it was said in the other language
            self.retranslate_ui()
        super().changeEvent(event)

    # --- life on the stack ----------------------------------------------------------------------

    def entered(self) -> None:
        """Called when the screen is shown."""

    def back(self) -> None:
        """Esc or Back: the screen the cashier came from."""
        self.go.emit("back")

    def default_action(self) -> None:
        """Enter when no text field has focus: the screen's main button."""

    def state_changed(self) -> None:
        """What the screen shows from changed (the checkout, the visit): redraw it, showing
        only what belongs to the current state."""

    def refresh_server_texts(self) -> None:
        """The language changed: ask again for the names and messages CareCloud gave."""

    def wipe(self) -> None:
        """A new customer, the end of a kiosk visit or a sign-out: forget everything this
        screen showed or was given (typed text, results, messages, what is in flight)."""
        self.cancel_tasks()
        self.clear_error()

    def reconnected(self) -> None:
        """CareCloud answers again after being out of reach."""

    def outbox_changed(self) -> None:
        """A purchase was queued, delivered or settled (screens that list them redraw)."""

    def takes_cards(self) -> bool:
        """True while the screen waits for a card scan of its own (a new member's card)."""
        return False

    def take_card(self, code: str) -> None:
        """The card scanned while `takes_cards()`."""

    # --- messages and busy state ----------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self._message(text, "error")

    def show_info(self, text: str) -> None:
        self._message(text, "info")

    def _message(self, text: str, role: str) -> None:
        self.error.setProperty("role", role)
        self.error.style().polish(self.error)
        self.error.setText(text)
        self.error.setToolTip(tip(text))
        line = self.error.fontMetrics().lineSpacing()
        self.error.setMaximumHeight(line * MESSAGE_LINES + 20)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.setToolTip("")
        self.error.hide()

    @property
    def busy(self) -> bool:
        return self.ops.busy

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.update_actions()

    def update_actions(self) -> None:
        """Decide which buttons make sense now (after every change and every answer)."""

    def enable(self, widget: QWidget, condition: bool) -> None:
        """Enable an action when it makes sense and no running operation holds it."""
        widget.setEnabled(condition and not self.ops.held(widget))

    def run(self, work: Awaitable[T], on_ok: Callable[[T], None] | None = None, *,
            key: str | None = None, preempt: bool = False, disable: Iterable[QWidget] = (),
            on_error: Callable[[BaseException], bool] | None = None,
            background: bool = False) -> asyncio.Task[Any] | None:
        """See `Operations.run`."""
        return self.ops.run(work, on_ok, key=key, preempt=preempt, disable=disable,
                            on_error=on_error, background=background)

    def cancel_tasks(self) -> None:
        self.ops.cancel()

    @property
    def tasks(self) -> set[asyncio.Task[Any]]:
        return self.ops.tasks
