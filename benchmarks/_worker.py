"""One client in its own process, timing calls on command.

    python -m benchmarks._worker NAME URL

It opens the client (see :mod:`benchmarks.clients`), prints ``{"ready": true}``, then reads one
JSON command a line from stdin and answers with one JSON line:

- ``{"call": "ticker", "calls": 400, "in_flight": 1}`` -> ``{"us": <CPU us per call>}``, the
  process CPU time (``time.process_time``, so the server and the other clients do not count)
  over ``calls`` calls, ``in_flight`` of them awaited at once (async clients);
- ``{"burst": 1000}`` -> ``{"ok": <answers>, "errors": [...], "rss_mb": <peak RSS growth>}``:
  that many tickers started at once on the one client;
- end of input: close the client and exit.

A process per client keeps the figures apart: no client pays for another's imports, garbage or
event-loop work, and the parent interleaves rounds across clients so a busy machine slows all
of them alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import resource
import sys
import time
from typing import Any

from benchmarks.clients import ASYNC_CLIENTS, SYNC_CLIENTS, AsyncClient


def _peak_rss_mb(reset: bool = False) -> float:
    """The process's peak resident memory; with ``reset``, first forget the previous peak where
    the OS allows it (Linux: ``/proc/self/clear_refs``), so the next peak is the burst's own."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            if reset:
                with open("/proc/self/clear_refs", "w") as refs:
                    refs.write("5")  # resets VmHWM (proc(5))
            with open("/proc/self/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, KB


async def _timed_async(client: AsyncClient, call: str, calls: int, in_flight: int) -> float:
    one = client.calls[call]
    start = time.process_time()
    if in_flight <= 1:
        for _ in range(calls):
            await one()
    else:
        left = calls

        async def lane() -> None:
            nonlocal left
            while left > 0:
                left -= 1
                await one()

        await asyncio.gather(*(lane() for _ in range(in_flight)))
    return (time.process_time() - start) / calls * 1e6


async def _burst(client: AsyncClient, size: int) -> dict[str, Any]:
    before = _peak_rss_mb(reset=True)
    results = await asyncio.gather(
        *(client.calls["ticker"]() for _ in range(size)), return_exceptions=True
    )
    errors = sorted({repr(r)[:200] for r in results if isinstance(r, BaseException)})
    ok = sum(not isinstance(r, BaseException) for r in results)
    return {"ok": ok, "errors": errors, "rss_mb": _peak_rss_mb() - before}


def _answer(reply: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()


def _commands() -> Any:
    for line in sys.stdin:
        if line.strip():
            yield json.loads(line)


def run_async(name: str, url: str) -> None:
    loop = asyncio.new_event_loop()

    async def open_client() -> AsyncClient:
        return ASYNC_CLIENTS[name](url)

    client = loop.run_until_complete(open_client())
    _answer({"ready": True})
    try:
        for command in _commands():
            if "burst" in command:
                _answer(loop.run_until_complete(_burst(client, command["burst"])))
            else:
                us = loop.run_until_complete(
                    _timed_async(
                        client, command["call"], command["calls"], command.get("in_flight", 1)
                    )
                )
                _answer({"us": us})
    finally:
        loop.run_until_complete(client.aclose())
        loop.close()


def run_sync(name: str, url: str) -> None:
    client = SYNC_CLIENTS[name](url)
    _answer({"ready": True})
    try:
        for command in _commands():
            one, calls = client.calls[command["call"]], command["calls"]
            start = time.process_time()
            for _ in range(calls):
                one()
            _answer({"us": (time.process_time() - start) / calls * 1e6})
    finally:
        client.close()


def main() -> None:
    name, url = sys.argv[1], sys.argv[2]
    (run_async if name in ASYNC_CLIENTS else run_sync)(name, url)


if __name__ == "__main__":
    main()
