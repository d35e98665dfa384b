"""Disk work off the UI thread: an fsync'd commit can take tens of milliseconds (seconds on a
busy disk), and the loop that runs the screens must never wait for it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

# one plain Python thread for the app's disk writes, in the order they were asked for (the
# loop's default executor under qasync is made of QThreads, which Qt aborts on if they still
# run when the process ends)
_DISK = ThreadPoolExecutor(max_workers=1, thread_name_prefix="disk")


async def off_thread(work: Callable[[], T]) -> T:
    """Run `work` on the disk thread and wait for it without blocking the loop. `work` is a
    closure: what it carries (a note, a card number) never appears in the arguments a
    library's debug log prints."""
    return await asyncio.get_running_loop().run_in_executor(_DISK, work)
