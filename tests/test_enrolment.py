"""Enrolment of a new member, against the real sandbox: the spec's calls (registration
ability, consents, a new customer with its consents, free and virtual cards) validated
against the vendor's spec; the flow object sends only the ticked consents, refuses a phone
or e-mail that has an account and a wrong code, and makes one account and takes one card
whatever the taps and lost answers; the screen does it all by touch at 1024×768."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
import pytest_asyncio

from kiosk_app.api import BadRequest, TransportError
from kiosk_app.app.customers import Customers
from kiosk_app.app.enrolment import (
    Enrolment,
    EnrolmentRefused,
    Refusal,
    clean_name,
    plain_text,
)
from kiosk_app.app.till import Till
from kiosk_app.domain.contact import parse_contact
from kiosk_app.sandbox.server import SandboxServer
from tests.conftest import DEMO

PHONE = "420777123456"
EMAIL = "vera.mala@example.com"
FREE_CARD = "2000000000114"
SOURCE = "src-kiosk"


def code_sent_to(control: httpx.Client, recipient: str) -> str:
    """The code the sandbox sent, as the person reads it off their phone or mailbox."""
    return control.get("otp", params={"recipient": recipient}).json()["otps"][0]["code"]


def posts(sandbox: SandboxServer, path: str) -> list[dict[str, Any]]:
    return [r for r in sandbox.requests if r["method"] == "POST" and r["path"] == path]


def accounts_with(sandbox: SandboxServer, **contact: str) -> list[dict[str, Any]]:
    return sandbox.store.customers(**contact)[0]


@pytest_asyncio.fixture
async def till(client) -> AsyncIterator[Till]:
    """A till signed in and standing in Prague, as a till or kiosk has one."""
    till = Till(client, external_app_id=DEMO.external_app_id)
    await till.sign_in(DEMO.login, DEMO.password)
    till.choose_place("st-prague", 1)
    yield till


@pytest.fixture
def enrolment(client, till: Till) -> Callable[[], Enrolment]:
    return lambda: Enrolment(client, till, Customers(client), customer_source_id=SOURCE)


async def verified(flow: Enrolment, control: httpx.Client, typed: str = PHONE) -> None:
    contact = await flow.send_code(typed)
    await flow.verify(code_sent_to(control, contact.value))


# --- parsing what was typed ----------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "expected"), [
    ("+420 777 123 456", ("phone", PHONE)),
    ("00420777123456", ("phone", PHONE)),
    ("420-777-123-456", ("phone", PHONE)),
    (" Vera.Mala@Example.com ", ("email", EMAIL)),
    ("777123456", None),  # no country code
    ("0777123456", None),
    ("vera@", None),
    ("vera mala", None),
    ("", None),
])
def test_a_phone_or_an_e_mail_as_typed(typed: str, expected: tuple[str, str] | None) -> None:
    contact = parse_contact(typed)
    assert (contact.kind, contact.value) == expected if expected else contact is None


def test_names_and_consent_texts() -> None:
    assert clean_name("  Věra   Marie ") == "Věra Marie"
    assert clean_name("   ") == clean_name("123") == clean_name("Eva\x00") == ""
    assert plain_text("<h1>Terms</h1><p>Fish &amp; chips</p>") == "Terms Fish & chips"


# --- the sandbox's new operations, validated against the spec ------------------------------------


@pytest.mark.asyncio
async def test_the_enrolment_operations_conform_to_the_spec(client, sandbox, spec_checker) -> None:
    assert await client.registration_ability("phone", PHONE)
    assert not await client.registration_ability("phone", "420601111222")
    assert not await client.registration_ability("email", "jana.novakova@example.com")
    with pytest.raises(BadRequest) as refused:
        await client.registration_ability("phone", "601111222")
    assert refused.value.has_reason("invalid_value_format", "value")

    english = await client.agreements()
    assert [a.text_id for a in english] == ["loyalty_terms", "marketing_email", "marketing_sms"]
    assert english[1].name == "Send me news and offers by e-mail"
    client.language = "cs"
    czech = await client.agreements()
    assert czech[1].name == "Chci dostávat novinky a nabídky e-mailem"
    client.language = "en"

    customer_id = await client.create_customer(
        first_name="Věra", last_name="Malá", language_id="cs", customer_source_id=SOURCE,
        phone=PHONE, store_id="st-prague", consents=["agr-terms", "agr-sms"])
    customer = await client.get_customer(customer_id)
    assert [(c.consent_id, c.consent_value) for c in customer.personal_information.consents] == [
        ("agr-terms", 1), ("agr-sms", 1)]
    for duplicate in ({"phone": PHONE}, {"email": "JANA.novakova@example.com".lower()}):
        with pytest.raises(BadRequest) as refused:
            await client.create_customer(first_name="A", last_name="B", language_id="en",
                                         customer_source_id=SOURCE, **duplicate)
        assert refused.value.has_reason("already_exists")
    with pytest.raises(BadRequest) as refused:
        await client.create_customer(first_name="A", last_name="B", language_id="en",
                                     customer_source_id="src-nowhere", phone="420777000999",
                                     consents=["agr-nothing"])
    assert refused.value.has_reason("not_found", "customer_source_id")
    assert refused.value.has_reason("not_found", "consent_id")

    assert await client.validate_free_card(FREE_CARD)
    assert not await client.validate_free_card("2000000000015")  # Jana's
    assert not await client.validate_free_card("2000000000039")  # blocked, and Lucie's
    assert not await client.validate_free_card("2000000009999")  # unknown
    card_id = await client.assign_free_card("ct-classic", customer_id, FREE_CARD)
    assert (await client.get_card(card_id)).customer_id == customer_id
    virtual = await client.get_card(await client.assign_free_card("ct-virtual", customer_id))
    assert virtual.card_number.startswith("2900") and virtual.customer_id == customer_id
    with pytest.raises(BadRequest) as refused:
        await client.assign_free_card("ct-virtual", customer_id)  # one card per type
    assert refused.value.has_reason("relation_already_exists", "card_type_id")
    with pytest.raises(BadRequest) as refused:
        await client.assign_free_card("ct-gold", customer_id, "2000000000152")
    assert refused.value.has_reason("not_allowed_value", "card_type_id")

    checked = {entry.split("?")[0].rsplit(" ", 1)[0] for entry in spec_checker.checked}
    assert {"POST /customers/actions/check-registration-ability", "GET /agreements",
            "POST /customers", "POST /cards/actions/validate-free-card",
            "POST /cards/actions/assign-free-card"} <= checked
    assert not spec_checker.problems


# --- the flow ------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_member_joins_with_exactly_the_consents_ticked(enrolment, sandbox, control) -> None:
    flow = enrolment()
    shown = await flow.consents()
    assert [(c.consent_id, c.required) for c in shown] == [
        ("agr-terms", True), ("agr-email", False), ("agr-sms", False)]
    assert "<p>" not in shown[0].text and shown[0].text
    await verified(flow, control)
    customer_id = await flow.join(" Věra ", "Malá", ["agr-terms", "agr-sms"])
    stored = sandbox.store.customer(customer_id)
    assert (stored["first_name"], stored["last_name"], stored["phone"], stored["email"],
            stored["store_id"], stored["language_id"]) == ("Věra", "Malá", PHONE, None,
                                                           "st-prague", "en")
    registration = sandbox.store.registration(customer_id)
    assert [(c["consent_id"], c["consent_value"]) for c in registration["consents"]] == [
        ("agr-terms", 1), ("agr-sms", 1)]  # the e-mail consent, not ticked, is not recorded
    assert registration["customer_source"] == {"customer_source_id": SOURCE}
    body = posts(sandbox, "/customers")[0]["body"]
    assert "agreement" not in body["customer"]["personal_information"]

    card = await flow.add_card(FREE_CARD)
    assert sandbox.store.cards(card_number=FREE_CARD)[0]["customer_id"] == customer_id
    assert card.card_number == FREE_CARD
    view = await flow.finish()
    assert view.customer_id == customer_id and view.name == "Věra Malá"
    assert view.card is not None and view.card.card_number == FREE_CARD


@pytest.mark.asyncio
async def test_a_member_by_e_mail_gets_a_virtual_card(enrolment, sandbox, control) -> None:
    flow = enrolment()
    await flow.consents()
    await verified(flow, control, "Vera.Mala@Example.com")
    assert flow.verified is not None and flow.verified.value == EMAIL
    assert control.get("otp").json()["otps"][0]["channel"] == 1  # by e-mail
    customer_id = await flow.join("Věra", "Malá", ["agr-terms"])
    assert sandbox.store.customer(customer_id)["email"] == EMAIL
    card = await flow.add_card(None)
    assert card.card_type_id == "ct-virtual" and card.customer_id == customer_id
    assert await flow.add_card(None) is card  # a second tap: the same card
    assert len(posts(sandbox, "/cards/actions/assign-free-card")) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize("typed", ["+420 601 111 222", "JANA.NOVAKOVA@example.com"])
async def test_a_phone_or_e_mail_with_an_account_is_refused(enrolment, control, typed) -> None:
    flow = enrolment()
    with pytest.raises(EnrolmentRefused) as refused:
        await flow.send_code(typed)
    assert refused.value.refusal is Refusal.ALREADY_REGISTERED
    assert control.get("otp").json()["otps"] == []  # no code went anywhere


@pytest.mark.asyncio
async def test_a_number_without_its_country_code_is_refused(enrolment, sandbox) -> None:
    with pytest.raises(EnrolmentRefused) as refused:
        await enrolment().send_code("777 123 456")
    assert refused.value.refusal is Refusal.CONTACT_INVALID
    assert not [r for r in sandbox.requests if "registration" in r["path"]]  # nobody asked


@pytest.mark.asyncio
async def test_a_wrong_code_does_not_verify(enrolment, sandbox, control) -> None:
    flow = enrolment()
    await flow.consents()
    await flow.send_code(PHONE)
    code = code_sent_to(control, PHONE)
    with pytest.raises(EnrolmentRefused) as refused:
        await flow.verify("000000" if code != "000000" else "111111")
    assert refused.value.refusal is Refusal.CODE_WRONG
    with pytest.raises(EnrolmentRefused) as refused:
        await flow.join("Věra", "Malá", ["agr-terms"])
    assert refused.value.refusal is Refusal.NOT_VERIFIED
    request_id = flow.request_id
    await flow.verify(code)
    flow.request_id = request_id  # the same code once more (e.g. typed on another kiosk)
    with pytest.raises(EnrolmentRefused) as refused:
        await flow.verify(code)
    assert refused.value.refusal is Refusal.CODE_EXPIRED  # used: a new code is needed
    assert not posts(sandbox, "/customers")


@pytest.mark.asyncio
async def test_the_required_consent_must_be_ticked(enrolment, sandbox, control) -> None:
    flow = enrolment()
    await flow.consents()
    await verified(flow, control)
    with pytest.raises(EnrolmentRefused) as refused:
        await flow.join("Věra", "Malá", ["agr-email"])
    assert refused.value.refusal is Refusal.CONSENT_MISSING
    with pytest.raises(EnrolmentRefused) as refused:
        await flow.join("Věra", " ", ["agr-terms"])
    assert refused.value.refusal is Refusal.NAME_MISSING
    assert flow.posts == 0 and not posts(sandbox, "/customers")


@pytest.mark.asyncio
async def test_a_double_tap_makes_one_account(enrolment, sandbox, control) -> None:
    flow = enrolment()
    await flow.consents()
    await verified(flow, control)
    control.post("faults", json={"latency_ms": 150, "path_filter": "/customers"})
    first, second = await asyncio.gather(flow.join("Věra", "Malá", ["agr-terms"]),
                                         flow.join("Věra", "Malá", ["agr-terms"]))
    assert first == second
    assert len(accounts_with(sandbox, phone=PHONE)) == 1
    assert flow.posts == 1 and len(posts(sandbox, "/customers")) == 1


@pytest.mark.asyncio
async def test_an_answer_lost_after_the_work_makes_one_account(enrolment, sandbox, control) -> None:
    flow = enrolment()
    await flow.consents()
    await verified(flow, control)
    control.post("faults", json={"script": ["drop_after"], "path_filter": "/customers"})
    customer_id = await flow.join("Věra", "Malá", ["agr-terms"])  # found, not made again
    assert [c["customer_id"] for c in accounts_with(sandbox, phone=PHONE)] == [customer_id]
    assert flow.posts == 1 and len(posts(sandbox, "/customers")) == 1
    assert [r["fate"] for r in posts(sandbox, "/customers")] == ["drop_after"]
    assert await flow.join("Věra", "Malá", ["agr-terms"]) == customer_id  # a tap more: no POST
    assert flow.posts == 1


@pytest.mark.asyncio
async def test_lost_answers_while_joining_never_make_two_accounts(enrolment, sandbox, control) -> None:
    """The POST's answer is lost and so is the look-up's: the flow cannot know, says so, and
    the next tap looks again before anything is sent."""
    flow = enrolment()
    await flow.consents()
    await verified(flow, control)
    control.post("faults", json={"script": ["drop_after", "drop", "drop", "drop", "drop"],
                                 "path_filter": "/customers"})
    with pytest.raises(TransportError):
        await flow.join("Věra", "Malá", ["agr-terms"])
    control.delete("faults")
    customer_id = await flow.join("Věra", "Malá", ["agr-terms"])
    assert [c["customer_id"] for c in accounts_with(sandbox, phone=PHONE)] == [customer_id]
    assert flow.posts == 1 and len(posts(sandbox, "/customers")) == 1


@pytest.mark.asyncio
async def test_a_request_that_never_arrived_is_sent_again(enrolment, sandbox, control) -> None:
    flow = enrolment()
    await flow.consents()
    await verified(flow, control)
    control.post("faults", json={"script": ["drop"], "path_filter": "/customers"})
    with pytest.raises(TransportError):
        await flow.join("Věra", "Malá", ["agr-terms"])  # the look-up found nothing
    assert accounts_with(sandbox, phone=PHONE) == []
    customer_id = await flow.join("Věra", "Malá", ["agr-terms"])
    assert [c["customer_id"] for c in accounts_with(sandbox, phone=PHONE)] == [customer_id]
    assert flow.posts == 2  # the second only after the look-up showed the first did nothing


@pytest.mark.asyncio
async def test_a_lost_card_answer_takes_one_card(enrolment, sandbox, control) -> None:
    flow = enrolment()
    await flow.consents()
    await verified(flow, control)
    customer_id = await flow.join("Věra", "Malá", ["agr-terms"])
    control.post("faults", json={"script": ["drop_after"], "path_filter": "assign-free-card"})
    card = await flow.add_card(None)
    owned = sandbox.store.cards(customer_id=customer_id)
    assert [c["card_number"] for c in owned] == [card.card_number]
    assert len(posts(sandbox, "/cards/actions/assign-free-card")) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize(("number", "refusal"), [
    ("2000000009999", Refusal.CARD_UNKNOWN),
    ("2000000000015", Refusal.CARD_NOT_FREE),  # Jana's
    ("2000000000039", Refusal.CARD_NOT_FREE),  # blocked
])
async def test_a_card_that_is_not_free_is_refused(enrolment, sandbox, control, number,
                                                  refusal) -> None:
    flow = enrolment()
    await flow.consents()
    await verified(flow, control)
    await flow.join("Věra", "Malá", ["agr-terms"])
    with pytest.raises(EnrolmentRefused) as refused:
        await flow.add_card(number)
    assert refused.value.refusal is refusal
    assert not posts(sandbox, "/cards/actions/assign-free-card")  # validated first
    assert (await flow.add_card(FREE_CARD)).card_number == FREE_CARD  # another card then


# --- the screen, by touch, at 1024×768 ----------------------------------------------------------


@pytest.fixture
def theme(qapp) -> Any:
    """The app's real style sheet (its sizes are what the person gets), put back after."""
    from kiosk_app.ui.theme import Theme

    before = qapp.styleSheet()
    theme = Theme(qapp)
    theme.apply()
    yield theme
    qapp.setStyleSheet(before)


@pytest.fixture
def signed_in(qtbot, make_services) -> Any:
    """The app's services (the composition root's) signed in on the test's Qt loop, as the
    windows have them."""
    services = make_services(customer_source_id=SOURCE)
    signing = asyncio.ensure_future(services.till.sign_in(DEMO.login, DEMO.password))
    qtbot.waitUntil(signing.done, timeout=10_000)
    signing.result()
    services.till.choose_place("st-prague", 1)
    yield services


@pytest.fixture
def host(qtbot, theme, signed_in) -> Callable[..., Any]:
    """The screen alone in a 1024×768 window, built as a window would build it."""
    from PySide6.QtWidgets import QMainWindow

    from kiosk_app.ui.screens.enrol import EnrolScreen

    def make(*, kiosk: bool) -> tuple[QMainWindow, EnrolScreen]:
        window = QMainWindow()
        qtbot.addWidget(window)
        screen = EnrolScreen(signed_in.enrolment, window, kiosk=kiosk, cooldown_s=1)
        window.setCentralWidget(screen)
        theme.decorate(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        screen.entered()
        qtbot.waitUntil(lambda: len(screen.rows) == 3, timeout=10_000)
        return window, screen

    return make


def typed(widget: Any, text: str) -> None:
    """Typing on the till's keyboard, accents included (QTest's keyClicks knows no "á")."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from tests.kiosk_driver import _key

    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, _key(ch), Qt.KeyboardModifier.NoModifier,
                                                     ch))


def tap(qtbot, widget: Any) -> None:
    from PySide6.QtCore import Qt

    qtbot.waitUntil(widget.isEnabled, timeout=10_000)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def fits(window: Any, step: str) -> None:
    """Nothing too small, unnamed, outside the window or cut off, and the window kept its size."""
    from PySide6.QtWidgets import QApplication

    from tests.test_ui_touch import problems

    QApplication.processEvents()
    assert (window.width(), window.height()) == (1024, 768), step
    found = problems(window)
    assert not found, f"{step}:\n" + "\n".join(found)


def test_a_shopper_joins_at_the_kiosk_by_touch(qtbot, host, sandbox, control) -> None:
    from PySide6.QtCore import Qt

    window, screen = host(kiosk=True)
    keyboard = screen.keyboard
    assert keyboard is not None and keyboard.isVisible()
    keyboard.set_language("cs")
    fits(window, "name and phone")
    tap(qtbot, screen.first_name)
    for key in ("shift", "v", "accents", "ě", "r", "a"):  # a capital and a háček
        tap(qtbot, keyboard.key(key))
    assert screen.first_name.text() == "Věra"
    tap(qtbot, screen.last_name)
    for key in ("shift", "m", "a", "l", "accents", "á"):
        tap(qtbot, keyboard.key(key))
    assert screen.last_name.text() == "Malá"
    tap(qtbot, screen.contact)
    for digit in PHONE:
        tap(qtbot, keyboard.key(digit))
    assert screen.contact.text() == PHONE
    tap(qtbot, screen.send_button)
    qtbot.waitUntil(lambda: screen.code.isVisible(), timeout=10_000)
    assert screen.code_prompt.text().count("*") >= 8 and PHONE not in screen.code_prompt.text()
    fits(window, "code")
    for digit in code_sent_to(control, PHONE):
        tap(qtbot, screen.keypad.buttons[digit])
    tap(qtbot, screen.confirm_button)
    qtbot.waitUntil(lambda: screen.join_button.isVisible(), timeout=10_000)
    fits(window, "consents")
    rows = {row.consent.consent_id: row for row in screen.rows}
    assert not any(row.is_ticked() for row in rows.values())  # nothing ticked for anyone
    assert rows["agr-terms"].required.isVisible() and not rows["agr-email"].required.isVisible()
    assert not screen.join_button.isEnabled()
    tap(qtbot, rows["agr-email"].check)
    assert not screen.join_button.isEnabled()  # the terms are still missing
    qtbot.mouseClick(rows["agr-terms"].name, Qt.MouseButton.LeftButton)  # a tap on the words
    assert rows["agr-terms"].is_ticked() and screen.join_button.isEnabled()
    tap(qtbot, screen.join_button)
    qtbot.waitUntil(lambda: screen.virtual_button.isVisible(), timeout=10_000)
    assert "Věra" in screen.welcome.text()
    fits(window, "card")
    with qtbot.waitSignal(screen.enrolled, timeout=10_000) as enrolled:
        assert screen.takes_cards()  # the window gives it the card scanned now
        screen.take_card(FREE_CARD)
    view = enrolled.args[0]
    assert view.name == "Věra Malá" and view.card.card_number == FREE_CARD

    [stored] = accounts_with(sandbox, phone=PHONE)
    assert (stored["first_name"], stored["last_name"]) == ("Věra", "Malá")
    registration = sandbox.store.registration(stored["customer_id"])
    assert [(c["consent_id"], c["consent_value"]) for c in registration["consents"]] == [
        ("agr-terms", 1), ("agr-email", 1)]
    assert registration["customer_source"] == {"customer_source_id": SOURCE}
    assert sandbox.store.cards(card_number=FREE_CARD)[0]["customer_id"] == stored["customer_id"]
    assert not screen.takes_cards()  # done: a later scan is the window's


def test_a_cashier_enrols_a_customer_by_e_mail_with_a_virtual_card(qtbot, host, sandbox,
                                                                   control) -> None:
    window, screen = host(kiosk=False)
    assert screen.keyboard is None and screen.card_number.isVisibleTo(screen.pages.widget(3))
    typed(screen.first_name, "Klára")
    typed(screen.last_name, "Nová")
    typed(screen.contact, "Klara.Nova@Example.com")
    assert (screen.first_name.text(), screen.last_name.text()) == ("Klára", "Nová")
    fits(window, "name and e-mail")
    tap(qtbot, screen.send_button)
    qtbot.waitUntil(lambda: screen.code.isVisible(), timeout=10_000)
    assert "e-mail" in screen.code_prompt.text()
    code = code_sent_to(control, "klara.nova@example.com")
    qtbot.keyClicks(screen.code, "000000" if code != "000000" else "111111")
    tap(qtbot, screen.confirm_button)
    qtbot.waitUntil(lambda: "not right" in screen.error.text(), timeout=10_000)
    screen.code.clear()
    qtbot.keyClicks(screen.code, code)
    tap(qtbot, screen.confirm_button)
    qtbot.waitUntil(lambda: screen.join_button.isVisible(), timeout=10_000)
    tap(qtbot, {row.consent.consent_id: row for row in screen.rows}["agr-terms"].check)
    tap(qtbot, screen.join_button)
    qtbot.waitUntil(lambda: screen.virtual_button.isVisible(), timeout=10_000)
    qtbot.keyClicks(screen.card_number, "2000000000015")  # Jana's card
    tap(qtbot, screen.use_card_button)
    qtbot.waitUntil(lambda: "belongs to someone" in screen.error.text(), timeout=10_000)
    fits(window, "card refused")
    with qtbot.waitSignal(screen.enrolled, timeout=10_000) as enrolled:
        tap(qtbot, screen.virtual_button)
    view = enrolled.args[0]
    assert view.card.card_type_id == "ct-virtual"
    [stored] = accounts_with(sandbox, email="klara.nova@example.com")
    assert view.customer_id == stored["customer_id"]
    assert [c["consent_id"] for c in sandbox.store.registration(
        stored["customer_id"])["consents"]] == ["agr-terms"]
    screen.entered()  # the next customer starts from nothing
    assert screen.first_name.text() == "" and screen.pages.currentIndex() == 0


def test_a_phone_with_an_account_says_what_to_do(qtbot, host, control) -> None:
    window, screen = host(kiosk=True)
    for field, text in ((screen.first_name, "Jana"), (screen.last_name, "Nováková"),
                        (screen.contact, "+420 601 111 222")):
        field.setText(text)
    tap(qtbot, screen.send_button)
    qtbot.waitUntil(lambda: "already has an account" in screen.error.text(), timeout=10_000)
    assert "Scan your card" in screen.error.text()
    assert screen.pages.currentIndex() == 0 and control.get("otp").json()["otps"] == []
    fits(window, "already registered")
    screen.contact.setText("601111222")
    tap(qtbot, screen.send_button)
    qtbot.waitUntil(lambda: "country code" in screen.error.text(), timeout=10_000)
    screen.wipe()  # the shopper walked away
    assert not any(f.text() for f in (screen.first_name, screen.last_name, screen.contact))


@pytest.mark.parametrize("kiosk", [True, False], ids=["kiosk", "counter"])
def test_every_step_fits_in_pseudo_localisation_with_large_text(qtbot, host, theme, control,
                                                                 built_translations,
                                                                 kiosk: bool) -> None:
    """The longest words (pseudo-localised), high contrast and large text at 1024×768."""
    from kiosk_app.ui.i18n import Languages
    from kiosk_app.ui.theme import Look

    window, screen = host(kiosk=kiosk)
    languages = Languages()
    languages.switch("pseudo")
    theme.apply(Look(high_contrast=True, large_text=True))
    theme.decorate(window)
    try:
        fits(window, "name and phone")
        screen.first_name.setText("Vera")
        screen.last_name.setText("Mala")
        screen.contact.setText(PHONE)
        tap(qtbot, screen.send_button)
        qtbot.waitUntil(lambda: screen.code.isVisible(), timeout=10_000)
        screen.show_error("A message a person must read. " * 8)
        fits(window, "code, with a long message")
        screen.code.setText(code_sent_to(control, PHONE))
        tap(qtbot, screen.confirm_button)
        qtbot.waitUntil(lambda: screen.join_button.isVisible(), timeout=10_000)
        fits(window, "consents")
        for row in screen.rows:
            row.set_ticked(True)
        tap(qtbot, screen.join_button)
        qtbot.waitUntil(lambda: screen.virtual_button.isVisible(), timeout=10_000)
        fits(window, "card")
    finally:
        languages.switch("en")


def test_the_consents_follow_a_language_switch_and_keep_their_ticks(qtbot, host,
                                                                     signed_in) -> None:
    _, screen = host(kiosk=True)
    screen.rows[1].set_ticked(True)
    signed_in.client.language = "cs"  # as a window does after switching
    screen.refresh_server_texts()
    qtbot.waitUntil(lambda: screen.rows[1].name.text().startswith("Chci"), timeout=10_000)
    assert [row.is_ticked() for row in screen.rows] == [False, True, False]
    assert screen.ticked == {"agr-email"}
    signed_in.client.language = "en"
