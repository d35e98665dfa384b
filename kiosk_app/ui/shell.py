"""What the counter's window and the kiosk's window share: one stack of screens built when
first needed, typed routes, scans turned into actions by the one scan policy, the language
switch (the till owns the language; the window follows it), questions, unexpected errors,
Enter and Esc, and a guard against a tap landing on a button that just appeared under it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from kiosk_app.domain.codes import Scanned, classify
from kiosk_app.domain.scan_policy import Action, Context, decide
from kiosk_app.ui.dialogs import Question, notice, question
from kiosk_app.ui.i18n import Languages
from kiosk_app.ui.operations import Operations
from kiosk_app.ui.routes import Route
from kiosk_app.ui.scanner import ScannerFilter
from kiosk_app.ui.screens.base import Screen
from kiosk_app.ui.theme import Theme

if TYPE_CHECKING:
    from kiosk_app.app.services import Services

log = logging.getLogger(__name__)
TAP_GUARD_MS = 800  # a button that appears under a just-tapped one ignores taps this long
TAP_REACH_MS = 3000  # a tap this recent counts as the one that brought the new screen
TAP_SLOP_PX = 24  # "the same spot"


class Shell(QMainWindow):
    """A window of screens. Subclasses say which screens exist (`factories`), where a route
    leads (`resolve`), which scan context the window is in and what an action does."""

    closed = Signal()

    def __init__(self, services: Services, *, languages: Languages, theme: Theme,
                 scanner: ScannerFilter | None, tap_guard_ms: int = TAP_GUARD_MS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.services = services
        self.till = services.till
        self.languages = languages
        self.theme = theme
        self.scanner = scanner
        self.tap_guard_ms = tap_guard_ms
        self._clock = clock
        self.screens: dict[Route, Screen] = {}
        self.trail: list[Route] = []  # where Back leads (the counter)
        self.error_dialog: QMessageBox | None = None
        self.question_box: Question | None = None
        self._question_still: Callable[[], bool] = lambda: True
        self._last_press: tuple[QPoint, float, QObject | None] | None = None
        self._guard: tuple[QPoint, float, QObject | None] | None = None
        self._last_enter = -1e9  # when Enter was last pressed
        self._enter_guard = 0.0  # a second Enter before this does nothing
        self.stack = QStackedWidget(self)
        self.ops = Operations(show_error=lambda text: self.current.show_error(text),
                              clear_error=lambda: None, unexpected=self.show_unexpected,
                              owner=self)
        QShortcut(QKeySequence("Esc"), self, activated=lambda: self.current.back())
        if scanner is not None:
            scanner.scanned.connect(self.scanned)
            scanner.too_long.connect(self.too_long)
        self._stops: list[Callable[[], None]] = []  # the window's subscriptions, ended on close
        self.listen(self.till.subscribe(self._till_changed))
        # taps, for the guard: watched from the first turn of the loop on (an app-wide filter
        # sees every event, and the first window need not wait for it)
        QTimer.singleShot(0, self, self._watch_taps)
        self.destroyed.connect(self._forget_filter)

    def _watch_taps(self) -> None:
        QApplication.instance().installEventFilter(self)

    def listen(self, stop: Callable[[], None]) -> None:
        """Keep a subscription's end: the services outlive a closed window."""
        self._stops.append(stop)

    def _forget_filter(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # --- screens ---------------------------------------------------------------------------

    def factories(self) -> dict[Route, Callable[[], Screen]]:
        """How each screen of this window is made (built at its first showing)."""
        return {}

    def screen(self, route: Route | str) -> Screen:
        route = Route(route)
        built = self.screens.get(route)
        if built is None:
            built = self.factories()[route]()
            self.adopt(route, built)
        return built

    def adopt(self, route: Route, screen: Screen) -> None:
        screen.setObjectName(route.value)
        screen.go.connect(self.show_screen)
        screen.unexpected.connect(self.show_unexpected)
        self.stack.addWidget(screen)
        self.screens[route] = screen
        self.theme.decorate(screen)

    def drop(self, route: Route) -> None:
        """Take a screen out (it is rebuilt, empty, the next time)."""
        from kiosk_app.ui.widgets.touch import discard

        screen = self.screens.pop(route, None)
        if screen is not None:
            screen.cancel_tasks()
            self.stack.removeWidget(screen)
            discard(screen)

    @property
    def current(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    @property
    def current_route(self) -> Route | None:
        widget = self.stack.currentWidget()
        return Route(widget.objectName()) if isinstance(widget, Screen) else None

    @property
    def current_name(self) -> str:
        return self.current.objectName()

    def resolve(self, route: Route) -> Route | None:
        """Where `route` leads now (None: the move was handled otherwise)."""
        return route

    def show_screen(self, route: Route | str) -> None:
        """Every move passes here."""
        target = self.resolve(Route(route))
        if target is None or (target not in self.screens and target not in self.factories()):
            return  # handled otherwise, or a screen this window does not have
        screen = self.screen(target)
        left = self.stack.currentWidget()
        changed = screen is not left
        self.stack.setCurrentWidget(screen)
        if changed:
            if isinstance(left, Screen):
                left.clear_error()  # an error belongs to the moment it was said
            self._guard_the_spot()
        screen.entered()
        self.shown(target)

    def shown(self, route: Route) -> None:
        """After a screen was shown (the header follows, the idle watch starts...)."""

    def show_first(self) -> None:
        """The first frame (a kiosk: the whole screen)."""
        self.show()

    def started(self) -> None:
        """The services' background work runs now (after the first frame)."""

    def close_for_good(self) -> None:
        """Close the window for real (a kiosk refuses a plain close)."""
        self.close()

    def wipe_screens(self, *, keep: Sequence[Route] = ()) -> None:
        """Every built screen forgets what it showed (a new customer, a visit's end)."""
        for route, screen in list(self.screens.items()):
            if route not in keep:
                screen.wipe()

    # --- scans -----------------------------------------------------------------------------

    def scan_context(self) -> Context:
        raise NotImplementedError

    def scanned(self, text: str) -> None:
        """A scan from anywhere: what it is (`classify`), what it does here (`decide`)."""
        code = classify(text, self.till.card_rule)
        action = decide(self.scan_context(), code.kind)
        log.info("scan: %s → %s", code.kind.value, action.name)
        self.perform(action, code)

    def perform(self, action: Action, code: Scanned) -> None:
        """Carry out a scan's action."""

    def too_long(self, count: int) -> None:
        self.current.show_error(self.tr("That scan was too long to be a code (%n characters); "
                                        "nothing was entered. Scan again.", "", count))

    # --- language ----------------------------------------------------------------------------

    def switch_language(self, code: str, *, home: bool = False) -> None:
        """The whole UI in another language (the till remembers it; `home`: the one to come
        back to); nothing typed is lost."""
        if code in self.languages.available() or code == "pseudo":
            self.till.set_language(code, home=home)

    def _till_changed(self) -> None:
        if self.languages.current != self.till.language \
                and self.languages.switch(self.till.language):
            self.language_switched()

    def language_switched(self) -> None:
        """Names and messages from CareCloud follow the new language: ask for them again."""
        self.current.refresh_server_texts()

    # --- questions and errors ------------------------------------------------------------------

    def ask(self, title: str, text: str,
            choices: Sequence[tuple[str, Callable[[], None] | None]], *,
            still: Callable[[], bool] = lambda: True) -> Question:
        """One question at a time (a newer one replaces an unanswered one). `still` says
        whether the question still fits what is on screen: asked again after every change,
        and when it no longer does the question goes unanswered (no answer to a question
        about a bill that has meanwhile been sent or given to someone else)."""
        self.withdraw_question()
        self.question_box = question(self, title, text, choices)
        self._question_still = still
        return self.question_box

    def withdraw_question(self, *, unless_still: bool = False) -> None:
        """The open question goes (`unless_still`: only if it no longer fits)."""
        box = self.question_box
        if box is None or not box.isVisible():
            return
        if unless_still and self._question_still():
            return
        box.withdraw()

    def show_unexpected(self, exc: BaseException) -> None:
        """An error nobody foresaw: logged (masked) by the operation; said in a dialog."""
        self.error_dialog = notice(self, self.tr("Unexpected error"), self.tr(
            "Something unexpected happened. The current step was stopped; nothing was sent "
            "twice. Try again, and tell support if it happens again.\n\n%1").replace(
            "%1", type(exc).__name__), critical=True)

    # --- taps and keys -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                    QEvent.Type.MouseButtonRelease) and isinstance(event, QMouseEvent) \
                and isinstance(watched, QWidget) and watched.window() is self:
            spot = event.globalPosition().toPoint()
            if self._guarded(spot, watched):
                return True  # the second tap of a double tap, on what appeared under it
            if kind == QEvent.Type.MouseButtonPress:
                self._last_press = (spot, self._clock(), watched)
                self._enter_guard = 0.0  # a deliberate tap since: Enter acts again
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and isinstance(watched, QWidget) and watched.window() is self:
            from PySide6.QtCore import Qt

            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._last_enter = self._clock()
            else:
                self._enter_guard = 0.0
        return False

    def _guard_the_spot(self) -> None:
        """A new screen after a tap: what appeared under that tap ignores taps a moment;
        after an Enter, a second Enter does."""
        now, press = self._clock(), self._last_press
        until = now + self.tap_guard_ms / 1000
        if press is not None and now - press[1] <= TAP_REACH_MS / 1000:
            self._guard = (press[0], until, press[2])
        if now - self._last_enter <= TAP_REACH_MS / 1000 and (
                press is None or press[1] < self._last_enter):
            self._enter_guard = until

    def _guarded(self, spot: QPoint, watched: QObject) -> bool:
        guard = self._guard
        if guard is None or self._clock() > guard[1] or watched is guard[2]:
            return False
        return (spot - guard[0]).manhattanLength() <= TAP_SLOP_PX

    def tap_guarded(self, widget: QWidget) -> bool:
        """True while a tap on `widget` would be ignored (it lies under the last tap, on a
        screen that appeared since)."""
        guard = self._guard
        if guard is None or self._clock() > guard[1] or widget is guard[2]:
            return False
        rect = widget.rect().translated(widget.mapToGlobal(QPoint(0, 0)))
        return rect.adjusted(-TAP_SLOP_PX, -TAP_SLOP_PX, TAP_SLOP_PX, TAP_SLOP_PX).contains(
            guard[0])

    @property
    def just_arrived(self) -> bool:
        """A screen that an Enter brought, a moment ago: another Enter does not act yet."""
        return self._clock() <= self._enter_guard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter confirms: the screen's main action, unless a text field handles it itself
        (and not in the moment after a new screen appeared: a double Enter stays one)."""
        from PySide6.QtCore import Qt  # not at import: Qt's enums cost start-up time
        from PySide6.QtWidgets import QAbstractSpinBox

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
                QApplication.focusWidget(), QLineEdit | QAbstractSpinBox):
            if not self.just_arrived:
                self.current.default_action()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ops.cancel()
        for screen in self.screens.values():
            screen.cancel_tasks()
        self._forget_filter()
        for stop in self._stops:
            stop()
        self._stops.clear()
        self.closed.emit()
        super().closeEvent(event)
