"""Files the app loads at run time (style sheet, icon), found the same way in source and frozen runs."""

from __future__ import annotations

from importlib import resources


def read_text(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text("utf-8")


def read_bytes(name: str) -> bytes:
    return resources.files(__name__).joinpath(name).read_bytes()
