"""The receipt on an ESC/POS thermal printer through python-escpos (the optional `printer`
extra): the same rows as the PDF (`receipt_rows`), in the printer's own font, with its own
barcode and QR commands, so printing needs neither images nor a system printer driver.

Text goes out in one code page, chosen here and selected explicitly: CP852 (PC852, Latin-2)
holds every letter of Czech, Slovak, Polish and German (á č ď é ě í ň ó ř š ť ú ů ý ž ä ľ ĺ
ô ŕ ö ü ß ą ć ę ł ń ś ź ż), and python-escpos's default profile selects it with ESC t 18
(Epson's number for PC852). Left to guess, python-escpos would switch pages letter by
letter; forced, it prints "?" for a character the page lacks instead of failing.

Both printer kinds share `kiosk_app/ui/printing.py` (its thread, its errors).

The whole job is rendered into python-escpos's Dummy printer first and then sent in one
write, so what a test reads from the Dummy is exactly what reaches the paper."""

from __future__ import annotations

import contextlib
import io
import os
import textwrap
import unicodedata
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk_app.domain.receipt import ReceiptDoc
from kiosk_app.printer import SCHEME, Target, parse_target
from kiosk_app.ui.printing import PrinterError
from kiosk_app.ui.receipt import Row, receipt_rows, wrapped

CODE_PAGE = "CP852"
COLUMNS = {58: 32, 80: 48}  # Font A, 12 dots a character, on 384 and 576 printable dots
DOTS = {58: 384, 80: 576}
QR_SIZE = {58: 5, 80: 6}  # dots a module: the claim QR about 20 mm wide
BARCODE_HEIGHT = 80  # dots, 10 mm at 203 dpi
TIMEOUT_S = 10  # a printer that does not answer within this is reported, not waited for
TEST_WORDS = ("Nováková Müller żółć Ľubomír", "Příliš žluťoučký kůň úpěl ďábelské ódy",
              "ä ö ü ß ą ć ę ł ń ś ź ż ľ ĺ ô ŕ")

# typography the code page lacks, as the nearest character it has (no "?" in amounts)
_FOLD = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
                       "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2013": "-",
                       "\u2014": "-", "\u00b7": "-", "\u2022": "-", "\u2018": "'",
                       "\u2019": "'", "\u201a": ",", "\u201c": '"', "\u201d": '"',
                       "\u201e": '"', "\u2026": "...", "\u00ad": ""})

NEEDS = QT_TRANSLATE_NOOP("Printer", "Printing needs %1: install kiosk-app[printer].")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Printer", "Cannot reach the receipt printer %1 (%2). Check that it is on and connected.")
FAILED = QT_TRANSLATE_NOOP(
    "Printer", "The receipt printer %1 did not take the receipt (%2). Check it and print again.")
UNUSABLE = QT_TRANSLATE_NOOP("Printer", "The printer setting %1 cannot be used: %2.")


def _printers() -> Any:
    """python-escpos's printer classes, or the sentence that says how to get them."""
    if "ESCPOS_CAPABILITIES_PICKLE_DIR" not in os.environ:  # else a new temp folder per start
        from kiosk_app.files import app_dir

        folder = app_dir("cache") / "escpos"
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(folder)
    try:
        import escpos.printer
    except ImportError:
        raise PrinterError(NEEDS, "python-escpos") from None
    return escpos.printer


def printable(text: str) -> str:
    """The text as the printer should get it: composed letters, typography folded."""
    return unicodedata.normalize("NFC", text).translate(_FOLD)


def columns(left: str, right: str, cols: int) -> list[str]:
    """Lines of exactly the roll's width at most: the left text wrapped, the right one
    (an amount) flush right on its last line."""
    left, right = printable(left), printable(right)
    if not right:
        return textwrap.wrap(left, cols, break_on_hyphens=False) or [""]
    right = right[:cols]
    room = cols - len(right) - 1
    lines = textwrap.wrap(left, room if room >= cols // 2 else cols,
                          break_on_hyphens=False) or [""]
    if len(lines[-1]) <= room:
        lines[-1] = lines[-1].ljust(cols - len(right)) + right
    else:
        lines.append(right.rjust(cols))
    return lines


def receipt_lines(doc: ReceiptDoc, width_mm: int = 80) -> list[Row]:
    """The receipt's rows in the UI language (Qt's translator and locale: the UI thread),
    wrapped to the printer's columns rather than the PDF font's."""
    return wrapped(receipt_rows(doc), width_mm, _cols(width_mm))


def _cols(width_mm: int) -> int:
    if width_mm not in COLUMNS:
        raise ValueError(f"paper width {width_mm} mm: 58 or 80")
    return COLUMNS[width_mm]


def render(rows: list[Row], *, width_mm: int = 80) -> bytes:
    """The rows as one ESC/POS job: reset, code page, text, barcodes, QR, cut."""
    cols = _cols(width_mm)
    printer = _printers().Dummy()
    with contextlib.redirect_stdout(io.StringIO()):  # it prints which barcode renderer it uses
        printer.hw("INIT")  # ESC @ also resets the code page, so it is chosen after
        printer.charcode(CODE_PAGE)  # ESC t n now, and no switching by guess from here on
        for row in rows:
            _row(printer, row, width_mm, cols)
        printer.cut()
    return printer.output


def _text(printer: Any, lines: list[str]) -> None:
    for line in lines:
        printer.text(line + "\n")


def _row(printer: Any, row: Row, width_mm: int, cols: int) -> None:
    if row.kind == "rule":
        _text(printer, ["-" * cols])
    elif row.kind == "title":
        printer.set(align="center", bold=True, double_height=True)
        _text(printer, columns(row.left, row.right, cols))
        printer.set(align="left", bold=False, normal_textsize=True)
    elif row.kind == "total":
        printer.set(bold=True)
        _text(printer, columns(row.left, row.right, cols))
        printer.set(bold=False)
    elif row.kind == "barcode":
        _barcode(printer, row.left, width_mm, cols)
    elif row.kind == "qr":
        from escpos.constants import QR_ECLEVEL_M

        printer.set(align="center")
        printer.qr(row.left, ec=QR_ECLEVEL_M, size=QR_SIZE[width_mm], native=True)
        printer.set(align="left")
        _text(printer, [""])
    else:
        _text(printer, columns(row.left, row.right, cols))


def _barcode(printer: Any, code: str, width_mm: int, cols: int) -> None:
    """A voucher's code with the printer's own barcode command (GS k), in the symbology the
    screen and the PDF use; a code no printer can draw at this width is printed as text."""
    from kiosk_app.ui.widgets.barcode import symbology

    if symbology(code) == "ean13":
        data, kind, modules = code, "EAN13", 95 + 2 * 9
    elif code.isascii() and code.isprintable() and code:
        data, kind, modules = "{B" + code, "CODE128", 11 * (len(code) + 3) + 2 + 2 * 10
    else:
        data, kind, modules = "", "", 0
    fitting = [w for w in (4, 3, 2) if modules * w <= DOTS[width_mm]]
    if not data or not fitting:
        _text(printer, [line.center(cols).rstrip() for line in columns(code, "", cols)])
        return
    printer.barcode(data, kind, height=BARCODE_HEIGHT, width=fitting[0], pos="BELOW",
                    font="A", align_ct=True, function_type="B")
    printer.set(align="left")
    _text(printer, [""])


def escpos_bytes(doc: ReceiptDoc, *, width_mm: int = 80) -> bytes:
    """The receipt of `doc` as the byte stream an ESC/POS printer gets."""
    return render(receipt_lines(doc, width_mm), width_mm=width_mm)


def _target(target: str) -> Target:
    text = target[len(SCHEME):] if target.startswith(SCHEME) else target
    try:
        return parse_target(text)
    except ValueError as exc:
        raise PrinterError(UNUSABLE, target, str(exc)) from None


def _connect(target: Target) -> Any:
    printers = _printers()
    if target.kind == "tcp":
        return printers.Network(target.host, port=target.port, timeout=TIMEOUT_S)
    if target.kind == "usb":
        if not printers.Usb.is_usable():
            raise PrinterError(NEEDS, "pyusb")
        return printers.Usb(target.vendor, target.product, timeout=TIMEOUT_S * 1000)
    if target.kind == "serial":
        if not printers.Serial.is_usable():
            raise PrinterError(NEEDS, "pyserial")
        return printers.Serial(target.path, baudrate=target.baud, timeout=TIMEOUT_S)
    return printers.File(target.path)


def _reason(exc: BaseException) -> str:
    """The cause in a few words: the operating system's, where there is one."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.strerror:
            return seen.strerror
        seen = seen.__cause__ or seen.__context__
    lines = [line.strip() for line in str(getattr(exc, "msg", "") or exc).splitlines()]
    return next((line for line in reversed(lines) if line), type(exc).__name__)[:160]


def send(data: bytes, target: str) -> None:
    """Send a rendered job to the printer `target` names; blocking (run it in a thread)."""
    where = _target(target)
    printer = _connect(where)
    try:
        try:
            printer.open()
        except Exception as exc:  # the driver raises its own errors, OSError, USBError...
            raise PrinterError(UNREACHABLE, str(where), _reason(exc)) from exc
        try:
            printer._raw(data)  # the documented way to send a Dummy printer's output
        except Exception as exc:
            raise PrinterError(FAILED, str(where), _reason(exc)) from exc
    finally:
        with contextlib.suppress(Exception):
            printer.close()


def print_rows(rows: list[Row], target: str, *, width_mm: int = 80) -> None:
    """Render and send; blocking. Rows come from `receipt_lines` on the UI thread."""
    send(render(rows, width_mm=width_mm), target)


def print_receipt(doc: ReceiptDoc, target: str, *, width_mm: int = 80) -> None:
    """Print the receipt of `doc` on `target` (tcp://HOST:PORT, usb://VID:PID,
    serial://DEVICE, file://PATH or a path; `escpos:` in front is allowed); blocking."""
    where = _target(target)  # a wrong setting is reported before anything is rendered
    send(escpos_bytes(doc, width_mm=width_mm), str(where))


def code_page_command() -> bytes:
    """ESC t n for the chosen code page in python-escpos's default profile."""
    printer = _printers().Dummy()
    return b"\x1bt" + bytes([int(printer.profile.get_code_pages()[CODE_PAGE])])


def doctor_page_rows(printer: str, width_mm: int) -> list[Row]:
    """`kiosk-app doctor --printer`: accented words of all four languages, columns, a
    barcode and a QR, so an installer sees at once whether the code page is right."""
    command = f"t {code_page_command()[2]}"
    return [Row("title", "kiosk-app"), Row("text", "Printer test page"), Row("text", printer),
            Row("text", f"{width_mm} mm, {COLUMNS[width_mm]} columns", ""), Row("rule"),
            *[Row("text", words) for words in TEST_WORDS],
            Row("line", "2× Espresso", "118,00 CZK"), Row("total", "Total", "35,00 CZK"),
            Row("rule"), Row("barcode", "CATESP1234AB"), Row("qr", "CCBILL:doctor:test"),
            Row("text", f"Code page {CODE_PAGE} (ESC {command})")]
