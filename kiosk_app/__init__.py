"""kiosk_app: a CareCloud loyalty front-end for cashiers and self-service kiosks."""

from __future__ import annotations

from functools import cache


@cache
def version() -> str:
    """The installed package's version (read when asked: importlib.metadata is slow to load)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("kiosk-app")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(name)
