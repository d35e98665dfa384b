"""Receipts and barcodes (issue 14): one receipt model behind every output, its content in
two languages, the PDF (private to the user), the claim QR and the voucher barcodes drawn
exactly as their libraries encode them, the Done screen's PDF and a reprint from History."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSize

from kiosk_app.domain.checkout import MemberStatus
from kiosk_app.domain.codes import parse_claim_code
from kiosk_app.domain.receipt import ReceiptDoc
from tests.kiosk_driver import Kiosk
from tests.purchases import sample_receipt

pytestmark = pytest.mark.usefixtures("english_after")  # see conftest


def _doc(delivered: bool = True) -> ReceiptDoc:
    sale = sample_receipt(delivered)
    return ReceiptDoc(sale, "Praha – Václavské náměstí", "st-prague", 1, "***********15",
                      MemberStatus("Silver member", "Gold member", 750),
                      (("Free espresso", "CATESP1234AB"),))


@pytest.mark.parametrize("language,expect", [
    ("en", ["Cash desk 1", "2× Espresso", "CZK\u00a0118.00", "Druhá káva zdarma",
            "−CZK\u00a059.00", "Points spent: 100", "−CZK\u00a050.00", "Credit used",
            "Paid", "CZK\u00a035.00", "Points earned: 3", "Points balance: 1,153",
            "Status: Silver member · 750 more points to Gold member",
            "CareCloud purchase p-42", "Free espresso", "[CATESP1234AB]",
            "[CCBILL:st-prague:b0a1c2]", "Card ***********15"]),
    ("cs", ["Pokladna 1", "2× Espresso", "118,00\u00a0CZK", "−59,00\u00a0CZK",
            "Utraceno bodů: 100", "Zaplaceno", "35,00\u00a0CZK", "Získané body: 3",
            "Stav bodů: 1\u00a0153", "Nákup v CareCloud p-42", "[CATESP1234AB]"]),
])
def test_the_receipt_says_everything_in_the_customers_language(qapp, language, expect
                                                               ) -> None:
    from kiosk_app.ui.i18n import Languages
    from kiosk_app.ui.receipt import receipt_text

    languages = Languages(qapp)
    languages.switch(language)
    try:
        text = receipt_text(_doc())
    finally:
        languages.switch("en")
    missing = [e for e in expect if e not in text]
    assert not missing, text


def test_a_sale_not_yet_delivered_says_it_will_be(qapp) -> None:
    from kiosk_app.ui.receipt import receipt_text

    text = receipt_text(_doc(delivered=False))
    assert "it will be delivered to CareCloud" in text and "CareCloud purchase" not in text


def test_the_pdf_is_written_private_and_the_preview_is_the_same_drawing(qapp, tmp_path
                                                                        ) -> None:
    from kiosk_app.ui.receipt import receipt_image, write_pdf

    path = write_pdf(_doc(), tmp_path / "r.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    assert oct(os.stat(path).st_mode & 0o777) == "0o600"
    image = receipt_image(_doc())
    assert image.width() == 640 and image.height() > 900


def test_the_claim_qr_is_drawn_module_for_module(qapp) -> None:
    from kiosk_app.ui.receipt import qr_matrix, qr_pixmap

    text = _doc().claim
    assert parse_claim_code(text) == ("st-prague", "b0a1c2")
    matrix = qr_matrix(text)
    side = 8 * (len(matrix) + 8)
    image = qr_pixmap(text, side).toImage()
    cell = side / (len(matrix) + 8)
    drawn = [[image.pixelColor(int((c + 4.5) * cell), int((r + 4.5) * cell)).lightness() < 128
              for c in range(len(matrix))] for r in range(len(matrix))]
    assert drawn == matrix


@pytest.mark.parametrize("code", ["100200300", "CATESP1234AB", "2000000000015"],
                         ids=["code128-digits", "code128-letters", "ean13-card"])
def test_a_barcode_is_drawn_bar_for_bar_as_python_barcode_encodes_it(qapp, code) -> None:
    import re

    import barcode

    from kiosk_app.ui.widgets.barcode import barcode_pixmap, barcode_svg, symbology

    modules = barcode.get(symbology(code), code).build()[0]  # the library's own "1101..."
    svg = barcode_svg(code).decode()
    total = float(re.search(r'viewBox="0 0 ([0-9.]+) ', svg).group(1))  # mm, quiet zones too
    first = min(float(x) for x in re.findall(r'<rect x="([0-9.]+)"', svg))  # first bar
    module = (total - 2 * first) / len(modules)
    width = 2400
    image = barcode_pixmap(code, QSize(width, 60)).toImage()
    drawn = "".join(
        "1" if image.pixelColor(int((first + (i + 0.5) * module) / total * width), 45
                                ).lightness() < 128 else "0" for i in range(len(modules)))
    assert drawn == modules


def _sell(k: Kiosk) -> object:
    k.sign_in()
    k.ring_up("1001")
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)
    k.click(closure.confirm_button)
    return k.wait_for("done")


def test_done_saves_the_receipt_as_pdf_and_history_reprints_it(kiosk: Kiosk, tmp_path,
                                                               monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_RECEIPTS_DIR", str(tmp_path / "receipts"))
    k = kiosk
    done = _sell(k)
    k.click(done.pdf_button)
    k.wait(lambda: "Receipt saved as" in done.error.text())
    (saved,) = (tmp_path / "receipts").glob("receipt-*.pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    saved.unlink()
    k.click(k.window.history_button)
    history = k.wait_for("history")
    k.wait(lambda: history.table.rowCount() == 1)
    history.table.selectRow(0)
    k.click(history.pdf_button)
    k.wait(lambda: "Receipt saved as" in history.status.text())
    assert len(list((tmp_path / "receipts").glob("receipt-*.pdf"))) == 1


def test_a_sale_without_a_card_shows_its_claim_qr_on_done(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.click(k.wait_for("card").no_card_button)
    k.wait_for("bill")
    k.scan("1001")
    k.wait(lambda: len(k.session.bill.lines) == 1)
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)
    k.click(closure.confirm_button)
    done = k.wait_for("done")
    assert done.qr.pixmap() is not None and not done.qr.pixmap().isNull()


def test_a_reprint_says_what_was_paid_after_points_as_done_did(kiosk: Kiosk) -> None:
    """History's reprint of a sale paid partly with points shows the amount the customer
    paid and the points' value, as the Done screen did, not the total before points."""
    from kiosk_app.ui.receipt import receipt_text

    k = kiosk
    k.sign_in()
    k.ring_up("1001")
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)
    k.type_into(closure.points, "20")
    k.wait(lambda: k.session.quote is not None and k.session.quote.points_paid == 20
           and closure.confirm_button.isEnabled())
    k.click(closure.confirm_button)
    k.wait_for("done")
    k.wait(lambda: k.session.receipt.delivered)
    sale = k.session.receipt
    assert sale.points_value > 0 and sale.paid < sale.subtotal - sale.discount_total
    on_done = receipt_text(k.screen("done").doc())
    k.click(k.window.history_button)
    history = k.wait_for("history")
    k.wait(lambda: history.table.rowCount() == 1)
    history.table.selectRow(0)
    reprint = receipt_text(history._selected_doc())
    paid = next(line for line in on_done.splitlines() if line.startswith("Paid"))
    spent = next(line for line in on_done.splitlines() if line.startswith("Points spent"))
    earned = next(line for line in on_done.splitlines() if line.startswith("Points earned"))
    assert paid in reprint.splitlines() and spent in reprint.splitlines()
    assert earned in reprint.splitlines()


def test_the_counter_panel_shows_the_card_and_a_voucher_as_barcodes(kiosk: Kiosk) -> None:
    """The cashier taps *Card barcode*: the card's number as a barcode (only then);
    a tap on a voucher shows its code as one; the next customer sees none of them."""
    from kiosk_app.ui.widgets.barcode import barcode_pixmap

    k = kiosk
    k.sign_in()
    k.identify("2000000000015")
    panel = k.window.panel
    if panel.strip:
        k.click(panel.details_button)
    assert panel.card_code_button.isVisible() and not panel.code_view.isVisible()
    k.click(panel.card_code_button)
    assert panel.code_view.isVisible() and panel.code_text.text() == "Card 2000000000015"
    k.qtbot.wait(50)
    for size in ((1024, 768), (1280, 800)):  # the code fits beside (or over) the screens
        k.window.resize(*size)
        if panel.strip and not panel.popup.isVisible():
            k.click(panel.details_button)
        k.qtbot.wait(50)
        box = panel.popup if panel.strip else panel
        bottom = box.mapTo(k.window, box.rect().bottomLeft()).y()
        assert (k.window.width(), k.window.height()) == size and bottom < size[1]
        code = panel.code_text.mapTo(k.window, panel.code_text.rect().bottomLeft()).y()
        assert code <= bottom and panel.code_view.height() >= 60
    size = panel.code_view.pixmap().size()
    assert (panel.code_view.pixmap().toImage()
            == barcode_pixmap("2000000000015", size).toImage())
    assert panel.code_view.accessibleName() == "Barcode: Card 2000000000015"
    k.click_item(panel.vouchers, 0)
    code = k.session.customer.vouchers[0].code
    assert panel.code_text.text() == f"Voucher {code}" and not panel.card_code_button.isChecked()
    assert panel.code_view.pixmap().toImage() == barcode_pixmap(code, size).toImage()
    k.click(panel.card_code_button)
    k.click(panel.card_code_button)  # shown, then hidden again
    assert not panel.code_view.isVisible() and panel.code_view.pixmap().isNull()
    k.click_item(panel.vouchers, 0)
    k.click(k.window.new_button)
    k.identify("2000000000022")
    assert not panel.code_view.isVisible() and panel.code_text.text() == ""
