"""Cards: found by number (or secondary number), owner, type and state; updated and given."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from kiosk_app.sandbox.store.core import StoreCore, placeholders

_CARD_COLUMNS = ("card_id", "card_number", "card_type_id", "state", "customer_id", "valid_from",
                 "valid_to", "store_id", "secondary_card_number", "last_change")


class CardRows(StoreCore):
    """`cards`: whether a card is valid is a rule (`rules.card_usable`), not a filter here."""

    @staticmethod
    def _card_filters(card_number: str | None, customer_id: str | None, card_type_id: str | None,
                      state: int | None, secondary: bool, numbers: Sequence[str] | None
                      ) -> tuple[str, list[object]]:
        where, args = ["1=1"], []
        if card_number is not None:
            where.append("(card_number=? OR secondary_card_number=?)" if secondary else "card_number=?")
            args += [card_number, card_number] if secondary else [card_number]
        for column, value in (("customer_id", customer_id), ("card_type_id", card_type_id),
                              ("state", state)):
            if value is not None:
                where.append(f"{column}=?")
                args.append(value)
        if numbers is not None:
            where.append(f"card_number IN ({placeholders(numbers)})")
            args += numbers
        return " AND ".join(where), args

    @staticmethod
    def _card(row: sqlite3.Row) -> dict[str, Any]:
        return {k: row[k] for k in _CARD_COLUMNS if row[k] is not None}

    def cards(self, *, card_number: str | None = None, customer_id: str | None = None,
              card_type_id: str | None = None, state: int | None = None, secondary: bool = False,
              numbers: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Every card matching all the filters given, by card id."""
        where, args = self._card_filters(card_number, customer_id, card_type_id, state, secondary,
                                         numbers)
        return [self._card(r) for r in self.query(f"SELECT * FROM cards WHERE {where}"
                                                   " ORDER BY card_id", args)]

    def cards_page(self, *, card_number: str | None = None, customer_id: str | None = None,
                   card_type_id: str | None = None, state: int | None = None,
                   secondary: bool = False, numbers: Sequence[str] | None = None,
                   sort: str | None = None, descending: bool = False, limit: int = 100,
                   offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """A page of `cards(...)` and how many match, counted and cut in SQL."""
        where, args = self._card_filters(card_number, customer_id, card_type_id, state, secondary,
                                         numbers)
        order = (f"{sort}{' DESC' if descending else ''}, card_id" if sort in _CARD_COLUMNS
                 else "card_id")
        with self.lock:
            total = self._db.execute(f"SELECT COUNT(*) FROM cards WHERE {where}", args).fetchone()[0]
            rows = self._db.execute(f"SELECT * FROM cards WHERE {where} ORDER BY {order}"
                                    " LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
        return [self._card(r) for r in rows], total

    def card(self, card_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM cards WHERE card_id=?", (card_id,))
        return self._card(rows[0]) if rows else None

    def update_card(self, card_id: str, card: Mapping[str, Any]) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE cards SET customer_id=?, card_type_id=?, valid_from=?, valid_to=?,"
                " state=?, store_id=?, secondary_card_number=?, last_change=? WHERE card_id=?",
                (card.get("customer_id"), card["card_type_id"], card.get("valid_from"),
                 card.get("valid_to"), card["state"], card.get("store_id"),
                 card.get("secondary_card_number"), self.now_text(), card_id))

    def give_card(self, card_id: str, customer_id: str, store_id: str | None) -> None:
        """A free card now belongs to the customer (`assign-free-card`)."""
        with self.transaction() as db:
            db.execute("UPDATE cards SET customer_id=?, store_id=COALESCE(?, store_id),"
                       " last_change=? WHERE card_id=?",
                       (customer_id, store_id, self.now_text(), card_id))
