"""Where the CPU of one async call goes: cProfile (process time) over calls to the fake CoinEx.

    python -m benchmarks.profile_rest [--call ticker|place_order|...] [--calls 2000] [--top 25]
                                      [--client ours-async] [--sort tottime|cumtime]

Runs the client of :mod:`benchmarks.clients` in this process against :mod:`benchmarks._server`
and prints the functions costing the most, in microseconds per call (cProfile's own overhead
inflates small functions; compare them with each other, not with the bench's figures).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import pstats
import re
import time

from benchmarks import _server
from benchmarks.clients import ASYNC_CLIENTS, CALLS


async def _profile(client_name: str, url: str, call: str, calls: int) -> cProfile.Profile:
    client = ASYNC_CLIENTS[client_name](url)
    one = client.calls[call]
    try:
        for _ in range(200):  # warm up: connections, lazy imports, caches
            await one()
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        for _ in range(calls):
            await one()
        profiler.disable()
    finally:
        await client.aclose()
    return profiler


def report(profiler: cProfile.Profile, calls: int, top: int, sort: str) -> str:
    """The ``top`` functions by ``sort``, their times turned into us per call."""
    stats = pstats.Stats(profiler)
    rows = []
    for (file, line, name), (_, ncalls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        where = f"{_short(file)}:{line}({name})"
        rows.append((tottime / calls * 1e6, cumtime / calls * 1e6, ncalls / calls, where))
    rows.sort(key=lambda r: r[0 if sort == "tottime" else 1], reverse=True)
    total = sum(r[0] for r in rows)
    out = io.StringIO()
    out.write(f"total {total:.0f} us/call under the profiler; top {top} by {sort}\n")
    out.write(f"{'own us':>8} {'cum us':>8} {'calls':>6}  function\n")
    for own, cum, n, where in rows[:top]:
        out.write(f"{own:8.1f} {cum:8.1f} {n:6.1f}  {where}\n")
    return out.getvalue()


def _short(file: str) -> str:
    """``httpx/_models.py`` for a dependency, ``coinex_sdk/...`` for ours, ``asyncio/...``."""
    for marker in ("site-packages/", "/coinex_sdk/", "/benchmarks/"):
        at = file.rfind(marker)
        if at >= 0:
            return file[at + 1 :] if marker.startswith("/") else file[at + len(marker) :]
    return re.sub(r"^.*/python3\.\d+/", "", file)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--call", choices=CALLS, default="ticker")
    parser.add_argument("--client", choices=sorted(ASYNC_CLIENTS), default="ours-async")
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", choices=("tottime", "cumtime"), default="tottime")
    options = parser.parse_args()
    proc, url = _server.start()
    try:
        profiler = asyncio.run(_profile(options.client, url, options.call, options.calls))
    finally:
        proc.terminate()
        proc.join(5)
    print(f"{options.client} {options.call}, {options.calls} calls")
    print(report(profiler, options.calls, options.top, options.sort))


if __name__ == "__main__":
    main()
