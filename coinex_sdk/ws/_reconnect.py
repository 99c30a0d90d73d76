"""When to reconnect, as pure decisions over the connection's history (no I/O, no sleeping).

Like websockets' ``connect`` loop (its ``backoff()`` and ``process_exception()``), the asyncio
and threaded clients only act on what this object decides:

* the first connection attempt failing is reported to the subscriptions that wait for it (a wrong
  URL or a host that is down should raise, not retry forever): :meth:`Reconnect.connect_failed`
  returns None;
* once connected, a failed attempt or a lost connection waits the SDK's one backoff
  (:func:`coinex_sdk._retry.backoff_delay`, "equal jitter": a delay in ``[d/2, d]``), doubling
  from ``reconnect_min_delay`` up to ``reconnect_max_delay``;
* a connection that lived at least one ``ping_interval`` proved the server alive, so the backoff
  starts over; a server that accepts and drops at once keeps backing off.
"""

from __future__ import annotations

import random

from .._retry import backoff_delay
from ._settings import WsTimings

__all__ = ["Reconnect"]

_JITTER = 0.5
"""Each delay is drawn from ``[d/2, d]``: clients dropped together do not reconnect together."""


class Reconnect:
    """The reconnect decisions of one client's reader (one instance per reader run)."""

    __slots__ = ("_attempt", "_opened", "_rng", "alive_after", "connected_once", "timings")

    def __init__(self, timings: WsTimings, rng: random.Random | None = None) -> None:
        self.timings = timings
        self.alive_after = timings.ping_interval
        self.connected_once = False
        self._attempt = 0
        self._opened = 0.0
        self._rng = rng

    def connect_failed(self) -> float | None:
        """Seconds to wait before the next attempt; None: give up (never connected yet)."""
        if not self.connected_once:
            return None
        return self._next_delay()

    def connected(self, now: float) -> None:
        """A connection opened at ``now`` (monotonic seconds)."""
        self.connected_once = True
        self._opened = now

    def disconnected(self, now: float) -> float:
        """The connection ended at ``now``: seconds to wait before connecting again."""
        if now - self._opened >= self.alive_after:
            self._attempt = 0  # it proved alive; a flapping server keeps backing off
        return self._next_delay()

    def _next_delay(self) -> float:
        timings = self.timings
        delay = backoff_delay(
            self._attempt,
            timings.reconnect_min_delay,
            timings.reconnect_max_delay,
            _JITTER,
            self._rng,
        )
        self._attempt += 1
        return delay
