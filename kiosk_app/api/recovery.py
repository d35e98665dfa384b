"""Writes that must happen once although their answer can be lost.

A write that is refused as a duplicate, or whose answer never arrived (a timeout, a 5xx,
garbage), may have happened all the same: an earlier try got through, or this one did and
only the answer was lost. Sending it again could do it twice (two vouchers, points spent
twice), so the one way out is to look up what it would have made and, when that is there,
take it as the answer. `write_once` is that pattern, written once.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from kiosk_app.api.errors import ApiError

log = logging.getLogger("kiosk_app.api")

T = TypeVar("T")


async def write_once(
    write: Callable[[], Awaitable[T]],
    look_up: Callable[[ApiError], Awaitable[T | None]],
    *,
    unsure: Callable[[ApiError], bool],
    what: str,
    look_up_errors: tuple[type[Exception], ...] = (ApiError,),
) -> T:
    """Send a write; when it fails in a way that leaves it unsure whether it happened
    (`unsure(exc)`: a refusal as a duplicate, a lost answer), look up what it would have
    made and return that; else re-raise the write's own failure.

    `look_up` gets the write's failure and returns what the write would have returned, or
    None when it finds nothing (a write without a result returns e.g. True when done). A
    look-up that fails with one of `look_up_errors` (default: any `ApiError`: it cannot be
    told now) leaves the write's failure standing; any other failure of the look-up
    propagates, chained to the write's (pass `()` to let every look-up failure through).
    The failure is retried by the caller, if at all: nothing is sent again here.

    `what` names the call in the log (e.g. "create-voucher"); it must hold no personal
    data, and failures are logged by type only, never their text.
    """
    try:
        return await write()
    except ApiError as failure:
        if not unsure(failure):
            raise
        try:
            found = await look_up(failure)
        except look_up_errors as exc:
            log.warning("%s: could not look up whether it happened after %s (%s)", what,
                        type(failure).__name__, type(exc).__name__)
            found = None
        if found is None:
            raise
        log.info("%s: done already (found after %s); that is the answer", what,
                 type(failure).__name__)
        return found
