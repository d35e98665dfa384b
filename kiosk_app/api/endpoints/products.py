"""The product catalogue: by PLU code, by name, or filtered (cached as allowed)."""

from __future__ import annotations

from typing import Any

from kiosk_app.api import models as m
from kiosk_app.api.transport import Transport


class Products(Transport):
    """Products the till sells; a catalogue can be huge, so it is asked for by code or name."""

    async def get_products(self, **filters: Any) -> list[m.Product]:
        """Every product matching the filters (`code`, `name`); a catalogue can hold hundreds
        of thousands, so call it with a filter."""
        return await self.list_all("products", "products", m.Product, filters, cache=True)

    async def find_product(self, code: str) -> m.Product | None:
        """One product by PLU code: one round trip, then cached as the server allows."""
        items, _ = await self.page("products", "products", m.Product, {"code": code}, count=10,
                                   cache=True)
        return next((p for p in items if p.code == code
                     or any(plu.code == code for plu in p.plu_ids)), None)

    async def search_products(self, name: str, *, count: int = 20) -> list[m.Product]:
        """The first products whose name starts with what the cashier typed."""
        items, _ = await self.page("products", "products", m.Product, {"name": name},
                                   count=count, cache=True)
        return items
