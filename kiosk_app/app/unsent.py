"""Unsent purchases: what the sender could not deliver, for a person to send again, export
for support, or mark resolved with a note. Every write is committed off the UI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk_app.app.outbox import MANUAL, Entry, Outbox, Stats
from kiosk_app.app.sender import OutboxSender
from kiosk_app.app.threads import off_thread
from kiosk_app.files import private_file


class Unsent:
    def __init__(self, outbox: Outbox, sender: OutboxSender, *,
                 export_dir: Path | None = None) -> None:
        self.outbox = outbox
        self.sender = sender
        self.export_dir = export_dir  # a kiosk exports here, never through a file dialog

    def entries(self) -> list[Entry]:
        return self.outbox.unsent()

    def stats(self) -> Stats:
        return self.outbox.stats()

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Told after every change of the outbox (from the thread that made it) and when
        sending had to restart after an error or works again; returns how to stop."""
        stops = [self.outbox.subscribe(listener), self.sender.on_trouble(listener)]

        def stop() -> None:
            for each in stops:
                each()

        return stop

    @property
    def trouble_at(self) -> float | None:
        """When sending last had to restart after an error (None: it works)."""
        return self.sender.trouble_at

    def send_now(self) -> None:
        """Do not wait for the next cycle (someone signed in, or resent)."""
        self.sender.wake()

    async def resend(self, entry_ids: Sequence[int]) -> None:
        """Send these again now, with a fresh set of tries."""
        if entry_ids:
            await off_thread(lambda: self.outbox.resend(list(entry_ids)))
            self.send_now()

    async def resend_all(self) -> None:
        await self.resend([e.id for e in self.outbox.unsent()])

    async def resolve(self, entry_ids: Sequence[int], note: str) -> int:
        """Mark those that need a person as settled outside the app; how many were."""
        ids = [e.id for e in self.outbox.by_ids(list(entry_ids)) if e.state == MANUAL]
        if ids:
            await off_thread(lambda: self.outbox.resolve(ids, note))
        return len(ids)

    async def export(self, path: Path, entry_ids: Sequence[int]) -> Path:
        """What support needs to enter these by hand, as JSON in a file private to the
        app's user (it holds card numbers)."""
        data = self.outbox.export_json(list(entry_ids))

        def write() -> None:
            private_file(path)
            path.write_bytes(data)

        await off_thread(write)
        return path
