"""The SDK's WebSocket streams against the sandbox: every channel decodes strictly, the local
order book stays checksum-verified, order updates arrive as orders fill, and streams survive a
dropped or silent connection. The market maker runs, so market data keeps coming."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from coinex_sdk import AsyncCoinEx
from coinex_sdk.models import OrderEvent
from coinex_sdk.sandbox import Sandbox
from coinex_sdk.sandbox.ws._session import CHANNELS as SERVED
from coinex_sdk.ws import Gap, WsTimings
from generator.spec import load_spec

TIMEOUT = 15.0
BTC = "BTCUSDT"
FAST = WsTimings(ping_interval=0.2, pong_timeout=0.3, reconnect_min_delay=0.05)
SPEC = load_spec(Path(__file__).resolve().parents[2] / "spec")


@pytest.fixture(scope="module")
def live() -> Iterator[Sandbox]:
    with Sandbox(tick_interval=0.05, ws_price_interval=0.1) as sb:
        yield sb


@pytest.fixture
async def acx(live: Sandbox) -> AsyncIterator[AsyncCoinEx]:
    async with live.async_client(strict=True, ws_timings=FAST) as acx:
        yield acx


async def first(stream: Any, after_subscribe: Callable[[], None] = lambda: None) -> Any:
    """The first item of an async stream, once subscribed and ``after_subscribe`` ran."""

    async def run() -> Any:
        async with stream:  # returns once CoinEx acknowledged the subscription
            await asyncio.to_thread(after_subscribe)
            async for item in stream:
                if not isinstance(item, Gap):
                    return item
        raise AssertionError("the stream ended")

    return await asyncio.wait_for(run(), TIMEOUT)


def _actions(live: Sandbox, venue: str) -> None:
    """Make every private channel of ``venue`` push: an order that fills, a stop order."""
    with live.client() as cx:
        if venue == "spot":
            cx.spot.place_order(
                market=BTC, market_type="SPOT", side="buy", type="market", amount="50"
            )
            cx.spot.place_stop_order(
                market=BTC, market_type="SPOT", side="buy", type="market", amount="10",
                trigger_price="900000",
            )  # fmt: skip
        else:
            cx.futures.place_order(
                market=BTC, market_type="FUTURES", side="buy", type="market", amount="0.01"
            )
            cx.futures.place_stop_order(
                market=BTC, market_type="FUTURES", side="buy", type="market", amount="0.01",
                trigger_price="900000", trigger_price_type="latest_price",
            )  # fmt: skip


_BOTH: list[tuple[str, dict[str, Any]]] = [
    ("state", {"market": [BTC]}),
    ("deals", {"market": [BTC]}),
    ("depth", {"market": BTC, "limit": 5}),
    ("bbo", {"market": [BTC]}),
    ("index", {"market": [BTC]}),
    ("orders", {"market": [BTC]}),
    ("stop_orders", {"market": [BTC]}),
    ("user_deals", {"market": [BTC]}),
    ("balances", {}),
]
CHANNELS: list[tuple[str, str, dict[str, Any]]] = [
    *[(venue, name, args) for venue in ("spot", "futures") for name, args in _BOTH],
    ("futures", "premium", {"market": [BTC]}),
    ("futures", "positions", {"market": [BTC]}),
]


@pytest.mark.parametrize(
    ("venue", "name", "args"),
    CHANNELS,
    ids=[f"{e}.{n}" for e, n, _ in CHANNELS],
)
async def test_every_channel_pushes_what_the_sdk_decodes_strictly(
    live: Sandbox, acx: AsyncCoinEx, venue: str, name: str, args: dict[str, Any]
) -> None:
    stream = getattr(getattr(acx.ws, venue), name)(**args)
    item = await first(stream, lambda: _actions(live, venue))
    assert type(item).__name__.endswith(("Push", "Depth"))


def test_the_sandbox_serves_each_channel_on_the_venues_the_spec_names() -> None:
    served = {name: set(venues) for name, venues in SERVED.items()}
    assert served == {ch.name: set(ch.venues) for ch in SPEC.channels}


NEVER_PUSHED = {("spot", "notices"): "only maintenance notices (101); the sandbox has none"}


def test_the_push_test_above_covers_every_stream_method_of_the_spec() -> None:
    methods = sorted((venue, ch.method) for ch in SPEC.channels for venue in ch.venues)
    assert methods == sorted([*((venue, name) for venue, name, _ in CHANNELS), *NEVER_PUSHED])


async def test_the_local_order_book_stays_checksum_verified_over_many_deltas(
    acx: AsyncCoinEx,
) -> None:
    stream = acx.ws.spot.order_book(market=BTC, limit=10)
    seen: list[tuple[Decimal | None, Decimal | None]] = []

    async def run() -> None:
        async with stream:
            async for book in stream:
                assert book.synced and book.checksum_failures == 0
                assert len(book.bids) <= 10 and book.bids[0][0] < book.asks[0][0]
                seen.append((book.best_bid, book.best_ask))
                if len(set(seen)) >= 5:
                    return

    await asyncio.wait_for(run(), TIMEOUT)
    assert stream.book.gaps == 0


def test_the_sync_order_book_follows_the_market(live: Sandbox) -> None:
    with live.client(strict=True) as cx, cx.ws.futures.order_book(market=BTC, limit=5) as stream:
        books = []
        for book in stream:
            books.append(book.best_bid)
            if len(set(books)) >= 3:
                break
        assert stream.book.checksum_failures == 0


def test_order_updates_are_pushed_as_the_market_maker_fills_a_resting_order(
    live: Sandbox,
) -> None:
    with live.client(strict=True) as cx, cx.ws.spot.orders(market=[BTC]) as updates:
        ask = cx.spot.depth(market=BTC, limit=5, interval="0").depth.asks[0][0]
        order = cx.spot.place_order(
            market=BTC, market_type="SPOT", side="buy", type="limit", amount="0.002",
            price=ask * Decimal("0.9995"),
        )  # fmt: skip
        events = []
        for update in updates:
            if isinstance(update, Gap) or update.order.order_id != order.order_id:
                continue
            events.append(update.event)
            if update.event == OrderEvent.FINISH:
                final = update.order
                break
    assert events[0] == OrderEvent.PUT
    assert final.unfilled_amount == 0 and final.filled_amount == Decimal("0.002")


async def _until(predicate: Callable[[], bool]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


async def _gap_then_items(
    stream: Any, fault: Callable[[], Awaitable[None]]
) -> tuple[list[str], int]:
    reasons: list[str] = []
    after = 0

    async def run() -> None:
        nonlocal after
        async with stream:
            faulted = False
            async for item in stream:
                if not faulted:
                    faulted = True
                    await fault()
                elif isinstance(item, Gap):
                    reasons.append(item.reason)
                elif reasons:
                    after += 1
                    if after >= 3:
                        return

    await asyncio.wait_for(run(), TIMEOUT)
    return reasons, after


async def test_a_stream_reconnects_after_the_server_drops_the_connection(
    live: Sandbox, acx: AsyncCoinEx
) -> None:
    before = live.ws_connections_accepted

    async def drop() -> None:
        await live.arun(lambda exchange: exchange.faults.drop_ws(1))

    reasons, after = await _gap_then_items(acx.ws.spot.bbo(market=[BTC]), drop)
    assert reasons == ["reconnect"] and after >= 3
    assert live.ws_connections_accepted > before


async def test_the_order_book_yields_a_gap_after_a_drop_then_a_fresh_book(
    live: Sandbox, acx: AsyncCoinEx
) -> None:
    stream = acx.ws.spot.order_book(market=BTC, limit=5)
    seen: list[str] = []

    async def run() -> None:
        async with stream:
            async for item in stream:
                if isinstance(item, Gap):
                    assert not stream.book.synced  # not current until the next snapshot
                    seen.append(f"gap:{item.reason}")
                    continue
                assert item.synced
                seen.append("book")
                if seen == ["book"]:
                    await live.arun(lambda exchange: exchange.faults.drop_ws(1))
                elif "gap:reconnect" in seen and seen[-3:] == ["book"] * 3:
                    return

    await asyncio.wait_for(run(), TIMEOUT)
    assert [item for item in seen if item != "book"] == ["gap:reconnect"]
    assert stream.book.gaps == 1 and stream.book.checksum_failures == 0


async def test_a_silent_server_is_detected_by_missing_pongs_and_the_stream_recovers(
    live: Sandbox, acx: AsyncCoinEx
) -> None:
    async def silence_until_the_client_reconnects() -> None:
        accepted = live.ws_connections_accepted
        await live.arun(lambda exchange: setattr(exchange.faults, "ws_stalled", True))
        try:  # the frozen connection answers no ping: the client gives up on it and reconnects
            await _until(lambda: live.ws_connections_accepted > accepted)
        finally:
            await live.arun(lambda exchange: setattr(exchange.faults, "ws_stalled", False))

    reasons, after = await _gap_then_items(
        acx.ws.futures.state(market=[BTC]), silence_until_the_client_reconnects
    )
    assert "reconnect" in reasons and after >= 3
