"""The SDK's own CPU per call without any I/O: the bench's low-noise companion.

    python -m benchmarks.overhead [--calls 3000] [--rounds 7] [--profile place_order]

The bench's figures include aiohttp, the kernel and the event loop, and swing by a third on a
busy machine. This takes them out: the client's sender (``_shell.sender``, the one seam where
bytes leave) is swapped for one that signs like the default sender and answers at once with the
fake CoinEx's bytes (:mod:`benchmarks._server`'s examples). What remains is ours alone:
validation, encoding, the flow, signing, the envelope and the model, a tight loop timed with
``time.process_time`` (min and median of the rounds). ``--profile CALL`` prints cProfile's top
functions for that call; with no I/O in the way the profile is about our code only.

It reaches into the client's internals (``_shell``, ``_transport``) on purpose: it is a tool for the
people changing them.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import statistics
import time
from collections.abc import Callable
from typing import Any

from multidict import CIMultiDict, CIMultiDictProxy

from benchmarks import _server
from benchmarks.clients import CALLS, OursAsync, OursSync
from benchmarks.profile_rest import report

HEADERS = CIMultiDictProxy(
    CIMultiDict({"Content-Type": "application/json", "Connection": "keep-alive"})
)


class CannedSender:
    """Answers every request with the fake CoinEx's bytes, after signing it like the default
    sender does (so the signature's cost stays in)."""

    def __init__(self, transport: Any) -> None:
        from coinex_sdk._envelope import Response

        self._transport = transport
        self._answers = {
            (method, path): Response(200, HEADERS, _server._body(name))
            for (method, path), name in _server.ROUTES.items()
        }

    def _answer(self, request: Any) -> Any:
        from coinex_sdk._signing import http_sign_headers

        if request.signed:
            transport = self._transport
            http_sign_headers(
                transport.credentials,
                request.method,
                request.target.encode("ascii"),
                request.content,
                transport.clock.now_ms(),
                transport.window_time,
            )
        return self._answers[(request.method, request.target.split("?", 1)[0])]

    def send(self, request: Any) -> Any:
        return self._answer(request)

    def close(self) -> None:
        pass


class AsyncCannedSender(CannedSender):
    async def send(self, request: Any) -> Any:
        return self._answer(request)

    async def aclose(self) -> None:
        pass


def _timed(run: Callable[[int], None], calls: int, rounds: int) -> tuple[float, float]:
    run(max(1, calls // 10))  # warm up: lazy imports, cattrs hooks
    figures = []
    for _ in range(rounds):
        start = time.process_time()
        run(calls)
        figures.append((time.process_time() - start) / calls * 1e6)
    return min(figures), statistics.median(figures)


def measure(calls: int, rounds: int, profile: str | None = None) -> dict[str, tuple[float, float]]:
    """``{figure: (min, median) CPU us per call}`` with no I/O."""
    loop = asyncio.new_event_loop()
    ours = loop.run_until_complete(_open_async())
    shell = ours._client._shell
    shell.sender = AsyncCannedSender(shell.transport)
    results = {}
    try:
        for call in CALLS:
            one = ours.calls[call]

            def run(k: int, one: Callable[[], Any] = one) -> None:
                async def many() -> None:
                    for _ in range(k):
                        await one()

                loop.run_until_complete(many())

            results[f"AsyncCoinEx {call}"] = _timed(run, calls, rounds)
            if call == profile:
                profiler = cProfile.Profile(time.process_time)
                profiler.runcall(run, calls)
                print(f"AsyncCoinEx {call} without I/O, {calls} calls")
                print(report(profiler, calls, 30, "tottime"))
        sync = OursSync("http://127.0.0.1:1")
        sync_shell = sync._client._shell
        sync_shell.sender = CannedSender(sync_shell.transport)
        ticker = sync.calls["ticker"]

        def run_sync(k: int) -> None:
            for _ in range(k):
                ticker()

        results["CoinEx ticker"] = _timed(run_sync, calls, rounds)
        sync.close()
    finally:
        loop.run_until_complete(ours.aclose())
        loop.close()
    return results


async def _open_async() -> OursAsync:
    return OursAsync("http://127.0.0.1:1")  # never connected: the sender is replaced


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.overhead", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--profile", choices=CALLS, help="cProfile this async call")
    options = parser.parse_args()
    results = measure(options.calls, options.rounds, options.profile)
    print(f"our CPU per call without I/O, {options.rounds} rounds x {options.calls} calls")
    for name, (low, median) in results.items():
        print(f"  {name:32s} min {low:6.1f} us   median {median:6.1f} us")


if __name__ == "__main__":
    main()
