"""Throughput of the typed depth stream against the floor of raw websockets + zlib + json.

Run ``nox -s bench`` or ``python -m benchmarks.ws_depth [n]``.

A server in a separate process answers ``depth.subscribe`` by writing ``n`` pre-encoded gzip
``depth.update`` frames straight to the socket, so the server costs next to nothing and the
client is what is measured. Each side is timed from the first push to the ``n``-th:

(a) floor: ``async for frame in ws`` + ``zlib.decompress(frame, 47)`` + ``json.loads``
(b) ours:  ``AsyncWsClient.subscribe(depth, params, parse_depth_update)`` iterated to the end,
           i.e. decode, route, queue, wake the consumer, and build a typed ``BookUpdate``.
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
import time
import zlib
from typing import Any

SUBSCRIBE = {"method": "depth.subscribe", "params": {"market_list": [["BTCUSDT", 50, "0", False]]}}


def depth_frames(count: int, levels: int = 20, seed: int = 1) -> list[bytes]:
    """Realistic incremental depth pushes: ``levels`` changed levels a side, about 1 KB gzip."""
    rng = random.Random(seed)
    frames = []
    for n in range(count):
        bids = [
            [f"{30000 - rng.randint(0, 500)}.{rng.randint(0, 99):02d}", f"{rng.random():.8f}"]
            for _ in range(levels)
        ]
        asks = [
            [f"{30001 + rng.randint(0, 500)}.{rng.randint(0, 99):02d}", f"{rng.random():.8f}"]
            for _ in range(levels)
        ]
        data = {
            "market": "BTCUSDT",
            "is_full": False,
            "depth": {
                "asks": asks,
                "bids": bids,
                "last": "30000.50",
                "updated_at": 1_700_000_000_000 + n,
                "checksum": rng.getrandbits(32),
            },
        }
        message = {"method": "depth.update", "data": data, "id": None}
        frames.append(gzip.compress(json.dumps(message).encode(), mtime=0))
    return frames


def ws_binary_frame(payload: bytes) -> bytes:
    """An unmasked server-to-client binary frame (RFC 6455 §5.2)."""
    size = len(payload)
    if size < 126:
        header = bytes((0x82, size))
    elif size < 65536:
        header = bytes((0x82, 126)) + size.to_bytes(2, "big")
    else:
        header = bytes((0x82, 127)) + size.to_bytes(8, "big")
    return header + payload


# -- the server process -----------------------------------------------------------------------


async def serve(n_messages: int) -> None:
    from websockets.asyncio.server import ServerConnection
    from websockets.asyncio.server import serve as ws_serve
    from websockets.exceptions import ConnectionClosed

    distinct = depth_frames(min(n_messages, 500))
    blast = b"".join(ws_binary_frame(distinct[i % len(distinct)]) for i in range(n_messages))

    async def handler(ws: ServerConnection) -> None:
        with contextlib.suppress(ConnectionClosed):
            await answer(ws)

    async def answer(ws: ServerConnection) -> None:
        async for text in ws:
            request = json.loads(text)
            reply = {"id": request["id"], "code": 0, "message": "OK"}
            if request["method"] == "server.ping":
                reply["data"] = {"result": "pong"}
            await ws.send(gzip.compress(json.dumps(reply).encode(), mtime=0))
            if request["method"] == "depth.subscribe":
                ws.transport.write(blast)  # behind websockets' back: the frames are complete

    async with ws_serve(handler, "127.0.0.1", 0, compression=None, ping_interval=None) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Event().wait()


# -- the two clients --------------------------------------------------------------------------


async def floor(url: str, n_messages: int) -> float:
    """Seconds from the first push to the last: raw websockets + zlib + json."""
    from websockets.asyncio.client import connect

    async with connect(url, compression=None, ping_interval=None, max_size=2**24) as ws:
        await ws.send(json.dumps({**SUBSCRIBE, "id": 1}))
        count, start = 0, 0.0
        async for frame in ws:
            message = json.loads(zlib.decompress(frame, 47))  # type: ignore[arg-type]
            if message.get("method") == "depth.update":
                count += 1
                if count == 1:
                    start = time.perf_counter()
                if count == n_messages:
                    return time.perf_counter() - start
    raise AssertionError("stream ended early")


async def ours(url: str, n_messages: int, decode: Any = None) -> float:
    """Seconds from the first push to the last through AsyncWsClient's typed depth stream."""
    from coinex_sdk.ws import AsyncWsClient, Channel, WsTimings, parse_depth_update

    timings = WsTimings(ping_interval=60.0)
    async with AsyncWsClient(url, endpoint="spot", timings=timings) as client:
        params = SUBSCRIBE["params"]
        stream = client.subscribe(Channel("depth", "spot"), params, decode or parse_depth_update)
        async with stream:
            count, start = 0, 0.0
            async for _update in stream:
                count += 1
                if count == 1:
                    start = time.perf_counter()
                if count == n_messages:
                    return time.perf_counter() - start
    raise AssertionError("stream ended early")


async def generated(url: str, n_messages: int) -> float:
    """The same through the generated API users call: ``acx.ws.spot.depth(...)`` decoding each
    push into the spec's ``SpotDepth`` model (cattrs, Decimal levels)."""
    from coinex_sdk import AsyncCoinEx
    from coinex_sdk.ws import WsTimings

    base = url.removesuffix("/v2/spot")
    async with AsyncCoinEx(ws_url=base, ws_timings=WsTimings(ping_interval=60.0)) as acx:
        stream = acx.ws.spot.depth(market="BTCUSDT", limit=50)
        async with stream:
            count, start = 0, 0.0
            async for _update in stream:
                count += 1
                if count == 1:
                    start = time.perf_counter()
                if count == n_messages:
                    return time.perf_counter() - start
    raise AssertionError("stream ended early")


def run(n_messages: int, rounds: int = 5) -> dict[str, float]:
    """Median msgs/s of the floor and of ours over ``rounds`` alternating runs, and the ratio."""
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(n_messages)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = f"ws://127.0.0.1:{server.stdout.readline().strip()}/v2/spot"
        floor_rates, our_rates, raw_rates, gen_rates = [], [], [], []
        for _ in range(rounds):
            floor_rates.append(n_messages / asyncio.run(floor(url, n_messages)))
            our_rates.append(n_messages / asyncio.run(ours(url, n_messages)))
            raw_rates.append(n_messages / asyncio.run(ours(url, n_messages, lambda d: d)))
            gen_rates.append(n_messages / asyncio.run(generated(url, n_messages)))
    finally:
        server.terminate()
        server.wait(5)
    result = {
        "n_messages": n_messages,
        "frame_bytes": statistics.mean(len(f) for f in depth_frames(50)),
        "floor_msgs_per_s": statistics.median(floor_rates),
        "ours_msgs_per_s": statistics.median(our_rates),
        "ours_untyped_msgs_per_s": statistics.median(raw_rates),
        "generated_msgs_per_s": statistics.median(gen_rates),
    }
    result["ratio"] = result["ours_msgs_per_s"] / result["floor_msgs_per_s"]
    result["ratio_untyped"] = result["ours_untyped_msgs_per_s"] / result["floor_msgs_per_s"]
    result["ratio_generated"] = result["generated_msgs_per_s"] / result["floor_msgs_per_s"]
    return result


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        asyncio.run(serve(int(sys.argv[2])))
    else:
        results = run(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
        for key, value in results.items():
            print(f"{key:>24}: {value:,.2f}")
