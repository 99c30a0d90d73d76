"""A fake CoinEx on loopback: a minimal keep-alive HTTP/1.1 server, in its own process.

It answers the benchmarked endpoints with CoinEx's own example replies (``spec/examples``, the
documented JSON) and anything else with the ticker reply. It checks no signature and keeps no
state: it only has to cost next to nothing, so that the CPU a client process spends per call
is the client's alone (the sandbox is a whole exchange, far too slow to serve a benchmark).

``GET /bench/stats`` tells how many connections are open, the most that were open at once since
the last ``GET /bench/reset``, and how many were accepted: the "bounded connections" figure.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing as mp
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "spec" / "examples"

# (method, path) -> the example file CoinEx documents for it.
ROUTES = {
    ("GET", "/v2/spot/ticker"): "spot-ticker.json",
    ("POST", "/v2/spot/order"): "spot-place-order.json",
    ("GET", "/v2/spot/pending-order"): "spot-pending-orders.json",
    ("POST", "/v2/spot/cancel-order"): "spot-cancel-order.json",
}


def _body(name: str) -> bytes:
    """The example compacted the way CoinEx sends it (no spaces; the examples hold no float)."""
    text = (EXAMPLES / name).read_text()
    return json.dumps(json.loads(text), separators=(",", ":")).encode()


def _response(body: bytes, status: bytes = b"200 OK") -> bytes:
    return (
        b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )


class _Stats:
    def __init__(self) -> None:
        self.open = 0
        self.peak = 0
        self.accepted = 0


class _Http(asyncio.Protocol):
    """Parses just enough HTTP/1.1 (request line, Content-Length) to answer each request."""

    def __init__(self, answers: dict[tuple[bytes, bytes], bytes], default: bytes, stats: _Stats):
        self._answers = answers
        self._default = default
        self._stats = stats
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        stats = self._stats
        stats.open += 1
        stats.accepted += 1
        stats.peak = max(stats.peak, stats.open)

    def connection_lost(self, exc: Exception | None) -> None:
        self._stats.open -= 1

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while True:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self._buffer[:end]
            length = 0
            lower = head.lower()
            at = lower.find(b"\r\ncontent-length:")
            if at >= 0:
                line_end = lower.find(b"\r\n", at + 2)
                length = int(lower[at + 17 : line_end if line_end >= 0 else None])
            if len(self._buffer) < end + 4 + length:
                return
            self._buffer = self._buffer[end + 4 + length :]
            method, target = head.split(b" ", 2)[:2]
            path = target.split(b"?", 1)[0]
            assert self._transport is not None
            self._transport.write(self._reply(method, path))

    def _reply(self, method: bytes, path: bytes) -> bytes:
        answer = self._answers.get((method, path))
        if answer is not None:
            return answer
        stats = self._stats
        if path == b"/bench/reset":
            stats.peak, stats.accepted = stats.open, 0
        if path.startswith(b"/bench/"):
            body = json.dumps(
                {"open": stats.open, "peak": stats.peak, "accepted": stats.accepted}
            ).encode()
            return _response(body)
        return self._default


def _serve(port_queue: mp.Queue[int]) -> None:
    answers = {
        (method.encode(), path.encode()): _response(_body(name))
        for (method, path), name in ROUTES.items()
    }
    default = answers[(b"GET", b"/v2/spot/ticker")]
    stats = _Stats()

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: _Http(answers, default, stats), "127.0.0.1", 0, backlog=4096
        )
        port_queue.put(server.sockets[0].getsockname()[1])
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def start() -> tuple[mp.Process, str]:
    """Start the fake CoinEx in a new process; return it and its base URL."""
    # spawn, not fork: the caller may have threads (a sandbox, a test runner), and a forked
    # child of a threaded process can deadlock.
    context = mp.get_context("spawn")
    queue: mp.Queue[int] = context.Queue()
    proc = context.Process(target=_serve, args=(queue,), daemon=True)
    proc.start()
    return proc, f"http://127.0.0.1:{queue.get(timeout=10)}"
