"""Files the app loads at run time (style sheet, icon), found the same way in source and frozen runs."""

from __future__ import annotations

from pathlib import Path


def read_text(name: str) -> str:
    return Path(__file__).with_name(name).read_text("utf-8")


def read_bytes(name: str) -> bytes:
    return Path(__file__).with_name(name).read_bytes()
