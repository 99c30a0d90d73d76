"""Streams tell the truth, over a real socket, sync and async: a frame that does not decode is a
gap on every stream and a fresh connection; a push that does not fit its model is a gap on that
stream only, then a resync; the order book shows both."""

from __future__ import annotations

import functools
import gzip
from collections.abc import Iterator
from typing import Any

import pytest

from coinex_sdk._convert import structure
from coinex_sdk.models import DealsPush
from coinex_sdk.ws import (
    AsyncWsClient,
    Gap,
    OrderBook,
    SyncWsClient,
    WsDecodeError,
)

from .conftest import (
    CREDENTIALS,
    DEALS,
    FAST,
    ORDER,
    deals_params,
    next_item,
    next_sync,
    raw,
)
from .fake_server import FakeCoinEx

typed = functools.partial(structure, into=DealsPush, strict=True)
CORRUPT = b"\x1f\x8b\x08\x00this is not deflate"
BIDS = [["100", "1"], ["99", "2"]]
ASKS = [["101", "3"], ["102", "4"]]


def deal(market: str, price: str = "100.5") -> dict[str, Any]:
    item = {"deal_id": 1, "created_at": 1, "side": "buy", "price": price, "amount": "0.1"}
    return {"market": market, "deal_list": [item]}


def order(market: str) -> dict[str, Any]:
    return {"event": "put", "order": {"order_id": 1, "market": market}}


def assert_recycled_gap(item: Any) -> None:
    assert isinstance(item, Gap) and item.reason == "reconnect", item
    assert isinstance(item.error, WsDecodeError) and item.error.frame == CORRUPT


# -- async ------------------------------------------------------------------------------------


async def test_a_corrupt_frame_gives_every_stream_a_gap_then_data_on_a_new_connection(
    server: FakeCoinEx,
) -> None:
    server.set_book("ETHUSDT", BIDS, ASKS)
    client = AsyncWsClient(server.url, credentials=CREDENTIALS, timings=FAST)
    deals = client.subscribe(DEALS, deals_params("BTCUSDT"), raw)
    orders = client.subscribe(ORDER, {"market_list": []}, raw)
    book = client.order_book(market="ETHUSDT", limit=5)
    async with client, deals, orders, book:
        assert isinstance(await next_item(book), OrderBook)
        server.send_raw(CORRUPT)
        assert_recycled_gap(await next_item(deals))
        assert_recycled_gap(await next_item(orders))
        assert_recycled_gap(await next_item(book))
        assert not book.book.synced  # not current: CoinEx's fresh snapshot comes next
        fresh = await next_item(book)
        assert isinstance(fresh, OrderBook) and fresh.synced
        await server.await_for(lambda: server.subscribed("order", "BTCUSDT"))
        server.push("deals.update", deal("BTCUSDT"))
        server.push("order.update", order("BTCUSDT"))
        assert (await next_item(deals))["market"] == "BTCUSDT"
        assert (await next_item(orders))["order"]["market"] == "BTCUSDT"
    assert len(server.connections) == 2
    assert server.requests("server.sign")[-1]["id"] != server.requests("server.sign")[0]["id"]


async def test_a_push_that_does_not_fit_its_model_is_a_gap_on_that_stream_only(
    server: FakeCoinEx,
) -> None:
    async with AsyncWsClient(server.url, timings=FAST) as client:
        btc = client.subscribe(DEALS, deals_params("BTCUSDT"), typed)
        eth = client.subscribe(DEALS, deals_params("ETHUSDT"), typed)
        async with btc, eth:
            bad = {"market": "BTCUSDT", "deal_list": "not a list" * 10_000}
            server.push("deals.update", bad)
            server.push("deals.update", deal("ETHUSDT"))
            gap = await next_item(btc)
            assert isinstance(gap, Gap) and gap.reason == "malformed"
            assert isinstance(gap.error, WsDecodeError)
            assert gzip.decompress(gap.error.frame).count(b"not a list") == 10_000  # raw kept
            assert isinstance(await next_item(eth), DealsPush)  # the other stream: untouched
            assert (await next_item(btc)).reason == "resync"
            await server.await_for(lambda: server.subscribed("deals", "BTCUSDT"))
            await server.await_for(lambda: len(server.requests("deals.subscribe")) == 3)
            server.push("deals.update", deal("BTCUSDT"))
            assert isinstance(await next_item(btc), DealsPush)
    assert len(server.connections) == 1  # no reconnect for one bad push


async def test_a_malformed_depth_push_is_a_gap_then_a_fresh_book(server: FakeCoinEx) -> None:
    server.set_book("BTCUSDT", BIDS, ASKS)
    client = AsyncWsClient(server.url, timings=FAST)
    async with client, client.order_book(market="BTCUSDT", limit=5) as books:
        assert isinstance(await next_item(books), OrderBook)
        server.push("depth.update", {"market": "BTCUSDT", "is_full": False, "depth": []})
        gap = await next_item(books)
        assert isinstance(gap, Gap) and gap.reason == "malformed"
        assert isinstance(gap.error, WsDecodeError) and not books.book.synced
        items = [await next_item(books), await next_item(books)]
        assert [type(i).__name__ for i in items] == ["Gap", "OrderBook"]
        assert items[1].synced


async def test_books_of_several_markets_share_one_subscription(server: FakeCoinEx) -> None:
    server.set_book("BTCUSDT", BIDS, ASKS)
    server.set_book("ETHUSDT", [["2000", "1"]], [["2001", "1"]])
    client = AsyncWsClient(server.url, timings=FAST)
    async with client, client.order_book(market=["BTCUSDT", "ETHUSDT"], limit=5) as books:
        first = {(await next_item(books)).market, (await next_item(books)).market}
        assert first == {"BTCUSDT", "ETHUSDT"}
        server.push_depth("ETHUSDT", bids=[["2000.5", "3"]])
        eth = await next_item(books)
        assert isinstance(eth, OrderBook) and eth.market == "ETHUSDT"
        assert books.books["ETHUSDT"].best_bid == eth.best_bid
        assert str(books.books["BTCUSDT"].best_bid) == "100"
        with pytest.raises(Exception, match="several markets"):
            books.book  # noqa: B018
    (request,) = server.requests("depth.subscribe")
    assert request["params"]["market_list"] == [
        ["BTCUSDT", 5, "0", False],
        ["ETHUSDT", 5, "0", False],
    ]


# -- sync -------------------------------------------------------------------------------------


@pytest.fixture
def sync_client(server: FakeCoinEx) -> Iterator[SyncWsClient]:
    with SyncWsClient(server.url, credentials=CREDENTIALS, timings=FAST) as client:
        yield client


def test_sync_a_corrupt_frame_gives_every_stream_a_gap_then_data(
    server: FakeCoinEx, sync_client: SyncWsClient
) -> None:
    server.set_book("ETHUSDT", BIDS, ASKS)
    deals = sync_client.subscribe(DEALS, deals_params("BTCUSDT"), raw)
    orders = sync_client.subscribe(ORDER, {"market_list": []}, raw)
    with deals, orders, sync_client.order_book(market="ETHUSDT", limit=5) as book:
        assert isinstance(next_sync(book), OrderBook)
        server.send_raw(CORRUPT)
        assert_recycled_gap(next_sync(deals))
        assert_recycled_gap(next_sync(orders))
        assert_recycled_gap(next_sync(book))
        assert isinstance(next_sync(book), OrderBook)
        server.wait_for(lambda: server.subscribed("order", "BTCUSDT"))
        server.push("deals.update", deal("BTCUSDT"))
        server.push("order.update", order("BTCUSDT"))
        assert next_sync(deals)["market"] == "BTCUSDT"
        assert next_sync(orders)["order"]["market"] == "BTCUSDT"
    assert len(server.connections) == 2


def test_sync_a_push_that_does_not_fit_its_model_is_a_gap_on_that_stream_only(
    server: FakeCoinEx, sync_client: SyncWsClient
) -> None:
    btc = sync_client.subscribe(DEALS, deals_params("BTCUSDT"), typed)
    eth = sync_client.subscribe(DEALS, deals_params("ETHUSDT"), typed)
    with btc, eth:
        server.push("deals.update", {"market": "BTCUSDT", "deal_list": [{"price": "NaN"}]})
        server.push("deals.update", deal("ETHUSDT"))
        gap = next_sync(btc)
        assert isinstance(gap, Gap) and gap.reason == "malformed"
        assert isinstance(next_sync(eth), DealsPush)
        assert next_sync(btc).reason == "resync"
    assert len(server.connections) == 1
