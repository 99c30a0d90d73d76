"""What an IDE and mypy see: checked by ``nox -s typecheck`` (mypy --strict), never executed.

``assert_type`` pins the exact types users get; each ``type: ignore[...]`` marks a call that must
stay an error (mypy's ``warn_unused_ignores`` fails the session if it stops being one).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any

from typing_extensions import assert_type

from coinex_sdk import AsyncCoinEx, BatchItem, CoinEx, Page, WebSocketError
from coinex_sdk.models import (
    FuturesFundingRate,
    MaintenanceInfo,
    OrderSide,
    ServerTime,
    SpotOrder,
    SpotTicker,
)
from coinex_sdk.models import SpotDepth as SpotDepthModel

ORDER: Any = None


def sync_calls(cx: CoinEx) -> None:
    assert_type(cx.common.time(), ServerTime)
    assert_type(cx.common.maintain_info(), list[MaintenanceInfo])
    assert_type(cx.spot.ticker(market=["BTCUSDT", "ETHUSDT"]), list[SpotTicker])
    assert_type(cx.spot.ticker(market="BTCUSDT"), list[SpotTicker])
    order = cx.spot.place_order(
        market="BTCUSDT",
        market_type="SPOT",
        side="buy",
        type="limit",
        amount=Decimal("0.001"),
        price="10000",
        client_id="a1",
    )
    assert_type(order, SpotOrder)
    assert_type(order.amount, Decimal)
    assert_type(cx.spot.pending_orders(market_type="SPOT"), Page[SpotOrder])
    assert_type(cx.spot.iter_pending_orders(market_type="SPOT"), Iterator[SpotOrder])
    assert_type(cx.spot.place_orders(orders=[ORDER]), list[BatchItem[SpotOrder]])
    assert_type(cx.request("GET", "/v2/time"), Any)


def enums_are_accepted_where_literals_are(cx: CoinEx) -> None:
    cx.spot.place_order(
        market="BTCUSDT", market_type="SPOT", side=OrderSide.BUY, type="market", amount=1
    )


async def async_calls(acx: AsyncCoinEx) -> None:
    assert_type(await acx.common.time(), ServerTime)
    assert_type(await acx.futures.funding_rate(market=["BTCUSDT"]), list[FuturesFundingRate])
    assert_type(await acx.spot.pending_orders(market_type="SPOT"), Page[SpotOrder])
    assert_type(acx.spot.iter_finished_orders(market_type="SPOT"), AsyncIterator[SpotOrder])
    async for o in acx.spot.iter_finished_orders(market_type="SPOT"):
        assert_type(o, SpotOrder)


def wrong_arguments(cx: CoinEx) -> None:
    cx.common.time(market="BTCUSDT")  # type: ignore[call-arg]
    cx.spot.ticker(markets=["BTCUSDT"])  # type: ignore[call-arg]
    cx.spot.place_order(  # type: ignore[call-arg]
        market="BTCUSDT", side="buy", type="limit", amount=1
    )
    cx.spot.place_order(
        market="BTCUSDT",
        market_type="SPOT",
        side="long",  # type: ignore[arg-type]
        type="limit",
        amount=1,
    )
    cx.spot.place_order(
        market="BTCUSDT",
        market_type="SPOT",
        side="buy",
        type="limit",
        amount=0.1,  # type: ignore[arg-type]
    )
    cx.common.time().timestamp.upper()  # type: ignore[attr-defined]


def streams(cx: CoinEx) -> None:
    from coinex_sdk.models import SpotDepth as Depth
    from coinex_sdk.ws import Gap, Subscription

    stream = cx.ws.spot.depth(market="BTCUSDT", limit=20)
    assert_type(stream, Subscription[Depth])
    for update in stream:
        assert_type(update, Depth | Gap)
    cx.ws.spot.depth(market="BTCUSDT", limit=7)  # type: ignore[arg-type]
    cx.ws.spot.positions()  # type: ignore[attr-defined]
    assert_type(cx.ws.spot.depth(market=["BTCUSDT", "ETHUSDT"]), Subscription[Depth])


def order_books(cx: CoinEx) -> None:
    from coinex_sdk.ws import Gap, OrderBook, OrderBookStream, WsDecodeError

    stream = cx.ws.spot.order_book(market="BTCUSDT", limit=50)
    assert_type(stream, OrderBookStream)
    for item in stream:
        assert_type(item, OrderBook | Gap)  # a Gap: the book is not current until a snapshot
        if isinstance(item, Gap):
            assert_type(item.error, WebSocketError | None)
            if isinstance(item.error, WsDecodeError):
                assert_type(item.error.frame, bytes | str)
            continue
        assert_type(item.best_bid, Decimal | None)
        assert_type(item.bids, list[tuple[Decimal, Decimal]])
        assert_type(item.synced, bool)
    assert_type(stream.book, OrderBook)
    many = cx.ws.futures.order_book(market=["BTCUSDT", "ETHUSDT"], limit=5, interval="0.01")
    assert_type(many.books, dict[str, OrderBook])
    cx.ws.spot.order_book(market="BTCUSDT", limit=7)  # type: ignore[arg-type]
    cx.ws.spot.order_book(market="BTCUSDT", interval="0.5")  # type: ignore[arg-type]
    cx.ws.spot.order_book(market="BTCUSDT", is_full=True)  # type: ignore[call-arg]


async def async_streams(acx: AsyncCoinEx) -> None:
    from coinex_sdk.models import PositionPush
    from coinex_sdk.ws import AsyncSubscription, Gap

    stream = acx.ws.futures.positions(market=["BTCUSDT"])
    assert_type(stream, AsyncSubscription[PositionPush])
    async for push in stream:
        assert_type(push, PositionPush | Gap)


async def async_order_books(acx: AsyncCoinEx) -> None:
    from coinex_sdk.ws import AsyncOrderBookStream, Gap, OrderBook

    stream = acx.ws.spot.order_book(market=["BTCUSDT", "ETHUSDT"], limit=20)
    assert_type(stream, AsyncOrderBookStream)
    async with stream:
        async for item in stream:
            assert_type(item, OrderBook | Gap)
    acx.ws.spot.order_book(market="BTCUSDT", limit=25)  # type: ignore[arg-type]


def fields_coinex_always_sends_need_no_none_check(cx: CoinEx) -> None:
    from coinex_sdk.models import FuturesOrder, FuturesPosition, SpotOrderPush, TriggerDirection

    push: SpotOrderPush = ORDER
    assert_type(push.order.filled_amount, Decimal)
    assert_type(push.order.unfilled_amount, Decimal)
    assert_type(push.order.unfill_amount, Decimal | None)
    order: FuturesOrder = ORDER
    assert_type(order.filled_amount, Decimal)
    position: FuturesPosition = ORDER
    assert_type(position.open_interest, Decimal)
    assert_type(position.avg_entry_price, Decimal)
    assert_type(position.stop_loss_price, Decimal | None)
    stop = cx.futures.pending_stop_orders(market="BTCUSDT").items[0]
    assert_type(stop.trigger_direction, TriggerDirection | None)


def options_and_public_types(cx: CoinEx, acx: AsyncCoinEx) -> None:
    from coinex_sdk import OrderBookStream, Subscription, WsTimings
    from coinex_sdk.types import FuturesOrderRequest, SpotOrderRequest

    assert_type(cx.with_options(timeout=2.0, max_retries=0), CoinEx)
    assert_type(acx.with_options(timeout=2.0), AsyncCoinEx)
    cx.with_options(proxy="http://127.0.0.1:1")  # type: ignore[call-arg]
    cx.with_options(timeout="soon")  # type: ignore[arg-type]
    CoinEx(timeout=1.5, proxy="http://127.0.0.1:1", ws_timings=WsTimings(), check_orders=True)
    CoinEx(timeout_seconds=1)  # type: ignore[call-arg]
    AsyncCoinEx(rate_limit="sometimes")  # type: ignore[arg-type]
    order: SpotOrderRequest = {
        "market": "BTCUSDT",
        "market_type": "SPOT",
        "side": "buy",
        "type": "limit",
        "amount": "1",
    }
    assert_type(cx.spot.place_orders(orders=[order]), list[BatchItem[SpotOrder]])
    bad: FuturesOrderRequest = {"market": "BTCUSDT", "side": "up"}  # type: ignore[typeddict-item]
    assert bad
    page = cx.spot.pending_orders(market_type="SPOT")
    assert_type(len(page), int)
    assert_type(page[0], SpotOrder)
    for o in page:
        assert_type(o, SpotOrder)
    stream = cx.ws.spot.depth(market="BTCUSDT")
    assert_type(stream, Subscription[SpotDepthModel])
    book = cx.ws.spot.order_book(market="BTCUSDT")
    assert_type(book, OrderBookStream)


async def async_stream_types_from_the_top_level(acx: AsyncCoinEx) -> None:
    from coinex_sdk import AsyncOrderBookStream, AsyncSubscription, Gap
    from coinex_sdk.models import BboPush

    stream = acx.ws.futures.bbo(market=["BTCUSDT"])
    assert_type(stream, AsyncSubscription[BboPush])
    async for push in stream:
        assert_type(push, BboPush | Gap)
    assert_type(acx.ws.spot.order_book(market="BTCUSDT"), AsyncOrderBookStream)


def venues() -> None:
    from coinex_sdk.ws import Channel, SyncWsClient, Venue

    venue: Venue = "futures"
    assert_type(Channel("depth", venue).venue, Venue)
    assert_type(SyncWsClient("ws://127.0.0.1:8000/stream", venue="spot").venue, Venue)
    Channel("depth", "margin")  # type: ignore[arg-type]
    SyncWsClient("ws://127.0.0.1:8000/stream", venue="margin")  # type: ignore[arg-type]
    SyncWsClient("ws://127.0.0.1:8000/v2/spot", endpoint="spot")  # type: ignore[call-arg]


def raw_responses(cx: CoinEx) -> None:
    from coinex_sdk import RawResponse

    raw = cx.spot.with_raw_response.ticker(market=["BTCUSDT"])
    assert_type(raw, RawResponse[list[SpotTicker]])
    assert_type(raw.parse(), list[SpotTicker])
    assert_type(raw.status_code, int)
    assert_type(raw.elapsed, float)
    assert_type(raw.content, bytes)
    assert_type(raw.headers["X-RateLimit-Remaining"], str)
    assert_type(
        cx.spot.with_raw_response.pending_orders(market_type="SPOT").parse(), Page[SpotOrder]
    )
    assert_type(
        cx.account.with_raw_response.modify_settings(cet_discount_enabled=True).parse(), None
    )
    cx.spot.with_raw_response.ticker(markets=["BTCUSDT"])  # type: ignore[call-arg]
    cx.spot.with_raw_response.iter_pending_orders  # type: ignore[attr-defined]  # noqa: B018


async def async_raw_responses(acx: AsyncCoinEx) -> None:
    from coinex_sdk import RawResponse

    raw = await acx.futures.with_raw_response.funding_rate(market=["BTCUSDT"])
    assert_type(raw, RawResponse[list[FuturesFundingRate]])
    assert_type(raw.parse(), list[FuturesFundingRate])


async def market_rules(cx: CoinEx, acx: AsyncCoinEx) -> None:
    from decimal import ROUND_HALF_UP

    from coinex_sdk import MarketRules
    from coinex_sdk.models import FuturesMarket, SpotMarket

    rules = cx.markets.spot("BTCUSDT")
    assert_type(rules, MarketRules[SpotMarket])
    assert_type(rules.info.is_api_trading_available, bool)
    assert_type(rules.quantize_price("43210.129"), Decimal)
    assert_type(rules.quantize_amount(Decimal("1"), ROUND_HALF_UP), Decimal)
    assert_type(rules.check_order(type="limit", amount="1", price="2"), None)
    rules.quantize_price(1.5)  # type: ignore[arg-type]
    cx.markets.options("BTCUSDT")  # type: ignore[attr-defined]
    futures = await acx.markets.futures("BTCUSDT")
    assert_type(futures, MarketRules[FuturesMarket])
    assert_type(futures.tick_size, Decimal | None)
    assert_type(cx.with_options(check_orders=True), CoinEx)


def configuration(cx: CoinEx) -> None:
    import httpx

    from coinex_sdk import ClientConfig, RetryPolicy

    assert_type(cx.config, ClientConfig)
    assert_type(cx.config.timeout, httpx.Timeout)
    assert_type(cx.config.retry_policy, RetryPolicy)
    assert_type(cx.config.proxy, str | None)
    cx.config.strict = False  # type: ignore[misc]


def sandbox_fault_controls() -> None:
    from coinex_sdk.sandbox import Sandbox

    sb = Sandbox()
    assert_type(sb.fail_http(502, path="/v2/spot/order", method="POST", times=2), None)
    assert_type(sb.add_latency(100, path="/v2/time", times=None), None)
    sb.fail_code(3008, pth="/v2/spot/order")  # type: ignore[call-arg]
    sb.hold_after_execution(500, times="2")  # type: ignore[arg-type]
