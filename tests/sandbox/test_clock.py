"""The exchange's clock: one ``now_ms()`` for everything simulated, moved forward by ``advance``;
the wire clock (``GET /v2/time``, signature freshness) stays the machine's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coinex_sdk.sandbox import Account, Exchange, envelope

from .conftest import START_MS, FakeClock


def test_advance_moves_the_exchange_clock_but_not_the_wire_clock(exchange: Exchange) -> None:
    exchange.advance(3600)
    assert exchange.now_ms() == START_MS + 3_600_000
    assert exchange.wire_now_ms() == START_MS


def test_the_machine_clock_keeps_running_under_an_advance(
    exchange: Exchange, clock: FakeClock
) -> None:
    exchange.advance(Decimal("1.5"))
    clock.advance(200)
    assert exchange.now_ms() == START_MS + 1700


def test_orders_are_stamped_with_the_advanced_time(exchange: Exchange, alice: Account) -> None:
    exchange.advance(86_400)
    order = exchange.spot.place(
        alice, market="BTCUSDT", market_type="SPOT", side="buy", type="limit",
        amount=Decimal("0.001"), price=Decimal("30000"),
    )  # fmt: skip
    assert order.created_at == START_MS + 86_400_000
    exchange.spot.cancel(alice, market="BTCUSDT", order_id=order.order_id)


def test_server_time_is_the_wire_clock_so_signatures_stay_valid(exchange: Exchange) -> None:
    exchange.advance(7200)
    answer = envelope(exchange, "GET", "/v2/time", None, {})
    assert answer["data"] == {"timestamp": START_MS}


def test_the_clock_never_moves_backwards(exchange: Exchange) -> None:
    with pytest.raises(ValueError):
        exchange.advance(-1)
    assert exchange.now_ms() == START_MS


def test_time_hooks_run_after_an_advance_and_see_the_new_time(exchange: Exchange) -> None:
    seen: list[int] = []
    exchange.state.time_hooks.append(lambda: seen.append(exchange.now_ms()))
    exchange.advance(60)
    assert seen == [START_MS + 60_000]
