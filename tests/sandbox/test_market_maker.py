"""The simulated market maker: a deterministic book that moves, funded by a real account."""

from __future__ import annotations

from decimal import Decimal

from coinex_sdk.sandbox import Exchange, ExchangeConfig, MarketMakerConfig

from .conftest import FakeClock, audit
from .helpers import D, spot


def _exchange(seed: int = 1) -> Exchange:
    return Exchange(ExchangeConfig(seed=seed), clock=FakeClock())


def _fair_prices(exchange: Exchange) -> dict[str, Decimal]:
    assert exchange.market_maker is not None
    return dict(exchange.market_maker.fair)


def test_the_book_is_quoted_on_both_sides_from_the_start() -> None:
    exchange = _exchange()
    book = exchange.spot.book("BTCUSDT")
    bid, ask = book.best("buy"), book.best("sell")
    assert bid is not None and ask is not None and bid < D("60000") < ask
    assert exchange.futures.book("BTCUSD").best("sell") is not None


def test_the_same_seed_gives_the_same_market() -> None:
    first, second = _exchange(seed=5), _exchange(seed=5)
    first.tick(30)
    second.tick(30)
    assert _fair_prices(first) == _fair_prices(second)
    assert first.market_data.depth("spot", "ETHUSDT", limit=10) == second.market_data.depth(
        "spot", "ETHUSDT", limit=10
    )


def test_ticks_move_prices_and_produce_deals() -> None:
    exchange = _exchange()
    exchange.tick(30)
    assert _fair_prices(exchange)["BTCUSDT"] != D("60000")
    assert exchange.spot.data("BTCUSDT").deals
    assert exchange.futures.data("BTCUSDT").deals


def test_a_user_market_order_fills_against_the_maker() -> None:
    exchange = _exchange()
    alice = exchange.account("alice")
    order = spot(exchange, alice, "buy", "0.1", type="market", ccy="BTC")
    assert order.status == "filled"


def test_a_resting_order_fills_when_the_price_moves_through_it() -> None:
    exchange = _exchange()
    alice = exchange.account("alice")
    order = spot(exchange, alice, "buy", "0.01", "59500")
    assert exchange.market_maker is not None
    exchange.market_maker.set_fair_price("BTCUSDT", D("59000"))
    assert order.status == "filled"


def test_the_futures_mark_price_follows_the_index_market() -> None:
    exchange = _exchange()
    assert exchange.market_maker is not None
    exchange.market_maker.set_fair_price("BTCUSDT", D("65000"))
    assert exchange.futures.mark_price("BTCUSDT") == D("65000")
    assert exchange.futures.mark_price("BTCUSD") == D("65000")


def test_the_maker_is_an_ordinary_account_so_many_ticks_create_no_money() -> None:
    exchange = _exchange(seed=3)
    alice = exchange.account("alice")
    for _ in range(20):
        exchange.tick(5)
        spot(exchange, alice, "buy", "20", type="market")
    audit(exchange)


def test_the_mark_price_carries_a_small_premium_that_funding_follows() -> None:
    exchange = _exchange(seed=2)
    limit = MarketMakerConfig().max_premium_bps
    premiums = set()
    for _ in range(30):
        exchange.tick()
        premium = exchange.funding.premium_index("BTCUSDT")
        assert abs(premium) <= D(limit) / 10_000 + D("0.0001")  # tick rounding
        premiums.add(premium)
    assert len(premiums) > 3, "the premium moves with the market"
    history = exchange.market_data.funding("BTCUSDT")
    assert D(history["next_funding_rate"]) == exchange.funding.current_rate("BTCUSDT")
