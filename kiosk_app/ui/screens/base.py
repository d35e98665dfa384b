"""What every screen shares: operations with busy state, errors shown in place, translation."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk_app.ui.operations import Operations

T = TypeVar("T")


class Screen(QWidget):
    """A page of the main window; `go` asks the window to show another page ("back" for
    the previous one)."""

    go = Signal(str)
    unexpected = Signal(object)  # an exception nobody foresaw: the window shows a dialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = Operations(show_error=self.show_error, clear_error=self.clear_error,
                              unexpected=self.unexpected.emit, settled=self.update_actions,
                              busy_changed=self._show_busy)
        self.layout_ = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.layout_.addWidget(self.title)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.busy_label = QLabel(self)
        self.busy_label.setProperty("role", "busy")
        self.busy_label.hide()

    # --- translation --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text; re-run on a language change."""
        # explicit context: self.tr() here would look the text up under the subclass's name
        self.busy_label.setText(QCoreApplication.translate("Screen", "Working…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
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

    def scanned(self, code: str) -> bool:
        """A scanner code arrived while this screen is shown; True when handled."""
        return False

    def session_changed(self) -> None:
        """The checkout changed (any intent): redraw what is shown from it."""

    # --- messages and busy state ----------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
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
