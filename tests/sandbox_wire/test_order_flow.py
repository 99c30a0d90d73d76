"""A signed order's life over the wire: place, modify, cancel, fill; balances move exactly."""

from __future__ import annotations

from decimal import Decimal

from coinex_sdk import AsyncCoinEx, CoinEx
from coinex_sdk.models import OrderStatus
from coinex_sdk.sandbox import Sandbox

D = Decimal
BTC = "BTCUSDT"


def spot_balances(cx: CoinEx) -> dict[str, tuple[Decimal, Decimal]]:
    return {b.ccy: (b.available, b.frozen) for b in cx.assets.spot_balance()}


def best_ask(cx: CoinEx) -> Decimal:
    depth = cx.spot.depth(market=BTC, limit=5, interval="0")
    return depth.depth.asks[0][0]


def test_a_resting_order_is_placed_modified_and_cancelled_with_its_funds_frozen_and_freed(
    cx: CoinEx,
) -> None:
    before = spot_balances(cx)["USDT"]
    order = cx.spot.place_order(
        market=BTC, market_type="SPOT", side="buy", type="limit", amount="0.01", price="40000"
    )
    assert order.unfilled_amount == D("0.01")
    assert spot_balances(cx)["USDT"] == (before[0] - D("400"), before[1] + D("400"))

    modified = cx.spot.modify_order(
        market=BTC, market_type="SPOT", order_id=order.order_id, price="39000"
    )
    assert modified.order_id == order.order_id and modified.price == D("39000")
    assert spot_balances(cx)["USDT"] == (before[0] - D("390"), before[1] + D("390"))

    cancelled = cx.spot.cancel_order(market=BTC, market_type="SPOT", order_id=order.order_id)
    assert cancelled.order_id == order.order_id
    assert spot_balances(cx)["USDT"] == before
    pending = cx.spot.pending_orders(market=BTC, market_type="SPOT")
    assert order.order_id not in {o.order_id for o in pending.items}


def test_a_crossing_order_fills_against_the_market_maker_and_balances_change_by_its_fills(
    cx: CoinEx,
) -> None:
    before = spot_balances(cx)
    price = best_ask(cx) * D("1.01")
    order = cx.spot.place_order(
        market=BTC, market_type="SPOT", side="buy", type="limit", amount="0.01", price=price
    )
    assert order.filled_amount == D("0.01") and order.unfilled_amount == 0
    after = spot_balances(cx)
    assert after["BTC"][0] == before["BTC"][0] + order.filled_amount - order.base_fee
    assert after["USDT"][0] == before["USDT"][0] - order.filled_value - order.quote_fee
    assert after["USDT"][1] == before["USDT"][1]  # nothing left frozen
    deals = cx.spot.order_deals(market=BTC, market_type="SPOT", order_id=order.order_id)
    assert sum(d.amount for d in deals.items) == D("0.01")
    assert all(d.role is not None and d.role.value == "taker" for d in deals.items)


def test_a_resting_bid_fills_when_the_market_maker_moves_the_price_down(
    sandbox: Sandbox, cx: CoinEx
) -> None:
    bid = best_ask(cx) * D("0.9995")
    order = cx.spot.place_order(
        market=BTC, market_type="SPOT", side="buy", type="limit", amount="0.001", price=bid
    )
    for _ in range(500):
        status = cx.spot.order_status(market=BTC, order_id=order.order_id)
        if status.unfilled_amount == 0:
            break
        sandbox.tick()
    assert status.filled_amount == D("0.001")
    assert status.status == OrderStatus.FILLED


def test_the_finished_order_history_pages_through_every_order(cx: CoinEx) -> None:
    for _ in range(3):
        cx.spot.place_order(market=BTC, market_type="SPOT", side="buy", type="market", amount="10")
    first = cx.spot.finished_orders(market=BTC, market_type="SPOT", limit=2)
    assert len(first.items) == 2 and first.has_next
    every = list(cx.spot.iter_finished_orders(market=BTC, market_type="SPOT", limit=2))
    assert len(every) > 2 and len({o.order_id for o in every}) == len(every)


async def test_the_async_client_places_and_cancels_a_futures_order(acx: AsyncCoinEx) -> None:
    order = await acx.futures.place_order(
        market=BTC, market_type="FUTURES", side="buy", type="limit", amount="0.01", price="40000"
    )
    pending = await acx.futures.pending_orders(market=BTC, market_type="FUTURES")
    assert order.order_id in {o.order_id for o in pending.items}
    await acx.futures.cancel_order(market=BTC, market_type="FUTURES", order_id=order.order_id)
    pending = await acx.futures.pending_orders(market=BTC, market_type="FUTURES")
    assert order.order_id not in {o.order_id for o in pending.items}
