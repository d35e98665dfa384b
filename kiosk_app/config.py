"""Settings: a TOML file in the user config directory, overridden by `KIOSK_*` variables and CLI flags.

Every setting is checked against its type and range as it is loaded; nonsense is refused with
one line naming the setting, where it came from and what is allowed. Secrets never live here:
the password comes from the OS keyring or, for unattended setups, the `KIOSK_PASSWORD`
environment variable (see `keystore`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import msgspec

from kiosk_app.files import app_dir
from kiosk_app.printer import TARGETS, check_printer
from kiosk_app.urls import check_base_url, check_proxy, shown

if TYPE_CHECKING:
    from kiosk_app.api import CareCloudClient

SECRET_KEYS = frozenset({"password", "token", "bearer_token", "secret"})
MAX_CONFIG_BYTES = 256 * 1024


class ConfigError(Exception):
    """The settings cannot be used as they are; the message says which and why."""


def default_outbox_path() -> Path:
    return app_dir("data") / "outbox.sqlite3"


def default_export_dir() -> Path:
    """Exports of a kiosk go here (staff only), never through a file dialog."""
    return app_dir("data") / "exports"


def default_config_path() -> Path:
    return app_dir("config") / "config.toml"


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
    call_deadline: float = 30.0
    proxy: str = ""  # "" = direct; http(s)://HOST[:PORT] for CareCloud (never for loopback)
    ca_bundle: str = ""  # "" = certifi; an absolute PEM path adds the store's CAs to certifi's
    sandbox_db: str = ""
    outbox_db: str = ""
    send_interval: float = 60.0
    retry_delay: float = 600.0
    max_attempts: int = 5
    scanner_prefix: str = ""
    scanner_suffix: str = ""
    quick_picks: list[str] = field(default_factory=list)
    mode: str = "counter"  # "kiosk": the self-service kiosk (fullscreen, unattended sign-in)
    idle_seconds: float = 60.0  # a kiosk forgets its customer after this long without input
    idle_warning_seconds: float = 20.0  # the "Need more time?" countdown before that
    staff_pin_hash: str = ""  # pbkdf2_sha256$iterations$salt$hash (`kiosk-app staff-pin`)
    staff_lock_seconds: float = 120.0  # staff functions lock again after this long idle
    cancel_needs_staff_pin: bool = False  # History's Cancel purchase also asks the staff PIN
    step_up_otp: bool = True  # a kiosk confirms spending points with a code to the phone
    customer_source_id: str = ""  # CareCloud's customer source for new members (enrolment)
    reserve_points: bool = False  # hold points offered for a sale while it is open
    export_dir: str = ""  # where a kiosk writes exports (never a file dialog)
    printer: str = ""  # "" = none; "escpos:tcp://HOST:9100" etc. (see kiosk_app/printer.py)
    paper_width_mm: int = 80  # the receipt printer's roll: 58 or 80 mm
    print_receipts: str = "ask"  # "always": Done prints each sale's receipt by itself
    retention_days: int = 30  # delivered/resolved sales are deleted from the till after this
    sources: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def uses_sandbox(self) -> bool:
        return not self.base_url


_LANG = r"^[a-z]{2}$"
_TEXT = msgspec.Meta(max_length=200, pattern=r"^[^\x00-\x1f\x7f]*$")
_PATH = msgspec.Meta(max_length=4096, pattern=r"^[^\x00]*$")


def _seconds(low: float, high: float, *, open_low: bool = True) -> Any:
    meta = msgspec.Meta(gt=low, le=high) if open_low else msgspec.Meta(ge=low, le=high)
    return Annotated[float, meta]


# (type with its constraints, what is allowed in words)
RULES: dict[str, tuple[Any, str]] = {
    "base_url": (Annotated[str, _TEXT], "empty (embedded sandbox) or an https:// address of "
                 "the CareCloud project (http:// only on this machine), without user or password"),
    "external_app_id": (Annotated[str, msgspec.Meta(min_length=1, max_length=200,
                                                    pattern=r"^[\x21-\x7e]+$")],
                        "the external application id, visible ASCII without spaces"),
    "login": (Annotated[str, _TEXT], "a CareCloud user name"),
    "store_id": (Annotated[str, _TEXT], "a store id from CareCloud, or empty for the first"),
    "cashdesk_number": (Annotated[int, msgspec.Meta(ge=1, le=9999)],
                        "a whole number from 1 to 9999"),
    "language": (Annotated[str, msgspec.Meta(pattern=_LANG)],
                 "a two-letter language code such as en, cs, sk, de, pl"),
    "languages": (Annotated[list[Annotated[str, msgspec.Meta(pattern=_LANG)]],
                            msgspec.Meta(min_length=1, max_length=10)],
                  "one to ten two-letter language codes"),
    "connect_timeout": (_seconds(0, 120), "seconds, above 0 and at most 120"),
    "read_timeout": (_seconds(0, 600), "seconds, above 0 and at most 600"),
    "call_deadline": (_seconds(0, 900), "seconds for a whole call, above 0 and at most 900"),
    "proxy": (Annotated[str, _TEXT], "empty (direct) or http://HOST[:PORT] or "
              "https://HOST[:PORT] of the store's proxy, without user or password (a password "
              "must not sit in a settings file)"),
    "ca_bundle": (Annotated[str, _PATH], "empty (certifi's public CAs) or the absolute path "
                  "of a readable PEM file of CA certificates, added to certifi's"),
    "sandbox_db": (Annotated[str, _PATH], "a file path"),
    "outbox_db": (Annotated[str, _PATH], "a file path"),
    "send_interval": (_seconds(1, 86400, open_low=False), "seconds, from 1 to 86400"),
    "retry_delay": (_seconds(0, 86400, open_low=False), "seconds, from 0 to 86400"),
    "max_attempts": (Annotated[int, msgspec.Meta(ge=1, le=1000)],
                     "a whole number of tries from 1 to 1000"),
    "scanner_prefix": (Annotated[str, msgspec.Meta(max_length=10)], "up to 10 characters"),
    "scanner_suffix": (Annotated[str, msgspec.Meta(max_length=10)], "up to 10 characters"),
    "mode": (Annotated[str, msgspec.Meta(pattern=r"^(counter|kiosk)$")],
             "counter (a cashier's till) or kiosk (self-service)"),
    "idle_seconds": (_seconds(10, 3600, open_low=False), "seconds, from 10 to 3600"),
    "idle_warning_seconds": (_seconds(5, 600, open_low=False), "seconds, from 5 to 600"),
    "staff_pin_hash": (Annotated[str, msgspec.Meta(
        max_length=300, pattern=r"^$|^pbkdf2_sha256\$[0-9]{4,7}\$[0-9a-f]{32}\$[0-9a-f]{64}$")],
        "empty, or what `kiosk-app staff-pin` prints"),
    "staff_lock_seconds": (_seconds(10, 3600, open_low=False), "seconds, from 10 to 3600"),
    "export_dir": (Annotated[str, _PATH], "a folder path"),
    "step_up_otp": (bool, "true or false"),
    "cancel_needs_staff_pin": (bool, "true or false"),
    "reserve_points": (bool, "true or false"),
    "customer_source_id": (Annotated[str, _TEXT], "a customer source id from CareCloud"),
    "printer": (Annotated[str, _TEXT], f"empty (no receipt printer), escpos: followed by {TARGETS}, "
                "e.g. escpos:tcp://192.168.1.50:9100 (an ESC/POS thermal printer; needs the "
                "kiosk-app[printer] extra), system (the system's default printer) or "
                "system:NAME (a printer the system knows by that name)"),
    "paper_width_mm": (Literal[58, 80], "58 or 80 (the receipt printer's roll, in mm)"),
    "print_receipts": (Annotated[str, msgspec.Meta(pattern=r"^(ask|always)$")],
                       "ask (the cashier taps Print receipt) or always (every sale's receipt "
                       "is printed on Done)"),
    "retention_days": (Annotated[int, msgspec.Meta(ge=1, le=3650)],
                       "whole days from 1 to 3650 (how long a delivered sale stays on the till)"),
    "quick_picks": (Annotated[list[Annotated[str, msgspec.Meta(pattern=r"^[0-9A-Za-z-]{1,40}$")]],
                              msgspec.Meta(max_length=48)],
                    "up to 48 PLU codes (letters, digits, -) of frequent items"),
}


def _check(name: str, value: Any, source: str, *, from_text: bool) -> Any:
    """One setting, typed and within range, or a ConfigError that says all an installer needs."""
    kind, allowed = RULES[name]
    if from_text and name in ("languages", "quick_picks") and isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    try:
        checked = msgspec.convert(value, type=kind, strict=not from_text)
        if name == "base_url" and checked:
            checked = check_base_url(checked)
        if name == "printer":
            checked = check_printer(checked)
        if name == "proxy" and checked:
            checked = check_proxy(checked)
        if name == "ca_bundle" and checked:
            from kiosk_app.tls import check_ca_bundle  # ssl only when a bundle is set

            checked = check_ca_bundle(checked)
    except (msgspec.ValidationError, ValueError) as exc:
        raise ConfigError(f"Setting {name!r} from {source} is {_show(name, value)}: "
                          f"allowed is {allowed}. ({exc})") from None
    return checked


def _show(name: str, value: Any) -> str:
    text = shown(value) if name in ("base_url", "proxy") and isinstance(value, str) else value
    return repr(text)[:80]


def _read_file(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"Cannot read the settings file {path}: {exc.strerror}.") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(f"The settings file {path} is larger than 256 KB; it cannot be right.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(f"The settings file {path} is not UTF-8 text (save it as UTF-8)."
                          ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"The settings file {path} is not valid TOML: {exc}.") from None
    except RecursionError:
        raise ConfigError(f"The settings file {path} is nested too deeply.") from None


def load_settings(
    path: Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Defaults < TOML file < `KIOSK_*` environment < CLI flags (`overrides`, None = unset).

    A file named by `--config` or `KIOSK_CONFIG` must exist: a typo must not quietly run a
    till on the embedded sandbox.
    """
    env = os.environ if env is None else env
    named = path is not None or bool(env.get("KIOSK_CONFIG"))
    path = path or Path(env.get("KIOSK_CONFIG") or default_config_path())
    settings = Settings()
    known = {f.name for f in fields(Settings) if f.name != "sources"}
    layers: list[tuple[str, Mapping[str, Any], bool]] = []
    if path.is_file():
        data = _read_file(path)
        leaked = SECRET_KEYS & {k.lower() for k in data}
        if leaked:
            raise ConfigError(
                f"{path} contains {', '.join(sorted(leaked))}: secrets do not belong in a "
                "config file. Remove it and use `kiosk-app config set-password` (OS keyring) "
                "or the KIOSK_PASSWORD environment variable."
            )
        unknown = set(data) - known
        if unknown:
            raise ConfigError(f"{path}: unknown settings {', '.join(sorted(unknown))}.")
        layers.append((f"file {path}", data, False))
    elif named:
        raise ConfigError(f"The settings file {path} does not exist. Check the name given with "
                          "--config or KIOSK_CONFIG.")
    layers.append(("environment", {
        name: env[f"KIOSK_{name.upper()}"] for name in known if f"KIOSK_{name.upper()}" in env
    }, True))
    layers.append(("command line", {k: v for k, v in (overrides or {}).items()
                                     if v is not None and k in known}, True))
    for source, values, from_text in layers:
        for name, value in values.items():
            where = f"{source} (KIOSK_{name.upper()})" if source == "environment" else source
            setattr(settings, name, _check(name, value, where, from_text=from_text))
            settings.sources[name] = source
    if settings.cancel_needs_staff_pin and not settings.staff_pin_hash:
        # otherwise no one could ever cancel a sale; an installer must notice at start
        raise ConfigError("Setting 'cancel_needs_staff_pin' is true but no 'staff_pin_hash' "
                          "is set: run `kiosk-app staff-pin` and put the line it prints in "
                          "the settings file, or set cancel_needs_staff_pin = false.")
    return settings


def describe(settings: Settings, password_source: str) -> list[tuple[str, str, str]]:
    """Rows for `config show`: name, value, where it came from; the password only as its source."""
    rows = []
    for f in fields(Settings):
        if f.name == "sources":
            continue
        value = getattr(settings, f.name)
        if f.name == "base_url":
            value = shown(value) if value else "(embedded sandbox)"
        if f.name == "proxy":
            value = shown(value) if value else "(direct)"
        if f.name == "ca_bundle":
            value = _ca_shown(value)
        rendered = ", ".join(value) if isinstance(value, list) else str(value)
        rows.append((f.name, rendered, settings.sources.get(f.name, "default")))
    rows.append(("password", "******" if password_source != "not set" else "(not set)",
                 password_source))
    return rows


def _ca_shown(ca_bundle: str) -> str:
    from kiosk_app.tls import describe_ca

    try:
        return describe_ca(ca_bundle)
    except ValueError as exc:  # gone or changed since the settings were loaded
        return f"{ca_bundle} (unusable: {exc})"


def make_client(settings: Settings, base_url: str, **extra: Any) -> CareCloudClient:
    """The app's one CareCloud client, as the settings say (imported late: start-up speed).
    `extra` reaches the client as it is (a test's transport or retry policy)."""
    import httpx

    from kiosk_app.api import CareCloudClient

    return CareCloudClient(
        base_url, language=settings.language, fallback_languages=settings.languages,
        timeout=httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout),
        deadline=settings.call_deadline, proxy=settings.proxy, ca_bundle=settings.ca_bundle,
        **extra)
