"""`kiosk-app doctor`: checks an installation the way an installer would, and says what failed.

Each check belongs to a failure class with its own exit code; the run stops at the
first class that fails, because later checks need the earlier ones.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from kiosk_app import __version__
from kiosk_app.api import ApiError, BadRequest, CareCloudClient, Credentials, HttpError
from kiosk_app.api import models as m
from kiosk_app.api.masking import mask_value
from kiosk_app.urls import is_loopback

if TYPE_CHECKING:
    from kiosk_app.printer import Printing

EXIT_OK = 0
EXIT_REACH = 2
EXIT_LOGIN = 3
EXIT_REFERENCE = 4
EXIT_CARD = 5
EXIT_QUOTE = 6
EXIT_PRINTER = 7


@dataclass
class DoctorFailure(Exception):
    exit_code: int
    what: str
    detail: str


async def run_doctor(
    client: CareCloudClient,
    credentials: Credentials | None,
    *,
    store_id: str = "",
    cashdesk_number: int = 1,
    card_number: str | None = None,
    out: Callable[[str], None] = print,
) -> int:
    """Run the checklist against `client`; returns the process exit code."""
    out(f"kiosk-app {__version__} doctor: {client.base_url}")

    def ok(text: str) -> None:
        out(f"  [ OK ] {text}")

    try:
        loopback = is_loopback(urlsplit(client.base_url).hostname or "")
        ok(f"Proxy: {client.proxy}" if client.proxy else "Proxy: direct"
           + (" (loopback server, never proxied)" if loopback else ""))
        ok(f"CA: {_ca_line(client.ca_bundle)}")
        await _check(EXIT_REACH, "Server reachable", client.get_languages())
        secure = client.base_url.startswith("https://")
        ok("Server reachable" + (" over HTTPS, certificate verified" if secure
                                 else " on loopback (sandbox, no TLS needed)"))
        if credentials is None:
            raise DoctorFailure(EXIT_LOGIN, "Login",
                                "No login or password: pass --login and set the password with "
                                "`kiosk-app config set-password` or KIOSK_PASSWORD.")
        user = await _check(EXIT_LOGIN, "Login", client.login(credentials))
        ok(f"Signed in as {user.login if user else credentials.login}")

        stores = await _check(EXIT_REFERENCE, "Stores", client.get_stores())
        currencies = await _check(EXIT_REFERENCE, "Currencies", client.get_currencies())
        ptypes = await _check(EXIT_REFERENCE, "Purchase types", client.get_purchase_types())
        itypes = await _check(EXIT_REFERENCE, "Purchase item types",
                              client.get_purchase_item_types())
        ctypes = await _check(EXIT_REFERENCE, "Card types", client.get_card_types())
        langs = await _check(EXIT_REFERENCE, "Languages", client.get_languages())
        for name, items in (("stores", stores), ("currencies", currencies),
                            ("purchase types", ptypes), ("purchase item types", itypes),
                            ("card types", ctypes), ("languages", langs)):
            if not items:
                raise DoctorFailure(EXIT_REFERENCE, "Reference data", f"No {name} defined.")
        store = next((s for s in stores if s.store_id == store_id), None) if store_id else stores[0]
        if store is None:
            raise DoctorFailure(EXIT_REFERENCE, "Store",
                                f"Configured store_id {store_id!r} is not among the "
                                f"{len(stores)} stores of this project.")
        ok(f"Reference data: {len(stores)} stores, {len(currencies)} currencies, "
           f"{len(ptypes)} purchase types, {len(itypes)} item types, {len(ctypes)} card types, "
           f"{len(langs)} languages; store {store.name} ({store.store_id})")

        if card_number:
            card = await _check(EXIT_CARD, "Card lookup", client.find_card(card_number))
            shown = mask_value(card_number)
            if card is None:
                raise DoctorFailure(EXIT_CARD, "Card lookup", f"Card {shown} was not found.")
            status = card.status(datetime.now())
            owner = "free card" if card.is_free else "has a customer"
            ok(f"Card {shown}: {status.value}, {owner}")

        currency = currencies[0]
        bill = m.Bill(
            bill_id=f"doctor-{uuid.uuid4().hex}",
            payment_time=m.format_datetime(datetime.now()),
            currency_id=currency.currency_id,
            total_price=Decimal("1.00"),
            bill_items=[m.BillItem(
                plu_ids=[m.PluId(list_code="DOCTOR", code="TEST")], plu_name="Doctor test item",
                vat_rate=Decimal(0), quantity=Decimal(1), paid_amount=Decimal("1.00"),
                price=Decimal("1.00"), bill_item_id="1",
                loyalty_off=True, purchase_item_type_id=itypes[0].type_id)],
        )
        await _check(EXIT_QUOTE, "Quote (accept-payment)", client.accept_payment(
            store_id=store.store_id, cashdesk_number=cashdesk_number, bill=bill,
            payment_type="S"))
        ok(f"Quote for a 1.00 {currency.code} test bill accepted (nothing committed)")
    except DoctorFailure as failure:
        out(f"  [FAIL] {failure.what}: {failure.detail}")
        out(f"Doctor found a problem (exit code {failure.exit_code}).")
        return failure.exit_code
    finally:
        await client.logout()
    out("All checks passed.")
    return EXIT_OK


def _ca_line(ca_bundle: str) -> str:
    """Which CAs verify the server, or a reach failure when the extra bundle went away."""
    from kiosk_app.tls import describe_ca

    try:
        return describe_ca(ca_bundle)
    except ValueError as exc:
        raise DoctorFailure(EXIT_REACH, "CA", str(exc)) from exc


def check_printer(printer: str, width_mm: int = 80, *,
                  out: Callable[[str], None] = print) -> int:
    """`doctor --printer`: a test page on the configured receipt printer, and one line that
    says it went out or why not (no CareCloud needed: an installer sets the printer up alone)."""
    if not printer:
        out('  [FAIL] Printer: none is configured. Set printer = "escpos:tcp://HOST:9100" '
            "(or escpos:usb://VID:PID, escpos:serial://DEVICE, escpos:file://PATH, system, "
            "system:NAME) in the settings.")
        return EXIT_PRINTER
    from kiosk_app.printer import Printing
    from kiosk_app.ui.printing import PrinterError

    printing = Printing(printer, width_mm)
    try:
        if printing.system:
            said = _system_test_page(printing)
        else:
            said = _escpos_test_page(printer, width_mm)
    except Exception as exc:  # PrinterError says it in a sentence; anything else by its name
        reason = str(exc) if isinstance(exc, PrinterError) else f"{type(exc).__name__}: {exc}"
        out(f"  [FAIL] Printer {printer}: {reason}")
        return EXIT_PRINTER
    out(f"  [ OK ] Printer {printer}: {said}")
    return EXIT_OK


def _escpos_test_page(printer: str, width_mm: int) -> str:
    from kiosk_app.ui.receipt_escpos import (
        CODE_PAGE,
        COLUMNS,
        code_page_command,
        doctor_page_rows,
        print_rows,
    )

    print_rows(doctor_page_rows(printer, width_mm), printer, width_mm=width_mm)
    command = code_page_command()
    return (f"test page sent ({width_mm} mm, {COLUMNS[width_mm]} columns, code page "
            f"{CODE_PAGE} selected with ESC t {command[2]}); check that its accented words "
            "read right and its barcode and QR scan.")


def _system_test_page(printing: Printing) -> str:
    """The test page through Qt's print system: it needs a (windowless) Qt application."""
    from PySide6.QtGui import QGuiApplication

    from kiosk_app.ui.printing import print_system, system_printer
    from kiosk_app.ui.receipt import Row
    from kiosk_app.ui.receipt_escpos import TEST_WORDS

    # held until the page is out: fonts and the print plugin need a (windowless) application
    app = QGuiApplication.instance() or QGuiApplication(["kiosk-app", "-platform", "offscreen"])
    printer = system_printer(printing.system_name)
    rows = [Row("title", "kiosk-app"), Row("text", "Printer test page"),
            Row("text", printer.printerName()), Row("text", f"{printing.width_mm} mm"),
            Row("rule"), *[Row("text", words) for words in TEST_WORDS],
            Row("line", "2× Espresso", "118,00 CZK"), Row("total", "Total", "35,00 CZK"),
            Row("rule"), Row("barcode", "CATESP1234AB"), Row("qr", "CCBILL:doctor:test")]
    print_system(rows, printing.system_name, width_mm=printing.width_mm,
                 printer_for=lambda _name: printer)
    app.processEvents()  # the spooler's queued events, before the application may go
    return (f"test page sent to the system printer {printer.printerName()} "
            f"({printing.width_mm} mm); check that its accented words read right and its "
            "barcode and QR scan.")


async def _check(code: int, what: str, awaitable):  # type: ignore[no-untyped-def]
    try:
        return await awaitable
    except BadRequest as exc:
        reasons = ", ".join(f"{p.name}: {p.reason}" for p in exc.invalid_params) or exc.title
        raise DoctorFailure(code, what, f"refused ({reasons})") from exc
    except HttpError as exc:
        raise DoctorFailure(code, what, f"HTTP {exc.status} {exc.title}".strip()) from exc
    except ApiError as exc:
        raise DoctorFailure(code, what, str(exc)) from exc
