"""CPU per signed REST call, ours against floors measured in the same run.

    python -m benchmarks.rest [--requests N] [--rounds R]

Floors: raw httpx (sync and async) and raw aiohttp, each hand-signing the request
(HMAC-SHA256 over method + target + body + timestamp) and ``json.loads`` of the reply. Ours:
``CoinEx`` and ``AsyncCoinEx`` (default aiohttp transport, and on httpx's own transport) calling
a generated endpoint with validation, signing, envelope decoding and model decoding. The server
runs in another process; the number is this process's CPU time per request (median of rounds).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import statistics
import time
from collections.abc import Awaitable, Callable

import aiohttp
import httpx

from benchmarks import _server

SECRET = b"bench-secret"
TARGET = "/v2/spot/ticker?market=BTCUSDT"


def _headers(method: str, target: str) -> dict[str, str]:
    ts = str(time.time_ns() // 1_000_000)
    sign = hmac.new(SECRET, (method + target + ts).encode(), hashlib.sha256).hexdigest()
    return {"X-COINEX-KEY": "bench", "X-COINEX-SIGN": sign, "X-COINEX-TIMESTAMP": ts}


def _cpu_per_call(run: Callable[[int], None], n: int) -> float:
    start = time.process_time()
    run(n)
    return (time.process_time() - start) / n * 1000


def _async_cpu(make: Callable[[int], Awaitable[None]], n: int) -> float:
    return _cpu_per_call(lambda k: asyncio.run(make(k)), n)


def measure(url: str, n: int) -> dict[str, float]:
    from coinex_sdk import AsyncCoinEx, CoinEx

    results: dict[str, float] = {}

    def raw_httpx_sync(k: int) -> None:
        with httpx.Client(base_url=url) as client:
            for _ in range(k):
                json.loads(client.get(TARGET, headers=_headers("GET", TARGET)).content)

    async def raw_httpx_async(k: int) -> None:
        async with httpx.AsyncClient(base_url=url) as client:
            for _ in range(k):
                r = await client.get(TARGET, headers=_headers("GET", TARGET))
                json.loads(r.content)

    async def raw_aiohttp(k: int) -> None:
        async with aiohttp.ClientSession() as session:
            for _ in range(k):
                async with session.get(url + TARGET, headers=_headers("GET", TARGET)) as r:
                    json.loads(await r.read())

    def ours_sync(k: int) -> None:
        with CoinEx("bench", SECRET.decode(), base_url=url, rate_limit="off") as cx:
            for _ in range(k):
                cx.spot.ticker(market=["BTCUSDT"])

    async def ours_async(k: int) -> None:
        async with AsyncCoinEx("bench", SECRET.decode(), base_url=url, rate_limit="off") as acx:
            for _ in range(k):
                await acx.spot.ticker(market=["BTCUSDT"])

    async def ours_async_httpx(k: int) -> None:
        http = httpx.AsyncClient()
        async with AsyncCoinEx(
            "bench", SECRET.decode(), base_url=url, rate_limit="off", http_client=http
        ) as acx:
            for _ in range(k):
                await acx.spot.ticker(market=["BTCUSDT"])
        await http.aclose()

    results["raw httpx.Client (floor, sync)"] = _cpu_per_call(raw_httpx_sync, n)
    results["CoinEx (sync, httpx)"] = _cpu_per_call(ours_sync, n)
    results["raw httpx.AsyncClient"] = _async_cpu(raw_httpx_async, n)
    results["raw aiohttp (floor, async)"] = _async_cpu(raw_aiohttp, n)
    results["AsyncCoinEx (default: aiohttp beneath httpx)"] = _async_cpu(ours_async, n)
    results["AsyncCoinEx (httpx's own transport)"] = _async_cpu(ours_async_httpx, n)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    options = parser.parse_args()
    proc, url = _server.start()
    try:
        rounds = [measure(url, options.requests) for _ in range(options.rounds)]
    finally:
        proc.terminate()
    medians = {name: statistics.median(r[name] for r in rounds) for name in rounds[0]}
    sync_floor = medians["raw httpx.Client (floor, sync)"]
    async_floor = medians["raw aiohttp (floor, async)"]
    print(f"CPU ms per signed GET over loopback, median of {options.rounds} x {options.requests}")
    sync_names = {"raw httpx.Client (floor, sync)", "CoinEx (sync, httpx)"}
    for name, value in medians.items():
        floor = sync_floor if name in sync_names else async_floor
        print(f"  {name:48s} {value:6.3f} ms   {value / floor:5.2f}x floor")


if __name__ == "__main__":
    main()
