"""A lean HTTP/1.1 client for the one origin a CoinEx client talks to (the default sender).

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

import copy
import ssl
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import urlsplit

import httpx

from .._actions import Request
from .._shell import request_headers

if TYPE_CHECKING:
    from typing_extensions import Self

    from .._transport import Transport

__all__ = [
    "GET_HEADERS",
    "POST_HEADERS",
    "ConnectionPool",
    "Headers",
    "Origin",
    "ResponseReader",
    "SenderBase",
    "parse_head",
]

GET_HEADERS = request_headers("GET")
POST_HEADERS = request_headers("POST")
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


class Origin:
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


Answer = tuple[int, Mapping[str, str], bytes]
"""``(status, headers (case-insensitive), body as received)``."""
R = TypeVar("R")


class ConnectionPool(Generic[R]):
    """What both pools hold: the origin, the timeouts, how long an idle connection is kept;
    ``_limit`` sets up the subclass's own bookkeeping of at most ``max_connections``, and
    ``_exchange`` sends a request's bytes (``R`` is an :data:`Answer`, or an awaitable of one)."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: httpx.Timeout,
        ssl_context: ssl.SSLContext | None = None,
        max_connections: int = 100,
        keepalive_expiry: float = 15.0,
    ) -> None:
        self._origin = Origin(base_url, ssl_context)
        self._timeout = timeout
        self._keepalive = keepalive_expiry
        self._closed = False
        self._limit(max_connections)

    def _limit(self, max_connections: int) -> None:
        raise NotImplementedError

    def request(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str],
        body: bytes,
        timeout: httpx.Timeout | None = None,
    ) -> R:
        """Send one request; its :data:`Answer`. ``timeout`` overrides the pool's for it."""
        return self._exchange(self._encode(method, target, headers, body), timeout or self._timeout)

    def _encode(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Any:
        """The request as this pool's I/O takes it: HTTP/1.1 bytes for the lean pools."""
        return self._origin.request_bytes(method, target, headers, body)

    def _exchange(self, request: Any, timeout: httpx.Timeout) -> R:
        raise NotImplementedError


P = TypeVar("P")


class SenderBase(Generic[P]):
    """What the sync and async lean senders share: the pool, the per-sender timeout, the
    headers of a request (signed over its exact target and body by the one pure function)."""

    _pool_type: Any
    """The pool class the subclass sends through (``P``)."""

    def __init__(
        self,
        transport: Transport,
        *,
        timeout: httpx.Timeout,
        verify: bool | ssl.SSLContext = True,
        limits: httpx.Limits | None = None,
    ) -> None:
        self._transport = transport
        self._timeout: httpx.Timeout | None = None
        self._owned = True
        limits = limits or httpx.Limits(max_connections=100, keepalive_expiry=15.0)
        context = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify)
        self._pool: P = self._pool_type(
            transport.base_url,
            timeout=timeout,
            ssl_context=context,
            max_connections=limits.max_connections or 0,
            keepalive_expiry=limits.keepalive_expiry or 15.0,
        )

    def _headers(self, request: Request) -> Mapping[str, str]:
        headers = POST_HEADERS if request.method == "POST" else GET_HEADERS
        if request.signed:
            headers = {**headers, **self._transport.sign(request)}
        return headers

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A sender over the same pool with another timeout; closing it leaves the pool open."""
        view = copy.copy(self)
        view._timeout, view._owned = timeout, False
        return view
