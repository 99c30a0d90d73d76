"""Throughput of the typed depth stream against the floor of raw websockets + zlib + orjson.

Run ``nox -s bench`` or ``python -m benchmarks.ws_depth [n]``.

A server in a separate process answers ``depth.subscribe`` by writing ``n`` pre-encoded gzip
``depth.update`` frames (50 levels a side, as with ``limit=50``) straight to the socket, so the
server costs next to nothing and the client is what is measured. Each client runs in its own
process, rounds alternate between them, and each counts the CPU time of its own process
(``time.process_time``: user + system, so the socket reads count too, while other processes on
a busy machine do not) from the first push to the ``n``-th:

(a) floor:     ``async for frame in ws`` + ``zlib.decompress(frame, 47)`` + ``orjson.loads``
               (stdlib ``json`` when orjson is not installed; orjson parses floats as binary
               floats, so it is a floor, not an option for money)
(b) generated: ``acx.ws.spot.depth(market=..., limit=50)``: what users call, each push a
               ``SpotDepth`` model (Decimal last price, levels read lazily as Decimals)
(c) ours:      ``AsyncWsClient.subscribe(depth, params, parse_depth_update)`` (a ``BookUpdate``)
(d) untyped:   the same with the identity decoder: decode, route, queue, wake the consumer
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


LEVELS = 50


def depth_frames(count: int, levels: int = LEVELS, seed: int = 1) -> list[bytes]:
    """Depth pushes of ``levels`` levels a side (about 1.2 KB gzip at 50)."""
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


# -- the clients (each in its own process) -----------------------------------------------------

clock = time.process_time
"""What each client counts: its own CPU, not the wall clock other processes share."""


def _loads() -> Any:
    try:
        import orjson
    except ImportError:  # the floor is then stdlib json: slower, so ratios look better
        return json.loads
    return orjson.loads


async def floor(url: str, n_messages: int) -> float:
    """CPU seconds from the first push to the last: raw websockets + zlib + orjson."""
    from websockets.asyncio.client import connect

    loads = _loads()
    async with connect(url, compression=None, ping_interval=None, max_size=2**24) as ws:
        await ws.send(json.dumps({**SUBSCRIBE, "id": 1}))
        count, start = 0, 0.0
        async for frame in ws:
            message = loads(zlib.decompress(frame, 47))  # type: ignore[arg-type]
            if message.get("method") == "depth.update":
                count += 1
                if count == 1:
                    start = clock()
                if count == n_messages:
                    return clock() - start
    raise AssertionError("stream ended early")


async def ours(url: str, n_messages: int, decode: Any = None) -> float:
    """Seconds from the first push to the last through AsyncWsClient's typed depth stream."""
    from coinex_sdk.ws import AsyncWsClient, Channel, Gap, WsTimings, parse_depth_update

    timings = WsTimings(ping_interval=60.0)
    async with AsyncWsClient(url, venue="spot", timings=timings) as client:
        params = SUBSCRIBE["params"]
        stream = client.subscribe(Channel("depth", "spot"), params, decode or parse_depth_update)
        async with stream:
            count, start = 0, 0.0
            async for update in stream:
                if isinstance(update, Gap):  # a gap is not a message: count only real pushes
                    raise AssertionError(f"the stream had a gap: {update!r}")
                count += 1
                if count == 1:
                    start = clock()
                if count == n_messages:
                    return clock() - start
    raise AssertionError("stream ended early")


async def untyped(url: str, n_messages: int) -> float:
    return await ours(url, n_messages, lambda data: data)


async def generated(url: str, n_messages: int) -> float:
    """The same through the generated API users call: ``acx.ws.spot.depth(...)`` decoding each
    push into the spec's ``SpotDepth`` model."""
    from coinex_sdk import AsyncCoinEx
    from coinex_sdk.models import SpotDepth
    from coinex_sdk.ws import WsTimings

    base = url.removesuffix("/v2/spot")
    async with AsyncCoinEx(ws_url=base, ws_timings=WsTimings(ping_interval=60.0)) as acx:
        stream = acx.ws.spot.depth(market="BTCUSDT", limit=50)
        async with stream:
            count, start = 0, 0.0
            async for update in stream:
                if not isinstance(update, SpotDepth):
                    raise AssertionError(f"not a SpotDepth: {update!r}")
                count += 1
                if count == 1:
                    start = clock()
                if count == n_messages:
                    return clock() - start
    raise AssertionError("stream ended early")


CLIENTS = {"floor": floor, "generated": generated, "ours": ours, "untyped": untyped}


def in_process(
    client: str, url: str, n_messages: int, module: str = "benchmarks.ws_depth"
) -> float:
    """Run one client of ``module`` in a fresh interpreter; its seconds for ``n_messages``."""
    out = subprocess.run(
        [sys.executable, "-m", module, "--client", client, url, str(n_messages)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return float(out.stdout.strip().splitlines()[-1])


def run(n_messages: int, rounds: int = 5) -> dict[str, float]:
    """Median msgs/s of the floor and of each client over ``rounds`` alternating runs, and the
    ratios to the floor."""
    server = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.ws_depth", "--serve", str(n_messages)],
        stdout=subprocess.PIPE,
        text=True,
    )
    rates: dict[str, list[float]] = {name: [] for name in CLIENTS}
    try:
        assert server.stdout is not None
        url = f"ws://127.0.0.1:{server.stdout.readline().strip()}/v2/spot"
        for _ in range(rounds):
            for name in CLIENTS:
                rates[name].append(n_messages / in_process(name, url, n_messages))
    finally:
        server.terminate()
        server.wait(5)
    result = {
        "n_messages": n_messages,
        "frame_bytes": statistics.mean(len(f) for f in depth_frames(50)),
        "floor_msgs_per_s": statistics.median(rates["floor"]),
        "ours_msgs_per_s": statistics.median(rates["ours"]),
        "ours_untyped_msgs_per_s": statistics.median(rates["untyped"]),
        "generated_msgs_per_s": statistics.median(rates["generated"]),
    }
    result["ratio"] = result["ours_msgs_per_s"] / result["floor_msgs_per_s"]
    result["ratio_untyped"] = result["ours_untyped_msgs_per_s"] / result["floor_msgs_per_s"]
    result["ratio_generated"] = result["generated_msgs_per_s"] / result["floor_msgs_per_s"]
    return result


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        asyncio.run(serve(int(sys.argv[2])))
    elif sys.argv[1:2] == ["--client"]:
        name, url, count = sys.argv[2], sys.argv[3], int(sys.argv[4])
        print(asyncio.run(CLIENTS[name](url, count)))
    else:
        results = run(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
        for key, value in results.items():
            print(f"{key:>24}: {value:,.2f}")
