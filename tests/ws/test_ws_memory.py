"""Memory stays flat over a long stream: 100k depth frames through the protocol core and a book."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from typing import Any

from coinex_sdk.ws import WsProtocol, parse_depth_update
from coinex_sdk.ws._book import OrderBooks
from coinex_sdk.ws._inbox import Inbox

from .conftest import DEPTH, depth_params
from .fake_server import checksum


def depth_frames(count: int) -> list[bytes]:
    """A full book then deltas moving one bid level around, each with its right checksum."""
    bids = {str(100 - i): "1" for i in range(5)}
    asks = {str(101 + i): "1" for i in range(5)}
    frames = []
    for n in range(count):
        changes: list[list[str]] = []
        if n:
            price = "95" if n % 2 else "96"
            gone = "96" if n % 2 else "95"
            bids.pop(gone, None)
            bids[price] = str(n % 7 + 1)
            changes = [[gone, "0"], [price, bids[price]]]
        ordered_bids = sorted(bids.items(), key=lambda kv: -int(kv[0]))
        ordered_asks = sorted(asks.items(), key=lambda kv: int(kv[0]))
        book = [[p, a] for p, a in ordered_bids], [[p, a] for p, a in ordered_asks]
        data: dict[str, Any] = {
            "market": "BTCUSDT",
            "is_full": n == 0,
            "depth": {
                "bids": book[0] if n == 0 else changes,
                "asks": book[1] if n == 0 else [],
                "last": "100.5",
                "updated_at": 1_700_000_000_000 + n,
                "checksum": checksum(*book),
            },
        }
        frames.append(gzip.compress(json.dumps({"method": "depth.update", "data": data}).encode()))
    return frames


def test_memory_is_flat_over_100k_messages() -> None:
    frames = depth_frames(100)
    proto = WsProtocol("spot")
    proto.on_connected(0.0)
    sub_id = proto.subscribe(DEPTH, depth_params("BTCUSDT"))
    proto.data_to_send()
    inbox = Inbox(max_size=1000, now_ms=lambda: 0)
    books = OrderBooks(["BTCUSDT"], 5)
    book = books.books["BTCUSDT"]

    def run(count: int, offset: int) -> None:
        for n in range(offset, offset + count):
            frame = frames[n % 99 + 1] if n else frames[0]
            for event in proto.receive(frame):
                assert event.targets == (sub_id,)
                inbox.put(event.item)
            data, _frame = inbox.take()
            assert books.feed(parse_depth_update(data)) == (book, None)

    tracemalloc.start()
    try:
        run(10_000, 0)  # warm-up: caches, free lists, interned strings
        before = tracemalloc.get_traced_memory()[0]
        run(100_000, 10_000)
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert after - before < 64 * 1024, f"grew by {after - before} bytes"
    assert book.checksum_failures == 0
