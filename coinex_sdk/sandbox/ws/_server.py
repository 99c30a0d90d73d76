"""The WebSocket endpoints ``/v2/spot`` and ``/v2/futures``, on the same port as REST.

Everything the server sends is a gzip member in a binary frame (docs/protocol/websocket.md §3);
requests arrive as JSON text. Each connection is a :class:`~._session.WsSession` (the
protocol) plus a queue drained by one writer task, so pushes keep their order. The exchange's
event bus feeds the sessions on the event loop thread: events are rendered and gzipped once and
queued to every connection that wants them; depth changes are coalesced and pushed after the
operation that caused them, one book per subscribed market.

Faults (``exchange.faults``): ``drop_ws`` cuts connections without a close frame, as a network
failure would. Setting ``ws_stalled`` freezes the connections open at that moment: they stay
open but receive nothing, not even pongs (ccxt issue #22334), until the flag is cleared.
Connections opened meanwhile are served, so a client that notices and reconnects recovers.
``corrupt_ws_frame`` hands each connection open at that moment a number of push frames to
corrupt: its next pushes (not replies) are sent as bad gzip bytes or as valid gzip of invalid
JSON instead of the real push, which is lost (a gap the client must notice). A
housekeeping task applies the faults, sends the full depth snapshot every minute (§11) and the
index and premium prices every few seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from starlette.websockets import WebSocket, WebSocketDisconnect

from ..admin._faults import WsCorruption
from ..engine._events import Event, Scope
from ..engine._exchange import Exchange
from ._session import Message, WsSession, push

__all__ = ["RAW_SEND", "WsServer"]

_log = logging.getLogger(__name__)

RAW_SEND = "coinex_sdk.sandbox.raw_send"
"""Scope key of the server's own ASGI ``send`` (set by the app), used to abort a connection."""

MAX_QUEUED = 10_000
"""Frames a connection may fall behind by before it is dropped, as CoinEx drops slow readers."""


def _json_default(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    raise TypeError(f"cannot serialize {type(value).__name__}")


def frame(message: Message) -> bytes:
    """One server message as CoinEx sends it: compact JSON, gzipped on its own (§3)."""
    text = json.dumps(message, separators=(",", ":"), default=_json_default)
    return gzip.compress(text.encode(), compresslevel=5, mtime=0)


def corrupt(data: bytes, kind: str) -> bytes:
    """A push frame made undecodable: ``gzip``, the gzip member cut short (decompression
    fails); ``json``, valid gzip of the JSON text cut short (parsing fails)."""
    if kind == "json":
        text = gzip.decompress(data)
        return gzip.compress(text[: max(1, len(text) // 2)], compresslevel=5, mtime=0)
    return data[: max(1, len(data) // 2)]


class _Connection:
    def __init__(self, websocket: WebSocket, session: WsSession) -> None:
        self.websocket = websocket
        self.session = session
        self.queue: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.open = True
        self.silent = False
        """Stalled: the connection stays open but nothing is answered or pushed."""
        self.corruptions: list[WsCorruption] = []
        """Push frames still to corrupt (``corrupt_ws_frame``), consumed one frame at a time."""

    def push(self, data: bytes) -> None:
        """Send a push frame, corrupted instead when a corruption is pending."""
        if self.corruptions and self.open:
            first = self.corruptions[0]
            data = corrupt(data, first.kind)
            if first.times > 1:
                self.corruptions[0] = WsCorruption(first.times - 1, first.kind)
            else:
                del self.corruptions[0]
        self.send(data)

    def send(self, data: bytes) -> None:
        if not self.open:
            return
        if self.queue.qsize() >= MAX_QUEUED:
            _log.debug("sandbox ws: a connection fell too far behind; dropping it")
            self.abort()
            return
        self.queue.put_nowait(data)

    def abort(self) -> None:
        """Close the TCP connection without a close frame (a network failure)."""
        if not self.open:
            return
        self.open = False
        self.queue.put_nowait(None)
        raw_send = self.websocket.scope.get(RAW_SEND)
        transport = getattr(getattr(raw_send, "__self__", None), "transport", None)
        if transport is not None:
            transport.abort()


class WsServer:
    """Serves both WebSocket endpoints of one exchange."""

    def __init__(
        self,
        exchange: Exchange,
        *,
        snapshot_interval: float = 60.0,
        price_interval: float = 5.0,
        housekeeping_interval: float = 0.05,
    ) -> None:
        self.exchange = exchange
        self.snapshot_interval_ms = int(snapshot_interval * 1000)
        self.price_interval = price_interval
        self.housekeeping_interval = housekeeping_interval
        self.connections: list[_Connection] = []
        self.accepted = 0
        """Connections accepted since the start (read from other threads: an int is atomic)."""
        self._dirty_depth: set[tuple[Scope, str]] = set()
        self._flush_scheduled = False
        self._unsubscribe: Callable[[], None] | None = None
        self._stalled = False
        self._housekeeping: asyncio.Task[None] | None = None

    # -- lifecycle (called from the app's lifespan, on the loop) ----------------------------

    def start(self) -> None:
        self._unsubscribe = self.exchange.events.subscribe(self._on_event)
        self._housekeeping = asyncio.get_running_loop().create_task(self._housekeep())

    async def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        if self._housekeeping is not None:
            self._housekeeping.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._housekeeping
        for connection in list(self.connections):
            connection.abort()

    # -- the two venues -----------------------------------------------------------------------

    async def spot(self, websocket: WebSocket) -> None:
        await self._serve(websocket, "spot")

    async def futures(self, websocket: WebSocket) -> None:
        await self._serve(websocket, "futures")

    async def _serve(self, websocket: WebSocket, scope: Scope) -> None:
        await websocket.accept()
        self.accepted += 1
        self._apply_stall()  # a stall set before this connection opened does not freeze it
        self._apply_corruptions()  # nor does a corruption
        client = websocket.client.host if websocket.client else None
        connection = _Connection(websocket, WsSession(self.exchange, scope, client))
        self.connections.append(connection)
        writer = asyncio.create_task(self._write(connection))
        try:
            while connection.open:
                message = await websocket.receive()
                if message["type"] == "websocket.disconnect":
                    break
                text = message.get("text")
                if text is None and message.get("bytes") is not None:
                    text = message["bytes"].decode("utf-8", "replace")
                self._on_request(connection, text or "")
        except (WebSocketDisconnect, RuntimeError):
            pass  # the client went away (or was dropped) while we were reading
        finally:
            connection.open = False
            self.connections.remove(connection)
            connection.queue.put_nowait(None)
            await writer

    def _apply_stall(self) -> None:
        """Freeze the open connections when ``ws_stalled`` is set, thaw them when cleared."""
        stalled = self.exchange.faults.ws_stalled
        if stalled != self._stalled:
            self._stalled = stalled
            for connection in self.connections:
                connection.silent = stalled

    def _apply_corruptions(self) -> None:
        """Hand pending frame corruptions to every connection open now."""
        taken = self.exchange.faults.take_ws_corruptions()
        if taken:
            for connection in self.connections:
                connection.corruptions.extend(taken)

    def _on_request(self, connection: _Connection, text: str) -> None:
        self._apply_stall()
        if connection.silent:
            return  # the request is swallowed: no reply, no pong
        try:
            request: Any = json.loads(text)
        except ValueError:
            request = None
        session = connection.session
        try:
            messages = session.handle(request)
        except Exception:  # a sandbox bug answers CoinEx's internal error, not a dead socket
            _log.exception("sandbox ws request failed")
            request_id = request.get("id") if isinstance(request, dict) else None
            internal = 24001 if session.scope == "spot" else 34001
            messages = [{"id": request_id, "code": internal, "message": "internal error"}]
        for message in messages:
            connection.send(frame(message))

    async def _write(self, connection: _Connection) -> None:
        websocket = connection.websocket
        while True:
            data = await connection.queue.get()
            if data is None or not connection.open:
                return
            self._apply_stall()
            if connection.silent:
                continue
            try:
                await websocket.send_bytes(data)
            except Exception:  # the socket is gone; the reader ends the connection
                connection.open = False
                return

    # -- events -------------------------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        if event.channel == "depth":
            if event.market is not None:
                self._dirty_depth.add((event.scope, event.market))
                self._schedule_depth_flush()
            return
        self._apply_corruptions()
        data: bytes | None = None
        for connection in self.connections:
            if connection.session.wants(event):
                if data is None:  # rendered once, for every connection that wants it
                    data = frame(push(event.channel, event.data))
                connection.push(data)

    def _schedule_depth_flush(self) -> None:
        # Events are published inside an exchange operation: render books after it has ended.
        if not self._flush_scheduled:
            self._flush_scheduled = True
            asyncio.get_running_loop().call_soon(self._flush_depth)

    def _flush_depth(self) -> None:
        self._flush_scheduled = False
        dirty, self._dirty_depth = self._dirty_depth, set()
        self._apply_corruptions()
        now = self.exchange.now_ms()
        for scope, market in sorted(dirty):
            for connection in self.connections:
                session = connection.session
                if session.scope == scope and session.wants_depth(market):
                    message = session.depth_push(market, now, self.snapshot_interval_ms)
                    if message is not None:
                        connection.push(frame(message))

    # -- housekeeping -------------------------------------------------------------------------

    async def _housekeep(self) -> None:
        loop = asyncio.get_running_loop()
        next_prices = loop.time() + self.price_interval
        while True:
            await asyncio.sleep(self.housekeeping_interval)
            try:
                self._apply_stall()
                self._apply_drops()
                self._apply_corruptions()
                self._send_snapshots()
                if loop.time() >= next_prices:
                    next_prices = loop.time() + self.price_interval
                    for connection in self.connections:
                        for message in connection.session.price_pushes():
                            connection.push(frame(message))
            except Exception:  # housekeeping must outlive any one failure
                _log.exception("sandbox ws housekeeping failed")

    def _apply_drops(self) -> None:
        faults = self.exchange.faults
        for connection in list(self.connections):
            if faults.ws_drops <= 0:
                return
            if connection.open and faults.take_ws_drop():
                connection.abort()

    def _send_snapshots(self) -> None:
        """The full depth book every ``snapshot_interval``, changed or not (§11)."""
        now = self.exchange.now_ms()
        for connection in self.connections:
            session = connection.session
            for market, sub in session.depth.items():
                if now - sub.full_at_ms >= self.snapshot_interval_ms:
                    message = session.depth_push(market, now, self.snapshot_interval_ms)
                    if message is not None:
                        connection.push(frame(message))
