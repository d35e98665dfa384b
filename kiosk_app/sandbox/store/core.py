"""The sandbox store's core: the schema, the one connection and its lock, the clock, seeding
(the demo data and `--scale` bulk rows) and rebuilding. Row access lives in one mixin per
resource beside this module; `SandboxStore` (in `kiosk_app.sandbox.store`) assembles them.

Validity ends stored as text are compared in SQL through `validity_end_sql`, the SQL form of
`kiosk_app.validity.validity_end`, so SQL and Python judge a date-only end alike.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk_app.sandbox import demo_seed
from kiosk_app.sandbox import scale as scale_data
from kiosk_app.sandbox.text import digits, fold
from kiosk_app.sqlite import Database

log = logging.getLogger("kiosk_app.sandbox")

FMT = "%Y-%m-%d %H:%M:%S"
SCHEMA_VERSION = 6  # a file of another version is rebuilt from the seed

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


def load_seed() -> dict[str, Any]:
    """The demo data shipped with the app."""
    return demo_seed()


def placeholders(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def validity_end_sql(column: str) -> str:
    """`kiosk_app.validity.validity_end` in SQL: the last second the validity in `column`
    covers, as a `FMT` text that compares with `now_text()` (a date alone covers its whole
    day, an ISO `T` reads as a space); NULL for an open end (NULL or blank). Evaluated on
    the rows an indexed filter leaves, so it costs no index."""
    value = f"NULLIF(trim({column}),'')"
    return (f"(CASE WHEN length({value})<=10 THEN {value}||' 23:59:59'"
            f" ELSE replace({value},'T',' ') END)")


def not_ended_sql(column: str) -> str:
    """SQL, one `?` (a `now_text()`): the validity ending in `column` has not ended then
    (`not validity.ended`); an open end never does."""
    end = validity_end_sql(column)
    return f"({end} IS NULL OR {end}>=?)"


def ended_sql(column: str) -> str:
    """SQL, one `?` (a `now_text()`): the validity ending in `column` ended before then
    (`validity.ended`)."""
    return f"{validity_end_sql(column)}<?"


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


class StoreCore:
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

    def matching(self, table: str, **filters: object) -> list[dict[str, Any]]:
        """The rows of `table` matching every filter given (None: any), oldest first."""
        given = {column: value for column, value in filters.items() if value is not None}
        where = " AND ".join(f"{column}=?" for column in given) or "1=1"
        rows = self.query(f"SELECT * FROM {table} WHERE {where} ORDER BY created_at, rowid",
                          list(given.values()))
        return [dict(r) for r in rows]

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
            db.executemany(f"INSERT INTO {table} VALUES({placeholders([0] * width)})",
                           getattr(data, table))
        first = len(self.seed.get("card_types", ()))
        db.executemany("INSERT INTO ref VALUES('card_types',?,?,?)", [
            (kind["card_type_id"], first + pos, json.dumps(kind, ensure_ascii=False))
            for pos, kind in enumerate(scale_data.CARD_TYPES)])

    # --- texts (the seed writes them per language) -----------------------------------------------

    def text(self, texts: Any, lang: str) -> str:
        """Pick a server text in `lang`, falling back to the project's default language."""
        if isinstance(texts, str):
            return texts
        return texts.get(lang) or texts.get(self.project["default_language"]) or ""
