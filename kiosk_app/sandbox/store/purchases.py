"""Purchases (sales and cancellations) with the effects they had, claimed purchases, and the
status records whose progress purchases make."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from kiosk_app import validity
from kiosk_app.sandbox.store.core import FMT
from kiosk_app.sandbox.store.vouchers import VoucherRows


class PurchaseRows(VoucherRows):
    """`purchases` and `status_records`; a purchase writes points and vouchers rows too."""

    def purchase(self, bill_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM purchases WHERE bill_id=?", (bill_id,))
        return dict(rows[0]) if rows else None

    def has_purchases(self, customer_id: str) -> bool:
        """Whether the customer has a purchase that stands (not a cancellation, not cancelled)."""
        return bool(self.query("SELECT 1 FROM purchases WHERE customer_id=? AND canceled=0"
                               " AND canceled_by IS NULL LIMIT 1", (customer_id,)))

    def record_purchase(self, body: Mapping[str, Any], customer_id: str | None,
                        card_number: str | None, *, voucher_codes: Sequence[str],
                        taken: Sequence[tuple[str, Decimal]], credit: Decimal | None,
                        earned: int, earned_valid_to: str) -> str:
        """Write a closed bill and its effects (as the rules planned them); returns its id."""
        now = self.now_text()
        bill = body["bill"]
        with self.transaction() as db:
            if credit:
                row = db.execute("SELECT credit FROM customers WHERE customer_id=?",
                                 (customer_id,)).fetchone()
                db.execute("UPDATE customers SET credit=? WHERE customer_id=?",
                           (str(Decimal(row["credit"]) - credit), customer_id))
            db.executemany("UPDATE points SET available=available-? WHERE point_id=?",
                           [(float(part), point_id) for point_id, part in taken])
            by_code = self.vouchers_by_code(voucher_codes)
            vouchers = [by_code[code]["voucher_id"] for code in voucher_codes]
            db.executemany("UPDATE vouchers SET applied_date=? WHERE voucher_id=?",
                           [(now, v) for v in vouchers])
            earned_id = None
            if earned:
                earned_id = f"po-{uuid.uuid4().hex[:12]}"
                db.execute("INSERT INTO points VALUES(?,?,?,?,?,?,?)",
                           (earned_id, customer_id, earned, earned, now, earned_valid_to,
                            f"purchase {bill['bill_id']}"))
            if customer_id:
                about = {"external_purchase_id": bill["bill_id"], "purchase_value": bill["total_price"]}
                self.add_history(db, customer_id, -float(sum(part for _, part in taken)), "payment",
                                 f"purchase {bill['bill_id']}", store_id=body["store_id"],
                                 extended=about)
                self.add_history(db, customer_id, earned, "purchase", f"purchase {bill['bill_id']}",
                                 store_id=body["store_id"], extended={
                                     **about, "date_of_points_expiration": earned_valid_to[:10]})
            effects = {"taken": [[point_id, float(part)] for point_id, part in taken],
                       "vouchers": vouchers, "credit": str(credit or 0), "earned": earned,
                       "earned_id": earned_id}
            return self._insert_purchase(db, body, customer_id, card_number, now, effects)

    def record_cancellation(self, body: Mapping[str, Any], original: Mapping[str, Any],
                            card_number: str | None) -> str:
        """Write a cancellation and undo what the original purchase wrote: points taken come
        back, points earned go (as far as they are left), vouchers and credit return."""
        now = self.now_text()
        effects = json.loads(original["effects"])
        customer_id = original["customer_id"]
        with self.transaction() as db:
            db.executemany("UPDATE points SET available=available+? WHERE point_id=?",
                           [(amount, point_id) for point_id, amount in effects["taken"]])
            removed = 0.0
            if effects["earned_id"]:
                row = db.execute("SELECT available FROM points WHERE point_id=?",
                                 (effects["earned_id"],)).fetchone()
                removed = min(float(row["available"]), effects["earned"]) if row else 0.0
                db.execute("UPDATE points SET available=MAX(0, available-?), assigned=assigned-?"
                           " WHERE point_id=?", (effects["earned"], effects["earned"],
                                                 effects["earned_id"]))
            if customer_id:
                note = f"cancellation of {original['bill_id']}"
                about = {"external_purchase_id": original["bill_id"]}
                for amount in (sum(a for _, a in effects["taken"]), -removed):
                    self.add_history(db, customer_id, amount, "cancellation", note,
                                     store_id=body["store_id"], extended=about)
            db.executemany("UPDATE vouchers SET applied_date=NULL WHERE voucher_id=?",
                           [(v,) for v in effects["vouchers"]])
            if Decimal(effects["credit"]) and customer_id:
                row = db.execute("SELECT credit FROM customers WHERE customer_id=?",
                                 (customer_id,)).fetchone()
                db.execute("UPDATE customers SET credit=? WHERE customer_id=?",
                           (str(Decimal(row["credit"]) + Decimal(effects["credit"])), customer_id))
            purchase_id = self._insert_purchase(db, body, customer_id, card_number, now,
                                                {"reversal_of": original["purchase_id"]})
            db.execute("UPDATE purchases SET canceled_by=? WHERE purchase_id=?",
                       (purchase_id, original["purchase_id"]))
        return purchase_id

    @staticmethod
    def _insert_purchase(db: sqlite3.Connection, body: Mapping[str, Any], customer_id: str | None,
                         card_number: str | None, now: str, effects: dict[str, Any]) -> str:
        bill = body["bill"]
        purchase_id = uuid.uuid4().hex[:24]
        db.execute(
            "INSERT INTO purchases VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,NULL)",
            (purchase_id, bill["bill_id"], customer_id, card_number, body["store_id"],
             body["cashdesk_number"], bill["total_price"], bill["currency_id"],
             int(bill["canceled"]), bill.get("bill_number"), now,
             json.dumps(body, ensure_ascii=False), json.dumps(effects)))
        return purchase_id

    def purchases(self) -> list[dict[str, Any]]:
        rows = self.query("SELECT * FROM purchases ORDER BY created_at, rowid")
        out = []
        for r in rows:
            item = dict(r)
            item["request"] = json.loads(item["request"])
            item["effects"] = json.loads(item["effects"])
            out.append(item)
        return out

    def find_purchases(self, *, customer_id: str | None = None, store_id: str | None = None,
                       bill_id: str | None = None) -> list[dict[str, Any]]:
        """Purchases (cancellations too) matching every filter given, oldest first."""
        return self.matching("purchases", customer_id=customer_id, store_id=store_id,
                             bill_id=bill_id)

    def assign_purchase(self, purchase: Mapping[str, Any], customer_id: str,
                        card_number: str | None, *, earned: int, valid_to: str) -> None:
        """A purchase sent without a customer becomes theirs: its points are credited (a record
        and a history line) and kept in its effects, so a cancellation takes them back."""
        now = self.now_text()
        effects = json.loads(purchase["effects"])
        bill_id = purchase["bill_id"]
        with self.transaction() as db:
            if earned:
                effects["earned"], effects["earned_id"] = earned, f"po-{uuid.uuid4().hex[:12]}"
                db.execute("INSERT INTO points VALUES(?,?,?,?,?,?,?)",
                           (effects["earned_id"], customer_id, earned, earned, now, valid_to,
                            f"purchase {bill_id}"))
                self.add_history(db, customer_id, earned, "claim", f"purchase {bill_id}",
                                 store_id=purchase["store_id"], extended={
                                     "external_purchase_id": bill_id,
                                     "purchase_value": purchase["total_price"],
                                     "date_of_points_expiration": valid_to[:10]})
            db.execute("UPDATE purchases SET customer_id=?, card_number=COALESCE(card_number, ?),"
                       " effects=? WHERE purchase_id=?",
                       (customer_id, card_number, json.dumps(effects), purchase["purchase_id"]))

    # --- statuses -------------------------------------------------------------------------------

    def status_records(self, customer_id: str) -> list[dict[str, Any]]:
        """The customer's status records, oldest first, `turnover` decoded."""
        rows = self.query("SELECT * FROM status_records WHERE customer_id=?"
                          " ORDER BY valid_from, status_record_id", (customer_id,))
        return [{**dict(r), "turnover": json.loads(r["turnover"] or "{}")} for r in rows]

    def purchase_progress(self, customer_id: str, since: str | None
                          ) -> tuple[Decimal, dict[str, Decimal]]:
        """Points earned and money spent per currency by the customer's purchases that stand
        (neither a cancellation nor cancelled) since `since` (a validity's start: a date alone
        is its first second)."""
        start = validity.moment(since)
        rows = self.query("SELECT currency_id, total_price, effects FROM purchases"
                          " WHERE customer_id=? AND canceled=0 AND canceled_by IS NULL"
                          " AND created_at>=?", (customer_id, start.strftime(FMT) if start else ""))
        points, spent = Decimal(0), dict[str, Decimal]()
        for r in rows:
            points += Decimal(json.loads(r["effects"]).get("earned") or 0)
            spent[r["currency_id"]] = spent.get(r["currency_id"], Decimal(0)) + Decimal(
                str(r["total_price"]))
        return points, spent
