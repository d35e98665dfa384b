"""Time from launching a program to an interactive main window (offscreen).

The app prints READY and quits once its window is up when KIOSK_STARTUP_PROBE is set;
`bare_window.py` does the same for a bare PySide6 window that imports httpx and qasync.

Run: .venv/bin/python benchmarks/startup.py [--runs N]   (prints both and their ratio)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BARE = [sys.executable, str(HERE / "bare_window.py")]
APP = [sys.executable, "-m", "kiosk_app"]


def _once(command: list[str], tmp: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_STARTUP_PROBE": "1",
           "KIOSK_SANDBOX_DB": f"{tmp}/s.sqlite3", "KIOSK_OUTBOX_DB": f"{tmp}/o.sqlite3",
           "KIOSK_CONFIG": f"{tmp}/empty.toml"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: pip writes the bytecode caches
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, env=env, cwd=HERE.parent)
    assert child.stdout is not None
    elapsed = float("nan")
    for line in child.stdout:
        if line.startswith("READY"):
            elapsed = (time.perf_counter() - started) * 1000
            break
    child.wait(timeout=60)
    return elapsed


def until_ready(command: list[str], runs: int = 5, *, fresh: bool = False) -> list[float]:
    """Milliseconds from launch to an interactive window, one sample per run. The sandbox
    database is seeded once before the runs (as on a till that ran before) unless `fresh`."""
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        open(f"{tmp}/empty.toml", "w").close()  # defaults, not this machine's settings
        if not fresh:
            _once(command, tmp)
        for _ in range(runs):
            times.append(_once(command, tmp))
    return times


def compare(runs: int = 7) -> tuple[float, float]:
    """Median start-up of the bare window and of the app, measured alternately in one run."""
    bare, app = [], []
    for _ in range(runs):
        bare += until_ready(BARE, 1)
        app += until_ready(APP, 1)
    return statistics.median(bare), statistics.median(app)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    bare_ms, app_ms = compare(runs)
    print(f"bare PySide6 window (imports httpx, qasync): median {bare_ms:.0f} ms")
    print(f"kiosk-app to an interactive sign-in window:  median {app_ms:.0f} ms")
    print(f"ratio app / bare: {app_ms / bare_ms:.2f} (goal ≤ 1.5; median of {runs} alternating runs)")
