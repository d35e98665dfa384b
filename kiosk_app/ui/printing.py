"""Printing a receipt, whichever printer the till has: an ESC/POS thermal printer
(`receipt_escpos`, the optional `printer` extra) or one of the operating system's printers
through Qt's QPrinter (`printer = "system"` or `"system:NAME"`), drawn by the same
`paint_receipt` as the PDF. Screens call `print_receipt` and `print_failed` only.

Rows are made on the UI thread (Qt's translator and locale); the printer's I/O runs on one
printer thread, one job at a time, so a slow or absent printer never freezes the screen and
two receipts never mix on the paper."""

from __future__ import annotations

import asyncio
import functools
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk_app.domain.receipt import ReceiptDoc
from kiosk_app.printer import Printing
from kiosk_app.ui.receipt import Row, receipt_rows, wrapped

CONTEXT = "Printer"
NO_SYSTEM_PRINTER = QT_TRANSLATE_NOOP(
    "Printer", "The system has no printer named %1. Check the printer setting and the "
    "system's printers.")
NO_DEFAULT_PRINTER = QT_TRANSLATE_NOOP(
    "Printer", "The system has no default printer. Set one, or name a printer in the "
    "printer setting.")
SYSTEM_REFUSED = QT_TRANSLATE_NOOP(
    "Printer", "The printer %1 did not take the receipt. Check it and print again.")


class PrinterError(Exception):
    """A receipt could not be printed; `str()` is one sentence in the current language
    (translated when shown, on the UI thread, not where the printer failed)."""

    def __init__(self, template: str, *values: str) -> None:
        super().__init__(template, *values)
        self.template, self.values = template, values

    def __str__(self) -> str:
        text = QCoreApplication.translate(CONTEXT, self.template)
        return re.sub(r"%(\d)", lambda m: self.values[int(m.group(1)) - 1], text)


_thread: ThreadPoolExecutor | None = None


async def on_printer_thread(job: Callable[[], None]) -> None:
    """Run a blocking print job on the printer's own thread. A plain Python thread rather
    than `asyncio.to_thread`: under qasync that starts ten QThreads, which abort the process
    at exit when nobody closed the loop."""
    global _thread
    if _thread is None:
        _thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="receipt-printer")
    await asyncio.get_running_loop().run_in_executor(_thread, job)


def system_printer(name: str) -> Any:
    """A QPrinter for the system's printer `name` ("" = its default), or PrinterError."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise PrinterError(NO_SYSTEM_PRINTER, name) if name else PrinterError(NO_DEFAULT_PRINTER)
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_system(rows: list[Row], name: str, *, width_mm: int = 80,
                 printer_for: Callable[[str], Any] | None = None) -> None:
    """Draw the rows on a system printer, the same drawing as the PDF, on a page the
    roll's width and the receipt's length; blocking (the spooler takes it)."""
    from kiosk_app.ui.receipt import paint_paged

    printer = (printer_for or system_printer)(name)
    printer.setDocName(QCoreApplication.translate("Receipt", "Receipt"))
    printer.setFullPage(True)
    if not paint_paged(printer, rows, width_mm):
        raise PrinterError(SYSTEM_REFUSED, printer.printerName() or name)


def receipt_job(doc: ReceiptDoc, printing: Printing) -> Callable[[], None]:
    """The receipt of `doc` as a job for the configured printer: its rows made now, in the
    UI language, for that printer's width (a thermal printer's columns or the PDF's font)."""
    if printing.system:
        rows = wrapped(receipt_rows(doc), printing.width_mm)
        return functools.partial(print_system, rows, printing.system_name,
                                 width_mm=printing.width_mm)
    from kiosk_app.ui.receipt_escpos import print_rows, receipt_lines

    return functools.partial(print_rows, receipt_lines(doc, printing.width_mm),
                             printing.target, width_mm=printing.width_mm)


async def print_receipt(doc: ReceiptDoc, printing: Printing) -> None:
    """Print the receipt on the till's printer, off the UI thread."""
    await on_printer_thread(receipt_job(doc, printing))


def print_failed(screen: Any, exc: BaseException) -> bool:
    """A printer problem is said on the screen in a sentence (what to check); anything else
    is not ours to explain (an operation's `on_error`)."""
    if isinstance(exc, PrinterError):
        screen.show_error(str(exc))
        return True
    return False
