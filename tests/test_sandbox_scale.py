"""The sandbox at scale: deterministic bulk data beside the demo data, every lookup the app
makes finding it over HTTP through indexes (no table scans), `/products` by code and by a
typed name prefix, and `/languages` without paging. (Timings: benchmarks/bench_sandbox.py.)"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import httpx
import pytest

from kiosk_app.sandbox import demo_seed
from kiosk_app.sandbox.server import Faults, SandboxServer
from kiosk_app.sandbox.store import SandboxStore
from kiosk_app.sandbox.text import fold
from tests.conftest import DEMO, token
from tests.helpers import bill, item

N = 300
SCALE_TABLES = ("products", "product_names", "product_prices", "customers", "cards", "points",
                "vouchers")


def dump(path: Path, table: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()


def test_the_same_n_gives_the_same_rows_beside_the_demo_data(tmp_path: Path) -> None:
    paths = [tmp_path / f"{name}.sqlite3" for name in ("a", "b", "c")]
    for path, n in zip(paths, (N, N, N + 1), strict=True):
        SandboxStore(path, scale=n).close()
    for table in SCALE_TABLES:
        assert dump(paths[0], table) == dump(paths[1], table), table
    assert dump(paths[0], "customers") != dump(paths[2], "customers")
    store = SandboxStore(paths[0])  # no scale given: the file's data stays
    try:
        assert store.scale == N
        counts = {t: store.query(f"SELECT COUNT(*) FROM {t}")[0][0] for t in SCALE_TABLES}
        assert counts["products"] == N + 8 and counts["customers"] == 5 * N + 10
        assert counts["cards"] == 5 * N + len(demo_seed()["cards"])
        assert counts["vouchers"] == len(demo_seed()["vouchers"]) + (5 * N + 3) // 4
        assert store.cards(card_number="2000000000015")[0]["customer_id"] == "cu-jana"
        assert store.available_points("cu-jana") == 1250
        codes = [r["code"] for r in store.query("SELECT code FROM products")]
        assert len(set(codes)) == len(codes)
        store.reset()  # a reset brings back the same scale data
        assert store.scale == N and dump(paths[0], "cards") == dump(paths[1], "cards")
    finally:
        store.close()
    assert SandboxStore(paths[0], scale=0).scale == 0  # another N rebuilds


@pytest.fixture(scope="module")
def scaled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    path = tmp_path_factory.mktemp("scale") / "sandbox.sqlite3"
    server = SandboxServer(SandboxStore(path, scale=N), faults=Faults(), seed=1).start()
    yield server
    server.stop()


@pytest.fixture
def statements(scaled: SandboxServer) -> Iterator[list[str]]:
    """Every SQL statement the sandbox runs meanwhile, with its values filled in."""
    seen: list[str] = []
    connection = scaled.store._db  # the store's own connection: tracing is a test's concern
    connection.set_trace_callback(seen.append)
    yield seen
    connection.set_trace_callback(None)


def table_scans(path: str, sql: list[str]) -> list[str]:
    """The statements whose plan walks a whole table rather than an index."""
    with closing(sqlite3.connect(path)) as db:
        return [f"{s} → {detail}" for s in sql if s.lstrip().upper().startswith("SELECT")
                for *_, detail in db.execute("EXPLAIN QUERY PLAN " + s)
                if detail.startswith("SCAN")]


@pytest.mark.asyncio
async def test_the_apps_lookups_find_scale_data_through_indexes(
        scaled: SandboxServer, make_client, statements: list[str]) -> None:
    store = scaled.store
    (customer,), _ = store.customers(ids=["sc-0000123"])
    card = store.cards(customer_id="sc-0000123")[0]
    (product,), _ = store.products("en", code="100042")
    client = make_client(scaled)
    await client.login(DEMO)

    found = await client.find_card(card["card_number"])
    assert found is not None and found.customer_id == "sc-0000123"
    for filters in ({"email": customer["email"].upper()}, {"phone": f"+{customer['phone']}"},
                    {"first_name": fold(customer["first_name"]),
                     "last_name": customer["last_name"].upper()},
                    {"birthdate": customer["birthdate"]}):
        assert "sc-0000123" in {c.customer_id for c in await client.find_customers(**filters)}
    assert [c.card_number for c in await client.get_customer_cards("sc-0000123")] == [
        card["card_number"]]
    assert await client.get_customer_points("sc-0000123")
    assert (await client.get_points_overview("sc-0000123")).available_points is not None
    quote = await client.accept_payment(store_id="st-prague", cashdesk_number=1,
                                        bill=bill(item("1001")), card_number=card["card_number"])
    assert quote.messages
    await client.get_customer_vouchers("sc-0000000", valid_only=False)
    (by_code,) = await client.get_products(code="100042")
    assert by_code.name == product["name"] and by_code.price_in("cur-czk") is not None

    typed = product["name"][:4].upper()  # what a cashier types: any case, accents or not
    named = await client.get_products(name=typed)
    assert "100042" in {p.code for p in named}
    assert all(fold(p.name).startswith(fold(typed)) for p in named)
    assert [fold(p.name) for p in named] == sorted(fold(p.name) for p in named)
    assert await client.get_products(name=fold(typed)) == named
    await client.aclose()

    assert statements and table_scans(store.path, statements) == []


def test_products_by_prefix_are_paged_and_counted(scaled: SandboxServer, raw_scaled) -> None:
    everything = raw_scaled.get("products", params={"name": "čaj", "count": 1000}).json()["data"]
    assert everything["total_items"] > 3
    first = raw_scaled.get("products", params={"name": "CAJ", "count": 2}).json()["data"]
    second = raw_scaled.get("products", params={"name": "Caj", "count": 2, "offset": 2}
                            ).json()["data"]
    assert first["total_items"] == second["total_items"] == everything["total_items"]
    assert first["products"] + second["products"] == everything["products"][:4]
    english = raw_scaled.get("products", params={"name": "tea ", "count": 1000},
                             headers={"Accept-Language": "en"}).json()["data"]
    assert english["total_items"] == everything["total_items"]  # the same products, in English
    assert {p["code"] for p in english["products"]} == {p["code"] for p in everything["products"]}
    assert raw_scaled.get("products", params={"name": "zzz"}).json()["data"] == {
        "products": [], "total_items": 0}
    assert raw_scaled.get("products").json()["data"]["total_items"] == N + 8


def test_languages_need_no_paging(raw_scaled) -> None:
    answer = raw_scaled.get("languages")
    assert answer.status_code == 200
    assert [lang["language_id"] for lang in answer.json()["data"]["languages"]] == [
        "cs", "en", "sk", "de", "pl"]


@pytest.fixture
def raw_scaled(scaled: SandboxServer, spec_checker) -> Iterator[httpx.Client]:
    from tests.spec_check import response_hook

    with httpx.Client(base_url=scaled.base_url + "/",
                      event_hooks={"response": [response_hook(spec_checker,
                                                              validate_request=True)]}) as client:
        client.headers.update(token(client))
        yield client


def test_the_command_line_serves_scale_data_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "kiosk_app", "sandbox", "--port", "0", "--scale", "50",
               "--db", str(tmp_path / "cli.sqlite3")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        lines = []
        for line in process.stdout:
            lines.append(line)
            if line.startswith("Press Ctrl+C"):
                break
        (url,) = [line.split(" at ", 1)[1].strip() for line in lines if " sandbox at " in line]
        assert any(line.startswith("Scale data: 50 products") for line in lines)
        with httpx.Client(base_url=url + "/") as client:
            client.headers.update(token(client))
            found = client.get("customers", params={"phone": "420700000049"}).json()["data"]
        assert [c["customer_id"] for c in found["customers"]] == ["sc-0000049"]
        (key,) = [line.rsplit(": ", 1)[1].strip() for line in lines if "X-Sandbox-Token: " in line]
        origin = url.split("/webservice/", 1)[0]
        with httpx.Client(base_url=origin + "/sandbox/") as control:  # the printed key opens it
            assert control.get("purchases").status_code == 403
            assert control.get("purchases", headers={"X-Sandbox-Token": key}).status_code == 200
        process.send_signal(signal.SIGINT)
        assert process.wait(10) == 130
    finally:
        process.kill()
        process.wait()
