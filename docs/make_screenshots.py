"""Screenshots of every screen at 1280×800, made offscreen against the embedded sandbox; the
bill again at 1024×768 and in the high-contrast look with large text.

Run: .venv/bin/python docs/make_screenshots.py   (writes docs/screenshots/*.png)
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
OUT = HERE / "screenshots"


async def _until(cond: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 20
    while not cond():
        if time.monotonic() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.01)


def main() -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    from kiosk_app.config import Settings
    from kiosk_app.preferences import Preferences
    from kiosk_app.ui.app import Parts, assembled
    from kiosk_app.ui.theme import Look

    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    OUT.mkdir(exist_ok=True)

    async def run() -> None:
        tmp = tempfile.mkdtemp()
        settings = Settings(sandbox_db=f"{tmp}/s.sqlite3", outbox_db=f"{tmp}/o.sqlite3")
        preferences = Preferences(Path(tmp) / "preferences.json")  # not the user's own
        async with assembled(app, settings, preferences=preferences) as parts:
            await shoot(parts)
            parts.languages.switch("en")  # the kiosk below starts in its own language
        kiosk = Settings(sandbox_db=f"{tmp}/k.sqlite3", outbox_db=f"{tmp}/ko.sqlite3",
                         mode="kiosk", staff_pin_hash="")
        async with assembled(app, kiosk, preferences=preferences,
                             kiosk_fullscreen=False) as parts:
            await shoot_kiosk(parts)

    async def shoot_kiosk(parts: Parts) -> None:
        window, scanner = parts.window, parts.scanner
        window.resize(1280, 800)
        window.show()
        await _until(lambda: window.ready)
        await asyncio.sleep(0.1)
        window.grab().save(str(OUT / "10-kiosk-attract.png"))
        scanner.scanned.emit("2000000000015")
        await _until(lambda: window.current_name == "home")
        await asyncio.sleep(0.3)
        window.grab().save(str(OUT / "11-kiosk-home.png"))
        window.idle._warn()  # as after a minute without a touch
        await asyncio.sleep(0.1)
        window.grab().save(str(OUT / "12-kiosk-idle-prompt.png"))
        window.wipe()
        print("saved the kiosk screenshots")

    async def shoot(parts: Parts) -> None:
        window, scanner = parts.window, parts.scanner
        session = parts.services.counter.session
        server = parts.services.sandbox
        window.resize(1280, 800)
        window.show()

        until = _until
        async def shot(name: str) -> None:
            await asyncio.sleep(0.05)
            window.grab().save(str(OUT / f"{name}.png"))
            print("saved", OUT / f"{name}.png")

        sign_in = window.screen("sign_in")
        sign_in.login.setText("cashier")
        await shot("01-sign-in")
        sign_in.password.setText("demo")
        sign_in.sign_in()
        await until(sign_in.start_button.isEnabled)
        sign_in.start()
        card = window.screen("card")
        scanner.scanned.emit("2000000000039")
        await until(lambda: bool(card.error.text()))
        await shot("02-card-scan-blocked")
        window.show_screen("lookup")
        lookup = window.screen("lookup")
        lookup.first_name.setText("Jana")
        lookup.last_name.setText("Nováková")
        lookup.search()
        await until(lambda: lookup.results.count() == 2)
        lookup.results.setCurrentRow(0)
        await shot("03-customer-lookup")
        lookup.pick()
        await until(lambda: window.current_name == "bill")
        window.show_screen("otp")
        otp = window.screen("otp")
        otp.send()
        await until(lambda: otp.request_id is not None)
        otp.code.setText("12")
        await shot("04-otp")
        window.show_screen("bill")
        bill = window.screen("bill")
        for code in ("1001", "1001", "1002", "2001", "3001"):
            bill.add_plu(code)
        await until(lambda: sum(line.quantity for line in session.bill.lines) == 5)
        bill.refresh()
        await shot("05-bill")
        window.resize(1024, 768)
        await asyncio.sleep(0.1)
        await shot("05b-bill-1024x768")
        window.theme.apply(Look(high_contrast=True, large_text=True))
        await asyncio.sleep(0.1)
        await shot("05c-bill-high-contrast-large-text")
        window.theme.apply(Look())
        window.resize(1280, 800)
        window.show_screen("catalogue")  # member services (issue 13)
        catalogue = window.screen("catalogue")
        await until(lambda: len(catalogue.get_buttons) > 0)
        await shot("13-rewards-for-points")
        window.show_screen("points")
        points = window.screen("points")
        await until(lambda: points.list.count() > 0)
        await shot("14-points-history")
        window.show_screen("enrol")
        enrol = window.screen("enrol")
        await asyncio.sleep(0.3)
        enrol.first_name.setText("Věra")
        enrol.last_name.setText("Malá")
        enrol.contact.setText("+420 605 123 456")
        await shot("15-new-member")
        window.show_screen("bill")
        window.show_screen("rewards")
        rewards = window.screen("rewards")
        await until(lambda: rewards.cards_shown() > 0)
        for code in ("COFFEE2", "CROISS50"):
            if rewards.card(code) is not None:
                rewards.card(code).choose(1)
        rewards.add_voucher("100200300")
        await until(lambda: "100200300" in session.voucher_codes)
        await shot("06-rewards")
        window.show_screen("closure")
        closure = window.screen("closure")
        closure.points.set_value(Decimal(200))
        await until(lambda: closure.confirm_button.isEnabled() and session.quote is not None
                    and session.quote.points_paid == 200)
        await shot("07-closure")
        closure.confirm()
        await until(lambda: window.current_name == "done")
        await shot("08-done")
        from kiosk_app.ui.receipt import receipt_image

        receipt_image(window.screen("done").doc()).save(str(OUT / "16-receipt.png"))
        await until(lambda: session.receipt is not None and session.receipt.delivered)

        # CareCloud out of reach: the sale goes on without loyalty benefits
        window.new_customer()
        scanner.scanned.emit("2000000000015")
        await until(lambda: session.customer is not None)
        for code in ("1002", "2001"):
            bill.add_plu(code)
        await until(lambda: len(session.bill.lines) == 2)
        server.faults.drop_rate = 1.0
        window.show_screen("closure")
        await until(closure.unreachable.isVisible)
        closure.sell_offline()
        await until(closure.confirm_button.isEnabled)
        await shot("07b-offline-sale")
        closure.confirm()
        await until(lambda: window.current_name == "done")
        server.faults.drop_rate = 0.0
        await until(lambda: session.receipt is not None and session.receipt.delivered)
        window.switch_language("cs")
        window.show_screen("history")
        await until(lambda: window.screen("history").title.text() == "Historie nákupů")
        await until(lambda: window.screen("history").table.rowCount() == 2)
        await shot("09-history-cs")

    qasync.run(run())


if __name__ == "__main__":
    main()
