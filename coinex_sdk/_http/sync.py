"""The blocking face of the lean HTTP/1.1 client: sockets, a thread-safe pool, a sender."""

from __future__ import annotations

import contextlib
import select
import socket
import ssl
import threading
import time

import httpx

from .._actions import Request
from .._envelope import Response
from .protocol import Answer, ConnectionPool, Headers, ResponseReader, SenderBase

__all__ = ["Http11Sender", "SyncConnectionPool"]


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


class SyncConnectionPool(ConnectionPool[Answer]):
    """Blocking keep-alive connections to one origin; thread-safe."""

    def _limit(self, max_connections: int) -> None:
        self._idle: list[_SyncConnection] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_connections) if max_connections else None

    def _exchange(self, data: bytes, timeout: httpx.Timeout) -> Answer:
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


class Http11Sender(SenderBase[SyncConnectionPool]):
    """The blocking client's default sender: signs and sends through
    :class:`SyncConnectionPool` (no httpx objects on the way)."""

    _pool_type = SyncConnectionPool

    def send(self, request: Request) -> Response:
        status, headers, body = self._pool.request(
            request.method, request.target, self._headers(request), request.content, self._timeout
        )
        return Response(status, headers, body)

    def close(self) -> None:
        if self._owned:
            self._pool.close()


def _wait(seconds: float | None) -> float | None:
    return None if seconds is None else max(seconds, 0.0)
