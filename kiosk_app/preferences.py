"""A person's choices at this till (look, text size), remembered between runs.

Not settings an installer makes (those are in config.toml): a small JSON file in the user
config directory, written private to the user.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from kiosk_app.files import app_dir, private_file

log = logging.getLogger(__name__)


def default_path() -> Path:
    return app_dir("config") / "preferences.json"


class Preferences:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        try:
            data = json.loads(self.path.read_text("utf-8"))
            self._data: dict[str, Any] = data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            self._data = {}  # none yet, or unreadable: the defaults

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self._data[key] = value
        try:
            private_file(self.path)  # also a file an older version left 0644
            self.path.write_text(json.dumps(self._data), "utf-8")
        except OSError as exc:  # a choice not remembered is no reason to stop the till
            log.warning("cannot remember preferences: %s", exc.strerror)
