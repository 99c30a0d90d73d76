"""A lean HTTP/1.1 client for the one origin a CoinEx client talks to (the async default).

Why our own: CoinEx's REST API is small JSON over keep-alive HTTP/1.1 to one host, and the CPU a
bot spends per call is mostly the HTTP client's (aiohttp ~150 us per loopback request, httpx's
async pool several times that; ``nox -s bench``). An ``asyncio.Protocol`` that writes the request
bytes and parses the answer in place does the same job in a fraction of that, and it knows
exactly whether a byte of the request was written: a connection that fails before that is proof
the request was not sent, which is what the transport's resend rule needs.

What it does: keep-alive connections per client (at most ``max_connections``, idle ones expire),
TLS with certificate verification, ``Content-Length`` and chunked bodies, answers delimited by
the connection closing, 1xx interim answers skipped, connect/read/pool timeouts. What it does not
need: redirects, cookies, proxies (the client falls back to aiohttp when a proxy applies),
request streaming, HTTP/2. Failures are httpx's exception types, the transport's common language.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import copy
import select
import socket
import ssl
import threading
import time
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._envelope import Response
from ._shell import request_headers
from ._transport import Request, TransportCore

__all__ = [
    "AsyncConnectionPool",
    "AsyncHttp11Sender",
    "Headers",
    "Http11Sender",
    "ResponseReader",
    "parse_head",
]

_GET_HEADERS = request_headers("GET")
_POST_HEADERS = request_headers("POST")

_MAX_HEAD = 64 * 1024
_MAX_BODY = 64 * 1024 * 1024


class Headers(Mapping[str, str]):
    """Response headers: case-insensitive lookup, original names and order kept."""

    __slots__ = ("_index", "raw")

    def __init__(self, raw: list[tuple[str, str]]) -> None:
        self.raw = raw
        index: dict[str, str] = {}
        for name, value in raw:
            key = name.lower()
            index[key] = f"{index[key]}, {value}" if key in index else value
        self._index = index

    def __getitem__(self, name: str) -> str:
        return self._index[name.lower()]

    def get(self, name: str, default: Any = None) -> Any:
        return self._index.get(name.lower(), default)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __repr__(self) -> str:
        return f"Headers({self.raw!r})"


def parse_head(head: bytes) -> tuple[int, Headers]:
    """Status code and headers of a response head (without the blank line)."""
    lines = head.split(b"\r\n")
    status_line = lines[0].split(b" ", 2)
    if len(status_line) < 2 or not status_line[0].startswith(b"HTTP/1."):
        raise httpx.RemoteProtocolError(f"not an HTTP/1.x status line: {lines[0][:80]!r}")
    try:
        status = int(status_line[1])
    except ValueError:
        raise httpx.RemoteProtocolError(f"bad status: {lines[0][:80]!r}") from None
    raw: list[tuple[str, str]] = []
    for line in lines[1:]:
        name, sep, value = line.partition(b":")
        if not sep or not name or name != name.strip():
            raise httpx.RemoteProtocolError(f"bad header line: {line[:80]!r}")
        raw.append((name.decode("latin-1"), value.strip().decode("latin-1")))
    return status, Headers(raw)


class ResponseReader:
    """An incremental HTTP/1.1 response parser: feed it bytes, it says when the answer is whole.

    Shared by the asyncio protocol and the blocking connection, so both read answers alike.
    """

    __slots__ = ("_buf", "chunked", "headers", "length", "reusable", "status", "until_close")

    def __init__(self) -> None:
        self._buf = bytearray()
        self.status = 0
        self.headers: Headers | None = None
        self.length = -1
        self.chunked = False
        self.until_close = False
        self.reusable = True

    def feed(self, data: bytes) -> tuple[int, Headers, bytes] | None:
        """Add received bytes; the whole answer once it is complete, else None."""
        buf = self._buf
        buf += data
        while self.headers is None:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                if len(buf) > _MAX_HEAD:
                    raise httpx.RemoteProtocolError("response head too large")
                return None
            status, headers = parse_head(bytes(buf[:end]))
            del buf[: end + 4]
            if 100 <= status < 200:  # interim answer (e.g. 100 Continue): the real one follows
                continue
            self.status, self.headers = status, headers
            if "chunked" in headers.get("transfer-encoding", "").lower():
                self.chunked = True
            elif (length := headers.get("content-length")) is not None:
                try:
                    self.length = int(length)
                except ValueError:
                    raise httpx.RemoteProtocolError(f"bad Content-Length {length!r}") from None
                if not 0 <= self.length <= _MAX_BODY:
                    raise httpx.RemoteProtocolError(f"Content-Length {length} out of range")
            elif status in (204, 304):
                self.length = 0
            else:
                self.until_close = True
                self.reusable = False
            if "close" in headers.get("connection", "").lower():
                self.reusable = False
        if self.length >= 0:
            if len(buf) < self.length:
                return None
            body = bytes(buf[: self.length])
            del buf[: self.length]
            return self._whole(body)
        if self.chunked:
            dechunked = self._dechunk()
            return None if dechunked is None else self._whole(dechunked)
        if len(buf) > _MAX_BODY:
            raise httpx.RemoteProtocolError("response body too large")
        return None

    def eof(self) -> tuple[int, Headers, bytes] | None:
        """The peer closed: the answer, if it was one delimited by the close."""
        self.reusable = False
        if self.until_close and self.headers is not None:
            return self._whole(bytes(self._buf))
        return None

    def _whole(self, body: bytes) -> tuple[int, Headers, bytes]:
        if self._buf:  # bytes past the answer: pipelining we never asked for
            self.reusable = False
        assert self.headers is not None
        return self.status, self.headers, body

    def _dechunk(self) -> bytes | None:
        buf = self._buf
        parts: list[bytes] = []
        size_total = 0
        pos = 0
        while True:
            line_end = buf.find(b"\r\n", pos)
            if line_end < 0:
                return None
            size_text = bytes(buf[pos:line_end]).split(b";", 1)[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise httpx.RemoteProtocolError(f"bad chunk size {size_text[:20]!r}") from None
            if size == 0:
                trailer_end = buf.find(b"\r\n\r\n", line_end)
                if trailer_end < 0:
                    return None
                del buf[: trailer_end + 4]
                return b"".join(parts)
            start = line_end + 2
            if len(buf) < start + size + 2:
                return None
            parts.append(bytes(buf[start : start + size]))
            size_total += size
            if size_total > _MAX_BODY:
                raise httpx.RemoteProtocolError("response body too large")
            pos = start + size + 2


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


class _Origin:
    """``scheme://host:port`` of the base URL, and the request head every request starts with."""

    def __init__(self, base_url: str, ssl_context: ssl.SSLContext | None) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise httpx.UnsupportedProtocol(f"cannot send to {base_url!r}")
        https = parts.scheme == "https"
        self.host = parts.hostname
        self.port = parts.port or (443 if https else 80)
        self.ssl = (ssl_context or httpx.create_ssl_context()) if https else None
        host = f"[{self.host}]" if ":" in self.host else self.host
        default_port = self.port == (443 if https else 80)
        self.host_header = host if default_port else f"{host}:{self.port}"

    def request_bytes(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> bytes:
        head = [f"{method} {target} HTTP/1.1\r\nHost: {self.host_header}\r\n"]
        head += [f"{name}: {value}\r\n" for name, value in headers.items()]
        if body or method == "POST":
            head.append(f"Content-Length: {len(body)}\r\n")
        head.append("\r\n")
        return "".join(head).encode("latin-1") + body


class AsyncConnectionPool:
    """Keep-alive connections to one origin (``scheme://host:port``), created inside the loop."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: httpx.Timeout,
        ssl_context: ssl.SSLContext | None = None,
        max_connections: int = 100,
        keepalive_expiry: float = 15.0,
    ) -> None:
        self._origin = _Origin(base_url, ssl_context)
        self._timeout = timeout
        self._max = max_connections
        self._keepalive = keepalive_expiry
        self._idle: collections.deque[_Connection] = collections.deque()
        self._open = 0
        self._waiters: collections.deque[asyncio.Future[None]] = collections.deque()
        self._closed = False

    async def request(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str],
        body: bytes,
        timeout: httpx.Timeout | None = None,
    ) -> tuple[int, Headers, bytes]:
        """Send one request; ``(status, headers, body as received)``. ``timeout`` overrides the
        pool's for this request."""
        timeout = timeout or self._timeout
        data = self._origin.request_bytes(method, target, headers, body)
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


class AsyncHttp11Sender:
    """The async client's default sender: signs and sends through :class:`AsyncConnectionPool`."""

    def __init__(
        self,
        core: TransportCore,
        *,
        timeout: httpx.Timeout,
        verify: bool | ssl.SSLContext = True,
        limits: httpx.Limits | None = None,
    ) -> None:
        self._core = core
        self._timeout: httpx.Timeout | None = None
        self._owned = True
        limits = limits or httpx.Limits(max_connections=100, keepalive_expiry=15.0)
        context = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify)
        self._pool = AsyncConnectionPool(
            core.base_url,
            timeout=timeout,
            ssl_context=context,
            max_connections=limits.max_connections or 0,
            keepalive_expiry=limits.keepalive_expiry or 15.0,
        )

    async def send(self, request: Request) -> Response:
        headers = _POST_HEADERS if request.method == "POST" else _GET_HEADERS
        if request.signed:
            headers = {**headers, **self._core.sign(request)}
        status, response_headers, body = await self._pool.request(
            request.method, request.target, headers, request.content, self._timeout
        )
        return Response(status, response_headers, body)

    def with_timeout(self, timeout: httpx.Timeout) -> AsyncHttp11Sender:
        """A sender over the same pool with another timeout; closing it leaves the pool open."""
        view = copy.copy(self)
        view._timeout, view._owned = timeout, False
        return view

    async def aclose(self) -> None:
        if self._owned:
            await self._pool.aclose()


class _SyncConnection:
    """One blocking keep-alive connection."""

    __slots__ = ("idle_since", "sock")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.idle_since = 0.0

    def dropped(self) -> bool:
        """Whether the peer closed (or wrote) while the connection sat idle: then the request
        would go nowhere, and taking another connection sends nothing twice."""
        try:
            readable, _, _ = select.select([self.sock], [], [], 0)
        except (OSError, ValueError):
            return True
        return bool(readable)

    def exchange(
        self, data: bytes, read_timeout: float | None
    ) -> tuple[tuple[int, Headers, bytes], bool]:
        sock = self.sock
        sock.settimeout(read_timeout)
        try:
            sock.sendall(data)
        except OSError as exc:
            raise httpx.WriteError(f"{type(exc).__name__}: {exc}") from exc
        reader = ResponseReader()
        while True:
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                raise httpx.ReadTimeout("read timed out") from None
            except OSError as exc:
                raise httpx.ReadError(f"{type(exc).__name__}: {exc}") from exc
            whole = reader.feed(chunk) if chunk else reader.eof()
            if whole is not None:
                return whole, reader.reusable
            if not chunk:
                raise httpx.RemoteProtocolError(
                    "connection closed by peer before a complete answer"
                )

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


class SyncConnectionPool:
    """Blocking keep-alive connections to one origin; thread-safe."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: httpx.Timeout,
        ssl_context: ssl.SSLContext | None = None,
        max_connections: int = 100,
        keepalive_expiry: float = 15.0,
    ) -> None:
        self._origin = _Origin(base_url, ssl_context)
        self._timeout = timeout
        self._keepalive = keepalive_expiry
        self._idle: list[_SyncConnection] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_connections) if max_connections else None
        self._closed = False

    def request(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str],
        body: bytes,
        timeout: httpx.Timeout | None = None,
    ) -> tuple[int, Headers, bytes]:
        """Send one request; ``(status, headers, body as received)``. ``timeout`` overrides the
        pool's for this request."""
        timeout = timeout or self._timeout
        data = self._origin.request_bytes(method, target, headers, body)
        slots = self._slots
        if slots is not None and not slots.acquire(timeout=_wait(timeout.pool)):
            raise httpx.PoolTimeout("no free connection in time")
        try:
            conn = self._acquire(timeout.connect)
            try:
                whole, reusable = conn.exchange(data, timeout.read)
            except BaseException:
                conn.close()
                raise
            if reusable and not self._closed:
                conn.idle_since = time.monotonic()
                with self._lock:
                    self._idle.append(conn)
            else:
                conn.close()
            return whole
        finally:
            if slots is not None:
                slots.release()

    def _acquire(self, connect_timeout: float | None) -> _SyncConnection:
        now = time.monotonic()
        while True:
            with self._lock:
                conn = self._idle.pop() if self._idle else None
            if conn is None:
                break
            if now - conn.idle_since > self._keepalive or conn.dropped():
                conn.close()
                continue
            return conn
        if self._closed:
            raise httpx.ConnectError("the client is closed")
        origin = self._origin
        try:
            sock = socket.create_connection(
                (origin.host, origin.port), timeout=_wait(connect_timeout)
            )
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if origin.ssl is not None:
                sock = origin.ssl.wrap_socket(sock, server_hostname=origin.host)
        except TimeoutError:
            raise httpx.ConnectTimeout(
                f"connecting to {origin.host}:{origin.port} timed out"
            ) from None
        except (OSError, ssl.SSLError) as exc:
            raise httpx.ConnectError(f"{type(exc).__name__}: {exc}") from exc
        return _SyncConnection(sock)

    def close(self) -> None:
        self._closed = True
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()


class Http11Sender:
    """The blocking client's default sender: signs and sends through
    :class:`SyncConnectionPool` (no httpx objects on the way)."""

    def __init__(
        self,
        core: TransportCore,
        *,
        timeout: httpx.Timeout,
        verify: bool | ssl.SSLContext = True,
        limits: httpx.Limits | None = None,
    ) -> None:
        self._core = core
        self._timeout: httpx.Timeout | None = None
        self._owned = True
        limits = limits or httpx.Limits(max_connections=100, keepalive_expiry=15.0)
        context = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify)
        self._pool = SyncConnectionPool(
            core.base_url,
            timeout=timeout,
            ssl_context=context,
            max_connections=limits.max_connections or 0,
            keepalive_expiry=limits.keepalive_expiry or 15.0,
        )

    def send(self, request: Request) -> Response:
        headers = _POST_HEADERS if request.method == "POST" else _GET_HEADERS
        if request.signed:
            headers = {**headers, **self._core.sign(request)}
        status, response_headers, body = self._pool.request(
            request.method, request.target, headers, request.content, self._timeout
        )
        return Response(status, response_headers, body)

    def with_timeout(self, timeout: httpx.Timeout) -> Http11Sender:
        """A sender over the same pool with another timeout; closing it leaves the pool open."""
        view = copy.copy(self)
        view._timeout, view._owned = timeout, False
        return view

    def close(self) -> None:
        if self._owned:
            self._pool.close()


def _wait(seconds: float | None) -> float | None:
    return None if seconds is None else max(seconds, 0.0)
