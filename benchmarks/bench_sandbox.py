"""Seed the sandbox at two scales and time every lookup the app makes on each.

Run: .venv/bin/python benchmarks/bench_sandbox.py [--small 2000] [--large 200000] [--runs 50]

For N products (and 5×N customers with cards, points and vouchers) it prints the seeding
time and, per lookup, the median time of the whole API handler (validation, SQL,
rendering; no socket) over `--runs` different targets, and how many records matched on
average. Goals: seeding N=200,000 under a minute; lookups in milliseconds, their
large:small ratio near 1 (an index, not a scan). Lookups whose matches grow with N
(namesakes, a short name prefix) grow with the page they render, up to 100 records.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk_app.sandbox.api import Api, ApiRequest  # noqa: E402
from kiosk_app.sandbox.store import SandboxStore  # noqa: E402

Lookup = Callable[[int], tuple[str, str, dict[str, str]]]  # target index → (method, path, params)


def lookups(store: SandboxStore, people: int) -> dict[str, Lookup]:
    """The app's lookups, each on a different customer or product per run."""

    def customer(k: int) -> dict:
        (found,), _ = store.customers(ids=[f"sc-{k * 7919 % people:07d}"])
        return found

    def card_number(k: int) -> str:
        return store.cards(customer_id=customer(k)["customer_id"])[0]["card_number"]

    def product(k: int) -> dict:
        (found,), _ = store.products("cs", code=str(100_000 + k * 7919 % (people // 5)))
        return found

    return {
        "card by number": lambda k: ("GET", "/cards", {"card_number": card_number(k)}),
        "customer by e-mail": lambda k: ("GET", "/customers", {"email": customer(k)["email"]}),
        "customer by phone": lambda k: ("GET", "/customers", {"phone": customer(k)["phone"]}),
        "customer by first+last name": lambda k: ("GET", "/customers", {
            "first_name": customer(k)["first_name"], "last_name": customer(k)["last_name"]}),
        "customer by birth date": lambda k: ("GET", "/customers",
                                             {"birthdate": customer(k)["birthdate"]}),
        "product by code": lambda k: ("GET", "/products", {"code": product(k)["code"]}),
        "products by name prefix (page of 100)": lambda k: (
            "GET", "/products", {"name": product(k)["name"][:6]}),
        "customer's cards": lambda k: ("GET", f"/customers/{customer(k)['customer_id']}/cards", {}),
        "customer's valid vouchers": lambda k: (
            "GET", f"/customers/{customer(k * 4)['customer_id']}/vouchers", {"is_valid": "true"}),
        "customer's points": lambda k: ("GET", f"/customers/{customer(k)['customer_id']}/points", {}),
        "points overview": lambda k: ("GET", "/wallet/actions/points-overview",
                                      {"customer_id": customer(k)["customer_id"]}),
    }


def measure(n: int, runs: int) -> tuple[dict[str, float], dict[str, float]]:
    """Seconds to seed N, then the median seconds and the mean matches of each lookup."""
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        store = SandboxStore(Path(tmp) / "sandbox.sqlite3", scale=n)
        figures = {"seed": time.perf_counter() - started}
        matches: dict[str, float] = {}
        api = Api(store)
        signed_in = api.handle(ApiRequest("POST", "/users/actions/login", body={
            "login": "cashier", "password": "demo", "user_external_application_id": "kiosk-demo-app"}))
        token = signed_in.body["data"]["bearer_token"]
        for name, lookup in lookups(store, 5 * n).items():
            times, found = [], []
            for k in range(1, runs + 1):
                method, path, params = lookup(k)
                started = time.perf_counter()
                answer = api.handle(ApiRequest(method, path, params=params, token=token))
                times.append(time.perf_counter() - started)
                assert answer.status == 200, (name, answer.body)
                found.append(answer.body["data"].get("total_items", 1))
            figures[name] = statistics.median(times)
            matches[name] = statistics.mean(found)
        store.close()
    return figures, matches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=2_000)
    parser.add_argument("--large", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    (small, small_found), (large, large_found) = (measure(args.small, args.runs),
                                                  measure(args.large, args.runs))
    head = f"N={args.small:,}", f"N={args.large:,}"
    print(f"{'':40} {head[0]:>12} {head[1]:>12} {'ratio':>8}   matches (mean)")
    print(f"{'seed (s)':40} {small['seed']:12.2f} {large['seed']:12.2f} "
          f"{large['seed'] / small['seed']:8.1f}   goal: < 60 s for N=200,000")
    for name in (k for k in small if k != "seed"):
        print(f"{name + ' (ms)':40} {small[name] * 1000:12.3f} {large[name] * 1000:12.3f} "
              f"{large[name] / small[name]:8.2f}   {small_found[name]:g} : {large_found[name]:g}")


if __name__ == "__main__":
    main()
