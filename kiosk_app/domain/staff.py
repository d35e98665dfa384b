"""Staff authentication at a self-service kiosk: a PIN kept only as a salted PBKDF2 hash, a
pause after repeated wrong PINs, and a lock after inactivity. Qt-free: the kiosk window
asks it and shows what it says."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

ITERATIONS = 200_000
MAX_TRIES = 5  # wrong PINs in a row before a pause
PAUSE_S = 60.0


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """`pbkdf2_sha256$iterations$salt$hash` for the settings file; the PIN itself is never
    stored."""
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12):
        raise ValueError("A staff PIN is 4 to 12 digits.")
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Constant-time comparison with the stored hash; a malformed or empty hash matches
    nothing (a kiosk without a staff PIN has no staff functions)."""
    try:
        scheme, iterations, salt, expected = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt),
                                     int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), expected)


@dataclass
class StaffGate:
    """Who may use staff functions now. Unlocked by the PIN; locked again by `lock()` or
    after `lock_after_s` without staff activity (`touch()` on each staff action)."""

    pin_hash: str
    lock_after_s: float = 120.0
    clock: Callable[[], float] = time.monotonic
    unlocked_at: float | None = None
    last_activity: float = 0.0
    wrong: int = 0
    paused_until: float = 0.0

    @property
    def configured(self) -> bool:
        return bool(self.pin_hash)

    @property
    def unlocked(self) -> bool:
        if self.unlocked_at is None:
            return False
        if self.clock() - self.last_activity > self.lock_after_s:
            self.lock()
            return False
        return True

    def pause_left(self) -> float:
        return max(0.0, self.paused_until - self.clock())

    def try_pin(self, pin: str) -> bool:
        """True when the PIN is right (and not during a pause after wrong ones)."""
        if self.pause_left() > 0 or not self.configured:
            return False
        if pin_matches(pin, self.pin_hash):
            self.wrong = 0
            self.unlocked_at = self.last_activity = self.clock()
            return True
        self.wrong += 1
        if self.wrong >= MAX_TRIES:
            self.wrong = 0
            self.paused_until = self.clock() + PAUSE_S
        return False

    def touch(self) -> None:
        if self.unlocked:
            self.last_activity = self.clock()

    def lock(self) -> None:
        self.unlocked_at = None
