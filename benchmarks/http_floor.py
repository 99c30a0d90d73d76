"""How cheap can one async keep-alive HTTP/1.1 request be? aiohttp against bare asyncio.

    python -m benchmarks.http_floor [--calls 300] [--rounds 15]

The bench's async floor is raw aiohttp. This asks what lies under it, on the same fake CoinEx:
one connection kept alive, the request bytes written in one ``transport.write``, the answer
parsed by (a) a few lines that read ``Content-Length`` only (no chunked bodies: the least any
client can do), (b) h11 (pure Python, what httpcore uses), (c) httptools (C, what uvicorn uses;
measured only if installed). Each then ``json.loads`` the body, like the floors. CPU per call by
``time.process_time``, rounds interleaved, min and median.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

from benchmarks import _server
from benchmarks.clients import TICKER_TARGET, RawAiohttp


class _Connection(asyncio.Protocol):
    """One keep-alive connection answering one request at a time."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self._waiter: asyncio.Future[bytes] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def _done(self, body: bytes) -> None:
        waiter, self._waiter = self._waiter, None
        assert waiter is not None
        waiter.set_result(body)

    async def request(self, raw: bytes) -> bytes:
        self._waiter = asyncio.get_running_loop().create_future()
        assert self.transport is not None
        self.transport.write(raw)
        return await self._waiter


class ContentLength(_Connection):
    """(a): reads the head and ``Content-Length`` bytes of body, nothing more."""

    def __init__(self) -> None:
        super().__init__()
        self._buffer = b""

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        end = self._buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = self._buffer[:end].lower()
        at = head.find(b"content-length:") + 15
        line_end = head.find(b"\r\n", at)
        length = int(head[at : line_end if line_end > 0 else None])
        if len(self._buffer) >= end + 4 + length:
            body = self._buffer[end + 4 : end + 4 + length]
            self._buffer = self._buffer[end + 4 + length :]
            self._done(body)


class H11(_Connection):
    """(b): h11 parses the answer."""

    def __init__(self) -> None:
        import h11

        super().__init__()
        self._h11 = h11
        self._parser = h11.Connection(h11.CLIENT)
        self._body: list[bytes] = []

    def data_received(self, data: bytes) -> None:
        h11, parser = self._h11, self._parser
        parser.receive_data(data)
        while True:
            event = parser.next_event()
            if event is h11.NEED_DATA:
                return
            if type(event) is h11.Data:
                self._body.append(event.data)
            elif type(event) is h11.EndOfMessage:
                body, self._body = b"".join(self._body), []
                parser.start_next_cycle()
                self._done(body)
                return

    async def get(self, target: str, host: str) -> bytes:
        h11, parser = self._h11, self._parser
        headers = [("Host", host), ("Accept", "application/json")]
        raw = parser.send(h11.Request(method="GET", target=target, headers=headers))
        return await self.request(raw + parser.send(h11.EndOfMessage()))


class Httptools(_Connection):
    """(c): httptools' C parser calls back with the body."""

    def __init__(self) -> None:
        import httptools  # type: ignore[import-not-found]

        super().__init__()
        self._parser = httptools.HttpResponseParser(self)
        self._body: list[bytes] = []

    def on_body(self, body: bytes) -> None:
        self._body.append(body)

    def on_message_complete(self) -> None:
        body, self._body = b"".join(self._body), []
        self._done(body)

    def data_received(self, data: bytes) -> None:
        self._parser.feed_data(data)


async def measure(url: str, calls: int, rounds: int) -> dict[str, tuple[float, float]]:
    """``{client: (min, median) CPU us per ticker call}``."""
    host, port = url.removeprefix("http://").split(":")
    loop = asyncio.get_running_loop()
    raw = (
        f"GET {TICKER_TARGET} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: application/json\r\n\r\n"
    ).encode()
    aiohttp_client = RawAiohttp(url)
    clients: dict[str, Callable[[], Awaitable[Any]]] = {"raw aiohttp": aiohttp_client.ticker}
    connections: list[_Connection] = []
    _, plain = await loop.create_connection(ContentLength, host, int(port))
    clients["asyncio.Protocol, Content-Length only"] = lambda: _loads(plain.request(raw))
    _, h11 = await loop.create_connection(H11, host, int(port))
    connections += [plain, h11]
    clients["asyncio.Protocol + h11"] = lambda: _loads(h11.get(TICKER_TARGET, f"{host}:{port}"))
    if importlib.util.find_spec("httptools") is not None:
        _, fast = await loop.create_connection(Httptools, host, int(port))
        connections.append(fast)
        clients["asyncio.Protocol + httptools"] = lambda: _loads(fast.request(raw))
    figures: dict[str, list[float]] = {name: [] for name in clients}
    try:
        for one in clients.values():
            for _ in range(100):
                await one()
        for _ in range(rounds):
            for name, one in clients.items():
                start = time.process_time()
                for _ in range(calls):
                    await one()
                figures[name].append((time.process_time() - start) / calls * 1e6)
    finally:
        await aiohttp_client.aclose()
        for connection in connections:
            assert connection.transport is not None
            connection.transport.close()
    return {name: (min(v), statistics.median(v)) for name, v in figures.items()}


async def _loads(body: Awaitable[bytes]) -> Any:
    return json.loads(await body)


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.http_floor", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=15)
    options = parser.parse_args()
    proc, url = _server.start()
    try:
        results = asyncio.run(measure(url, options.calls, options.rounds))
    finally:
        proc.terminate()
        proc.join(5)
    print(f"CPU per async ticker GET + json.loads, {options.rounds} rounds x {options.calls}")
    for name, (low, median) in results.items():
        print(f"  {name:40s} min {low:6.1f} us   median {median:6.1f} us")


if __name__ == "__main__":
    main()
