"""Is CareCloud reachable? Told by the outcome of every API call, probed while it is not.

The status bar and the closure screen read this one answer: the till says "Online" only
after a call got an answer, "Offline" after one could not be reached (or got 5xx/429),
and while offline a cheap unauthenticated probe runs so the app notices by itself when
CareCloud answers again (the closure then asks for its quote again).
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk_app.api import ApiError
from kiosk_app.domain.changes import Listeners

if TYPE_CHECKING:
    from kiosk_app.api import CareCloudClient

log = logging.getLogger(__name__)


class Reach(enum.Enum):
    UNKNOWN = "unknown"
    ONLINE = "online"
    OFFLINE = "offline"


class Connectivity:
    def __init__(self, client: CareCloudClient, *, probe_interval: float = 10.0) -> None:
        self.client = client
        self.probe_interval = probe_interval
        self.state = Reach.UNKNOWN
        self._listeners: Listeners[[Reach]] = Listeners()
        client.on_outcome(self._outcome)

    @property
    def online(self) -> bool:
        return self.state is Reach.ONLINE

    def subscribe(self, listener: Callable[[Reach], None]) -> Callable[[], None]:
        """Told when the state changes (on the loop's thread); returns how to stop."""
        return self._listeners.subscribe(listener)

    def _outcome(self, reachable: bool) -> None:
        state = Reach.ONLINE if reachable else Reach.OFFLINE
        if state is self.state:
            return
        self.state = state
        self._listeners.tell(state)

    async def run(self) -> None:
        """Probe once at start, then again every `probe_interval` while not online."""
        while True:
            if self.state is not Reach.ONLINE:
                try:
                    await self.client.ping()
                except ApiError as exc:
                    log.info("CareCloud not reachable yet: %s", type(exc).__name__)
            await asyncio.sleep(self.probe_interval)
