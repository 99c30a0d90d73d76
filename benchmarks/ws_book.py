"""Throughput of the maintained order book (CRC32 checked) against the raw-stream floor.

Run ``python -m benchmarks.ws_book [n]`` (``nox -s bench`` runs it in the whole table).

Unlike :mod:`benchmarks.ws_depth` (random checksums: fine for a stream that does not check
them), the pushes here form a consistent book: a 50-level full snapshot, then deltas that
change, delete and add levels, each carrying the CRC32 CoinEx would send (reference §11), the
cycle starting again from a full snapshot every ``CYCLE`` pushes (CoinEx resends the full book
every minute). A book that misses a checksum resubscribes, so a bug shows as a stall, not as a
fast number.

(a) floor: raw websockets + zlib + orjson over the same frames (:func:`benchmarks.ws_depth.floor`)
(b) ours:  ``acx.ws.spot.order_book(market=..., limit=50)`` iterated to the ``n``-th book

As in :mod:`benchmarks.ws_depth`, each client runs in its own process and counts its own CPU.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import random
import statistics
import subprocess
import sys
import zlib
from decimal import Decimal

from benchmarks.ws_depth import clock, floor, in_process, ws_binary_frame

LEVELS = 50
MODULE = "benchmarks.ws_book"
CYCLE = 500


def _checksum(bids: dict[str, str], asks: dict[str, str]) -> int:
    ordered = [
        *sorted(bids.items(), key=lambda kv: Decimal(kv[0]), reverse=True),
        *sorted(asks.items(), key=lambda kv: Decimal(kv[0])),
    ]
    return zlib.crc32(":".join(f"{p}:{a}" for p, a in ordered).encode()) & 0xFFFFFFFF


def book_frames(count: int = CYCLE, changes: int = 5, seed: int = 1) -> list[bytes]:
    """A full snapshot then ``count - 1`` deltas of ``changes`` levels a side, gzip-framed."""
    rng = random.Random(seed)

    def price(side: str) -> str:
        cents = rng.randint(0, 99_999) + (3_000_000 if side == "ask" else 2_900_000)
        return f"{cents // 100}.{cents % 100:02d}"

    def amount() -> str:
        return f"{rng.randint(1, 10**8) / 10**8:.8f}"

    book: dict[str, dict[str, str]] = {"bid": {}, "ask": {}}
    for side in book:
        while len(book[side]) < LEVELS:
            book[side][price(side)] = amount()
    frames = []
    for n in range(count):
        if n == 0:
            delta = {side: sorted(levels.items()) for side, levels in book.items()}
        else:
            delta = {}
            for side, levels in book.items():
                changed: dict[str, str] = {}
                for _ in range(changes):
                    roll = rng.random()
                    if roll < 0.3:  # a level goes, another comes (the book keeps LEVELS)
                        gone = rng.choice(sorted(levels))
                        del levels[gone]
                        changed[gone] = "0"
                        new = price(side)
                        while new in levels:
                            new = price(side)
                        levels[new] = changed[new] = amount()
                    else:
                        known = rng.choice(sorted(levels))
                        levels[known] = changed[known] = amount()
                delta[side] = list(changed.items())
        data = {
            "market": "BTCUSDT",
            "is_full": n == 0,
            "depth": {
                "asks": [list(level) for level in delta["ask"]],
                "bids": [list(level) for level in delta["bid"]],
                "last": "30000.50",
                "updated_at": 1_700_000_000_000 + n,
                "checksum": _checksum(book["bid"], book["ask"]),
            },
        }
        message = {"method": "depth.update", "data": data, "id": None}
        frames.append(gzip.compress(json.dumps(message).encode(), mtime=0))
    return frames


# -- the server process -----------------------------------------------------------------------


async def serve(n_messages: int) -> None:
    """Like :func:`benchmarks.ws_depth.serve`, with consistent book frames."""
    from websockets.asyncio.server import ServerConnection
    from websockets.asyncio.server import serve as ws_serve
    from websockets.exceptions import ConnectionClosed

    cycle = book_frames()
    blast = b"".join(ws_binary_frame(cycle[i % len(cycle)]) for i in range(n_messages))

    async def handler(ws: ServerConnection) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for text in ws:
                request = json.loads(text)
                reply = {"id": request["id"], "code": 0, "message": "OK"}
                if request["method"] == "server.ping":
                    reply["data"] = {"result": "pong"}
                await ws.send(gzip.compress(json.dumps(reply).encode(), mtime=0))
                if request["method"] == "depth.subscribe":
                    ws.transport.write(blast)

    async with ws_serve(handler, "127.0.0.1", 0, compression=None, ping_interval=None) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Event().wait()


# -- our client -------------------------------------------------------------------------------


async def ours(url: str, n_messages: int) -> float:
    """CPU seconds from the first verified book to the ``n``-th, through the generated API."""
    from coinex_sdk import AsyncCoinEx
    from coinex_sdk.ws import OrderBook, WsTimings

    base = url.removesuffix("/v2/spot")
    async with AsyncCoinEx(ws_url=base, ws_timings=WsTimings(ping_interval=60.0)) as acx:
        stream = acx.ws.spot.order_book(market="BTCUSDT", limit=LEVELS)
        async with stream:
            count, start = 0, 0.0
            async for book in stream:
                if not isinstance(book, OrderBook):
                    raise AssertionError(f"the book was not current: {book!r}")
                count += 1
                if count == 1:
                    start = clock()
                if count == n_messages:
                    if stream.book.checksum_failures:
                        raise AssertionError("the book missed a checksum")
                    return clock() - start
    raise AssertionError("stream ended early")


def run(n_messages: int, rounds: int = 5) -> dict[str, float]:
    """Median msgs/s of the floor and of the book over ``rounds`` alternating runs."""
    server = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.ws_book", "--serve", str(n_messages)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = f"ws://127.0.0.1:{server.stdout.readline().strip()}/v2/spot"
        floor_rates, book_rates = [], []
        for _ in range(rounds):
            floor_rates.append(n_messages / in_process("floor", url, n_messages, MODULE))
            book_rates.append(n_messages / in_process("ours", url, n_messages, MODULE))
    finally:
        server.terminate()
        server.wait(5)
    result = {
        "book_floor_msgs_per_s": statistics.median(floor_rates),
        "book_msgs_per_s": statistics.median(book_rates),
    }
    result["book_ratio"] = result["book_msgs_per_s"] / result["book_floor_msgs_per_s"]
    return result


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        asyncio.run(serve(int(sys.argv[2])))
    elif sys.argv[1:2] == ["--client"]:
        client = {"floor": floor, "ours": ours}[sys.argv[2]]
        print(asyncio.run(client(sys.argv[3], int(sys.argv[4]))))
    else:
        for key, value in run(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000).items():
            print(f"{key:>24}: {value:,.2f}")
