"""One-time passwords sent to customers and the one-time auth tokens of their mobile app."""

from __future__ import annotations

import uuid
from typing import Any

from kiosk_app.sandbox.store.core import StoreCore


class OtpRows(StoreCore):
    """`otps` and `auth_tokens`: timestamps on the sandbox clock (`timestamp()`)."""

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
