"""How soon a one-time code may be sent again: one rule for the counter's phone validation,
the kiosk's phone sign-in and step-up, and enrolment."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

RESEND_COOLDOWN_S = 30


class Cooldown:
    """Started when a code is sent; `left()` whole seconds until the next may go."""

    def __init__(self, seconds: float = RESEND_COOLDOWN_S, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._until = 0.0

    def start(self) -> None:
        self._until = self._clock() + self.seconds

    def reset(self) -> None:
        self._until = 0.0

    def left(self) -> int:
        return max(0, math.ceil(self._until - self._clock()))

    @property
    def ready(self) -> bool:
        return self.left() == 0
