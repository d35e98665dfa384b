"""Customers: found by e-mail, phone, names or birthdate through their indexes, and registered
by `POST /customers` (with the consents and source it sent)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from kiosk_app.sandbox.store.core import StoreCore, placeholders
from kiosk_app.sandbox.text import digits, fold

_CUSTOMER_COLUMNS = ("customer_id", "first_name", "last_name", "email", "phone", "birthdate",
                     "language_id", "store_id", "credit", "points_payment")


class CustomerRows(StoreCore):
    """`customers` and `registrations`."""

    @staticmethod
    def _customer(row: sqlite3.Row) -> dict[str, Any]:
        out = {k: row[k] for k in _CUSTOMER_COLUMNS}
        out["credit"] = Decimal(row["credit"])
        out["points_payment"] = bool(row["points_payment"])
        return out

    def customer(self, customer_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM customers WHERE customer_id=?", (customer_id,))
        return self._customer(rows[0]) if rows else None

    def customers(self, *, email: str | None = None, phone: str | None = None,
                  first_name: str | None = None, last_name: str | None = None,
                  birthdate: str | None = None, emails: Sequence[str] | None = None,
                  ids: Sequence[str] | None = None, sort: str | None = None,
                  descending: bool = False, limit: int | None = None, offset: int = 0
                  ) -> tuple[list[dict[str, Any]], int]:
        """Customers matching every filter given (names and e-mails case- and accent-blind,
        phones by their digits), a page of them and how many match."""
        where, args = ["1=1"], []
        for column, value in (("email_fold", email), ("first_fold", first_name),
                              ("last_fold", last_name)):
            if value is not None:
                where.append(f"{column}=?")
                args.append(fold(value))
        if phone is not None:
            where.append("phone_digits=? AND phone_digits<>''")
            args.append(digits(phone))
        if birthdate is not None:
            where.append("birthdate=?")
            args.append(birthdate)
        if emails is not None:
            where.append(f"email_fold IN ({placeholders(emails)})")
            args += [fold(e) for e in emails]
        if ids is not None:
            where.append(f"customer_id IN ({placeholders(ids)})")
            args += ids
        sql = f" FROM customers WHERE {' AND '.join(where)}"
        order = f"customer_id{' DESC' if descending else ''}" if sort == "customer_id" else "rowid"
        with self.lock:
            total = self._db.execute("SELECT COUNT(*)" + sql, args).fetchone()[0]
            rows = self._db.execute(f"SELECT *{sql} ORDER BY {order} LIMIT ? OFFSET ?",
                                    [*args, -1 if limit is None else limit, offset]).fetchall()
        return [self._customer(r) for r in rows], total

    def add_customer(self, personal: Mapping[str, Any], consents: Sequence[Mapping[str, Any]],
                     source: Mapping[str, Any]) -> str:
        """A new customer as `POST /customers` sent it (the api checked it first, in the same
        transaction); consents and source are kept as sent. Returns the new id."""
        customer_id = f"cu-{uuid.uuid4().hex[:20]}"
        now = self.now_text()
        first, last = personal.get("first_name") or "", personal.get("last_name") or ""
        email, phone = personal.get("email") or "", personal.get("phone") or ""
        kept = [{**c, "last_change": now} for c in consents]
        with self.transaction() as db:
            db.execute("INSERT INTO customers VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
                customer_id, first or None, last or None, fold(first), fold(last), email or None,
                fold(email), phone or None, digits(phone), personal.get("birthdate"),
                personal.get("language_id"), personal.get("store_id"), "0", 1))
            db.execute("INSERT INTO registrations VALUES(?,?,?,?)", (
                customer_id, json.dumps(kept, ensure_ascii=False),
                json.dumps(dict(source), ensure_ascii=False), now))
        return customer_id

    def registration(self, customer_id: str) -> dict[str, Any] | None:
        """What a customer made by `POST /customers` consented to and where they came from
        (None for the seed's customers)."""
        rows = self.query("SELECT * FROM registrations WHERE customer_id=?", (customer_id,))
        if not rows:
            return None
        return {"consents": json.loads(rows[0]["consents"]),
                "customer_source": json.loads(rows[0]["customer_source"]),
                "created_at": rows[0]["created_at"]}
