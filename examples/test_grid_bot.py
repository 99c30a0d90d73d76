"""Testing a bot against the sandbox with the ``coinex_sandbox`` pytest fixture.

Installing ``coinex-sdk[sandbox]`` registers the fixture: each test gets a fresh local CoinEx
exchange on loopback, a client for it, and controls (deposits, prices, faults). Copy this file
next to your bot and run ``pytest``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from grid_bot import GridBot

from coinex_sdk.sandbox import Sandbox

MARKET = "BTCUSDT"


def grid_orders(sandbox: Sandbox) -> list[str]:
    with sandbox.client() as cx:
        pending = cx.spot.iter_pending_orders(market=MARKET, market_type="SPOT")
        return sorted(o.client_id for o in pending if o.client_id.startswith("grid-"))


@pytest.mark.coinex_sandbox(tick_interval=None)  # no market maker ticking: a still market
def test_the_bot_places_one_order_per_level_and_side(coinex_sandbox: Sandbox) -> None:
    with coinex_sandbox.client() as cx:
        GridBot(cx, market=MARKET, levels=2, step=Decimal("50")).start()
    assert grid_orders(coinex_sandbox) == [
        "grid-BTCUSDT-buy-1",
        "grid-BTCUSDT-buy-2",
        "grid-BTCUSDT-sell-1",
        "grid-BTCUSDT-sell-2",
    ]


@pytest.mark.coinex_sandbox(tick_interval=None)
def test_a_restarted_bot_places_nothing_twice(coinex_sandbox: Sandbox) -> None:
    with coinex_sandbox.client() as cx:
        GridBot(cx, market=MARKET, levels=2, step=Decimal("50")).start()
    with coinex_sandbox.client() as cx:  # a new process, same grid
        GridBot(cx, market=MARKET, levels=2, step=Decimal("50")).start()
    assert len(grid_orders(coinex_sandbox)) == 4


@pytest.mark.coinex_sandbox(tick_interval=None)
def test_a_lost_answer_does_not_double_an_order(coinex_sandbox: Sandbox) -> None:
    # CoinEx places the order, then the answer never arrives (the connection is reset): the SDK
    # finds the order by its client_id instead of placing it again.
    coinex_sandbox.reset_after_execution(path="/v2/spot/order", times=1)
    with coinex_sandbox.client() as cx:
        GridBot(cx, market=MARKET, levels=1, step=Decimal("50")).start()
    assert grid_orders(coinex_sandbox) == ["grid-BTCUSDT-buy-1", "grid-BTCUSDT-sell-1"]


@pytest.mark.coinex_sandbox(tick_interval=None)
def test_stop_cancels_the_grid_and_leaves_other_orders(coinex_sandbox: Sandbox) -> None:
    with coinex_sandbox.client() as cx:
        bot = GridBot(cx, market=MARKET, levels=1, step=Decimal("50"))
        bot.start()
        mine = cx.spot.place_order(
            market=MARKET,
            market_type="SPOT",
            side="buy",
            type="limit",
            amount="0.001",
            price="1000",
            client_id="manual-1",
        )
        bot.stop()
        left = cx.spot.pending_orders(market=MARKET, market_type="SPOT")
    assert [o.order_id for o in left] == [mine.order_id]
