"""What every screen shares: async actions with busy state, errors shown in place, translation."""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk_app.api import ApiError
from kiosk_app.ui.errors import describe

log = logging.getLogger(__name__)
T = TypeVar("T")


class Screen(QWidget):
    """A page of the main window; `go` asks the window to show another page."""

    go = Signal(str)
    session_changed = Signal()  # the customer panel and status need a refresh
    unexpected = Signal(object)  # an exception nobody foresaw: the window shows a dialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks: set[asyncio.Task[Any]] = set()
        self._busy = 0
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
        """Esc: the previous screen, where there is one."""

    def default_action(self) -> None:
        """Enter when no text field has focus: the screen's main button."""

    def scanned(self, code: str) -> bool:
        """A scanner code arrived while this screen is shown; True when handled."""
        return False

    # --- messages and busy state ----------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def set_busy(self, busy: bool) -> None:
        self._busy += 1 if busy else -1
        self.busy_label.setVisible(self._busy > 0)
        self.busy_changed()

    def busy_changed(self) -> None:
        """Screens re-evaluate which buttons are enabled."""

    def run(
        self,
        work: Awaitable[T],
        on_ok: Callable[[T], None],
        *,
        disable: Iterable[QPushButton] = (),
        on_error: Callable[[BaseException], bool] | None = None,
        background: bool = False,
    ) -> asyncio.Task[None]:
        """Run `work` on the loop: busy while it runs, `on_ok` on success, the error shown here.

        Buttons in `disable` stay disabled until the answer arrives (writes are sent once).
        `on_error` may handle an error itself by returning True. A `background` refresh does
        not make the screen busy (a scan or a tap meanwhile still counts); its errors show.
        """
        buttons = list(disable)
        for button in buttons:
            button.setEnabled(False)
        busy = not background
        if busy:
            self.clear_error()
            self.set_busy(True)

        async def guarded() -> None:
            try:
                result = await work
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if on_error is not None and on_error(exc):
                    return
                self.show_error(describe(exc))
                if not isinstance(exc, ApiError | ValueError):
                    log.exception("unexpected failure in %s", type(self).__name__)
                    self.unexpected.emit(exc)
                return
            else:
                on_ok(result)
            finally:
                if busy:
                    self.set_busy(False)
                for button in buttons:
                    button.setEnabled(True)
                self.busy_changed()

        task = asyncio.ensure_future(guarded())
        self.tasks.add(task)

        def finished(done: asyncio.Task[None]) -> None:
            self.tasks.discard(done)
            if inspect.iscoroutine(work) and (
                    inspect.getcoroutinestate(work) == inspect.CORO_CREATED):
                work.close()  # cancelled before it started: nothing ran, nothing to await
                if busy:
                    self.set_busy(False)
                for button in buttons:
                    button.setEnabled(True)

        task.add_done_callback(finished)
        return task

    def cancel_tasks(self) -> None:
        for task in list(self.tasks):
            task.cancel()
