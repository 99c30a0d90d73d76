"""The asyncio face of the lean HTTP/1.1 client: a protocol per connection, a pool, a sender."""

from __future__ import annotations

import asyncio
import collections
import ssl
import time
from collections.abc import Coroutine
from typing import Any, TypeVar

import httpx

from .._actions import Request
from .._envelope import Response
from .protocol import Answer, ConnectionPool, Headers, ResponseReader, SenderBase

__all__ = ["AsyncConnectionPool", "AsyncHttp11Sender"]


class _Connection(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection; parses answers as bytes arrive."""

    def __init__(self, pool: AsyncConnectionPool) -> None:
        self._pool = pool
        self.transport: asyncio.Transport | None = None
        self._reader: ResponseReader | None = None
        self._future: asyncio.Future[tuple[int, Headers, bytes]] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self.closed = False
        self.reusable = True
        self.idle_since = 0.0

    # -- asyncio.Protocol ---------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        reader = self._reader
        if reader is None:  # bytes nobody asked for: the connection is unusable
            self.reusable = False
            self._close()
            return
        try:
            whole = reader.feed(data)
        except httpx.HTTPError as exc:
            self._fail(exc)
        else:
            if whole is not None:
                self._finish(whole)

    def eof_received(self) -> bool | None:
        self.reusable = False
        if self._reader is not None:
            whole = self._reader.eof()
            if whole is not None:
                self._finish(whole)
        return None

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.reusable = False
        self._pool._lost(self)
        if self._reader is not None:
            whole = self._reader.eof()
            if whole is not None:
                self._finish(whole)
                return
            reason = f"{type(exc).__name__}: {exc}" if exc else "connection closed by peer"
            self._fail(httpx.RemoteProtocolError(f"{reason} before a complete answer"))

    # -- one exchange ---------------------------------------------------------------------------

    def start(
        self, data: bytes, read_timeout: float | None
    ) -> asyncio.Future[tuple[int, Headers, bytes]]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[tuple[int, Headers, bytes]] = loop.create_future()
        self._future = future
        self._reader = ResponseReader()
        assert self.transport is not None
        self.transport.write(data)
        if read_timeout is not None:
            self._timer = loop.call_later(read_timeout, self._timed_out)
        return future

    def _timed_out(self) -> None:
        self._timer = None
        self._fail(httpx.ReadTimeout("read timed out"))

    def _finish(self, whole: tuple[int, Headers, bytes]) -> None:
        reader, future = self._reader, self._future
        self._reader = self._future = None
        self._cancel_timer()
        if reader is not None and not reader.reusable:
            self.reusable = False
        if future is not None and not future.done():
            future.set_result(whole)

    def _fail(self, exc: httpx.HTTPError) -> None:
        future = self._future
        self._reader = self._future = None
        self.reusable = False
        self._cancel_timer()
        if future is not None and not future.done():
            future.set_exception(exc)
        self._close()

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _close(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.close()


class AsyncPool(ConnectionPool[Coroutine[Any, Any, Answer]]):
    """A pool whose ``request()`` is awaited: the lean one, or aiohttp's through a proxy."""

    async def aclose(self) -> None:
        raise NotImplementedError


class AsyncConnectionPool(AsyncPool):
    """Keep-alive connections to one origin (``scheme://host:port``), created inside the loop."""

    def _limit(self, max_connections: int) -> None:
        self._max = max_connections
        self._idle: collections.deque[_Connection] = collections.deque()
        self._open = 0
        self._waiters: collections.deque[asyncio.Future[None]] = collections.deque()

    async def _exchange(self, data: bytes, timeout: httpx.Timeout) -> Answer:
        conn = await self._acquire(timeout)
        try:
            future = conn.start(data, timeout.read)
            return await future
        except BaseException:
            conn.reusable = False
            conn._close()
            raise
        finally:
            self._release(conn)

    async def _acquire(self, timeout: httpx.Timeout) -> _Connection:
        now = time.monotonic()
        while self._idle:
            conn = self._idle.pop()
            if conn.closed or conn.transport is None or conn.transport.is_closing():
                continue  # closed while idle: nothing was written, take another
            if now - conn.idle_since > self._keepalive:
                conn._close()
                continue
            return conn
        if self._max and self._open >= self._max:
            await self._wait_for_slot(timeout.pool)
            return await self._acquire(timeout)
        self._open += 1
        try:
            return await self._connect(timeout.connect)
        except BaseException:
            self._open -= 1
            self._wake()
            raise

    async def _wait_for_slot(self, pool_timeout: float | None) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(future)
        try:
            await asyncio.wait_for(future, pool_timeout)
        except asyncio.TimeoutError:
            raise httpx.PoolTimeout("no free connection in time") from None
        finally:
            if future in self._waiters:
                self._waiters.remove(future)

    async def _connect(self, connect_timeout: float | None) -> _Connection:
        if self._closed:
            raise httpx.ConnectError("the client is closed")
        loop = asyncio.get_running_loop()
        conn = _Connection(self)
        origin = self._origin
        try:
            await asyncio.wait_for(
                loop.create_connection(
                    lambda: conn,
                    origin.host,
                    origin.port,
                    ssl=origin.ssl,
                    server_hostname=origin.host if origin.ssl else None,
                ),
                connect_timeout,
            )
        except asyncio.TimeoutError:
            raise httpx.ConnectTimeout(
                f"connecting to {origin.host}:{origin.port} timed out"
            ) from None
        except (OSError, ssl.SSLError) as exc:
            raise httpx.ConnectError(f"{type(exc).__name__}: {exc}") from exc
        return conn

    def _release(self, conn: _Connection) -> None:
        if conn.reusable and not conn.closed and not self._closed:
            conn.idle_since = time.monotonic()
            self._idle.append(conn)
            self._wake()
        else:
            conn._close()

    def _lost(self, conn: _Connection) -> None:
        self._open -= 1
        self._wake()

    def _wake(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    async def aclose(self) -> None:
        self._closed = True
        while self._idle:
            self._idle.pop()._close()
        await asyncio.sleep(0)  # let the transports finish closing


AP = TypeVar("AP", bound=AsyncPool)


class AsyncSender(SenderBase[AP]):
    """Signs and sends through an awaiting pool (the lean one, or aiohttp's through a proxy)."""

    async def send(self, request: Request) -> Response:
        status, headers, body = await self._pool.request(
            request.method, request.target, self._headers(request), request.content, self._timeout
        )
        return Response(status, headers, body)

    async def aclose(self) -> None:
        if self._owned:
            await self._pool.aclose()


class AsyncHttp11Sender(AsyncSender[AsyncConnectionPool]):
    """The async client's default sender: signs and sends through :class:`AsyncConnectionPool`."""

    _pool_type = AsyncConnectionPool
