"""The bench of issue 11: ours against the raw floors and ccxt, in one run, one table.

    python -m benchmarks [--calls 400] [--rounds 5] [--burst 1000] [--ws-messages 20000]
                         [--no-ws] [--no-ccxt] [--json results.json]

(``nox -s bench`` installs ccxt 4.5.85 beside the package and runs this.)

REST: a fake CoinEx (:mod:`benchmarks._server`) answers on loopback in its own process; every
client (:mod:`benchmarks.clients`) runs in its own process (:mod:`benchmarks._worker`) and times
its own CPU (``time.process_time``) per call. Rounds are interleaved across clients (in a
rotating order), and each figure is the median of the rounds. WS: :mod:`benchmarks.ws_depth`.
Also ``import`` time (fresh interpreters) and 1000 tickers at once on one client.

The goal column is issue 11's: the async calls at most 0.8x ccxt's CPU, the sync ticker at most
raw httpx's, the typed depth stream at least 0.7x the floor's throughput, the maintained order
book 0.4x, ``import coinex_sdk`` at most 30 ms, the burst all answered over at most 100
connections and at most +20 MB.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from benchmarks import _server
from benchmarks.clients import CCXT_CLIENTS

CCXT_VERSION = "4.5.85"


@dataclass
class Scenario:
    """One timed figure: ``call`` made by each of ``clients`` (floor, ccxt, ours, extras...)."""

    key: str
    call: str
    floor: str
    ccxt: str
    ours: str
    extras: tuple[str, ...] = ()
    in_flight: int = 1

    @property
    def clients(self) -> tuple[str, ...]:
        return tuple(n for n in (self.floor, self.ccxt, self.ours, *self.extras) if n)


SCENARIOS = (
    Scenario(
        "async ticker",
        "ticker",
        "aiohttp",
        "ccxt-async",
        "ours-async",
        extras=("httpx-async", "ours-async-httpx"),
    ),
    Scenario("async create_order", "place_order", "aiohttp", "ccxt-async", "ours-async"),
    Scenario("async pending orders", "pending_orders", "aiohttp", "ccxt-async", "ours-async"),
    Scenario("async cancel", "cancel_order", "aiohttp", "ccxt-async", "ours-async"),
    Scenario(
        "async ticker, 16 in flight", "ticker", "aiohttp", "ccxt-async", "ours-async", in_flight=16
    ),
    Scenario("sync ticker", "ticker", "httpx-sync", "ccxt-sync", "ours-sync"),
)
LABELS = {
    "aiohttp": "raw aiohttp",
    "httpx-async": "raw httpx.AsyncClient",
    "ccxt-async": "ccxt.async_support",
    "ours-async": "AsyncCoinEx",
    "ours-async-httpx": "AsyncCoinEx(http_client=httpx.AsyncClient())",
    "httpx-sync": "raw httpx.Client",
    "ccxt-sync": "ccxt (sync)",
    "ours-sync": "CoinEx",
}


# -- the client processes ---------------------------------------------------------------------


class Worker:
    """A client process (see :mod:`benchmarks._worker`), driven one command at a time."""

    def __init__(self, name: str, url: str) -> None:
        self.name = name
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks._worker", name, url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self._read()  # {"ready": true}

    def ask(self, command: dict[str, Any]) -> dict[str, Any]:
        assert self._proc.stdin is not None
        self._proc.stdin.write(json.dumps(command) + "\n")
        self._proc.stdin.flush()
        return self._read()

    def _read(self) -> dict[str, Any]:
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line:
            raise RuntimeError(f"bench client {self.name} died (exit {self._proc.wait()})")
        reply: dict[str, Any] = json.loads(line)
        return reply

    def close(self) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.close()
        try:
            self._proc.wait(30)
        except subprocess.TimeoutExpired:
            self._proc.kill()


@contextlib.contextmanager
def workers(names: set[str], url: str) -> Iterator[dict[str, Worker]]:
    started: dict[str, Worker] = {}
    try:
        for name in sorted(names):
            started[name] = Worker(name, url)
        yield started
    finally:
        for worker in started.values():
            worker.close()


def _server_stats(url: str, action: str = "stats") -> dict[str, int]:
    with urllib.request.urlopen(f"{url}/bench/{action}", timeout=10) as reply:
        stats: dict[str, int] = json.loads(reply.read())
        return stats


# -- measuring --------------------------------------------------------------------------------


@dataclass
class Results:
    cpu_us: dict[str, dict[str, float]] = field(default_factory=dict)
    """scenario key -> client name -> median CPU us per call."""
    rounds: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    burst: dict[str, dict[str, Any]] = field(default_factory=dict)
    import_ms: dict[str, float] = field(default_factory=dict)
    ws: dict[str, float] = field(default_factory=dict)
    machine: dict[str, Any] = field(default_factory=dict)


def measure_rest(url: str, scenarios: list[Scenario], calls: int, rounds: int) -> Results:
    results = Results()
    names = {name for s in scenarios for name in s.clients}
    with workers(names, url) as pool:

        def ask(s: Scenario, name: str, n: int) -> float:
            reply = pool[name].ask({"call": s.call, "calls": n, "in_flight": s.in_flight})
            return float(reply["us"])

        for s in scenarios:  # warm up: connections open, caches and lazy imports filled
            for name in s.clients:
                ask(s, name, max(1, min(calls, 50)))
        for r in range(rounds):
            for s in scenarios:
                order = list(s.clients)
                order = order[r % len(order) :] + order[: r % len(order)]
                for name in order:
                    us = ask(s, name, calls)
                    results.rounds.setdefault(s.key, {}).setdefault(name, []).append(us)
    for key, by_client in results.rounds.items():
        results.cpu_us[key] = {name: statistics.median(v) for name, v in by_client.items()}
    return results


def measure_burst(url: str, names: list[str], size: int) -> dict[str, dict[str, Any]]:
    """``size`` tickers at once on one fresh client: all answered? connections? RSS growth?"""
    out = {}
    for name in names:
        with workers({name}, url) as pool:
            pool[name].ask({"call": "ticker", "calls": 1})
            _server_stats(url, "reset")
            reply = pool[name].ask({"burst": size})
            reply["connections"] = _server_stats(url)["peak"] - 1  # minus the stats request
            out[name] = reply
    return out


def measure_import(module: str, runs: int) -> float:
    """Median CPU ms of ``import module`` in a fresh interpreter (the bytecode cache warm; CPU,
    not wall time, so that the other processes of a busy machine do not count)."""
    code = f"import time; t = time.process_time(); import {module}; print(time.process_time() - t)"
    times = []
    for _ in range(runs + 1):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        out.check_returncode()
        times.append(float(out.stdout) * 1000)
    return statistics.median(times[1:])  # the first run may write the bytecode cache


def measure_ws(messages: int, rounds: int, with_ccxt: bool) -> dict[str, float]:
    from benchmarks import ws_book, ws_depth

    figures = {**ws_depth.run(messages, rounds), **ws_book.run(messages, rounds, with_ccxt)}
    figures["messages"] = messages
    return {k: float(v) for k, v in figures.items()}


# -- the table --------------------------------------------------------------------------------


def _ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.3g}x" if a and b else "-"


def _ws_floor() -> str:
    """What benchmarks.ws_depth's floor parses JSON with (orjson when installed)."""
    return "websockets+zlib+" + ("orjson" if importlib.util.find_spec("orjson") else "json")


def _ccxt_pro(ws: dict[str, float]) -> str:
    rate, applied = ws.get("book_ccxt_pro_msgs_per_s"), ws.get("book_ccxt_pro_applied")
    if not rate or applied is None:
        return "-"
    if applied < ws["messages"]:
        total, before = ws["messages"], f"{rate / 1000:.1f}k per CPU-s till then"
        return f"ccxt.pro stalls after {applied:.0f} of {total:.0f} ({before})"
    return f"ccxt.pro {rate / 1000:.1f}k (no checksum)"


def _extra(label: str, ours: str, vs_floor: str) -> list[str]:
    """A row under a figure: another client of ours (or a floor variant), for the record."""
    return [label, "", "", ours, "", vs_floor, "", ""]


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "FAIL")


def table(results: Results, scenarios: list[Scenario]) -> list[list[str]]:
    """Rows of: figure, floor, ccxt, ours, ours/ccxt, ours/floor, goal, verdict."""
    rows = []
    for s in scenarios:
        figures = results.cpu_us.get(s.key, {})
        floor, ccxt, ours = (figures.get(n) for n in (s.floor, s.ccxt, s.ours))
        if s.key == "sync ticker":
            goal, ok = "<= 1.0x floor", (ours <= floor if ours and floor else None)
        else:
            goal, ok = "<= 0.8x ccxt", (ours <= 0.8 * ccxt if ours and ccxt else None)
        rows.append(
            [
                f"{s.key}, CPU us/call",
                f"{LABELS[s.floor]} {floor:.0f}" if floor else "-",
                f"{ccxt:.0f}" if ccxt else "-",
                f"{ours:.0f}" if ours else "-",
                _ratio(ours, ccxt),
                _ratio(ours, floor),
                goal,
                _verdict(ok),
            ]
        )
        for extra in s.extras:
            value = figures.get(extra)
            if value:
                rows.append(_extra(f"  ({LABELS[extra]})", f"{value:.0f}", _ratio(value, floor)))
    ws = results.ws
    if ws:
        for label, key, floor_key, factor in (
            (
                "typed WS depth stream (acx.ws.spot.depth), msg per CPU-s",
                "generated_msgs_per_s",
                "floor_msgs_per_s",
                0.7,
            ),
            (
                "maintained order book (acx.ws.spot.order_book), msg per CPU-s",
                "book_msgs_per_s",
                "book_floor_msgs_per_s",
                0.4,
            ),
        ):
            value, floor = ws.get(key), ws.get(floor_key)
            ok = value >= factor * floor if value and floor else None
            rows.append(
                [
                    label,
                    f"{_ws_floor()} {floor / 1000:.1f}k" if floor else "-",
                    _ccxt_pro(ws) if key == "book_msgs_per_s" else "-",
                    f"{value / 1000:.1f}k" if value else "not measured",
                    "-",
                    _ratio(value, floor),
                    f">= {factor}x floor",
                    _verdict(ok),
                ]
            )
        floor = ws.get("floor_msgs_per_s")
        for label, key in (
            ("  (AsyncWsClient + parse_depth_update)", "ours_msgs_per_s"),
            ("  (AsyncWsClient, undecoded dicts)", "ours_untyped_msgs_per_s"),
        ):
            if ws.get(key):
                rows.append(_extra(label, f"{ws[key] / 1000:.1f}k", _ratio(ws[key], floor)))
    if results.import_ms:
        ours, ccxt = results.import_ms.get("coinex_sdk"), results.import_ms.get("ccxt")
        rows.append(
            [
                "import, ms",
                "-",
                f"{ccxt:.0f}" if ccxt else "-",
                f"{ours:.1f}" if ours else "-",
                _ratio(ours, ccxt),
                "-",
                "<= 30 ms",
                _verdict(ours <= 30 if ours else None),
            ]
        )
    for name, burst in results.burst.items():
        size = burst["ok"] + len(burst.get("errors", ()))
        text = (
            f"{'ok' if not burst['errors'] else 'FAILED'} {burst['ok']}/{size}, "
            f"{burst['connections']} conns, +{burst['rss_mb']:.1f} MB"
        )
        ok = not burst["errors"] and burst["connections"] <= 100 and burst["rss_mb"] <= 20
        is_ours = name == "ours-async"
        rows.append(
            [
                f"{size} concurrent tickers, one client",
                "-",
                "" if is_ours else text,
                text if is_ours else "",
                "-",
                "-",
                "ok, <= 100 conns, <= +20 MB" if is_ours else "",
                _verdict(ok) if is_ours else "",
            ]
        )
    return rows


def render(rows: list[list[str]]) -> str:
    head = [
        "figure",
        "raw floor",
        f"ccxt {CCXT_VERSION}",
        "coinex-sdk",
        "ours/ccxt",
        "ours/floor",
        "goal",
        "",
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }
    if hasattr(os, "getloadavg"):
        info["load_before"] = [round(x, 2) for x in os.getloadavg()]
    with contextlib.suppress(ImportError):
        import ccxt  # type: ignore[import-not-found]

        info["ccxt"] = ccxt.__version__
    return info


def main(argv: list[str] | None = None) -> Results:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--calls", type=int, default=400, help="calls per round (default 400)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("--burst", type=int, default=1000, help="tickers at once (0: skip)")
    parser.add_argument("--ws-messages", type=int, default=20_000, help="pushes per WS round")
    parser.add_argument("--ws-rounds", type=int, default=5)
    parser.add_argument("--import-runs", type=int, default=5)
    parser.add_argument("--no-ws", action="store_true", help="skip the WebSocket rows")
    parser.add_argument("--no-ccxt", action="store_true", help="skip ccxt even if installed")
    parser.add_argument(
        "--only",
        action="append",
        choices=[s.key for s in SCENARIOS],
        help="only this REST figure (repeatable); the others' rows stay out",
    )
    parser.add_argument("--json", help="also write the raw results to this file")
    options = parser.parse_args(argv)

    with_ccxt = not options.no_ccxt and importlib.util.find_spec("ccxt") is not None
    scenarios = [s for s in SCENARIOS if not options.only or s.key in options.only]
    if not with_ccxt:
        scenarios = [_without_ccxt(s) for s in scenarios]
    machine = _machine()
    if not with_ccxt:
        print("ccxt is not installed (nox -s bench installs it): its column stays empty")

    proc, url = _server.start()
    try:
        results = measure_rest(url, scenarios, options.calls, options.rounds)
        if options.burst:
            names = ["ours-async"] + (["ccxt-async"] if with_ccxt else [])
            results.burst = measure_burst(url, names, options.burst)
    finally:
        proc.terminate()
        proc.join(5)
    modules = ["coinex_sdk"] + (["ccxt"] if with_ccxt else [])
    results.import_ms = {m: measure_import(m, options.import_runs) for m in modules}
    if not options.no_ws:
        results.ws = measure_ws(options.ws_messages, options.ws_rounds, with_ccxt)
    if hasattr(os, "getloadavg"):
        machine["load_after"] = [round(x, 2) for x in os.getloadavg()]
    results.machine = machine

    print(
        f"\ncoinex-sdk bench: medians of {options.rounds} rounds x {options.calls} calls, "
        "client CPU (time.process_time) in the client's own process, fake CoinEx on loopback "
        "in another process, rate limiting off"
    )
    print(", ".join(f"{k}: {v}" for k, v in machine.items()))
    print(render(table(results, scenarios)))
    if options.json:
        with open(options.json, "w") as out:
            json.dump(results.__dict__, out, indent=2)
    return results


def _without_ccxt(s: Scenario) -> Scenario:
    extras = tuple(n for n in s.extras if n not in CCXT_CLIENTS)
    ccxt = "" if s.ccxt in CCXT_CLIENTS else s.ccxt
    return Scenario(s.key, s.call, s.floor, ccxt, s.ours, extras, s.in_flight)


if __name__ == "__main__":
    main()
