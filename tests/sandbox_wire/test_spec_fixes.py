"""Spec fixes from comparing with other clients (issue 13, item 8), over the wire."""

from __future__ import annotations

import pytest

from coinex_sdk import AsyncCoinEx, CoinEx, CredentialsError
from coinex_sdk._generated.endpoints import ASSETS_AMM_LIQUIDITY_POOL


def test_finished_spot_orders_filter_by_client_id(cx: CoinEx) -> None:
    for client_id in ("fin-a", "fin-b"):
        cx.spot.place_order(
            market="BTCUSDT",
            market_type="SPOT",
            side="buy",
            type="market",
            amount="20",
            client_id=client_id,
        )
    page = cx.spot.finished_orders(market_type="SPOT", client_id="fin-a")
    assert [o.client_id for o in page] == ["fin-a"]


async def test_finished_futures_orders_filter_by_client_id(acx: AsyncCoinEx) -> None:
    for client_id, side in (("ffin-a", "buy"), ("ffin-b", "sell")):
        await acx.futures.place_order(
            market="BTCUSDT", side=side, type="market", amount="0.001", client_id=client_id
        )
    page = await acx.futures.finished_orders(market="BTCUSDT", client_id="ffin-b")
    assert [o.client_id for o in page] == ["ffin-b"]


def test_the_amm_liquidity_pool_is_signed() -> None:
    assert ASSETS_AMM_LIQUIDITY_POOL.auth
    with CoinEx(base_url="http://127.0.0.1:9") as anonymous, pytest.raises(CredentialsError):
        anonymous.assets.amm_liquidity_pool(market=["BTCUSDT"])  # refused before sending


def test_signed_amm_liquidity_pool_answers(cx: CoinEx) -> None:
    assert cx.assets.amm_liquidity_pool(market=["BTCUSDT"]) is not None
