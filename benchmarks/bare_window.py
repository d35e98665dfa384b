"""The start-up baseline: a bare PySide6 window in a process that imports httpx and qasync.

Prints READY once the window is shown and the event loop turns, like the app does with
KIOSK_STARTUP_PROBE set. Run by `benchmarks/startup.py`, not by hand.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx  # noqa: F401 - what the app needs before it can talk to CareCloud
import qasync  # noqa: F401
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1024, 768)
    window.show()
    QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
