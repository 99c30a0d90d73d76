"""The bench harness (``nox -s bench``) runs end to end: tiny counts, no timing asserted.

ccxt is installed in the bench session only; without it the ccxt column stays empty.
"""

from __future__ import annotations

import gzip
import importlib.util
import json

import pytest

from benchmarks import __main__ as bench
from benchmarks.clients import CALLS
from benchmarks.ws_book import book_frames
from coinex_sdk.ws import OrderBook, parse_depth_update

HAS_CCXT = importlib.util.find_spec("ccxt") is not None
TINY = ["--calls", "2", "--rounds", "1", "--burst", "20", "--ws-messages", "40"]
TINY += ["--ws-rounds", "1", "--import-runs", "1"]


def test_the_bench_measures_every_row_and_prints_the_table(
    capsys: pytest.CaptureFixture[str],
) -> None:
    results = bench.main(TINY)

    for scenario in bench.SCENARIOS:
        figures = results.cpu_us[scenario.key]
        expected = set(scenario.clients) - (set() if HAS_CCXT else bench.CCXT_CLIENTS)
        assert set(figures) == expected
        assert all(us > 0 for us in figures.values())
    assert results.burst["ours-async"]["ok"] == 20
    assert results.burst["ours-async"]["errors"] == []
    assert 1 <= results.burst["ours-async"]["connections"] <= 20
    assert results.import_ms["coinex_sdk"] > 0
    for key in ("floor_msgs_per_s", "generated_msgs_per_s", "book_msgs_per_s"):
        assert results.ws[key] > 0
    table = capsys.readouterr().out
    assert "| async create_order, CPU us/call | raw aiohttp" in table
    assert "maintained order book" in table


def test_the_book_frames_carry_the_checksums_a_verified_book_computes() -> None:
    book = OrderBook("BTCUSDT", 50)
    frames = book_frames(60)
    statuses = {
        book.apply(parse_depth_update(json.loads(gzip.decompress(frame))["data"]))
        for frame in frames
    }
    assert statuses == {"synced"}
    assert len(book.bids) == len(book.asks) == 50
    assert book.best_bid is not None and book.best_ask is not None
    assert book.best_bid < book.best_ask


def test_the_overhead_tool_times_every_call_without_io() -> None:
    from benchmarks import overhead

    results = overhead.measure(calls=3, rounds=1)

    assert set(results) == {f"AsyncCoinEx {call}" for call in CALLS} | {"CoinEx ticker"}
    assert all(low > 0 for low, _ in results.values())


async def test_the_http_floor_tool_times_each_bare_client() -> None:
    from benchmarks import _server, http_floor

    proc, url = _server.start()
    try:
        results = await http_floor.measure(url, calls=2, rounds=1)
    finally:
        proc.terminate()
        proc.join(5)

    assert {"raw aiohttp", "asyncio.Protocol, Content-Length only"} <= set(results)
    assert all(low > 0 for low, _ in results.values())
