"""The main window: a stack of screens, the customer panel, the scanner, Esc for back."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk_app import __version__
from kiosk_app.services.checkout import CheckoutService
from kiosk_app.services.connectivity import Connectivity, Reach
from kiosk_app.services.outbox import Entry
from kiosk_app.services.scan import looks_like_card_number
from kiosk_app.services.sender import OutboxSender
from kiosk_app.services.session import CheckoutSession
from kiosk_app.ui.format import moment_time
from kiosk_app.ui.i18n import LANGUAGES, Languages
from kiosk_app.ui.operations import Operations
from kiosk_app.ui.scanner import ScannerFilter
from kiosk_app.ui.screens.base import Screen
from kiosk_app.ui.screens.bill import BillScreen
from kiosk_app.ui.screens.card_scan import CardScanScreen
from kiosk_app.ui.screens.closure import ClosureScreen
from kiosk_app.ui.screens.done import DoneScreen
from kiosk_app.ui.screens.history import HistoryScreen
from kiosk_app.ui.screens.lookup import LookupScreen
from kiosk_app.ui.screens.otp import OtpScreen
from kiosk_app.ui.screens.rewards import RewardsScreen
from kiosk_app.ui.screens.sign_in import SignInScreen
from kiosk_app.ui.screens.transfer import TransferScreen
from kiosk_app.ui.widgets.customer_panel import CustomerPanel

log = logging.getLogger(__name__)


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
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.session = service, session
        if languages is None:  # standalone (tests): English with its plural forms
            languages = Languages(self)
            languages.switch("en")
        self.languages = languages
        self.cashier_language = self.languages.current
        self.sender = sender
        self.connectivity = connectivity
        self.trail: list[str] = []  # where Back leads
        self.sandbox = demo_hint is not None
        self.resize(1180, 800)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        header = QHBoxLayout()
        self.heading = QLabel(self)
        self.who = QLabel(self)
        self.new_button = QPushButton(self)
        header.addWidget(self.heading, 1)
        self.language_box = QComboBox(self)
        for code in self.languages.available():
            self.language_box.addItem(LANGUAGES[code], code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(
            self.languages.current)))
        self.language_box.activated.connect(
            lambda _i: self.switch_language(self.language_box.currentData(), by_cashier=True))
        header.addWidget(self.language_box)
        self.history_button = QPushButton(self)
        self.transfer_button = QPushButton(self)
        self.about_button = QPushButton(self)
        self.about_button.clicked.connect(self.show_about)
        header.addWidget(self.about_button)
        header.addWidget(self.history_button)
        header.addWidget(self.transfer_button)
        header.addWidget(self.new_button)
        self.stack = QStackedWidget(self)
        self.panel = CustomerPanel(session, self)
        body = QHBoxLayout()
        body.addWidget(self.stack, 1)
        body.addWidget(self.panel)
        outer.addLayout(header)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.screens: dict[str, Screen] = {
            "sign_in": SignInScreen(service, store_id=store_id, cashdesk_number=cashdesk_number,
                                    demo_hint=demo_hint),
            "card": CardScanScreen(service, session),
            "lookup": LookupScreen(service, session),
            "otp": OtpScreen(service, session, cooldown_s=otp_cooldown_s),
            "bill": BillScreen(service, session),
            "rewards": RewardsScreen(service, session),
            "closure": ClosureScreen(service, session),
            "done": DoneScreen(service, session),
            "transfer": TransferScreen(service.outbox, self._wake_sender),
            "history": HistoryScreen(service),
        }
        for screen in self.screens.values():
            self.stack.addWidget(screen)
            screen.go.connect(self.show_screen)
            screen.unexpected.connect(self.show_unexpected)
        self.ops = Operations(show_error=lambda text: self.current.show_error(text),
                              clear_error=lambda: None, unexpected=self.show_unexpected)
        session.subscribe(self._session_changed)
        self.panel.validate_phone.connect(lambda: self.show_screen("otp"))
        self.panel.switch_language.connect(lambda code: self.switch_language(code))
        self.panel.languages = self.languages
        self.new_button.clicked.connect(lambda: self.show_screen("new"))
        self.history_button.clicked.connect(lambda: self.show_screen("history"))
        self.transfer_button.clicked.connect(lambda: self.show_screen("transfer"))
        self.online_label, self.unsent_label = QLabel(self), QLabel(self)
        self.statusBar().addWidget(self.online_label)
        self.statusBar().addPermanentWidget(self.who)
        self.statusBar().addPermanentWidget(self.unsent_label)
        self.outbox_changed.connect(self.update_status)
        service.outbox.subscribe(self.outbox_changed.emit)
        self.reach_changed.connect(self._reach_changed)
        if connectivity is not None:
            connectivity.subscribe(lambda _state: self.reach_changed.emit())
        self.delivered.connect(self._delivered)
        if sender is not None:
            sender.on_delivered(self.delivered.emit)
            sender.on_trouble(self.outbox_changed.emit)
        self.age_timer = QTimer(self, interval=15_000)
        self.age_timer.timeout.connect(self.update_status)
        self.age_timer.start()
        self.error_dialog: QMessageBox | None = None
        QShortcut(QKeySequence("Esc"), self, activated=lambda: self.current.back())
        if scanner is not None:
            scanner.scanned.connect(self.on_scanned)
        self.retranslate_ui()
        self.show_screen("sign_in")

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
        self.setWindowTitle(f"{title} {__version__}" + (self.tr(" · sandbox") if self.sandbox
                                                        else ""))
        self.heading.setText(title)
        self.new_button.setText(self.tr("New customer"))
        self.history_button.setText(self.tr("History"))
        self.about_button.setText(self.tr("About"))
        self.transfer_button.setText(self.tr("Unsent purchases"))
        self.refresh()
        self.update_status()

    def _wake_sender(self) -> None:
        if self.sender is not None:
            self.sender.wake()

    def update_status(self) -> None:
        """Status bar: online or not, how many purchases are unsent and the oldest one's age."""
        state = self.connectivity.state if self.connectivity else Reach.UNKNOWN
        if state is Reach.UNKNOWN:
            self.online_label.setText(self.tr("● Connecting…"))
        elif state is Reach.ONLINE:
            self.online_label.setText(self.tr("● Online"))
        else:
            self.online_label.setText(self.tr("● Offline: purchases are kept and sent later"))
        stats = self.service.outbox.stats()
        if stats.unsent == 0:
            self.unsent_label.setText(self.tr("All purchases sent"))
        else:
            minutes = int((time.time() - (stats.oldest_unsent_at or time.time())) // 60)
            text = self.tr("Unsent: %n purchase(s)", "", stats.unsent)
            text += " · " + self.tr("oldest %n min", "", minutes)
            if stats.manual:
                text += " · " + self.tr("%n need(s) manual transfer", "", stats.manual)
            self.unsent_label.setText(text)
        if self.sender is not None and self.sender.trouble_at is not None:
            self.unsent_label.setText(self.unsent_label.text() + " · " + self.tr(
                "⚠ sending restarted after an error at %1").replace(
                "%1", moment_time(self.sender.trouble_at)))
        for name in ("transfer", "history"):
            screen = self.screens[name]
            if screen.isVisible():
                screen.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        """After the session changed: panel, header and which buttons make sense."""
        self.panel.refresh()
        place, user = self.service.place, self.service.user
        if place and user:
            self.who.setText(self.tr("%1 · %2 · cash desk %3").replace("%1", user.login)
                             .replace("%2", place.store.name)
                             .replace("%3", str(place.cashdesk_number)))
        for button in (self.new_button, self.history_button, self.transfer_button):
            button.setVisible(place is not None)

    def _session_changed(self) -> None:
        self.refresh()
        self.current.session_changed()

    def _reach_changed(self) -> None:
        self.update_status()
        if self.connectivity is not None and self.connectivity.online:
            closure = self.screens["closure"]
            assert isinstance(closure, ClosureScreen)
            closure.requote_if_needed()

    def _delivered(self, entry: Entry) -> None:
        """A sale or cancellation reached CareCloud: if it is this customer's, read them again."""
        view = self.session.customer
        if view is None or not view.customer_id:
            return
        request = entry.request
        cards = {card.card_number for card in view.cards}
        if request.customer_id == view.customer_id or (request.card_number or "") in cards:
            self.ops.run(self.service.reload_customer(view), self.session.refresh_customer,
                         key="reload-customer", preempt=True, background=True)

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
        self.refresh()

    def switch_language(self, code: str, *, by_cashier: bool = False) -> None:
        """The whole UI at once, the API's Accept-Language with it; nothing typed is lost."""
        if by_cashier:
            self.cashier_language = code
        if code == self.languages.current or not self.languages.switch(code):
            return
        self.service.client.language = self.languages.api_language
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(code)))
        self.refresh_server_texts()

    def refresh_server_texts(self) -> None:
        """Names and messages from CareCloud follow the new language: ask for them again."""
        if self.service.place is None:
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
        if self.service.place:
            self.session.start(self.service.place.currency.currency_id)
        if self.languages.current != self.cashier_language:
            self.switch_language(self.cashier_language)  # the cashier's language comes back
        self.show_screen("card")

    def on_scanned(self, code: str) -> None:
        screen = self.current
        if isinstance(screen, SignInScreen):
            screen.show_error(self.tr("Sign in first, then scan."))
            return
        target = getattr(screen, "scan_target", None)
        if target is not None:  # e.g. a voucher scanned at closure: checked on Rewards
            self.show_screen(target)
            screen = self.current
        if screen.scanned(code):
            return
        if looks_like_card_number(code):
            if isinstance(screen, DoneScreen):
                self.new_customer()
            self.show_screen("card")
            self.current.scanned(code)

    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About"),
                          self.tr("Loyalty kiosk %1\nA CareCloud loyalty front-end.\n"
                                  "PySide6 %2").replace("%1", __version__)
                          .replace("%2", pyside_version), QMessageBox.StandardButton.Ok, self)
        box.open()
        self.about_box = box

    def show_unexpected(self, exc: BaseException) -> None:
        """An error nobody foresaw: say so in a dialog rather than only in a log."""
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Unexpected error"),
                          self.tr("Something unexpected happened. The current step was stopped; "
                                  "nothing was sent twice. Try again, and tell support if it "
                                  "happens again.\n\n%1").replace("%1", type(exc).__name__),
                          QMessageBox.StandardButton.Ok, self)
        box.open()
        self.error_dialog = box

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter confirms: the screen's main action, unless a text field handles it itself."""
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
