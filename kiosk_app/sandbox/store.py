"""The sandbox's state in SQLite, seeded with demo data, and the business rules that change it."""

from __future__ import annotations

import json
import logging
import math
import secrets
import sqlite3
import time
import unicodedata
import uuid
from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from kiosk_app.sandbox import engine
from kiosk_app.sandbox.validation import Problems
from kiosk_app.sqlite import Database

log = logging.getLogger("kiosk_app.sandbox")

FMT = "%Y-%m-%d %H:%M:%S"
OTP_VALIDITY = 3600.0
_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS ref(kind TEXT, id TEXT, pos INTEGER, body TEXT, PRIMARY KEY(kind, id));
CREATE TABLE IF NOT EXISTS tokens(token TEXT PRIMARY KEY, login TEXT, app_id TEXT,
    valid_to REAL, revoked INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS customers(customer_id TEXT PRIMARY KEY, pos INTEGER, body TEXT,
    credit REAL, points_payment INTEGER);
CREATE TABLE IF NOT EXISTS cards(card_id TEXT PRIMARY KEY, card_number TEXT UNIQUE,
    customer_id TEXT, card_type_id TEXT, valid_from TEXT, valid_to TEXT, state INTEGER,
    store_id TEXT, secondary_card_number TEXT, last_change TEXT);
CREATE TABLE IF NOT EXISTS points(point_id TEXT PRIMARY KEY, customer_id TEXT, assigned REAL,
    available REAL, created_at TEXT, valid_to TEXT, note TEXT);
CREATE TABLE IF NOT EXISTS vouchers(voucher_id TEXT PRIMARY KEY, customer_id TEXT,
    code TEXT UNIQUE, reward_code TEXT, valid_from TEXT, valid_to TEXT, applied_date TEXT,
    created_at TEXT);
CREATE TABLE IF NOT EXISTS otps(request_id TEXT PRIMARY KEY, code TEXT, recipient TEXT,
    channel INTEGER, created_at REAL, expires_at REAL, used_at REAL);
CREATE TABLE IF NOT EXISTS purchases(purchase_id TEXT PRIMARY KEY, bill_id TEXT UNIQUE,
    customer_id TEXT, card_number TEXT, store_id TEXT, cashdesk INTEGER, total_price REAL,
    currency_id TEXT, canceled INTEGER, bill_number TEXT, created_at TEXT, request TEXT,
    effects TEXT, canceled_by TEXT);
"""


class Refused(Exception):
    """A request the sandbox answers with an error status (400 with reasons, 401, 404...)."""

    def __init__(self, status: int, *, problems: Problems | None = None, title: str = "",
                 detail: str = "", error_type: str = "", error_data: dict[str, Any] | None = None):
        super().__init__(f"{status} {title}")
        self.status = status
        self.problems = problems
        self.title = title
        self.detail = detail
        self.error_type = error_type
        self.error_data = error_data


def bad_request(name: str, reason: str, value: Any = "", message: str = "") -> Refused:
    problems = Problems()
    problems.add(name, reason, value, message or f"{name}: {reason}")
    return Refused(400, problems=problems)


def not_found(resource: str, resource_id: str) -> Refused:
    return Refused(404, title="Resource not found", detail=f"{resource} {resource_id} not found",
                   error_type="not_found_exception",
                   error_data={"resource_id": resource_id, "resource_name": resource})


def load_seed() -> dict[str, Any]:
    return json.loads(resources.files("kiosk_app.sandbox").joinpath("seed.json").read_text("utf-8"))


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so 'novakova' finds 'Nováková'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def digits(text: str) -> str:
    return "".join(ch for ch in text if "0" <= ch <= "9")


class SandboxStore:
    """One SQLite database behind a lock: the HTTP threads share it one request at a time."""

    def __init__(self, path: str | Path = ":memory:", *, token_validity: float = 7 * 3600,
                 seed: dict[str, Any] | None = None) -> None:
        self.path = str(path)
        self._database = Database(path, synchronous="NORMAL")  # demo data: speed over safety
        self._db = self._database.db
        self.lock = self._database.lock
        self.token_validity = token_validity
        self.clock_offset = 0.0
        self.seed = seed or load_seed()
        self.project = self.seed["project"]
        self._db.executescript(SCHEMA)
        if self._db.execute("SELECT value FROM meta WHERE key='seeded'").fetchone() is None:
            self.reset()
        self._products_by_code = {p["code"]: p for p in self.refs("products")}
        self._rewards = {r["code"]: r for r in self.refs("rewards")}

    def close(self) -> None:
        self._database.close()

    # --- plumbing ------------------------------------------------------------------------------

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0) + timedelta(seconds=self.clock_offset)

    def timestamp(self) -> float:
        return time.time() + self.clock_offset

    def now_text(self) -> str:
        return self.now().strftime(FMT)

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return self._database.transaction()

    def query(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        return self._database.query(sql, args)

    def reset(self) -> None:
        """Drop every change and load the seed again."""
        seed = self.seed
        with self.transaction() as db:
            for table in ("meta", "ref", "tokens", "customers", "cards", "points", "vouchers",
                          "otps", "purchases"):
                db.execute(f"DELETE FROM {table}")
            kinds = {
                "stores": "store_id", "currencies": "currency_id", "purchase_types": "type_id",
                "purchase_item_types": "type_id", "card_types": "card_type_id",
                "products": "product_id", "rewards": "code", "users": "login",
            }
            for kind, key in kinds.items():
                for pos, item in enumerate(seed[kind]):
                    db.execute("INSERT INTO ref VALUES(?,?,?,?)",
                               (kind, item[key], pos, json.dumps(item, ensure_ascii=False)))
            for pos, lang in enumerate(seed["languages"]):
                db.execute("INSERT INTO ref VALUES('languages',?,?,?)",
                           (lang, pos, json.dumps({"language_id": lang})))
            for pos, c in enumerate(seed["customers"]):
                db.execute("INSERT INTO customers VALUES(?,?,?,?,?)",
                           (c["customer_id"], pos, json.dumps(c, ensure_ascii=False),
                            c.get("credit", 0), int(c.get("points_payment", True))))
                for i, amount in enumerate(c.get("points", [])):
                    db.execute("INSERT INTO points VALUES(?,?,?,?,?,?,?)",
                               (f"po-{c['customer_id']}-{i}", c["customer_id"], amount, amount,
                                f"2025-0{i + 1}-01 09:00:00", "2030-12-31 23:59:59", "seed"))
            for card in seed["cards"]:
                db.execute(
                    "INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?)",
                    (card["card_id"], card["card_number"], card.get("customer_id"),
                     card["card_type_id"], card.get("valid_from"), card.get("valid_to"),
                     card["state"], card.get("store_id"), None, "2025-01-01 00:00:00"))
            for v in seed["vouchers"]:
                db.execute("INSERT INTO vouchers VALUES(?,?,?,?,?,?,?,?)",
                           (v["voucher_id"], v["customer_id"], v["code"], v["reward_code"],
                            v.get("valid_from"), v.get("valid_to"), v.get("applied_date"),
                            v.get("valid_from")))
            db.execute("INSERT INTO meta VALUES('seeded', ?)", (self.now_text(),))

    # --- texts ----------------------------------------------------------------------------------

    def text(self, texts: Any, lang: str) -> str:
        """Pick a server text in `lang`, falling back to the project's default language."""
        if isinstance(texts, str):
            return texts
        return texts.get(lang) or texts.get(self.project["default_language"]) or ""

    def message(self, key: str, lang: str, **values: Any) -> str:
        return self.text(self.seed["messages"][key], lang).format(**values)

    # --- reference data -------------------------------------------------------------------------

    def refs(self, kind: str) -> list[dict[str, Any]]:
        rows = self.query("SELECT body FROM ref WHERE kind=? ORDER BY pos", (kind,))
        return [json.loads(r["body"]) for r in rows]

    def ref(self, kind: str, key: str) -> dict[str, Any] | None:
        row = self.query("SELECT body FROM ref WHERE kind=? AND id=?", (kind, key))
        return json.loads(row[0]["body"]) if row else None

    def currency_ids(self) -> set[str]:
        return {c["currency_id"] for c in self.refs("currencies")}

    # --- auth -----------------------------------------------------------------------------------

    def login(self, login: str, password: str, app_id: str) -> tuple[str, str, dict[str, Any]]:
        if app_id not in self.seed["external_applications"]:
            raise bad_request("user_external_application_id", "not_found", app_id,
                              "Unknown external application.")
        user = self.ref("users", login)
        if user is None or not secrets.compare_digest(user["password"], password):
            raise bad_request("login", "not_allowed_value", login, "Wrong login or password.")
        token = secrets.token_hex(20)
        valid_to = self.timestamp() + self.token_validity
        with self.transaction() as db:
            db.execute("INSERT INTO tokens(token, login, app_id, valid_to) VALUES(?,?,?,?)",
                       (token, login, app_id, valid_to))
        shown = datetime.fromtimestamp(valid_to).strftime(FMT)
        public = {k: v for k, v in user.items() if k != "password"}
        return token, shown, public

    def check_token(self, token: str) -> str | None:
        """The user's login for a live token, else None."""
        rows = self.query("SELECT login, valid_to, revoked FROM tokens WHERE token=?", (token,))
        if not rows or rows[0]["revoked"] or rows[0]["valid_to"] < self.timestamp():
            return None
        return rows[0]["login"]

    def logout(self, token: str) -> None:
        with self.transaction() as db:
            db.execute("UPDATE tokens SET revoked=1 WHERE token=?", (token,))

    def expire_tokens(self) -> int:
        with self.transaction() as db:
            return db.execute("UPDATE tokens SET revoked=1 WHERE revoked=0").rowcount

    # --- cards ----------------------------------------------------------------------------------

    @staticmethod
    def card_json(row: sqlite3.Row) -> dict[str, Any]:
        out = {k: row[k] for k in ("card_id", "card_number", "card_type_id", "state",
                                   "customer_id", "valid_from", "valid_to", "store_id",
                                   "secondary_card_number", "last_change")}
        return {k: v for k, v in out.items() if v is not None}

    def cards(self, *, card_number: str | None = None, customer_id: str | None = None,
              card_type_id: str | None = None, state: int | None = None,
              is_valid: bool | None = None, secondary: bool = False) -> list[dict[str, Any]]:
        sql, args = "SELECT * FROM cards WHERE 1=1", []
        if card_number is not None:
            sql += " AND (card_number=?" + (" OR secondary_card_number=?)" if secondary else ")")
            args += [card_number, card_number] if secondary else [card_number]
        for column, value in (("customer_id", customer_id), ("card_type_id", card_type_id),
                              ("state", state)):
            if value is not None:
                sql += f" AND {column}=?"
                args.append(value)
        cards = [self.card_json(r) for r in self.query(sql + " ORDER BY card_id", tuple(args))]
        if is_valid is not None:
            cards = [c for c in cards if self.card_usable(c) == is_valid]
        return cards

    def card_usable(self, card: dict[str, Any]) -> bool:
        now = self.now_text()
        return (card["state"] == 1 and card.get("valid_from", "") <= now
                and (card.get("valid_to") or "9999") >= now)

    def card(self, card_id: str) -> dict[str, Any]:
        rows = self.query("SELECT * FROM cards WHERE card_id=?", (card_id,))
        if not rows:
            raise not_found("cards", card_id)
        return self.card_json(rows[0])

    def update_card(self, card_id: str, body: dict[str, Any]) -> None:
        current = self.card(card_id)
        new_owner = body.get("customer_id")
        if new_owner and not self.query("SELECT 1 FROM customers WHERE customer_id=?",
                                         (new_owner,)):
            raise bad_request("customer_id", "not_found", new_owner, "No such customer.")
        if current.get("customer_id") and new_owner and new_owner != current["customer_id"]:
            raise bad_request("customer_id", "relation_already_exists", new_owner,
                              "The card already belongs to another customer.")
        if body["card_number"] != current["card_number"]:
            raise bad_request("card_number", "not_allowed_value", body["card_number"],
                              "The card number cannot be changed.")
        if self.ref("card_types", body["card_type_id"]) is None:
            raise bad_request("card_type_id", "not_found", body["card_type_id"])
        with self.transaction() as db:
            db.execute(
                "UPDATE cards SET customer_id=?, card_type_id=?, valid_from=?, valid_to=?,"
                " state=?, store_id=?, secondary_card_number=?, last_change=? WHERE card_id=?",
                (new_owner, body["card_type_id"], body.get("valid_from"), body.get("valid_to"),
                 body["state"], body.get("store_id"), body.get("secondary_card_number"),
                 self.now_text(), card_id))

    # --- customers ------------------------------------------------------------------------------

    def _customer_rows(self) -> list[dict[str, Any]]:
        rows = self.query("SELECT body FROM customers ORDER BY pos")
        return [json.loads(r["body"]) for r in rows]

    @staticmethod
    def customer_json(c: dict[str, Any]) -> dict[str, Any]:
        personal = {k: c[k] for k in ("first_name", "last_name", "email", "phone", "birthdate",
                                      "language_id", "store_id") if c.get(k)}
        personal["agreement"] = {"agreement_gtc": 1, "agreement_marketing_communication": 1,
                                 "agreement_profiling": 0}
        return {"customer_id": c["customer_id"], "personal_information": personal, "state": 1,
                "last_change": "2025-01-01 00:00:00"}

    def customer(self, customer_id: str) -> dict[str, Any]:
        rows = self.query("SELECT body FROM customers WHERE customer_id=?", (customer_id,))
        if not rows:
            raise not_found("customers", customer_id)
        return json.loads(rows[0]["body"])

    def find_customers(self, filters: dict[str, str]) -> list[dict[str, Any]]:
        def ok(c: dict[str, Any]) -> bool:
            for key, want in filters.items():
                have = c.get(key) or ""
                if key == "phone":
                    if digits(have) != digits(want) or not digits(want):
                        return False
                elif fold(have) != fold(want):
                    return False
            return True

        return [c for c in self._customer_rows() if ok(c)]

    def customer_card_types(self, customer_id: str) -> set[str]:
        return {c["card_type_id"] for c in self.cards(customer_id=customer_id, is_valid=True)}

    # --- points ---------------------------------------------------------------------------------

    def points(self, customer_id: str) -> list[dict[str, Any]]:
        self.customer(customer_id)
        rows = self.query("SELECT * FROM points WHERE customer_id=? ORDER BY created_at, point_id",
                          (customer_id,))
        return [{"point_id": r["point_id"], "customer_id": r["customer_id"],
                 "assigned_points": r["assigned"], "available_points": r["available"],
                 "point_type_id": self.project["point_type_id"],
                 "partner_id": self.project["partner_id"], "valid_to": r["valid_to"],
                 "created_at": r["created_at"], "note": r["note"] or "", "state": 1}
                for r in rows]

    def available_points(self, customer_id: str | None) -> float:
        if not customer_id:
            return 0.0
        row = self.query("SELECT COALESCE(SUM(available),0) AS s FROM points WHERE customer_id=?"
                         " AND valid_to>=?", (customer_id, self.now_text()))
        return float(row[0]["s"])

    def points_overview(self, customer_id: str) -> dict[str, Any]:
        records = self.points(customer_id)
        earned = sum(p["assigned_points"] for p in records)
        available = self.available_points(customer_id)
        values = self.project["point_value"]
        return {"earned_points": earned, "redeemed_points": earned - available,
                "available_points": available,
                "available_points_money_value": [
                    {"currency_id": cur, "value": engine.money(available * rate)}
                    for cur, rate in values.items()]}

    def _take_points(self, db: sqlite3.Connection, customer_id: str, amount: float
                     ) -> list[tuple[str, float]]:
        """Spend points oldest first; returns what came from which record (to undo a cancel)."""
        taken, left = [], amount
        rows = db.execute("SELECT point_id, available FROM points WHERE customer_id=? AND"
                          " available>0 AND valid_to>=? ORDER BY created_at, point_id",
                          (customer_id, self.now_text())).fetchall()
        for row in rows:
            if left <= 0:
                break
            part = min(row["available"], left)
            db.execute("UPDATE points SET available=available-? WHERE point_id=?",
                       (part, row["point_id"]))
            taken.append((row["point_id"], part))
            left -= part
        return taken

    # --- vouchers -------------------------------------------------------------------------------

    def voucher_valid(self, row: dict[str, Any]) -> bool:
        now = self.now_text()
        return (not row["applied_date"] and (row["valid_from"] or "") <= now
                and (row["valid_to"] or "9999") >= now)

    def vouchers(self, customer_id: str) -> list[dict[str, Any]]:
        self.customer(customer_id)
        rows = self.query("SELECT * FROM vouchers WHERE customer_id=? ORDER BY voucher_id",
                          (customer_id,))
        return [dict(r) for r in rows]

    def all_vouchers(self, *, code: str | None = None, customer_id: str | None = None
                     ) -> list[dict[str, Any]]:
        sql, args = "SELECT * FROM vouchers WHERE 1=1", []
        for column, value in (("code", code), ("customer_id", customer_id)):
            if value is not None:
                sql += f" AND {column}=?"
                args.append(value)
        return [dict(r) for r in self.query(sql + " ORDER BY voucher_id", tuple(args))]

    def voucher_by_code(self, code: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM vouchers WHERE code=?", (code,))
        return dict(rows[0]) if rows else None

    def reward(self, code: str) -> dict[str, Any] | None:
        return self._rewards.get(code)

    def manual_rewards(self, *, include_automatic: bool) -> list[dict[str, Any]]:
        return [r for r in self._rewards.values()
                if r.get("manual") or (include_automatic and r.get("automatic"))]

    def automatic_rewards(self) -> list[dict[str, Any]]:
        return [r for r in self._rewards.values() if r.get("automatic")]

    # --- one-time passwords ---------------------------------------------------------------------

    def send_otp(self, recipient: str, channel: int, otp_type: int) -> tuple[str, str]:
        if otp_type == 2:
            code = "".join(secrets.choice("0123456789") for _ in range(6))
        else:
            code = "".join(secrets.choice(_ALNUM) for _ in range(8))
        request_id = uuid.uuid4().hex
        now = self.timestamp()
        with self.transaction() as db:
            db.execute("INSERT INTO otps VALUES(?,?,?,?,?,?,NULL)",
                       (request_id, code, recipient, channel, now, now + OTP_VALIDITY))
        return request_id, code

    def verify_otp(self, request_id: str, code: str) -> bool:
        """True once for the right code within the hour; a used or expired code is refused."""
        with self.transaction() as db:
            row = db.execute("SELECT * FROM otps WHERE request_id=?", (request_id,)).fetchone()
            if row is None:
                raise bad_request("request_id", "not_found", request_id, "Unknown request.")
            if row["used_at"] is not None:
                raise bad_request("verification_code", "otp_already_used", "",
                                  "This code has already been used.")
            if row["expires_at"] < self.timestamp():
                raise bad_request("verification_code", "otp_expired", "",
                                  "This code has expired.")
            if not secrets.compare_digest(row["code"].upper(), code.strip().upper()):
                return False
            db.execute("UPDATE otps SET used_at=? WHERE request_id=?",
                       (self.timestamp(), request_id))
            return True

    def otps(self, recipient: str | None = None) -> list[dict[str, Any]]:
        sql, args = "SELECT * FROM otps", ()
        if recipient:
            sql, args = sql + " WHERE recipient=?", (recipient,)
        return [dict(r) for r in self.query(sql + " ORDER BY created_at DESC", args)]

    # --- purchases ------------------------------------------------------------------------------

    def resolve_buyer(self, body: dict[str, Any]) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """The card and customer a purchase request names; refuses blocked or invalid cards."""
        card = None
        customer_id = body.get("customer_id")
        if body.get("card_number"):
            found = self.cards(card_number=body["card_number"])
            if not found:
                raise bad_request("card_number", "not_found", body["card_number"],
                                  "No such card.")
            card = found[0]
            if card["state"] != 1:
                raise bad_request("card_number", "card_is_blocked", body["card_number"],
                                  "The card is blocked.")
            if not self.card_usable(card):
                raise bad_request("card_number", "not_allowed_value", body["card_number"],
                                  "The card is not valid now.")
            if customer_id and card.get("customer_id") and customer_id != card["customer_id"]:
                raise bad_request("customer_id", "not_allowed_value", customer_id,
                                  "The card belongs to another customer.")
            customer_id = card.get("customer_id")
        if customer_id:
            try:
                return card, self.customer(customer_id)
            except Refused:
                raise bad_request("customer_id", "not_found", customer_id,
                                  "No such customer.") from None
        return card, None

    def check_store(self, body: dict[str, Any]) -> None:
        if self.ref("stores", body["store_id"]) is None:
            raise bad_request("store_id", "not_found", body["store_id"], "No such store.")

    def check_bill(self, bill: dict[str, Any], *, final: bool) -> None:
        if bill["currency_id"] not in self.currency_ids():
            raise bad_request("bill.currency_id", "not_found", bill["currency_id"])
        problems = Problems()
        ids = set()
        for item in bill["bill_items"]:
            if item["bill_item_id"] in ids:
                problems.add("bill_item_id", "already_exists", item["bill_item_id"],
                             "Duplicate bill item id.")
            ids.add(item["bill_item_id"])
            if item["price"] >= 0 and item["paid_amount"] > engine.money(
                    item["price"] * item["quantity"]) + 0.005:
                problems.add("bill_item_id", "item_price_lower_than_paid_amount",
                             item["bill_item_id"], "The paid amount exceeds the item price.")
            if self.ref("purchase_item_types", item["purchase_item_type_id"]) is None:
                problems.add("purchase_item_type_id", "not_found", item["purchase_item_type_id"])
        total = engine.money(sum(i["paid_amount"] for i in bill["bill_items"]))
        if abs(total - bill["total_price"]) > 0.005:
            problems.add("total_price", "not_allowed_value", bill["total_price"],
                         f"total_price must equal the sum of paid amounts ({total}).")
        if final and self.ref("purchase_types", bill["purchase_type_id"]) is None:
            problems.add("purchase_type_id", "not_found", bill["purchase_type_id"])
        if problems:
            raise Refused(400, problems=problems)

    def context(self, card: dict[str, Any] | None, customer: dict[str, Any] | None,
                currency_id: str) -> engine.Context:
        cid = customer["customer_id"] if customer else None
        types = self.customer_card_types(cid) if cid else set()
        if card:
            types.add(card["card_type_id"])
        has_purchases = bool(cid and self.query(
            "SELECT 1 FROM purchases WHERE customer_id=? AND canceled=0 AND canceled_by IS NULL",
            (cid,)))
        return engine.Context(currency_id=currency_id, available_points=self.available_points(cid),
                              card_type_ids=types, has_purchases=has_purchases,
                              has_customer=cid is not None)

    def lines(self, bill: dict[str, Any]) -> list[engine.Line]:
        return engine.lines_from_bill(bill, self._products_by_code)

    def record_purchase(self, body: dict[str, Any], customer: dict[str, Any] | None,
                        card: dict[str, Any] | None) -> str:
        """Commit a closed bill: spend vouchers, points and credit, earn points."""
        bill = body["bill"]
        cid = customer["customer_id"] if customer else None
        recap = bill.get("payment_recap") or {}
        now = self.now_text()
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM purchases WHERE bill_id=?", (bill["bill_id"],)).fetchone():
                raise bad_request("bill_id", "already_exists", bill["bill_id"],
                                  "A purchase with this bill_id was already received.")
            if bill["canceled"]:
                return self._record_cancellation(db, body, cid, card, now)
            voucher_codes = list(dict.fromkeys(v["code"] for v in recap.get("vouchers", [])
                                               if v.get("code")))
            vouchers = []
            for code in voucher_codes:
                row = db.execute("SELECT * FROM vouchers WHERE code=?", (code,)).fetchone()
                if row is None or row["customer_id"] != cid:
                    raise bad_request("vouchers", "not_found", code, "Unknown voucher.")
                if row["applied_date"]:
                    raise bad_request("vouchers", "voucher_already_used", code)
                if not self.voucher_valid(dict(row)):
                    raise bad_request("vouchers", "voucher_expired", code)
                vouchers.append(row["voucher_id"])
            cost = sum(self._rewards[c].get("points_cost", 0) for c in dict.fromkeys(
                d.get("discount_code") for d in recap.get("recommended_discounts", []))
                if c in self._rewards)
            redeem = float(recap.get("credit_points") or 0)
            available = self.available_points(cid)
            if redeem and (not customer or not customer.get("points_payment", True)):
                raise bad_request("credit_points", "customer_cant_pay_by_points", redeem)
            if cost > available:
                raise bad_request("recommended_discounts", "not_enough_points_for_voucher", cost)
            if cost + redeem > available:
                raise bad_request("credit_points", "not_enough_points_for_payment", redeem)
            credit = float(recap.get("amount_for_credit") or 0)
            if credit:
                balance = db.execute("SELECT credit FROM customers WHERE customer_id=?",
                                     (cid,)).fetchone() if cid else None
                if balance is None or balance["credit"] + 0.005 < credit:
                    raise bad_request("amount_for_credit", "not_allowed_value", credit,
                                      "Not enough credit.")
                db.execute("UPDATE customers SET credit=credit-? WHERE customer_id=?",
                           (credit, cid))
            taken = self._take_points(db, cid, cost + redeem) if cid and cost + redeem else []
            for voucher_id in vouchers:
                db.execute("UPDATE vouchers SET applied_date=? WHERE voucher_id=?",
                           (now, voucher_id))
            earned = 0
            earned_id = None
            if cid and bill["payment_type"] != "D":
                eligible = self._eligible_paid(bill, recap)
                point_money = redeem * self.project["point_value"].get(bill["currency_id"], 0)
                rate = self.project["earn_rate"].get(bill["currency_id"], 0)
                earned = engine.points_earned(eligible - point_money - credit, rate)
                if earned:
                    earned_id = f"po-{uuid.uuid4().hex[:12]}"
                    db.execute("INSERT INTO points VALUES(?,?,?,?,?,?,?)",
                               (earned_id, cid, earned, earned, now,
                                f"{self.now().year + 2}-12-31 23:59:59",
                                f"purchase {bill['bill_id']}"))
            effects = {"taken": taken, "vouchers": vouchers, "credit": credit,
                       "earned": earned, "earned_id": earned_id}
            return self._insert_purchase(db, body, cid, card, now, effects)

    @staticmethod
    def _eligible_paid(bill: dict[str, Any], recap: dict[str, Any]) -> float:
        """What points are earned on: loyalty items, less the discounts the recap puts on them.

        Discounts may also stand as negative bill items; those marked loyalty_off are the
        recap's discounts shown on the receipt and are not counted twice.
        """
        loyal = {i["bill_item_id"] for i in bill["bill_items"] if not i["loyalty_off"]}
        paid = sum(i["paid_amount"] for i in bill["bill_items"] if not i["loyalty_off"])
        off = sum(d.get("discount_value") or 0
                  for d in [*recap.get("vouchers", []), *recap.get("recommended_discounts", [])]
                  if d.get("bill_item_id") in loyal)
        return paid - off

    def _record_cancellation(self, db: sqlite3.Connection, body: dict[str, Any],
                             cid: str | None, card: dict[str, Any] | None, now: str) -> str:
        bill = body["bill"]
        original_id = bill.get("bill_number")
        if not original_id:
            raise bad_request("bill_number", "required", "",
                              "A cancellation names the original bill_id in bill_number.")
        original = db.execute("SELECT * FROM purchases WHERE bill_id=?", (original_id,)).fetchone()
        if original is None or original["canceled"]:
            raise bad_request("bill_number", "not_found", original_id, "No such purchase.")
        if original["canceled_by"]:
            raise bad_request("bill_number", "already_exists", original_id,
                              "This purchase is already cancelled.")
        effects = json.loads(original["effects"])
        for point_id, amount in effects["taken"]:
            db.execute("UPDATE points SET available=available+? WHERE point_id=?",
                       (amount, point_id))
        if effects["earned_id"]:
            db.execute("UPDATE points SET available=MAX(0, available-?), assigned=assigned-?"
                       " WHERE point_id=?", (effects["earned"], effects["earned"],
                                             effects["earned_id"]))
        for voucher_id in effects["vouchers"]:
            db.execute("UPDATE vouchers SET applied_date=NULL WHERE voucher_id=?", (voucher_id,))
        if effects["credit"] and original["customer_id"]:
            db.execute("UPDATE customers SET credit=credit+? WHERE customer_id=?",
                       (effects["credit"], original["customer_id"]))
        purchase_id = self._insert_purchase(db, body, original["customer_id"] or cid, card, now,
                                            {"reversal_of": original["purchase_id"]})
        db.execute("UPDATE purchases SET canceled_by=? WHERE purchase_id=?",
                   (purchase_id, original["purchase_id"]))
        return purchase_id

    @staticmethod
    def _insert_purchase(db: sqlite3.Connection, body: dict[str, Any], cid: str | None,
                         card: dict[str, Any] | None, now: str, effects: dict[str, Any]) -> str:
        bill = body["bill"]
        purchase_id = uuid.uuid4().hex[:24]
        db.execute(
            "INSERT INTO purchases VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,NULL)",
            (purchase_id, bill["bill_id"], cid, card["card_number"] if card else None,
             body["store_id"], body["cashdesk_number"], bill["total_price"], bill["currency_id"],
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

    def customer_state(self, customer_id: str) -> dict[str, Any]:
        """Balances for tests and demos (sandbox-only)."""
        credit = self.query("SELECT credit FROM customers WHERE customer_id=?", (customer_id,))
        if not credit:
            raise not_found("customers", customer_id)
        return {"customer_id": customer_id, "available_points": self.available_points(customer_id),
                "credit": credit[0]["credit"],
                "vouchers": [{"code": v["code"], "applied_date": v["applied_date"],
                              "valid": self.voucher_valid(v)} for v in self.vouchers(customer_id)]}


def ceil_points(money_amount: float, point_value: float) -> float:
    return float(math.ceil(money_amount / point_value - 1e-9)) if point_value else 0.0
