"""The threaded client against the fake CoinEx over loopback: the same behaviours as asyncio."""

from __future__ import annotations

import gc
from decimal import Decimal

import pytest

from coinex_sdk.ws import Gap, OrderBook, SyncWsClient, WsAuthenticationError, WsConnectionError

from .conftest import (
    CREDENTIALS,
    DEALS,
    DEPTH,
    FAST,
    ORDER,
    deals_params,
    depth_params,
    next_sync,
    raw,
)
from .fake_server import FakeCoinEx

BIDS = [["100", "1"], ["99", "2"]]
ASKS = [["101", "3"], ["102", "4"]]


def deal(market: str, price: str = "100.5") -> dict[str, object]:
    item = {"deal_id": 1, "created_at": 1, "side": "buy", "price": price, "amount": "0.1"}
    return {"market": market, "deal_list": [item]}


def test_a_subscription_yields_the_pushes_of_its_market(server: FakeCoinEx) -> None:
    client = SyncWsClient(server.url, timings=FAST)
    with client, client.subscribe(DEALS, deals_params("BTCUSDT"), raw) as deals:
        server.push("deals.update", deal("BTCUSDT"))
        data = next_sync(deals)
    assert data["deal_list"][0]["price"] == "100.5"


def test_several_subscriptions_share_one_connection_and_get_only_their_pushes(
    server: FakeCoinEx,
) -> None:
    with SyncWsClient(server.url, timings=FAST) as client:
        btc = client.subscribe(DEALS, deals_params("BTCUSDT"), raw)
        eth = client.subscribe(DEALS, deals_params("ETHUSDT"), raw)
        with btc, eth:
            server.push("deals.update", deal("ETHUSDT", "2"))
            server.push("deals.update", deal("BTCUSDT", "1"))
            assert next_sync(btc)["market"] == "BTCUSDT"
            assert next_sync(eth)["market"] == "ETHUSDT"
    assert len(server.connections) == 1


def test_leaving_a_subscription_unsubscribes_its_markets(server: FakeCoinEx) -> None:
    with SyncWsClient(server.url, timings=FAST) as client:
        with client.subscribe(DEPTH, depth_params("BTCUSDT"), raw):
            pass
        server.wait_for(lambda: bool(server.requests("depth.unsubscribe")))
    assert server.requests("depth.unsubscribe")[0]["params"] == {"market_list": ["BTCUSDT"]}


def test_a_subscription_dropped_after_break_still_unsubscribes(server: FakeCoinEx) -> None:
    with SyncWsClient(server.url, timings=FAST) as client:
        server.push_once_subscribed("deals", "BTCUSDT", "deals.update", deal("BTCUSDT"))
        for _ in client.subscribe(DEALS, deals_params("BTCUSDT"), raw):
            break
        gc.collect()
        server.wait_for(lambda: bool(server.requests("deals.unsubscribe")))


def test_a_dropped_connection_is_replaced_signed_again_and_restored_with_gaps(
    server: FakeCoinEx,
) -> None:
    server.set_book("BTCUSDT", BIDS, ASKS)
    with SyncWsClient(server.url, credentials=CREDENTIALS, timings=FAST) as client:
        depth = client.subscribe(DEPTH, depth_params("BTCUSDT"), raw)
        orders = client.subscribe(ORDER, {"market_list": []}, raw)
        with depth, orders:
            next_sync(depth)
            server.drop()
            depth_gap, order_gap = next_sync(depth), next_sync(orders)
            snapshot = next_sync(depth)
    assert isinstance(depth_gap, Gap) and depth_gap.reason == "reconnect"
    assert isinstance(order_gap, Gap) and order_gap.reason == "reconnect"
    assert snapshot["is_full"] is True
    second = server.connections[1]
    # Signed first, then both restored (in whichever order their states were when it dropped).
    assert second.methods()[0] == "server.sign"
    assert sorted(second.methods()[1:3]) == ["depth.subscribe", "order.subscribe"]
    first_sign, second_sign = server.requests("server.sign")
    assert second_sign["params"]["timestamp"] > first_sign["params"]["timestamp"]


def test_a_silent_server_is_detected_by_the_pong_timeout(server: FakeCoinEx) -> None:
    client = SyncWsClient(server.url, timings=FAST)
    with client, client.subscribe(DEALS, deals_params("BTCUSDT"), raw) as deals:
        server.silence()
        gap = next_sync(deals)
    assert isinstance(gap, Gap)
    assert len(server.connections) == 2
    assert server.connections[0].methods(pings=True)[-1] == "server.ping"


def test_failed_auth_raises_a_typed_error_to_the_subscriber(server: FakeCoinEx) -> None:
    server.fail_auth = True
    with SyncWsClient(server.url, credentials=CREDENTIALS, timings=FAST) as client:
        with pytest.raises(WsAuthenticationError) as caught:
            next_sync(client.subscribe(ORDER, {"market_list": []}, raw))
    assert caught.value.code == 21002


def test_an_unreachable_server_raises_a_connection_error() -> None:
    with FakeCoinEx() as gone:
        url = gone.url
    with SyncWsClient(url, timings=FAST) as client, pytest.raises(WsConnectionError):
        next_sync(client.subscribe(DEALS, deals_params("BTCUSDT"), raw))


def test_close_sends_close_code_1000(server: FakeCoinEx) -> None:
    client = SyncWsClient(server.url, timings=FAST)
    with client.subscribe(DEALS, deals_params("BTCUSDT"), raw):
        client.close()
    server.wait_for(lambda: not server.connections[0].open)
    assert server.connections[0].ws.close_code == 1000


def test_close_ends_every_stream(server: FakeCoinEx) -> None:
    client = SyncWsClient(server.url, timings=FAST)
    with client.subscribe(DEALS, deals_params("BTCUSDT"), raw) as deals:
        client.close()
        assert list(deals) == []


def test_a_checksum_mismatch_resubscribes_for_a_fresh_book(server: FakeCoinEx) -> None:
    server.set_book("BTCUSDT", BIDS, ASKS)
    client = SyncWsClient(server.url, timings=FAST)
    with client, client.order_book(market="BTCUSDT", limit=5) as books:
        first = next_sync(books)
        assert isinstance(first, OrderBook) and first.best_bid == Decimal("100")
        server.push_depth("BTCUSDT", bids=[["100.5", "7"]], checksum=12345)
        gap = next_sync(books)
        assert isinstance(gap, Gap) and gap.reason == "resync" and not books.book.synced
        book = next_sync(books)
        assert isinstance(book, OrderBook)
        assert server.connections[0].methods() == [
            "depth.subscribe",
            "depth.unsubscribe",
            "depth.subscribe",
        ]
    assert book.checksum_failures == 1
    assert book.best_bid == Decimal("100.5")
