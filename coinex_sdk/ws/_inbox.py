"""The queue between the connection's reader and one subscription's consumer.

Bounded, because a consumer that stops reading must not grow memory without limit: when
``max_size`` items wait, they are dropped and a :class:`Gap` ("overflow") takes their place, so
the consumer learns updates are missing (and an order book resyncs). The asyncio and threaded
clients differ only in how a waiting consumer is woken (:meth:`Inbox._wake`).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import Any

from .._exceptions import WebSocketError
from ._protocol import Gap

__all__ = ["END", "WAIT", "Inbox"]

log = logging.getLogger("coinex_sdk.ws")

END: Any = object()
"""Taken from an ended inbox: the consumer's iteration is over."""
WAIT: Any = object()
"""Taken from an empty inbox that has not ended: the consumer must wait."""


class Inbox:
    """Items for one subscription: push ``data`` and :class:`Gap` markers, then an end."""

    __slots__ = ("_error", "_now_ms", "_oldest_ms", "ended", "items", "max_size")

    def __init__(self, max_size: int, now_ms: Callable[[], int]) -> None:
        self.max_size = max_size
        self._now_ms = now_ms
        self.items: deque[Any] = deque()
        self._oldest_ms = 0
        self.ended = False
        self._error: WebSocketError | None = None

    def put(self, item: Any) -> None:
        items = self.items
        if not items:
            self._oldest_ms = self._now_ms()
        elif len(items) >= self.max_size:
            log.warning("a stream's consumer fell behind: %d queued updates dropped", len(items))
            now = self._now_ms()
            items.clear()
            items.append(Gap("overflow", self._oldest_ms, now))
            self._oldest_ms = now
        items.append(item)
        self._wake()

    def end(self, error: WebSocketError | None = None) -> None:
        """No items after those queued; ``error`` (if any) is raised once they are taken."""
        if not self.ended:
            self.ended = True
            self._error = error
            self._wake()

    def take(self) -> Any:
        """The next item, else :data:`END` after the end, else :data:`WAIT`."""
        if self.items:
            return self.items.popleft()
        if self.ended:
            error, self._error = self._error, None
            if error is not None:
                raise error
            return END
        return WAIT

    def _wake(self) -> None:  # overridden by the asyncio and threaded inboxes
        pass
