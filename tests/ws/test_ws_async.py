"""The asyncio client against the fake CoinEx over loopback: staying up, errors, closing."""

from __future__ import annotations

import gc
import logging
from decimal import Decimal

import pytest

from coinex_sdk.ws import (
    AsyncWsClient,
    Gap,
    OrderBook,
    WsAuthenticationError,
    WsConnectionError,
    WsParameterError,
    WsRateLimitError,
)

from .conftest import (
    CREDENTIALS,
    DEALS,
    DEPTH,
    FAST,
    ORDER,
    deals_params,
    depth_params,
    next_item,
    raw,
)
from .fake_server import FakeCoinEx

BIDS = [["100", "1"], ["99", "2"]]
ASKS = [["101", "3"], ["102", "4"]]


def deal(market: str, price: str = "100.5") -> dict[str, object]:
    item = {"deal_id": 1, "created_at": 1, "side": "buy", "price": price, "amount": "0.1"}
    return {"market": market, "deal_list": [item]}


async def test_a_subscription_yields_the_pushes_of_its_market(server: FakeCoinEx) -> None:
    client = AsyncWsClient(server.url, timings=FAST)
    async with client, client.subscribe(DEALS, deals_params("BTCUSDT"), raw) as deals:
        server.push("deals.update", deal("BTCUSDT"))
        data = await next_item(deals)
    assert data["deal_list"][0]["price"] == "100.5"


async def test_several_subscriptions_share_one_connection_and_get_only_their_pushes(
    server: FakeCoinEx,
) -> None:
    async with AsyncWsClient(server.url, timings=FAST) as client:
        btc = client.subscribe(DEALS, deals_params("BTCUSDT"), raw)
        eth = client.subscribe(DEALS, deals_params("ETHUSDT"), raw)
        async with btc, eth:
            server.push("deals.update", deal("ETHUSDT", "2"))
            server.push("deals.update", deal("BTCUSDT", "1"))
            assert (await next_item(btc))["market"] == "BTCUSDT"
            assert (await next_item(eth))["market"] == "ETHUSDT"
    assert len(server.connections) == 1
    assert server.connections[0].methods().count("deals.subscribe") == 2


async def test_leaving_a_subscription_unsubscribes_its_markets(server: FakeCoinEx) -> None:
    async with AsyncWsClient(server.url, timings=FAST) as client:
        async with client.subscribe(DEPTH, depth_params("BTCUSDT"), raw):
            pass
        await server.await_for(lambda: bool(server.requests("depth.unsubscribe")))
    # Depth subscribes with [market, limit, interval, is_full] but unsubscribes by name
    # (docs/protocol/websocket.md §9).
    assert server.requests("depth.unsubscribe")[0]["params"] == {"market_list": ["BTCUSDT"]}


async def test_aclose_unsubscribes(server: FakeCoinEx) -> None:
    async with AsyncWsClient(server.url, timings=FAST) as client:
        deals = client.subscribe(DEALS, deals_params("BTCUSDT"), raw)
        await deals.__aenter__()
        await deals.aclose()
        await server.await_for(lambda: bool(server.requests("deals.unsubscribe")))


async def test_a_subscription_dropped_after_break_still_unsubscribes(server: FakeCoinEx) -> None:
    async with AsyncWsClient(server.url, timings=FAST) as client:
        server.push_once_subscribed("deals", "BTCUSDT", "deals.update", deal("BTCUSDT"))
        async for _ in client.subscribe(DEALS, deals_params("BTCUSDT"), raw):
            break
        gc.collect()
        await server.await_for(lambda: bool(server.requests("deals.unsubscribe")))


async def test_a_dropped_connection_is_replaced_and_every_subscription_restored(
    server: FakeCoinEx,
) -> None:
    server.set_book("BTCUSDT", BIDS, ASKS)
    async with AsyncWsClient(server.url, credentials=CREDENTIALS, timings=FAST) as client:
        depth = client.subscribe(DEPTH, depth_params("BTCUSDT"), raw)
        orders = client.subscribe(ORDER, {"market_list": []}, raw)
        async with depth, orders:
            await next_item(depth)  # the full book
            server.drop()
            await server.await_for(lambda: server.subscribed("depth", "BTCUSDT"))
            await server.await_for(lambda: server.subscribed("order"))
    first, second = server.connections
    assert first.methods() == ["depth.subscribe", "server.sign", "order.subscribe"]
    # Signed first, then both restored (in whichever order their states were when it dropped).
    assert second.methods()[0] == "server.sign"
    assert sorted(second.methods()[1:3]) == ["depth.subscribe", "order.subscribe"]
    assert server.requests("depth.subscribe")[1]["params"] == depth_params("BTCUSDT")


async def test_after_a_reconnect_it_signs_again_with_a_fresh_timestamp(server: FakeCoinEx) -> None:
    client = AsyncWsClient(server.url, credentials=CREDENTIALS, timings=FAST)
    async with client, client.subscribe(ORDER, {"market_list": []}, raw) as orders:
        server.drop()
        await next_item(orders)  # the gap: restored, so signed again
    first, second = server.requests("server.sign")
    assert second["params"]["timestamp"] > first["params"]["timestamp"]
    assert all(c.signed for c in server.connections)


async def test_each_live_subscription_yields_a_gap_after_a_reconnect(server: FakeCoinEx) -> None:
    server.set_book("BTCUSDT", BIDS, ASKS)
    async with AsyncWsClient(server.url, credentials=CREDENTIALS, timings=FAST) as client:
        depth = client.subscribe(DEPTH, depth_params("BTCUSDT"), raw)
        orders = client.subscribe(ORDER, {"market_list": []}, raw)
        async with depth, orders:
            await next_item(depth)
            server.drop()
            depth_gap, order_gap = await next_item(depth), await next_item(orders)
            snapshot = await next_item(depth)
    for gap in (depth_gap, order_gap):
        assert isinstance(gap, Gap)
        assert gap.reason == "reconnect"
        assert gap.since_ms <= gap.until_ms
    assert snapshot["is_full"] is True


async def test_the_signature_reaches_no_log_record_even_websockets_frame_logs(
    server: FakeCoinEx, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from websockets.frames import Frame

    monkeypatch.setattr(Frame, "MAX_LOG_SIZE", 10_000)  # WEBSOCKETS_MAX_LOG_SIZE, raised
    caplog.set_level(logging.INFO, logger="websockets.server")  # the fake exchange's own log
    caplog.set_level(logging.DEBUG)
    client = AsyncWsClient(server.url, credentials=CREDENTIALS, timings=FAST)
    async with client, client.subscribe(ORDER, {"market_list": []}, raw):
        pass
    (sign_request,) = server.requests("server.sign")
    assert "server.sign" in caplog.text
    assert sign_request["params"]["signed_str"] not in caplog.text
    assert CREDENTIALS.secret_key not in caplog.text


async def test_a_silent_server_is_detected_by_the_pong_timeout(server: FakeCoinEx) -> None:
    client = AsyncWsClient(server.url, timings=FAST)
    async with client, client.subscribe(DEALS, deals_params("BTCUSDT"), raw) as deals:
        server.silence()  # the socket stays open; only server.ping goes unanswered
        gap = await next_item(deals)
    assert isinstance(gap, Gap)
    assert len(server.connections) == 2
    assert server.connections[0].methods(pings=True)[-1] == "server.ping"


async def test_failed_auth_raises_a_typed_error_to_the_subscriber(server: FakeCoinEx) -> None:
    server.fail_auth = True
    async with AsyncWsClient(server.url, credentials=CREDENTIALS, timings=FAST) as client:
        with pytest.raises(WsAuthenticationError) as caught:
            async with client.subscribe(ORDER, {"market_list": []}, raw):
                pass
    assert caught.value.code == 21002
    assert "test-secret-key" not in str(caught.value)


async def test_a_server_error_reply_raises_to_the_subscriber(server: FakeCoinEx) -> None:
    async with AsyncWsClient(server.url, timings=FAST) as client:
        with pytest.raises(WsParameterError):
            async with client.subscribe(DEPTH, {"market_list": [["BTCUSDT", 5]]}, raw):
                pass


async def test_a_subscription_refused_after_a_reconnect_raises_from_the_iterator(
    server: FakeCoinEx,
) -> None:
    client = AsyncWsClient(server.url, timings=FAST)
    async with client, client.subscribe(DEALS, deals_params("BTCUSDT"), raw) as deals:
        server.reject["deals.subscribe"] = 23002
        server.drop()
        assert isinstance(await next_item(deals), Gap)
        with pytest.raises(WsRateLimitError):
            await next_item(deals)


async def test_a_public_stream_keeps_going_when_auth_fails(server: FakeCoinEx) -> None:
    server.fail_auth = True
    client = AsyncWsClient(server.url, credentials=CREDENTIALS, timings=FAST)
    async with client, client.subscribe(DEALS, deals_params("BTCUSDT"), raw) as deals:
        with pytest.raises(WsAuthenticationError):
            await next_item(client.subscribe(ORDER, {"market_list": []}, raw))
        server.push("deals.update", deal("BTCUSDT"))
        assert (await next_item(deals))["market"] == "BTCUSDT"


async def test_an_unreachable_server_raises_a_connection_error() -> None:
    with FakeCoinEx() as gone:
        url = gone.url
    async with AsyncWsClient(url, timings=FAST) as client:
        with pytest.raises(WsConnectionError):
            await next_item(client.subscribe(DEALS, deals_params("BTCUSDT"), raw))


async def test_close_sends_close_code_1000(server: FakeCoinEx) -> None:
    client = AsyncWsClient(server.url, timings=FAST)
    async with client.subscribe(DEALS, deals_params("BTCUSDT"), raw):
        await client.close()
    await server.await_for(lambda: not server.connections[0].open)
    assert server.connections[0].ws.close_code == 1000


async def test_close_ends_every_stream(server: FakeCoinEx) -> None:
    client = AsyncWsClient(server.url, timings=FAST)
    deals = client.subscribe(DEALS, deals_params("BTCUSDT"), raw)
    async with deals:
        await client.close()
        assert [item async for item in deals] == []


async def test_the_order_book_follows_deltas_with_decimal_levels(server: FakeCoinEx) -> None:
    server.set_book("BTCUSDT", BIDS, ASKS)
    client = AsyncWsClient(server.url, timings=FAST)
    async with client, client.order_book(market="BTCUSDT", limit=5) as books:
        book = await next_item(books)
        assert isinstance(book, OrderBook)
        assert (book.best_bid, book.best_ask) == (Decimal("100"), Decimal("101"))
        server.push_depth("BTCUSDT", bids=[["100", "0"], ["100.5", "7"]])
        book = await next_item(books)
    assert isinstance(book, OrderBook)
    assert book.bids == [(Decimal("100.5"), Decimal("7")), (Decimal("99"), Decimal("2"))]


async def test_a_checksum_mismatch_resubscribes_for_a_fresh_book(server: FakeCoinEx) -> None:
    server.set_book("BTCUSDT", BIDS, ASKS)
    client = AsyncWsClient(server.url, timings=FAST)
    async with client, client.order_book(market="BTCUSDT", limit=5) as books:
        await next_item(books)
        server.push_depth("BTCUSDT", bids=[["100.5", "7"]], checksum=12345)
        gap = await next_item(books)
        assert isinstance(gap, Gap) and gap.reason == "resync"
        assert not books.book.synced  # not current until the fresh snapshot
        book = await next_item(books)
        assert isinstance(book, OrderBook)
        assert server.connections[0].methods() == [
            "depth.subscribe",
            "depth.unsubscribe",
            "depth.subscribe",
        ]
    assert book.checksum_failures == 1
    assert book.best_bid == Decimal("100.5")  # from the fresh full book
