"""Sends the outbox to CareCloud: new entries at once, the rest on a one-minute cycle.

The vendor's rule for POS systems: a failed transfer is retried later (five tries, ten
minutes apart, both configurable) and then left for manual transfer. A 400 whose reason
for `bill_id` is `already_exists` means the purchase already arrived. Only one sender
works an outbox file, even with two app instances on the same data directory.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk_app.api import (
    BadRequest,
    CareCloudClient,
    HttpError,
    ProtocolError,
    RateLimited,
    ServerError,
    TransportError,
    Unauthorized,
)
from kiosk_app.api.errors import NotSignedIn
from kiosk_app.app.outbox import Entry, Outbox
from kiosk_app.app.threads import off_thread
from kiosk_app.domain.changes import Listeners

log = logging.getLogger(__name__)


class OutboxSender:
    def __init__(self, outbox: Outbox, client: CareCloudClient, *, interval: float = 60.0,
                 retry_delay: float = 600.0, max_attempts: int = 5,
                 clock: Callable[[], float] = time.time) -> None:
        self.outbox = outbox
        self.client = client
        self.interval = interval
        self.retry_delay = retry_delay
        self.max_attempts = max_attempts
        self._clock = clock
        self._lock_path = Path(str(outbox.path) + ".sender.lock")
        self._file_lock: Any = None  # a filelock.FileLock, made at the first claim
        self.is_sender = False
        self._wake: asyncio.Event | None = None
        self._delivered: list[Callable[[Entry], None]] = []
        self._trouble_listeners: Listeners[[]] = Listeners()
        self.restarts = 0
        self.trouble: str | None = None  # why the loop had to be restarted, until it delivers
        self.trouble_at: float | None = None

    def on_delivered(self, listener: Callable[[Entry], None]) -> None:
        """Told after an entry reached CareCloud (the customer's account changed)."""
        self._delivered.append(listener)

    def on_trouble(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Told when the loop was restarted after an error, and when that is over; returns
        how to stop."""
        return self._trouble_listeners.subscribe(listener)

    def _set_trouble(self, trouble: str | None) -> None:
        if trouble == self.trouble:
            return
        self.trouble, self.trouble_at = trouble, (self._clock() if trouble else None)
        try:
            self._trouble_listeners.tell()
        except Exception:  # a listener's bug must not stop the sender
            log.exception("sender listener failed")

    async def _mark_delivered(self, entry: Entry, purchase_id: str | None,
                              note: str | None = None) -> None:
        await off_thread(lambda: self.outbox.mark_sent(entry.id, purchase_id, note))
        self._set_trouble(None)
        for listener in list(self._delivered):
            try:
                listener(entry)
            except Exception:  # a listener's bug must not undo a delivery
                log.exception("delivery listener failed")

    def wake(self) -> None:
        """Something new to send (or someone signed in): do not wait for the cycle."""
        if self._wake is not None:
            self._wake.set()

    def _claim(self) -> bool:
        """Become this outbox's only sender, if no other process is."""
        if not self.is_sender:
            from filelock import FileLock, Timeout  # at the first claim, not on start-up

            if self._file_lock is None:
                self._file_lock = FileLock(str(self._lock_path))
            try:
                self._file_lock.acquire(timeout=0)
                self.is_sender = True
            except Timeout:
                return False
        return True

    def release(self) -> None:
        if self.is_sender:
            self._file_lock.release()
            self.is_sender = False

    async def run_forever(self, *, first_delay: float = 1.0, max_delay: float = 60.0) -> None:
        """`run`, restarted whenever it stops on an error, so purchases never wait for an app
        restart; the status bar is told (`trouble`) until something is delivered again."""
        delay = first_delay
        while True:
            try:
                await self.run()
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self.restarts += 1
                log.error("outbox sender stopped (%s); restarting in %.0f s",
                          type(exc).__name__, delay, exc_info=exc)
                self._set_trouble(type(exc).__name__)
                await asyncio.sleep(delay)
                delay = min(max_delay, delay * 2)

    async def run(self) -> None:
        """Work the outbox until cancelled."""
        self._wake = asyncio.Event()
        try:
            while True:
                if self._claim():
                    await self.drain()
                    await off_thread(self.outbox.purge_due)  # what retention no longer keeps
                await self._sleep()
        finally:
            self.release()

    async def _sleep(self) -> None:
        assert self._wake is not None
        timeout = self.interval
        next_due = self.outbox.next_due_at()
        if next_due is not None and self.is_sender:
            timeout = max(0.0, min(timeout, next_due - self._clock()))
        try:
            await asyncio.wait_for(self._wake.wait(), timeout)
        except TimeoutError:
            pass
        self._wake.clear()

    async def drain(self) -> int:
        """Send everything that is due, oldest first; returns how many were delivered."""
        delivered = 0
        while True:
            due = self.outbox.due(self._clock())
            if not due:
                return delivered
            for entry in due:
                outcome = await self.send(entry)
                if outcome == "delivered":
                    delivered += 1
                elif outcome == "stop":
                    return delivered

    async def send(self, entry: Entry) -> str:
        """One try for one entry: 'delivered', 'later', 'manual', or 'stop' (offline/signed out).

        Whatever the answer, the entry ends marked with a reason and the loop goes on.
        """
        try:
            return await self._send(entry)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # an answer or a bug nobody foresaw: retried on schedule
            log.error("sending %s failed unexpectedly: %s", entry.bill_id, type(exc).__name__,
                      exc_info=exc)
            error = f"{type(exc).__name__}: {exc}"[:500]
            try:
                await self._failed(entry, error, reason="unexpected")
            except Exception:  # the outbox cannot be written: stop this pass, try later
                log.exception("cannot record the failure of %s", entry.bill_id)
                return "stop"
            return "later"

    async def _send(self, entry: Entry) -> str:
        try:
            result = await self.client.send_purchase(entry.request)
        except NotSignedIn:
            return "stop"  # nothing counted: it goes out once somebody signs in
        except BadRequest as exc:
            if exc.has_reason("already_exists", "bill_id"):
                await self._mark_delivered(entry, None, "CareCloud already had it")
                return "delivered"
            reason = ", ".join(f"{p.name}: {p.reason}" for p in exc.invalid_params) or exc.title
            await self._manual(entry, str(exc), reason)
            return "manual"
        except TransportError as exc:
            await self._failed(entry, str(exc), reason="network")
            return "stop"  # the rest would fail the same way; the cycle tries again
        except (RateLimited, ServerError, ProtocolError, Unauthorized) as exc:
            await self._failed(entry, str(exc), reason=f"HTTP {exc.status}"
                               if isinstance(exc, HttpError) else "protocol")
            return "later"
        except HttpError as exc:  # 403, 404, 405: retrying will not help
            await self._manual(entry, str(exc), f"HTTP {exc.status}")
            return "manual"
        await self._mark_delivered(entry, result.purchase_id)
        log.info("purchase %s delivered", entry.bill_id)
        return "delivered"

    # --- the outbox's writes: committed with fsync, off the loop that runs the screens -----

    async def _failed(self, entry: Entry, error: str, *, reason: str) -> None:
        await off_thread(lambda: self.outbox.mark_failed(
            entry.id, error, retry_in=self.retry_delay, max_attempts=self.max_attempts,
            reason=reason))

    async def _manual(self, entry: Entry, error: str, reason: str | None) -> None:
        await off_thread(lambda: self.outbox.mark_manual(entry.id, error, reason))
