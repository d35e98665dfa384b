"""Files the app writes hold card numbers, baskets, logins and receipts: each is made
readable by the app's user only, in folders only they can enter, however the umask is set
(on Windows the user's profile ACLs apply)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "kiosk-app"


def app_dir(kind: str) -> Path:
    """The app's own folder of a kind, as the platform places it: "data" (outbox, sandbox,
    receipts, exports), "config" (settings, preferences) or "cache" (a printer driver's)."""
    import platformdirs

    where = {"data": platformdirs.user_data_dir, "config": platformdirs.user_config_dir,
             "cache": platformdirs.user_cache_dir}[kind]
    return Path(where(APP_NAME, appauthor=False))


def private_file(path: Path) -> None:
    """The file (and the folder the app makes for it) readable by this user only: card
    numbers, baskets, logins and audit notes live in these files. SQLite gives its -wal and
    -shm files the database file's permissions."""
    folder = path.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(descriptor)
    if os.name != "nt":
        os.chmod(path, 0o600)  # also a file an older version made 0644
        for suffix in ("-wal", "-shm"):
            sidecar = Path(f"{path}{suffix}")
            if sidecar.exists():
                os.chmod(sidecar, 0o600)
