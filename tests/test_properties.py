"""Property-based tests (hypothesis) of money and of the checkout model.

Random sequences of intents, language switches, New customer, and quotes that arrive slow,
fail or come out of order never put a quote of another revision on the review, totals
always equal the lines less the discounts, and confirm builds exactly one purchase equal
to what the review showed.
"""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import QLocale

from kiosk_app.api import models as m
from kiosk_app.app.counter import CounterVisit
from kiosk_app.app.outbox import Outbox
from kiosk_app.domain.checkout import CheckoutSession, CustomerView, Receipt, RewardInfo
from kiosk_app.domain.quote import QuoteRefused, make_quote
from kiosk_app.domain.reference import Place, ReferenceData
from kiosk_app.money import CENT, money
from kiosk_app.ui import format as fmt

cents = st.integers(min_value=-10**9, max_value=10**9).map(lambda c: Decimal(c) / 1000)
LOCALES = ["cs_CZ", "sk_SK", "de_DE", "pl_PL", "en_GB"]


@given(cents)
def test_money_rounds_once_half_away_from_zero(value: Decimal) -> None:
    rounded = money(value)
    assert rounded == money(rounded)  # rounding twice changes nothing
    assert money(-value) == -rounded  # negatives round like positives (no drift)
    assert abs(rounded - value) <= Decimal("0.005")
    assert rounded.as_tuple().exponent == -2


@given(st.integers(min_value=0, max_value=10**8).map(lambda c: Decimal(c) / 100),
       st.sampled_from(LOCALES))
def test_numbers_typed_in_a_locale_read_back_exactly(value: Decimal, name: str) -> None:
    locale = QLocale(name)
    assert fmt.parse_number(fmt.edit_text(value, 2, locale), decimals=2, locale=locale) == value
    grouped = locale.toString(float(value), "f", 2)  # as labels show it, grouped
    assert fmt.parse_number(grouped, decimals=2, locale=locale) == value


PRICES = st.integers(min_value=1, max_value=200_000).map(lambda c: Decimal(c) / 100)
QUANTITIES = st.sampled_from([Decimal(1), Decimal(2), Decimal(3), Decimal("0.5"),
                              Decimal("1.25")])
REWARDS = [RewardInfo("COFFEE2", "Second coffee free", "", Decimal(0), 3),
           RewardInfo("BEANS15", "15 % off beans", "", Decimal(200), 1)]


class SignedInTill:
    """A till already signed in at a store (what the counter visit reads of `Till`)."""

    external_app_id = "app"
    user = None
    language = "en"
    reference = ReferenceData(
        purchase_types=[m.PurchaseType(type_id="pt", name="Store", text_id="store")],
        item_types=[m.PurchaseItemType(type_id="pit", name="Goods", text_id="goods"),
                    m.PurchaseItemType(type_id="pid", name="Discount", text_id="discount")],
        currencies=[m.Currency(currency_id="cur-czk", code="CZK")])
    place = Place(m.Store(store_id="st", name="Shop"), 1, reference.currencies[0])
    currency_code = "CZK"

    def subscribe(self, listener: object) -> None:
        """Nothing changes where it stands."""


class Checkout(RuleBasedStateMachine):
    """The session driven by random intents while quotes come and go in any order."""

    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        self.outbox = Outbox(Path(self.tmp.name) / "outbox.sqlite3")
        self.visit = CounterVisit(None, SignedInTill(), None, outbox=self.outbox)  # type: ignore[arg-type]
        self.session: CheckoutSession = self.visit.session
        self.pending: list[tuple[int, m.Bill, tuple, Decimal, Decimal, str]] = []
        self.confirmed = 0
        from kiosk_app.ui.screens.closure import ClosureScreen

        self.closure = ClosureScreen(self.visit)

    def teardown(self) -> None:
        self.closure.deleteLater()
        self.outbox.close()
        self.tmp.cleanup()

    @initialize()
    def start(self) -> None:
        self.session.start("cur-czk")

    # --- intents -----------------------------------------------------------------------------

    @precondition(lambda self: self.session.receipt is None)
    @rule(price=PRICES, quantity=QUANTITIES, code=st.sampled_from(["1001", "1002", ""]))
    def add_item(self, price: Decimal, quantity: Decimal, code: str) -> None:
        self.session.add_item(plu_code=code, name=f"item {code}", unit_price=price,
                              vat_rate=Decimal(21), item_type_id="pit", quantity=quantity)

    @precondition(lambda self: self.session.receipt is None and self.session.bill.lines)
    @rule(data=st.data(), quantity=st.sampled_from([Decimal(0), Decimal(1), Decimal(4)]))
    def set_quantity(self, data, quantity: Decimal) -> None:
        line = data.draw(st.sampled_from(self.session.bill.lines))
        self.session.set_quantity(line.line_id, quantity)

    @precondition(lambda self: self.session.receipt is None)
    @rule(customer=st.booleans())
    def identify(self, customer: bool) -> None:
        view = CustomerView(m.Customer(customer_id="cu-1", personal_information=m.PersonalInformation(
            first_name="Jana")), points=m.PointsOverview(available_points=Decimal(1000)))
        self.session.identify(view if customer else None, "2000000000015" if customer else None)

    @precondition(lambda self: self.session.receipt is None)
    @rule(reward=st.sampled_from(REWARDS), count=st.integers(0, 3))
    def choose_reward(self, reward: RewardInfo, count: int) -> None:
        self.session.choose_reward(reward.code, count, reward)

    @precondition(lambda self: self.session.receipt is None)
    @rule(points=st.integers(0, 600), payment_type=st.sampled_from("ASCD"))
    def set_payment(self, points: int, payment_type: str) -> None:
        self.session.set_payment(payment_type=payment_type, max_points=Decimal(points))

    @rule()
    def switch_language(self) -> None:
        self.session.rename_items({line.line_id: line.name.upper()
                                   for line in self.session.bill.lines})

    @rule()
    def new_customer(self) -> None:
        self.session.start("cur-czk")

    # --- quotes: asked now, answered later, in any order, or never ------------------------------

    @precondition(lambda self: not self.session.bill.is_empty)
    @rule()
    def ask_quote(self) -> None:
        s = self.session
        self.pending.append((s.revision, s.quote_bill(self.visit.clock()),
                             tuple(s.benefit_codes), s.payment.max_points, s.reward_points,
                             s.payment.payment_type))

    @precondition(lambda self: self.pending)
    @rule(data=st.data(), shares=st.lists(st.integers(0, 100), min_size=1, max_size=6),
          points_share=st.integers(0, 100), offline=st.booleans())
    def answer_quote(self, data, shares: list[int], points_share: int, offline: bool) -> None:
        index = data.draw(st.integers(0, len(self.pending) - 1))
        revision, bill, codes, max_points, reward_points, payment_type = self.pending.pop(index)
        answer = None
        if not offline:
            discounts = [m.DiscountItem(discount_code="R", bill_item_id=item.bill_item_id,
                                        discount_value=money(item.paid_amount * share / 100))
                         for item, share in zip(bill.bill_items, shares, strict=False)]
            left = bill.total_price - sum((d.discount_value for d in discounts), Decimal(0))
            points = min(max_points, (left * 2).to_integral_value() * points_share // 100)
            answer = m.AcceptedPayment(recommended_discounts=discounts, credit_points=points,
                                       price_of_credit_points=money(points / 2),
                                       credit_points_of_this_transaction=Decimal(3),
                                       total_credit_points=Decimal(1000) - points + 3)
        quote = make_quote(revision=revision, bill=bill, payment_type=payment_type,
                           benefit_codes=codes, max_points=max_points, max_credit=Decimal(0),
                           answer=answer, reward_points=reward_points)
        accepted = self.session.accept_quote(quote)
        assert accepted == (revision == self.session.revision and self.session.receipt is None)

    @precondition(lambda self: self.pending)
    @rule(data=st.data())
    def quote_fails(self, data) -> None:
        self.pending.pop(data.draw(st.integers(0, len(self.pending) - 1)))

    @rule(discount=st.integers(101, 500))
    def hostile_quote_is_refused(self, discount: int) -> None:
        assume(not self.session.bill.is_empty)
        bill = self.session.quote_bill(self.visit.clock())
        item = bill.bill_items[0]
        answer = m.AcceptedPayment(recommended_discounts=[m.DiscountItem(
            bill_item_id=item.bill_item_id, discount_value=money(item.paid_amount * discount / 100)
            + CENT)])
        with pytest.raises(QuoteRefused):
            make_quote(revision=self.session.revision, bill=bill, payment_type="A",
                       benefit_codes=(), max_points=Decimal(0), max_credit=Decimal(0),
                       answer=answer)

    # --- confirm ---------------------------------------------------------------------------------

    @precondition(lambda self: self.session.quote is not None and self.session.receipt is None)
    @rule()
    def confirm(self) -> None:
        quote = self.session.quote
        self.closure.show_quote()
        shown_to_pay = self.closure.to_pay.text()
        request = self.visit.purchase_request(quote)
        bill = request.bill
        assert bill.total_price == quote.total_after_discounts
        assert sum((i.paid_amount for i in bill.bill_items), Decimal(0)) == bill.total_price
        assert bill.total_price - quote.points_value - quote.credit == quote.to_pay
        assert fmt.money(quote.to_pay, "CZK") in shown_to_pay  # what the review showed
        if quote.offline:
            assert bill.payment_recap is None
        else:
            assert (bill.payment_recap.credit_points or 0) == quote.points_paid
        before = len(self.outbox.all())
        self.outbox.add(request, currency_code="CZK")
        self.outbox.add(request, currency_code="CZK")  # a second tap: the same entry
        assert len(self.outbox.all()) == before + 1
        self.session.close(Receipt(
            bill_id=bill.bill_id, currency_code="CZK", lines=list(self.session.bill.lines),
            subtotal=quote.subtotal, discounts=list(quote.discounts),
            discount_total=quote.discount_total, points_spent=quote.points_spent,
            points_value=quote.points_value, credit_used=quote.credit, paid=quote.to_pay,
            points_earned=None, expected_balance=None, offline=quote.offline))
        self.confirmed += 1

    # --- what must always hold ----------------------------------------------------------------------

    @invariant()
    def quote_is_of_this_revision(self) -> None:
        quote = self.session.quote
        assert quote is None or quote.revision == self.session.revision
        self.closure.show_quote()
        assert self.closure.shown is quote  # the review never holds another revision's quote
        if quote is not None:
            assert fmt.money(quote.to_pay, "CZK") in self.closure.to_pay.text()

    @invariant()
    def totals_add_up(self) -> None:
        bill = self.session.bill
        assert bill.total == sum((money(line.unit_price * line.quantity) for line in bill.lines),
                                 Decimal(0))
        quote = self.session.quote
        if quote is not None:
            assert quote.subtotal == bill.total
            assert quote.total_after_discounts == bill.total - sum(
                (d.value for d in quote.discounts), Decimal(0))
            assert quote.to_pay >= 0


@pytest.mark.usefixtures("qapp")
def test_checkout_state_machine() -> None:
    run_state_machine_as_test(Checkout, settings=settings(
        max_examples=150, stateful_step_count=40, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
