"""Where the CareCloud password of an unattended kiosk lives: the OS keyring, or the environment.

Never a file, never a log. A cashier types their own password at sign-in instead.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

log = logging.getLogger(__name__)

SERVICE = "kiosk-app"
ENV_PASSWORD = "KIOSK_PASSWORD"


class KeyStore:
    """Reads the password from `KIOSK_PASSWORD` first, then the OS keyring."""

    def __init__(self, env: Mapping[str, str] | None = None, service: str = SERVICE) -> None:
        self._env = os.environ if env is None else env
        self._service = service

    def password(self, login: str) -> tuple[str | None, str]:
        """The password and where it came from ('environment', 'keyring' or 'not set')."""
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

    def store(self, login: str, password: str) -> None:
        """Save into the OS keyring; raises if this machine has no usable keyring."""
        import keyring

        keyring.set_password(self._service, login, password)
