"""UI figures, offscreen: cold start, scan → customer, worst UI stall, memory after a checkout.

Run: .venv/bin/python benchmarks/bench_ui.py
Goals: start-up within 1.5× a bare window (issue 10); scan → customer ≤ 250 ms at 100 ms
added latency (issue 3; `bench_scale.py` measures it against an out-of-process sandbox at
scale, goal ≤ 220 ms); worst stall of a 10 ms timer ≤ 30 ms while the server takes 1 s;
resident memory ≤ 150 MB after a full checkout.
"""

from __future__ import annotations

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

from startup import compare  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk_app.config import Settings
    from kiosk_app.ui.app import Parts, assembled

    bare_ms, app_ms = compare()
    print(f"start-up to an interactive sign-in window: {app_ms:.0f} ms, a bare PySide6 window "
          f"{bare_ms:.0f} ms: ratio {app_ms / bare_ms:.2f} (goal ≤ 1.5)")

    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)

    async def run() -> None:
        tmp = tempfile.mkdtemp()
        settings = Settings(sandbox_db=f"{tmp}/s.sqlite3", outbox_db=f"{tmp}/o.sqlite3")
        async with assembled(app, settings) as parts:
            await scenario(parts)

    async def scenario(parts: Parts) -> None:
        window, session, scanner = parts.window, parts.session, parts.scanner
        server = parts.sandbox
        window.show()

        async def until(cond: Callable[[], bool], limit: float = 20) -> None:
            deadline = time.monotonic() + limit
            while not cond():
                if time.monotonic() > deadline:
                    raise TimeoutError
                await asyncio.sleep(0.001)

        sign_in = window.screens["sign_in"]
        sign_in.login.setText("cashier")
        sign_in.password.setText("demo")
        sign_in.sign_in()
        await until(sign_in.start_button.isEnabled)
        sign_in.start()

        # scan → customer shown, 100 ms added to every answer
        server.faults.latency_ms = 100
        shown = []
        for card in ["2000000000015", "2000000000022", "2000000000060", "3000000000021"] * 2:
            window.new_customer()
            started = time.perf_counter()
            scanner.scanned.emit(card)
            await until(lambda: session.customer is not None and window.panel.isVisible())
            shown.append((time.perf_counter() - started) * 1000)
        print(f"scan → customer shown at 100 ms latency: median {statistics.median(shown):.0f} ms, "
              f"max {max(shown):.0f} ms (goal ≤ 250)")

        # the worst gap of a 10 ms timer while the server answers in 1 s
        server.faults.latency_ms = 1000
        ticks: list[float] = []
        timer = QTimer(window, interval=10)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start()
        window.new_customer()
        scanner.scanned.emit("2000000000015")
        await until(lambda: session.customer is not None, 30)
        bill = window.screens["bill"]
        bill.add_plu("1001")
        await until(lambda: not session.bill.is_empty, 30)
        window.show_screen("closure")
        closure = window.screens["closure"]
        await until(closure.confirm_button.isEnabled, 30)
        timer.stop()
        gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]
        print(f"largest UI stall (10 ms timer) during 1 s calls: {max(gaps):.1f} ms over "
              f"{len(ticks)} ticks (goal ≤ 30)")

        # a full checkout, then resident memory
        server.faults.latency_ms = 0
        window.new_customer()
        scanner.scanned.emit("2000000000015")
        await until(lambda: session.customer is not None)
        for code in ("1001", "1001", "1002", "2001"):
            bill.add_plu(code)
        await until(lambda: sum(line.quantity for line in session.bill.lines) == 4)
        session.choose_reward("COFFEE2", 1)
        window.show_screen("closure")
        await until(closure.confirm_button.isEnabled)
        closure.confirm()
        await until(lambda: window.current_name == "done")
        print(f"resident memory after a full checkout: {rss_mb():.0f} MB (goal ≤ 150; "
              "includes the embedded sandbox)")

    qasync.run(run())
    # This script (not the app) trips a shiboken refcount abort while Python finalises;
    # the figures are printed, so leave without finalising.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
