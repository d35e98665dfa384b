"""Disk work off the UI thread: an fsync'd commit can take tens of milliseconds (seconds on a
busy disk), and the loop that runs the screens must never wait for it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


async def off_thread(work: Callable[[], T]) -> T:
    """Run `work` on a worker thread and wait for it without blocking the loop. `work` is a
    closure: what it carries (a note, a card number) never appears in the arguments a
    library's debug log prints."""
    return await asyncio.to_thread(work)
