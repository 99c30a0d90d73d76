"""Saving and loading the exchange state: a JSON round trip gives back the same exchange, which
then behaves the same (the books rebuilt in time priority), and the books still balance."""

from __future__ import annotations

import json
from typing import Any

import pytest

from coinex_sdk.sandbox import Exchange, ExchangeConfig

from .conftest import FakeClock, audit
from .helpers import D, futures, spot


def busy_exchange(clock: FakeClock) -> Exchange:
    exchange = Exchange(ExchangeConfig(market_maker=None), clock=clock)
    alice, bob = exchange.account("alice"), exchange.account("bob")
    spot(exchange, bob, "sell", "0.2", "50000")
    spot(exchange, alice, "buy", "0.05", "50000")
    spot(exchange, alice, "buy", "0.01", "49000", client_id="resting-1")
    spot(exchange, alice, "buy", "0.02", "49000", client_id="resting-2")
    exchange.spot.stops.place(
        alice, market="BTCUSDT", market_type="SPOT", side="buy", type="market",
        amount=D("10"), trigger_price=D("70000"),
    )  # fmt: skip
    futures(exchange, bob, "sell", "0.1", "60000")
    futures(exchange, alice, "buy", "0.1", "60000")
    exchange.position_tpsl.set(
        alice, "take_profit", market="BTCUSDT", price_type="mark_price", price=D("65000")
    )
    exchange.futures.adjust_leverage(bob, market="ETHUSDT", margin_mode="isolated", leverage=5)
    exchange.margin.borrow(alice, market="BTCUSDT", ccy="USDT", amount=D("100"),
                           is_auto_renew=False)  # fmt: skip
    exchange.amm.add(alice, "BTCUSDT", D("0.01"), D("500"))
    exchange.deposit(alice, "USDT", D("30"), chain="TRC20")
    exchange.set_index_price("BTCUSDT", D("59000"))
    exchange.advance(8 * 3600)
    return exchange


def round_trip(saved: dict[str, Any]) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(json.dumps(saved))
    return loaded


def test_a_saved_state_is_json_and_loads_into_the_same_state(clock: FakeClock) -> None:
    original = busy_exchange(clock)
    saved = original.save_state()
    copy = Exchange(ExchangeConfig(market_maker=None), clock=clock, initial_state=round_trip(saved))
    assert copy.save_state() == saved
    audit(copy)


def test_the_loaded_exchange_behaves_like_the_original(clock: FakeClock) -> None:
    original = busy_exchange(clock)
    copy = Exchange(
        ExchangeConfig(market_maker=None), clock=clock,
        initial_state=round_trip(original.save_state()),
    )  # fmt: skip
    results = []
    for exchange in (original, copy):
        bob = exchange.account("bob")
        order = spot(exchange, bob, "sell", "0.02", "49000")  # fills resting-1 first, then 2
        alice = exchange.account("alice")
        filled = sorted((o.client_id, o.filled_amount) for o in alice.finished_orders)
        exchange.set_mark_price("BTCUSDT", D("65000"))  # the take-profit has no book: it stays
        results.append((order.order_id, order.filled_amount, filled, exchange.save_state()))
        audit(exchange)
    assert results[0] == results[1]


def test_the_clock_continues_from_the_saved_one(clock: FakeClock) -> None:
    original = busy_exchange(clock)
    copy = Exchange(ExchangeConfig(market_maker=None), clock=clock,
                    initial_state=original.save_state())  # fmt: skip
    assert copy.now_ms() == original.now_ms()
    assert copy.funding.next_funding_time == original.funding.next_funding_time


def test_a_state_with_unknown_accounts_is_refused(clock: FakeClock) -> None:
    saved = busy_exchange(clock).save_state()
    saved["accounts"][0]["name"] = "mallory"
    with pytest.raises(ValueError, match="mallory"):
        Exchange(ExchangeConfig(market_maker=None), clock=clock, initial_state=saved)


def test_sub_accounts_created_over_the_api_are_not_saved_silently(clock: FakeClock) -> None:
    exchange = busy_exchange(clock)
    exchange.subaccounts.create(exchange.account("alice"), "sub1")
    with pytest.raises(ValueError, match="sub1"):
        exchange.save_state()


def test_api_keys_created_for_a_configured_sub_account_are_not_dropped_silently(
    clock: FakeClock,
) -> None:
    from coinex_sdk.sandbox import DEFAULT_ACCOUNTS, AccountSpec

    subs = (*DEFAULT_ACCOUNTS, AccountSpec(name="sub1", parent="alice"))
    exchange = Exchange(ExchangeConfig(market_maker=None, accounts=subs), clock=clock)
    exchange.save_state()  # configured, no keys of its own yet: saved
    exchange.subaccounts.create_key(
        exchange.account("alice"), "sub1", ip_whitelist=[], trade_enabled=True
    )
    with pytest.raises(ValueError, match="sub1"):
        exchange.save_state()


def test_the_market_maker_state_round_trips_too(clock: FakeClock) -> None:
    original = Exchange(ExchangeConfig(seed=4), clock=clock)
    original.tick(5)
    saved = original.save_state()
    copy = Exchange(ExchangeConfig(seed=4), clock=clock, initial_state=round_trip(saved))
    assert copy.save_state() == saved
    original.tick(5)
    copy.tick(5)
    assert copy.save_state() == original.save_state()  # the market moves on the same way
    audit(copy)


def test_triggers_saved_with_the_state_fire_after_loading(clock: FakeClock) -> None:
    original = busy_exchange(clock)
    copy = Exchange(ExchangeConfig(market_maker=None), clock=clock,
                    initial_state=round_trip(original.save_state()))  # fmt: skip
    alice, bob = copy.account("alice"), copy.account("bob")
    assert alice.positions["BTCUSDT"].take_profits  # the take-profit came back with the position
    futures(copy, bob, "buy", "0.1", "65000")  # someone to sell to
    copy.set_mark_price("BTCUSDT", D("65000"))
    assert alice.finished_positions[-1].finished_type == "take_profit"
    spot(copy, bob, "sell", "0.01", "70000")
    spot(copy, alice, "buy", "0.16", "70000")  # through bob's 0.15 left at 50000, then 70000
    assert not any(s.market == "BTCUSDT" for s in alice.stop_orders.values())
    audit(copy)
