"""``coinex demo``: the SDK's story, told against a sandbox exchange started in-process.

It runs everything a CoinEx bot does, first with the blocking client and then with the asyncio
one: public market data, signed balances, placing, modifying and cancelling orders, a market
order filled by the sandbox's market maker, a paged history walked page by page, and the
WebSocket side: a local order book kept from depth updates (CRC32-verified) and order updates
pushed as a resting order fills. No network and no keys are needed: the sandbox prints its own.

Needs the ``sandbox`` extra: ``pip install "coinex-sdk[sandbox]"``.
"""

from __future__ import annotations

import asyncio
import sys
import threading
import time
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncCoinEx, CoinEx
    from .sandbox import Sandbox

__all__ = ["main"]

MARKET = "BTCUSDT"
WARM_UP_TICKS = 100
"""Market-maker steps run before the story, so tickers and history have something to show."""
ORDER_FILL_PATIENCE = 10.0
"""Seconds the demo waits for the market to fill its resting order before cancelling it."""


def _n(value: Decimal | None) -> str:
    """A decimal as CoinEx writes it, without trailing zeros."""
    if value is None:
        return "-"
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _title(text: str) -> None:
    print(f"\n== {text} " + "=" * max(0, 72 - len(text)))


def _step(text: str) -> None:
    print(f"\n-- {text}")


def _line(text: str) -> None:
    print(f"   {text}")


# -- the blocking client ------------------------------------------------------------------------


def _market_data(cx: CoinEx) -> None:
    _step("Public market data (no signature)")
    for ticker in cx.spot.ticker(market=[MARKET, "ETHUSDT"]):
        _line(
            f"{ticker.market:8} last {_n(ticker.last):>10}   24h high {_n(ticker.high):>10}"
            f"   low {_n(ticker.low):>10}   volume {_n(ticker.volume)}"
        )
    book = cx.spot.depth(market=MARKET, limit=5, interval="0").depth
    for (bid, bid_size), (ask, ask_size) in zip(book.bids[:3], book.asks[:3], strict=False):
        _line(f"bid {_n(bid_size):>8} @ {_n(bid):>9}  |  ask {_n(ask_size):>8} @ {_n(ask):>9}")
    _line(f"depth checksum {book.checksum} (CRC32 over the levels, as CoinEx sends it)")


def _balances(cx: CoinEx, title: str = "Signed: spot balances") -> dict[str, Decimal]:
    _step(title)
    result = {}
    for balance in cx.assets.spot_balance():
        result[balance.ccy] = balance.available
        _line(
            f"{balance.ccy:5} available {_n(balance.available):>14}   frozen {_n(balance.frozen)}"
        )
    return result


def _order_lifecycle(cx: CoinEx) -> None:
    _step("Place, modify and cancel a limit order")
    best_bid = cx.spot.depth(market=MARKET, limit=5, interval="0").depth.bids[0][0]
    price = (best_bid * Decimal("0.9")).quantize(Decimal("0.01"))
    order = cx.spot.place_order(
        market=MARKET, market_type="SPOT", side="buy", type="limit", amount="0.01", price=price
    )
    _line(f"placed    order {order.order_id}: buy 0.01 BTC @ {_n(order.price)} (resting)")
    modified = cx.spot.modify_order(
        market=MARKET, market_type="SPOT", order_id=order.order_id, price=price + 100
    )
    _line(f"modified  order {modified.order_id}: price now {_n(modified.price)}")
    pending = cx.spot.pending_orders(market=MARKET, market_type="SPOT")
    _line(f"pending   {pending.total} open order(s); the USDT they need is frozen")
    cx.spot.cancel_order(market=MARKET, market_type="SPOT", order_id=order.order_id)
    _line(f"cancelled order {order.order_id}; its USDT is available again")


def _market_order(cx: CoinEx) -> None:
    _step("A market order, filled by the sandbox's market maker")
    order = cx.spot.place_order(
        market=MARKET, market_type="SPOT", side="buy", type="market", amount="500"
    )
    deals = cx.spot.order_deals(market=MARKET, market_type="SPOT", order_id=order.order_id)
    average = order.filled_value / order.filled_amount if order.filled_amount else Decimal(0)
    _line(
        f"bought {_n(order.filled_amount)} BTC for {_n(order.filled_value)} USDT"
        f" (avg {_n(average.quantize(Decimal('0.01')))}) in {len(deals.items)} deal(s),"
        f" fee {_n(order.base_fee)} BTC"
    )


def _history(cx: CoinEx) -> None:
    _step("History, page by page (iter_user_deals walks the pages for you)")
    for _ in range(3):
        cx.spot.place_order(market=MARKET, market_type="SPOT", side="sell", type="market",
                            amount="0.001")  # fmt: skip
    first = cx.spot.user_deals(market=MARKET, market_type="SPOT", limit=2)
    _line(f"page 1: {len(first.items)} deals, has_next={first.has_next}")
    deals = list(cx.spot.iter_user_deals(market=MARKET, market_type="SPOT", limit=2))
    for deal in deals[:4]:
        _line(f"deal {deal.deal_id}: {deal.side.value:4} {_n(deal.amount)} @ {_n(deal.price)}")
    _line(f"... {len(deals)} deals in all, fetched 2 per request")


def _live_book(cx: CoinEx) -> None:
    from .ws import Gap

    _step("Live order book over WebSocket: full book, then deltas, CRC32 verified")
    with cx.ws.spot.order_book(market=MARKET, limit=5) as stream:
        count = 0
        for book in stream:
            if isinstance(book, Gap):  # the book is not current until the next full snapshot
                _line(f"gap ({book.reason}): waiting for a fresh snapshot")
                continue
            count += 1
            bid, ask = book.best_bid, book.best_ask
            spread = ask - bid if bid is not None and ask is not None else None
            _line(
                f"update {count}: best bid {_n(bid):>9}  best ask {_n(ask):>9}"
                f"  spread {_n(spread)}  checksum ok"
            )
            if count == 5:
                break
        _line(f"{stream.book.checksum_failures} checksum failures")


def _order_updates(cx: CoinEx) -> None:
    from .ws import Gap

    _step("Order updates pushed over WebSocket as the market maker fills a resting order")
    with cx.ws.spot.orders(market=[MARKET]) as updates:
        ask = cx.spot.depth(market=MARKET, limit=5, interval="0").depth.asks[0][0]
        price = (ask * Decimal("0.9998")).quantize(Decimal("0.01"))
        order = cx.spot.place_order(
            market=MARKET, market_type="SPOT", side="buy", type="limit", amount="0.004",
            price=price,
        )  # fmt: skip
        _line(f"resting bid {order.order_id}: 0.004 BTC @ {_n(price)}, just under the best ask")

        def give_up() -> None:  # a quiet market: cancel, which ends the updates too
            cx.spot.cancel_order(market=MARKET, market_type="SPOT", order_id=order.order_id)

        timer = threading.Timer(ORDER_FILL_PATIENCE, give_up)
        timer.start()
        try:
            for update in updates:
                if isinstance(update, Gap) or update.order.order_id != order.order_id:
                    continue
                pushed = update.order
                _line(
                    f"order.update {update.event.value:7} filled {_n(pushed.filled_amount):>6}"
                    f"  unfilled {_n(pushed.unfilled_amount)}"
                )
                if update.event.value == "finish":
                    break
        finally:
            timer.cancel()


def sync_story(sandbox: Sandbox) -> None:
    from ._client import CoinEx

    _title("The blocking client: CoinEx(access_id, secret_key, base_url=...)")
    with CoinEx(sandbox.access_id, sandbox.secret_key, base_url=sandbox.url) as cx:
        _market_data(cx)
        before = _balances(cx)
        _order_lifecycle(cx)
        _market_order(cx)
        _history(cx)
        _live_book(cx)
        _order_updates(cx)
        after = _balances(cx, "Balances afterwards")
        for ccy in ("BTC", "USDT"):
            _line(f"{ccy} changed by {_n(after[ccy] - before[ccy])}")


# -- the asyncio client -------------------------------------------------------------------------


async def _async_calls(acx: AsyncCoinEx) -> None:
    _step("Three calls at once with asyncio.gather")
    tickers, balances, server_time = await asyncio.gather(
        acx.futures.ticker(market=[MARKET]),
        acx.assets.futures_balance(),
        acx.common.time(),
    )
    (ticker,) = tickers
    _line(f"futures {ticker.market} last {_n(ticker.last)}  mark {_n(ticker.mark_price)}")
    for balance in balances:
        _line(f"futures {balance.ccy:5} available {_n(balance.available)}")
    _line(f"server time {server_time.timestamp} ms")


async def _async_orders(acx: AsyncCoinEx) -> None:
    _step("A futures order, placed and cancelled")
    order = await acx.futures.place_order(
        market=MARKET, market_type="FUTURES", side="buy", type="limit", amount="0.01",
        price="40000",
    )  # fmt: skip
    _line(f"placed    futures order {order.order_id}: buy 0.01 @ {_n(order.price)}")
    await acx.futures.cancel_order(market=MARKET, market_type="FUTURES", order_id=order.order_id)
    _line(f"cancelled futures order {order.order_id}")
    _step("History with async for")
    count = 0
    async for finished in acx.spot.iter_finished_orders(market=MARKET, market_type="SPOT", limit=2):
        count += 1
        if count <= 3:
            _line(f"order {finished.order_id}: {finished.side.value:4} {finished.type.value:6}"
                  f" filled {_n(finished.filled_amount)}")  # fmt: skip
    _line(f"... {count} finished orders")


async def _async_streams(acx: AsyncCoinEx) -> None:
    from .ws import Gap

    _step("Futures order and position updates with async for")
    async with acx.ws.futures.orders(market=[MARKET]) as orders:
        async with acx.ws.futures.positions(market=[MARKET]) as positions:
            order = await acx.futures.place_order(
                market=MARKET, market_type="FUTURES", side="buy", type="market", amount="0.02"
            )
            async for update in orders:
                if not isinstance(update, Gap) and update.order.order_id == order.order_id:
                    _line(f"order.update    {update.event.value:7} order {order.order_id}")
                    if update.event.value == "finish":
                        break
            async for change in positions:
                if not isinstance(change, Gap):
                    held = change.position
                    _line(
                        f"position.update {change.event.value:7} {held.side.value}"
                        f" {_n(held.open_interest)} BTC @ {_n(held.avg_entry_price)}"
                    )
                    break


async def async_story(sandbox: Sandbox) -> None:
    from ._client import AsyncCoinEx

    _title("The asyncio client: AsyncCoinEx, the same methods awaited")
    async with AsyncCoinEx(sandbox.access_id, sandbox.secret_key, base_url=sandbox.url) as acx:
        await _async_calls(acx)
        await _async_orders(acx)
        await _async_streams(acx)


def main() -> int:
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        print(
            'the demo needs the sandbox extra: pip install "coinex-sdk[sandbox]"', file=sys.stderr
        )
        return 1
    from .sandbox import Sandbox

    started = time.monotonic()
    with Sandbox() as sandbox:
        sandbox.tick(WARM_UP_TICKS)  # a market with some history, before the story starts
        print("coinex-sdk demo: a local CoinEx v2 exchange, started in-process")
        print(f"   REST {sandbox.url}   WebSocket {sandbox.ws_spot_url}")
        print(f"   account {sandbox.access_id} (the sandbox's keys; no network, no real money)")
        sync_story(sandbox)
        asyncio.run(async_story(sandbox))
    print(f"\nDone in {time.monotonic() - started:.1f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
