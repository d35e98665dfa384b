"""Reference data: stores, currencies, languages, purchase and item types, card types,
statuses and agreements. Cached as the server's Cache-Control allows (per language), so a
till asks once and keeps selling from what it has when CareCloud is out of reach."""

from __future__ import annotations

from kiosk_app.api import models as m
from kiosk_app.api.transport import Transport


class Reference(Transport):
    """The project's lists that change rarely and are the same for every customer."""

    async def get_stores(self) -> list[m.Store]:
        return await self.list_all("stores", "stores", m.Store, cache=True)

    async def get_currencies(self) -> list[m.Currency]:
        return await self.list_all("currencies", "currencies", m.Currency, cache=True)

    async def get_languages(self) -> list[m.Language]:
        # the spec declares neither authentication nor paging parameters here
        return await self.list_unpaged("languages", "languages", m.Language, cache=True,
                                       auth=False)

    async def get_purchase_types(self) -> list[m.PurchaseType]:
        return await self.list_all("purchase-types", "purchase_types", m.PurchaseType, cache=True)

    async def get_purchase_item_types(self) -> list[m.PurchaseItemType]:
        return await self.list_all(
            "purchase-item-types", "purchase_item_types", m.PurchaseItemType, cache=True
        )

    async def get_card_types(self) -> list[m.CardType]:
        return await self.list_all("card-types", "card_types", m.CardType, cache=True)

    async def statuses(self) -> list[m.Status]:
        """The programme's statuses (tiers), named in the UI language; cached as allowed."""
        return await self.list_all("statuses", "statuses", m.Status, cache=True)

    async def agreements(self) -> list[m.Agreement]:
        """`GET /agreements`: the consents to ask a new member for, in the UI language; cached
        as the server allows (per language)."""
        return await self.list_all("agreements", "agreements", m.Agreement, cache=True)
