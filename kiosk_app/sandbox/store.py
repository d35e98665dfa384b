"""The sandbox's state in SQLite: reads and writes only (the rules live in `rules.py`).

Customers, cards, products, points and vouchers are rows with a column per field and
an index for every lookup the app makes, so a store seeded with a million customers
(`scale=N`, see `scale.py`) answers as fast as the demo data. Small reference data
(stores, currencies, types, users, rewards) is kept as JSON in `ref`.
"""

from __future__ import annotations

import json
import logging
import secrets
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from kiosk_app.sandbox import demo_seed
from kiosk_app.sandbox import scale as scale_data
from kiosk_app.sandbox.rules import voucher_valid
from kiosk_app.sandbox.text import digits, fold, prefix_bound
from kiosk_app.sqlite import Database

log = logging.getLogger("kiosk_app.sandbox")

FMT = "%Y-%m-%d %H:%M:%S"
SCHEMA_VERSION = 5  # a file of another version is rebuilt from the seed

TABLES = {
    "meta": "key TEXT PRIMARY KEY, value TEXT",
    "ref": "kind TEXT, id TEXT, pos INTEGER, body TEXT, PRIMARY KEY(kind, id)",
    "tokens": "token TEXT PRIMARY KEY, login TEXT, app_id TEXT, valid_to REAL,"
              " revoked INTEGER DEFAULT 0",
    "products": "product_id TEXT PRIMARY KEY, code TEXT NOT NULL, group_id TEXT, brand_id TEXT,"
                " vat_rate TEXT, item_type TEXT, loyalty_off INTEGER NOT NULL",
    "product_names": "product_id TEXT NOT NULL, lang TEXT NOT NULL, name TEXT, name_fold TEXT",
    "product_prices": "product_id TEXT NOT NULL, currency_id TEXT NOT NULL, value TEXT",
    "customers": "customer_id TEXT PRIMARY KEY, first_name TEXT, last_name TEXT,"
                 " first_fold TEXT, last_fold TEXT, email TEXT, email_fold TEXT, phone TEXT,"
                 " phone_digits TEXT, birthdate TEXT, language_id TEXT, store_id TEXT,"
                 " credit TEXT NOT NULL, points_payment INTEGER NOT NULL",
    "cards": "card_id TEXT PRIMARY KEY, card_number TEXT NOT NULL, customer_id TEXT,"
             " card_type_id TEXT, valid_from TEXT, valid_to TEXT, state INTEGER, store_id TEXT,"
             " secondary_card_number TEXT, last_change TEXT",
    "points": "point_id TEXT PRIMARY KEY, customer_id TEXT, assigned REAL, available REAL,"
              " created_at TEXT, valid_to TEXT, note TEXT",
    "vouchers": "voucher_id TEXT PRIMARY KEY, customer_id TEXT, code TEXT NOT NULL,"
                " reward_code TEXT, valid_from TEXT, valid_to TEXT, applied_date TEXT,"
                " created_at TEXT",
    "otps": "request_id TEXT PRIMARY KEY, code TEXT, recipient TEXT, channel INTEGER,"
            " created_at REAL, expires_at REAL, used_at REAL",
    "auth_tokens": "token_request_id TEXT PRIMARY KEY, token TEXT NOT NULL, customer_id TEXT NOT NULL,"
                   " app_id TEXT NOT NULL, created_at REAL, expires_at REAL, used_at REAL",
    # `points` and `turnover` (JSON, per currency): progress in the period when seeded
    "status_records": "status_record_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL,"
                      " status_id TEXT NOT NULL, valid_from TEXT, valid_to TEXT, state INTEGER,"
                      " last_change TEXT, points REAL, turnover TEXT",
    "purchases": "purchase_id TEXT PRIMARY KEY, bill_id TEXT UNIQUE, customer_id TEXT,"
                 " card_number TEXT, store_id TEXT, cashdesk INTEGER, total_price REAL,"
                 " currency_id TEXT, canceled INTEGER, bill_number TEXT, created_at TEXT,"
                 " request TEXT, effects TEXT, canceled_by TEXT",
    # every change of a customer's points, as `GET /point-history` lists it (expirations are
    # derived from the points records when read); `operation` is a key of the seed's texts
    "point_history": "history_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, amount REAL NOT NULL,"
                     " operation TEXT NOT NULL, note TEXT, store_id TEXT, created_at TEXT NOT NULL,"
                     " extended TEXT",
    # points held (`reserve-points`); state 1 active, 0 freed or used by a purchase
    "point_reservations": "reservation_id TEXT PRIMARY KEY, external_id TEXT NOT NULL UNIQUE,"
                          " customer_id TEXT NOT NULL, amount REAL NOT NULL, expiration TEXT,"
                          " state INTEGER NOT NULL, created_at TEXT NOT NULL, ended_at TEXT",
    # the value left on gift-card vouchers (money of the project's default currency)
    "gift_cards": "voucher_id TEXT PRIMARY KEY, original TEXT NOT NULL, balance TEXT NOT NULL",
    # what POST /customers sent beside the personal data: consents and source, as JSON
    "registrations": "customer_id TEXT PRIMARY KEY, consents TEXT, customer_source TEXT,"
                     " created_at TEXT",
}
# Created after the rows are in (a bulk load is several times faster that way).
INDEXES = (
    "CREATE UNIQUE INDEX products_code ON products(code)",
    "CREATE INDEX product_names_fold ON product_names(lang, name_fold, product_id)",
    "CREATE UNIQUE INDEX product_names_product ON product_names(product_id, lang)",
    "CREATE UNIQUE INDEX product_prices_product ON product_prices(product_id, currency_id)",
    "CREATE INDEX customers_email ON customers(email_fold)",
    "CREATE INDEX customers_phone ON customers(phone_digits)",
    "CREATE INDEX customers_name ON customers(last_fold, first_fold)",
    "CREATE INDEX customers_first_name ON customers(first_fold)",
    "CREATE INDEX customers_birthdate ON customers(birthdate)",
    "CREATE UNIQUE INDEX cards_number ON cards(card_number)",
    "CREATE INDEX cards_customer ON cards(customer_id)",
    "CREATE INDEX cards_secondary ON cards(secondary_card_number)"
    " WHERE secondary_card_number IS NOT NULL",
    "CREATE INDEX points_customer ON points(customer_id)",
    "CREATE UNIQUE INDEX vouchers_code ON vouchers(code)",
    "CREATE INDEX vouchers_customer ON vouchers(customer_id)",
    "CREATE INDEX purchases_customer ON purchases(customer_id)",
    "CREATE INDEX auth_tokens_customer ON auth_tokens(customer_id)",
    "CREATE INDEX status_records_customer ON status_records(customer_id, valid_from)",
    "CREATE INDEX point_history_customer ON point_history(customer_id, created_at)",
    "CREATE INDEX point_reservations_customer ON point_reservations(customer_id)",
)
_REF_KEYS = {
    "stores": "store_id", "currencies": "currency_id", "purchase_types": "type_id",
    "purchase_item_types": "type_id", "card_types": "card_type_id", "rewards": "code",
    "users": "login", "statuses": "status_id", "agreements": "agreement_id",
    "customer_sources": "customer_source_id",
}
_CUSTOMER_COLUMNS = ("customer_id", "first_name", "last_name", "email", "phone", "birthdate",
                     "language_id", "store_id", "credit", "points_payment")
_CARD_COLUMNS = ("card_id", "card_number", "card_type_id", "state", "customer_id", "valid_from",
                 "valid_to", "store_id", "secondary_card_number", "last_change")
# the answers' first-level fields a list can be sorted by (`sort_field`), as columns
_PRODUCT_SORT = {"product_id": "p.product_id", "code": "p.code", "name": "n.name",
                 "product_group_id": "p.group_id"}


def load_seed() -> dict[str, Any]:
    """The demo data shipped with the app."""
    return demo_seed()


def _placeholders(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _seed_points(customer: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A seed customer's points records: each a number (created on the 1st of month i+1 of
    2025, valid until 2030) or a record naming `amount` and any of `created_at`, `valid_to`,
    `note`, `operation` (a key of `point_operations`), `store_id`, `extended` (JSON)."""
    records = []
    for i, entry in enumerate(customer.get("points", [])):
        given = entry if isinstance(entry, dict) else {"amount": entry}
        extended = given.get("extended")
        records.append({
            "point_id": f"po-{customer['customer_id']}-{i}", "amount": given["amount"],
            "created_at": given.get("created_at") or f"2025-0{i + 1}-01 09:00:00",
            "valid_to": given.get("valid_to") or "2030-12-31 23:59:59",
            "note": given.get("note") or "seed", "operation": given.get("operation") or "addition",
            "store_id": given.get("store_id"),
            "extended": None if extended is None else json.dumps(extended, ensure_ascii=False)})
    return records


class SandboxStore:
    """One SQLite database behind a lock: the HTTP threads share it one request at a time.

    `scale=N` adds N products and 5×N customers to the demo data (see `scale.py`);
    None keeps whatever the file holds (the demo data alone for a new file). A file
    seeded with another N, or by an older sandbox, is rebuilt; `reset` rebuilds anyway.
    """

    def __init__(self, path: str | Path = ":memory:", *, token_validity: float = 7 * 3600,
                 seed: dict[str, Any] | None = None, scale: int | None = None,
                 reset: bool = False) -> None:
        if scale is not None and scale < 0:
            raise ValueError("scale must not be negative")
        self.path = str(path)
        self._database = Database(path, synchronous="NORMAL")  # demo data: speed over safety
        self._db = self._database.db
        self.lock = self._database.lock
        self.token_validity = token_validity
        self.clock_offset = 0.0
        self.seed = seed or load_seed()
        self.project = self.seed["project"]
        current = self._seeded_scale()
        if reset or current is None or (scale is not None and scale != current):
            self._rebuild((current or 0) if scale is None else scale)

    def close(self) -> None:
        self._database.close()

    # --- plumbing ------------------------------------------------------------------------------

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0) + timedelta(seconds=self.clock_offset)

    def timestamp(self) -> float:
        return time.time() + self.clock_offset

    def now_text(self) -> str:
        return self.now().strftime(FMT)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; inside one already open on this thread, that one is used,
        so a handler can check and write in a single transaction through these methods."""
        with self.lock:
            if self._db.in_transaction:
                yield self._db
            else:
                with self._database.transaction() as db:
                    yield db

    def query(self, sql: str, args: Sequence[object] = ()) -> list[sqlite3.Row]:
        return self._database.query(sql, tuple(args))

    @property
    def scale(self) -> int:
        """The N the file was seeded with (0: the demo data alone)."""
        return self._seeded_scale() or 0

    def _seeded_scale(self) -> int | None:
        """N of a complete seed of this schema version, else None."""
        with self.lock:
            if self._db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                return None
            row = self._db.execute("SELECT value FROM meta WHERE key='scale'").fetchone()
        return int(row[0]) if row else None

    def reset(self) -> None:
        """Drop every change and load the seed again (and the same scale data)."""
        self._rebuild(self.scale)

    def _rebuild(self, scale: int) -> None:
        """Every table anew: the demo seed, then N's bulk rows, then the indexes.

        A bulk load runs with a rollback journal and no syncs (a crash leaves the previous
        file, and a sandbox file is disposable), then the file goes back to WAL.
        """
        started = time.perf_counter()
        bulk = scale > 0 and self.path != ":memory:"
        with self.lock:
            if bulk:
                self._pragmas("journal_mode=DELETE", "synchronous=OFF", "cache_size=-262144")
            try:
                with self._database.transaction() as db:
                    old = db.execute("SELECT name FROM sqlite_master WHERE type='table'"
                                     " AND name NOT LIKE 'sqlite%'").fetchall()
                    for (name,) in old:
                        db.execute(f'DROP TABLE "{name}"')
                    for name, columns in TABLES.items():
                        db.execute(f"CREATE TABLE {name}({columns})")
                    self._insert_seed(db)
                    if scale:
                        self._insert_scale(db, scale)
                    for sql in INDEXES:
                        db.execute(sql)
                    db.executemany("INSERT INTO meta VALUES(?,?)",
                                   [("seeded", self.now_text()), ("scale", str(scale))])
                    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            finally:
                if bulk:
                    self._pragmas("cache_size=-2000", "synchronous=NORMAL", "journal_mode=WAL")
        if scale:
            log.info("sandbox seeded with scale %d in %.1f s", scale, time.perf_counter() - started)

    def _pragmas(self, *pragmas: str) -> None:
        """Settings for a bulk load; with another connection open on the file the journal
        mode cannot change, and the load just takes longer."""
        for pragma in pragmas:
            try:
                self._db.execute(f"PRAGMA {pragma}")
            except sqlite3.OperationalError as exc:
                log.info("PRAGMA %s not applied: %s", pragma, exc)

    def _insert_seed(self, db: sqlite3.Connection) -> None:
        seed = self.seed
        for kind, key in _REF_KEYS.items():
            db.executemany("INSERT INTO ref VALUES(?,?,?,?)", [
                (kind, item[key], pos, json.dumps(item, ensure_ascii=False))
                for pos, item in enumerate(seed.get(kind, ()))])
        db.executemany("INSERT INTO ref VALUES('languages',?,?,?)", [
            (lang, pos, json.dumps({"language_id": lang})) for pos, lang in enumerate(seed["languages"])])
        for p in seed["products"]:
            db.execute("INSERT INTO products VALUES(?,?,?,?,?,?,?)",
                       (p["product_id"], p["code"], p.get("group"), p.get("brand_id"),
                        str(p["vat_rate"]), p.get("item_type"), int(p.get("loyalty_off", False))))
            for lang in self.project["languages"]:
                name = self.text(p["name"], lang)
                db.execute("INSERT INTO product_names VALUES(?,?,?,?)",
                           (p["product_id"], lang, name, fold(name)))
            db.executemany("INSERT INTO product_prices VALUES(?,?,?)",
                           [(p["product_id"], cur, str(value)) for cur, value in p["prices"].items()])
        for c in seed["customers"]:
            db.execute("INSERT INTO customers VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
                c["customer_id"], c.get("first_name"), c.get("last_name"),
                fold(c.get("first_name") or ""), fold(c.get("last_name") or ""), c.get("email"),
                fold(c.get("email") or ""), c.get("phone"), digits(c.get("phone") or ""),
                c.get("birthdate"), c.get("language_id"), c.get("store_id"),
                str(c.get("credit", 0)), int(c.get("points_payment", True))))
            records = _seed_points(c)
            db.executemany("INSERT INTO points VALUES(?,?,?,?,?,?,?)", [
                (r["point_id"], c["customer_id"], r["amount"], r["amount"], r["created_at"],
                 r["valid_to"], r["note"]) for r in records])
            db.executemany("INSERT INTO point_history VALUES(?,?,?,?,?,?,?,?)", [
                (f"ph-{r['point_id']}", c["customer_id"], r["amount"], r["operation"], r["note"],
                 r["store_id"], r["created_at"], r["extended"]) for r in records if r["amount"]])
        db.executemany("INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?)", [
            (card["card_id"], card["card_number"], card.get("customer_id"), card["card_type_id"],
             card.get("valid_from"), card.get("valid_to"), card["state"], card.get("store_id"),
             None, "2025-01-01 00:00:00") for card in seed["cards"]])
        db.executemany("INSERT INTO vouchers VALUES(?,?,?,?,?,?,?,?)", [
            (v["voucher_id"], v["customer_id"], v["code"], v["reward_code"], v.get("valid_from"),
             v.get("valid_to"), v.get("applied_date"), v.get("valid_from")) for v in seed["vouchers"]])
        db.executemany("INSERT INTO gift_cards VALUES(?,?,?)", [
            (v["voucher_id"], str(v["gift_card"]["original_balance"]),
             str(v["gift_card"]["current_balance"])) for v in seed["vouchers"] if "gift_card" in v])
        db.executemany("INSERT INTO status_records VALUES(?,?,?,?,?,?,?,?,?)", [
            (r["status_record_id"], r["customer_id"], r["status_id"], r.get("valid_from"),
             r.get("valid_to"), r.get("state", 1), r.get("valid_from") or "2025-01-01 00:00:00",
             float(r.get("points", 0)), json.dumps(r.get("turnover", {})))
            for r in seed.get("status_records", ())])

    def _insert_scale(self, db: sqlite3.Connection, n: int) -> None:
        data = scale_data.rows(n, tuple(self.project["languages"]))
        for table in ("products", "product_names", "product_prices", "customers", "cards",
                      "points", "vouchers"):
            width = len(db.execute(f"PRAGMA table_info({table})").fetchall())
            db.executemany(f"INSERT INTO {table} VALUES({_placeholders([0] * width)})",
                           getattr(data, table))

    # --- texts and reference data -----------------------------------------------------------------

    def text(self, texts: Any, lang: str) -> str:
        """Pick a server text in `lang`, falling back to the project's default language."""
        if isinstance(texts, str):
            return texts
        return texts.get(lang) or texts.get(self.project["default_language"]) or ""

    def message(self, key: str, lang: str, **values: Any) -> str:
        return self.text(self.seed["messages"][key], lang).format(**values)

    def refs(self, kind: str) -> list[dict[str, Any]]:
        rows = self.query("SELECT body FROM ref WHERE kind=? ORDER BY pos", (kind,))
        return [json.loads(r["body"]) for r in rows]

    def ref(self, kind: str, key: str) -> dict[str, Any] | None:
        row = self.query("SELECT body FROM ref WHERE kind=? AND id=?", (kind, key))
        return json.loads(row[0]["body"]) if row else None

    def ref_ids(self, kind: str) -> set[str]:
        return {r["id"] for r in self.query("SELECT id FROM ref WHERE kind=?", (kind,))}

    def rewards(self) -> dict[str, dict[str, Any]]:
        """The reward catalogue by code, in the seed's order."""
        return {r["code"]: r for r in self.refs("rewards")}

    def statuses(self) -> dict[str, dict[str, Any]]:
        """The project's statuses (tiers) by id, lowest first as the seed lists them."""
        return {s["status_id"]: s for s in self.refs("statuses")}

    # --- auth -----------------------------------------------------------------------------------

    def login(self, login: str, password: str, app_id: str
              ) -> tuple[str, str, dict[str, Any]] | None:
        """A new token, its expiry and the user for the right password, else None."""
        user = self.ref("users", login)
        if user is None or not secrets.compare_digest(user["password"].encode(), password.encode()):
            return None
        token = secrets.token_hex(20)
        valid_to = self.timestamp() + self.token_validity
        with self.transaction() as db:
            db.execute("INSERT INTO tokens(token, login, app_id, valid_to) VALUES(?,?,?,?)",
                       (token, login, app_id, valid_to))
        shown = datetime.fromtimestamp(valid_to).strftime(FMT)
        return token, shown, {k: v for k, v in user.items() if k != "password"}

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

    # --- products -------------------------------------------------------------------------------

    def products(self, lang: str, *, code: str | None = None, name_prefix: str | None = None,
                 sort: str | None = None, descending: bool = False, limit: int = 100,
                 offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """A page of products named in `lang`, by exact code and/or folded-name prefix (in
        name order), and how many match."""
        where, args = ["n.lang=?"], [lang]
        order = "p.rowid"
        if code is not None:
            where.append("p.code=?")
            args.append(code)
        if name_prefix is not None:
            folded = fold(name_prefix)
            where.append("n.name_fold>=? AND n.name_fold<?")
            args += [folded, prefix_bound(folded)]
            order = "n.name_fold, n.product_id"
        if sort in _PRODUCT_SORT:
            order = _PRODUCT_SORT[sort] + (" DESC" if descending else "")
        # a name search walks the name index; anything else walks products in their order
        tables = ("product_names n JOIN products p" if name_prefix is not None
                  else "products p CROSS JOIN product_names n")
        sql = f" FROM {tables} ON p.product_id=n.product_id WHERE {' AND '.join(where)}"
        with self.lock:
            if code is None and name_prefix is None:  # every product is named in every language
                total = self._db.execute("SELECT COUNT(*) FROM products").fetchone()[0]
            else:
                total = self._db.execute("SELECT COUNT(*)" + sql, args).fetchone()[0]
            rows = self._db.execute(f"SELECT p.*, n.name{sql} ORDER BY {order} LIMIT ? OFFSET ?",
                                    [*args, limit, offset]).fetchall()
            ids = [r["product_id"] for r in rows]
            prices: dict[str, dict[str, str]] = {i: {} for i in ids}
            for row in self._db.execute(
                    f"SELECT * FROM product_prices WHERE product_id IN ({_placeholders(ids)})"
                    " ORDER BY rowid", ids):
                prices[row["product_id"]][row["currency_id"]] = row["value"]
        return [{**dict(r), "prices": prices[r["product_id"]]} for r in rows], total

    def product_groups(self, codes: Iterable[str]) -> dict[str, str | None]:
        """The product group of each known PLU code among `codes`."""
        wanted = list(dict.fromkeys(codes))
        if not wanted:
            return {}
        rows = self.query(f"SELECT code, group_id FROM products WHERE code IN ({_placeholders(wanted)})",
                          wanted)
        return {r["code"]: r["group_id"] for r in rows}

    # --- cards ----------------------------------------------------------------------------------

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
            where.append(f"card_number IN ({_placeholders(numbers)})")
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

    # --- customers ------------------------------------------------------------------------------

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
            where.append(f"email_fold IN ({_placeholders(emails)})")
            args += [fold(e) for e in emails]
        if ids is not None:
            where.append(f"customer_id IN ({_placeholders(ids)})")
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

    def give_card(self, card_id: str, customer_id: str, store_id: str | None) -> None:
        """A free card now belongs to the customer (`assign-free-card`)."""
        with self.transaction() as db:
            db.execute("UPDATE cards SET customer_id=?, store_id=COALESCE(?, store_id),"
                       " last_change=? WHERE card_id=?",
                       (customer_id, store_id, self.now_text(), card_id))

    # --- points ---------------------------------------------------------------------------------

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
                         " AND valid_to>=?", (customer_id, now))
        return float(row[0]["s"]) - self.held_points(customer_id)

    def held_points(self, customer_id: str) -> float:
        """Points held by the customer's active, unexpired reservations."""
        row = self.query("SELECT COALESCE(SUM(amount),0) AS s FROM point_reservations"
                         " WHERE customer_id=? AND state=1 AND (expiration IS NULL OR expiration>=?)",
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
                            " WHERE customer_id=? AND valid_to<? AND available>0",
                            (customer_id, self.now_text()))
        rows += [{"history_id": f"px-{r['point_id']}", "customer_id": customer_id,
                  "amount": -r["available"], "operation": "expiration",
                  "note": f"points of {r['created_at'][:10]}",
                  "store_id": None, "created_at": r["valid_to"],
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
            " AND available>0 AND valid_to>=?", (customer_id, self.now_text()))]

    # --- vouchers -------------------------------------------------------------------------------

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
        rows = self.query(f"SELECT * FROM vouchers WHERE code IN ({_placeholders(wanted)})", wanted)
        return {r["code"]: dict(r) for r in rows}

    # --- member services: vouchers for points, claimed purchases, reservations, gift cards --------

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

    def find_purchases(self, *, customer_id: str | None = None, store_id: str | None = None,
                       bill_id: str | None = None) -> list[dict[str, Any]]:
        """Purchases (cancellations too) matching every filter given, oldest first."""
        where, args = ["1=1"], []
        for column, value in (("customer_id", customer_id), ("store_id", store_id),
                              ("bill_id", bill_id)):
            if value is not None:
                where.append(f"{column}=?")
                args.append(value)
        rows = self.query(f"SELECT * FROM purchases WHERE {' AND '.join(where)}"
                          " ORDER BY created_at, rowid", args)
        return [dict(r) for r in rows]

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

    def reservations(self, *, customer_id: str | None = None, external_id: str | None = None,
                     reservation_id: str | None = None) -> list[dict[str, Any]]:
        """Point reservations matching every filter given, oldest first."""
        where, args = ["1=1"], []
        for column, value in (("customer_id", customer_id), ("external_id", external_id),
                              ("reservation_id", reservation_id)):
            if value is not None:
                where.append(f"{column}=?")
                args.append(value)
        rows = self.query(f"SELECT * FROM point_reservations WHERE {' AND '.join(where)}"
                          " ORDER BY created_at, rowid", args)
        return [dict(r) for r in rows]

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

    # --- one-time passwords ---------------------------------------------------------------------

    def add_otp(self, recipient: str, channel: int, code: str, validity: float) -> str:
        """Keep a code sent; returns its request id."""
        request_id = uuid.uuid4().hex
        now = self.timestamp()
        with self.transaction() as db:
            db.execute("INSERT INTO otps VALUES(?,?,?,?,?,?,NULL)",
                       (request_id, code, recipient, channel, now, now + validity))
        return request_id

    def otp(self, request_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM otps WHERE request_id=?", (request_id,))
        return dict(rows[0]) if rows else None

    def use_otp(self, request_id: str) -> None:
        with self.transaction() as db:
            db.execute("UPDATE otps SET used_at=? WHERE request_id=?", (self.timestamp(), request_id))

    def otps(self, recipient: str | None = None) -> list[dict[str, Any]]:
        sql, args = "SELECT * FROM otps", ()
        if recipient:
            sql, args = sql + " WHERE recipient=?", (recipient,)
        return [dict(r) for r in self.query(sql + " ORDER BY created_at DESC", args)]

    # --- customer auth tokens -----------------------------------------------------------------

    def add_auth_token(self, customer_id: str, app_id: str, token: str, token_request_id: str,
                       validity: float) -> float:
        """Keep a token minted for the customer's app; returns when it expires (timestamp)."""
        now = self.timestamp()
        with self.transaction() as db:
            db.execute("INSERT INTO auth_tokens VALUES(?,?,?,?,?,?,NULL)",
                       (token_request_id, token, customer_id, app_id, now, now + validity))
        return now + validity

    def auth_token(self, token_request_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM auth_tokens WHERE token_request_id=?", (token_request_id,))
        return dict(rows[0]) if rows else None

    def use_auth_token(self, token_request_id: str) -> None:
        with self.transaction() as db:
            db.execute("UPDATE auth_tokens SET used_at=? WHERE token_request_id=?",
                       (self.timestamp(), token_request_id))

    def auth_tokens(self, customer_id: str | None = None) -> list[dict[str, Any]]:
        """Minted tokens, newest first (sandbox control only)."""
        sql, args = "SELECT * FROM auth_tokens", ()
        if customer_id:
            sql, args = sql + " WHERE customer_id=?", (customer_id,)
        return [dict(r) for r in self.query(sql + " ORDER BY created_at DESC", args)]

    # --- statuses -------------------------------------------------------------------------------

    def status_records(self, customer_id: str) -> list[dict[str, Any]]:
        """The customer's status records, oldest first, `turnover` decoded."""
        rows = self.query("SELECT * FROM status_records WHERE customer_id=?"
                          " ORDER BY valid_from, status_record_id", (customer_id,))
        return [{**dict(r), "turnover": json.loads(r["turnover"] or "{}")} for r in rows]

    def purchase_progress(self, customer_id: str, since: str | None
                          ) -> tuple[Decimal, dict[str, Decimal]]:
        """Points earned and money spent per currency by the customer's purchases that stand
        (neither a cancellation nor cancelled) since `since`."""
        rows = self.query("SELECT currency_id, total_price, effects FROM purchases"
                          " WHERE customer_id=? AND canceled=0 AND canceled_by IS NULL"
                          " AND created_at>=?", (customer_id, since or ""))
        points, spent = Decimal(0), dict[str, Decimal]()
        for r in rows:
            points += Decimal(json.loads(r["effects"]).get("earned") or 0)
            spent[r["currency_id"]] = spent.get(r["currency_id"], Decimal(0)) + Decimal(
                str(r["total_price"]))
        return points, spent

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

    # --- purchases ------------------------------------------------------------------------------

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

    def customer_state(self, customer_id: str) -> dict[str, Any] | None:
        """Balances for tests and demos (sandbox-only); None for an unknown customer."""
        customer = self.customer(customer_id)
        if customer is None:
            return None
        now = self.now_text()
        return {"customer_id": customer_id, "available_points": self.available_points(customer_id),
                "held_points": self.held_points(customer_id), "credit": float(customer["credit"]),
                "vouchers": [{"code": v["code"], "applied_date": v["applied_date"],
                              "valid": voucher_valid(v, now)} for v in self.vouchers(customer_id)]}
