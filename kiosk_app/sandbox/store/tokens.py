"""Till users' bearer tokens: signed in against the seed's users, checked on every call."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from kiosk_app.sandbox.store.core import FMT
from kiosk_app.sandbox.store.reference import ReferenceRows


class TokenRows(ReferenceRows):
    """`tokens`: one row per sign-in; the users themselves are reference rows."""

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
