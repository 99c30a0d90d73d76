"""The lean HTTP/1.1 client (the default sync and async sender) against a raw loopback server
that answers with exactly the bytes each test scripts: framing, keep-alive, failures."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from collections.abc import Callable, Iterator

import httpx
import pytest
import trustme

from coinex_sdk._http.asyncio import AsyncConnectionPool
from coinex_sdk._http.protocol import ResponseReader, parse_head
from coinex_sdk._http.sync import SyncConnectionPool

Handler = Callable[[socket.socket, bytes], None]
TIMEOUT = httpx.Timeout(2.0)


class RawServer:
    """Accepts connections; calls the handler with each request's bytes (head + body)."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.connections = 0
        self.requests: list[bytes] = []
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        try:
            self._exchanges(conn)
        except OSError:  # the handler closed it
            pass
        finally:
            conn.close()

    def _exchanges(self, conn: socket.socket) -> None:
        buf = b""
        if True:
            while True:
                while b"\r\n\r\n" not in buf:
                    data = conn.recv(65536)
                    if not data:
                        return
                    buf += data
                head, _, buf = buf.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                while len(buf) < length:
                    buf += conn.recv(65536)
                request, buf = head + b"\r\n\r\n" + buf[:length], buf[length:]
                self.requests.append(request)
                self.handler(conn, request)

    def close(self) -> None:
        self._sock.close()


def answer(body: bytes, *extra: str) -> Handler:
    def handler(conn: socket.socket, _: bytes) -> None:
        head = "".join(f"{h}\r\n" for h in (f"Content-Length: {len(body)}", *extra))
        conn.sendall(f"HTTP/1.1 200 OK\r\n{head}\r\n".encode() + body)

    return handler


@pytest.fixture
def serve() -> Iterator[Callable[[Handler], RawServer]]:
    servers: list[RawServer] = []

    def start(handler: Handler) -> RawServer:
        servers.append(RawServer(handler))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def sync_get(server: RawServer, pool: SyncConnectionPool | None = None) -> tuple[int, bytes]:
    pool = pool or SyncConnectionPool(server.url, timeout=TIMEOUT)
    status, _, body = pool.request("GET", "/v2/time?x=1", {"Accept": "application/json"}, b"")
    return status, body


def test_the_request_is_written_exactly_and_keep_alive_reuses_the_connection(
    serve: Callable[[Handler], RawServer],
) -> None:
    server = serve(answer(b'{"code":0}'))
    pool = SyncConnectionPool(server.url, timeout=TIMEOUT)
    for _ in range(3):
        assert sync_get(server, pool) == (200, b'{"code":0}')
    assert server.connections == 1
    host = server.url.removeprefix("http://")
    assert server.requests[0] == (
        f"GET /v2/time?x=1 HTTP/1.1\r\nHost: {host}\r\nAccept: application/json\r\n\r\n".encode()
    )
    assert pool.request("POST", "/v2/spot/order", {}, b'{"a":1}')[0] == 200
    assert server.requests[-1].endswith(b'Content-Length: 7\r\n\r\n{"a":1}')


def test_chunked_answers_with_and_without_trailers(serve: Callable[[Handler], RawServer]) -> None:
    def chunked(conn: socket.socket, _: bytes) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        conn.sendall(b'4\r\n{"co\r\n6;ext=1\r\nde":0}\r\n0\r\nX-Trailer: 1\r\n\r\n')

    server = serve(chunked)
    assert sync_get(server) == (200, b'{"code":0}')


def test_an_answer_delimited_by_the_close_and_an_interim_100(
    serve: Callable[[Handler], RawServer],
) -> None:
    def until_close(conn: socket.socket, _: bytes) -> None:
        conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n\r\nall of it")
        conn.close()

    server = serve(until_close)
    pool = SyncConnectionPool(server.url, timeout=TIMEOUT)
    assert sync_get(server, pool) == (200, b"all of it")
    assert sync_get(server, pool) == (200, b"all of it")
    assert server.connections == 2  # not reused: it ended with the answer


def test_a_connection_closed_while_idle_is_replaced_without_sending_twice(
    serve: Callable[[Handler], RawServer],
) -> None:
    dropped = threading.Event()

    def once(conn: socket.socket, request: bytes) -> None:
        answer(b"ok", "Connection: keep-alive")(conn, request)
        conn.shutdown(socket.SHUT_RDWR)  # the server drops the idle connection
        dropped.set()

    server = serve(once)
    pool = SyncConnectionPool(server.url, timeout=TIMEOUT)
    assert sync_get(server, pool) == (200, b"ok")
    assert dropped.wait(2)
    assert sync_get(server, pool) == (200, b"ok")
    assert len(server.requests) == 2
    assert server.connections == 2


@pytest.mark.parametrize(
    ("handler", "error"),
    [
        (lambda conn, _: conn.close(), httpx.RemoteProtocolError),
        (lambda conn, _: conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nshort"), None),
        (lambda conn, _: conn.sendall(b"garbage\r\n\r\n"), httpx.RemoteProtocolError),
        (lambda conn, _: None, httpx.ReadTimeout),
    ],
    ids=["closed", "cut-short", "garbage", "silent"],
)
def test_failures_after_sending_are_httpx_errors_of_their_kind(
    serve: Callable[[Handler], RawServer], handler: Handler, error: type[Exception] | None
) -> None:
    def then_close(conn: socket.socket, request: bytes) -> None:
        handler(conn, request)
        if error is None:
            conn.close()

    server = serve(then_close)
    pool = SyncConnectionPool(server.url, timeout=httpx.Timeout(0.3))
    with pytest.raises(error or httpx.RemoteProtocolError):
        sync_get(server, pool)


def test_nothing_listening_is_a_connect_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    pool = SyncConnectionPool(f"http://127.0.0.1:{port}", timeout=TIMEOUT)
    with pytest.raises(httpx.ConnectError):
        pool.request("GET", "/", {}, b"")


async def test_async_pool_reads_the_same_and_limits_connections(
    serve: Callable[[Handler], RawServer],
) -> None:
    server = serve(answer(b"pong"))
    pool = AsyncConnectionPool(server.url, timeout=TIMEOUT, max_connections=3)
    answers = await asyncio.gather(*(pool.request("GET", "/p", {}, b"") for _ in range(20)))
    assert {(status, body) for status, _, body in answers} == {(200, b"pong")}
    assert server.connections <= 3
    await pool.aclose()


async def test_async_failures_are_httpx_errors(serve: Callable[[Handler], RawServer]) -> None:
    silent = serve(lambda conn, _: None)
    pool = AsyncConnectionPool(silent.url, timeout=httpx.Timeout(0.2))
    with pytest.raises(httpx.ReadTimeout):
        await pool.request("GET", "/", {}, b"")
    closing = serve(lambda conn, _: conn.close())
    pool = AsyncConnectionPool(closing.url, timeout=TIMEOUT)
    with pytest.raises(httpx.RemoteProtocolError):
        await pool.request("GET", "/", {}, b"")


def test_the_reader_parses_headers_case_insensitively_and_rejects_bad_framing() -> None:
    status, headers = parse_head(b"HTTP/1.1 429 Too Many\r\nRetry-After: 2\r\nX-A: 1\r\nx-a: 2")
    assert status == 429
    assert headers["retry-after"] == "2" and headers.get("RETRY-AFTER") == "2"
    assert headers["X-A"] == "1, 2"
    for bad in (b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", b"HTTP/1.1 2xx OK\r\n\r\n"):
        with pytest.raises(httpx.RemoteProtocolError):
            ResponseReader().feed(bad)
    reader = ResponseReader()
    assert reader.feed(b"HTTP/1.1 200 OK\r\nContent-Len") is None
    assert reader.feed(b"gth: 2\r\n\r\nok") is not None


class TlsServer(RawServer):
    """RawServer behind TLS with a certificate from a test CA."""

    def __init__(self, handler: Handler, server_context: ssl.SSLContext) -> None:
        super().__init__(handler)
        self._context = server_context
        self.url = self.url.replace("http://127.0.0.1", "https://localhost")

    def _connection(self, conn: socket.socket) -> None:
        try:
            conn = self._context.wrap_socket(conn, server_side=True)
        except (OSError, ssl.SSLError):
            conn.close()
            return
        super()._connection(conn)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def test_tls_is_verified_sync_and_async(
    ca: trustme.CA, serve: Callable[[Handler], RawServer]
) -> None:
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(server_context)
    server = TlsServer(answer(b'{"code":0}'), server_context)
    trusting = ssl.create_default_context()
    ca.configure_trust(trusting)
    try:
        pool = SyncConnectionPool(server.url, timeout=TIMEOUT, ssl_context=trusting)
        assert sync_get(server, pool) == (200, b'{"code":0}')
        assert sync_get(server, pool) == (200, b'{"code":0}')
        assert server.connections == 1
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            sync_get(server, SyncConnectionPool(server.url, timeout=TIMEOUT))

        async def over_asyncio() -> None:
            pool = AsyncConnectionPool(server.url, timeout=TIMEOUT, ssl_context=trusting)
            assert (await pool.request("GET", "/t", {}, b""))[2] == b'{"code":0}'
            await pool.aclose()
            untrusting = AsyncConnectionPool(server.url, timeout=TIMEOUT)
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await untrusting.request("GET", "/t", {}, b"")

        asyncio.run(over_asyncio())
    finally:
        server.close()
