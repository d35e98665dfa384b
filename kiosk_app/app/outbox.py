"""The durable outbox: every confirmed purchase is committed here before the till says "done".

SQLite in WAL mode with full sync, one row per send-purchase request (its `bill_id` is
the idempotency key). The sender works the rows; the manual-transfer screen shows the ones
that need a person, and every manual action is kept in an audit trail.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec

from kiosk_app.api import models as m
from kiosk_app.api.masking import mask_value
from kiosk_app.domain.changes import Listeners
from kiosk_app.sqlite import Database

PENDING, SENT, MANUAL, RESOLVED = "pending", "sent", "manual", "resolved"

SCHEMA = """
CREATE TABLE IF NOT EXISTS entries(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    bill_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,              -- sale | cancel
    created_at REAL NOT NULL,
    payload TEXT NOT NULL,           -- the complete send-purchase request body
    total TEXT NOT NULL,             -- exact decimal
    currency_code TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    last_error TEXT,
    last_reason TEXT,
    purchase_id TEXT,
    sent_at REAL,
    original_bill_id TEXT,           -- for a cancellation: the purchase it reverses
    canceled_by TEXT,                -- for a sale: the cancellation's bill_id
    figures TEXT                     -- the confirmed receipt's figures (JSON), for reprints
);
CREATE INDEX IF NOT EXISTS entries_due ON entries(state, next_attempt_at);
CREATE TABLE IF NOT EXISTS audit(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id INTEGER NOT NULL,
    at REAL NOT NULL,
    action TEXT NOT NULL,
    note TEXT
);
"""


@dataclass(frozen=True)
class Entry:
    id: int
    bill_id: str
    kind: str
    created_at: float
    request: m.PurchaseRequest
    total: Decimal
    currency_code: str
    state: str
    attempts: int
    next_attempt_at: float
    last_error: str | None
    last_reason: str | None
    purchase_id: str | None
    sent_at: float | None
    original_bill_id: str | None
    canceled_by: str | None
    figures: dict[str, str | bool | None] | None = None  # see `Outbox.add`

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Entry:
        values = dict(row)
        values["request"] = m.from_json(values.pop("payload"), m.PurchaseRequest,
                                        what="outbox entry")
        values["total"] = Decimal(str(values["total"]))
        values["figures"] = json.loads(values["figures"]) if values.get("figures") else None
        return cls(**values)


@dataclass(frozen=True)
class Stats:
    unsent: int
    manual: int
    oldest_unsent_at: float | None


class Outbox:
    """Thread-safe; every write is its own committed transaction."""

    def __init__(self, path: str | Path, *, clock: Callable[[], float] = time.time,
                 retention_days: float = 30) -> None:
        self.path = Path(path)
        self._clock = clock
        self.retention_s = retention_days * 86400.0  # delivered/resolved entries, then gone
        self._purged_at: float | None = None
        self._database: Database | None = None  # opened at first use, not on the way to the
        self._opening = threading.Lock()        # app's first window
        self._listeners: Listeners[[]] = Listeners()

    @property
    def database(self) -> Database:
        if self._database is None:
            with self._opening:
                if self._database is None:
                    database = Database(self.path, synchronous="FULL")  # survives a power cut
                    database.db.executescript(SCHEMA)
                    columns = {row[1] for row in database.db.execute(
                        "PRAGMA table_info(entries)")}
                    if "figures" not in columns:  # an outbox an older version made
                        database.db.execute("ALTER TABLE entries ADD COLUMN figures TEXT")
                    self._database = database
        return self._database

    @property
    def _db(self) -> sqlite3.Connection:
        return self.database.db

    @property
    def _lock(self) -> threading.RLock:
        return self.database.lock

    def _tx(self) -> AbstractContextManager[sqlite3.Connection]:
        return self.database.transaction()

    def close(self) -> None:
        if self._database is not None:
            self._database.close()

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Called after every change (from the thread that made it); returns how to stop."""
        return self._listeners.subscribe(listener)

    def _changed(self) -> None:
        self._listeners.tell()

    # --- writing ----------------------------------------------------------------------------------

    def add(self, request: m.PurchaseRequest, *, currency_code: str, kind: str = "sale",
            original_bill_id: str | None = None,
            figures: dict[str, str | bool | None] | None = None,
            note: str | None = None) -> Entry:
        """Commit a send-purchase request; adding the same bill_id again returns the first.
        `figures` are the confirmed receipt's amounts (exact decimals as text) that the request
        does not carry (points' value, credit, what was paid, earned): a reprint shows them.
        `note` goes on the "created" audit row (and, for a cancellation, on the sale's
        "cancelled" row): the till's own record, never part of the request."""
        bill = request.bill
        now = self._clock()
        with self._tx() as db:
            existing = db.execute("SELECT * FROM entries WHERE bill_id=?",
                                  (bill.bill_id,)).fetchone()
            if existing is None:
                cur = db.execute(
                    "INSERT INTO entries(bill_id, kind, created_at, payload, total, currency_code,"
                    " state, next_attempt_at, original_bill_id, figures)"
                    " VALUES(?,?,?,?,?,?,?,?,?,?)",
                    (bill.bill_id, kind, now, m.to_json(request).decode(),
                     str(bill.total_price), currency_code, PENDING, now, original_bill_id,
                     json.dumps(figures) if figures else None))
                if original_bill_id:
                    db.execute("UPDATE entries SET canceled_by=? WHERE bill_id=?",
                               (bill.bill_id, original_bill_id))
                    sale = db.execute("SELECT id FROM entries WHERE bill_id=?",
                                      (original_bill_id,)).fetchone()
                    if sale is not None:
                        self._audit(db, sale["id"], "cancelled", note)
                self._audit(db, cur.lastrowid, "created", note)
        self._changed()
        return self.get(bill.bill_id)

    def mark_sent(self, entry_id: int, purchase_id: str | None, note: str | None = None) -> None:
        """Delivered: the card number is not needed any more and is kept masked from now on
        (a cancellation finds the purchase by its bill_id, not by the card)."""
        with self._tx() as db:
            db.execute("UPDATE entries SET state=?, purchase_id=?, sent_at=?, last_error=NULL,"
                       " attempts=attempts+1 WHERE id=?",
                       (SENT, purchase_id, self._clock(), entry_id))
            self._mask_card(db, entry_id)
            self._audit(db, entry_id, "sent", note)
        self._changed()

    @staticmethod
    def _mask_card(db: sqlite3.Connection, entry_id: int) -> None:
        row = db.execute("SELECT payload FROM entries WHERE id=?", (entry_id,)).fetchone()
        request = m.from_json(row["payload"], m.PurchaseRequest, what="outbox entry")
        if request.card_number and "*" not in request.card_number:  # not masked yet
            masked = msgspec.structs.replace(request, card_number=mask_value(request.card_number))
            db.execute("UPDATE entries SET payload=? WHERE id=?",
                       (m.to_json(masked).decode(), entry_id))

    def purge(self, now: float | None = None) -> int:
        """Delete delivered and resolved entries (and their audit rows) older than the
        retention; pending and manual ones stay however old (a purchase is never lost), and a
        sale stays while its cancellation does. Returns how many went."""
        now = self._clock() if now is None else now
        cutoff = now - self.retention_s
        old = ("state IN ('sent', 'resolved') AND MAX(COALESCE(sent_at, 0), COALESCE("
               "(SELECT MAX(at) FROM audit WHERE audit.entry_id=entries.id), created_at)) < ?")
        with self._tx() as db:
            ids = [r[0] for r in db.execute(
                f"SELECT id FROM entries WHERE {old} AND (canceled_by IS NULL OR canceled_by IN"
                f" (SELECT bill_id FROM entries WHERE {old}))", (cutoff, cutoff)).fetchall()]
            for chunk in range(0, len(ids), 500):
                marks = ",".join("?" * len(ids[chunk:chunk + 500]))
                db.execute(f"DELETE FROM audit WHERE entry_id IN ({marks})", ids[chunk:chunk + 500])
                db.execute(f"DELETE FROM entries WHERE id IN ({marks})", ids[chunk:chunk + 500])
        self.database.checkpoint()  # masked cards and deleted rows leave the WAL's frames too
        self._purged_at = now
        if ids:
            self._changed()
        return len(ids)

    def purge_due(self, every_s: float = 3600.0) -> int:
        """`purge` at most once in `every_s` (the sender calls this between sends)."""
        now = self._clock()
        if self._purged_at is not None and now - self._purged_at < every_s:
            return 0
        return self.purge(now)

    def mark_failed(self, entry_id: int, error: str, *, retry_in: float, max_attempts: int,
                    reason: str | None = None) -> str:
        """A transient failure: try again later, or hand it to a person after the last try."""
        with self._tx() as db:
            row = db.execute("SELECT attempts FROM entries WHERE id=?", (entry_id,)).fetchone()
            attempts = row["attempts"] + 1
            state = MANUAL if attempts >= max_attempts else PENDING
            db.execute("UPDATE entries SET attempts=?, state=?, next_attempt_at=?, last_error=?,"
                       " last_reason=? WHERE id=?",
                       (attempts, state, self._clock() + retry_in, error, reason, entry_id))
            if state == MANUAL:
                self._audit(db, entry_id, "to manual transfer", error)
        self._changed()
        return state

    def mark_manual(self, entry_id: int, error: str, reason: str | None) -> None:
        """Refused by CareCloud for a reason retrying cannot fix: a person decides."""
        with self._tx() as db:
            db.execute("UPDATE entries SET state=?, attempts=attempts+1, last_error=?,"
                       " last_reason=? WHERE id=?", (MANUAL, error, reason, entry_id))
            self._audit(db, entry_id, "to manual transfer", error)
        self._changed()

    def resend(self, entry_ids: Sequence[int]) -> None:
        """Manual transfer: send these again now, with a fresh set of tries."""
        with self._tx() as db:
            for entry_id in entry_ids:
                db.execute("UPDATE entries SET state=?, attempts=0, next_attempt_at=? WHERE id=?"
                           " AND state IN (?, ?)", (PENDING, self._clock(), entry_id, MANUAL,
                                                    PENDING))
                self._audit(db, entry_id, "resend", None)
        self._changed()

    def resolve(self, entry_ids: Sequence[int], note: str) -> None:
        """A person settled these outside the app (e.g. entered in CareCloud by hand); the
        card number is masked from then on, as after a delivery."""
        with self._tx() as db:
            for entry_id in entry_ids:
                if db.execute("UPDATE entries SET state=? WHERE id=? AND state=?",
                              (RESOLVED, entry_id, MANUAL)).rowcount:
                    self._mask_card(db, entry_id)
                self._audit(db, entry_id, "resolved", note)
        self._changed()

    def _audit(self, db: sqlite3.Connection, entry_id: int | None, action: str,
               note: str | None) -> None:
        db.execute("INSERT INTO audit(entry_id, at, action, note) VALUES(?,?,?,?)",
                   (entry_id, self._clock(), action, note))

    # --- reading ----------------------------------------------------------------------------------

    def _select(self, where: str = "1=1", args: tuple[Any, ...] = (), order: str = "id",
                limit: int | None = None, offset: int = 0) -> list[Entry]:
        sql = f"SELECT * FROM entries WHERE {where} ORDER BY {order}"
        if limit:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        with self._lock:
            rows = self._db.execute(sql, args).fetchall()
        return [Entry.from_row(r) for r in rows]

    def get(self, bill_id: str) -> Entry:
        (entry,) = self._select("bill_id=?", (bill_id,))
        return entry

    def find(self, bill_id: str) -> Entry | None:
        """The entry, or None when there is none (never made, or deleted after retention)."""
        found = self._select("bill_id=?", (bill_id,))
        return found[0] if found else None

    def by_ids(self, entry_ids: Sequence[int]) -> list[Entry]:
        marks = ",".join("?" * len(entry_ids))
        return self._select(f"id IN ({marks})", tuple(entry_ids)) if entry_ids else []

    def due(self, now: float | None = None, limit: int = 200) -> list[Entry]:
        """Pending entries whose time has come, oldest first."""
        return self._select("state=? AND next_attempt_at<=?", (PENDING, now or self._clock()),
                            limit=limit)

    def next_due_at(self) -> float | None:
        with self._lock:
            row = self._db.execute("SELECT MIN(next_attempt_at) AS t FROM entries WHERE state=?",
                                   (PENDING,)).fetchone()
        return row["t"]

    def manual(self) -> list[Entry]:
        return self._select("state=?", (MANUAL,))

    def unsent(self) -> list[Entry]:
        return self._select("state IN (?, ?)", (PENDING, MANUAL))

    def history(self, limit: int = 50, offset: int = 0) -> list[Entry]:
        """This till's sales, newest first, a page at a time."""
        return self._select("kind='sale'", order="id DESC", limit=limit, offset=offset)

    def history_count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM entries WHERE kind='sale'"
                                        ).fetchone()[0])

    def all(self) -> list[Entry]:
        return self._select()

    def audit(self, entry_id: int) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute("SELECT at, action, note FROM audit WHERE entry_id=? ORDER BY"
                                    " id", (entry_id,)).fetchall()
        return [dict(r) for r in rows]

    def stats(self) -> Stats:
        with self._lock:
            row = self._db.execute(
                "SELECT COUNT(*) AS n, SUM(state=?) AS m, MIN(created_at) AS oldest FROM entries"
                " WHERE state IN (?, ?)", (MANUAL, PENDING, MANUAL)).fetchone()
        return Stats(row["n"], row["m"] or 0, row["oldest"])

    def export(self, entry_ids: Sequence[int]) -> list[dict[str, Any]]:
        """What a support person needs to enter these by hand: request, state, error, history."""
        return [{"bill_id": e.bill_id, "kind": e.kind, "state": e.state,
                 "created_at": e.created_at, "attempts": e.attempts,
                 "last_error": e.last_error, "last_reason": e.last_reason,
                 "request": m.encode(e.request), "audit": self.audit(e.id)}
                for e in self.by_ids(entry_ids)]

    def export_json(self, entry_ids: Sequence[int]) -> bytes:
        """`export` as indented JSON, amounts as exact numbers."""
        return msgspec.json.format(m.to_json(self.export(entry_ids)), indent=2)
