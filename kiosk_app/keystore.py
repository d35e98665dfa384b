"""Where the CareCloud password of an unattended kiosk lives: a systemd credential, the
environment, or the OS keyring.

Never a config file, never a log. A cashier types their own password at sign-in instead. On a
Linux kiosk the password is a systemd credential (`LoadCredentialEncrypted=kiosk-password`, see
packaging/kiosk/): encrypted at rest, decrypted by systemd into a directory only the service can
read, and never in the unit's environment, where `systemctl show` would print it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

log = logging.getLogger(__name__)

SERVICE = "kiosk-app"
ENV_PASSWORD = "KIOSK_PASSWORD"
CREDENTIAL = "kiosk-password"  # the name in LoadCredential(Encrypted)=kiosk-password:...
MAX_CREDENTIAL_BYTES = 64 * 1024


class KeyStore:
    """Reads the password from a systemd credential first, then `KIOSK_PASSWORD`, then the OS keyring."""

    def __init__(self, env: Mapping[str, str] | None = None, service: str = SERVICE) -> None:
        self._env = os.environ if env is None else env
        self._service = service

    def password(self, login: str) -> tuple[str | None, str]:
        """The password and where it came from ('systemd credential', 'environment', 'keyring'
        or 'not set')."""
        credential = self._credential()
        if credential:
            return credential, "systemd credential"
        if self._env.get(ENV_PASSWORD):
            return self._env[ENV_PASSWORD], "environment"
        if not login:
            return None, "not set"
        try:
            import keyring
            from keyring.errors import KeyringError

            try:
                value = keyring.get_password(self._service, login)
            except KeyringError as exc:
                log.warning("OS keyring unavailable: %s", type(exc).__name__)
                value = None
        except ImportError:  # pragma: no cover - keyring is a dependency
            value = None
        return (value, "keyring") if value else (None, "not set")

    def _credential(self) -> str | None:
        """`$CREDENTIALS_DIRECTORY/kiosk-password` without one trailing newline, if systemd passed it."""
        folder = self._env.get("CREDENTIALS_DIRECTORY")
        if not folder:
            return None
        path = os.path.join(folder, CREDENTIAL)
        try:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_CREDENTIAL_BYTES + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("systemd credential %s unreadable: %s", CREDENTIAL, exc.strerror)
            return None
        if len(raw) > MAX_CREDENTIAL_BYTES:
            log.warning("systemd credential %s is too large to be a password", CREDENTIAL)
            return None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            log.warning("systemd credential %s is not UTF-8 text", CREDENTIAL)
            return None
        return text.removesuffix("\n") or None

    def store(self, login: str, password: str) -> None:
        """Save into the OS keyring; raises if this machine has no usable keyring."""
        import keyring

        keyring.set_password(self._service, login, password)
