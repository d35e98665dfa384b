"""The self-service kiosk: fullscreen and frameless, signed in unattended with the kiosk's
own least-privilege CareCloud user, a shopper's visit (attract → identify → home) that is
forgotten when they walk away, and staff functions behind the staff PIN — and what a scan
does at the kiosk (`domain.scan_policy`).

Closing, minimising and leaving are refused unless staff chose *Close the kiosk app*."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget

from kiosk_app.app.kiosk import Identified, Refusal, claim_refused
from kiosk_app.domain.codes import Kind, Scanned
from kiosk_app.domain.refusal import SetupError
from kiosk_app.domain.scan_policy import Action, Context
from kiosk_app.ui.i18n import Languages
from kiosk_app.ui.idle import IdleWatch
from kiosk_app.ui.routes import Route
from kiosk_app.ui.scanner import ScannerFilter
from kiosk_app.ui.screens.base import Screen, button
from kiosk_app.ui.screens.kiosk_attract import AttractScreen
from kiosk_app.ui.shell import TAP_GUARD_MS, Shell
from kiosk_app.ui.text import label
from kiosk_app.ui.theme import Theme

if TYPE_CHECKING:
    from kiosk_app.api import models as m
    from kiosk_app.app.services import Services
    from kiosk_app.domain.checkout import CustomerView

log = logging.getLogger(__name__)
STAFF_ONLY = (Route.HISTORY, Route.TRANSFER, Route.EXIT)
MEMBER_ONLY = (Route.HOME, Route.CATALOGUE, Route.POINTS)
SIGNED_IN_ONLY = (Route.IDENTIFY, Route.PHONE, Route.ENROL)
RETRY_SIGN_IN_MS = 30_000


class MissingCredentials(Exception):
    """The kiosk has no CareCloud user or password configured."""


class Overlay(QFrame):
    """A card over the middle of the window: a title, some words and a large button."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, objectName="popup")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.question = label(self, role="title", wrap=True)
        self.words = label(self, role="total", wrap=True)
        self.more_button = button(self, role="primary")
        self.done_button = button(self)
        for widget in (self.question, self.words, self.more_button, self.done_button):
            layout.addWidget(widget)
        self.hide()

    def pop_up(self) -> None:
        parent = self.parentWidget()
        self.setFixedWidth(min(640, parent.width() - 32))
        self.adjustSize()
        self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 3)
        self.raise_()
        self.show()
        self.more_button.setFocus()


class IdlePrompt(Overlay):
    """ "Need more time?" over the screen, with the seconds left and a large button."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.left = 0

    @property
    def countdown(self) -> QWidget:
        """The words that count the seconds down."""
        return self.words

    def retranslate_ui(self) -> None:
        self.question.setText(self.tr("Need more time?"))
        self.words.setText(self.tr("This screen closes in %1 s to protect your "
                                   "account.").replace("%1", str(self.left)))
        self.words.setAccessibleName(self.words.text())
        self.more_button.setText(self.tr("Yes, I need more time"))
        self.done_button.setText(self.tr("No, I am done"))

    def show_left(self, seconds: int) -> None:
        self.left = seconds
        self.retranslate_ui()
        if not self.isVisible():
            self.pop_up()


class GiftOverlay(Overlay):
    """A gift card's balance over whatever the shopper sees (their home stays under it)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.done_button.hide()
        self.text = ""

    def retranslate_ui(self) -> None:
        self.question.setText(self.tr("Gift card"))
        self.words.setText(self.text)
        self.more_button.setText(self.tr("OK"))


class KioskWindow(Shell):
    def __init__(self, services: Services, *, languages: Languages, theme: Theme,
                 scanner: ScannerFilter | None, idle_ms: int = 60_000,
                 warning_ms: int = 20_000, fullscreen: bool = True,
                 tap_guard_ms: int = TAP_GUARD_MS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(services, languages=languages, theme=theme, scanner=scanner,
                         tap_guard_ms=tap_guard_ms, clock=clock)
        from PySide6.QtCore import Qt  # not at import: Qt's enums cost start-up time

        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, fullscreen)
        self.fullscreen = fullscreen
        self.visit = services.kiosk  # a kiosk's first window is the visit's: made at once
        self.gate = services.staff_gate
        self.leaving = False  # only staff's "Close the kiosk app" sets it
        self.setCentralWidget(self.stack)
        self.idle = IdleWatch(self, idle_ms=idle_ms, warning_ms=warning_ms)
        self.prompt = IdlePrompt(self)
        self.prompt.more_button.clicked.connect(self._more_time)
        self.prompt.done_button.clicked.connect(self.wipe)
        self.gift = GiftOverlay(self)
        self.gift.more_button.clicked.connect(lambda: self.visit.show_gift(None))
        self.idle.warning.connect(self.prompt.show_left)
        self.idle.resumed.connect(self.prompt.hide)
        self.idle.expired.connect(self.wipe)
        QApplication.instance().installEventFilter(self.idle)
        self.sign_in_timer = QTimer(self, singleShot=True, interval=RETRY_SIGN_IN_MS)
        self.sign_in_timer.timeout.connect(self.sign_in)
        self.listen(self.visit.subscribe(self._visit_changed))
        self.theme.changed.connect(lambda: self.theme.decorate(self))
        self.theme.decorate(self)
        self.show_screen(Route.ATTRACT)
        self.resize(1024, 768)
        self.sign_in()

    # --- the screens ---------------------------------------------------------------------------

    def factories(self) -> dict[Route, Callable[[], Screen]]:
        s, visit = self.services, self.visit

        def attract() -> Screen:
            codes = [c for c in s.settings.languages if c in self.languages.available()]
            screen = AttractScreen(codes, staff=self.gate.configured)
            for code, chosen in screen.language_buttons.items():
                chosen.clicked.connect(lambda _=False, c=code: self.switch_language(c))
            return screen

        def identify() -> Screen:
            from kiosk_app.ui.screens.kiosk_identify import IdentifyScreen
            return IdentifyScreen()

        def phone() -> Screen:
            from kiosk_app.ui.screens.kiosk_phone import PhoneScreen
            return PhoneScreen(visit, self.identified)

        def home() -> Screen:
            from kiosk_app.ui.screens.kiosk_home import HomeScreen
            return HomeScreen(visit)

        def staff() -> Screen:
            from kiosk_app.ui.screens.kiosk_staff import StaffScreen
            return StaffScreen(self.gate)

        def enrol() -> Screen:
            from kiosk_app.ui.screens.enrol import EnrolScreen
            screen = EnrolScreen(s.enrolment, kiosk=True, cooldown_s=s.otp_cooldown_s)
            screen.enrolled.connect(self._enrolled)
            return screen

        def history() -> Screen:
            from kiosk_app.ui.screens.history import HistoryScreen
            return HistoryScreen(s.history, printing=s.printing, cancel_gate=s.cancel_gate)

        def catalogue() -> Screen:
            from kiosk_app.ui.screens.catalogue import CatalogueScreen
            return CatalogueScreen(s.member, visit, step_up=s.settings.step_up_otp)

        def points() -> Screen:
            from kiosk_app.ui.screens.points_history import PointsScreen
            return PointsScreen(s.member, visit)

        def transfer() -> Screen:
            from kiosk_app.ui.screens.transfer import TransferScreen
            return TransferScreen(s.unsent)

        return {Route.ATTRACT: attract, Route.IDENTIFY: identify, Route.PHONE: phone,
                Route.HOME: home, Route.STAFF: staff, Route.ENROL: enrol,
                Route.HISTORY: history, Route.CATALOGUE: catalogue, Route.POINTS: points,
                Route.TRANSFER: transfer}

    @property
    def member(self) -> Identified | None:
        return self.visit.member

    @property
    def ready(self) -> bool:
        return self.till.working

    def resolve(self, route: Route) -> Route | None:
        """Every route passes here: staff routes need the unlocked staff gate, customer
        routes a signed-in kiosk, a member's routes a member; the attract screen ends the
        visit (whatever it showed goes)."""
        current = self.current_route
        if route is Route.BACK:
            route = (Route.STAFF if current in STAFF_ONLY
                     else Route.HOME if current in (Route.CATALOGUE, Route.POINTS)
                     and self.visit.view is not None
                     else Route.ATTRACT)
        if route is Route.FINISH:
            self.wipe()
            return None
        if route in STAFF_ONLY and not self.gate.unlocked:
            route = Route.STAFF
        if route is Route.EXIT:
            self.leave()
            return None
        if route in SIGNED_IN_ONLY and not self.ready:
            route = Route.ATTRACT
        if route in MEMBER_ONLY and self.visit.view is None:
            route = Route.ATTRACT
        if route is Route.ATTRACT and current is not None and current is not Route.ATTRACT:
            self.end_visit()
        if route in STAFF_ONLY or route is Route.STAFF:
            self.gate.touch()
        return route

    def shown(self, route: Route) -> None:
        if route is Route.ATTRACT:
            self.idle.stop()
            self.prompt.hide()
        else:
            self.idle.start()

    def _visit_changed(self) -> None:
        gift = self.visit.gift
        if gift is None:
            self.gift.hide()
        else:
            from kiosk_app.ui.screens.rewards import gift_card_text

            self.gift.text = gift_card_text(gift, self.till.currency_code)
            self.gift.retranslate_ui()
            self.gift.pop_up()
        for screen in self.screens.values():
            if screen.isVisible():
                screen.state_changed()

    def _more_time(self) -> None:
        self.prompt.hide()
        self.idle.poke()

    # --- signing in --------------------------------------------------------------------------

    def sign_in(self) -> None:
        """The kiosk's own user (its password from a service credential, KIOSK_PASSWORD or
        the OS keyring, read inside the operation so any failure is said); a failure shows
        "out of order" and is retried every 30 s, a wrong setting says which one."""
        login, till = self.services.kiosk_login, self.till

        async def work() -> None:
            secret = login.password()
            if not login.login or not secret:
                raise MissingCredentials
            await till.sign_in(login.login, secret)
            till.choose_place(till.default_store(), till.cashdesk_number)

        def failed(exc: BaseException) -> bool:
            attract = self.screen(Route.ATTRACT)
            log.warning("kiosk sign-in failed: %s", type(exc).__name__)
            if isinstance(exc, MissingCredentials):
                attract.show_error(self.tr("Out of order: this kiosk has no CareCloud user or "
                                           "password set. Staff: see the installation guide."))
                return True  # nothing to retry until someone sets them
            if isinstance(exc, SetupError):  # a setting to correct, not a moment to wait
                attract.show_error(self.tr("Out of order: the store %1 in the settings is not "
                                           "in this CareCloud project. Staff: check store_id.")
                                   .replace("%1", till.store_id))
                return True
            attract.show_error(self.tr("Out of order for a moment: trying again shortly."))
            self.sign_in_timer.start()
            return True

        self.ops.run(work(), lambda _none: self.screen(Route.ATTRACT).clear_error(),
                     key="sign-in", on_error=failed, background=True)

    # --- scans at the kiosk --------------------------------------------------------------------

    def scan_context(self) -> Context:
        route = self.current_route
        if route in STAFF_ONLY or route is Route.STAFF:
            return Context.STAFF
        if self.current.takes_cards():
            return Context.JOINING
        return Context.MEMBER if self.visit.view is not None else Context.WELCOME

    def scanned(self, text: str) -> None:
        if self.ready:  # out of order: a scan does nothing
            super().scanned(text)

    def perform(self, action: Action, code: Scanned) -> None:
        match action:
            case Action.KIOSK_IDENTIFY:
                self._identify(code)
            case Action.KIOSK_SWITCH:
                if code.kind is not Kind.CUSTOMER_QR and self.visit.is_member_card(code.code):
                    self.current.show_info(self.tr("That is your card: you are signed in."))
                    return
                self._identify(code)
            case Action.GIFT_BALANCE:
                self._gift_card(code.code)
            case Action.KIOSK_CLAIM:
                self._claim(code)
            case Action.KIOSK_CLAIM_NEEDS_MEMBER:
                self.current.show_error(self.tr("First scan your loyalty card (or sign in with "
                                                "your phone), then scan the receipt."))
            case Action.TO_JOINING:
                self.current.take_card(code.code)
            case Action.FINISH_JOINING:
                self.current.show_error(self.tr("Scan your new card here, or finish joining "
                                                "first."))
            case Action.NOT_A_CODE:
                self.current.show_error(self.tr("This code is not a loyalty card. Scan your card "
                                                "or the QR code in our app."))
            case _:
                pass

    def _identify(self, code: Scanned) -> None:
        """A card or the app's QR: who it is, then their home (another shopper's visit
        ends first; the language they chose stays for them)."""
        if self.current_route is Route.ATTRACT:
            self.show_screen(Route.IDENTIFY)
        work = (self.visit.by_qr(code.code) if code.kind is Kind.CUSTOMER_QR
                else self.visit.by_card(code.code))
        self.ops.run(work, self.identified, key="identify", preempt=True)

    def _gift_card(self, code: str) -> None:
        def found(gift: m.GiftCardBalance | None) -> None:
            if gift is None:
                self.current.show_error(self.tr("This code is not a loyalty card. Scan your "
                                                "card or the QR code in our app."))
            else:
                self.visit.show_gift(gift)

        self.ops.run(self.visit.gift_card(code), found, key="gift", preempt=True)

    def identified(self, identified: Identified) -> None:
        if identified.refusal is Refusal.GIFT_CARD and identified.gift is not None:
            self.visit.show_gift(identified.gift)
            return
        if identified.view is None:
            why = {
                Refusal.CARD_UNKNOWN: self.tr("We do not know this card. Ask at the counter."),
                Refusal.CARD_BLOCKED: self.tr("This card cannot be used (blocked or expired). "
                                              "Ask at the counter."),
                Refusal.CARD_FREE: self.tr("This card has no member yet: ask at the counter "
                                           "to join."),
                Refusal.QR_INVALID: self.tr("This QR code has been used or has expired. Show "
                                            "a new one from the app."),
            }.get(identified.refusal or Refusal.CARD_UNKNOWN,
                  self.tr("We could not identify you. Try again."))
            self.current.show_error(why)
            return
        shown = self.visit.view
        if shown is not None and shown.customer_id != identified.view.customer_id:
            self.end_visit()  # another shopper: nothing of the last one stays
        self.visit.show(identified)
        self.show_screen(Route.HOME)

    def _enrolled(self, view: CustomerView) -> None:
        self.identified(Identified(view, None, "enrol"))

    def _claim(self, code: Scanned) -> None:
        """A receipt of a sale made without the card: its points go to the member on show
        (`assign-customer`; a repeated scan never credits twice)."""
        claim = code.claim
        if claim is None:
            return
        visit = self.visit
        member = visit.member

        def done(fresh: CustomerView) -> None:
            if visit.member is member:
                visit.rebought(fresh)
                self.current.show_info(self.tr("The points of that purchase are yours now."))

        def refused(exc: BaseException) -> bool:
            if claim_refused(exc):
                self.current.show_error(self.tr("This receipt's points cannot be claimed: "
                                                "they already belong to someone, or the sale "
                                                "was cancelled. Ask at the counter."))
                return True
            return False

        self.ops.run(visit.claim(*claim), done, key="claim", on_error=refused)

    # --- forgetting ----------------------------------------------------------------------------

    def end_visit(self) -> None:
        """The shopper walked away, finished, or went back to the start: cancel what is in
        flight, forget the member and everything every screen showed, lock staff
        functions, and start the next shopper in the kiosk's own language."""
        self.ops.cancel("identify")
        self.ops.cancel("claim")  # its answer belongs to the shopper who left
        self.ops.cancel("gift")
        self.visit.end()  # first: a screen that redraws from the visit finds it empty
        self.wipe_screens()
        self.prompt.hide()
        self.gift.hide()
        self.gate.lock()
        for route in STAFF_ONLY:  # rebuilt, empty, the next time staff open them
            if route is not Route.EXIT:
                self.drop(route)
        self.switch_language(self.till.home_language)

    def wipe(self) -> None:
        """Idle, Finish or *No, I am done*: the visit ends and the attract screen shows."""
        if self.current_route is Route.ATTRACT:
            self.end_visit()
        else:
            self.show_screen(Route.ATTRACT)  # leaving for it ends the visit

    # --- refusing to leave ---------------------------------------------------------------------

    def leave(self) -> None:
        """Staff only: the app really closes."""
        self.leaving = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.leaving:  # Alt+F4, a window manager's close: refused
            event.ignore()
            return
        QApplication.instance().removeEventFilter(self.idle)
        self.idle.stop()
        self.sign_in_timer.stop()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized() \
                and not self.leaving:
            QTimer.singleShot(0, self.show_kiosk)  # minimising is refused too
        elif event.type() == QEvent.Type.LanguageChange:
            self.prompt.retranslate_ui()
            self.gift.retranslate_ui()

    def show_first(self) -> None:
        self.show_kiosk()

    def close_for_good(self) -> None:
        self.leave()

    def show_kiosk(self) -> None:
        if self.fullscreen:
            self.showFullScreen()
        else:
            self.showNormal()

    def show_unexpected(self, exc: BaseException) -> None:
        """No dialog a shopper could be stuck in: log it, say so briefly, start over."""
        log.error("unexpected: %s", type(exc).__name__, exc_info=exc)
        self.wipe()
        self.screen(Route.ATTRACT).show_error(self.tr("Something went wrong; please start "
                                                      "again."))
