"""Joining the loyalty programme, at the counter or at a self-service kiosk, on one screen in
four steps: name and phone or e-mail, the code sent to it, the consents (none ticked, the
required ones marked, *Join* only once they are ticked), then a card: scanned, or a
virtual one. At a kiosk the names are typed on the on-screen keyboard below the fields.

The work is done by `services.enrolment.Enrolment` (one per person joining, made by the
factory the window passes); this screen shows its steps and says what to do when a step
is refused. `enrolled` carries the new member's `CustomerView` when the card is theirs."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk_app.api.masking import mask_value
from kiosk_app.app.enrolment import (
    Consent,
    Enrolment,
    EnrolmentRefused,
    Refusal,
    checked_names,
)
from kiosk_app.domain.contact import Contact
from kiosk_app.domain.cooldown import RESEND_COOLDOWN_S, Cooldown
from kiosk_app.ui.routes import Route
from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.text import label
from kiosk_app.ui.widgets.keyboard import OnScreenKeyboard
from kiosk_app.ui.widgets.keypad import Keypad
from kiosk_app.ui.widgets.touch import discard, forget

if TYPE_CHECKING:
    from kiosk_app.api import models as m
    from kiosk_app.domain.checkout import CustomerView

CHECK = "✓"


class Step(enum.IntEnum):
    DETAILS = 0
    CODE = 1
    CONSENTS = 2
    CARD = 3


class ConsentRow(QFrame):
    """One consent as a large row: a 48 px check button, its name (wrapped, never cut) and
    its text; a tap anywhere on the row ticks or unticks it."""

    toggled = Signal()

    def __init__(self, consent: Consent, parent: QWidget) -> None:
        super().__init__(parent, objectName="consent_row")
        self.consent = consent
        self.check = button(self)
        self.check.setObjectName(f"consent_{consent.consent_id}")
        self.check.setCheckable(True)
        self.check.setFixedWidth(56)
        self.check.setMinimumHeight(56)
        self.name = label(self, role="total", wrap=True)
        self.required = label(self, role="warning")
        self.text = label(self, role="muted", wrap=True)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.name)
        if consent.required:
            words.addWidget(self.required)
        else:
            self.required.hide()
        words.addWidget(self.text)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(12)
        row.addWidget(self.check)
        row.addLayout(words, 1)
        self.check.toggled.connect(self._toggled)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        consent = self.consent
        self.name.setText(consent.name)
        self.text.setText(consent.text)
        self.text.setVisible(bool(consent.text))
        self.required.setText(self.tr("Required to join"))
        named(self.check, f"{consent.name} ({self.required.text()})" if consent.required
              else consent.name, consent.text)

    def is_ticked(self) -> bool:
        return self.check.isChecked()

    def set_ticked(self, ticked: bool) -> None:
        self.check.setChecked(ticked)

    def _toggled(self, ticked: bool) -> None:
        self.check.setText(CHECK if ticked else "")
        self.toggled.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A tap on the words counts as a tap on the check."""
        if self.check.isEnabled():
            self.check.toggle()
        super().mouseReleaseEvent(event)


class EnrolScreen(Screen):
    """A new member joins. `kiosk=True`: an on-screen keyboard and wording for shoppers;
    `kiosk=False`: a cashier types on the till's keyboard and may type a card number.

    Signals: `enrolled(CustomerView)` once the account and its card are made. `start()`
    begins anew (also on `entered()` after a finished enrolment); `wipe()` forgets all."""

    enrolled = Signal(object)

    def __init__(self, enrolment_factory: Callable[[], Enrolment],
                 parent: QWidget | None = None, *, kiosk: bool,
                 cooldown_s: float = RESEND_COOLDOWN_S) -> None:
        super().__init__(parent)
        self.factory = enrolment_factory
        self.kiosk = kiosk
        self.cooldown = Cooldown(cooldown_s)
        self.flow: Enrolment | None = None
        self.step = Step.DETAILS
        self.finished = False
        self.consents: list[Consent] = []
        self.rows: list[ConsentRow] = []
        self.ticked: set[str] = set()
        self.pages = QStackedWidget(self)
        self.layout_.addWidget(self.pages, 1)
        self.step_label = label(self, role="muted")
        self.layout_.insertWidget(0, self.step_label)
        self._build_details()
        self._build_code()
        self._build_consents()
        self._build_card()
        self.back_button = button(self, icon="back")
        self.send_button = button(self, role="primary")
        self.confirm_button = button(self, role="primary")
        self.join_button = button(self, role="primary")
        self.virtual_button = button(self, role="primary", icon="card")
        self.add_action(self.back_button, left=True)
        for action in (self.send_button, self.confirm_button, self.join_button,
                       self.virtual_button):
            self.add_action(action)
        self.back_button.clicked.connect(self.back)
        self.send_button.clicked.connect(self.send_code)
        self.resend_button.clicked.connect(self.send_code)
        self.confirm_button.clicked.connect(self.confirm_code)
        self.join_button.clicked.connect(self.join)
        self.virtual_button.clicked.connect(lambda: self.use_card(None))
        self.ticker = QTimer(self, interval=1000)
        self.ticker.timeout.connect(self._update_resend)
        self.retranslate_ui()
        self._reset()

    # --- building the steps -------------------------------------------------------------------

    def _build_details(self) -> None:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.details_prompt = label(page, wrap=True)
        self.first_name, self.last_name, self.contact = (QLineEdit(page) for _ in range(3))
        self.first_name.setMaxLength(100)
        self.last_name.setMaxLength(100)
        self.contact.setMaxLength(254)
        self.first_label, self.last_label, self.contact_label = (label(page) for _ in range(3))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for column, (caption, field) in enumerate(((self.first_label, self.first_name),
                                                   (self.last_label, self.last_name))):
            caption.setBuddy(field)
            grid.addWidget(caption, 0, column)
            grid.addWidget(field, 1, column)
        self.contact_label.setBuddy(self.contact)
        grid.addWidget(self.contact_label, 2, 0, 1, 2)
        grid.addWidget(self.contact, 3, 0, 1, 2)
        layout.addWidget(self.details_prompt)
        layout.addLayout(grid)
        self.fields = (self.first_name, self.last_name, self.contact)
        self.keyboard: OnScreenKeyboard | None = None
        if self.kiosk:
            self.keyboard = OnScreenKeyboard(self.first_name, page,
                                             language=QLocale().name().split("_")[0])
            layout.addSpacing(8)
            layout.addWidget(self.keyboard, 1)
            self.keyboard.submitted.connect(self._next_field)
            for field in self.fields:
                field.installEventFilter(self)
        else:
            layout.addStretch(1)
        for field in self.fields:
            field.returnPressed.connect(self._next_field)
        self.pages.addWidget(page)

    def _build_code(self) -> None:
        page = QWidget(self.pages)
        self.code_prompt = label(page, wrap=True)
        self.code_label = label(page)
        self.code = QLineEdit(page)
        self.code.setMaxLength(12)
        self.code_label.setBuddy(self.code)
        self.code.returnPressed.connect(self.confirm_code)
        self.resend_button = button(page)
        self.keypad = Keypad(self.code, page)
        self.keypad.setMaximumWidth(320)
        self.keypad.submitted.connect(self.confirm_code)
        left = QVBoxLayout()
        left.setSpacing(8)
        for widget in (self.code_prompt, self.code_label, self.code, self.resend_button):
            left.addWidget(widget)
        left.addStretch(1)
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(24)
        columns.addLayout(left, 3)
        columns.addWidget(self.keypad, 2)
        self.pages.addWidget(page)

    def _build_consents(self) -> None:
        from kiosk_app.ui.widgets.touch import draggable

        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.consents_prompt = label(page, wrap=True)
        self.scroll = QScrollArea(page)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        draggable(self.scroll)
        self.rows_box = QWidget(self.scroll)
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 8, 0)
        self.rows_layout.setSpacing(8)
        self.rows_layout.addStretch(1)
        self.scroll.setWidget(self.rows_box)
        layout.addWidget(self.consents_prompt)
        layout.addWidget(self.scroll, 1)
        self.pages.addWidget(page)

    def _build_card(self) -> None:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.welcome = label(page, role="total", wrap=True)
        self.card_prompt = label(page, wrap=True)
        layout.addWidget(self.welcome)
        layout.addWidget(self.card_prompt)
        self.card_number = QLineEdit(page)
        self.card_number.setMaxLength(40)
        self.use_card_button = button(page)
        if self.kiosk:  # a shopper scans; nobody types a card number at a kiosk
            self.card_number.hide()
            self.use_card_button.hide()
        else:
            row = QHBoxLayout()
            row.setSpacing(12)
            row.addWidget(self.card_number, 1)
            row.addWidget(self.use_card_button)
            layout.addLayout(row)
            self.card_number.returnPressed.connect(self._typed_card)
            self.use_card_button.clicked.connect(self._typed_card)
        layout.addStretch(1)
        self.pages.addWidget(page)

    # --- texts ----------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Join the loyalty programme"))
        self.step_label.setText(self.tr("Step %1 of %2").replace("%1", str(self.step + 1))
                                .replace("%2", str(len(Step))))
        self.details_prompt.setText(
            self.tr("Type your name and your phone number or e-mail. We send a code to it to "
                    "check it is yours.") if self.kiosk else
            self.tr("Type the customer's name and phone number or e-mail. A code goes to it to "
                    "check it is theirs."))
        for caption, field, text in (
                (self.first_label, self.first_name, self.tr("First name")),
                (self.last_label, self.last_name, self.tr("Last name")),
                (self.contact_label, self.contact,
                 self.tr("Phone with country code, or e-mail"))):
            caption.setText(text)
            named(field, text)
        self.contact.setPlaceholderText(self.tr("e.g. 420601111222 or name@example.com"))
        self._code_prompt()
        self.code_label.setText(self.tr("Code"))
        named(self.code, self.tr("Code from the message"))
        self.consents_prompt.setText(
            self.tr("Tick what you agree to. Only the consents marked as required are needed "
                    "to join; nothing is ticked for you."))
        self._welcome()
        self.card_prompt.setText(
            self.tr("Scan your loyalty card now, or get a virtual card: its number is then "
                    "on your account.") if self.kiosk else
            self.tr("Scan a new loyalty card or type its number, or give the customer a virtual "
                    "card."))
        named(self.card_number, self.tr("Card number"))
        self.card_number.setPlaceholderText(self.tr("Card number"))
        self.use_card_button.setText(self.tr("Use this card"))
        self.back_button.setText(self.tr("Back"))
        self.send_button.setText(self.tr("Send code"))
        self.confirm_button.setText(self.tr("Confirm code"))
        self.join_button.setText(self.tr("Join"))
        self.virtual_button.setText(self.tr("Get a virtual card"))
        for row in self.rows:
            row.retranslate_ui()
        self._update_resend()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() != QEvent.Type.LanguageChange:
            return
        if self.keyboard is not None:  # the new language's layout and accents
            self.keyboard.set_language(QLocale().name().split("_")[0])
        if self.consents:  # the window sets the API's language right after switching
            QTimer.singleShot(0, self.refresh_server_texts)

    def refresh_server_texts(self) -> None:
        """The consents' names and texts in the new language (ticks are kept)."""
        if self.consents:
            self._load_consents()

    def _code_prompt(self) -> None:
        contact = self.flow.contact if self.flow else None
        shown = mask_value(contact.value) if contact else ""
        self.code_prompt.setText(
            (self.tr("We sent a code by e-mail to %1. Type it here.") if contact
             and contact.kind == "email" else
             self.tr("We sent a code by text message to %1. Type it here.")).replace("%1", shown))

    def _welcome(self) -> None:
        name = " ".join(self.first_name.text().split())
        self.welcome.setText(self.tr("Welcome, %1! You are a member now.").replace("%1", name))

    # --- the steps --------------------------------------------------------------------------

    def start(self) -> None:
        """A new person joins: a fresh flow, empty fields, the first step; the consents are
        asked for at once, so they are there by the third step."""
        self._reset()
        self._load_consents()

    def entered(self) -> None:
        """Each time the screen is shown, someone new joins (nothing of the last one stays)."""
        self.start()

    def wipe(self) -> None:
        """Forget everything typed (a kiosk that went idle); asks nothing of CareCloud."""
        self._reset()

    def _reset(self) -> None:
        self.cancel_tasks()
        self.flow = self.factory()
        self.finished = False
        forget(*self.fields, self.code, self.card_number)
        self.ticked.clear()
        self._set_consents([])
        self.ticker.stop()
        self.cooldown.reset()
        self.clear_error()
        self._go_to(Step.DETAILS)

    def _load_consents(self) -> None:
        if self.flow is not None:
            self.run(self.flow.consents(), self._show_consents, key="consents", preempt=True,
                     background=True)

    def _go_to(self, step: Step) -> None:
        self.step = step
        self.pages.setCurrentIndex(int(step))
        self.send_button.setVisible(step is Step.DETAILS)
        self.confirm_button.setVisible(step is Step.CODE)
        self.join_button.setVisible(step is Step.CONSENTS)
        self.virtual_button.setVisible(step is Step.CARD)
        self.back_button.setVisible(step is not Step.CARD)  # the account exists by then
        self.retranslate_ui()
        focus = {Step.DETAILS: self.first_name, Step.CODE: self.code,
                 Step.CARD: self.card_number}.get(step)
        if step is Step.DETAILS:
            focus = next((f for f in self.fields if not f.text().strip()), self.first_name)
        if focus is not None and focus.isVisible():
            focus.setFocus()
        self.update_actions()

    def back(self) -> None:
        """Esc or Back: from the code or the consents to the first step (another phone or
        e-mail needs a new code); from there, or once the account exists, off the screen."""
        if self.step in (Step.CODE, Step.CONSENTS):
            self._go_to(Step.DETAILS)
        else:
            self.go.emit(Route.BACK)

    def default_action(self) -> None:
        {Step.DETAILS: self.send_code, Step.CODE: self.confirm_code, Step.CONSENTS: self.join,
         Step.CARD: lambda: self.use_card(None)}[self.step]()

    def update_actions(self) -> None:
        idle = not self.busy
        self.enable(self.send_button, idle)
        self.enable(self.confirm_button, idle)
        required = {c.consent_id for c in self.consents if c.required}
        self.enable(self.join_button, idle and bool(self.consents) and required <= self.ticked)
        self.enable(self.virtual_button, idle)
        self.enable(self.use_card_button, idle)
        self._update_resend()

    def takes_cards(self) -> bool:
        """At the last step a scanned card becomes the member's card."""
        return self.step is Step.CARD and self.flow is not None and not self.finished

    def take_card(self, code: str) -> None:
        if self.takes_cards():
            self.use_card(code)

    # --- 1: name and phone or e-mail -----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """At a kiosk the keyboard types into the field the shopper touched."""
        if event.type() == QEvent.Type.FocusIn and self.keyboard is not None \
                and watched in self.fields:
            self.keyboard.set_target(self.fields[self.fields.index(watched)])
        return super().eventFilter(watched, event)

    def _next_field(self) -> None:
        current = next((f for f in self.fields if f.hasFocus()), None)
        if self.keyboard is not None and current is None:
            current = self.keyboard.target
        if current is self.contact or current is None:
            self.send_code()
            return
        following = self.fields[[*self.fields].index(current) + 1]
        following.setFocus()

    def send_code(self) -> None:
        if self.flow is None or not self.cooldown.ready:
            return
        try:  # names first, before anything goes out: both, and no markup
            checked_names(self.first_name.text(), self.last_name.text())
        except EnrolmentRefused as refused:
            self._refused(refused.refusal)
            return
        self.run(self.flow.send_code(self.contact.text()), self._sent, key="send",
                 disable=[self.send_button, self.resend_button], on_error=self._failed)

    def _sent(self, _contact: Contact) -> None:
        forget(self.code)
        self.cooldown.start()
        self.ticker.start()
        self._go_to(Step.CODE)

    def _update_resend(self) -> None:
        left = self.cooldown.left()
        if left > 0:
            self.resend_button.setText(self.tr("Send again in %1 s").replace("%1", str(left)))
            self.resend_button.setEnabled(False)
        else:
            self.ticker.stop()
            self.resend_button.setText(self.tr("Send a new code"))
            self.enable(self.resend_button, not self.busy)
        named(self.resend_button, self.resend_button.text())

    # --- 2: the code ------------------------------------------------------------------------

    def confirm_code(self) -> None:
        if self.flow is None or self.step is not Step.CODE:
            return
        if not self.code.text().strip():
            self.show_error(self.tr("Type the code from the message."))
            return
        self.run(self.flow.verify(self.code.text()), self._verified, key="verify",
                 disable=[self.confirm_button], on_error=self._failed)

    def _verified(self, _contact: Contact) -> None:
        self.ticker.stop()
        self.cooldown.reset()
        self._go_to(Step.CONSENTS)
        if not self.consents:  # not there yet (out of reach earlier): ask again
            self._load_consents()

    # --- 3: the consents and joining ----------------------------------------------------------

    def _show_consents(self, consents: list[Consent]) -> None:
        self._set_consents(consents)
        self.update_actions()

    def _set_consents(self, consents: list[Consent]) -> None:
        for row in self.rows:
            self.rows_layout.removeWidget(row)
            discard(row)
        self.consents = list(consents)
        known = {c.consent_id for c in consents}
        self.ticked &= known
        self.rows = []
        for consent in consents:
            row = ConsentRow(consent, self.rows_box)
            row.set_ticked(consent.consent_id in self.ticked)
            row.toggled.connect(self._ticks_changed)
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
            self.rows.append(row)

    def _ticks_changed(self) -> None:
        self.ticked = {row.consent.consent_id for row in self.rows if row.is_ticked()}
        self.update_actions()

    def join(self) -> None:
        if self.flow is None or self.step is not Step.CONSENTS:
            return
        flow = self.flow
        ticked = [c.consent_id for c in self.consents if c.consent_id in self.ticked]
        self.run(flow.join(self.first_name.text(), self.last_name.text(), ticked), self._joined,
                 key="join", disable=[self.join_button, self.back_button],
                 on_error=self._failed)

    def _joined(self, _customer_id: str) -> None:
        self._go_to(Step.CARD)

    # --- 4: the card --------------------------------------------------------------------------

    def _typed_card(self) -> None:
        number = "".join(self.card_number.text().split())
        if not number:
            self.show_error(self.tr("Type or scan the card's number."))
            return
        self.use_card(number)

    def use_card(self, number: str | None) -> None:
        """The scanned or typed card, or with None a virtual card; then the member is loaded."""
        if self.flow is None or self.step is not Step.CARD or self.finished:
            return
        flow = self.flow

        async def work() -> CustomerView:
            await flow.add_card(number)
            return await flow.finish()

        self.run(work(), self._done, key="card",
                 disable=[self.virtual_button, self.use_card_button], on_error=self._failed)

    def _done(self, view: CustomerView) -> None:
        self.finished = True
        card: m.Card | None = view.card
        self.show_info(self.tr("Card %1 is on the account.").replace(
            "%1", card.card_number if card else ""))
        self.enrolled.emit(view)

    # --- refusals -----------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, EnrolmentRefused):
            self._refused(exc.refusal)
            return True
        return False

    def _refused(self, refusal: Refusal) -> None:
        kiosk = self.kiosk
        text = {
            Refusal.NAME_MISSING: self.tr("Type the first and the last name."),
            Refusal.NAME_MARKUP: self.tr("A name cannot contain < or >. Type it again."),
            Refusal.CONTACT_INVALID: self.tr("Type a phone number with its country code (e.g. "
                                             "420601111222) or an e-mail address."),
            Refusal.ALREADY_REGISTERED: (
                self.tr("This phone number or e-mail already has an account. Scan your card, "
                        "or go back and sign in with your phone.") if kiosk else
                self.tr("This phone number or e-mail already has an account: scan the "
                        "customer's card or look them up.")),
            Refusal.CODE_WRONG: self.tr("That code is not right. Check it and type it again, "
                                        "or send a new code."),
            Refusal.CODE_EXPIRED: self.tr("This code has expired or was used already. Send a "
                                          "new code."),
            Refusal.NOT_VERIFIED: self.tr("Confirm the phone number or e-mail with the code "
                                          "first."),
            Refusal.CONSENT_MISSING: self.tr("Tick the consents marked as required to join."),
            Refusal.CARD_UNKNOWN: self.tr("We do not know this card. Scan another card or get "
                                          "a virtual card."),
            Refusal.CARD_NOT_FREE: self.tr("This card cannot be used: it belongs to someone, is "
                                           "blocked or has expired. Scan another card or get a "
                                           "virtual card."),
            Refusal.HAS_CARD: self.tr("The account already has a card of this kind."),
            Refusal.NO_VIRTUAL_CARD: self.tr("No virtual card is available now. Scan a "
                                             "physical card instead."),
        }[refusal]
        self.show_error(text)
        if refusal in (Refusal.CODE_WRONG, Refusal.CODE_EXPIRED):
            self.code.selectAll()
            self.code.setFocus()
        elif refusal in (Refusal.CONTACT_INVALID, Refusal.ALREADY_REGISTERED):
            self.contact.setFocus()
            self.contact.selectAll()
