"""Small reference lists (stores, currencies, types, languages): localised, filtered by exact
values, paged in memory and cacheable."""

from __future__ import annotations

from kiosk_app.sandbox import validation as v
from kiosk_app.sandbox.api.base import (
    REFERENCE_MAX_AGE,
    ApiBase,
    ApiRequest,
    ApiResponse,
    Paging,
    listed,
)


class ReferenceHandlers(ApiBase):
    """`GET /stores`, `/currencies`, `/purchase-types`, `/purchase-item-types`, `/card-types`,
    `/languages`."""

    def _reference(self, req: ApiRequest, kind: str) -> ApiResponse:
        """A small reference list, localised, filtered by exact values, paged in memory."""
        items = [{k: self._text(val, req.lang) if k == "name" else val for k, val in i.items()}
                 for i in self.store.refs(kind)]
        for name in ("text_id", "name", "currency_code", "currency_name"):
            if name in req.params:
                column = name.removeprefix("currency_") if kind == "currencies" else name
                items = [i for i in items if str(i.get(column, "")) == req.params[name]]
        return self.ok(Paging.of(req).cut(items, kind), max_age=REFERENCE_MAX_AGE)

    def stores(self, req: ApiRequest) -> ApiResponse:
        return self._reference(req, "stores")

    def currencies(self, req: ApiRequest) -> ApiResponse:
        return self._reference(req, "currencies")

    def purchase_types(self, req: ApiRequest) -> ApiResponse:
        return self._reference(req, "purchase_types")

    def purchase_item_types(self, req: ApiRequest) -> ApiResponse:
        return self._reference(req, "purchase_item_types")

    def card_types(self, req: ApiRequest) -> ApiResponse:
        return self._reference(req, "card_types")

    def languages(self, req: ApiRequest) -> ApiResponse:
        """All of them: the spec gives `GET /languages` no paging parameters."""
        default_only = v.query_bool(req.params, "default_language", v.Problems())
        items = [{**lang, "state": 1} for lang in self.store.refs("languages")]
        if default_only:
            items = [i for i in items if i["language_id"] == self.store.project["default_language"]]
        return self.ok(listed("languages", items, len(items)), max_age=REFERENCE_MAX_AGE)
