"""UI figures, offscreen, each against a baseline measured in the same run.

1. Start-up to an interactive sign-in window, as a ratio to a bare PySide6 window that
   imports httpx and qasync (median of alternating runs). Goal: ≤ 1.3×.
2. Scan → customer shown at 100 ms added latency, against the round trip the app's own
   client takes for one call in the same run. Goal: ≤ 2 round trips + 15 ms.
3. Worst stall of a 10 ms UI timer during a checkout (card, item, close bill, confirm with
   its disk write) while every answer takes 1 s, against the same timer's worst gap while
   the window only waits. Goal: ≤ 20 ms.
4. Resident memory after the checkout. Goal: ≤ 150 MB.

The sandbox runs in a process of its own (`bench_scale.Remote`), as CareCloud would: its
work does not compete with the app for the interpreter.

Run: .venv/bin/python benchmarks/bench_ui.py [--runs 9]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_scale import Remote  # noqa: E402
from startup import compare  # noqa: E402

from kiosk_app.ui.app import Parts  # noqa: E402

CARDS = ["2000000000015", "2000000000022", "2000000000060", "3000000000021"]


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def worst_gap_ms(ticks: list[float]) -> float:
    return max((b - a) * 1000 for a, b in itertools.pairwise(ticks))


async def scenario(parts: Parts, server: Remote, runs: int) -> None:
    from PySide6.QtCore import QTimer

    window, services, scanner = parts.window, parts.services, parts.scanner
    visit = services.counter

    async def until(cond: Callable[[], bool], limit: float = 30) -> None:
        deadline = time.monotonic() + limit
        while not cond():
            if time.monotonic() > deadline:
                raise TimeoutError(f"on {window.current_name}: {window.current.error.text()!r}")
            await asyncio.sleep(0.001)

    sign_in = window.screen("sign_in")
    sign_in.login.setText("cashier")
    sign_in.password.setText("demo")
    sign_in.sign_in()
    await until(sign_in.start_button.isEnabled)
    sign_in.start()

    # 2. scan → customer shown, and one round trip of the same client, at 100 ms latency
    server.latency(100)
    trip = []
    for card in CARDS * 2:
        started = time.perf_counter()
        await services.client.find_card(card)
        trip.append((time.perf_counter() - started) * 1000)
    shown = []
    for card in CARDS * (runs // len(CARDS) + 1):
        window.new_customer()
        seen: list[float] = []

        def check(seen: list[float] = seen) -> None:  # the moment it is shown, not a poll's
            if not seen and visit.session.customer is not None:
                seen.append(time.perf_counter())

        stop = visit.subscribe(check)
        started = time.perf_counter()
        scanner.scanned.emit(card)
        await until(lambda: visit.session.customer is not None and window.panel.isVisible())
        stop()
        shown.append((seen[0] - started) * 1000)
    one, scan = statistics.median(trip), statistics.median(shown)
    print(f"scan → customer at 100 ms latency: median {scan:.0f} ms; one round trip of the "
          f"same client {one:.0f} ms: 2 round trips + {scan - 2 * one:.0f} ms (goal ≤ + 15)")

    # 3. the worst stall of a 10 ms timer: first while the window only waits, then during a
    # checkout whose every answer takes 1 s, confirm (and its disk write) included
    ticks: list[float] = []
    timer = QTimer(window, interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    await asyncio.sleep(3)
    idle_gap = worst_gap_ms(ticks)
    server.latency(1000)
    ticks.clear()
    window.new_customer()
    scanner.scanned.emit("2000000000015")
    await until(lambda: visit.session.customer is not None)
    scanner.scanned.emit("1001")
    await until(lambda: not visit.session.bill.is_empty)
    window.show_screen("closure")
    closure = window.screen("closure")
    await until(closure.confirm_button.isEnabled)
    closure.confirm()
    await until(lambda: window.current_name == "done")
    await until(lambda: visit.session.receipt is not None and visit.session.receipt.delivered)
    timer.stop()
    busy_gap = worst_gap_ms(ticks)
    print(f"worst stall of a 10 ms timer during a checkout with 1 s answers and the confirm's "
          f"disk write: {busy_gap:.1f} ms over {len(ticks)} ticks; waiting only: "
          f"{idle_gap:.1f} ms (goal ≤ 20)")

    # 4. memory after the checkout
    server.latency(0)
    print(f"resident memory after a checkout: {rss_mb():.0f} MB (goal ≤ 150; the sandbox runs "
          "in a process of its own)")


def main() -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    from kiosk_app.config import Settings
    from kiosk_app.ui.app import assembled

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs

    bare_ms, app_ms = compare(runs)
    print(f"start-up to an interactive sign-in window: {app_ms:.0f} ms, a bare PySide6 window "
          f"{bare_ms:.0f} ms: ratio {app_ms / bare_ms:.2f} (goal ≤ 1.3; median of {runs} "
          "alternating runs)")

    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    with tempfile.TemporaryDirectory() as tmp:
        server = Remote(Path(tmp) / "sandbox.sqlite3")
        settings = Settings(base_url=server.base_url, outbox_db=f"{tmp}/o.sqlite3",
                            external_app_id="kiosk-demo-app")

        async def run() -> None:
            async with assembled(app, settings) as parts:
                await scenario(parts, server, runs)

        try:
            qasync.run(run())
        finally:
            server.stop()
    # This script (not the app) trips a shiboken refcount abort while Python finalises;
    # the figures are printed, so leave without finalising.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
