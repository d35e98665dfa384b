"""The app never loads what it does not show (issue 10): sign-in without the catalogue,
products on demand, searches as you type, long lists a page at a time."""

from __future__ import annotations

import pytest

from kiosk_app.sandbox.server import Faults, SandboxServer
from kiosk_app.sandbox.store import SandboxStore
from tests.kiosk_driver import Kiosk
from tests.purchases import purchase


def test_sign_in_reads_no_catalogue_and_languages_without_paging(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.click(k.screen("card").no_card_button)
    k.wait_for("bill")
    k.wait(lambda: k.screen("bill").products.count() == 8)  # the quick picks
    products = k.api_calls("/products")
    assert products and all(r["query"].get("code") for r in products)  # one by one, by code
    assert len(products) == 8
    (languages,) = k.api_calls("/languages")[-1:]
    assert "count" not in languages["query"] and "offset" not in languages["query"]


def test_a_scanned_plu_is_one_round_trip_then_known(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.ring_up("3001", "3001", "3001")
    lookups = [r for r in k.api_calls("/products") if r["query"].get("code") == "3001"]
    assert len(lookups) == 1
    assert k.session.bill.lines[0].product_id == "pr-beans"


def test_a_name_search_as_you_type_keeps_only_the_answer_to_what_is_typed(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    k.click(k.screen("card").no_card_button)
    bill = k.wait_for("bill")
    k.faults(latency_ms=300, path_filter="/products")
    k.type_into(bill.search, "Esp")
    k.qtbot.wait(300)  # the search for "Esp" is on its way...
    bill.search.clear()
    k.type_into(bill.search, "Cap")  # ...and the cashier changed their mind
    k.wait(lambda: bill.products.count() == 1 and "Cappuccino" in bill.products.item(0).text())
    k.qtbot.wait(500)  # the late answer for "Esp" must not replace it
    assert bill.products.count() == 1 and "Cappuccino" in bill.products.item(0).text()
    searches = [r["query"]["name"] for r in k.api_calls("/products") if "name" in r["query"]]
    assert searches[-1] == "Cap" and len(searches) <= 3  # debounced, not one per key
    k.clear_faults()
    k.click_item(bill.products, 0)
    k.wait(lambda: [line.plu_code for line in k.session.bill.lines] == ["1002"])


def test_a_customers_vouchers_come_a_page_at_a_time(kiosk: Kiosk) -> None:
    k = kiosk
    with k.sandbox.store.transaction() as db:
        db.executemany("INSERT INTO vouchers VALUES(?,?,?,?,?,?,?,?)", [
            (f"vo-x{i}", "cu-jana", f"7000000{i:03d}", "BDAY20", "2025-01-01 00:00:00",
             "2030-12-31 23:59:59", None, "2025-01-01 00:00:00") for i in range(25)])
    k.sign_in()
    k.identify("2000000000015")
    panel = k.window.panel
    assert panel.vouchers.count() == 20 and "6 more" in panel.more_button.text()
    k.click(panel.more_button)
    k.wait(lambda: panel.vouchers.count() == 26)
    assert panel.more_button.isHidden()


def test_history_shows_older_sales_on_demand(kiosk: Kiosk) -> None:
    k = kiosk
    for _ in range(60):
        k.outbox.add(purchase(), currency_code="CZK")
    k.sign_in()
    k.click(k.window.history_button)
    history = k.wait_for("history")
    assert history.table.rowCount() == 50 and history.more_button.isVisible()
    k.click(history.more_button)
    k.wait(lambda: history.table.rowCount() == 60)
    assert history.more_button.isHidden()


@pytest.fixture
def scaled(tmp_path):
    store = SandboxStore(tmp_path / "scaled.sqlite3", scale=300)
    server = SandboxServer(store, faults=Faults()).start()
    yield server
    server.stop()


def test_a_scaled_catalogue_sells_like_the_demo(make_kiosk, scaled) -> None:
    """The same window on a sandbox with 300 products and 1,500 customers."""
    k = make_kiosk(on=scaled, settings={"quick_picks": ["100000", "100001"]})
    k.sign_in()
    number = next(c["card_number"] for c in scaled.store.cards(customer_id="sc-0000007")
                  if c["state"] == 1)
    k.identify(number)
    k.scan("100042")
    k.wait(lambda: len(k.session.bill.lines) == 1)
    assert k.session.bill.lines[0].plu_code == "100042"
    bill = k.screen("bill")
    k.type_into(bill.search, "Bread")

    def found() -> list[str]:
        return [bill.products.item(i).text() for i in range(bill.products.count())]

    k.wait(lambda: len(found()) > 2 and all("· Bread" in text for text in found()))
