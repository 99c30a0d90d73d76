"""Market history from the price path: index, premium, basis and mark/index klines all come from
the same samples of the simulated prices, so they agree with each other and with funding."""

from __future__ import annotations

from typing import Any

from coinex_sdk.sandbox import Exchange, envelope

from .conftest import START_MS, FakeClock
from .helpers import D


def get(exchange: Exchange, path: str, **params: Any) -> Any:
    body = envelope(exchange, "GET", path, None, params)
    assert body["code"] == 0, body
    return body["data"]


def move(exchange: Exchange, clock: FakeClock) -> None:
    """Three minutes of prices: the mark at 60600, then the index at 60000, then 59400."""
    exchange.set_mark_price("BTCUSDT", D("60600"))
    clock.advance(60_000)
    exchange.set_index_price("BTCUSDT", D("60000"))
    clock.advance(60_000)
    exchange.set_index_price("BTCUSDT", D("59400"))


def test_the_premium_history_follows_the_mark_over_the_index_minute_by_minute(
    exchange: Exchange, clock: FakeClock
) -> None:
    move(exchange, clock)
    history = get(exchange, "/v2/futures/premium-index-history", market="BTCUSDT")
    assert [(h["created_at"] - START_MS, h["premium_index"]) for h in history] == [
        (0, "0"),
        (60_000, "0.01"),
        (120_000, "0.02020202"),
    ]
    assert D(history[-1]["premium_index"]) == exchange.funding.premium_index("BTCUSDT")


def test_the_basis_history_is_the_latest_price_over_the_index(
    exchange: Exchange, clock: FakeClock
) -> None:
    move(exchange, clock)
    last = exchange.state.futures.data["BTCUSDT"].last_price
    history = get(exchange, "/v2/futures/basis-history", market="BTCUSDT")
    assert D(history[-1]["basis_rate"]) == ((last - D("59400")) / D("59400")).quantize(D("1E-8"))


def test_mark_and_index_klines_follow_their_own_prices(
    exchange: Exchange, clock: FakeClock
) -> None:
    move(exchange, clock)
    mark = get(exchange, "/v2/futures/kline", market="BTCUSDT", period="1min",
               price_type="mark_price", limit=3)  # fmt: skip
    index = get(exchange, "/v2/futures/kline", market="BTCUSDT", period="1min",
                price_type="index_price", limit=3)  # fmt: skip
    assert [c["close"] for c in mark] == ["60600", "60600", "60600"]
    assert [c["close"] for c in index] == ["60600", "60000", "59400"]


def test_the_index_endpoints_serve_the_current_index_prices(
    exchange: Exchange, clock: FakeClock
) -> None:
    move(exchange, clock)
    (futures_index,) = get(exchange, "/v2/futures/index", market="BTCUSDT")
    assert futures_index["price"] == "59400" and futures_index["sources"][0]["index_weight"] == "1"
    (spot_index,) = get(exchange, "/v2/spot/index", market="BTCUSDT")
    assert D(spot_index["price"]) == exchange.state.spot.data["BTCUSDT"].last_price


def test_a_window_limits_the_history(exchange: Exchange, clock: FakeClock) -> None:
    move(exchange, clock)
    history = get(
        exchange, "/v2/futures/premium-index-history", market="BTCUSDT",
        start_time=START_MS + 60_000, end_time=START_MS + 60_000,
    )  # fmt: skip
    assert [h["premium_index"] for h in history] == ["0.01"]
