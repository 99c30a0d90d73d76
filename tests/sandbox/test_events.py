"""The event bus: what the WebSocket layer will push, published once an operation is complete."""

from __future__ import annotations

import logging
from decimal import Decimal

import pytest

from coinex_sdk.sandbox import Account, Event, Exchange

from .helpers import D, futures, spot


def _channels(events: list[Event]) -> list[str]:
    return [event.channel for event in events]


def test_a_resting_order_publishes_put_balance_and_market_changes(
    exchange: Exchange, alice: Account, events: list[Event]
) -> None:
    order = spot(exchange, alice, "buy", "0.1", "50000")
    (put,) = [e for e in events if e.channel == "order"]
    assert (put.scope, put.user_id, put.data["event"]) == ("spot", alice.user_id, "put")
    assert put.data["order"]["order_id"] == order.order_id
    assert put.data["order"]["last_filled_amount"] == "0"  # WS names differ from REST
    (balance,) = [e for e in events if e.channel == "balance"]
    assert balance.data["balance_list"][0]["frozen"] == "5000"
    assert {"depth", "state", "bbo"} <= set(_channels(events))


def test_a_fill_publishes_order_updates_user_deals_and_public_deals(
    exchange: Exchange, alice: Account, bob: Account, events: list[Event]
) -> None:
    spot(exchange, bob, "sell", "0.2", "50000")
    events.clear()
    spot(exchange, alice, "buy", "0.1", "50000")
    orders = [(e.user_id, e.data["event"]) for e in events if e.channel == "order"]
    assert orders == [(alice.user_id, "put"), (bob.user_id, "update"), (alice.user_id, "finish")]
    deals = [e for e in events if e.channel == "user_deals"]
    assert {(e.user_id, e.data["role"]) for e in deals} == {
        (alice.user_id, "taker"),
        (bob.user_id, "maker"),
    }
    (public,) = [e for e in events if e.channel == "deals"]
    assert public.data["deal_list"][0]["side"] == "buy"


def test_subscribers_see_the_state_after_the_whole_operation(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "50000")
    frozen_seen: list[Decimal] = []

    def on_event(event: Event) -> None:
        if event.channel == "order" and event.data["event"] == "put":
            frozen_seen.append(alice.ledger.get("SPOT", "USDT").frozen)

    exchange.events.subscribe(on_event)
    spot(exchange, alice, "buy", "0.1", "50000")
    assert frozen_seen == [0]  # by the time "put" is delivered, the fill is settled too


def test_a_failing_subscriber_is_logged_and_does_not_stop_the_exchange(
    exchange: Exchange, alice: Account, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(event: Event) -> None:
        raise RuntimeError("subscriber bug")

    exchange.events.subscribe(broken)
    with caplog.at_level(logging.ERROR):
        order = spot(exchange, alice, "buy", "0.1", "50000")
    assert order.status == "open"
    assert "subscriber failed" in caplog.text


def test_unsubscribing_stops_delivery(exchange: Exchange, alice: Account) -> None:
    seen: list[Event] = []
    unsubscribe = exchange.events.subscribe(seen.append)
    unsubscribe()
    spot(exchange, alice, "buy", "0.1", "50000")
    assert seen == []


def test_a_futures_fill_publishes_position_and_futures_balance(
    exchange: Exchange, alice: Account, bob: Account, events: list[Event]
) -> None:
    futures(exchange, bob, "sell", "0.1", "60000")
    events.clear()
    futures(exchange, alice, "buy", "0.1", "60000")
    (position,) = [e for e in events if e.channel == "position" and e.user_id == alice.user_id]
    assert position.data["event"] == "update"
    assert position.data["position"]["open_interest"] == "0.1"
    balances = [e for e in events if e.channel == "balance" and e.user_id == alice.user_id]
    assert balances[-1].scope == "futures"
    assert balances[-1].data["balance_list"][0]["margin"] == "2000"


def test_stop_orders_publish_put_and_active(
    exchange: Exchange, alice: Account, bob: Account, carol: Account, events: list[Event]
) -> None:
    exchange.spot.stops.place(
        alice,
        market="BTCUSDT",
        market_type="SPOT",
        side="sell",
        type="limit",
        amount=D("0.1"),
        price=D("58000"),
        trigger_price=D("59000"),
    )
    spot(exchange, bob, "sell", "0.001", "58500")
    spot(exchange, carol, "buy", "0.001", "58500")
    stops = [e.data["event"] for e in events if e.channel == "stop"]
    assert stops == ["put", "active"]
