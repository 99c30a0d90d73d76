"""Position take-profit / stop-loss over the wire, sync and async: what a bot sets is stored on
the position, re-reading shows it, and crossing the price closes the position with the pushes
CoinEx sends (position.update, order.update, user_deals.update)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from websockets.asyncio.client import connect

from coinex_sdk import CoinEx, ParameterError
from coinex_sdk.sandbox import Sandbox

from .test_ws_raw import receive, request, signed

FUT: dict[str, Any] = {"market": "BTCUSDT", "market_type": "FUTURES"}


@pytest.fixture
def own() -> Iterator[Sandbox]:
    """A sandbox of its own: these tests move the mark price."""
    with Sandbox(tick_interval=None) as sb:
        yield sb
        assert sb.run(lambda exchange: exchange.imbalance()) == {}


def open_long(cx: CoinEx) -> Decimal:
    cx.futures.place_order(**FUT, side="buy", type="market", amount="0.01")
    (ticker,) = cx.futures.ticker(market=["BTCUSDT"])
    assert ticker.mark_price is not None
    return ticker.mark_price


async def test_a_take_profit_is_stored_then_fires_and_pushes_like_coinex(own: Sandbox) -> None:
    async with connect(own.ws_futures_url, compression=None, ping_interval=None) as ws:
        assert (await request(ws, "server.sign", signed(own.access_id, own.secret_key), 1))[
            "code"
        ] == 0
        for n, channel in enumerate(("position", "order", "user_deals"), start=2):
            reply = await request(ws, f"{channel}.subscribe", {"market_list": ["BTCUSDT"]}, n)
            assert reply["code"] == 0

        def set_take_profit() -> Any:
            with own.client(strict=True) as cx:
                mark = open_long(cx)
                target = mark + 500
                placed = cx.futures.set_position_take_profit(
                    **FUT, take_profit_type="mark_price", take_profit_price=target
                )
                (again,) = cx.futures.pending_positions(**FUT).items
                return target, placed, again

        target, placed, again = await asyncio.to_thread(set_take_profit)
        assert placed.take_profit_price == target and placed.take_profit_type == "mark_price"
        assert again.take_profit_price == target and again.take_profit_list
        seen: list[tuple[str, Any]] = []
        while True:  # drain what opening the position pushed
            message = await receive(ws)
            if message.get("method") == "position.update" and message["data"]["position"].get(
                "take_profit_price"
            ) == format(target, "f"):
                break
        await asyncio.to_thread(own.set_mark_price, "BTCUSDT", target)
        expected = {
            ("position.update", "close"),
            ("order.update", "put"),
            ("order.update", "finish"),
            ("user_deals.update", None),
        }
        while not expected <= set(seen):
            message = await receive(ws)
            seen.append((message["method"], message["data"].get("event")))

    def finished() -> Any:
        with own.client(strict=True) as cx:
            assert cx.futures.pending_positions(**FUT).items == []
            return cx.futures.finished_positions(**FUT).items

    (position,) = await asyncio.to_thread(finished)
    assert position.finished_type == "take_profit"


async def test_an_async_client_sets_modifies_and_cancels_a_partial_stop_loss(
    own: Sandbox,
) -> None:
    async with own.async_client(strict=True) as acx:
        await acx.futures.place_order(**FUT, side="buy", type="market", amount="0.01")
        (ticker,) = await acx.futures.ticker(market=["BTCUSDT"])
        assert ticker.last is not None
        below = ticker.last - 1000
        placed = await acx.futures.set_position_stop_loss(
            **FUT, stop_loss_type="latest_price", stop_loss_price=below, stop_loss_amount="0.004"
        )
        assert placed.stop_loss_list is not None
        (item,) = placed.stop_loss_list
        assert (item.amount, item.is_all, item.price) == (Decimal("0.004"), False, below)
        moved = await acx.futures.modify_position_stop_loss(
            **FUT, stop_loss_id=item.id, stop_loss_price=below - 100, stop_loss_type="mark_price"
        )
        assert (moved.stop_loss_price, moved.stop_loss_type) == (below - 100, "mark_price")
        await acx.futures.cancel_position_stop_loss(**FUT, stop_loss_id=item.id)
        (pos,) = (await acx.futures.pending_positions(**FUT)).items
        assert pos.stop_loss_price == 0 and pos.stop_loss_type is None
        await acx.futures.close_position(**FUT, type="market")


def test_a_partial_stop_loss_closes_only_its_amount(own: Sandbox) -> None:
    with own.client(strict=True) as cx:
        mark = open_long(cx)
        cx.futures.set_position_stop_loss(
            **FUT, stop_loss_type="mark_price", stop_loss_price=mark - 300,
            stop_loss_amount="0.004",
        )  # fmt: skip
        own.set_mark_price("BTCUSDT", mark - 300)
        (pos,) = cx.futures.pending_positions(**FUT).items
        assert pos.open_interest == Decimal("0.006") and not pos.stop_loss_list
        cx.futures.close_position(**FUT, type="market")


def test_a_take_profit_on_the_wrong_side_of_the_price_is_refused(own: Sandbox) -> None:
    with own.client() as cx:
        mark = open_long(cx)
        with pytest.raises(ParameterError) as refused:
            cx.futures.set_position_take_profit(
                **FUT, take_profit_type="mark_price", take_profit_price=mark - 1
            )
        assert refused.value.code == 4004
        cx.futures.close_position(**FUT, type="market")
