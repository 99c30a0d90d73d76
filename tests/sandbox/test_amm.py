"""AMM liquidity: pooled spot money, shares at the pool's ratio, daily income settlements."""

from __future__ import annotations

import pytest

from coinex_sdk.sandbox import Account, Exchange, SandboxApiError, envelope
from coinex_sdk.sandbox.engine._amm import DAY_MS

from .conftest import FakeClock
from .helpers import D, balance


def test_the_first_provider_sets_the_pools_ratio(exchange: Exchange, alice: Account) -> None:
    pool = exchange.amm.add(alice, "BTCUSDT", D("1"), D("60000"))
    assert (pool.base, pool.quote) == (D("1"), D("60000"))
    assert balance(alice, "BTC") == (D("1"), D("0"))
    assert balance(alice, "USDT") == (D("40000"), D("0"))
    assert exchange.amm.holding(alice, "BTCUSDT")["liquidity_proportion"] == "1"


def test_later_providers_add_at_the_pools_ratio_the_smaller_side_deciding(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    exchange.amm.add(alice, "BTCUSDT", D("1"), D("60000"))
    exchange.amm.add(bob, "BTCUSDT", D("1"), D("30000"))  # quote decides: half of the pool
    assert balance(bob, "BTC") == (D("1.5"), D("0"))  # the unused 0.5 BTC stays
    assert balance(bob, "USDT") == (D("70000"), D("0"))
    holding = exchange.amm.holding(bob, "BTCUSDT")
    assert (holding["base_ccy_amount"], holding["quote_ccy_amount"]) == ("0.5", "30000")
    assert holding["liquidity_proportion"] == "0.333333"


def test_removing_pays_the_share_back_and_the_last_provider_takes_the_rest(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    exchange.amm.add(alice, "BTCUSDT", D("1"), D("60000"))
    exchange.amm.add(bob, "BTCUSDT", D("0.3"), D("18000"))
    exchange.amm.remove(bob, "BTCUSDT")
    assert balance(bob, "BTC") == (D("2"), D("0"))
    assert balance(bob, "USDT") == (D("100000"), D("0"))
    pool = exchange.amm.remove(alice, "BTCUSDT")
    assert (pool.base, pool.quote, pool.shares) == (D("0"), D("0"), D("0"))
    assert balance(alice, "BTC") == (D("2"), D("0"))


def test_removing_without_liquidity_is_refused(exchange: Exchange, alice: Account) -> None:
    with pytest.raises(SandboxApiError) as error:
        exchange.amm.remove(alice, "BTCUSDT")
    assert error.value.code == 4004


def test_adding_more_than_the_spot_balance_answers_3109_and_moves_nothing(
    exchange: Exchange, alice: Account
) -> None:
    with pytest.raises(SandboxApiError) as error:
        exchange.amm.add(alice, "BTCUSDT", D("5"), D("1"))
    assert error.value.code == 3109
    assert balance(alice, "USDT") == (D("100000"), D("0"))


def test_every_day_settles_the_holders_shares_without_fee_income(
    exchange: Exchange, alice: Account, clock: FakeClock
) -> None:
    exchange.amm.add(alice, "BTCUSDT", D("1"), D("60000"))
    clock.advance(2 * DAY_MS)
    body = envelope(exchange, "GET", "/v2/assets/amm/income-history", alice, {"market": "BTCUSDT"})
    assert len(body["data"]) == 2
    newest = body["data"][0]
    assert newest["created_at"] % DAY_MS == 0 and newest["created_at"] <= clock.ms
    assert (newest["base_ccy_amount"], newest["quote_ccy_amount"]) == ("1", "60000")
    assert newest["liquidity_proportion"] == "1" and newest["fee_dividend"] == "0"


def test_the_pool_reports_its_reserves(exchange: Exchange, alice: Account) -> None:
    exchange.amm.add(alice, "ETHUSDT", D("2"), D("6000"))
    body = envelope(exchange, "GET", "/v2/assets/amm/liquidity-pool", alice, {"market": "ETHUSDT"})
    (pool,) = body["data"]
    assert (pool["base_ccy_amount"], pool["quote_ccy_amount"]) == ("2", "6000")
    listed = envelope(exchange, "GET", "/v2/assets/amm/liquidity", alice, {})["data"]
    assert [item["market"] for item in listed] == ["ETHUSDT"]
