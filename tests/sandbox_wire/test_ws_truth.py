"""Streams tell the truth against the sandbox over loopback: a corrupt frame is a gap on every
stream (the order book included) and data resumes on a fresh connection; a clock that is off
when the connection is signed is re-synced instead of ending the private streams."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Literal

import pytest

from coinex_sdk.models import BboPush, SpotOrderPush
from coinex_sdk.sandbox import Sandbox
from coinex_sdk.ws import Gap, OrderBook, WsDecodeError, WsTimings

TIMEOUT = 15.0
BTC = "BTCUSDT"
FAST = WsTimings(ping_interval=0.5, pong_timeout=1.0, reconnect_min_delay=0.05)


@pytest.fixture(scope="module")
def live() -> Iterator[Sandbox]:
    with Sandbox(tick_interval=0.05, ws_price_interval=0.1) as sb:
        yield sb


def _buy(live: Sandbox) -> None:
    with live.client() as cx:
        cx.spot.place_order(market=BTC, market_type="SPOT", side="buy", type="market", amount="5")


class Watch:
    """What a stream yielded, in order: "data", or "gap:<reason>" (with the gap kept)."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.gaps: list[Gap] = []

    def add(self, item: Any) -> None:
        if isinstance(item, Gap):
            self.gaps.append(item)
            self.seen.append(f"gap:{item.reason}")
        else:
            self.seen.append("data")

    def resumed(self) -> bool:
        return bool(self.gaps) and self.seen[-1] == "data"


async def _follow(stream: Any, watch: Watch, done: asyncio.Event) -> None:
    async with stream:
        async for item in stream:
            watch.add(item)
            if done.is_set() and watch.resumed():
                return


@pytest.mark.parametrize("kind", ["gzip", "json"])
async def test_a_corrupt_frame_is_a_gap_on_every_stream_and_data_resumes(
    live: Sandbox, kind: Literal["gzip", "json"]
) -> None:
    async with live.async_client(strict=True, ws_timings=FAST) as acx:
        streams = {
            "bbo": acx.ws.spot.bbo(market=[BTC]),
            "orders": acx.ws.spot.orders(market=[BTC]),
            "book": acx.ws.spot.order_book(market=BTC, limit=5),
        }
        watches = {name: Watch() for name in streams}
        corrupted = asyncio.Event()
        tasks = [
            asyncio.create_task(_follow(stream, watches[name], corrupted))
            for name, stream in streams.items()
        ]
        await asyncio.to_thread(_buy, live)  # every stream has data before the fault
        while not all("data" in w.seen for w in watches.values()):
            await asyncio.sleep(0.02)
        accepted = live.ws_connections_accepted
        live.corrupt_ws_frame(times=1, kind=kind)
        corrupted.set()
        while not watches["orders"].gaps:  # the order stream learns of it like the others
            await asyncio.sleep(0.02)
        await asyncio.to_thread(_buy, live)
        await asyncio.wait_for(asyncio.gather(*tasks), TIMEOUT)
    assert live.ws_connections_accepted == accepted + 1
    for name, watch in watches.items():
        assert [g.reason for g in watch.gaps] == ["reconnect"], name
        assert isinstance(watch.gaps[0].error, WsDecodeError), name
    book = streams["book"]
    assert book.book.synced and book.book.gaps == 1 and book.book.checksum_failures == 0


def test_sync_streams_see_the_corrupt_frame_too(live: Sandbox) -> None:
    with live.client(strict=True, ws_timings=FAST) as cx:
        with (
            cx.ws.spot.order_book(market=BTC, limit=5) as books,
            cx.ws.spot.bbo(market=[BTC]) as bbo,
        ):
            assert isinstance(next(iter(books)), OrderBook)
            assert isinstance(next(iter(bbo)), BboPush)
            live.corrupt_ws_frame(times=1, kind="gzip")
            for stream in (books, bbo):
                for item in stream:
                    if isinstance(item, Gap):
                        assert item.reason == "reconnect"
                        assert isinstance(item.error, WsDecodeError)
                        break
            assert not books.book.synced or books.book.gaps == 1
            book = next(item for item in books if not isinstance(item, Gap))
            assert book.synced and isinstance(next(iter(bbo)), BboPush)


async def test_a_refused_sign_resyncs_the_clock_and_the_private_stream_works(
    live: Sandbox,
) -> None:
    live.set_clock_skew(60_000)  # the exchange runs a minute ahead: our timestamps are stale
    try:
        async with live.async_client(strict=True, ws_timings=FAST) as acx:
            assert acx.clock.offset_ms == 0
            stream = acx.ws.spot.orders(market=[BTC])

            async def first_order() -> SpotOrderPush:
                async with stream:
                    await asyncio.to_thread(_buy, live)
                    async for item in stream:
                        if isinstance(item, SpotOrderPush):
                            return item
                raise AssertionError("the stream ended")

            push = await asyncio.wait_for(first_order(), TIMEOUT)
            assert push.order.market == BTC
            assert abs(acx.clock.offset_ms - 60_000) < 5_000  # learned from GET /v2/time
    finally:
        live.set_clock_skew(0)
    assert push.order.amount == Decimal("5")


async def test_a_reconnect_while_the_clock_is_off_keeps_the_private_stream(live: Sandbox) -> None:
    async with live.async_client(strict=True, ws_timings=FAST) as acx:
        stream = acx.ws.spot.orders(market=[BTC])
        seen: list[str] = []

        async def run() -> None:
            async with stream:
                await asyncio.to_thread(_buy, live)
                async for item in stream:
                    if isinstance(item, Gap):
                        seen.append(f"gap:{item.reason}")
                        await asyncio.to_thread(_buy, live)  # something to push once restored
                        continue
                    seen.append("order")
                    if seen.count("order") == 1:  # the clock drifts, then the network drops
                        await asyncio.to_thread(live.set_clock_skew, -60_000)
                        await asyncio.to_thread(live.drop_ws, 1)
                    elif "gap:reconnect" in seen:
                        return

        try:
            await asyncio.wait_for(run(), TIMEOUT)
        finally:
            live.set_clock_skew(0)
        assert "gap:reconnect" in seen and seen[-1] == "order"
        assert abs(acx.clock.offset_ms + 60_000) < 5_000  # re-synced when the sign was refused


async def test_one_subscription_keeps_books_of_several_markets(live: Sandbox) -> None:
    markets = [BTC, "ETHUSDT"]
    async with live.async_client(strict=True, ws_timings=FAST) as acx:
        stream = acx.ws.futures.order_book(market=markets, limit=10)
        updated: dict[str, int] = {}

        async def run() -> None:
            async with stream:
                async for book in stream:
                    assert isinstance(book, OrderBook) and book.synced
                    updated[book.market] = updated.get(book.market, 0) + 1
                    if all(updated.get(m, 0) >= 3 for m in markets):
                        return

        await asyncio.wait_for(run(), TIMEOUT)
        for market in markets:
            book = stream.books[market]
            assert book.checksum_failures == 0 and book.best_bid is not None
            assert book.best_ask is not None and book.best_bid < book.best_ask


async def test_one_depth_subscription_streams_several_markets(live: Sandbox) -> None:
    from coinex_sdk.models import SpotDepth

    async with live.async_client(strict=True, ws_timings=FAST) as acx:
        stream = acx.ws.spot.depth(market=[BTC, "ETHUSDT"], limit=5)
        seen: set[str] = set()

        async def run() -> None:
            async with stream:
                async for update in stream:
                    if isinstance(update, SpotDepth):
                        seen.add(update.market)
                        if len(seen) == 2:
                            return

        await asyncio.wait_for(run(), TIMEOUT)
    assert seen == {BTC, "ETHUSDT"}
