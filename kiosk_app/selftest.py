"""`kiosk-app --selftest`: the app offscreen on a throw-away embedded sandbox, one checkout
through the services end to end, the result printed. It proves a build carries what the app
needs at run time: Qt and its platform plugin, translations, seed data, certificates."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def run_selftest() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import certifi
    import qasync
    from PySide6.QtWidgets import QApplication

    if not Path(certifi.where()).is_file():
        print("selftest FAILED: the certificate bundle is missing")
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    return qasync.run(_selftest(app))


async def _selftest(app: Any) -> int:
    from PySide6 import __version__ as pyside_version

    from kiosk_app import __version__
    from kiosk_app.config import Settings
    from kiosk_app.ui.app import assembled

    print(f"kiosk-app {__version__} selftest (PySide6 {pyside_version}, "
          f"Qt platform {app.platformName()})")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(sandbox_db=f"{tmp}/sandbox.sqlite3", outbox_db=f"{tmp}/outbox.sqlite3")
        async with assembled(app, settings) as parts:
            service, session = parts.service, parts.session
            translated = [lang for lang in ("cs", "sk", "de", "pl") if parts.languages.switch(lang)]
            parts.languages.switch("en")
            parts.window.show()
            assert parts.demo_credentials is not None
            login, password, _ = parts.demo_credentials
            await service.sign_in(login, password)
            place = service.choose_place(service.reference.stores[0].store_id, 1)
            session.reset(place.currency.currency_id)
            result = await service.check_card("2000000000015")
            session.set_customer(result.customer, "2000000000015")
            for code in ("1001", "1001", "1002"):
                product = await service.product(code)
                assert product is not None
                session.bill.add(plu_code=product.code, name=product.name,
                                 unit_price=product.price_in(place.currency.currency_id) or 0,
                                 vat_rate=product.vat_rate,
                                 item_type_id=service.reference.item_type("goods"))
            session.changed()
            rewards = await service.rewards(session)
            if any(r.code == "COFFEE2" and r.applicable for r in rewards):
                session.rewards["COFFEE2"] = 1
                session.changed()
            quote = await service.quote(session)
            receipt = await service.confirm(session)
            await service.await_delivery(receipt, session, wait_s=15)
    print(f"  customer:     {result.customer.name if result.customer else '-'}")
    print(f"  bill:         {len(session.bill.lines)} lines, {session.bill.total:.2f} "
          f"{place.currency.code}, discounts {session.discount_total:.2f}")
    print(f"  purchase:     {receipt.purchase_id} (delivered: {receipt.delivered})")
    print(f"  points:       +{quote.credit_points_of_this_transaction:.0f}, "
          f"balance {receipt.new_balance:.0f}")
    print(f"  translations: {', '.join(translated) or 'none'}")
    ok = receipt.delivered and len(translated) == 4
    print("selftest " + ("passed" if ok else "FAILED"))
    return 0 if ok else 1
