"""Market rules over the wire: ``cx.markets`` fills its cache with one call per kind of market,
quantizes prices and amounts, and (with ``check_orders``) refuses an order CoinEx would refuse
before anything is sent."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from decimal import ROUND_HALF_UP, ROUND_UP, Decimal
from typing import Any

import pytest

from coinex_sdk import AsyncCoinEx, CoinEx, InvalidAmountError, ValidationError
from coinex_sdk.models import FuturesMarket, SpotMarket
from coinex_sdk.sandbox import Sandbox

D = Decimal


def count_calls(client: CoinEx | AsyncCoinEx) -> list[str]:
    """Record the path of every call the client's shell makes."""
    paths: list[str] = []
    shell = client._shell
    call: Callable[..., Any] = shell.call

    def counted(endpoint: Any, args: Any, auth: Any = None) -> Any:
        paths.append(endpoint.path)
        return call(endpoint, args, auth)

    shell.call = counted  # type: ignore[method-assign]
    return paths


def test_rules_come_from_the_market_endpoint_once_per_kind(cx: CoinEx) -> None:
    calls = count_calls(cx)
    rules = cx.markets.spot("BTCUSDT")
    assert (rules.market, rules.price_precision, rules.amount_precision) == ("BTCUSDT", 2, 8)
    assert rules.min_amount == D("0.0001") and rules.trading_enabled is True
    assert isinstance(rules.info, SpotMarket) and rules.info.base_ccy == "BTC"
    assert cx.markets.spot("ETHUSDT").market == "ETHUSDT"
    futures = cx.markets.futures("BTCUSDT")
    assert isinstance(futures.info, FuturesMarket) and futures.tick_size == D("0.1")
    assert calls == ["/v2/spot/market", "/v2/futures/market"]
    cx.markets.refresh()
    assert calls[2:] == ["/v2/spot/market", "/v2/futures/market"]


def test_an_unknown_market_is_looked_up_again_then_refused(cx: CoinEx) -> None:
    cx.markets.spot("BTCUSDT")
    calls = count_calls(cx)
    with pytest.raises(ValidationError, match="NOPEUSDT"):
        cx.markets.spot("NOPEUSDT")
    assert calls == ["/v2/spot/market"]  # one refresh: it could have been listed since


def test_quantizing_rounds_toward_zero_unless_told_otherwise(cx: CoinEx) -> None:
    spot = cx.markets.spot("BTCUSDT")
    assert spot.quantize_price("43210.129") == D("43210.12")
    assert spot.quantize_price("43210.125", ROUND_HALF_UP) == D("43210.13")
    assert spot.quantize_amount(D("0.123456789")) == D("0.12345678")
    assert spot.quantize_amount("0.123456781", rounding=ROUND_UP) == D("0.12345679")
    futures = cx.markets.futures("BTCUSDT")
    assert futures.quantize_price("43210.19") == D("43210.1")  # on the 0.1 tick
    with pytest.raises(ValidationError):
        spot.quantize_price(43210.1)  # type: ignore[arg-type]  # never a float


def test_check_order_names_what_coinex_would_refuse(cx: CoinEx) -> None:
    spot = cx.markets.spot("BTCUSDT")
    spot.check_order(type="limit", amount="0.001", price="45000.12")
    with pytest.raises(ValidationError, match="below the minimum") as below:
        spot.check_order(type="limit", amount="0.00001", price="45000")
    assert below.value.param == "amount"
    with pytest.raises(ValidationError, match="decimal places"):
        spot.check_order(type="limit", amount="0.000100001", price="45000")
    with pytest.raises(ValidationError, match="price") as price:
        spot.check_order(type="limit", amount="0.001", price="45000.123")
    assert price.value.param == "price"
    spot.check_order(type="market", amount="5", amount_in_quote=True)  # 5 USDT
    with pytest.raises(ValidationError, match="trigger_price"):
        cx.markets.futures("BTCUSDT").check_order(amount="1", trigger_price="50000.05")


def test_check_orders_refuses_a_bad_order_before_sending(sandbox: Sandbox) -> None:
    with sandbox.client(check_orders=True) as cx:
        calls = count_calls(cx)
        with pytest.raises(ValidationError, match="below the minimum"):
            cx.spot.place_order(
                market="BTCUSDT",
                market_type="SPOT",
                side="buy",
                type="limit",
                amount="0.00001",
                price="45000",
            )
        assert calls == ["/v2/spot/market"]  # the rules, and no order
        order = cx.spot.place_order(
            market="BTCUSDT",
            market_type="SPOT",
            side="buy",
            type="limit",
            amount="0.001",
            price="40000",
        )
        cx.spot.cancel_order(market="BTCUSDT", market_type="SPOT", order_id=order.order_id)
        cx.spot.place_order(  # a market buy's amount is in USDT: not held to BTC's rules
            market="BTCUSDT", market_type="SPOT", side="buy", type="market", amount="5.123"
        )
        with pytest.raises(ValidationError, match="price"):
            cx.futures.place_order(
                market="BTCUSDT", side="buy", type="limit", amount="0.001", price="40000.05"
            )
        assert calls.count("/v2/futures/order") == 0


def test_check_orders_reads_amounts_as_the_endpoint_does(sandbox: Sandbox) -> None:
    with sandbox.client(check_orders=True) as cx:
        order = cx.spot.place_order(  # a float is taken by its repr, with or without the check
            market="BTCUSDT",
            market_type="SPOT",
            side="buy",
            type="limit",
            amount=0.001,  # type: ignore[arg-type]
            price=40000,
        )
        assert order.amount == D("0.001")
        cx.spot.cancel_order(market="BTCUSDT", market_type="SPOT", order_id=order.order_id)
        spot = cx.markets.spot("BTCUSDT")
        with pytest.raises(ValidationError, match="too large"):  # not decimal.InvalidOperation
            spot.check_order(type="limit", amount="1e40", price="40000")


def test_check_orders_checks_every_item_of_a_batch(sandbox: Sandbox) -> None:
    good = {"market": "BTCUSDT", "side": "buy", "type": "limit", "amount": "0.001"}
    with sandbox.client(check_orders=True) as cx:
        calls = count_calls(cx)
        with pytest.raises(ValidationError, match="amount"):
            cx.spot.place_orders(
                orders=[
                    {**good, "market_type": "SPOT", "price": "40000"},  # type: ignore[typeddict-item]
                    {**good, "market_type": "SPOT", "price": "40000", "amount": "0.1234567891"},  # type: ignore[typeddict-item]
                ]
            )
        assert "/v2/spot/batch-order" not in calls


def test_without_check_orders_coinex_is_the_judge(cx: CoinEx) -> None:
    assert cx.config.check_orders is False
    with pytest.raises(InvalidAmountError):  # CoinEx's answer, not a ValidationError
        cx.spot.place_order(
            market="BTCUSDT",
            market_type="SPOT",
            side="buy",
            type="limit",
            amount="0.00001",
            price="45000",
        )


def test_a_derived_client_shares_the_cache_and_may_turn_the_check_on(cx: CoinEx) -> None:
    checked = cx.with_options(check_orders=True)
    assert checked.markets is cx.markets
    with pytest.raises(ValidationError):
        checked.spot.place_order(
            market="BTCUSDT",
            market_type="SPOT",
            side="sell",
            type="limit",
            amount="0.00001",
            price="45000",
        )


async def test_async_rules_are_awaited_and_fetched_once_for_concurrent_lookups(
    acx: AsyncCoinEx,
) -> None:
    calls = count_calls(acx)
    btc, eth = await asyncio.gather(acx.markets.spot("BTCUSDT"), acx.markets.spot("ETHUSDT"))
    assert (btc.market, eth.market) == ("BTCUSDT", "ETHUSDT")
    assert calls == ["/v2/spot/market"]
    futures = await acx.markets.futures("BTCUSDT")
    assert futures.quantize_price("100.17") == D("100.1")
    await acx.markets.refresh("spot")
    assert calls == ["/v2/spot/market", "/v2/futures/market", "/v2/spot/market"]


async def test_async_check_orders_refuses_before_sending(sandbox: Sandbox) -> None:
    async with sandbox.async_client(check_orders=True) as acx:
        calls = count_calls(acx)
        with pytest.raises(ValidationError, match="decimal places"):
            await acx.futures.place_order(
                market="BTCUSDT", side="buy", type="limit", amount="0.00001", price="40000"
            )
        assert calls == ["/v2/futures/market"]
