"""The local order book: depth pushes and the CRC32 checksum (docs/protocol/websocket.md §11)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest

from coinex_sdk.ws import BookUpdate, Gap, OrderBook, parse_depth_update
from coinex_sdk.ws._book import BookDataError, OrderBooks, checksum_string, crc32

# The docs' example depth.update (spec/examples/ws-depth-spot.json). Its checksum
# 2578768879 is illustrative: the book does not hash to it.
DOCS_EXAMPLE: dict[str, Any] = {
    "market": "ETHUSDT",
    "is_full": True,
    "depth": {
        "asks": [["30740.00", "0.31763545"], ["30769.00", "1.45155000"]],
        "bids": [
            ["30736.00", "0.04857373"],
            ["30733.00", "0.84696320"],
            ["30725.00", "0.12563353"],
            ["30422.00", "0"],
        ],
        "last": "30746.28",
        "updated_at": 1689152421692,
        "checksum": 2578768879,
    },
}
WITH_ZERO_LEVEL = 1431521820  # §11: all four bids, including 30422.00:0
WITHOUT_ZERO_LEVEL = 2460740606  # §11: the zero level left out, as a book holds it


def update(
    bids: list[tuple[str, str]],
    asks: list[tuple[str, str]],
    *,
    is_full: bool = False,
    checksum: int | None = None,
    book_after: OrderBook | None = None,
) -> BookUpdate:
    """A push whose checksum is right for ``book_after`` (the book it should produce)."""
    if checksum is None:
        assert book_after is not None
        checksum = book_after.checksum()
    return BookUpdate("BTCUSDT", is_full, tuple(bids), tuple(asks), checksum, 1)


def snapshot(
    bids: list[tuple[str, str]], asks: list[tuple[str, str]], limit: int = 5
) -> BookUpdate:
    expected = OrderBook("BTCUSDT", limit)
    expected._bids.apply(bids, limit)
    expected._asks.apply(asks, limit)
    return update(bids, asks, is_full=True, book_after=expected)


def synced_book(limit: int = 5) -> OrderBook:
    book = OrderBook("BTCUSDT", limit)
    assert book.apply(snapshot([("100", "1"), ("99", "2")], [("101", "3"), ("102", "4")])) == (
        "synced"
    )
    return book


def test_the_reference_vector_with_the_zero_level() -> None:
    depth = DOCS_EXAMPLE["depth"]
    assert crc32(checksum_string(depth["bids"], depth["asks"])) == WITH_ZERO_LEVEL


def test_the_reference_vector_without_the_zero_level() -> None:
    depth = DOCS_EXAMPLE["depth"]
    bids = [level for level in depth["bids"] if level[1] != "0"]
    assert crc32(checksum_string(bids, depth["asks"])) == WITHOUT_ZERO_LEVEL


def test_a_book_from_the_docs_example_hashes_without_its_zero_level() -> None:
    book = OrderBook("ETHUSDT", 5)
    assert book.apply(parse_depth_update(DOCS_EXAMPLE)) == "checksum_mismatch"  # illustrative
    fixed = {**DOCS_EXAMPLE, "depth": {**DOCS_EXAMPLE["depth"], "checksum": WITHOUT_ZERO_LEVEL}}
    assert book.apply(parse_depth_update(fixed)) == "synced"
    assert book.checksum() == WITHOUT_ZERO_LEVEL


def test_the_checksum_keeps_the_price_strings_as_received() -> None:
    book = OrderBook("ETHUSDT", 5)
    fixed = {**DOCS_EXAMPLE, "depth": {**DOCS_EXAMPLE["depth"], "checksum": WITHOUT_ZERO_LEVEL}}
    book.apply(parse_depth_update(fixed))
    assert checksum_string(book._bids.strings(), book._asks.strings()).startswith(
        "30736.00:0.04857373:"
    )


def test_a_signed_checksum_compares_modulo_2_to_the_32() -> None:
    book = OrderBook("ETHUSDT", 5)
    signed = WITHOUT_ZERO_LEVEL - 2**32  # the docs call it a signed 32-bit integer
    data = {**DOCS_EXAMPLE, "depth": {**DOCS_EXAMPLE["depth"], "checksum": signed}}
    assert book.apply(parse_depth_update(data)) == "synced"


def test_levels_are_decimals_best_first() -> None:
    book = synced_book()
    assert book.bids == [(Decimal("100"), Decimal("1")), (Decimal("99"), Decimal("2"))]
    assert book.asks == [(Decimal("101"), Decimal("3")), (Decimal("102"), Decimal("4"))]
    assert (book.best_bid, book.best_ask) == (Decimal("100"), Decimal("101"))


def test_a_zero_size_level_in_a_delta_removes_the_price() -> None:
    book = synced_book()
    after = synced_book()
    after._bids.apply([("100", "0")], 5)
    assert book.apply(update([("100", "0")], [], book_after=after)) == "synced"
    assert book.best_bid == Decimal("99")


def test_a_delta_sets_the_size_of_a_price() -> None:
    book = synced_book()
    after = synced_book()
    after._asks.apply([("101", "9")], 5)
    book.apply(update([], [("101", "9")], book_after=after))
    assert book.asks[0] == (Decimal("101"), Decimal("9"))


def test_the_book_is_truncated_to_its_limit() -> None:
    book = OrderBook("BTCUSDT", 5)
    bids = [(str(100 - i), "1") for i in range(8)]
    book.apply(snapshot(bids, [("101", "1")]))
    assert [price for price, _ in book.bids] == [
        Decimal(p) for p in ("100", "99", "98", "97", "96")
    ]


def test_deltas_before_the_first_full_book_are_ignored() -> None:
    book = OrderBook("BTCUSDT", 5)
    assert book.apply(update([("100", "1")], [], checksum=0)) == "awaiting_snapshot"
    assert book.bids == []


def test_a_checksum_mismatch_resets_the_book_and_is_counted() -> None:
    book = synced_book()
    assert book.apply(update([("100.5", "1")], [], checksum=12345)) == "checksum_mismatch"
    assert (book.synced, book.bids, book.checksum_failures) == (False, [], 1)


def books_with(book: OrderBook) -> OrderBooks:
    books = OrderBooks([book.market], book.limit)
    books.books[book.market] = book
    return books


def test_a_stream_resyncs_on_a_checksum_mismatch() -> None:
    books = books_with(synced_book())
    assert books.feed(update([("100.5", "1")], [], checksum=12345)) == (None, "resync")


def test_a_reconnect_gap_is_yielded_and_resets_the_book_until_the_next_full_book() -> None:
    books = books_with(synced_book())
    gap = Gap("reconnect", 1, 2)
    assert books.feed(gap) == (gap, None)
    book = books.books["BTCUSDT"]
    assert (book.synced, book.gaps) == (False, 1)
    assert books.feed(update([("100", "5")], [], checksum=0)) == (None, None)  # still a delta


def test_an_overflow_gap_is_yielded_and_asks_for_a_resync() -> None:
    gap = Gap("overflow", 1, 2)
    assert books_with(synced_book()).feed(gap) == (gap, "resync")


def test_a_verified_push_tells_the_stream_to_yield_the_book() -> None:
    books = OrderBooks(["BTCUSDT"], 5)
    assert books.feed(snapshot([("1", "1")], [("2", "1")])) == (books.books["BTCUSDT"], None)


def test_books_of_several_markets_are_kept_apart() -> None:
    books = OrderBooks(["BTCUSDT", "ETHUSDT"], 5)
    btc = snapshot([("100", "1")], [("101", "1")])
    eth = BookUpdate("ETHUSDT", True, (("2000", "1"),), (("2001", "1"),), 0, 1)
    eth = attrs.evolve(eth, checksum=crc32("2000:1:2001:1"))
    assert books.feed(btc)[0] is books.books["BTCUSDT"]
    assert books.feed(eth)[0] is books.books["ETHUSDT"]
    assert books.books["ETHUSDT"].best_bid == Decimal("2000")
    assert books.books["BTCUSDT"].best_bid == Decimal("100")
    assert books.feed(attrs.evolve(btc, market="XRPUSDT")) == (None, None)  # not followed


@pytest.mark.parametrize(
    "level",
    [
        ["NaN", "1"],
        ["100", "Infinity"],
        ["1e5", "1"],
        ["-100", "1"],
        ["100", "-1"],
        ["", "1"],
        ["100"],
        ["100", "1", "2"],
        [100, "1"],
        ["100", Decimal("1")],
        "100:1",
        None,
    ],
)
def test_a_level_that_is_not_two_decimal_strings_is_malformed(level: Any) -> None:
    book = synced_book()
    with pytest.raises(BookDataError):
        book.apply(BookUpdate("BTCUSDT", False, [level], [], 0, 1))
    assert not book.synced  # reset: the stream yields a gap and resyncs


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        "depth",
        {"market": "BTCUSDT", "is_full": True},
        {"market": ["BTCUSDT"], "is_full": True, "depth": {"checksum": 1}},
        {"market": "BTCUSDT", "is_full": "true", "depth": {"checksum": 1}},
        {"market": "BTCUSDT", "is_full": True, "depth": {"checksum": "1"}},
        {"market": "BTCUSDT", "is_full": True, "depth": {"checksum": 1, "bids": "x" * 1000}},
        {"market": "BTCUSDT", "is_full": True, "depth": {"checksum": 1, "last": "NaN"}},
    ],
)
def test_a_depth_push_of_the_wrong_shape_is_malformed(data: Any) -> None:
    with pytest.raises(BookDataError):
        parse_depth_update(data)


def test_one_price_under_two_spellings_is_malformed() -> None:
    book = synced_book()
    with pytest.raises(BookDataError, match="already"):
        book.apply(update([("100.0", "3")], [], checksum=0))


def test_prices_keep_every_digit() -> None:
    price = "0.1234567890123456789012345678901234"  # more digits than Decimal's context
    book = OrderBook("BTCUSDT", 5)
    book.apply(snapshot([(price, "1")], [("1", "1")]))
    assert book.bids == [(Decimal(price), Decimal("1"))]
    assert book.best_bid == Decimal(price)
