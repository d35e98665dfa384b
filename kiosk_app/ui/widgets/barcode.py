"""A scannable Code 128 barcode of a voucher code, drawn from python-barcode's SVG.

QtSvg ignores the `mm` units python-barcode writes and would squash the bars into the left
quarter (see NOTES.md), so the units are dropped and a viewBox added before rendering."""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from kiosk_app.ui.text import Label

_SIZE = re.compile(rb'width="([0-9.]+)mm" height="([0-9.]+)mm"')
_MM = re.compile(rb'="([0-9.]+)mm"')


def symbology(code: str) -> str:
    """EAN-13 where the number is one (13 digits, right check digit), else Code 128."""
    if len(code) == 13 and code.isascii() and code.isdigit():
        digits = [int(d) for d in code]
        check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12])) % 10) % 10
        if check == digits[12]:
            return "ean13"
    return "code128"


def barcode_svg(code: str) -> bytes:
    """The barcode as SVG in unitless coordinates with a viewBox (Qt draws it to scale)."""
    import barcode
    from barcode.writer import SVGWriter

    svg = barcode.get(symbology(code), code, writer=SVGWriter()).render(
        {"write_text": False, "module_height": 15.0, "quiet_zone": 4.0})
    size = _SIZE.search(svg)
    if size is None:
        raise ValueError("python-barcode wrote an SVG without a size")
    width, height = size.group(1), size.group(2)
    svg = svg.replace(size.group(0), b'width="%s" height="%s" viewBox="0 0 %s %s"'
                      % (width, height, width, height), 1)
    return _MM.sub(rb'="\1"', svg)


def barcode_pixmap(code: str, size: QSize) -> QPixmap:
    """The barcode drawn on white at `size` (bars black: readable by any scanner, whatever
    the theme)."""
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(barcode_svg(code)))
    pixmap = QPixmap(size)
    pixmap.fill(QColor(255, 255, 255))
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap


class BarcodeLabel(Label):
    """A voucher's code as a barcode the shop's scanner reads off the kiosk's screen."""

    def __init__(self, code: str, parent: QWidget | None = None, *,
                 size: QSize | None = None) -> None:
        super().__init__("", parent)
        self.code = code
        self.setPixmap(barcode_pixmap(code, size or QSize(320, 96)))
        self.setAccessibleName(self.tr("Barcode of voucher %1").replace("%1", code))
