"""Throughput of the maintained order book (CRC32 checked) against the raw-stream floor.

Run ``python -m benchmarks.ws_book [n]`` (``nox -s bench`` runs it in the whole table).

Unlike :mod:`benchmarks.ws_depth` (random checksums: fine for a stream that does not check
them), the pushes here form a consistent book: a 50-level full snapshot, then deltas that
change, delete and add levels, each carrying the CRC32 CoinEx would send
(docs/protocol/websocket.md §11), the cycle starting again from a full snapshot every ``CYCLE``
pushes (CoinEx resends the full book every minute). A book that misses a checksum resubscribes,
so a bug shows as a stall, not as a fast number.

(a) floor: raw websockets + zlib + orjson over the same frames (:func:`benchmarks.ws_depth.floor`)
(b) ours:  ``acx.ws.spot.order_book(market=..., limit=50)`` iterated to the ``n``-th book
(c) ccxt.pro ``watch_order_book`` (when ccxt is installed, one round): see :func:`ccxt_pro`

As in :mod:`benchmarks.ws_depth`, each client runs in its own process and counts its own CPU.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import importlib.util
import json
import random
import statistics
import subprocess
import sys
import zlib
from decimal import Decimal
from typing import Any

from benchmarks.ws_depth import clock, floor, in_process, ws_binary_frame

LEVELS = 50
MODULE = "benchmarks.ws_book"
CYCLE = 500
FIRST_UPDATE = 1_700_000_000_000
LAST_UPDATE = FIRST_UPDATE + 10**9
"""``updated_at`` of the frame sent after the ``n`` measured ones: the cycle repeats the others'
(ccxt.pro, which may hand over several pushes at once, is timed until it has applied this one)."""


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
                "updated_at": FIRST_UPDATE + n,
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
    last = json.loads(gzip.decompress(cycle[0]))  # the snapshot again, with its own timestamp
    last["data"]["depth"]["updated_at"] = LAST_UPDATE
    frames = [cycle[i % len(cycle)] for i in range(n_messages)]
    frames.append(gzip.compress(json.dumps(last).encode(), mtime=0))
    blast = b"".join(ws_binary_frame(frame) for frame in frames)

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


async def ccxt_pro(url: str, n_messages: int, budget: float = 3.0) -> tuple[int, float]:
    """ccxt.pro's ``watch_order_book`` on the same pushes: how many it applied, and the CPU
    seconds from the first to the last it applied, waiting for the last push at most ``budget``
    seconds.

    On a fast stream ccxt 4.5.85 applies about two thousand pushes and then stalls: its receive
    loop drains aiohttp's buffer behind aiohttp's flow control, which then keeps the transport
    paused. It does not check the checksum either (the call is commented out in ccxt)."""
    import ccxt.pro as ccxt_pro  # type: ignore[import-not-found]

    exchange = ccxt_pro.coinex({"enableRateLimit": False})
    exchange.urls["api"]["ws"] = {"spot": url + "/", "swap": url + "/"}
    exchange.set_markets([_CCXT_MARKET])  # instead of load_markets() over REST
    applied, first, last = 0, 0.0, 0.0
    handle = exchange.handle_order_book

    def counting(client: Any, message: Any) -> Any:
        nonlocal applied, first, last
        last = clock()
        first = first or last
        applied += 1
        return handle(client, message)

    exchange.handle_order_book = counting

    async def until_last() -> None:
        while (await exchange.watch_order_book("BTC/USDT", LEVELS))["timestamp"] != LAST_UPDATE:
            pass

    try:
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(until_last(), budget)
        return min(applied, n_messages), last - first
    finally:
        await exchange.close()


_CCXT_MARKET = {
    "id": "BTCUSDT",
    "symbol": "BTC/USDT",
    "base": "BTC",
    "quote": "USDT",
    "baseId": "BTC",
    "quoteId": "USDT",
    "type": "spot",
    "spot": True,
    "margin": False,
    "swap": False,
    "future": False,
    "option": False,
    "contract": False,
    "active": True,
    "precision": {"amount": 1e-8, "price": 0.01},
    "limits": {},
    "info": {},
}


def run(n_messages: int, rounds: int = 5, with_ccxt: bool = False) -> dict[str, float]:
    """Median msgs/s of the floor and of the book over ``rounds`` alternating runs."""
    server = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.ws_book", "--serve", str(n_messages)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = f"ws://127.0.0.1:{server.stdout.readline().strip()}/v2/spot"
        floor_rates, book_rates, ccxt_rates = [], [], []
        ccxt_applied = 0
        for _ in range(rounds):
            floor_rates.append(n_messages / in_process("floor", url, n_messages, MODULE))
            book_rates.append(n_messages / in_process("ours", url, n_messages, MODULE))
            if with_ccxt and not ccxt_rates:  # one round: a stalled close takes seconds
                ccxt_applied, seconds = _ccxt_in_process(url, n_messages)
                ccxt_rates.append(ccxt_applied / seconds)
    finally:
        server.terminate()
        server.wait(5)
    result = {
        "book_floor_msgs_per_s": statistics.median(floor_rates),
        "book_msgs_per_s": statistics.median(book_rates),
    }
    result["book_ratio"] = result["book_msgs_per_s"] / result["book_floor_msgs_per_s"]
    if ccxt_rates:
        result["book_ccxt_pro_msgs_per_s"] = ccxt_rates[0]
        result["book_ccxt_pro_applied"] = float(ccxt_applied)
    return result


def _ccxt_in_process(url: str, n_messages: int) -> tuple[int, float]:
    """:func:`ccxt_pro` in a fresh interpreter: pushes applied, CPU seconds."""
    out = subprocess.run(
        [sys.executable, "-m", MODULE, "--client", "ccxt", url, str(n_messages)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    applied, seconds = out.stdout.strip().splitlines()[-1].split()
    return int(applied), float(seconds)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        asyncio.run(serve(int(sys.argv[2])))
    elif sys.argv[1:3] == ["--client", "ccxt"]:
        print(*asyncio.run(ccxt_pro(sys.argv[3], int(sys.argv[4]))))
    elif sys.argv[1:2] == ["--client"]:
        client = {"floor": floor, "ours": ours}[sys.argv[2]]
        print(asyncio.run(client(sys.argv[3], int(sys.argv[4]))))
    else:
        n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
        with_ccxt = importlib.util.find_spec("ccxt") is not None
        for key, value in run(n, with_ccxt=with_ccxt).items():
            print(f"{key:>24}: {value:,.2f}")
