"""Settings: a TOML file in the user config directory, overridden by `KIOSK_*` variables and CLI flags.

Secrets never live here: the password comes from the OS keyring or, for unattended
setups, the `KIOSK_PASSWORD` environment variable (see `keystore`).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

APP_NAME = "kiosk-app"
SECRET_KEYS = frozenset({"password", "token", "bearer_token", "secret"})


class ConfigError(Exception):
    """The settings cannot be used as they are; the message says which and why."""


def default_outbox_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "outbox.sqlite3"


def default_config_path() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


@dataclass
class Settings:
    """Everything an installer sets; with no `base_url` the app runs on the embedded sandbox."""

    base_url: str = ""
    external_app_id: str = "kiosk-demo-app"
    login: str = ""
    store_id: str = ""
    cashdesk_number: int = 1
    language: str = "en"
    languages: list[str] = field(default_factory=lambda: ["en", "cs", "sk", "de", "pl"])
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    sandbox_db: str = ""
    outbox_db: str = ""
    send_interval: float = 60.0
    retry_delay: float = 600.0
    max_attempts: int = 5
    scanner_prefix: str = ""
    scanner_suffix: str = ""
    sources: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def uses_sandbox(self) -> bool:
        return not self.base_url


def _coerce(name: str, kind: Any, value: Any) -> Any:
    try:
        if kind in (int, "int"):
            return int(value)
        if kind in (float, "float"):
            return float(value)
        if kind in ("list[str]",) or kind == list[str]:
            if isinstance(value, str):
                return [v.strip() for v in value.split(",") if v.strip()]
            return [str(v) for v in value]
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"Setting {name!r} has an unusable value {value!r}.") from exc


def load_settings(
    path: Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Defaults < TOML file < `KIOSK_*` environment < CLI flags (`overrides`, None = unset)."""
    env = os.environ if env is None else env
    path = path or Path(env.get("KIOSK_CONFIG") or default_config_path())
    settings = Settings()
    known = {f.name: f.type for f in fields(Settings) if f.name != "sources"}
    layers: list[tuple[str, Mapping[str, Any]]] = []
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text("utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"Cannot read {path}: {exc}") from exc
        leaked = SECRET_KEYS & {k.lower() for k in data}
        if leaked:
            raise ConfigError(
                f"{path} contains {', '.join(sorted(leaked))}: secrets do not belong in a "
                "config file. Remove it and use `kiosk-app config set-password` (OS keyring) "
                "or the KIOSK_PASSWORD environment variable."
            )
        unknown = set(data) - set(known)
        if unknown:
            raise ConfigError(f"{path}: unknown settings {', '.join(sorted(unknown))}.")
        layers.append((f"file {path}", data))
    layers.append(("environment", {
        name: env[f"KIOSK_{name.upper()}"] for name in known if f"KIOSK_{name.upper()}" in env
    }))
    layers.append(("command line", {k: v for k, v in (overrides or {}).items()
                                     if v is not None and k in known}))
    for source, values in layers:
        for name, value in values.items():
            setattr(settings, name, _coerce(name, known[name], value))
            settings.sources[name] = source
    if settings.cashdesk_number < 1:
        raise ConfigError("cashdesk_number must be 1 or more.")
    return settings


def describe(settings: Settings, password_source: str) -> list[tuple[str, str, str]]:
    """Rows for `config show`: name, value, where it came from; the password only as its source."""
    rows = []
    for f in fields(Settings):
        if f.name == "sources":
            continue
        value = getattr(settings, f.name)
        if f.name == "base_url" and not value:
            value = "(embedded sandbox)"
        shown = ", ".join(value) if isinstance(value, list) else str(value)
        rows.append((f.name, shown, settings.sources.get(f.name, "default")))
    rows.append(("password", "******" if password_source != "not set" else "(not set)",
                 password_source))
    return rows
