"""One connection's ``server.ping`` schedule and pong deadline (docs/protocol/websocket.md §5).

Part of the sans-I/O core (see ``_protocol``): CoinEx ignores protocol-level pings, so liveness
is an app-level ``server.ping`` every ``interval`` seconds, answered within ``timeout``. At most
one ping is awaited at a time; while it is, the next deadline is its pong's, and a pong that is
late means the connection is dead (the shell replaces it). ``now`` is the shell's monotonic
seconds; nothing here reads a clock or sends anything.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["Keepalive"]


class Keepalive:
    """When to ping, and whether the awaited pong is late."""

    __slots__ = ("_last_ping", "_ping_sent", "interval", "timeout")

    def __init__(self, interval: float, timeout: float) -> None:
        self.interval = interval
        self.timeout = timeout
        self._last_ping = 0.0
        self._ping_sent: float | None = None  # when the awaited ping went out

    def start(self, now: float) -> None:
        """A fresh connection: the first ping is due one interval from ``now``."""
        self._last_ping = now
        self._ping_sent = None

    def answered(self) -> None:
        """No pong is awaited any more: it came, or the connection is gone."""
        self._ping_sent = None

    def next_deadline(self) -> float:
        """Monotonic time at which :meth:`poll` must run next."""
        if self._ping_sent is not None:
            return self._ping_sent + self.timeout
        return self._last_ping + self.interval

    def poll(self, now: float) -> Literal["wait", "ping", "dead"]:
        """What is due at ``now``: nothing, a ping (counted as sent now), or the verdict that the
        awaited pong is late."""
        if self._ping_sent is not None:
            return "dead" if now >= self._ping_sent + self.timeout else "wait"
        if now >= self._last_ping + self.interval:
            self._last_ping = self._ping_sent = now
            return "ping"
        return "wait"
