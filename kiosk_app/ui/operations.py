"""One way to run a network call from a widget, in the spirit of Anki's `QueryOp`.

An operation runs an awaitable on the qasync loop (the Qt loop), keeps a reference to its
task, shows the owner busy while it runs (unless it is a background refresh), keeps the
given buttons disabled until the answer arrives, and then calls `on_ok` with the result
or shows the failure in the owner's message area. Keyed operations do not overlap:
`preempt=True` cancels the running one of that key (a new quote replaces the old),
otherwise a second start while one runs is ignored (a confirm cannot start twice).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kiosk_app.api import ApiError
from kiosk_app.domain.refusal import Refused
from kiosk_app.ui.errors import describe

log = logging.getLogger(__name__)
T = TypeVar("T")


class Operations:
    """The running operations of one owner (a screen or the window)."""

    def __init__(self, *, show_error: Callable[[str], None], clear_error: Callable[[], None],
                 unexpected: Callable[[BaseException], None],
                 settled: Callable[[], None] = lambda: None,
                 busy_changed: Callable[[bool], None] = lambda _busy: None,
                 owner: QObject | None = None) -> None:
        # an answer that arrives after its owner was closed and deleted is dropped: nothing
        # is shown on (or enabled in) widgets that no longer exist
        self._owner = owner
        self._show_error = show_error
        self._clear_error = clear_error
        self._unexpected = unexpected
        self._settled = settled
        self._busy_changed = busy_changed
        self._busy = 0
        self._held: Counter[QWidget] = Counter()
        self._keyed: dict[str, asyncio.Task[None]] = {}
        self.tasks: set[asyncio.Task[None]] = set()

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def running(self, key: str) -> bool:
        task = self._keyed.get(key)
        return task is not None and not task.done()

    def held(self, widget: QWidget) -> bool:
        """True while an operation keeps this button disabled."""
        return self._held[widget] > 0

    def run(
        self,
        work: Awaitable[T],
        on_ok: Callable[[T], None] | None = None,
        *,
        key: str | None = None,
        preempt: bool = False,
        disable: Iterable[QWidget] = (),
        on_error: Callable[[BaseException], bool] | None = None,
        background: bool = False,
    ) -> asyncio.Task[None] | None:
        """Start `work`; returns its task, or None when a keyed one is already running."""
        if key is not None and self.running(key):
            if not preempt:
                _close(work)
                return None
            self._keyed[key].cancel()
        widgets = list(disable)
        for widget in widgets:
            self._held[widget] += 1
            widget.setEnabled(False)
        busy = not background
        if busy:
            self._clear_error()
            self._set_busy(+1)
        released = False

        def release() -> None:
            nonlocal released
            if released:
                return
            released = True
            if busy:
                self._set_busy(-1)
            for widget in widgets:
                self._held[widget] -= 1
                if self._held[widget] <= 0:
                    del self._held[widget]
                    if shiboken6.isValid(widget):
                        widget.setEnabled(True)

        def settle() -> None:
            if not self._gone() and all(shiboken6.isValid(w) for w in widgets):
                self._settled()  # the owner decides again which actions make sense

        async def guarded() -> None:
            try:
                result = await work
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                release()
                if self._gone():
                    log.info("answer after its screen closed: %s", type(exc).__name__)
                    return
                try:
                    if on_error is None or not on_error(exc):
                        self._show_error(describe(exc))
                        if not isinstance(exc, ApiError | Refused):  # a bug
                            log.error("unexpected failure: %s", type(exc).__name__, exc_info=exc)
                            self._unexpected(exc)
                finally:
                    settle()
                return
            release()
            if self._gone():
                return
            try:
                if on_ok is not None:
                    on_ok(result)
            finally:
                settle()

        task = asyncio.ensure_future(guarded())
        self.tasks.add(task)
        if key is not None:
            self._keyed[key] = task

        def forget(done: asyncio.Task[None]) -> None:
            self.tasks.discard(done)
            if key is not None and self._keyed.get(key) is done:
                del self._keyed[key]
            _close(work)  # cancelled before it started: nothing ran, nothing to await
            if not released:  # cancelled: release what it held
                release()
                settle()

        task.add_done_callback(forget)
        return task

    def cancel(self, key: str | None = None) -> None:
        """Cancel the operation of `key`, or every operation of this owner."""
        if key is not None:
            task = self._keyed.get(key)
            if task is not None:
                task.cancel()
            return
        for task in list(self.tasks):
            task.cancel()

    def _set_busy(self, delta: int) -> None:
        was = self.busy
        self._busy = max(0, self._busy + delta)
        if self.busy != was and not self._gone():
            self._busy_changed(self.busy)

    def _gone(self) -> bool:
        return self._owner is not None and not shiboken6.isValid(self._owner)


def _close(work: Any) -> None:
    if inspect.iscoroutine(work) and inspect.getcoroutinestate(work) == inspect.CORO_CREATED:
        work.close()
