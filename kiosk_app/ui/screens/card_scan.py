"""Card scan: the scanner anywhere, or the number typed; the card's state decides what happens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk_app.api import ServerError, TransportError
from kiosk_app.app.counter import CounterVisit
from kiosk_app.domain.codes import looks_like_card_number
from kiosk_app.domain.reference import CardCheck, CardResult
from kiosk_app.ui.routes import Route
from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.text import label
from kiosk_app.ui.widgets.keypad import Keypad
from kiosk_app.ui.widgets.touch import forget


def card_problem(check: CardCheck) -> str:
    """Why a card cannot identify a customer now, and what to do (one wording, wherever
    the card was scanned)."""
    translate = QCoreApplication.translate
    return {
        CardCheck.UNKNOWN: translate("CardScanScreen", "This card is not known. Check the number or "
                              "find the customer."),
        CardCheck.BLOCKED: translate("CardScanScreen", "This card is blocked. Ask for another card or "
                              "find the customer."),
        CardCheck.EXPIRED: translate("CardScanScreen", "This card has expired. Ask for another card "
                              "or find the customer."),
        CardCheck.NOT_YET_VALID: translate("CardScanScreen", "This card is not valid yet. Ask for "
                                    "another card or find the customer."),
        CardCheck.FREE: translate("CardScanScreen", "This card has no customer yet. Find the customer "
                           "to assign it."),
        CardCheck.ACTIVE: "",
    }[check]


class CardScanScreen(Screen):
    def __init__(self, visit: CounterVisit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit = visit
        self.unchecked: str | None = None  # a card number CareCloud could not check
        self.prompt = label(self, role="total", wrap=True)
        self.number = QLineEdit(self)
        self.number.setMaxLength(32)
        self.keypad = Keypad(self.number, self)
        self.keypad.setMaximumWidth(360)
        self.check_button = button(self, role="primary")
        self.lookup_button = button(self)
        self.no_card_button = button(self)
        self.enrol_button = button(self, icon="user")
        self.assign_button = button(self)
        self.assign_button.hide()
        self.unchecked_button = button(self)
        self.unchecked_button.hide()
        self.beside_keypad([self.prompt, self.number, self.assign_button, self.unchecked_button,
                            self.enrol_button],
                           self.keypad, weights=(1, 1))
        self.add_action(self.lookup_button, left=True)
        self.add_action(self.no_card_button, left=True)
        self.add_action(self.check_button)
        self.check_button.clicked.connect(self.check_typed)
        self.number.returnPressed.connect(self.check_typed)
        self.keypad.submitted.connect(self.check_typed)
        self.lookup_button.clicked.connect(lambda: self.go.emit(Route.LOOKUP))
        self.enrol_button.clicked.connect(lambda: self.go.emit(Route.ENROL))
        self.no_card_button.clicked.connect(self.without_card)
        self.assign_button.clicked.connect(lambda: self.go.emit(Route.LOOKUP))
        self.unchecked_button.clicked.connect(self.use_unchecked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Loyalty card"))
        self.prompt.setText(self.tr("Scan the customer's card or type its number."))
        self.number.setPlaceholderText(self.tr("Card number"))
        named(self.number, self.tr("Card number"))
        self.check_button.setText(self.tr("Check card"))
        self.lookup_button.setText(self.tr("Find customer"))
        self.no_card_button.setText(self.tr("Continue without card"))
        self.enrol_button.setText(self.tr("New member"))
        self.assign_button.setText(self.tr("Assign this card to a customer"))
        self.unchecked_button.setText(self.tr("Sell with this card unchecked"))

    def entered(self) -> None:
        self.number.setFocus()

    def wipe(self) -> None:
        """A new customer: no number, no card waiting to be assigned, no message."""
        super().wipe()
        forget(self.number)
        self.unchecked = None
        self.assign_button.hide()
        self.unchecked_button.hide()

    def back(self) -> None:
        """The first screen of a sale: nothing to go back to."""

    def default_action(self) -> None:
        self.check_typed()

    def check_typed(self) -> None:
        code = "".join(self.number.text().split())
        if not looks_like_card_number(code):
            self.show_error(self.tr("Type the card number: digits only, at least 6."))
            return
        self.check(code)

    def check(self, code: str) -> None:
        """Who this card belongs to (a scan on any screen with nobody at the till comes
        here too)."""
        self.number.setText(code)
        self.assign_button.hide()
        self.unchecked_button.hide()
        self.unchecked = None
        self.visit.hold_free_card(None)
        self.run(self.visit.check_card(code), lambda result: self.checked(code, result),
                 key="check", preempt=True, disable=[self.check_button],
                 on_error=lambda exc: self._unreachable(code, exc))

    def _unreachable(self, code: str, exc: BaseException) -> bool:
        """CareCloud is out of reach: the sale can still carry the card number, so the
        customer earns points once it is delivered."""
        if isinstance(exc, TransportError | ServerError):
            self.unchecked = code
            self.unchecked_button.show()
        return False  # the message says what happened

    def checked(self, code: str, result: CardResult) -> None:
        if result.check is CardCheck.ACTIVE:
            forget(self.number)
            self.clear_error()
            self.visit.identify(result.customer, result.card.card_number if result.card
                                else code)
            self.go.emit(Route.BILL)
            return
        self.show_error(card_problem(result.check))
        if result.check is CardCheck.FREE:
            self.visit.hold_free_card(result.card)
            self.assign_button.show()

    def use_unchecked(self) -> None:
        if self.unchecked is None:
            return
        code, self.unchecked = self.unchecked, None
        self.unchecked_button.hide()
        forget(self.number)
        self.visit.identify_unchecked(code)
        self.go.emit(Route.BILL)

    def without_card(self) -> None:
        self.visit.identify(None)
        self.go.emit(Route.BILL)
