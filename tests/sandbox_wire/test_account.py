"""Account settings, the SPOT journal and refused endpoints over the wire, sync and async."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coinex_sdk import AsyncCoinEx, CoinEx, DeprecatedEndpointError
from coinex_sdk.sandbox import Sandbox

D = Decimal


def test_futures_market_settings_are_stored(cx: CoinEx) -> None:
    cx.account.modify_futures_market_settings(settle_switch=2)
    assert cx.account.futures_market_settings().settle_switch == 2
    cx.account.modify_futures_market_settings(settle_switch=1)
    assert cx.account.futures_market_settings().settle_switch == 1
    cx.account.modify_settings(cet_discount_enabled=True)


def test_a_deposit_and_a_trade_appear_in_the_spot_journal(sandbox: Sandbox, cx: CoinEx) -> None:
    sandbox.deposit("USDT", "77")
    (entry, *_) = cx.assets.transaction_history(type="deposit", ccy="USDT").items
    assert entry.change == D("77") and entry.type == "deposit"
    usdt = next(b for b in cx.assets.spot_balance() if b.ccy == "USDT")
    assert entry.balance == usdt.available + usdt.frozen

    order = cx.spot.place_order(
        market="BTCUSDT", market_type="SPOT", side="buy", type="market", amount="50"
    )
    trades = cx.assets.transaction_history(type="trade", ccy="USDT").items
    assert trades[0].change == -order.filled_value


def test_the_refer_endpoints_say_the_sandbox_does_not_simulate_them(cx: CoinEx) -> None:
    with pytest.raises(DeprecatedEndpointError, match="no referral program") as error:
        cx.refer.referees()
    assert error.value.code == 4018


async def test_the_async_client_reads_settings_and_asset_info(acx: AsyncCoinEx) -> None:
    await acx.account.modify_futures_market_settings(settle_switch=2)
    assert (await acx.account.futures_market_settings()).settle_switch == 2
    await acx.account.modify_futures_market_settings(settle_switch=1)
    (btc,) = await acx.assets.assets_info(ccy="BTC")
    assert btc.full_name == "Bitcoin" and [c.chain_name for c in btc.chain_info] == ["BTC"]
    assert await acx.assets.financial_balance() == []
    with pytest.raises(DeprecatedEndpointError, match="not simulated by the sandbox"):
        await acx.assets.credit_info()
