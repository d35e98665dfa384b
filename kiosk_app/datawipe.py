"""`kiosk-app data wipe`: decommissioning a till. Everything the app keeps about sales and
people goes: the outbox (sales, their audit trail), the sandbox's database, receipt PDFs,
exports, per-user preferences, the printer driver's cache, and the password in the OS
keyring. The settings file stays (it holds no secret; an installer removes it with the
package). Sales not yet delivered are never wiped silently: the command refuses and says
how many, unless told to discard them."""

from __future__ import annotations

import contextlib
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk_app.config import Settings, default_export_dir, default_outbox_path

KEYRING = "the OS keyring's password"


@dataclass(frozen=True)
class Plan:
    """What a wipe removes: files and folders that exist, and whether a keyring password
    is stored for the login."""

    paths: tuple[Path, ...]
    keyring_login: str  # "" = none stored
    unsent: int


def _with_wal(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + suffix)
                    for suffix in ("-wal", "-shm", "-journal", ".sender.lock"))]


def _folders() -> list[Path]:
    from kiosk_app.files import app_dir
    from kiosk_app.ui.receipt import receipts_dir

    return [receipts_dir(), default_export_dir(), app_dir("cache") / "escpos"]


def plan(settings: Settings) -> Plan:
    """What `wipe` would remove on this machine for these settings."""
    from kiosk_app.app.outbox import Outbox
    from kiosk_app.preferences import default_path
    from kiosk_app.sandbox.server import default_db_path

    outbox_path = Path(settings.outbox_db or default_outbox_path())
    unsent = 0
    if outbox_path.exists():
        outbox = Outbox(outbox_path)
        try:
            unsent = outbox.stats().unsent
        finally:
            outbox.close()
    candidates = [*_with_wal(outbox_path),
                  *_with_wal(Path(settings.sandbox_db or default_db_path())),
                  *_folders(), default_path()]
    if settings.export_dir:
        candidates.append(Path(settings.export_dir))
    login = ""
    if settings.login:
        from kiosk_app.keystore import KeyStore

        _, source = KeyStore(env={}).password(settings.login)  # the keyring only
        login = settings.login if source == "keyring" else ""
    return Plan(tuple(dict.fromkeys(p for p in candidates if p.exists())), login, unsent)


def wipe(settings: Settings, *, yes: bool, discard_unsent: bool,
         out: Callable[[str], None] = print, ask: Callable[[str], str] | None = None) -> int:
    """Remove what `plan` lists; 0 when done, 1 when refused or not confirmed."""
    found = plan(settings)
    if found.unsent and not discard_unsent:
        out(f"kiosk-app: {found.unsent} sale(s) have not reached CareCloud yet. Send them "
            "(start the app online), or export them from Unsent purchases, then wipe again; "
            "--discard-unsent wipes them anyway.")
        return 1
    if not found.paths and not found.keyring_login:
        out("Nothing to wipe: this till keeps no sales, receipts, exports or passwords.")
        return 0
    out("This removes, for good:")
    for path in found.paths:
        out(f"  {path}")
    if found.keyring_login:
        out(f"  {KEYRING} for {found.keyring_login}")
    if found.unsent:
        out(f"  including {found.unsent} sale(s) not delivered to CareCloud")
    if not yes:
        if not sys.stdin.isatty():
            out("kiosk-app: add --yes to wipe without being asked.")
            return 1
        if (ask or input)('Type "wipe" to go on: ').strip().lower() != "wipe":
            out("Nothing was removed.")
            return 1
    failed = []
    for path in found.paths:
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            failed.append(f"{path}: {exc.strerror}")
    if found.keyring_login:
        import keyring

        with contextlib.suppress(Exception):  # gone already, or the keyring refused
            keyring.delete_password("kiosk-app", found.keyring_login)
    for line in failed:
        out(f"kiosk-app: could not remove {line}")
    if not failed:
        out("Wiped.")
    return 1 if failed else 0
