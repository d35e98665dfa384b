"""Build the standalone executable on this machine (Linux, Windows or macOS).

    python packaging/build.py              one folder: dist/kiosk-app/ (starts fastest)
    python packaging/build.py --onefile    one file:   dist/onefile/kiosk-app[.exe] (unpacks each run)
    python packaging/build.py --selftest   ...then run the built executable's --selftest

Run it with the project's virtual environment's Python (it installs requirements/build.txt there:
PyInstaller and the app's dependencies at their locked versions, hash-checked).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


BUDGET = 120_000_000  # bytes: the one-folder build must stay within 120 MB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true")
    parser.add_argument("--selftest", action="store_true")
    args = parser.parse_args()
    python = sys.executable
    # PyInstaller (and the app's dependencies) at the locked versions, hash-checked
    subprocess.run([python, "-m", "pip", "install", "-q", "--require-hashes", "-r",
                    str(ROOT / "requirements" / "build.txt")], check=True)
    subprocess.run([python, "-m", "kiosk_app.build"], check=True, cwd=ROOT)
    env = {**os.environ, "KIOSK_ONEFILE": "1" if args.onefile else "0"}
    dist = ROOT / "dist" / ("onefile" if args.onefile else "")
    target = dist / ("kiosk-app.exe" if args.onefile and os.name == "nt" else "kiosk-app")
    if target.is_dir():
        shutil.rmtree(target)
    elif target.exists():
        target.unlink()
    subprocess.run([python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(ROOT / "build"),
                    str(ROOT / "packaging" / "kiosk_app.spec")], check=True, cwd=ROOT, env=env)
    exe = target if args.onefile else target / ("kiosk-app.exe" if os.name == "nt" else "kiosk-app")
    size = (exe.stat().st_size if args.onefile else
            sum(p.stat().st_size for p in target.rglob("*") if p.is_file() and not p.is_symlink()))
    print(f"built {exe.relative_to(ROOT)} ({size / 1e6:.1f} MB)")
    # the budget is the default build's; KIOSK_PRINTER=1 (the printer extra, ~17 MB) and
    # KIOSK_KEYRING=1 (Secret Service, ~11 MB) are variants an installer asks for
    variant = "1" in (os.environ.get("KIOSK_PRINTER"), os.environ.get("KIOSK_KEYRING"))
    if not args.onefile and not variant and size > BUDGET:
        print(f"build FAILED: the one-folder build is {size / 1e6:.1f} MB, over the "
              f"{BUDGET / 1e6:.0f} MB budget")
        return 1
    if args.selftest:  # the frozen app sells once and writes that sale's receipt as a PDF
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "receipt.pdf"
            code = subprocess.run([str(exe), "--selftest", "--receipt-pdf", str(pdf)],
                                  check=False).returncode
            if code == 0 and not (pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")):
                print("selftest FAILED: no receipt PDF was written")
                return 1
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
