"""The main window: a stack of screens, the customer panel, the scanner, Esc for back."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk_app.api.masking import mask_value
from kiosk_app.printer import Printing
from kiosk_app.services.connectivity import Connectivity, Reach
from kiosk_app.services.scan import looks_like_card_number
from kiosk_app.ui.format import moment_time
from kiosk_app.ui.i18n import LANGUAGES, Languages
from kiosk_app.ui.operations import Operations
from kiosk_app.ui.screens.base import Screen, button
from kiosk_app.ui.theme import Theme
from kiosk_app.ui.widgets.display_menu import DisplayMenu
from kiosk_app.ui.widgets.language_picker import LanguagePicker
from kiosk_app.ui.widgets.touch import ElidedLabel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from kiosk_app.services.checkout import CheckoutService
    from kiosk_app.services.outbox import Entry
    from kiosk_app.services.sender import OutboxSender
    from kiosk_app.services.session import CheckoutSession
    from kiosk_app.services.staff import StaffGate
    from kiosk_app.ui.scanner import ScannerFilter
    from kiosk_app.ui.widgets.customer_panel import CustomerPanel

log = logging.getLogger(__name__)
NARROW_BELOW = 1200  # px: below this the customer panel is a strip above the screens


class Screens(dict[str, Screen]):
    """The window's screens, each built (and its module imported) when first needed, so the
    sign-in window appears without building or importing the other nine."""

    def __init__(self, factories: dict[str, Callable[[], Screen]],
                 adopt: Callable[[Screen], None]) -> None:
        super().__init__()
        self.factories = factories
        self._adopt = adopt

    def __missing__(self, name: str) -> Screen:
        screen = self.factories[name]()
        self[name] = screen
        self._adopt(screen)
        return screen


class MainWindow(QMainWindow):
    closed = Signal()
    outbox_changed = Signal()  # emitted from any thread; delivered on the UI thread
    reach_changed = Signal()
    delivered = Signal(object)  # an outbox Entry that reached CareCloud

    def __init__(self, service: CheckoutService, session: CheckoutSession, *,
                 sender: OutboxSender | None = None, connectivity: Connectivity | None = None,
                 scanner: ScannerFilter | None = None, store_id: str = "",
                 cashdesk_number: int = 1, demo_hint: tuple[str, str] | None = None,
                 otp_cooldown_s: int = 30, languages: Languages | None = None,
                 theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: CheckoutService | None = None  # attached (see `attach`)
        self.session: CheckoutSession | None = None
        self.sender: OutboxSender | None = None
        self.connectivity: Connectivity | None = None
        if languages is None:  # standalone (tests): English with its plural forms
            languages = Languages(self)
            languages.switch("en")
        self.languages = languages
        if theme is None:  # standalone: the standard look, not remembered
            theme = Theme(QApplication.instance())
            theme.apply()
        self.theme = theme
        self.cashier_language = self.languages.current
        self.trail: list[str] = []  # where Back leads
        self.source_id = "src-counter"  # CareCloud's customer source of members who join here
        self.printing = Printing()  # the receipt printer, from the settings (composition root)
        # the staff PIN History's Cancel purchase asks for (`cancel_needs_staff_pin`); None:
        # the signed-in cashier's own login is the role recorded
        self.cancel_gate: StaffGate | None = None
        self.sandbox = demo_hint is not None
        self.narrow: bool | None = None  # the layout for the width (see `_fit`)
        self.resize(1280, 800)
        central = QWidget(self, objectName="central")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header(central))
        self.stack = QStackedWidget(central)
        self._panel: CustomerPanel | None = None  # built for the first customer
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(0)
        self.body.addWidget(self.stack, 1)
        outer.addLayout(self.body, 1)
        self.setCentralWidget(central)
        self.screens = Screens(self._factories(store_id=store_id,
                                               cashdesk_number=cashdesk_number,
                                               demo_hint=demo_hint,
                                               otp_cooldown_s=otp_cooldown_s), self._adopt)
        self.ops = Operations(show_error=lambda text: self.current.show_error(text),
                              clear_error=lambda: None, unexpected=self.show_unexpected,
                              owner=self)
        self.online_label, self.unsent_label = QLabel(self), ElidedLabel(self)
        self.statusBar().addWidget(self.online_label)
        self.statusBar().addPermanentWidget(self.unsent_label)
        self.statusBar().setSizeGripEnabled(False)
        self.outbox_changed.connect(self.update_status)
        self.reach_changed.connect(self._reach_changed)
        self.delivered.connect(self._delivered)
        self.age_timer = QTimer(self, interval=15_000)
        self.age_timer.timeout.connect(self.update_status)
        self.error_dialog: QMessageBox | None = None
        self.sign_out_box: QMessageBox | None = None
        QShortcut(QKeySequence("Esc"), self, activated=lambda: self.current.back())
        if scanner is not None:
            scanner.scanned.connect(self.on_scanned)
        self.theme.changed.connect(self._restyled)
        self.retranslate_ui()
        self.show_screen("sign_in")
        self._restyled()
        if service is not None and session is not None:
            self.attach(service, session, sender=sender, connectivity=connectivity)

    def _build_header(self, parent: QWidget) -> QFrame:
        """Which till this is and who works it; the actions that are always at hand."""
        header = QFrame(parent, objectName="header")
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 12, 8)
        row.setSpacing(8)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.heading = ElidedLabel(header)
        self.heading.setProperty("role", "brand")
        self.who = ElidedLabel(header)
        self.who.setProperty("role", "muted")
        names.addWidget(self.heading)
        names.addWidget(self.who)
        row.addLayout(names, 1)

        def header_button(icon: str, *, role: str = "") -> QPushButton:
            made = button(header, role=role, icon=icon)
            made.setProperty("on_header", True)
            row.addWidget(made)
            return made

        self.new_button = header_button("user", role="primary")
        self.history_button = header_button("history")
        self.transfer_button = header_button("outbox")
        self.language_picker = LanguagePicker(
            {code: LANGUAGES[code] for code in self.languages.available()},
            self.languages.current, header)
        self.language_picker.setProperty("icon_name", "globe")
        self.language_picker.setProperty("on_header", True)
        self.language_picker.chosen.connect(
            lambda code: self.switch_language(code, by_cashier=True))
        row.addWidget(self.language_picker)
        self.display_button = DisplayMenu(self.theme, header)
        self.display_button.setProperty("icon_name", "settings")
        self.display_button.setProperty("on_header", True)
        self.display_button.about.connect(self.show_about)
        row.addWidget(self.display_button)
        self.sign_out_button = header_button("logout")
        self.new_button.clicked.connect(lambda: self.show_screen("new"))
        self.history_button.clicked.connect(lambda: self.show_screen("history"))
        self.transfer_button.clicked.connect(lambda: self.show_screen("transfer"))
        self.sign_out_button.clicked.connect(self.ask_sign_out)
        self.header = header
        return header

    @property
    def header_buttons(self) -> dict[QPushButton, tuple[str, str]]:
        """The header's buttons, each with its text and its accessible name (on a narrow
        window only the icon shows; the name and a tooltip still say what it does)."""
        language = self.language_picker.names.get(self.language_picker.current, "")
        texts = {self.new_button: self.tr("New customer"),
                 self.history_button: self.tr("History"),
                 self.transfer_button: self.tr("Unsent purchases"),
                 self.display_button: self.tr("Display"),
                 self.sign_out_button: self.tr("Sign out")}
        named = {widget: (text, text) for widget, text in texts.items()}
        named[self.language_picker] = (language,
                                       self.tr("Language: %1").replace("%1", language))
        return named

    def attach(self, service: CheckoutService, session: CheckoutSession, *,
               sender: OutboxSender | None = None, connectivity: Connectivity | None = None
               ) -> None:
        """The checkout's services, given once the first window is up (the composition root
        builds them after it has been painted, so start-up does not wait for their imports)."""
        self.service, self.session = service, session
        self.sender, self.connectivity = sender, connectivity
        for screen in self.screens.values():  # built before (the sign-in screen)
            screen.service = service  # type: ignore[attr-defined]
        session.subscribe(self._session_changed)
        service.outbox.subscribe(self.outbox_changed.emit)
        if connectivity is not None:
            connectivity.subscribe(lambda _state: self.reach_changed.emit())
        if sender is not None:
            sender.on_delivered(self.delivered.emit)
            sender.on_trouble(self.outbox_changed.emit)
        self.age_timer.start()
        self.update_status()
        self.refresh()

    @property
    def panel(self) -> CustomerPanel:
        """The customer panel, built when first needed (the sign-in window has none)."""
        if self._panel is None:
            from kiosk_app.ui.widgets.customer_panel import CustomerPanel

            panel = CustomerPanel(self.session, self)
            panel.validate_phone.connect(lambda: self.show_screen("otp"))
            panel.catalogue.connect(lambda: self.show_screen("catalogue"))
            panel.points_history.connect(lambda: self.show_screen("points"))
            panel.switch_language.connect(lambda code: self.switch_language(code))
            panel.more.connect(self._more_of_customer)
            panel.languages = self.languages
            self._panel = panel
            self._place_panel()
            self.theme.decorate(panel)
        return self._panel

    def _factories(self, *, store_id: str, cashdesk_number: int,
                   demo_hint: tuple[str, str] | None, otp_cooldown_s: int
                   ) -> dict[str, Callable[[], Screen]]:
        # every screen but sign-in is built after `attach`, so it gets the services
        def sign_in() -> Screen:
            from kiosk_app.ui.screens.sign_in import SignInScreen
            return SignInScreen(self.service, store_id=store_id,
                                cashdesk_number=cashdesk_number, demo_hint=demo_hint)

        def card() -> Screen:
            from kiosk_app.ui.screens.card_scan import CardScanScreen
            service, session = self._attached()
            return CardScanScreen(service, session)

        def lookup() -> Screen:
            from kiosk_app.ui.screens.lookup import LookupScreen
            service, session = self._attached()
            return LookupScreen(service, session)

        def otp() -> Screen:
            from kiosk_app.ui.screens.otp import OtpScreen
            service, session = self._attached()
            return OtpScreen(service, session, cooldown_s=otp_cooldown_s)

        def bill() -> Screen:
            from kiosk_app.ui.screens.bill import BillScreen
            service, session = self._attached()
            return BillScreen(service, session)

        def rewards() -> Screen:
            from kiosk_app.ui.screens.rewards import RewardsScreen
            service, session = self._attached()
            return RewardsScreen(service, session)

        def closure() -> Screen:
            from kiosk_app.ui.screens.closure import ClosureScreen
            service, session = self._attached()
            return ClosureScreen(service, session)

        def done() -> Screen:
            from kiosk_app.ui.screens.done import DoneScreen
            service, session = self._attached()
            return DoneScreen(service, session, printing=lambda: self.printing)

        def transfer() -> Screen:
            from kiosk_app.ui.screens.transfer import TransferScreen
            return TransferScreen(self._attached()[0].outbox, self._wake_sender)

        def history() -> Screen:
            from kiosk_app.ui.screens.history import HistoryScreen
            service, session = self._attached()
            return HistoryScreen(service, customer=lambda: session.customer,
                                 claimed=self._reload_customer, printing=lambda: self.printing,
                                 cancel_gate=lambda: self.cancel_gate)

        def enrol() -> Screen:
            from kiosk_app.services.enrolment import Enrolment
            from kiosk_app.ui.screens.enrol import EnrolScreen
            service, session = self._attached()
            screen = EnrolScreen(lambda: Enrolment(service, customer_source_id=self.source_id),
                                 kiosk=False, cooldown_s=otp_cooldown_s)
            screen.enrolled.connect(lambda view: (session.identify(
                view, view.card.card_number if view.card else None), self.show_screen("bill")))
            return screen

        def points() -> Screen:
            from kiosk_app.services.member import MemberService
            from kiosk_app.ui.screens.points_history import PointsScreen
            service, session = self._attached()
            return PointsScreen(MemberService(service), lambda: session.customer)

        def catalogue() -> Screen:
            from kiosk_app.services.member import MemberService
            from kiosk_app.ui.screens.catalogue import CatalogueScreen
            service, session = self._attached()
            return CatalogueScreen(MemberService(service), lambda: session.customer,
                                   session.refresh_customer, apply=self._apply_voucher)

        return {"sign_in": sign_in, "card": card, "lookup": lookup, "otp": otp, "bill": bill,
                "rewards": rewards, "closure": closure, "done": done, "transfer": transfer,
                "history": history, "catalogue": catalogue, "points": points, "enrol": enrol}

    def _reload_customer(self) -> None:
        """The customer's account changed elsewhere (points claimed): read it again."""
        view = self.session.customer if self.session else None
        if view is not None and view.customer_id:
            self.ops.run(self.service.reload_customer(view), self.session.refresh_customer,
                         key="reload-customer", preempt=True, background=True)

    def _apply_voucher(self, code: str) -> None:
        """A voucher just bought with points goes on the open bill, checked like a typed one."""
        self.show_screen("rewards")
        self.screens["rewards"].add_voucher(code)  # type: ignore[attr-defined]

    def _attached(self) -> tuple[CheckoutService, CheckoutSession]:
        if self.service is None or self.session is None:
            raise RuntimeError("the checkout services are not attached yet")
        return self.service, self.session

    def _adopt(self, screen: Screen) -> None:
        self.stack.addWidget(screen)
        self.theme.decorate(screen)
        screen.go.connect(self.show_screen)
        screen.unexpected.connect(self.show_unexpected)

    @property
    def current(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    @property
    def current_name(self) -> str:
        return next(name for name, s in self.screens.items() if s is self.current)

    def retranslate_ui(self) -> None:
        title = self.tr("Loyalty kiosk")
        self.setWindowTitle(title + (self.tr(" · sandbox") if self.sandbox else ""))
        self.heading.set_full_text(title + (self.tr(" · sandbox") if self.sandbox else ""))
        self.language_picker.setAccessibleDescription(self.tr("The language of the screens"))
        self.display_button.setAccessibleDescription(self.tr("High contrast, large text, about"))
        self.sign_out_button.setAccessibleDescription(
            self.tr("Ends this cashier's session; the next cashier signs in"))
        self.refresh()
        self.update_status()
        self._fit(force=True)

    # --- layout for the width -------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self, *, force: bool = False) -> None:
        """Below 1200 px the customer panel becomes a strip above the screens; header buttons
        show their text while it all fits, else icons (named for screen readers and with a
        tooltip) with *New customer* keeping its words as long as it can."""
        narrow = self.width() < NARROW_BELOW
        if narrow != self.narrow or force:
            self.narrow = narrow
            if self._panel is not None:
                self._place_panel()
        buttons = self.header_buttons
        for widget, (text, name) in buttons.items():
            widget.setText(text)
            widget.setToolTip(name)
            widget.setAccessibleName(name)
        shown = [w for w in buttons if not w.isHidden()]
        room = self.width() - min(self.heading.full_width(), 320) - 40 - 8 * len(shown)
        if sum(w.sizeHint().width() for w in shown) <= room:
            return
        # the main action keeps its words while the others fit as icons; else icons only
        for widget in buttons:
            if widget is not self.new_button:
                widget.setText("")
        if sum(w.sizeHint().width() for w in shown) > room:
            self.new_button.setText("")

    def _place_panel(self) -> None:
        panel = self._panel
        assert panel is not None
        self.body.removeWidget(panel)
        if self.narrow:
            self.body.setDirection(QBoxLayout.Direction.TopToBottom)
            self.body.insertWidget(0, panel)
        else:
            self.body.setDirection(QBoxLayout.Direction.LeftToRight)
            self.body.addWidget(panel)
        panel.set_strip(bool(self.narrow))

    def _restyled(self) -> None:
        """A new look (contrast, text size): icons in its colours, sizes measured again."""
        self.theme.decorate(self)
        self._fit(force=True)

    def _wake_sender(self) -> None:
        if self.sender is not None:
            self.sender.wake()

    def update_status(self) -> None:
        """Status bar: online or not, how many purchases are unsent and the oldest one's age."""
        if self.service is None:
            return  # attached after the first frame
        state = self.connectivity.state if self.connectivity else Reach.UNKNOWN
        if state is Reach.UNKNOWN:
            self.online_label.setText(self.tr("● Connecting…"))
        elif state is Reach.ONLINE:
            self.online_label.setText(self.tr("● Online"))
        else:
            self.online_label.setText(self.tr("● Offline: purchases are kept and sent later"))
        role = {Reach.ONLINE: "ok", Reach.UNKNOWN: ""}.get(state, "error")
        if self.online_label.property("role") != role:
            self.online_label.setProperty("role", role)
            self.online_label.style().polish(self.online_label)
        stats = self.service.outbox.stats()
        if stats.unsent == 0:
            text = self.tr("All purchases sent")
        else:
            minutes = int((time.time() - (stats.oldest_unsent_at or time.time())) // 60)
            text = self.tr("Unsent: %n purchase(s)", "", stats.unsent)
            text += " · " + self.tr("oldest %n min", "", minutes)
            if stats.manual:
                text += " · " + self.tr("%n need(s) manual transfer", "", stats.manual)
        if self.sender is not None and self.sender.trouble_at is not None:
            text += " · " + self.tr("⚠ sending restarted after an error at %1").replace(
                "%1", moment_time(self.sender.trouble_at))
        self.unsent_label.set_full_text(text)  # shortened to the room; whole in its tooltip
        for name in ("transfer", "history"):
            screen = self.screens.get(name)  # only a screen that was built can be showing
            if screen is not None and screen.isVisible():
                screen.refresh()  # type: ignore[attr-defined]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        """After the session changed: panel, header and which buttons make sense."""
        if self.service is None or self.session is None:
            return
        if self._panel is not None or self.session.customer is not None:
            self.panel.refresh()
        self._header()

    def _header(self) -> None:
        """Who works at which till, and which header actions make sense now."""
        if self.service is None:
            return
        place, user = self.service.place, self.service.user
        who = ""
        if place and user:
            name = " ".join(p for p in (user.first_name, user.last_name) if p) or user.login
            who = (self.tr("%1 · %2 · cash desk %3").replace("%1", name)
                   .replace("%2", place.store.name).replace("%3", str(place.cashdesk_number)))
        self.who.set_full_text(who)
        self.who.setVisible(bool(who))
        working = place is not None
        for widget in (self.new_button, self.history_button, self.transfer_button,
                       self.sign_out_button):
            if widget.isHidden() == working:
                widget.setVisible(working)
                QTimer.singleShot(0, self._fit)  # the header's room changed

    def _session_changed(self) -> None:
        self.refresh()
        self.current.session_changed()
        view = self.session.customer if self.session else None
        if view is not None and view.customer_id and view.cards_total is None \
                and not self.ops.running("cards"):  # the panel's card list, after the rest
            self.ops.run(self.service.with_cards(view), self.session.refresh_customer,
                         key="cards", background=True)

    def _reach_changed(self) -> None:
        self.update_status()
        if self.connectivity is not None and self.connectivity.online and "closure" in self.screens:
            self.screens["closure"].requote_if_needed()  # type: ignore[attr-defined]

    def _more_of_customer(self) -> None:
        view = self.session.customer
        if view is not None:
            self.ops.run(self.service.more_of_customer(view), self.session.refresh_customer,
                         key="more", disable=[self.panel.more_button], background=True)

    def _delivered(self, entry: Entry) -> None:
        """A sale or cancellation reached CareCloud: if it is this customer's, read them again."""
        view = self.session.customer
        if view is None or not view.customer_id:
            return
        receipt = self.session.receipt
        if receipt is not None and receipt.bill_id == entry.bill_id:
            return  # the sale on Done: its screen already reads the customer again
        request = entry.request
        if entry.kind == "cancel" and entry.original_bill_id:  # it names no card: the sale does
            with contextlib.suppress(ValueError):
                request = self.service.outbox.get(entry.original_bill_id).request
        cards = {card.card_number for card in view.cards}
        card = request.card_number or ""  # masked once delivered (the outbox keeps no more)
        if (request.customer_id == view.customer_id or card in cards
                or (card and card in {mask_value(number) for number in cards})):
            self._reload_customer()

    def show_screen(self, name: str) -> None:
        if name == "new":
            self.new_customer()
            return
        if name == "back":
            name = self.trail.pop() if self.trail else "card"
        elif self.stack.currentWidget() is not None and name != self.current_name:
            self.trail = [*self.trail[-9:], self.current_name]
        if name != "sign_in" and self.service.place is None:
            name = "sign_in"
        if name in ("card", "sign_in", "done"):
            self.trail.clear()  # a fresh start: nothing behind it to go back to
        if name == "card" and not self.session.bill.currency_id and self.service.place:
            self.session.start(self.service.place.currency.currency_id)
        screen = self.screens[name]
        self.stack.setCurrentWidget(screen)
        screen.entered()
        self._header()

    def switch_language(self, code: str, *, by_cashier: bool = False) -> None:
        """The whole UI at once, the API's Accept-Language with it; nothing typed is lost."""
        if by_cashier:
            self.cashier_language = code
        if code == self.languages.current or not self.languages.switch(code):
            return
        if self.service is not None:
            self.service.client.language = self.languages.api_language
        self.language_picker.set_current(code)
        self._fit()
        self.refresh_server_texts()

    def refresh_server_texts(self) -> None:
        """Names and messages from CareCloud follow the new language: ask for them again."""
        if self.service is None or self.service.place is None:
            return

        # a failure is explained on the current screen; the session's intents redraw the rest
        self.current.run(self.service.refresh_texts(self.session), key="texts", preempt=True,
                         background=True)
        refresh = getattr(self.current, "refresh_server_texts", None)
        if refresh is not None:
            refresh()

    def new_customer(self) -> None:
        """Forget the customer, bill, rewards and input; keep the cashier signed in."""
        for screen in self.screens.values():
            screen.cancel_tasks()
            screen.clear_error()
        self.ops.cancel()
        self._release_hold()
        if self.service.place:
            self.session.start(self.service.place.currency.currency_id)
        if self.languages.current != self.cashier_language:
            self.switch_language(self.cashier_language)  # the cashier's language comes back
        self.show_screen("card")

    def _release_hold(self) -> None:
        """An abandoned bill gives back the points held for it (another till may use them)."""
        if self.service is not None and self.session is not None:
            self.service.release_hold_soon(self.session.bill_id)

    def on_scanned(self, code: str) -> None:
        screen, name = self.current, self.current_name
        if name == "sign_in":
            screen.show_error(self.tr("Sign in first, then scan."))
            return
        target = getattr(screen, "scan_target", None)
        if target is not None:  # e.g. a voucher scanned at closure: checked on Rewards
            self.show_screen(target)
            screen = self.current
        if screen.scanned(code):
            return
        if looks_like_card_number(code):
            if name == "done":
                self.new_customer()
            self.show_screen("card")
            self.current.scanned(code)

    def ask_sign_out(self) -> None:
        """Sign out, at once if nothing is open; with an open bill only after asking."""
        from PySide6.QtWidgets import QMessageBox  # not at import: start-up time

        if self.session is not None and self.session.bill.lines:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sign out"),
                              self.tr("A bill is open. Sign out and discard it?"),
                              QMessageBox.StandardButton.NoButton, self)
            discard = box.addButton(self.tr("Sign out and discard"),
                                    QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(self.tr("Keep the bill"), QMessageBox.ButtonRole.RejectRole)
            discard.setAccessibleName(discard.text())
            keep.setAccessibleName(keep.text())
            box.setDefaultButton(keep)
            box.buttonClicked.connect(lambda chosen: self.sign_out() if chosen is discard
                                      else None)
            box.open()
            self.sign_out_box = box
            return
        self.sign_out()

    def sign_out(self) -> None:
        """The next cashier starts from the sign-in screen; nothing of this one is kept on
        screen (customer, bill, typed text). Unsent purchases stay in the outbox."""
        if self.service is None or self.session is None:
            return
        for screen in self.screens.values():
            screen.cancel_tasks()
            screen.clear_error()
        self.ops.cancel()
        service, bill_id = self.service, self.session.bill_id
        self.session.start(service.place.currency.currency_id if service.place else "")
        service.place = None

        async def leave() -> None:
            await service.release_hold(bill_id)  # while still signed in
            await service.sign_out()

        self.ops.run(leave(), key="sign-out", background=True,
                     on_error=lambda _exc: True)  # a token left on the server simply expires
        if self.languages.current != self.cashier_language:
            self.switch_language(self.cashier_language)
        self.screens["sign_in"].reset()  # type: ignore[attr-defined]
        self.show_screen("sign_in")

    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtWidgets import QMessageBox

        from kiosk_app import __version__

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About"),
                          self.tr("Loyalty kiosk %1\nA CareCloud loyalty front-end.\n"
                                  "PySide6 %2").replace("%1", __version__)
                          .replace("%2", pyside_version), QMessageBox.StandardButton.Ok, self)
        box.open()
        self.about_box = box

    def show_unexpected(self, exc: BaseException) -> None:
        """An error nobody foresaw: say so in a dialog rather than only in a log."""
        from PySide6.QtWidgets import QMessageBox  # not at import: start-up time

        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Unexpected error"),
                          self.tr("Something unexpected happened. The current step was stopped; "
                                  "nothing was sent twice. Try again, and tell support if it "
                                  "happens again.\n\n%1").replace("%1", type(exc).__name__),
                          QMessageBox.StandardButton.Ok, self)
        box.open()
        self.error_dialog = box

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter confirms: the screen's main action, unless a text field handles it itself."""
        from PySide6.QtCore import Qt  # not at import: Qt's enums cost start-up time
        from PySide6.QtWidgets import QAbstractSpinBox

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
                QApplication.focusWidget(), QLineEdit | QAbstractSpinBox):
            self.current.default_action()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ops.cancel()
        for screen in self.screens.values():
            screen.cancel_tasks()
        self.closed.emit()
        super().closeEvent(event)
