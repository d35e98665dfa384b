"""Products: names per language (folded, for a typed prefix) and prices per currency."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kiosk_app.sandbox.store.core import StoreCore, placeholders
from kiosk_app.sandbox.text import fold, prefix_bound

# the answers' first-level fields a list can be sorted by (`sort_field`), as columns
_PRODUCT_SORT = {"product_id": "p.product_id", "code": "p.code", "name": "n.name",
                 "product_group_id": "p.group_id"}


class ProductRows(StoreCore):
    """Pages of products found through the code and folded-name indexes."""

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
                    f"SELECT * FROM product_prices WHERE product_id IN ({placeholders(ids)})"
                    " ORDER BY rowid", ids):
                prices[row["product_id"]][row["currency_id"]] = row["value"]
        return [{**dict(r), "prices": prices[r["product_id"]]} for r in rows], total

    def product_groups(self, codes: Iterable[str]) -> dict[str, str | None]:
        """The product group of each known PLU code among `codes`."""
        wanted = list(dict.fromkeys(codes))
        if not wanted:
            return {}
        rows = self.query(f"SELECT code, group_id FROM products WHERE code IN ({placeholders(wanted)})",
                          wanted)
        return {r["code"]: r["group_id"] for r in rows}
