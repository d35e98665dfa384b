"""Time from launching the app to an interactive main window (offscreen, embedded sandbox).

The app prints READY and quits once its window is up when KIOSK_STARTUP_PROBE is set.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time


def until_ready(command: list[str], runs: int = 5) -> list[float]:
    """Milliseconds from launch to an interactive window, one sample per run."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            open(f"{tmp}/empty.toml", "w").close()  # defaults, not this machine's settings
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_STARTUP_PROBE": "1",
                   "KIOSK_SANDBOX_DB": f"{tmp}/s.sqlite3", "KIOSK_OUTBOX_DB": f"{tmp}/o.sqlite3",
                   "KIOSK_CONFIG": f"{tmp}/empty.toml"}
            started = time.perf_counter()
            child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True, env=env)
            assert child.stdout is not None
            for line in child.stdout:
                if line.startswith("READY"):
                    times.append((time.perf_counter() - started) * 1000)
                    break
            child.wait(timeout=60)
    return times
