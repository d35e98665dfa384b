"""Vouchers: found by code, owner and use; bought with points; gift cards' balances."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from kiosk_app.sandbox.store.core import placeholders
from kiosk_app.sandbox.store.points import PointRows


class VoucherRows(PointRows):
    """`vouchers` and `gift_cards`; a voucher bought with points writes points rows too."""

    def vouchers(self, customer_id: str) -> list[dict[str, Any]]:
        """All of the customer's vouchers, by voucher id."""
        return self.find_vouchers(customer_id=customer_id)[0]

    def find_vouchers(self, *, code: str | None = None, customer_id: str | None = None,
                      applied: bool | None = None, limit: int | None = None, offset: int = 0
                      ) -> tuple[list[dict[str, Any]], int]:
        """Vouchers by code, owner and whether used: a page of them and how many match."""
        where, args = ["1=1"], []
        for column, value in (("code", code), ("customer_id", customer_id)):
            if value is not None:
                where.append(f"{column}=?")
                args.append(value)
        if applied is not None:
            where.append("applied_date IS NOT NULL" if applied else "applied_date IS NULL")
        sql = f" FROM vouchers WHERE {' AND '.join(where)}"
        with self.lock:
            total = self._db.execute("SELECT COUNT(*)" + sql, args).fetchone()[0]
            rows = self._db.execute(f"SELECT *{sql} ORDER BY voucher_id LIMIT ? OFFSET ?",
                                    [*args, -1 if limit is None else limit, offset]).fetchall()
        return [dict(r) for r in rows], total

    def vouchers_by_code(self, codes: Iterable[str]) -> dict[str, dict[str, Any]]:
        wanted = list(dict.fromkeys(codes))
        if not wanted:
            return {}
        rows = self.query(f"SELECT * FROM vouchers WHERE code IN ({placeholders(wanted)})", wanted)
        return {r["code"]: dict(r) for r in rows}

    def create_voucher(self, customer_id: str, reward: Mapping[str, Any], code: str, *,
                       taken: Sequence[tuple[str, Decimal]], cost: Decimal, valid_to: str) -> str:
        """A voucher bought with points (checked by the caller in the same transaction): the
        points leave the records `taken` names and the history says so. Returns its id."""
        voucher_id = f"vo-{uuid.uuid4().hex[:16]}"
        now = self.now_text()
        with self.transaction() as db:
            db.execute("INSERT INTO vouchers VALUES(?,?,?,?,?,?,NULL,?)",
                       (voucher_id, customer_id, code, reward["code"], now, valid_to, now))
            self.take_points(db, taken)
            self.add_history(db, customer_id, -float(cost), "voucher", reward["code"],
                             extended={"voucher_id": voucher_id, "voucher_code": code,
                                       "reward_id": reward["reward_id"]})
        return voucher_id

    def gift_card(self, *, voucher_id: str | None = None, code: str | None = None
                  ) -> dict[str, Any] | None:
        """A voucher by id or code with its gift-card balance (`original`, `balance`: None for
        a voucher that is no gift card), or None."""
        column, value = ("voucher_id", voucher_id) if voucher_id is not None else ("code", code)
        rows = self.query("SELECT v.*, g.original, g.balance FROM vouchers v LEFT JOIN gift_cards g"
                          f" ON g.voucher_id=v.voucher_id WHERE v.{column}=?", (value,))
        return dict(rows[0]) if rows else None
