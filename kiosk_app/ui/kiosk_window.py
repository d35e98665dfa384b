"""The self-service kiosk: fullscreen and frameless, signed in unattended with the kiosk's
own least-privilege CareCloud user, a customer flow (attract → identify → home) that
forgets the customer when they walk away, and staff functions behind the staff PIN.

Closing, minimising and leaving are refused unless staff chose *Close the kiosk app*."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk_app.printer import Printing
from kiosk_app.services.staff import StaffGate
from kiosk_app.ui.idle import IdleWatch
from kiosk_app.ui.operations import Operations
from kiosk_app.ui.screens.base import Screen, button
from kiosk_app.ui.screens.kiosk_attract import AttractScreen
from kiosk_app.ui.widgets.touch import discard

if TYPE_CHECKING:
    from kiosk_app.services.checkout import CheckoutService
    from kiosk_app.services.kiosk import Identified, KioskService
    from kiosk_app.ui.i18n import Languages
    from kiosk_app.ui.scanner import ScannerFilter
    from kiosk_app.ui.theme import Theme

log = logging.getLogger(__name__)
STAFF_ONLY = ("history", "transfer", "exit")
RETRY_SIGN_IN_MS = 30_000


class MissingCredentials(Exception):
    """The kiosk has no CareCloud user or password configured."""


class IdlePrompt(QFrame):
    """ "Need more time?" over the screen, with the seconds left and a large button."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, objectName="popup")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.question = QLabel(self)
        self.question.setProperty("role", "title")
        self.countdown = QLabel(self)
        self.countdown.setProperty("role", "total")
        self.countdown.setWordWrap(True)
        self.question.setWordWrap(True)
        self.more_button = button(self, role="primary")
        self.done_button = button(self)
        for widget in (self.question, self.countdown, self.more_button, self.done_button):
            layout.addWidget(widget)
        self.left = 0
        self.hide()

    def retranslate_ui(self) -> None:
        self.question.setText(self.tr("Need more time?"))
        self.countdown.setText(self.tr("This screen closes in %1 s to protect your "
                                       "account.").replace("%1", str(self.left)))
        self.countdown.setAccessibleName(self.countdown.text())
        self.more_button.setText(self.tr("Yes, I need more time"))
        self.done_button.setText(self.tr("No, I am done"))

    def show_left(self, seconds: int) -> None:
        self.left = seconds
        self.retranslate_ui()
        if not self.isVisible():
            self.adjustSize()
            parent = self.parentWidget()
            self.setFixedWidth(min(640, parent.width() - 32))
            self.adjustSize()
            self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 3)
            self.raise_()
            self.show()
            self.more_button.setFocus()


class KioskWindow(QMainWindow):
    closed = Signal()

    def __init__(self, *, languages: Languages, theme: Theme, scanner: ScannerFilter | None,
                 language_codes: list[str], idle_ms: int = 60_000, warning_ms: int = 20_000,
                 staff_pin_hash: str = "", staff_lock_s: float = 120.0,
                 fullscreen: bool = True, export_dir: str = "", step_up_otp: bool = True
                 ) -> None:
        super().__init__()
        from PySide6.QtCore import Qt  # not at import: Qt's enums cost start-up time

        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, fullscreen)
        self.languages, self.theme, self.scanner = languages, theme, scanner
        self.home_language = languages.current  # each shopper starts in the kiosk's own
        self.fullscreen = fullscreen
        if not export_dir:  # exports of a kiosk go here (staff only), never a file dialog
            from kiosk_app.config import default_export_dir

            export_dir = str(default_export_dir())
        self.export_dir = export_dir
        self.step_up_otp = step_up_otp
        self.source_id = "src-kiosk"  # CareCloud's customer source of members who join here
        self.printing = Printing()  # the receipt printer (History's reprints), from the settings
        self.cancel_gate: StaffGate | None = None  # `cancel_needs_staff_pin`: the staff gate
        self.leaving = False  # only staff's "Close the kiosk app" sets it
        self.service: CheckoutService | None = None
        self.kiosk: KioskService | None = None
        self.sender: Any = None
        self.member: Identified | None = None
        self.gate = StaffGate(staff_pin_hash, staff_lock_s)
        self.ops = Operations(show_error=lambda text: self.current.show_error(text),
                              clear_error=lambda: None, unexpected=self.show_unexpected,
                              owner=self)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.screens: dict[str, Screen] = {}
        self.factories: dict[str, Callable[[], Screen]] = {}
        self._add("attract", AttractScreen(language_codes, self))
        for code, chosen in self.screens["attract"].language_buttons.items():  # type: ignore[attr-defined]
            chosen.clicked.connect(lambda _=False, c=code: self.switch_language(c))
        self.idle = IdleWatch(self, idle_ms=idle_ms, warning_ms=warning_ms)
        self.prompt = IdlePrompt(self)
        self.prompt.more_button.clicked.connect(self._more_time)
        self.prompt.done_button.clicked.connect(self.wipe)
        self.idle.warning.connect(self.prompt.show_left)
        self.idle.resumed.connect(self.prompt.hide)
        self.idle.expired.connect(self.wipe)
        QApplication.instance().installEventFilter(self.idle)
        self.sign_in_timer = QTimer(self, singleShot=True, interval=RETRY_SIGN_IN_MS)
        if scanner is not None:
            scanner.accept_text = True
            scanner.scanned.connect(self.on_scanned)
            scanner.scanned_text.connect(self.on_scanned_text)
        self.theme.changed.connect(lambda: self.theme.decorate(self))
        self.theme.decorate(self)
        self.show_screen("attract")
        self.resize(1024, 768)

    # --- wiring ---------------------------------------------------------------------------------

    def attach(self, service: CheckoutService, kiosk: KioskService, *, login: str,
               password: Callable[[], str | None], store_id: str, cashdesk_number: int,
               sender: Any = None) -> None:
        """The services, once built; then sign in unattended with the kiosk's user."""
        from kiosk_app.ui.screens.kiosk_home import HomeScreen
        from kiosk_app.ui.screens.kiosk_identify import IdentifyScreen
        from kiosk_app.ui.screens.kiosk_phone import PhoneScreen
        from kiosk_app.ui.screens.kiosk_staff import StaffScreen

        self.service, self.kiosk, self.sender = service, kiosk, sender
        self._add("identify", IdentifyScreen(self))
        self._add("phone", PhoneScreen(kiosk, self.identified, self))
        self._add("home", HomeScreen(self))
        self._add("staff", StaffScreen(self.gate, self))
        from kiosk_app.services.enrolment import Enrolment
        from kiosk_app.services.kiosk import Identified
        from kiosk_app.ui.screens.enrol import EnrolScreen

        enrol = EnrolScreen(lambda: Enrolment(service, customer_source_id=self.source_id), self,
                            kiosk=True)
        enrol.enrolled.connect(lambda view: self.identified(Identified(view, None, "enrol")))
        self._add("enrol", enrol)
        self.factories["history"] = self._history
        self.factories["catalogue"] = self._catalogue
        self.factories["points"] = self._points
        self.factories["transfer"] = self._transfer
        self._credentials = (login, password, store_id, cashdesk_number)
        self.sign_in_timer.timeout.connect(self.sign_in)
        self.sign_in()

    def _history(self) -> Screen:
        from kiosk_app.ui.screens.history import HistoryScreen

        assert self.service is not None
        return HistoryScreen(self.service, self, printing=lambda: self.printing,
                             cancel_gate=lambda: self.cancel_gate)

    def _catalogue(self) -> Screen:
        from kiosk_app.services.member import MemberService
        from kiosk_app.ui.screens.catalogue import CatalogueScreen

        assert self.service is not None
        return CatalogueScreen(MemberService(self.service), self._member_view, self._rebought,
                               self, step_up=self.step_up_otp)

    def _points(self) -> Screen:
        from kiosk_app.services.member import MemberService
        from kiosk_app.ui.screens.points_history import PointsScreen

        assert self.service is not None
        return PointsScreen(MemberService(self.service), self._member_view, self)

    def _member_view(self) -> Any:
        return self.member.view if self.member is not None else None

    def _rebought(self, view: Any) -> None:
        """The member read again after buying: fewer points, the new voucher on home."""
        from dataclasses import replace

        if self.member is not None:
            self.member = replace(self.member, view=view)
            self.screens["home"].set_member(view)  # type: ignore[attr-defined]

    def _transfer(self) -> Screen:
        from kiosk_app.ui.screens.transfer import TransferScreen

        assert self.service is not None and self.sender is not None
        return TransferScreen(self.service.outbox, self.sender.wake, self,
                              export_dir=self.export_dir)

    def _add(self, name: str, screen: Screen) -> None:
        screen.setObjectName(name)
        screen.go.connect(self.show_screen)
        screen.unexpected.connect(self.show_unexpected)
        self.stack.addWidget(screen)
        self.screens[name] = screen
        self.theme.decorate(screen)

    def sign_in(self) -> None:
        """The kiosk's own user (its password from a service credential, KIOSK_PASSWORD or
        the OS keyring, read inside the operation so any failure is said); a failure shows
        "out of order" and is retried every 30 s, a wrong setting says which one."""
        assert self.service is not None
        login, password, store_id, cashdesk = self._credentials
        attract = self.screens["attract"]
        service = self.service

        async def work() -> None:
            secret = password()
            if not login or not secret:
                raise MissingCredentials
            reference = await service.sign_in(login, secret)
            user_store = service.user.store_id if service.user else None
            chosen = store_id or user_store or reference.stores[0].store_id
            service.choose_place(chosen, cashdesk)

        def failed(exc: BaseException) -> bool:
            from kiosk_app.services.checkout import SetupError

            log.warning("kiosk sign-in failed: %s", type(exc).__name__)
            if isinstance(exc, MissingCredentials):
                attract.show_error(self.tr("Out of order: this kiosk has no CareCloud user or "
                                           "password set. Staff: see the installation guide."))
                return True  # nothing to retry until someone sets them
            if isinstance(exc, SetupError):  # a setting to correct, not a moment to wait
                attract.show_error(self.tr("Out of order: the store %1 in the settings is not "
                                           "in this CareCloud project. Staff: check store_id.")
                                   .replace("%1", store_id))
                return True
            attract.show_error(self.tr("Out of order for a moment: trying again shortly."))
            self.sign_in_timer.start()
            return True

        self.ops.run(work(), lambda _none: attract.clear_error(), key="sign-in",
                     on_error=failed, background=True)

    @property
    def ready(self) -> bool:
        return self.service is not None and self.service.place is not None

    # --- navigation -----------------------------------------------------------------------------

    @property
    def current(self) -> Screen:
        return self.stack.currentWidget()  # type: ignore[return-value]

    @property
    def current_name(self) -> str:
        return self.current.objectName()

    def show_screen(self, name: str) -> None:
        """Every route passes here: staff routes need the unlocked staff gate, customer
        routes a signed-in kiosk."""
        if name == "back":
            name = ("staff" if self.current_name in STAFF_ONLY
                    else "home" if self.current_name in ("catalogue", "points") and self.member
                    else "attract")
        if name == "finish":
            self.wipe()
            return
        if name in STAFF_ONLY and not self.gate.unlocked:
            name = "staff"
        if name == "exit":
            self.leave()
            return
        if name in ("identify", "phone", "enrol") and not self.ready:
            name = "attract"
        if name in ("home", "catalogue", "points") and self.member is None:
            name = "attract"
        if name not in self.screens:
            if name not in self.factories:
                return
            self._add(name, self.factories[name]())
        if name in STAFF_ONLY or name == "staff":
            self.gate.touch()
        screen = self.screens[name]
        self.stack.setCurrentWidget(screen)
        screen.entered()
        if name == "attract":
            self.idle.stop()
            self.prompt.hide()
        else:
            self.idle.start()

    def _more_time(self) -> None:
        self.prompt.hide()
        self.idle.poke()

    # --- identification -------------------------------------------------------------------------

    def on_scanned(self, code: str) -> None:
        """A card at any customer screen (a new card replaces the one on show)."""
        from kiosk_app.services.scan import looks_like_card_number

        if self.kiosk is None or not self.ready or self.current_name in (*STAFF_ONLY, "staff"):
            return
        if self.current.scanned(code):  # e.g. the card a new member joins with
            return
        if not looks_like_card_number(code):
            self.current.show_error(self.tr("This code is not a loyalty card. Scan your card "
                                            "or the QR code in our app."))
            return
        if self.member is not None:
            self.wipe(show_attract=False)
        if self.current_name == "attract":
            self.show_screen("identify")
        self.ops.run(self.kiosk.by_card(code), self.identified, key="identify", preempt=True)

    def on_scanned_text(self, text: str) -> None:
        """The mobile app's one-time QR code, or a receipt's claim-the-points QR."""
        if self.kiosk is None or not self.ready or self.current_name in (*STAFF_ONLY, "staff"):
            return
        from kiosk_app.services.receipt import parse_claim_code

        claim = parse_claim_code(text)
        if claim is not None:
            self.claim(*claim)
            return
        if self.member is not None:
            self.wipe(show_attract=False)
        if self.current_name == "attract":
            self.show_screen("identify")
        self.ops.run(self.kiosk.by_qr(text), self.identified, key="identify", preempt=True)

    def identified(self, identified: Identified) -> None:
        from kiosk_app.services.kiosk import Refusal

        if identified.refusal is Refusal.GIFT_CARD and identified.gift is not None:
            from kiosk_app.ui.screens.rewards import gift_card_text

            place = self.service.place if self.service else None
            self.current.show_info(gift_card_text(identified.gift,
                                                  place.currency.code if place else ""))
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
        self.member = identified
        home = self.screens["home"]
        home.set_member(identified.view)  # type: ignore[attr-defined]
        self.show_screen("home")

    def claim(self, store_id: str, bill_id: str) -> None:
        """A receipt of a sale made without the card: its points go to the member on show
        (`assign-customer`; a repeated scan never credits twice)."""
        view = self.member.view if self.member is not None else None
        if view is None or not view.customer_id or self.service is None:
            self.current.show_error(self.tr("First scan your loyalty card (or sign in with "
                                            "your phone), then scan the receipt."))
            return
        service, member = self.service, self.member

        async def work() -> object:
            await service.client.assign_purchase_customer(store_id, bill_id,
                                                          customer_id=view.customer_id)
            return await service.reload_customer(view)

        def done(fresh: object) -> None:
            if self.member is member:
                self._rebought(fresh)
                self.current.show_info(self.tr("The points of that purchase are yours now."))

        def refused(exc: BaseException) -> bool:
            from kiosk_app.api.errors import BadRequest, NotFound

            if isinstance(exc, BadRequest | NotFound):
                self.current.show_error(self.tr("This receipt's points cannot be claimed: "
                                                "they already belong to someone, or the sale "
                                                "was cancelled. Ask at the counter."))
                return True
            return False

        self.ops.run(work(), done, key="claim", on_error=refused)

    # --- forgetting ---------------------------------------------------------------------------

    def wipe(self, *, show_attract: bool = True) -> None:
        """The customer walked away (or finished): cancel what is in flight, drop the member,
        clear every screen that showed them, lock staff functions."""
        self.ops.cancel("identify")
        self.ops.cancel("claim")  # its answer belongs to the shopper who left
        for screen in self.screens.values():
            screen.cancel_tasks()
            screen.clear_error()
            wipe = getattr(screen, "wipe", None)
            if wipe is not None:
                wipe()
        self.member = None
        self.prompt.hide()
        self.gate.lock()
        for name in STAFF_ONLY:  # rebuilt, empty, the next time staff open them
            screen = self.screens.pop(name, None)
            if screen is not None:
                self.stack.removeWidget(screen)
                discard(screen)
        if self.languages.current != self.home_language:
            self.switch_language(self.home_language)
        if show_attract:
            self.show_screen("attract")

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
        self.ops.cancel()
        for screen in self.screens.values():
            screen.cancel_tasks()
        self.closed.emit()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized() \
                and not self.leaving:
            QTimer.singleShot(0, self.show_kiosk)  # minimising is refused too
        elif event.type() == QEvent.Type.LanguageChange:
            self.prompt.retranslate_ui()

    def show_kiosk(self) -> None:
        if self.fullscreen:
            self.showFullScreen()
        else:
            self.showNormal()

    def show_unexpected(self, exc: BaseException) -> None:
        """No dialog a shopper could be stuck in: log it, say so briefly, start over."""
        log.error("unexpected: %s", type(exc).__name__, exc_info=exc)
        self.wipe()
        self.screens["attract"].show_error(self.tr("Something went wrong; please start again."))

    def switch_language(self, code: str) -> None:
        self.languages.switch(code)
        if self.service is not None:
            self.service.client.language = self.languages.api_language
