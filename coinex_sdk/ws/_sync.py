"""The threaded client: the same protocol core, driven by one background reader thread.

The reader thread owns the socket's life (connect, read, ``server.ping`` on schedule, reconnect
with backoff); consumers block on their subscription's inbox. One lock guards the protocol and
the sends, so requests from user threads and replies read by the reader stay in order.
websockets is opened with ``compression=None`` (gzip frames, docs/protocol/websocket.md §3) and
``ping_interval=None`` (CoinEx ignores protocol pings, §5).
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from .._closing import Closing
from ._book import BookUpdate, OrderBook
from ._channel import Channel
from ._client_base import WsClientBase
from ._errors import WsRequestTimeoutError
from ._inbox import END, ThreadInbox
from ._protocol import Gap
from ._reconnect import Reconnect
from ._stream import BookStreamBase, SubscriptionBase, SyncStream

__all__ = ["OrderBookStream", "Subscription", "SyncWsClient"]

log = logging.getLogger("coinex_sdk.ws")
T = TypeVar("T")


class Subscription(SubscriptionBase[T], SyncStream):
    """An iterator of ``decode(data)`` per push, or :class:`Gap` when updates may be missing.

    The subscribe request goes out on ``with`` or the first ``next()``; a CoinEx error reply is
    raised there. Leaving the ``with`` block or :meth:`close` unsubscribes.
    """

    _client: SyncWsClient
    _inbox: ThreadInbox | None

    def _enter(self) -> None:
        if self._inbox is None:
            self._open()

    def __next__(self) -> T | Gap:
        item = self._take()
        if type(item) is Gap:
            return item
        try:
            return self._decode(item[0])
        except Exception as exc:  # data that does not fit the model: a gap, then a resync
            return self._client._malformed_push(self._sub_id, item[1], exc)

    def _take(self) -> Any:
        """The next raw item: a :class:`Gap` or ``(data, frame)``."""
        inbox = self._inbox
        if inbox is None:
            if self._closed:
                raise StopIteration
            inbox = self._open()
        item = inbox.items.popleft() if inbox.items else inbox.get()
        if item is END:
            raise StopIteration
        return item

    def close(self) -> None:
        """Unsubscribe (what no other subscription needs) and end the iteration."""
        sub_id = self._closing()
        if sub_id is not None:
            self._client._release(sub_id)

    def resync(self) -> None:
        """Resubscribe for a fresh snapshot; a ``Gap("resync")`` comes before it."""
        sub_id = self._live_id()
        if sub_id is not None:
            self._client._resync(sub_id)

    def _open(self) -> ThreadInbox:
        sub_id, inbox = self._client._open(self.channel, self.params)
        self._opened(sub_id, inbox)
        return inbox


class OrderBookStream(BookStreamBase[Subscription[BookUpdate]], SyncStream):
    __doc__ = BookStreamBase.__doc__

    def _enter(self) -> None:
        self.subscription._enter()

    def __next__(self) -> OrderBook | Gap:
        sub, books = self.subscription, self._books
        while True:
            item = sub._take()
            try:
                out, action = books.feed(item if type(item) is Gap else sub._decode(item[0]))
            except Exception as exc:  # a malformed depth push: a gap, then a resync
                books.reset_all()
                return sub._client._malformed_push(sub._sub_id, item[1], exc)
            if action == "resync":
                sub.resync()
            if out is not None:
                return out

    def close(self) -> None:
        self.subscription.close()


class SyncWsClient(WsClientBase[OrderBookStream], Closing):
    """Blocking WebSocket client for one CoinEx venue (spot or futures).

    ``SyncWsClient(url, credentials=..., clock=..., timings=WsTimings(...))``; the venue is read
    from a URL ending in ``/spot`` or ``/futures``, or given as ``venue=``; use it as a context
    manager or call :meth:`close`. It connects on the first subscription and keeps the connection
    up until closed: a dropped or silent socket is replaced (backoff with jitter), signed again,
    and every subscription restored, each yielding a :class:`Gap`.
    """

    _book_stream = OrderBookStream

    def _init_shell(self) -> None:
        self._lock = threading.Lock()  # not reentrant on purpose: see _drain_orphans
        self._ws: ClientConnection | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._orphans: deque[int] = deque()  # sub ids whose Subscription was collected
        self._recycling = False  # a frame did not decode: drop this socket

    def subscribe(
        self, channel: Channel, params: Mapping[str, Any], decode: Callable[[Any], T]
    ) -> Subscription[T]:
        """A stream of ``decode(data)`` for the pushes of ``channel`` with ``params``."""
        return Subscription(self, channel, params, decode)

    def close(self) -> None:
        """Close the connection with code 1000, stop the reader thread and end every stream."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            ws, thread = self._ws, self._thread
        self._stop.set()
        if ws is not None:
            ws.close()  # 1000; the reader's recv() then raises ConnectionClosedOK
        if thread is not None and thread is not threading.current_thread():
            thread.join(self.timings.open_timeout + self.timings.close_timeout)
        with self._lock:
            self._proto.on_disconnected()
            self._end_all()

    # -- subscriptions (user threads) -----------------------------------------------------

    def _open(self, channel: Channel, params: dict[str, Any]) -> tuple[int, ThreadInbox]:
        inbox = ThreadInbox(self.max_queue, self._clock.now_ms)
        ready: concurrent.futures.Future[None] = concurrent.futures.Future()
        with self._lock:
            self._drain_orphans()
            sub_id = self._register(channel, params, inbox, ready)
            self._flush()
            if self._thread is None or not self._thread.is_alive():
                self._stop.clear()
                self._thread = threading.Thread(
                    target=self._run, name=f"coinex-ws-{self.venue}", daemon=True
                )
                self._thread.start()
        timeout = self.timings.open_timeout + self.timings.request_timeout
        try:
            ready.result(timeout)
        except concurrent.futures.TimeoutError:
            with self._lock:
                self._forget(sub_id)
                self._flush()
            raise WsRequestTimeoutError(channel.subscribe_method, timeout) from None
        return sub_id, inbox

    def _release_later(self, sub_id: int) -> None:
        self._orphans.append(sub_id)  # the reader (or the next subscription) forgets it

    def _release(self, sub_id: int) -> None:
        with self._lock:
            self._forget(sub_id)
            self._flush()

    def _resync(self, sub_id: int) -> None:
        with self._lock:
            self._dispatch(self._proto.resync(sub_id))
            self._flush()

    def _malformed_push(self, sub_id: int | None, frame: bytes | str, problem: Exception) -> Gap:
        with self._lock:
            gap = self._malformed(sub_id, frame, problem)
            self._flush()
        return gap

    def _recycle(self) -> None:
        self._recycling = True  # the reader leaves _serve after this frame (caller holds the lock)

    def _resync_clock(self) -> None:
        threading.Thread(
            target=self._sync_clock_then_sign, name=f"coinex-ws-{self.venue}-clock", daemon=True
        ).start()

    def _sync_clock_then_sign(self) -> None:
        assert self._sync_clock is not None
        try:
            self._sync_clock()
        except Exception as exc:  # signing again with the old offset is still worth a try
            log.warning("clock re-sync before server.sign failed: %s", exc)
        with self._lock:
            self._proto.on_clock_synced()
            self._flush()

    def _drain_orphans(self) -> None:
        """Forget collected subscriptions. Their finalizers only queue ids: a finalizer may run
        on any thread at any allocation, even inside a protocol call holding the lock."""
        while self._orphans:
            self._forget(self._orphans.popleft())

    # -- the reader thread ----------------------------------------------------------------

    def _flush(self) -> None:
        """Send what the protocol queued (caller holds the lock)."""
        if not self._proto.has_data_to_send:
            return
        ws = self._ws
        for message in self._proto.data_to_send():
            if ws is None:
                return  # not connected: on_connected() will resend what matters
            try:
                ws.send(message)
            except ConnectionClosed:
                return

    def _run(self) -> None:
        """Connect, serve, reconnect as :class:`Reconnect` decides, until closed."""
        reconnect = Reconnect(self.timings)
        try:
            while not self._closed:
                try:
                    ws = connect(self.url, **self._connect_options())
                except Exception as exc:
                    delay = reconnect.connect_failed()
                    if delay is None:
                        with self._lock:
                            self._thread = None  # the next subscription starts a new reader
                            self._fail_waiting(self._cannot_connect(exc))
                        return
                    log.info("reconnect to %s failed (%s); next try in %.2fs", self.url, exc, delay)
                    if self._stop.wait(delay):
                        return
                    continue
                reconnect.connected(time.monotonic())
                with ws:  # leaving closes with 1000: nothing escapes _serve but a bug
                    self._serve(ws)
                if not self._closed:
                    delay = reconnect.disconnected(time.monotonic())
                    log.info("connection to %s lost; reconnecting in %.2fs", self.url, delay)
                    if self._stop.wait(delay):
                        return
        except Exception as exc:  # a bug: end the streams loudly rather than hang them
            with self._lock:
                self._crashed(exc)

    def _serve(self, ws: ClientConnection) -> None:
        """One connection's life: restore state, then read and ping until it ends."""
        proto, lock, monotonic = self._proto, self._lock, time.monotonic
        with lock:
            if self._closed:
                return
            self._ws = ws
            self._recycling = False
            self._dispatch(proto.on_connected(monotonic()))
            self._flush()
        try:
            while True:
                try:
                    frame = ws.recv(max(proto.next_deadline() - monotonic(), 0.0))
                except TimeoutError:
                    frame = None
                with lock:
                    if frame is not None:
                        self._dispatch(proto.receive(frame))
                        if self._recycling:
                            log.info("recycling the connection to %s", self.url)
                            return
                    if self._orphans:
                        self._drain_orphans()
                    if monotonic() >= proto.next_deadline() and not proto.on_timer(monotonic()):
                        log.warning(
                            "no pong from %s within %gs; reconnecting",
                            self.url,
                            proto.keepalive.timeout,
                        )
                        return
                    self._flush()
        except ConnectionClosed as exc:
            log.debug("connection closed: %s", exc)
        finally:
            with lock:
                self._ws = None
                proto.on_disconnected()
