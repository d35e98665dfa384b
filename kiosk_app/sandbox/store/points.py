"""Points: the records points are kept in, their history, and reservations (holds) on them.

Whether a record or a hold still counts is judged by the app's validity rule, in SQL
(`not_ended_sql`/`ended_sql`) on the rows the customer index finds.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from kiosk_app import validity
from kiosk_app.sandbox.store.core import FMT, StoreCore, ended_sql, not_ended_sql


class PointRows(StoreCore):
    """`points`, `point_history` and `point_reservations`."""

    def points(self, customer_id: str) -> list[dict[str, Any]]:
        """The customer's points records, oldest first."""
        rows = self.query("SELECT * FROM points WHERE customer_id=? ORDER BY created_at, point_id",
                          (customer_id,))
        return [dict(r) for r in rows]

    def available_points(self, customer_id: str | None) -> float:
        """Points the customer has in records still valid now, less those held by a point
        reservation that is active and not expired."""
        if not customer_id:
            return 0.0
        now = self.now_text()
        row = self.query("SELECT COALESCE(SUM(available),0) AS s FROM points WHERE customer_id=?"
                         f" AND {not_ended_sql('valid_to')}", (customer_id, now))
        return float(row[0]["s"]) - self.held_points(customer_id)

    def held_points(self, customer_id: str) -> float:
        """Points held by the customer's active, unexpired reservations."""
        row = self.query("SELECT COALESCE(SUM(amount),0) AS s FROM point_reservations"
                         f" WHERE customer_id=? AND state=1 AND {not_ended_sql('expiration')}",
                         (customer_id, self.now_text()))
        return float(row[0]["s"])

    def take_points(self, db: sqlite3.Connection, taken: Sequence[tuple[str, Decimal]]) -> None:
        """Spend points from the records `rules.take_points` chose (inside a transaction)."""
        db.executemany("UPDATE points SET available=available-? WHERE point_id=?",
                       [(float(part), point_id) for point_id, part in taken])

    def add_history(self, db: sqlite3.Connection, customer_id: str, amount: float, operation: str,
                    note: str, *, store_id: str | None = None,
                    extended: Mapping[str, Any] | None = None, at: str | None = None) -> None:
        """One line of the customer's point history (inside the transaction that moved them)."""
        if not amount:
            return
        db.execute("INSERT INTO point_history VALUES(?,?,?,?,?,?,?,?)", (
            f"ph-{uuid.uuid4().hex[:16]}", customer_id, amount, operation, note, store_id,
            at or self.now_text(),
            None if extended is None else json.dumps(extended, ensure_ascii=False)))

    def point_history(self, customer_id: str) -> list[dict[str, Any]]:
        """The customer's point movements as written, newest first; points that lapsed unspent
        are added as expirations on the day their record ended (derived, so the sandbox clock
        moves them in and out)."""
        rows = [dict(r) for r in self.query(
            "SELECT * FROM point_history WHERE customer_id=? ORDER BY created_at DESC, rowid DESC",
            (customer_id,))]
        lapsed = self.query("SELECT point_id, available, created_at, valid_to FROM points"
                            f" WHERE customer_id=? AND {ended_sql('valid_to')} AND available>0",
                            (customer_id, self.now_text()))
        rows += [{"history_id": f"px-{r['point_id']}", "customer_id": customer_id,
                  "amount": -r["available"], "operation": "expiration",
                  "note": f"points of {r['created_at'][:10]}",
                  "store_id": None, "created_at": _lapsed_at(r["valid_to"]),
                  "extended": json.dumps({"date_of_points_expiration": r["valid_to"][:10]})}
                 for r in lapsed]
        rows.sort(key=lambda r: r["created_at"], reverse=True)  # stable: ties keep newest first
        return rows

    def spendable_points(self, customer_id: str | None) -> list[dict[str, Any]]:
        """The records points can be taken from now."""
        if not customer_id:
            return []
        return [dict(r) for r in self.query(
            "SELECT point_id, available, created_at FROM points WHERE customer_id=?"
            f" AND available>0 AND {not_ended_sql('valid_to')}", (customer_id, self.now_text()))]

    def points_activity(self, customer_id: str, start: str | None, end: str | None
                        ) -> tuple[float, float]:
        """Points earned (records created) and redeemed (taken by purchases that stand, and
        spent on vouchers) from `start` to `end` (texts that compare as timestamps; None is
        open)."""
        low, high = start or "", end or "9999"
        row = self.query("SELECT COALESCE(SUM(assigned),0) AS s FROM points WHERE customer_id=?"
                         " AND created_at>=? AND created_at<=?", (customer_id, low, high))
        earned = float(row[0]["s"])
        row = self.query("SELECT COALESCE(-SUM(amount),0) AS s FROM point_history WHERE"
                         " customer_id=? AND operation='voucher' AND created_at>=? AND created_at<=?",
                         (customer_id, low, high))
        redeemed = float(row[0]["s"])
        for r in self.query("SELECT effects FROM purchases WHERE customer_id=? AND canceled=0"
                            " AND canceled_by IS NULL AND created_at>=? AND created_at<=?",
                            (customer_id, low, high)):
            redeemed += sum(amount for _, amount in json.loads(r["effects"]).get("taken", []))
        return earned, redeemed

    # --- reservations (held points) ---------------------------------------------------------------

    def reservations(self, *, customer_id: str | None = None, external_id: str | None = None,
                     reservation_id: str | None = None) -> list[dict[str, Any]]:
        """Point reservations matching every filter given, oldest first."""
        return self.matching("point_reservations", customer_id=customer_id,
                             external_id=external_id, reservation_id=reservation_id)

    def add_reservation(self, customer_id: str, external_id: str, amount: Decimal,
                        expiration: str | None) -> str:
        """Hold points (checked by the caller in the same transaction); returns the hold's id."""
        reservation_id = f"pr-{uuid.uuid4().hex[:16]}"
        with self.transaction() as db:
            db.execute("INSERT INTO point_reservations VALUES(?,?,?,?,?,1,?,NULL)",
                       (reservation_id, external_id, customer_id, float(amount), expiration,
                        self.now_text()))
        return reservation_id

    def end_reservation(self, external_id: str, customer_id: str | None = None) -> bool:
        """Free a hold (state 0), whether active or expired; with `customer_id`, only an active
        one of that customer (a purchase using its hold). True if one ended."""
        sql = "UPDATE point_reservations SET state=0, ended_at=? WHERE external_id=? AND state=1"
        args: list[object] = [self.now_text(), external_id]
        if customer_id is not None:
            sql += " AND customer_id=?"
            args.append(customer_id)
        with self.transaction() as db:
            return db.execute(sql, args).rowcount > 0


def _lapsed_at(valid_to: str) -> str:
    """When points lapsed: the last second their record covered (a date-only end, the end of
    that day), as the history's other times are written."""
    end = validity.validity_end(valid_to)
    assert end is not None  # only records that ended lapse
    return end.strftime(FMT)
