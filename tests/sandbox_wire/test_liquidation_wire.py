"""Liquidation over the wire: a leveraged isolated position whose margin runs out is closed by
the sandbox, pushed as ``liq``, and listed in the liquidation and margin histories."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from websockets.asyncio.client import connect

from coinex_sdk.sandbox import Sandbox

from .test_ws_raw import receive, request, signed

FUT: dict[str, Any] = {"market": "BTCUSDT", "market_type": "FUTURES"}


@pytest.fixture
def own() -> Iterator[Sandbox]:
    with Sandbox(tick_interval=None) as sb:
        yield sb
        assert sb.run(lambda exchange: exchange.imbalance()) == {}


def open_isolated_long(own: Sandbox) -> Decimal:
    """A 100x isolated long of 0.01 BTC; returns its liquidation price."""
    with own.client(strict=True) as cx:
        cx.futures.adjust_position_leverage(**FUT, margin_mode="isolated", leverage=100)
        cx.futures.place_order(**FUT, side="buy", type="market", amount="0.01")
        cx.futures.adjust_position_margin(**FUT, amount="1")
        (pos,) = cx.futures.pending_positions(**FUT).items
        assert pos.liq_price is not None
        return pos.liq_price


async def test_a_position_whose_margin_runs_out_is_liquidated_and_pushed(own: Sandbox) -> None:
    async with connect(own.ws_futures_url, compression=None, ping_interval=None) as ws:
        auth = signed(own.access_id, own.secret_key)
        assert (await request(ws, "server.sign", auth, 1))["code"] == 0
        reply = await request(ws, "position.subscribe", {"market_list": ["BTCUSDT"]}, 2)
        assert reply["code"] == 0
        liq = await asyncio.to_thread(open_isolated_long, own)
        await asyncio.to_thread(own.set_mark_price, "BTCUSDT", liq - 1)
        while True:
            message = await receive(ws)
            if message.get("method") == "position.update" and message["data"]["event"] != "update":
                break
    assert message["data"]["event"] == "liq"
    async with own.async_client(strict=True) as acx:
        assert (await acx.futures.pending_positions(**FUT)).items == []
        (finished,) = (await acx.futures.finished_positions(**FUT)).items
        assert finished.finished_type == "liq"
        (record,) = (await acx.futures.liquidation_history(market="BTCUSDT")).items
        assert record.side == "long" and record.liq_amount == Decimal("0.01")
        (change,) = (await acx.futures.position_margin_history(**FUT)).items
        assert change.margin_change == Decimal("1")


def test_position_level_states_the_maintenance_rate_the_engine_uses(own: Sandbox) -> None:
    with own.client(strict=True) as cx:
        (levels,) = cx.futures.position_level(market=["BTCUSDT"])
    (tier,) = levels.level
    assert tier.maintenance_margin_rate == Decimal("0.005") and tier.leverage == 100


def test_with_an_empty_book_the_winning_side_is_auto_deleveraged() -> None:
    from coinex_sdk.sandbox import ExchangeConfig

    with Sandbox(ExchangeConfig(market_maker=None), tick_interval=None) as sb:
        with sb.client("alice", strict=True) as alice, sb.client("bob", strict=True) as bob:
            alice.futures.place_order(**FUT, side="sell", type="limit", amount="0.01",
                                      price="60000")  # fmt: skip
            bob.futures.adjust_position_leverage(**FUT, margin_mode="isolated", leverage=100)
            bob.futures.place_order(**FUT, side="buy", type="market", amount="0.01")
            sb.set_mark_price("BTCUSDT", "59000")  # bob's 6 USDT margin is gone; nobody bids
            (fill,) = alice.futures.position_adl_history(**FUT).items
            assert (fill.side, fill.role, fill.amount) == ("buy", "maker", Decimal("0.01"))
            (closed,) = alice.futures.finished_positions(**FUT).items
            assert closed.finished_type == "adl"
            assert bob.futures.finished_positions(**FUT).items[0].finished_type == "liq"
        assert sb.run(lambda exchange: exchange.imbalance()) == {}
