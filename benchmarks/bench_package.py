"""The built executable: its size, and its start-up time next to the source's.

Run after `bash packaging/build.sh`:  .venv/bin/python benchmarks/bench_package.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from startup import BARE, until_ready

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "dist" / "kiosk-app"


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def version_time(command: list[str], runs: int = 5) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([*command, "--version"], check=True, capture_output=True)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    exe = FOLDER / "kiosk-app"
    if not exe.exists():
        sys.exit("build first: bash packaging/build.sh")
    source = [sys.executable, "-m", "kiosk_app"]
    size = size_mb(FOLDER)
    print(f"one-folder build: {size:.0f} MB = {size * 1e6 / 2**20:.0f} MiB (goal ≤ 120 MB)")
    onefile = ROOT / "dist" / "onefile" / "kiosk-app"
    if onefile.is_file():
        print(f"one-file build:   {size_mb(onefile):.0f} MB")
    print(f"--version:        executable {version_time([str(exe)]):.0f} ms, "
          f"source {version_time(source):.0f} ms")
    frozen, plain, bare = until_ready([str(exe)]), until_ready(source), until_ready(BARE)
    print(f"to an interactive window (offscreen, embedded sandbox): executable median "
          f"{statistics.median(frozen):.0f} ms, source median {statistics.median(plain):.0f} ms, "
          f"a bare PySide6 window {statistics.median(bare):.0f} ms (ratio executable/bare "
          f"{statistics.median(frozen) / statistics.median(bare):.2f})")


if __name__ == "__main__":
    main()
