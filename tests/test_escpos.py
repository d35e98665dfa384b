"""ESC/POS receipt printing (python-escpos, the optional `printer` extra): the byte stream of a
sale in two languages read off python-escpos's Dummy printer, the Latin-2 code page chosen
explicitly, 58 and 80 mm rolls, the printer's own barcode and QR commands, the same bytes on a
`file://` printer, the sentence when the driver is missing, the settings and `doctor
--printer`, and Done and History printing in the background."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kiosk_app.domain.checkout import MemberStatus
from kiosk_app.domain.receipt import ReceiptDoc
from kiosk_app.printer import Printing, parse_target
from kiosk_app.ui.receipt import Row
from kiosk_app.ui.receipt_escpos import (
    PrinterError,
    columns,
    escpos_bytes,
    print_receipt,
    receipt_lines,
    render,
)
from tests.kiosk_driver import Kiosk
from tests.purchases import sample_receipt

ESC_T_PC852 = b"\x1bt\x12"  # ESC t 18: Epson's page 18, PC852 (Latin-2)
CUT = b"\x1dV\x00"
EAN = "2000000000015"  # a demo card number: a valid EAN-13


pytestmark = pytest.mark.usefixtures("english_after")  # see conftest


def _doc(delivered: bool = True) -> ReceiptDoc:
    sale = sample_receipt(delivered)
    return ReceiptDoc(sale, "Praha – Václavské náměstí", "st-prague", 1, "***********15",
                      MemberStatus("Silver member", "Gold member", 750),
                      (("Free espresso", "CATESP1234AB"), ("Sleva 10 %", EAN)))


def _plain(stream: bytes) -> list[bytes]:
    """The printed lines of a stream without barcodes and QR: style commands dropped."""
    return re.sub(rb"\x1b@|\x1b[!Eatd].|\x1dV.", b"", stream).split(b"\n")


def _in_language(language: str, make):  # type: ignore[no-untyped-def]
    from kiosk_app.ui.i18n import Languages

    languages = Languages()
    languages.switch(language)
    try:
        return make()
    finally:
        languages.switch("en")


@pytest.mark.parametrize("language,expect", [
    ("en", ["Cash desk 1", "2× Espresso", "Druhá káva zdarma", "-CZK 59.00",
            "Points spent: 100", "-CZK 50.00", "Credit used", "-CZK 10.00",
            "Points earned: 3", "Points balance: 1,153", "Card ***********15",
            "Status: Silver member - 750 more points to Gold\nmember",
            "CareCloud purchase p-42", "Your vouchers for next time:", "Free espresso",
            "Bill b0a1c2", "Praha - Václavské náměstí"]),
    ("cs", ["Pokladna 1", "2× Espresso", "Druhá káva zdarma", "-59,00 CZK",
            "Utraceno bodů: 100", "-50,00 CZK", "Získané body: 3", "Stav bodů: 1 153",
            "Nákup v CareCloud p-42", "Free espresso", "Sleva 10 %"]),
])
def test_a_sale_with_points_vouchers_and_credit_prints_in_the_customers_language(
        qapp, language, expect) -> None:
    stream = _in_language(language, lambda: escpos_bytes(_doc(), width_mm=80))
    assert stream.startswith(b"\x1b@" + ESC_T_PC852) and stream.endswith(CUT)
    lines = _plain(stream)
    text = b"\n".join(lines)
    missing = [e for e in expect if e.encode("cp852") not in text]
    assert not missing, text.decode("cp852")
    paid = {"en": ("Paid", "CZK 35.00"), "cs": ("Zaplaceno", "35,00 CZK")}[language]
    total = paid[0].ljust(48 - len(paid[1])) + paid[1]
    assert b"\x1bE\x01" + total.encode("cp852") + b"\n\x1bE\x00" in stream  # bold, flush right
    title = "Praha - Václavské náměstí".encode("cp852")
    assert re.search(rb"\x1b!\x10\x1bE\x01\x1ba\x01" + re.escape(title) + b"\n", stream)  # 2× high


def test_the_latin2_code_page_is_chosen_explicitly_and_every_letter_prints(qapp) -> None:
    words = "Nováková Müller żółć Ľubomír"
    stream = render([Row("text", words), Row("line", "Příliš žluťoučký kůň", "ß ä ö ü ą ę ł ń ś ź")])
    assert stream.startswith(b"\x1b@" + ESC_T_PC852)
    assert stream.count(b"\x1bt") == 1  # no page switching by guess later on
    expected = b"Nov\xa0kov\xa0 M\x81ller \xbe\xa2\x88\x86 \x95ubom\xa1r"  # CP852, by hand
    assert expected == words.encode("cp852") and expected + b"\n" in stream
    assert "Příliš žluťoučký kůň".encode("cp852") in stream
    assert "ß ä ö ü ą ę ł ń ś ź".encode("cp852") in stream
    for letters in ("áčďéěíňóřšťúůýž", "äľĺôŕ", "äöüß", "ąćęłńśźż"):  # cs, sk, de, pl
        assert letters.encode("cp852") in render([Row("text", letters)])


def test_a_character_the_code_page_lacks_prints_as_a_question_mark(qapp) -> None:
    stream = render([Row("line", "Káva 🙂", "2 €"), Row("text", "\N{SNOWMAN} ok")])
    assert "Káva ?".encode("cp852") in stream and b"2 ?\n" in stream
    assert b"? ok\n" in stream and stream.count(b"\x1bt") == 1


def test_typography_the_page_lacks_becomes_its_nearest_letter(qapp) -> None:
    stream = render([Row("line", "Praha – centrum “U Nováků”…", "−12,00\u00a0CZK")])
    line = next(x for x in _plain(stream) if x.startswith(b"Praha"))
    assert line.decode("cp852") == 'Praha - centrum "U Nováků"...'.ljust(48 - 10) + "-12,00 CZK"


@pytest.mark.parametrize("width,cols", [(80, 48), (58, 32)])
def test_the_roll_width_sets_the_columns(qapp, width, cols) -> None:
    rows = [r for r in receipt_lines(_doc(), width) if r.kind not in ("barcode", "qr")]
    lines = _plain(render(rows, width_mm=width))
    assert b"-" * cols in lines and all(len(line) <= cols for line in lines)
    priced = [line for line in lines if line.endswith(b" CZK") or line.endswith(b".00")]
    assert priced and all(len(line) == cols for line in priced)
    assert columns("A very long product name that will not fit beside its price", "CZK 1,234.00",
                   cols)[-1].endswith(" CZK 1,234.00")
    assert all(len(line) <= cols for line in columns("x" * 100, "CZK 1.00", cols))


def test_58_mm_wraps_more_than_80_mm(qapp) -> None:
    narrow, wide = _plain(escpos_bytes(_doc(), width_mm=58)), _plain(escpos_bytes(_doc()))
    assert len(narrow) > len(wide)
    with pytest.raises(ValueError):
        escpos_bytes(_doc(), width_mm=72)


def test_vouchers_print_as_native_barcodes_and_the_claim_as_a_native_qr(qapp) -> None:
    stream = escpos_bytes(_doc())
    code128 = b"{BCATESP1234AB"
    assert b"\x1dkI" + bytes([len(code128)]) + code128 in stream  # GS k 73: CODE128
    assert b"\x1dkC" + bytes([13]) + EAN.encode() in stream  # GS k 67: EAN-13
    assert b"\x1dH\x02" in stream  # its digits printed beneath
    claim = b"CCBILL:st-prague:b0a1c2"
    size = len(claim) + 3
    qr = b"\x1d(k" + bytes([size % 256, size // 256]) + b"1P0" + claim  # GS ( k: store the data
    assert qr in stream and b"\x1d(k\x03\x001Q0" in stream  # ...and print it
    assert b"\x1d(k\x03\x001E1" in stream  # error correction M, as on the PDF
    assert stream.index(b"\x1dkI") < stream.index(qr) < stream.index(CUT)


def test_printing_to_a_file_target_writes_the_same_bytes(qapp, tmp_path: Path) -> None:
    expected = escpos_bytes(_doc(), width_mm=58)
    for target in (f"file://{tmp_path / 'lp0'}", f"escpos:file://{tmp_path / 'lp1'}",
                   str(tmp_path / "lp2")):
        print_receipt(_doc(), target, width_mm=58)
    for name in ("lp0", "lp1", "lp2"):
        assert (tmp_path / name).read_bytes() == expected


def test_an_unreachable_printer_is_said_in_a_sentence(qapp, tmp_path: Path) -> None:
    with pytest.raises(PrinterError, match=r"Cannot reach the receipt printer tcp://127\.0\.0\.1:9 "):
        print_receipt(_doc(), "tcp://127.0.0.1:9")
    with pytest.raises(PrinterError, match="No such file or directory"):
        print_receipt(_doc(), f"file://{tmp_path / 'missing' / 'lp0'}")
    with pytest.raises(PrinterError, match="cannot be used"):
        print_receipt(_doc(), "lpt1")


def _without_escpos(monkeypatch) -> None:
    for name in [m for m in sys.modules if m == "escpos" or m.startswith("escpos.")]:
        monkeypatch.setitem(sys.modules, name, None)  # `import escpos...` now fails
    monkeypatch.setitem(sys.modules, "escpos", None)


def test_a_printer_without_python_escpos_says_how_to_get_it(qapp, tmp_path, monkeypatch,
                                                             capsys) -> None:
    from kiosk_app.doctor import EXIT_PRINTER, check_printer

    _without_escpos(monkeypatch)
    with pytest.raises(PrinterError) as caught:
        print_receipt(_doc(), f"file://{tmp_path / 'lp0'}")
    assert str(caught.value) == "Printing needs python-escpos: install kiosk-app[printer]."
    assert not (tmp_path / "lp0").exists()
    assert check_printer(f"escpos:file://{tmp_path / 'lp0'}") == EXIT_PRINTER
    assert "install kiosk-app[printer]" in capsys.readouterr().out


def test_the_printer_settings_are_checked(tmp_path: Path) -> None:
    from kiosk_app.config import ConfigError, load_settings

    path = tmp_path / "config.toml"
    path.write_text('printer = "escpos:tcp://192.168.1.50"\npaper_width_mm = 58\n'
                    'print_receipts = "always"\n')
    settings = load_settings(path, env={})
    assert (settings.printer, settings.paper_width_mm, settings.print_receipts) == (
        "escpos:tcp://192.168.1.50", 58, "always")
    assert Printing(settings.printer).target == "tcp://192.168.1.50"
    assert str(parse_target("tcp://192.168.1.50")) == "tcp://192.168.1.50:9100"
    assert parse_target("usb://04b8:0202").vendor == 0x04B8
    assert parse_target("serial:///dev/ttyUSB0?baud=19200").baud == 19200
    assert parse_target("file:///dev/usb/lp0").path == parse_target("/dev/usb/lp0").path
    for name, value, reason in [
        ("PRINTER", "tcp://10.0.0.5:9100", "does not start with escpos:"),
        ("PRINTER", "escpos:usb://4b8", "is not VID:PID"),
        ("PRINTER", "escpos:tcp://10.0.0.5:99999", "not a number from 1 to 65535"),
        ("PRINTER", "escpos:lpt://1", "not a printer connection"),
        ("PAPER_WIDTH_MM", "72", "58 or 80"),
        ("PRINT_RECEIPTS", "never", "ask (the cashier taps Print receipt) or always"),
    ]:
        with pytest.raises(ConfigError, match=re.escape(reason)):
            load_settings(path, env={f"KIOSK_{name}": value})


def test_doctor_prints_a_test_page(tmp_path: Path, monkeypatch, capsys) -> None:
    from kiosk_app.__main__ import main

    lp0 = tmp_path / "lp0"
    config = tmp_path / "config.toml"
    config.write_text(f'printer = "escpos:file://{lp0}"\npaper_width_mm = 58\n')
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    assert main(["doctor", "--printer"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("[ OK ] Printer escpos:file://") and "ESC t 18" in out
    assert len(out.splitlines()) == 1
    page = lp0.read_bytes()
    assert page.startswith(b"\x1b@" + ESC_T_PC852) and b"\x1dkI" in page and page.endswith(CUT)
    assert "Nováková Müller żółć Ľubomír".encode("cp852") in page
    config.write_text('printer = "escpos:tcp://127.0.0.1:9"\n')
    assert main(["doctor", "--printer"]) == 7
    assert "Cannot reach the receipt printer" in capsys.readouterr().out
    config.write_text("")
    assert main(["doctor", "--printer"]) == 7
    assert "none is configured" in capsys.readouterr().out


# --- the screens --------------------------------------------------------------------------------


def _sell(k: Kiosk) -> object:
    k.sign_in()
    k.ring_up("1001")
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)
    k.click(closure.confirm_button)
    done = k.wait_for("done")
    k.wait(lambda: k.session.receipt.delivered)  # the purchase id is on the receipt now
    return done


def test_done_and_history_print_the_receipt_in_the_background(make_kiosk, tmp_path,
                                                              monkeypatch) -> None:
    lp0 = tmp_path / "lp0"
    k = make_kiosk(settings={"printer": f"escpos:file://{lp0}", "paper_width_mm": 80})
    done = _sell(k)
    assert done.print_button.isVisible() and done.print_button.text() == "Print receipt"
    assert not lp0.exists()  # "ask": nothing printed until the cashier asks

    with monkeypatch.context() as missing:  # first without the driver installed
        _without_escpos(missing)
        k.click(done.print_button)
        k.wait(lambda: "install kiosk-app[printer]" in done.error.text())
    k.click(done.print_button)
    k.wait(lambda: done.error.text() == "Receipt printed.")
    assert lp0.read_bytes() == escpos_bytes(done.doc(), width_mm=80)
    assert f"Bill {k.session.receipt.bill_id}".encode() in lp0.read_bytes()

    lp0.unlink()
    k.click(k.window.history_button)
    history = k.wait_for("history")
    k.wait(lambda: history.table.rowCount() == 1)
    assert history.print_button.isVisible() and not history.print_button.isEnabled()
    history.table.selectRow(0)
    k.click(history.print_button)
    k.wait(lambda: history.status.text() == "Receipt printed.")
    reprint = lp0.read_bytes()
    assert reprint.startswith(b"\x1b@" + ESC_T_PC852) and reprint.endswith(CUT)
    assert f"Bill {k.session.receipt.bill_id}".encode() in reprint


def test_always_prints_each_sale_once_by_itself(make_kiosk, tmp_path, monkeypatch) -> None:
    from kiosk_app.ui import receipt_escpos

    sent: list[bytes] = []
    real = receipt_escpos.send
    monkeypatch.setattr(receipt_escpos, "send", lambda data, target: (sent.append(data),
                                                                      real(data, target)))
    lp0 = tmp_path / "lp0"
    k = make_kiosk(settings={"printer": f"escpos:file://{lp0}", "paper_width_mm": 58,
                             "print_receipts": "always"})
    done = _sell(k)
    k.wait(lambda: len(sent) == 1 and done.error.text() == "Receipt printed.")
    assert lp0.read_bytes() == sent[0] and b"-" * 32 + b"\n" in sent[0]
    assert k.session.receipt.purchase_id.encode() in sent[0] and b"CareCloud purchase" in sent[0]
    done.entered()  # shown again (the same sale): not printed twice
    k.qtbot.wait(300)
    assert len(sent) == 1


# --- the system's printers (Qt's QPrinter) ----------------------------------------------------


def _media_box(pdf: Path) -> tuple[float, float]:
    match = re.search(rb"/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]", pdf.read_bytes())
    assert match, "no page in the PDF"
    return float(match.group(1)), float(match.group(2))


def _pdf_printer(path: Path):  # what a system printer gets, caught as a PDF
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_done_and_history_print_on_a_system_printer(make_kiosk, tmp_path, monkeypatch
                                                    ) -> None:
    """`printer = "system:NAME"`: the receipt goes to the named system printer on a page
    the roll's width and the receipt's length, the same drawing as the PDF."""
    from kiosk_app.ui import printing
    from kiosk_app.ui.receipt import write_pdf

    asked: list[str] = []
    pages = iter([tmp_path / "done.pdf", tmp_path / "history.pdf"])
    monkeypatch.setattr(printing, "system_printer",
                        lambda name: (asked.append(name), _pdf_printer(next(pages)))[1])
    k = make_kiosk(settings={"printer": "system:Receipts", "paper_width_mm": 80})
    done = _sell(k)
    assert done.print_button.isVisible()
    k.click(done.print_button)
    k.wait(lambda: done.error.text() == "Receipt printed.")
    assert asked == ["Receipts"]
    same = write_pdf(done.doc(), tmp_path / "same.pdf", width_mm=80)
    width, height = _media_box(tmp_path / "done.pdf")
    assert round(width / 72 * 25.4) == 80 and (width, height) == _media_box(same)

    k.click(k.window.history_button)
    history = k.wait_for("history")
    k.wait(lambda: history.table.rowCount() == 1)
    history.table.selectRow(0)
    k.click(history.print_button)
    k.wait(lambda: history.status.text() == "Receipt printed.")
    assert asked == ["Receipts", "Receipts"] and (tmp_path / "history.pdf").is_file()


def test_a_system_printer_the_system_lacks_is_said_and_nothing_freezes(make_kiosk) -> None:
    k = make_kiosk(settings={"printer": "system:No Such Printer 7", "paper_width_mm": 58})
    done = _sell(k)
    k.click(done.print_button)
    k.wait(lambda: "The system has no printer named No Such Printer 7." in done.error.text())
    k.wait(done.print_button.isEnabled)  # the cashier can try again


def test_system_printer_settings_and_doctor(tmp_path: Path) -> None:
    from kiosk_app.config import ConfigError, load_settings
    from kiosk_app.doctor import EXIT_PRINTER, check_printer

    for good in ("system", "system:Receipts", "system:EPSON TM-T20III"):
        path = tmp_path / "ok.toml"
        path.write_text(f'printer = "{good}"\n')
        assert load_settings(path).printer == good
    path = tmp_path / "bad.toml"
    path.write_text('printer = "system:"\n')
    with pytest.raises(ConfigError, match="printer"):
        load_settings(path)
    said: list[str] = []
    assert check_printer("system:No Such Printer 7", 80, out=said.append) == EXIT_PRINTER
    assert said == ["  [FAIL] Printer system:No Such Printer 7: The system has no printer "
                    "named No Such Printer 7. Check the printer setting and the system's "
                    "printers."]
