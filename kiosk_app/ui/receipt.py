"""A receipt in the UI language: rows every output draws the same way (the Done screen's
text, a PDF), with vector barcodes (python-barcode) and the claim QR (segno)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from kiosk_app.domain.receipt import ReceiptDoc
from kiosk_app.files import private_file
from kiosk_app.ui.format import money, number, status_text


@dataclass(frozen=True)
class Row:
    kind: str  # "title", "text", "line", "total", "barcode", "qr", "rule"
    left: str = ""
    right: str = ""


def when(doc: ReceiptDoc) -> str:
    moment = QDateTime.fromString(doc.sale.payment_time[:19].replace(" ", "T"), "yyyy-MM-ddTHH:mm:ss")
    if not moment.isValid():
        moment = QDateTime.currentDateTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def receipt_rows(doc: ReceiptDoc) -> list[Row]:
    """What the receipt says, top to bottom, in the current language."""
    translate = QCoreApplication.translate
    sale, code = doc.sale, doc.sale.currency_code
    desk = translate("Receipt", "Cash desk %1").replace("%1", str(doc.cashdesk))
    rows = [Row("title", doc.store_name), Row("text", desk, when(doc)), Row("rule")]
    for line in sale.lines:
        count = number(line.quantity, 0 if line.quantity == int(line.quantity) else 3)
        rows.append(Row("line", (f"{count}× " if line.quantity != 1 else "") + line.name,
                        money(line.total, code)))
    rows.append(Row("line", QCoreApplication.translate("Receipt", "Items"),
                    money(sale.subtotal, code)))
    for name, value in doc.discount_lines:
        rows.append(Row("line", name, "−" + money(value, code)))
    if sale.points_spent:
        spent = QCoreApplication.translate("Receipt", "Points spent: %1")
        rows.append(Row("line", spent.replace("%1", number(sale.points_spent)),
                        "−" + money(sale.points_value, code) if sale.points_value else ""))
    if sale.credit_used:
        rows.append(Row("line", QCoreApplication.translate("Receipt", "Credit used"),
                        "−" + money(sale.credit_used, code)))
    rows += [Row("rule"), Row("total", QCoreApplication.translate("Receipt", "Paid"),
                              money(sale.paid, code)), Row("rule")]
    texts = []
    if doc.card:
        texts.append(QCoreApplication.translate("Receipt", "Card %1").replace("%1", doc.card))
    if sale.points_earned is not None:
        texts.append(QCoreApplication.translate("Receipt", "Points earned: %1").replace(
            "%1", number(sale.points_earned)))
    if sale.balance is not None:
        texts.append(QCoreApplication.translate("Receipt", "Points balance: %1").replace(
            "%1", number(sale.balance)))
    texts.append(status_text(doc.status))
    if sale.offline:
        texts.append(QCoreApplication.translate(
            "Receipt", "Sold without loyalty benefits (CareCloud was out of reach)."))
    if sale.delivered and sale.purchase_id:
        texts.append(QCoreApplication.translate("Receipt", "CareCloud purchase %1").replace(
            "%1", sale.purchase_id))
    else:
        texts.append(QCoreApplication.translate(
            "Receipt", "Saved at this till; it will be delivered to CareCloud."))
    rows += [Row("text", text) for text in texts if text]
    if doc.vouchers_next:
        rows += [Row("rule"), Row("text", QCoreApplication.translate(
            "Receipt", "Your vouchers for next time:"))]
        for name, voucher_code in doc.vouchers_next:
            rows += [Row("text", name), Row("barcode", voucher_code)]
    rows += [Row("rule"), Row("text", QCoreApplication.translate(
        "Receipt", "Forgot your card? Scan this at the kiosk or show it at the till to get "
                   "the points.")),
             Row("qr", doc.claim),
             Row("text", QCoreApplication.translate("Receipt", "Bill %1").replace(
                 "%1", doc.sale.bill_id))]
    return rows


def wrapped(rows: list[Row], width_mm: float, chars: int | None = None) -> list[Row]:
    """Long one-column texts broken into lines that fit the roll: about 2 mm a letter in the
    PDF's font, or `chars` a line (a thermal printer's fixed columns)."""
    import textwrap

    chars = chars or max(16, int((width_mm - 8) / 1.8))
    out = []
    for row in rows:
        if row.kind == "text" and not row.right and len(row.left) > chars:
            out += [Row("text", part) for part in textwrap.wrap(row.left, chars)]
        else:
            out.append(row)
    return out


def receipt_text(doc: ReceiptDoc) -> str:
    """The receipt as plain text (barcodes and the QR as their codes)."""
    out = []
    for row in receipt_rows(doc):
        if row.kind == "rule":
            out.append("-" * 32)
        elif row.kind in ("barcode", "qr"):
            out.append(f"[{row.left}]")
        else:
            out.append(f"{row.left}  {row.right}".strip())
    return "\n".join(out)


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR's modules (True = dark), from segno, a kept library."""
    import segno

    return [[bool(cell) for cell in row] for row in segno.make(text, error="m").matrix]


HEIGHTS = {"rule": 3.0, "barcode": 18.0, "qr": 36.0, "title": 7.0}  # mm
LINE_MM = 4.6


def receipt_height_mm(rows: list[Row]) -> float:
    return 10 + sum(HEIGHTS.get(r.kind, LINE_MM) for r in rows)


def paint_receipt(painter: object, rows: list[Row], width_mm: float) -> None:
    """Draw the rows with a painter whose units are millimetres: the one drawing behind
    the PDF (and a preview image), so they cannot differ."""
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QColor, QFont, QPen
    from PySide6.QtSvg import QSvgRenderer

    from kiosk_app.ui.widgets.barcode import barcode_svg

    left, right, y = 4.0, width_mm - 4.0, 5.0
    pen = QPen(QColor(0, 0, 0))
    pen.setWidthF(0.3)  # mm
    painter.setPen(pen)
    body = QFont("DejaVu Sans")
    body.setPixelSize(3)  # millimetres
    for row in rows:
        font = QFont(body)
        if row.kind in ("title", "total"):
            font.setBold(True)
            font.setPixelSize(4 if row.kind == "title" else 3)
        painter.setFont(font)
        h = HEIGHTS.get(row.kind, LINE_MM)
        if row.kind == "rule":
            painter.drawLine(QRectF(left, y + 1.5, right - left, 0).topLeft(),
                             QRectF(left, y + 1.5, right - left, 0).topRight())
        elif row.kind == "barcode":
            QSvgRenderer(QByteArray(barcode_svg(row.left))).render(
                painter, QRectF(left + 6, y, right - left - 12, 12))
            painter.drawText(QRectF(left, y + 12, right - left, 5), 0x0084, row.left)
        elif row.kind == "qr":
            matrix = qr_matrix(row.left)
            side = 30.0
            cell = side / len(matrix)
            x0 = (width_mm - side) / 2
            for r, cells in enumerate(matrix):
                for c, dark in enumerate(cells):
                    if dark:
                        painter.fillRect(QRectF(x0 + c * cell, y + r * cell, cell, cell),
                                         QColor(0, 0, 0))
        else:
            painter.drawText(QRectF(left, y, right - left, h), 0x0081, row.left)  # left
            if row.right:
                painter.drawText(QRectF(left, y, right - left, h), 0x0082, row.right)  # right
        y += h


def paint_paged(device: object, rows: list[Row], width_mm: float) -> bool:
    """Draw the rows on a PDF writer or a printer, on one page the roll's width and the
    receipt's length; False when the device would not start (a printer that refused)."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter

    device.setPageSize(QPageSize(QSizeF(width_mm, receipt_height_mm(rows)),  # type: ignore[attr-defined]
                                 QPageSize.Unit.Millimeter))
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)  # type: ignore[attr-defined]
    painter = QPainter()
    if not painter.begin(device):
        return False
    dots = device.resolution() / 25.4  # type: ignore[attr-defined]
    painter.scale(dots, dots)
    paint_receipt(painter, rows, width_mm)
    return painter.end()


def write_pdf(doc: ReceiptDoc, path: str | Path, *, width_mm: float = 80.0) -> Path:
    """The receipt as a PDF on a till roll's width, written private to this user; barcodes
    and the QR are vectors (crisp at any zoom and printer)."""
    from PySide6.QtGui import QPdfWriter

    rows = wrapped(receipt_rows(doc), width_mm)
    path = Path(path)
    private_file(path)  # names, card and purchase: private to this user from the start
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(QCoreApplication.translate("Receipt", "Receipt"))
    if not paint_paged(writer, rows, width_mm):
        raise OSError(f"cannot write {path}")
    return path


def receipt_image(doc: ReceiptDoc, *, width_mm: float = 80.0, px_per_mm: float = 8.0
                  ) -> object:
    """The same drawing as the PDF, as an image (a preview; what tests look at)."""
    from PySide6.QtGui import QColor, QImage, QPainter

    rows = wrapped(receipt_rows(doc), width_mm)
    image = QImage(int(width_mm * px_per_mm), int(receipt_height_mm(rows) * px_per_mm),
                   QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.scale(px_per_mm, px_per_mm)
    paint_receipt(painter, rows, width_mm)
    painter.end()
    return image


def receipts_dir() -> Path:
    """Where a till keeps receipt PDFs: the user's data folder, private to them."""
    from kiosk_app.files import app_dir

    return Path(os.environ.get("KIOSK_RECEIPTS_DIR") or app_dir("data") / "receipts")


def save_receipt_pdf(doc: ReceiptDoc) -> Path:
    return write_pdf(doc, receipts_dir() / f"receipt-{doc.sale.bill_id}.pdf")


def qr_pixmap(text: str, side: int) -> object:
    """The QR drawn black on white with a quiet zone, `side` pixels square."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter, QPixmap

    matrix = qr_matrix(text)
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor(255, 255, 255))
    cells = len(matrix) + 8  # 4 modules of quiet zone each side
    cell = side / cells
    painter = QPainter(pixmap)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                painter.fillRect(QRectF((c + 4) * cell, (r + 4) * cell, cell, cell),
                                 QColor(0, 0, 0))
    painter.end()
    return pixmap


def save_for(screen: object, doc: ReceiptDoc) -> str:
    """Save the receipt PDF for a screen: "" after telling the person why it failed, else
    the sentence that says where it is."""
    try:
        path = save_receipt_pdf(doc)
    except OSError as exc:
        screen.show_error(QCoreApplication.translate(  # type: ignore[attr-defined]
            "Receipt", "Cannot write the receipt: %1").replace("%1", exc.strerror or ""))
        return ""
    return QCoreApplication.translate("Receipt", "Receipt saved as %1").replace(
        "%1", str(path))
