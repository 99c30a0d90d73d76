"""A small fake CoinEx v2 WebSocket venue for tests, on 127.0.0.1 in a background thread.

It behaves like CoinEx where the client can tell (docs/protocol/websocket.md): every server
message is a gzip member in a binary frame (§3); ``server.sign`` is checked with the real HMAC
(§4); ``server.ping`` is answered (§5); subscribe/unsubscribe are acknowledged and remembered per
connection; a depth subscription gets a full book, then deltas carry the CRC32 checksum (§11).

And it misbehaves on request: :meth:`drop` cuts the TCP connections without a close frame,
:meth:`send_raw` sends any bytes (a corrupt frame),
:meth:`silence` stops answering pings on the current connections without closing them,
``fail_auth`` rejects ``server.sign`` with 21002/31002, ``reject`` answers chosen methods with
an error code, and ``push_depth(..., checksum=...)``
sends a wrong checksum. A sandbox exchange will replace it for wire tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import threading
import time
import zlib
from collections.abc import Callable, Coroutine, Sequence
from decimal import Decimal
from typing import Any

import attrs
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from coinex_sdk._credentials import Credentials
from coinex_sdk._signing import sign

Levels = Sequence[Sequence[str]]
PRIVATE = {"order", "stop", "user_deals", "balance", "position", "notice"}


def gzip_frame(message: dict[str, Any]) -> bytes:
    return gzip.compress(json.dumps(message, separators=(",", ":")).encode(), mtime=0)


def checksum(bids: list[list[str]], asks: list[list[str]]) -> int:
    """CRC32 of bids best-first then asks best-first, ``price:amount`` joined by ``:`` (§11)."""
    text = ":".join(f"{p}:{a}" for p, a in [*bids, *asks])
    return zlib.crc32(text.encode())


@attrs.define
class Connection:
    ws: ServerConnection
    index: int
    requests: list[dict[str, Any]] = attrs.field(factory=list)
    subscriptions: dict[str, set[str] | None] = attrs.field(factory=dict)  # None: all markets
    signed: bool = False
    silent: bool = False
    open: bool = True

    def methods(self, *, pings: bool = False) -> list[str]:
        """The methods this connection received, in order (``server.ping`` only if asked)."""
        return [r["method"] for r in self.requests if pings or r["method"] != "server.ping"]

    def wants(self, channel: str, market: str | None) -> bool:
        if channel not in self.subscriptions:
            return False
        markets = self.subscriptions[channel]
        return markets is None or market is None or market in markets


class FakeCoinEx:
    def __init__(self, credentials: Credentials | None = None, venue: str = "spot") -> None:
        self.credentials = credentials
        self.venue = venue
        self.code_base = 20000 if venue == "spot" else 30000
        self.fail_auth = False
        self.reject: dict[str, int] = {}  # method -> error code to answer it with
        self.books: dict[str, tuple[dict[str, str], dict[str, str]]] = {}
        self.connections: list[Connection] = []
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: Any = None
        self.port = 0

    # -- lifecycle (test thread) ----------------------------------------------------------

    def start(self) -> FakeCoinEx:
        self._thread.start()
        self._server = self._call(self._start())
        return self

    async def _start(self) -> Any:
        server = await serve(self._handler, "127.0.0.1", 0, compression=None, ping_interval=None)
        self.port = server.sockets[0].getsockname()[1]
        return server

    def stop(self) -> None:
        async def _stop() -> None:
            self._server.close()
            await self._server.wait_closed()

        self._call(_stop())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    def __enter__(self) -> FakeCoinEx:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/v2/{self.venue}"

    def _call(self, coro: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(5)

    # -- what the tests look at -----------------------------------------------------------

    @property
    def open_connections(self) -> list[Connection]:
        return [c for c in self.connections if c.open]

    def requests(self, method: str) -> list[dict[str, Any]]:
        return [r for c in self.connections for r in c.requests if r["method"] == method]

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError("condition not met in time")
            time.sleep(0.005)

    async def await_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError("condition not met in time")
            await asyncio.sleep(0.005)

    # -- what the tests make happen -------------------------------------------------------

    def push(self, method: str, data: dict[str, Any]) -> None:
        """Push ``data`` to every open connection subscribed to the channel (and market)."""
        self._call(self._push(method, data))

    async def _push(self, method: str, data: dict[str, Any]) -> None:
        channel = method.split(".")[0]
        for conn in self.open_connections:
            if conn.wants(channel, data.get("market")):
                await self._send(conn, {"method": method, "data": data, "id": None})

    def push_once_subscribed(
        self, channel: str, market: str, method: str, data: dict[str, Any]
    ) -> None:
        """From another thread: wait for the subscription, then push (for ``async for`` tests)."""

        def run() -> None:
            self.wait_for(lambda: self.subscribed(channel, market))
            self.push(method, data)

        threading.Thread(target=run, daemon=True).start()

    def set_book(self, market: str, bids: Levels, asks: Levels) -> None:
        """The book a new depth subscription gets as its first (full) push."""
        self.books[market] = ({p: a for p, a in bids}, {p: a for p, a in asks})

    def subscribed(self, channel: str, market: str | None = None) -> bool:
        """Whether the newest open connection is subscribed to ``channel`` (and ``market``)."""
        conns = self.open_connections
        return bool(conns) and conns[-1].wants(channel, market)

    def push_depth(
        self,
        market: str,
        bids: Levels = (),
        asks: Levels = (),
        *,
        is_full: bool = False,
        checksum: int | None = None,
    ) -> None:
        """Apply levels to the server's book and push them (a delta unless ``is_full``)."""
        if is_full or market not in self.books:
            self.books[market] = ({}, {})
        book_bids, book_asks = self.books[market]
        for side, levels in ((book_bids, bids), (book_asks, asks)):
            for price, amount in levels:
                if Decimal(amount) == 0:
                    side.pop(price, None)
                else:
                    side[price] = amount
        self.push("depth.update", self._depth_data(market, bids, asks, is_full, checksum))

    def _depth_data(
        self,
        market: str,
        bids: Levels,
        asks: Levels,
        is_full: bool,
        wrong_checksum: int | None = None,
    ) -> dict[str, Any]:
        book_bids, book_asks = self.books.get(market, ({}, {}))
        sorted_bids = sorted(book_bids.items(), key=lambda kv: Decimal(kv[0]), reverse=True)
        sorted_asks = sorted(book_asks.items(), key=lambda kv: Decimal(kv[0]))
        bids_l = [list(x) for x in sorted_bids]
        asks_l = [list(x) for x in sorted_asks]
        value = checksum(bids_l, asks_l) if wrong_checksum is None else wrong_checksum
        return {
            "market": market,
            "is_full": is_full,
            "depth": {
                "bids": bids_l if is_full else [list(x) for x in bids],
                "asks": asks_l if is_full else [list(x) for x in asks],
                "last": "1",
                "updated_at": int(time.time() * 1000),
                "checksum": value,
            },
        }

    def drop(self) -> None:
        """Cut every open connection's TCP stream: no close frame, like a network failure."""

        async def _drop() -> None:
            for conn in self.open_connections:
                conn.open = False
                conn.ws.transport.abort()

        self._call(_drop())

    def send_raw(self, frame: bytes | str) -> None:
        """Send ``frame`` as it is (binary or text) to every open connection: corrupt gzip,
        bad JSON, a malformed envelope..."""

        async def _send() -> None:
            for conn in self.open_connections:
                with contextlib.suppress(ConnectionClosed):
                    await conn.ws.send(frame)

        self._call(_send())

    def silence(self) -> None:
        """The current connections stop answering ``server.ping`` (and stay open)."""
        for conn in self.open_connections:
            conn.silent = True

    # -- the server side ------------------------------------------------------------------

    async def _send(self, conn: Connection, message: dict[str, Any]) -> None:
        with contextlib.suppress(ConnectionClosed):
            await conn.ws.send(gzip_frame(message))

    async def _handler(self, ws: ServerConnection) -> None:
        conn = Connection(ws, len(self.connections))
        self.connections.append(conn)
        try:
            async for text in ws:
                request = json.loads(text)
                conn.requests.append(request)
                await self._answer(conn, request)
        except ConnectionClosed:
            pass
        finally:
            conn.open = False

    async def _answer(self, conn: Connection, request: dict[str, Any]) -> None:
        method, params, rid = request["method"], request.get("params") or {}, request["id"]
        ok = {"id": rid, "code": 0, "message": "OK"}
        if method == "server.ping":
            if not conn.silent:
                await self._send(conn, {**ok, "data": {"result": "pong"}})
            return
        if method == "server.sign":
            conn.signed = self._check_sign(params)
            code = 0 if conn.signed else self.code_base + 1002
            await self._send(conn, {"id": rid, "code": code, "message": "OK" if code == 0 else ""})
            return
        if method in self.reject:
            await self._send(conn, {"id": rid, "code": self.reject[method], "message": "no"})
            return
        channel, _, action = method.partition(".")
        if channel in PRIVATE and not conn.signed:
            await self._send(conn, {"id": rid, "code": self.code_base + 1001, "message": "auth"})
            return
        items = params.get("ccy_list" if channel == "balance" else "market_list")
        markets = {i[0] if isinstance(i, list) else i for i in items} if items else None
        if action == "subscribe":
            if channel == "depth" and items and any(len(i) != 4 for i in items):
                await self._send(conn, {"id": rid, "code": self.code_base + 1, "message": "param"})
                return
            old = conn.subscriptions.get(channel, set())
            conn.subscriptions[channel] = None if markets is None or old is None else old | markets
            await self._send(conn, ok)
            if channel == "depth":
                for market in markets or ():
                    if market in self.books:
                        data = self._depth_data(market, [], [], True)
                        await self._send(conn, {"method": "depth.update", "data": data, "id": None})
        elif action == "unsubscribe":
            current = conn.subscriptions.get(channel)
            if markets is None or current is None:
                conn.subscriptions.pop(channel, None)
            else:
                conn.subscriptions[channel] = current - markets
            await self._send(conn, ok)
        else:
            await self._send(conn, {"id": rid, "code": self.code_base + 2, "message": "method"})

    def _check_sign(self, params: dict[str, Any]) -> bool:
        if self.fail_auth or self.credentials is None:
            return False
        timestamp = params.get("timestamp")
        if not isinstance(timestamp, int) or abs(time.time() * 1000 - timestamp) > 5000:
            return False
        expected = sign(self.credentials.secret_bytes, str(timestamp).encode())
        return bool(
            params.get("access_id") == self.credentials.access_id
            and params.get("signed_str") == expected
        )
