"""What the asyncio and sync clients share: configuration, the protocol, and event delivery.

The shells differ only in how they wait (asyncio futures and tasks vs threads and
``concurrent.futures``); which subscription gets what, and when, is decided here and in
:mod:`._protocol`, once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar

from .._clock import Clock
from .._credentials import Credentials
from .._exceptions import ValidationError, WebSocketError
from ._book import BookUpdate, OrderBooks, parse_depth_update
from ._channel import Channel, Venue
from ._errors import WsClientClosedError, WsConnectionError
from ._inbox import Inbox
from ._protocol import Ended, Event, Gap, Push, Recycle, Subscribed, SyncClock, WsProtocol
from ._settings import SPOT_URL, WsTimings, venue_of

__all__ = ["WsClientBase"]

log = logging.getLogger("coinex_sdk.ws")


class _SignParamsHidden(logging.Filter):
    """websockets logs every frame at DEBUG, cut only to ``WEBSOCKETS_MAX_LOG_SIZE``: a
    ``server.sign`` request is logged without its params (the signature) whatever that size."""

    def filter(self, record: logging.LogRecord) -> bool:
        if "server.sign" in record.getMessage():
            record.msg, record.args = "> TEXT server.sign (params hidden)", ()
        return True


frame_log = logging.getLogger("coinex_sdk.ws.frames")
"""The logger websockets logs our connections' frames to (DEBUG), sign params hidden."""
frame_log.addFilter(_SignParamsHidden())

T = TypeVar("T")
BookStreamT = TypeVar("BookStreamT")


class _Future(Protocol):
    """What both ``asyncio.Future`` and ``concurrent.futures.Future`` offer."""

    def done(self) -> bool: ...
    def set_result(self, result: None, /) -> None: ...
    def set_exception(self, exception: BaseException, /) -> None: ...


class WsClientBase(Generic[BookStreamT]):
    """Configuration, the protocol, the subscriptions' inboxes and their first-reply futures.

    A shell names its subscription (:meth:`subscribe`) and its order-book stream class."""

    _book_stream: Callable[[Any, OrderBooks], BookStreamT]

    def __init__(
        self,
        url: str = SPOT_URL,
        *,
        credentials: Credentials | None = None,
        clock: Clock | None = None,
        timings: WsTimings | None = None,
        venue: Venue | None = None,
        max_queue: int = 10_000,
        sync_clock: Callable[[], Any] | None = None,
    ) -> None:
        if max_queue < 1:
            raise ValidationError("max_queue must be >= 1", param="max_queue")
        self.url = url
        self.venue: Venue = venue_of(url, venue)
        self.timings = timings or WsTimings()
        self.max_queue = max_queue
        self._clock = clock or Clock()
        self._sync_clock = sync_clock
        self._proto = WsProtocol(
            self.venue,
            credentials=credentials,
            clock=self._clock,
            ping_interval=self.timings.ping_interval,
            pong_timeout=self.timings.pong_timeout,
            clock_sync=sync_clock is not None,
        )
        self._inboxes: dict[int, Inbox] = {}
        self._ready: dict[int, _Future] = {}
        self._closed = False
        self._init_shell()

    def _init_shell(self) -> None:
        """Set up the shell's own state (sockets, tasks or threads); no I/O yet."""

    def _recycle(self) -> None:
        """Drop the current socket at once; the reader then reconnects (shell-specific)."""
        raise NotImplementedError

    def _release_later(self, sub_id: int) -> None:
        """Forget ``sub_id`` soon: called by a finalizer, on any thread (shell-specific)."""
        raise NotImplementedError

    def _resync_clock(self) -> None:
        """Run ``sync_clock`` off the reader, then ``proto.on_clock_synced()`` (shell-specific)."""
        raise NotImplementedError

    @property
    def connected(self) -> bool:
        """Whether a socket is open right now (it may be between reconnects)."""
        return self._proto.connected

    @property
    def closed(self) -> bool:
        return self._closed

    def __repr__(self) -> str:  # credentials stay out: only the access_id-free facts
        return f"{type(self).__name__}(url={self.url!r}, venue={self.venue!r})"

    def _register(
        self, channel: Channel, params: dict[str, Any], inbox: Inbox, ready: _Future
    ) -> int:
        if self._closed:
            raise WsClientClosedError("the WebSocket client is closed")
        sub_id = self._proto.subscribe(channel, params)
        self._inboxes[sub_id] = inbox
        self._ready[sub_id] = ready
        return sub_id

    def _forget(self, sub_id: int) -> None:
        """The consumer left: stop delivering, unsubscribe what nobody else needs."""
        self._ready.pop(sub_id, None)
        inbox = self._inboxes.pop(sub_id, None)
        if inbox is not None:
            inbox.end()
        self._proto.unsubscribe(sub_id)

    def _dispatch(self, events: list[Event]) -> None:
        inboxes = self._inboxes
        for event in events:
            if type(event) is Push:
                for sub_id in event.targets:
                    inbox = inboxes.get(sub_id)
                    if inbox is not None:
                        inbox.put(event.item)
            elif type(event) is Subscribed:
                ready = self._ready.pop(event.sub_id, None)
                if ready is not None and not ready.done():
                    ready.set_result(None)
            elif type(event) is Ended:
                self._end(event.sub_id, event.error)
            elif type(event) is Recycle:
                self._recycle()
            elif type(event) is SyncClock:
                self._resync_clock()

    def _malformed(self, sub_id: int | None, frame: bytes | str, problem: BaseException) -> Gap:
        """A push did not decode in the consumer: the gap to yield; the resync is queued."""
        assert sub_id is not None
        gap, events = self._proto.malformed_push(sub_id, frame, problem)
        self._dispatch(events)
        return gap

    def _end(self, sub_id: int, error: WebSocketError) -> None:
        """Deliver ``error`` to whoever waits on ``sub_id``: the subscriber, else the iterator."""
        ready = self._ready.pop(sub_id, None)
        inbox = self._inboxes.pop(sub_id, None)
        if ready is not None and not ready.done():
            ready.set_exception(error)
        elif inbox is not None:
            inbox.end(error)

    def _fail_waiting(self, error: WebSocketError) -> None:
        """Subscriptions still waiting for their first reply get ``error``; others keep going."""
        for sub_id in list(self._ready):
            self._proto.unsubscribe(sub_id)
            self._end(sub_id, error)

    def _end_all(self) -> None:
        """The client is closed: iterators end after what they hold, waiters get an error."""
        self._fail_waiting(WsClientClosedError("the WebSocket client was closed"))
        for sub_id, inbox in list(self._inboxes.items()):
            inbox.end()
            self._proto.unsubscribe(sub_id)
        self._inboxes.clear()

    def _connect_options(self) -> dict[str, Any]:
        """``connect()`` options: no compression (gzip frames, docs/protocol/websocket.md §3),
        no protocol pings (CoinEx ignores them, §5: ``server.ping`` keeps the connection)."""
        timings = self.timings
        return {
            "compression": None,
            "ping_interval": None,
            "open_timeout": timings.open_timeout,
            "close_timeout": timings.close_timeout,
            "max_size": 2**24,
            "logger": frame_log,
        }

    def _cannot_connect(self, problem: Exception) -> WsConnectionError:
        return WsConnectionError(f"cannot connect to {self.url}: {problem}")

    def _crashed(self, problem: Exception) -> None:
        """The reader stopped on a bug: end the streams loudly rather than hang them."""
        log.exception("WebSocket client stopped")
        error = WsConnectionError(f"WebSocket client stopped: {problem!r}")
        self._fail_waiting(error)
        for inbox in self._inboxes.values():
            inbox.end(error)

    def subscribe(
        self, channel: Channel, params: Mapping[str, Any], decode: Callable[[Any], T]
    ) -> Any:
        raise NotImplementedError

    def order_book(
        self,
        *,
        market: str | Sequence[str],
        limit: int,
        interval: str = "0",
        decode: Callable[[Any], BookUpdate] = parse_depth_update,
        channel: Channel | None = None,
    ) -> BookStreamT:
        """Checksum-verified local books of one market or several in one subscription
        (``limit`` in 5/10/20/50, §9, §11), over incremental pushes (§11) with every market in
        one ``market_list``; see :class:`OrderBookStream`."""
        from .._generated.ws_args import FUTURES_DEPTH_ARGS, SPOT_DEPTH_ARGS

        depth_args = SPOT_DEPTH_ARGS if self.venue == "spot" else FUTURES_DEPTH_ARGS
        limits = depth_args.allowed("limit")  # from the spec; docs/protocol/websocket.md §9
        if limit not in limits:
            raise ValidationError(f"limit must be one of {limits}, not {limit!r}", param="limit")
        markets = [market] if isinstance(market, str) else list(market)
        if not markets or not all(isinstance(m, str) and m for m in markets):
            raise ValidationError("market must be a market name or a list of them", param="market")
        if len(set(markets)) != len(markets):
            raise ValidationError(f"market lists a market twice: {markets}", param="market")
        params = {"market_list": [[m, limit, interval, False] for m in markets]}
        subscription = self.subscribe(channel or Channel("depth", self.venue), params, decode)
        return self._book_stream(subscription, OrderBooks(markets, limit))
