"""The queue between the connection's reader and one subscription's consumer.

Bounded, because a consumer that stops reading must not grow memory without limit: when
``max_size`` items wait, they are dropped and a :class:`Gap` ("overflow") takes their place, so
the consumer learns updates are missing (and an order book resyncs). The asyncio and threaded
clients differ only in how a waiting consumer waits and is woken (:class:`ThreadInbox`,
:class:`AsyncInbox`).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from .._exceptions import WebSocketError
from ._protocol import Gap

__all__ = ["END", "WAIT", "AsyncInbox", "Inbox", "ThreadInbox"]

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


class ThreadInbox(Inbox):
    """For the threaded client: a consumer blocks on a condition."""

    __slots__ = ("_cond",)

    def __init__(self, max_size: int, now_ms: Callable[[], int]) -> None:
        super().__init__(max_size, now_ms)
        self._cond = threading.Condition(threading.Lock())

    def _wake(self) -> None:
        with self._cond:
            self._cond.notify()

    def get(self) -> Any:
        while True:
            item = self.take()
            if item is not WAIT:
                return item
            with self._cond:
                if not self.items and not self.ended:  # re-checked under the lock: no lost wake
                    self._cond.wait()


class AsyncInbox(Inbox):
    """For the asyncio client: a consumer awaits a future of the event loop."""

    __slots__ = ("_loop", "_waiter")

    def __init__(self, max_size: int, now_ms: Callable[[], int], loop: asyncio.AbstractEventLoop):
        super().__init__(max_size, now_ms)
        self._loop = loop
        self._waiter: asyncio.Future[None] | None = None

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    async def get(self) -> Any:
        while True:
            item = self.take()
            if item is not WAIT:
                return item
            self._waiter = self._loop.create_future()
            await self._waiter
