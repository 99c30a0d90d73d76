"""Any CoinEx client works unchanged but for its base URLs: a raw ``websockets`` client on the
trailing-slash URLs that ccxt and other clients use (``/v2/spot/``, ``/v2/futures/``), signing
with ``server.sign`` and subscribing with the frames they send."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from websockets.asyncio.client import connect

from coinex_sdk.sandbox import Sandbox

from .test_ws_raw import receive, request, signed


async def test_the_spot_url_with_a_trailing_slash_signs_subscribes_and_pushes(
    sandbox: Sandbox,
) -> None:
    async with connect(sandbox.ws_spot_url + "/", compression=None, ping_interval=None) as ws:
        auth = signed(sandbox.access_id, sandbox.secret_key)
        assert (await request(ws, "server.sign", auth, 1))["code"] == 0
        params = {"market_list": ["BTCUSDT"]}
        assert (await request(ws, "order.subscribe", params, 2))["code"] == 0
        assert (await request(ws, "server.ping", {}, 3))["data"] == {"result": "pong"}
        with sandbox.client() as cx:
            order = await asyncio.to_thread(
                cx.spot.place_order, market="BTCUSDT", market_type="SPOT", side="buy",
                type="limit", amount="0.001", price="30000",
            )  # fmt: skip
            message = await receive(ws)
            await asyncio.to_thread(
                cx.spot.cancel_order, market="BTCUSDT", market_type="SPOT",
                order_id=order.order_id,
            )  # fmt: skip
    assert message["method"] == "order.update"
    assert message["data"]["order"]["order_id"] == order.order_id


async def test_the_futures_url_with_a_trailing_slash_pushes_positions(
    sandbox: Sandbox,
) -> None:
    async with connect(sandbox.ws_futures_url + "/", compression=None, ping_interval=None) as ws:
        auth = signed(sandbox.access_id, sandbox.secret_key)
        assert (await request(ws, "server.sign", auth, 1))["code"] == 0
        params = {"market_list": ["BTCUSDT"]}
        assert (await request(ws, "position.subscribe", params, 2))["code"] == 0
        state = await request(ws, "state.subscribe", {"market_list": ["BTCUSDT"]}, 3)
        assert state["code"] == 0
        sandbox.set_mark_price("BTCUSDT", "60500")
        with sandbox.client() as cx:
            await asyncio.to_thread(
                cx.futures.place_order, market="BTCUSDT", market_type="FUTURES", side="buy",
                type="market", amount="0.001",
            )  # fmt: skip
            while True:
                message = await receive(ws)
                if message.get("method") == "position.update":
                    break
            await asyncio.to_thread(
                cx.futures.close_position, market="BTCUSDT", market_type="FUTURES",
                type="market",
            )  # fmt: skip
    assert message["data"]["position"]["market"] == "BTCUSDT"
    assert Decimal(message["data"]["position"]["open_interest"]) > 0
