"""The app's compiled assets, made with Qt's own tools.

    python -m kiosk_app.build          compile translations/*.ts into kiosk_app/i18n/*.qm and
                                       resources/ (style, icons, images) into
                                       kiosk_app/resources_rc.py
    python -m kiosk_app.build update   refresh translations/*.ts from the sources (lupdate)

The README's setup, CI and packaging run the compile step.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
TS_DIR = ROOT / "translations"
QM_DIR = PACKAGE / "i18n"
QRC = ROOT / "resources" / "resources.qrc"
RESOURCES_PY = PACKAGE / "resources_rc.py"
LANGUAGES = ("cs", "sk", "de", "pl")
PLURAL_ONLY = ("en",)  # the source language needs only its plural forms ("1 customer", "3 customers")


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kiosk_app").rglob("*.py")
                  if p != RESOURCES_PY)


def update(ts_dir: Path = TS_DIR) -> str:
    """lupdate: add new source texts to every .ts, drop ones no longer in the code."""
    ts_files = [str(ts_dir / f"kiosk_{lang}.ts") for lang in LANGUAGES]
    out = subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                          "-ts", *ts_files], cwd=ROOT, check=True, capture_output=True,
                         text=True).stdout
    for lang in PLURAL_ONLY:
        out += subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                               "-pluralonly", "-source-language", "en",
                               "-target-language", lang,
                               "-ts", str(ts_dir / f"kiosk_{lang}.ts")], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout
    return out


def build(out_dir: Path = QM_DIR) -> list[Path]:
    """lrelease: compile each .ts into a .qm the app loads at run time."""
    built = []
    for lang in LANGUAGES + PLURAL_ONLY:
        ts, qm = TS_DIR / f"kiosk_{lang}.ts", out_dir / f"kiosk_{lang}.qm"
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                       capture_output=True, text=True)
        built.append(qm)
    return built


def resources(target: Path = RESOURCES_PY) -> Path:
    """rcc: the design's sources (resources/) into a module that registers them with Qt."""
    subprocess.run([_tool("pyside6-rcc"), str(QRC), "-o", str(target)], check=True,
                   capture_output=True, text=True)
    return target


if __name__ == "__main__":
    if sys.argv[1:] == ["update"]:
        print(update())
    else:
        for path in [*build(), resources()]:
            print("built", path.relative_to(ROOT))
