"""The client's idea of CoinEx server time, shared by HTTP signing and WebSocket ``server.sign``.

CoinEx rejects a request whose X-COINEX-TIMESTAMP is outside X-COINEX-WINDOWTIME (default 5000 ms)
of its own clock (codes 4010/4017), so a skewed local clock breaks every signed call. The offset is
learned from ``GET /v2/time``: ``server_time - midpoint(local send, local receive)``.
"""

from __future__ import annotations

import time

__all__ = ["Clock"]


class Clock:
    """Milliseconds since the epoch on CoinEx's clock, as far as we know it."""

    __slots__ = ("offset_ms", "synced")

    def __init__(self, offset_ms: int = 0) -> None:
        self.offset_ms = offset_ms
        self.synced = False

    @staticmethod
    def local_ms() -> int:
        return time.time_ns() // 1_000_000

    def now_ms(self) -> int:
        return self.local_ms() + self.offset_ms

    def learn(self, sent_ms: int, received_ms: int, server_ms: int) -> None:
        """Set the offset from one ``GET /v2/time`` round trip (local send/receive times)."""
        self.offset_ms = server_ms - (sent_ms + received_ms) // 2
        self.synced = True
