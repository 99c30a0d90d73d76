"""The asyncio client: one ``websockets`` connection per venue, kept up, shared by streams.

Everything protocol-specific happens in :mod:`._protocol`; this module reads frames, sends what the
protocol queues, and runs two timers: ``server.ping`` (docs/protocol/websocket.md §5) and the
reconnect backoff. websockets is opened with ``compression=None`` (CoinEx frames are already gzip,
§3) and ``ping_interval=None`` (CoinEx ignores protocol pings, §5).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine, Mapping
from typing import Any, TypeVar

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from .._closing import AsyncClosing
from ._book import BookUpdate, OrderBook
from ._channel import Channel
from ._client_base import WsClientBase
from ._errors import WsRequestTimeoutError
from ._inbox import END, AsyncInbox
from ._protocol import Gap, Push
from ._reconnect import Reconnect
from ._stream import AsyncStream, BookStreamBase, SubscriptionBase

__all__ = ["AsyncOrderBookStream", "AsyncSubscription", "AsyncWsClient"]

log = logging.getLogger("coinex_sdk.ws")
T = TypeVar("T")

# In a burst the reader could decode hundreds of buffered frames before any consumer runs; the
# backlog of live dicts then survives into older GC generations and collections cost more than
# the decoding: with 50-level depth frames, handing over every 16 frames ran 1,100 collections
# per 10k frames (10 of them full) and halved the throughput; every 4 frames, one. What fills
# the young generation is objects, roughly proportional to bytes, so the reader hands over to
# the consumers after this many bytes of frames (four 50-level depth frames; dozens of bbo).
_BURST_BYTES = 4096


class AsyncSubscription(SubscriptionBase[T], AsyncStream):
    """An async iterator of ``decode(data)`` per push, or :class:`Gap` when updates may be missing.

    The subscribe request goes out on ``async with`` or the first ``__anext__``; a CoinEx error
    reply is raised there. Leaving the ``async with`` block or :meth:`aclose` unsubscribes.
    """

    _client: AsyncWsClient
    _inbox: AsyncInbox | None

    async def _aenter(self) -> None:
        if self._inbox is None:
            await self._open()

    async def __anext__(self) -> T | Gap:
        inbox = self._inbox
        if inbox is None:
            if self._closed:
                raise StopAsyncIteration
            inbox = await self._open()
        items = inbox.items
        item = items.popleft() if items else await inbox.get()
        if item is END:
            raise StopAsyncIteration
        if type(item) is Gap:
            return item
        try:
            return self._decode(item[0])
        except Exception as exc:  # data that does not fit the model: a gap, then a resync
            return await self._client._malformed_push(self._sub_id, item[1], exc)

    async def _take(self) -> Any:
        """The next raw item: a :class:`Gap` or ``(data, frame)``."""
        inbox = self._inbox
        if inbox is None:
            if self._closed:
                raise StopAsyncIteration
            inbox = await self._open()
        item = inbox.items.popleft() if inbox.items else await inbox.get()
        if item is END:
            raise StopAsyncIteration
        return item

    async def aclose(self) -> None:
        """Unsubscribe (what no other subscription needs) and end the iteration."""
        sub_id = self._closing()
        if sub_id is not None:
            await self._client._release(sub_id)

    async def resync(self) -> None:
        """Resubscribe for a fresh snapshot; a ``Gap("resync")`` comes before it."""
        sub_id = self._live_id()
        if sub_id is not None:
            await self._client._resync(sub_id)

    async def _open(self) -> AsyncInbox:
        sub_id, inbox = await self._client._open(self.channel, self.params)
        self._opened(sub_id, inbox)
        return inbox


class AsyncOrderBookStream(BookStreamBase[AsyncSubscription[BookUpdate]], AsyncStream):
    __doc__ = BookStreamBase.__doc__

    async def _aenter(self) -> None:
        await self.subscription._aenter()

    async def __anext__(self) -> OrderBook | Gap:
        sub, books = self.subscription, self._books
        while True:
            inbox = sub._inbox
            if inbox is not None and inbox.items:  # the hot path: something is queued
                item = inbox.items.popleft()
                if item is END:
                    raise StopAsyncIteration
            else:
                item = await sub._take()
            try:
                out, action = books.feed(item if type(item) is Gap else sub._decode(item[0]))
            except Exception as exc:  # a malformed depth push: a gap, then a resync
                books.reset_all()
                return await sub._client._malformed_push(sub._sub_id, item[1], exc)
            if action == "resync":
                await sub.resync()
            if out is not None:
                return out

    async def aclose(self) -> None:
        await self.subscription.aclose()


class AsyncWsClient(WsClientBase[AsyncOrderBookStream], AsyncClosing):
    """asyncio WebSocket client for one CoinEx venue (spot or futures).

    ``AsyncWsClient(url, credentials=..., clock=..., timings=WsTimings(...))``; the venue is read
    from a URL ending in ``/spot`` or ``/futures``, or given as ``venue=``; use it as an
    async context manager or call :meth:`close`. It connects on the first subscription and keeps
    the connection up until closed: a dropped or silent socket is replaced (backoff with jitter),
    signed again, and every subscription restored, each yielding a :class:`Gap`.
    """

    _book_stream = AsyncOrderBookStream

    def _init_shell(self) -> None:
        self._ws: ClientConnection | None = None
        self._runner: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._send_lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[None]] = set()

    def subscribe(
        self, channel: Channel, params: Mapping[str, Any], decode: Callable[[Any], T]
    ) -> AsyncSubscription[T]:
        """A stream of ``decode(data)`` for the pushes of ``channel`` with ``params``."""
        return AsyncSubscription(self, channel, params, decode)

    async def close(self) -> None:
        """Close the connection with code 1000 and end every stream."""
        if self._closed:
            return
        self._closed = True
        ws, runner = self._ws, self._runner
        if ws is not None:
            await ws.close()  # 1000: the reader's loop then ends quietly
        if runner is not None and not runner.done():
            if ws is None:
                runner.cancel()  # connecting or waiting to reconnect
            await asyncio.gather(runner, return_exceptions=True)
        self._proto.on_disconnected()
        self._end_all()

    # -- subscriptions --------------------------------------------------------------------

    async def _open(self, channel: Channel, params: dict[str, Any]) -> tuple[int, AsyncInbox]:
        loop = self._loop = asyncio.get_running_loop()
        inbox = AsyncInbox(self.max_queue, self._clock.now_ms, loop)
        ready: asyncio.Future[None] = loop.create_future()
        sub_id = self._register(channel, params, inbox, ready)
        if self._runner is None or self._runner.done():
            self._runner = loop.create_task(self._run(), name=f"coinex-ws-{self.venue}")
        await self._flush()
        timeout = self.timings.open_timeout + self.timings.request_timeout
        try:
            await asyncio.wait_for(ready, timeout)
        except asyncio.TimeoutError:
            self._forget(sub_id)
            self._spawn(self._flush())
            raise WsRequestTimeoutError(channel.subscribe_method, timeout) from None
        except asyncio.CancelledError:
            self._forget(sub_id)
            self._spawn(self._flush())
            raise
        return sub_id, inbox

    async def _release(self, sub_id: int) -> None:
        self._forget(sub_id)
        await self._flush()

    async def _malformed_push(
        self, sub_id: int | None, frame: bytes | str, problem: Exception
    ) -> Gap:
        gap = self._malformed(sub_id, frame, problem)
        await self._flush()
        return gap

    def _release_later(self, sub_id: int) -> None:
        """From a finalizer, on any thread: forget ``sub_id`` on the event loop."""
        loop = self._loop
        if loop is None or loop.is_closed() or self._closed:
            return
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(self._release_now, sub_id)

    def _release_now(self, sub_id: int) -> None:
        self._forget(sub_id)
        self._spawn(self._flush())

    async def _resync(self, sub_id: int) -> None:
        self._dispatch(self._proto.resync(sub_id))
        await self._flush()

    def _recycle(self) -> None:
        ws = self._ws
        if ws is not None:
            ws.transport.abort()  # the reader sees the socket end and reconnects

    def _resync_clock(self) -> None:
        self._spawn(self._sync_clock_then_sign())

    async def _sync_clock_then_sign(self) -> None:
        assert self._sync_clock is not None
        try:
            await self._sync_clock()
        except Exception as exc:  # signing again with the old offset is still worth a try
            log.warning("clock re-sync before server.sign failed: %s", exc)
        self._proto.on_clock_synced()
        await self._flush()

    # -- I/O ------------------------------------------------------------------------------

    async def _flush(self) -> None:
        """Send what the protocol queued, in order; a closed socket is the reader's business."""
        if not self._proto.has_data_to_send:
            return
        async with self._send_lock:
            ws = self._ws
            for message in self._proto.data_to_send():
                if ws is None:
                    return  # not connected: on_connected() will resend what matters
                try:
                    await ws.send(message)
                except ConnectionClosed:
                    return

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self) -> None:
        """Connect, serve, reconnect as :class:`Reconnect` decides, until closed."""
        reconnect = Reconnect(self.timings)
        loop = asyncio.get_running_loop()
        try:
            while not self._closed:
                try:
                    ws = await connect(self.url, **self._connect_options())
                except Exception as exc:
                    delay = reconnect.connect_failed()
                    if delay is None:
                        self._fail_waiting(self._cannot_connect(exc))
                        return
                    log.info("reconnect to %s failed (%s); next try in %.2fs", self.url, exc, delay)
                    await asyncio.sleep(delay)
                    continue
                reconnect.connected(loop.time())
                await self._serve(ws)
                if not self._closed:
                    delay = reconnect.disconnected(loop.time())
                    log.info("connection to %s lost; reconnecting in %.2fs", self.url, delay)
                    await asyncio.sleep(delay)
        except Exception as exc:  # a bug: end the streams loudly rather than hang them
            self._crashed(exc)

    async def _serve(self, ws: ClientConnection) -> None:
        """One connection's life: restore state, read until it ends, ping meanwhile."""
        proto = self._proto
        self._ws = ws
        if self._closed:
            await ws.close()
            self._ws = None
            return
        loop = asyncio.get_running_loop()
        self._dispatch(proto.on_connected(loop.time()))
        keepalive = loop.create_task(self._keepalive(ws))
        try:
            await self._flush()
            receive, inboxes = proto.receive, self._inboxes
            ahead = 0
            async for frame in ws:  # ends quietly on 1000/1001, raises otherwise
                for event in receive(frame):
                    if type(event) is Push:  # the hot path, inlined
                        for sub_id in event.targets:
                            inbox = inboxes.get(sub_id)
                            if inbox is not None:
                                inbox.put(event.item)
                    else:
                        self._dispatch([event])
                if proto._outbox:  # replies to send (a resync, a ping)
                    await self._flush()
                ahead += len(frame)
                if ahead >= _BURST_BYTES:
                    ahead = 0
                    await asyncio.sleep(0)
        except ConnectionClosed as exc:
            log.debug("connection closed: %s", exc)
        finally:
            keepalive.cancel()
            self._ws = None
            proto.on_disconnected()

    async def _keepalive(self, ws: ClientConnection) -> None:
        """Send ``server.ping`` on schedule; drop the socket when a pong is overdue (§5)."""
        loop = asyncio.get_running_loop()
        proto = self._proto
        while True:
            delay = proto.next_deadline() - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            if not proto.on_timer(loop.time()):
                log.warning(
                    "no pong from %s within %gs; reconnecting", self.url, proto.keepalive.timeout
                )
                # The peer is not answering: a close handshake would only wait. The reader sees
                # the socket end and reconnects.
                ws.transport.abort()
                return
            await self._flush()
