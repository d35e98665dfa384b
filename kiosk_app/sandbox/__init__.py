"""The embedded CareCloud sandbox: a real HTTP server on loopback with seeded demo data."""

from __future__ import annotations

from typing import Any


def demo_credentials(seed: dict[str, Any]) -> tuple[str, str, str]:
    """(login, password, external application id) of the seed's first user: demo data only."""
    user = seed["users"][0]
    return user["login"], user["password"], seed["external_applications"][0]
