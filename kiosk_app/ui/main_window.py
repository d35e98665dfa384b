"""The counter's window: a header with who works where, the customer panel, the screens of a
sale, the status bar — and what a scan does at the counter (`domain.scan_policy`)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk_app.domain.codes import Kind, Scanned
from kiosk_app.domain.scan_policy import Action, Context, decide
from kiosk_app.ui.format import moment_time, short_name
from kiosk_app.ui.i18n import LANGUAGES, Languages
from kiosk_app.ui.routes import Route
from kiosk_app.ui.scanner import ScannerFilter
from kiosk_app.ui.screens.base import Screen, button
from kiosk_app.ui.shell import TAP_GUARD_MS, Shell
from kiosk_app.ui.text import label, tip
from kiosk_app.ui.theme import Theme
from kiosk_app.ui.widgets.display_menu import DisplayMenu
from kiosk_app.ui.widgets.language_picker import LanguagePicker
from kiosk_app.ui.widgets.touch import ElidedLabel

if TYPE_CHECKING:
    from kiosk_app.app.counter import CounterVisit
    from kiosk_app.app.services import Services
    from kiosk_app.domain.checkout import CustomerView
    from kiosk_app.domain.reference import CardResult
    from kiosk_app.ui.screens.card_scan import CardScanScreen
    from kiosk_app.ui.screens.closure import ClosureScreen
    from kiosk_app.ui.screens.rewards import RewardsScreen
    from kiosk_app.ui.screens.sign_in import SignInScreen
    from kiosk_app.ui.widgets.customer_panel import CustomerPanel

log = logging.getLogger(__name__)
NARROW_BELOW = 1200  # px: below this the customer panel is a strip above the screens
FRESH_START = (Route.CARD, Route.SIGN_IN, Route.DONE)  # nothing behind them to go back to


class MainWindow(Shell):
    outbox_changed = Signal()  # emitted from any thread; delivered on the UI thread
    reach_changed = Signal()

    def __init__(self, services: Services, *, languages: Languages, theme: Theme,
                 scanner: ScannerFilter | None, tap_guard_ms: int = TAP_GUARD_MS,
                 arm_ms: int | None = None, clock: Callable[[], float] = time.monotonic
                 ) -> None:
        super().__init__(services, languages=languages, theme=theme, scanner=scanner,
                         tap_guard_ms=tap_guard_ms, clock=clock)
        self.arm_ms = arm_ms  # how long Confirm waits after the amounts appear (None: default)
        self.sandbox = services.demo is not None
        self.narrow: bool | None = None  # the layout for the width (see `_fit`)
        self.resize(1280, 800)
        central = QWidget(self, objectName="central")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header(central))
        self._panel: CustomerPanel | None = None  # built for the first customer
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(0)
        self.body.addWidget(self.stack, 1)
        outer.addLayout(self.body, 1)
        self.setCentralWidget(central)
        self.online_label, self.unsent_label = label(self), ElidedLabel(self)
        self.statusBar().addWidget(self.online_label)
        self.statusBar().addPermanentWidget(self.unsent_label)
        self.statusBar().setSizeGripEnabled(False)
        self.outbox_changed.connect(self.update_status)
        self.reach_changed.connect(self._reach_changed)
        self.listen(self.till.subscribe(self._header))
        self.age_timer = QTimer(self, interval=15_000)
        self.age_timer.timeout.connect(self.update_status)
        self.status_shown = False  # the outbox is first read once the services run
        self.theme.changed.connect(self._restyled)
        self.retranslate_ui()
        self.show_screen(Route.SIGN_IN)
        self._restyled()

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
        self.language_picker.chosen.connect(lambda code: self.switch_language(code, home=True))
        row.addWidget(self.language_picker)
        self.display_button = DisplayMenu(self.theme, header)
        self.display_button.setProperty("icon_name", "settings")
        self.display_button.setProperty("on_header", True)
        self.display_button.about.connect(self.show_about)
        row.addWidget(self.display_button)
        self.sign_out_button = header_button("logout")
        self.new_button.clicked.connect(lambda: self.show_screen(Route.NEW))
        self.history_button.clicked.connect(lambda: self.show_screen(Route.HISTORY))
        self.transfer_button.clicked.connect(lambda: self.show_screen(Route.TRANSFER))
        self.sign_out_button.clicked.connect(self.ask_sign_out)
        self.header = header
        return header

    @property
    def visit(self) -> CounterVisit:
        """The counter visit (made once the first window is painted: `Services`)."""
        return self.services.counter

    def started(self) -> None:
        """The services run (the first window is painted): watch the sale, the outbox and
        the connection from now on."""
        services = self.services
        self.listen(services.unsent.subscribe(self.outbox_changed.emit))
        self.listen(services.connectivity.subscribe(lambda _state: self.reach_changed.emit()))
        self.listen(self.visit.subscribe(self._sale_changed))
        self.status_shown = True
        self.age_timer.start()
        self.update_status()

    @property
    def header_buttons(self) -> dict[QWidget, tuple[str, str]]:
        """The header's buttons, each with its text and its accessible name (on a narrow
        window only the icon shows; the name and a tooltip still say what it does)."""
        language = self.language_picker.names.get(self.language_picker.current, "")
        texts = {self.new_button: self.tr("New customer"),
                 self.history_button: self.tr("History"),
                 self.transfer_button: self.tr("Unsent purchases"),
                 self.display_button: self.tr("Display"),
                 self.sign_out_button: self.tr("Sign out")}
        named: dict[QWidget, tuple[str, str]] = {w: (text, text) for w, text in texts.items()}
        named[self.language_picker] = (language,
                                       self.tr("Language: %1").replace("%1", language))
        return named

    @property
    def panel(self) -> CustomerPanel:
        """The customer panel, built when first needed (the sign-in window has none)."""
        if self._panel is None:
            from kiosk_app.ui.widgets.customer_panel import CustomerPanel

            panel = CustomerPanel(self.visit, self.languages, self)
            panel.validate_phone.connect(lambda: self.show_screen(Route.OTP))
            panel.catalogue.connect(lambda: self.show_screen(Route.CATALOGUE))
            panel.points_history.connect(lambda: self.show_screen(Route.POINTS))
            panel.switch_language.connect(lambda code: self.switch_language(code))
            panel.more.connect(self._more_of_customer)
            self._panel = panel
            self._place_panel()
            self.theme.decorate(panel)
        return self._panel

    # --- the screens ---------------------------------------------------------------------------

    def factories(self) -> dict[Route, Callable[[], Screen]]:
        s, till = self.services, self.till

        def sign_in() -> Screen:
            from kiosk_app.ui.screens.sign_in import SignInScreen
            return SignInScreen(till, wake_sender=s.unsent.send_now,
                                demo_hint=s.demo[:2] if s.demo else None)

        def card() -> Screen:
            from kiosk_app.ui.screens.card_scan import CardScanScreen
            return CardScanScreen(self.visit)

        def lookup() -> Screen:
            from kiosk_app.ui.screens.lookup import LookupScreen
            return LookupScreen(self.visit)

        def otp() -> Screen:
            from kiosk_app.ui.screens.otp import OtpScreen
            return OtpScreen(self.visit, cooldown_s=s.otp_cooldown_s)

        def bill() -> Screen:
            from kiosk_app.ui.screens.bill import BillScreen
            return BillScreen(self.visit)

        def rewards() -> Screen:
            from kiosk_app.ui.screens.rewards import RewardsScreen
            return RewardsScreen(self.visit)

        def closure() -> Screen:
            from kiosk_app.ui.screens.closure import ClosureScreen
            return ClosureScreen(self.visit, **(
                {"arm_ms": self.arm_ms} if self.arm_ms is not None else {}))

        def done() -> Screen:
            from kiosk_app.ui.screens.done import DoneScreen
            return DoneScreen(self.visit, s.printing)

        def transfer() -> Screen:
            from kiosk_app.ui.screens.transfer import TransferScreen
            return TransferScreen(s.unsent)

        def history() -> Screen:
            from kiosk_app.ui.screens.history import HistoryScreen
            return HistoryScreen(s.history, printing=s.printing, cancel_gate=s.cancel_gate,
                                 customer=lambda: self.visit.session.customer,
                                 claimed=self._reload_customer)

        def enrol() -> Screen:
            from kiosk_app.ui.screens.enrol import EnrolScreen
            screen = EnrolScreen(s.enrolment, kiosk=False, cooldown_s=s.otp_cooldown_s)
            screen.enrolled.connect(self._enrolled)
            return screen

        def points() -> Screen:
            from kiosk_app.ui.screens.points_history import PointsScreen
            return PointsScreen(s.member, self.visit)

        def catalogue() -> Screen:
            from kiosk_app.ui.screens.catalogue import CatalogueScreen
            return CatalogueScreen(s.member, self.visit, apply=self._apply_voucher)

        return {Route.SIGN_IN: sign_in, Route.CARD: card, Route.LOOKUP: lookup, Route.OTP: otp,
                Route.BILL: bill, Route.REWARDS: rewards, Route.CLOSURE: closure,
                Route.DONE: done, Route.TRANSFER: transfer, Route.HISTORY: history,
                Route.CATALOGUE: catalogue, Route.POINTS: points, Route.ENROL: enrol}

    @property
    def card_screen(self) -> CardScanScreen:
        from kiosk_app.ui.screens.card_scan import CardScanScreen

        screen = self.screen(Route.CARD)
        assert isinstance(screen, CardScanScreen)
        return screen

    @property
    def rewards_screen(self) -> RewardsScreen:
        from kiosk_app.ui.screens.rewards import RewardsScreen

        screen = self.screen(Route.REWARDS)
        assert isinstance(screen, RewardsScreen)
        return screen

    def resolve(self, route: Route) -> Route | None:
        """The counter's routing: a sign-in first, Back along the trail, New customer asks."""
        if route is Route.NEW:
            self.ask_new_customer()
            return None
        current = self.current_route
        if route is Route.BACK:
            route = self.trail.pop() if self.trail else Route.CARD
        elif current is not None and route is not current:
            self.trail = [*self.trail[-9:], current]
        if route is not Route.SIGN_IN and not self.till.working:
            route = Route.SIGN_IN
        if route in FRESH_START:
            self.trail.clear()
        return route

    def shown(self, route: Route) -> None:
        self._header()

    # --- the sale changed ------------------------------------------------------------------------

    def _sale_changed(self) -> None:
        self.withdraw_question(unless_still=True)
        self.refresh()
        for screen in self.screens.values():
            if screen.isVisible():
                screen.state_changed()
        view = self.visit.session.customer
        if view is not None and view.customer_id and view.cards_total is None \
                and not self.ops.running("cards"):  # the panel's card list, after the rest
            self.ops.run(self.visit.load_cards(), key="cards", background=True)

    def refresh(self) -> None:
        """Panel and header from the visit."""
        if self._panel is not None or (self.status_shown
                                       and self.visit.session.customer is not None):
            self.panel.refresh()
        self._header()

    def _more_of_customer(self) -> None:
        self.ops.run(self.visit.more_of_customer(), key="more",
                     disable=[self.panel.more_button], background=True)

    def _reload_customer(self) -> None:
        """The customer's account changed elsewhere (points claimed): read it again."""
        self.ops.run(self.visit.reload_customer(), key="reload-customer", preempt=True,
                     background=True)

    def _enrolled(self, view: CustomerView) -> None:
        self.visit.identify(view, view.card.card_number if view.card else None)
        self.show_screen(Route.BILL)

    def _apply_voucher(self, code: str) -> None:
        """A voucher just bought with points goes on the open bill, checked like a typed one."""
        self.show_screen(Route.REWARDS)
        self.rewards_screen.add_voucher(code)

    # --- a new customer, signing out ---------------------------------------------------------------

    def ask_new_customer(self) -> None:
        """New customer, at once when nothing is open; with an open bill only after asking."""
        if not self.visit.open_sale:
            self.new_customer()
            return
        self.ask(self.tr("New customer"), self.tr("A bill is open. Start a new customer and "
                                                  "discard it?"),
                 [(self.tr("New customer, discard the bill"), self.new_customer),
                  (self.tr("Keep the bill"), None)], still=self._same_open_sale())

    def _same_sale(self) -> Callable[[], bool]:
        """A question about this sale fits while it is the same bill of the same customer,
        not yet confirmed."""
        def key() -> tuple[str, str | None, bool]:
            s = self.visit.session
            return (s.bill_id, s.customer.customer_id if s.customer else None,
                    s.receipt is None)

        asked = key()
        return lambda: key() == asked

    def _same_open_sale(self) -> Callable[[], bool]:
        """A question about discarding the open bill fits while there is one to discard."""
        same = self._same_sale()
        return lambda: same() and self.visit.open_sale

    def new_customer(self) -> None:
        """Forget the customer, bill, rewards and everything typed; keep the cashier."""
        self.ops.cancel()
        self.wipe_screens(keep=(Route.SIGN_IN,))
        self.visit.start()
        self.switch_language(self.till.home_language)  # the cashier's language comes back
        self.show_screen(Route.CARD)

    def ask_sign_out(self) -> None:
        """Sign out, at once if nothing is open; with an open bill only after asking."""
        if not self.visit.open_sale:
            self.sign_out()
            return
        self.ask(self.tr("Sign out"), self.tr("A bill is open. Sign out and discard it?"),
                 [(self.tr("Sign out and discard"), self.sign_out),
                  (self.tr("Keep the bill"), None)], still=self._same_open_sale())

    def sign_out(self) -> None:
        """The next cashier starts from the sign-in screen; nothing of this one is kept on
        screen (customer, bill, typed text). Unsent purchases stay in the outbox."""
        self.ops.cancel()
        self.wipe_screens()
        visit, till = self.visit, self.till
        visit.start()
        till.sign_out()  # the header and every screen forget the cashier now

        async def leave() -> None:
            await visit.release_holds()  # while the token still works
            await till.end_session()

        self.ops.run(leave(), key="sign-out", background=True,
                     on_error=lambda _exc: True)  # a token left on the server simply expires
        self.switch_language(self.till.home_language)
        self.show_screen(Route.SIGN_IN)

    # --- scans at the counter --------------------------------------------------------------------

    def scan_context(self) -> Context:
        session = self.visit.session
        if not self.till.working:
            return Context.SIGNED_OUT
        if self.current.takes_cards():
            return Context.JOINING
        if session.receipt is not None:
            return Context.DONE
        if session.customer is not None or self.visit.open_sale:
            return Context.SALE
        return Context.NO_SALE

    def perform(self, action: Action, code: Scanned) -> None:
        match action:
            case Action.SIGN_IN_FIRST:
                self.current.show_error(self.tr("Sign in first, then scan."))
            case Action.IDENTIFY:
                self._identify(code)
            case Action.IDENTIFY_FOR_BILL:
                self._customer_for_bill(code)
            case Action.NEW_SALE_IDENTIFY:
                self.new_customer()
                self._identify(code)
            case Action.ADD_TO_BILL:
                self._for_the_bill(code.code)
            case Action.NEW_SALE_ADD:
                self.new_customer()
                self.visit.identify(None)
                self._for_the_bill(code.code)
            case Action.CARD_OR_BILL:
                self._card_or_bill(code)
            case Action.OFFER_CLAIM:
                self._offer_claim(code)
            case Action.CLAIM_NEEDS_CUSTOMER:
                self.current.show_error(self.tr("Identify the customer first (scan their card), "
                                                "then scan the receipt."))
            case Action.TO_JOINING:
                self.current.take_card(code.code)
            case Action.FINISH_JOINING:
                self.current.show_error(self.tr("Scan the new member's card here, or finish "
                                                "joining first."))
            case Action.NOT_A_CODE:
                self.current.show_error(self.tr("This code is not a card, a product or a "
                                                "voucher of this till."))
            case _:
                pass

    def _identify(self, code: Scanned) -> None:
        """Nobody at the till yet: the card screen checks the card (and explains a blocked,
        expired or free one); the app's one-time QR names the customer at once."""
        if code.kind is Kind.CUSTOMER_QR:
            self.ops.run(self.visit.customer_by_qr(code.code), self._qr_customer,
                         key="identify", preempt=True)
            return
        self.show_screen(Route.CARD)
        self.card_screen.check(code.code)

    def _qr_customer(self, view: CustomerView | None) -> None:
        if view is None:
            self.current.show_error(self.tr("This QR code has been used or has expired. Ask "
                                            "the customer to show a new one."))
            return
        self.visit.identify(view)
        self.show_screen(Route.BILL)

    def _customer_for_bill(self, code: Scanned) -> None:
        """A customer for the open bill: the bill's own, or after asking another's."""
        if code.kind is Kind.CUSTOMER_QR:
            self.ops.run(self.visit.customer_by_qr(code.code),
                         lambda view: self._bill_customer(view, None), key="identify",
                         preempt=True)
            return
        if self.visit.session.card_number == code.code:
            self.current.show_info(self.tr("This card is already on this bill."))
            return
        self.ops.run(self.visit.check_card(code.code),
                     lambda result: self._card_for_bill(code.code, result), key="identify",
                     preempt=True)

    def _card_for_bill(self, number: str, result: CardResult) -> None:
        from kiosk_app.domain.reference import CardCheck

        if result.check is not CardCheck.ACTIVE or result.customer is None:
            from kiosk_app.ui.screens.card_scan import card_problem

            self.current.show_error(card_problem(result.check))
            return
        self._bill_customer(result.customer, number)

    def _bill_customer(self, view: CustomerView | None, number: str | None) -> None:
        if view is None:
            self.current.show_error(self.tr("This QR code has been used or has expired. Ask "
                                            "the customer to show a new one."))
            return
        on_bill = self.visit.session.customer
        if on_bill is None or on_bill.customer is None:  # no one, or an unchecked card
            self.visit.identify(view, number)
            self.show_screen(Route.BILL)
            return
        if on_bill.customer_id == view.customer_id:
            self.current.show_info(self.tr("This customer is already on this bill."))
            return
        new, old = short_name(view), short_name(on_bill)

        def move() -> None:
            self.visit.identify(view, number)
            self.show_screen(Route.BILL)

        def fresh() -> None:
            self.new_customer()
            self.visit.identify(view, number)
            self.show_screen(Route.BILL)

        self.ask(self.tr("Another customer's card"),
                 self.tr("Move this bill from %1 to %2?").replace("%1", old)
                 .replace("%2", new),
                 [(self.tr("Move the bill to %1").replace("%1", new), move),
                  (self.tr("Discard this bill, new one for %1").replace("%1", new), fresh),
                  (self.tr("Keep the bill with %1").replace("%1", old), None)],
                 still=self._same_sale())

    def _for_the_bill(self, code: str) -> None:
        """A product, voucher or gift card: CareCloud says which; each goes where it belongs."""
        from kiosk_app.app.counter import Found, Resolved

        def resolved(found: Resolved) -> None:
            if found.found is Found.PRODUCT and found.product is not None:
                self.show_screen(Route.BILL)
                self.visit.add_product(found.product)
            elif found.found is Found.VOUCHER and found.voucher is not None:
                self.show_screen(Route.REWARDS)
                self.rewards_screen.voucher_checked(found.voucher)
            elif found.found is Found.GIFT_CARD and found.gift is not None:
                from kiosk_app.ui.screens.rewards import gift_card_text

                self.current.show_info(gift_card_text(found.gift, self.till.currency_code))
            else:
                self.current.show_error(self.tr("No product, voucher or card has the code %1. "
                                                "Check it, or add the item by hand.")
                                        .replace("%1", code))

        self.ops.run(self.visit.resolve(code), resolved)  # each scan counts: two of one item

    def _card_or_bill(self, code: Scanned) -> None:
        """Digits in a project without card prefixes: a card if CareCloud has one, else a
        code for the bill."""
        from kiosk_app.domain.reference import CardCheck

        def checked(result: CardResult) -> None:
            kind = Kind.GOODS if result.check is CardCheck.UNKNOWN else Kind.CARD
            action = decide(self.scan_context(), kind)
            if action is Action.IDENTIFY and result.check is not CardCheck.UNKNOWN:
                self.show_screen(Route.CARD)
                self.card_screen.checked(code.code, result)
            elif action is Action.IDENTIFY_FOR_BILL:
                self._card_for_bill(code.code, result)
            else:
                self.perform(action, Scanned(kind, code.code))

        self.ops.run(self.visit.check_card(code.code), checked, key="identify", preempt=True)

    def _offer_claim(self, code: Scanned) -> None:
        claim = code.claim
        view = self.visit.session.customer
        if claim is None or view is None or not view.customer_id:
            self.current.show_error(self.tr("Identify the customer first (scan their card), "
                                            "then scan the receipt."))
            return
        name = short_name(view)

        def give() -> None:
            from kiosk_app.app.kiosk import claim_refused

            def refused(exc: BaseException) -> bool:
                if claim_refused(exc):
                    self.current.show_error(self.tr(
                        "This receipt's points cannot be claimed: they belong to someone "
                        "already, or the sale was cancelled."))
                    return True
                return False

            self.ops.run(self.visit.claim(*claim), lambda _none: self.current.show_info(
                self.tr("The points of that purchase now belong to %1.").replace("%1", name)),
                key="claim", on_error=refused)

        self.ask(self.tr("Receipt"), self.tr("Give the points of that purchase to %1?")
                 .replace("%1", name),
                 [(self.tr("Give the points to %1").replace("%1", name), give),
                  (self.tr("Not now"), None)], still=self._same_sale())

    # --- language ----------------------------------------------------------------------------------

    def language_switched(self) -> None:
        """The whole UI at once; names and messages from CareCloud are asked again."""
        self.language_picker.set_current(self.languages.current)
        self._fit()
        if not self.till.working:
            return
        # a failure is explained on the current screen; the visit's intents redraw the rest
        self.current.run(self.visit.refresh_texts(), key="texts", preempt=True,
                         background=True)
        self.current.refresh_server_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        title = self.tr("Loyalty kiosk · sandbox") if self.sandbox else self.tr("Loyalty kiosk")
        self.setWindowTitle(title)
        self.heading.set_full_text(title)
        self.language_picker.setAccessibleDescription(self.tr("The language of the screens"))
        self.display_button.setAccessibleDescription(self.tr("High contrast, large text, about"))
        self.sign_out_button.setAccessibleDescription(
            self.tr("Ends this cashier's session; the next cashier signs in"))
        self.refresh()
        self.update_status()
        self._fit(force=True)

    # --- layout for the width ----------------------------------------------------------------------

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
            if isinstance(widget, QPushButton):
                widget.setText(text)
            widget.setToolTip(tip(name))
            widget.setAccessibleName(name)
        shown = [w for w in buttons if not w.isHidden()]
        room = self.width() - min(self.heading.full_width(), 320) - 40 - 8 * len(shown)
        if sum(w.sizeHint().width() for w in shown) <= room:
            return
        # the main action keeps its words while the others fit as icons; else icons only
        for widget in buttons:
            if widget is not self.new_button and isinstance(widget, QPushButton):
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

    # --- status --------------------------------------------------------------------------------------

    def update_status(self) -> None:
        """Status bar: online or not, how many purchases are unsent and the oldest one's age."""
        from kiosk_app.app.connectivity import Reach

        if not self.status_shown:
            return  # not on the way to the first frame: it reads the outbox file
        state = self.services.connectivity.state
        if state is Reach.UNKNOWN:
            self.online_label.setText(self.tr("● Connecting…"))
        elif state is Reach.ONLINE:
            self.online_label.setText(self.tr("● Online"))
        else:
            self.online_label.setText(self.tr("● Offline: purchases are kept and sent later"))
        role = {Reach.ONLINE: "ok", Reach.UNKNOWN: ""}.get(state, "error")
        if (self.online_label.property("role") or "") != role:
            self.online_label.setProperty("role", role)
            self.online_label.style().polish(self.online_label)
        stats = self.services.unsent.stats()
        if stats.unsent == 0:
            text = self.tr("All purchases sent")
        else:
            minutes = int((time.time() - (stats.oldest_unsent_at or time.time())) // 60)
            text = self.tr("Unsent: %n purchase(s)", "", stats.unsent)
            text += " · " + self.tr("oldest %n min", "", minutes)
            if stats.manual:
                text += " · " + self.tr("%n need(s) manual transfer", "", stats.manual)
        trouble = self.services.unsent.trouble_at
        if trouble is not None:
            text += " · " + self.tr("⚠ sending restarted after an error at %1").replace(
                "%1", moment_time(trouble))
        self.unsent_label.set_full_text(text)  # shortened to the room; whole in its tooltip
        for screen in self.screens.values():
            if screen.isVisible():
                screen.outbox_changed()

    def _reach_changed(self) -> None:
        self.update_status()
        if self.services.connectivity.online:
            for screen in self.screens.values():
                if screen.isVisible():
                    screen.reconnected()

    def _header(self) -> None:
        """Who works at which till, and which header actions make sense now."""
        place, user = self.till.place, self.till.user
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

    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version

        from kiosk_app import __version__
        from kiosk_app.ui.dialogs import notice

        self.about_box = notice(self, self.tr("About"), self.tr(
            "Loyalty kiosk %1\nA CareCloud loyalty front-end.\nPySide6 %2").replace(
            "%1", __version__).replace("%2", pyside_version))

    @property
    def closure_screen(self) -> ClosureScreen:
        from kiosk_app.ui.screens.closure import ClosureScreen

        screen = self.screen(Route.CLOSURE)
        assert isinstance(screen, ClosureScreen)
        return screen

    @property
    def sign_in_screen(self) -> SignInScreen:
        from kiosk_app.ui.screens.sign_in import SignInScreen

        screen = self.screen(Route.SIGN_IN)
        assert isinstance(screen, SignInScreen)
        return screen
