"""Stop orders: direction from the price at placement, firing on a crossing, no reservation."""

from __future__ import annotations

import pytest

from coinex_sdk.sandbox import Account, Exchange, SandboxApiError

from .helpers import D, balance, futures, spot


def _trade_at(exchange: Exchange, a: Account, b: Account, price: str) -> None:
    spot(exchange, a, "sell", "0.001", price)
    spot(exchange, b, "buy", "0.001", price)


def _stop(exchange: Exchange, account: Account, side: str, trigger: str, price: str) -> object:
    return exchange.spot.stops.place(
        account,
        market="BTCUSDT",
        market_type="SPOT",
        side=side,
        type="limit",
        amount=D("0.1"),
        price=D(price),
        trigger_price=D(trigger),
    )


def test_a_trigger_above_the_last_price_fires_when_the_price_rises_to_it(
    exchange: Exchange, alice: Account, bob: Account, carol: Account
) -> None:
    stop = exchange.spot.stops.place(
        alice,
        market="BTCUSDT",
        market_type="SPOT",
        side="buy",
        type="market",
        amount=D("100"),
        trigger_price=D("61000"),
    )
    assert stop.trigger_direction == "higher"
    spot(exchange, carol, "sell", "1", "61500")  # liquidity for the order the stop places
    _trade_at(exchange, bob, carol, "60500")
    assert stop.status == "put"
    _trade_at(exchange, bob, carol, "61000")
    assert stop.status == "active_success"
    placed = exchange.spot.find_order(alice, "BTCUSDT", stop.order_id)
    assert placed.stop_id == stop.stop_id and placed.status == "filled"


def test_a_trigger_below_the_last_price_fires_when_the_price_falls_to_it(
    exchange: Exchange, alice: Account, bob: Account, carol: Account
) -> None:
    stop = exchange.spot.stops.place(
        alice,
        market="BTCUSDT",
        market_type="SPOT",
        side="sell",
        type="limit",
        amount=D("0.1"),
        price=D("58000"),
        trigger_price=D("59000"),
    )
    assert stop.trigger_direction == "lower"
    _trade_at(exchange, bob, carol, "58900")
    assert stop.status == "active_success"
    assert exchange.spot.find_order(alice, "BTCUSDT", stop.order_id).status == "open"


def test_a_stop_reserves_nothing_until_it_fires(exchange: Exchange, alice: Account) -> None:
    before = balance(alice, "USDT")
    exchange.spot.stops.place(
        alice,
        market="BTCUSDT",
        market_type="SPOT",
        side="buy",
        type="limit",
        amount=D("1"),
        price=D("61000"),
        trigger_price=D("61000"),
    )
    assert balance(alice, "USDT") == before


def test_a_stop_whose_order_is_rejected_ends_active_fail(
    exchange: Exchange, alice: Account, bob: Account, carol: Account
) -> None:
    stop = exchange.spot.stops.place(
        alice,
        market="BTCUSDT",
        market_type="SPOT",
        side="buy",
        type="limit",
        amount=D("1.9"),
        price=D("61000"),
        trigger_price=D("60500"),
    )
    exchange.assets.transfer(
        alice, from_account_type="SPOT", to_account_type="FUTURES", ccy="USDT", amount=D("90000")
    )
    _trade_at(exchange, bob, carol, "60600")
    assert stop.status == "active_fail"
    assert alice.stop_orders == {}


def test_a_canceled_stop_never_fires(
    exchange: Exchange, alice: Account, bob: Account, carol: Account
) -> None:
    stop = exchange.spot.stops.place(
        alice,
        market="BTCUSDT",
        market_type="SPOT",
        side="sell",
        type="limit",
        amount=D("0.1"),
        price=D("58000"),
        trigger_price=D("59000"),
    )
    exchange.spot.stops.cancel(alice, "BTCUSDT", stop.stop_id)
    _trade_at(exchange, bob, carol, "58000")
    assert stop.status == "cancel"
    assert exchange.spot.stops.finished(alice) == [stop]


def test_canceling_an_unknown_stop_answers_3600(exchange: Exchange, alice: Account) -> None:
    with pytest.raises(SandboxApiError) as error:
        exchange.spot.stops.cancel(alice, "BTCUSDT", 1)
    assert error.value.code == 3600


def test_modifying_the_trigger_recomputes_the_direction(exchange: Exchange, alice: Account) -> None:
    stop = exchange.spot.stops.place(
        alice,
        market="BTCUSDT",
        market_type="SPOT",
        side="sell",
        type="limit",
        amount=D("0.1"),
        price=D("58000"),
        trigger_price=D("59000"),
    )
    exchange.spot.stops.modify(alice, "BTCUSDT", stop.stop_id, trigger_price=D("65000"))
    assert stop.trigger_direction == "higher"


def test_a_futures_stop_on_the_mark_price_fires_when_the_mark_crosses(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    futures(exchange, bob, "sell", "0.1", "59000")
    stop = exchange.futures.stops.place(
        alice,
        market="BTCUSDT",
        side="buy",
        type="limit",
        amount=D("0.1"),
        price=D("59000"),
        trigger_price=D("59500"),
        trigger_price_type="mark_price",
    )
    assert stop.trigger_direction == "lower"
    exchange.set_mark_price("BTCUSDT", D("59600"))
    assert stop.status == "put"
    exchange.set_mark_price("BTCUSDT", D("59500"))
    assert stop.status == "active_success"
    assert alice.positions["BTCUSDT"].amount == D("0.1")


def test_spot_stops_only_trigger_on_the_latest_price(exchange: Exchange, alice: Account) -> None:
    with pytest.raises(SandboxApiError) as error:
        exchange.spot.stops.place(
            alice,
            market="BTCUSDT",
            market_type="SPOT",
            side="buy",
            type="market",
            amount=D("10"),
            trigger_price=D("61000"),
            trigger_price_type="mark_price",
        )
    assert error.value.code == 4004
