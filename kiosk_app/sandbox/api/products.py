"""`GET /products`: the catalogue, paged in SQL so it stays fast at any scale."""

from __future__ import annotations

from kiosk_app.sandbox.api.base import (
    REFERENCE_MAX_AGE,
    ApiBase,
    ApiRequest,
    ApiResponse,
    Paging,
    listed,
)


class ProductHandlers(ApiBase):
    """Products by code or by a typed name prefix."""

    def products(self, req: ApiRequest) -> ApiResponse:
        """By exact `code` and/or by what the cashier typed as `name` (the folded name starts
        with it), paged in SQL: fast on any number of products."""
        paging = Paging.of(req)
        rows, total = self.store.products(
            req.lang, code=req.params.get("code") or None, name_prefix=req.params.get("name") or None,
            sort=paging.sort, descending=paging.descending, limit=paging.count,
            offset=paging.offset)
        partner = self.store.project["partner_id"]
        items = []
        for p in rows:
            item = {
                "product_id": p["product_id"], "name": p["name"], "code": p["code"],
                "plu_ids": [{"list_code": "PLU", "code": p["code"]}],
                "product_group_id": p["group_id"], "partner_id": partner,
                "prices": [{"currency_id": c, "value": _stored_number(val)}
                           for c, val in p["prices"].items()],
                "additional_properties": [
                    # a string: the spec's oneOf makes whole numbers ambiguous (integer/number)
                    {"property_id": "vat_rate", "property_value": p["vat_rate"]},
                    {"property_id": "loyalty_off", "property_value": bool(p["loyalty_off"])},
                ],
                "state": 1,
            }
            if p["brand_id"]:
                item["product_brand_id"] = p["brand_id"]
            items.append(item)
        return self.ok(listed("products", items, total), max_age=REFERENCE_MAX_AGE)


def _stored_number(text: str) -> int | float:
    """A stored decimal as the JSON number the seed wrote (59 stays 59, 2.4 stays 2.4)."""
    return int(text) if text.lstrip("-").isdigit() else float(text)
