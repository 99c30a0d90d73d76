"""AMM liquidity over the wire: spot money moves into a pool and back, income settles daily."""

from __future__ import annotations

from decimal import Decimal

from coinex_sdk import AsyncCoinEx, CoinEx
from coinex_sdk.sandbox import Sandbox

D = Decimal
ETH = "ETHUSDT"


def spot(cx: CoinEx, ccy: str) -> Decimal:
    return next((b.available for b in cx.assets.spot_balance() if b.ccy == ccy), D(0))


def test_liquidity_is_added_reported_and_removed_with_the_spot_balances(
    sandbox: Sandbox, cx: CoinEx
) -> None:
    eth, usdt = spot(cx, "ETH"), spot(cx, "USDT")
    added = cx.assets.add_amm_liquidity(market=ETH, base_ccy_amount="2", quote_ccy_amount="6000")
    assert (added.base_ccy_amount, added.quote_ccy_amount) == (D("2"), D("6000"))
    assert (spot(cx, "ETH"), spot(cx, "USDT")) == (eth - 2, usdt - 6000)

    (pool,) = cx.assets.amm_liquidity_pool(market=[ETH])
    assert pool.base_ccy_amount >= D("2") and pool.quote_ccy_amount >= D("6000")
    assert ETH in {item.market for item in cx.assets.amm_liquidity()}

    sandbox.advance(86_400)
    income = cx.assets.amm_income_history(market=ETH)
    assert income.items and income.items[0].fee_dividend == 0

    removed = cx.assets.remove_amm_liquidity(market=ETH)
    assert removed.base_ccy_amount == 0 and removed.liquidity_proportion == 0
    assert (spot(cx, "ETH"), spot(cx, "USDT")) == (eth, usdt)


async def test_the_async_client_adds_and_removes_liquidity(acx: AsyncCoinEx) -> None:
    added = await acx.assets.add_amm_liquidity(
        market="ETHBTC", base_ccy_amount="1", quote_ccy_amount="0.05"
    )
    assert added.liquidity_proportion == 1
    (held,) = [i for i in await acx.assets.amm_liquidity() if i.market == "ETHBTC"]
    assert (held.base_ccy, held.quote_ccy, held.base_ccy_amount) == ("ETH", "BTC", D("1"))
    removed = await acx.assets.remove_amm_liquidity(market="ETHBTC")
    assert removed.quote_ccy_amount == 0
