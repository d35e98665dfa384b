"""`kiosk-app --selftest`: the app offscreen on a throw-away embedded sandbox, one checkout
through the services end to end, the result printed. It proves a build carries what the app
needs at run time: Qt and its platform plugin, translations, the design's resources (style
sheet, SVG icons and the SVG image format), seed data, certificates."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def run_selftest(*, receipt_pdf: Path | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import certifi
    import qasync
    from PySide6.QtWidgets import QApplication

    if not Path(certifi.where()).is_file():
        print("selftest FAILED: the certificate bundle is missing")
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    return qasync.run(_selftest(app, receipt_pdf))


async def _selftest(app: Any, receipt_pdf: Path | None = None) -> int:
    from PySide6 import __version__ as pyside_version

    from kiosk_app import __version__
    from kiosk_app.config import Settings
    from kiosk_app.preferences import Preferences
    from kiosk_app.ui.app import assembled

    print(f"kiosk-app {__version__} selftest (PySide6 {pyside_version}, "
          f"Qt platform {app.platformName()})")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(sandbox_db=f"{tmp}/sandbox.sqlite3", outbox_db=f"{tmp}/outbox.sqlite3")
        preferences = Preferences(Path(tmp) / "preferences.json")
        async with assembled(app, settings, preferences=preferences) as parts:
            design = _design(app, parts.window.theme)
            services = parts.services
            till, visit = services.till, services.counter
            translated = [lang for lang in ("cs", "sk", "de", "pl") if parts.languages.switch(lang)]
            parts.languages.switch("en")
            parts.window.show()
            assert services.demo is not None
            login, password, _ = services.demo
            await till.sign_in(login, password)
            place = till.choose_place(till.reference.stores[0].store_id, 1)
            visit.start()
            result = await visit.check_card("2000000000015")
            visit.identify(result.customer, "2000000000015")
            for code in ("1001", "1001", "1002"):
                product = await visit.product(code)
                assert product is not None
                visit.add_product(product)
            rewards = await visit.rewards()
            coffee = next((r for r in rewards if r.code == "COFFEE2" and r.max_count), None)
            if coffee is not None:
                visit.choose_reward(coffee.code, 1, coffee)
            quote = await visit.quote()
            receipt = await visit.confirm()
            receipt = await visit.await_delivery(receipt, wait_s=15)
            session = visit.session
            if receipt_pdf is not None:  # for installers: what a customer takes home
                from kiosk_app.domain.receipt import receipt_doc
                from kiosk_app.ui.receipt import write_pdf

                write_pdf(receipt_doc(receipt, store_name=place.store.name,
                                      store_id=place.store.store_id,
                                      cashdesk=place.cashdesk_number, view=session.customer),
                          receipt_pdf)
                print(f"  receipt:      {receipt_pdf}")
    print(f"  customer:     {result.customer.name if result.customer else '-'}")
    print(f"  bill:         {len(session.bill.lines)} lines, {quote.subtotal:.2f} "
          f"{place.currency.code}, discounts {quote.discount_total:.2f}, paid {receipt.paid:.2f}")
    print(f"  purchase:     {receipt.purchase_id} (delivered: {receipt.delivered})")
    print(f"  points:       +{receipt.points_earned or 0:.0f}, balance {receipt.balance or 0:.0f}")
    print(f"  translations: {', '.join(translated) or 'none'}")
    print(f"  design:       {design or 'style sheet, icons and SVG images load'}")
    ok = receipt.delivered and len(translated) == 4 and not design
    print("selftest " + ("passed" if ok else "FAILED"))
    return 0 if ok else 1


def _design(app: Any, theme: Any) -> str:
    """What of the design is missing from this build ("" when all of it loads)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImageReader

    if "QPushButton" not in app.styleSheet():
        return "the style sheet did not load"
    image = theme.icon("user").pixmap(QSize(24, 24)).toImage()
    if not any(image.pixelColor(x, y).alpha() for x in range(24) for y in range(24)):
        return "the icons do not draw (QtSvg)"
    if not QImageReader(":/icons/chevron-down.svg").canRead():
        return "the SVG image format plugin is missing (the style sheet's arrows)"
    return ""
