"""Reference data kept as JSON in `ref` (stores, currencies, types, users, rewards, statuses,
agreements...) and the seed's server messages."""

from __future__ import annotations

import json
from typing import Any

from kiosk_app.sandbox.store.core import StoreCore


class ReferenceRows(StoreCore):
    """Small lists read whole, in the seed's order."""

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
