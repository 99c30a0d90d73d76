"""Funding: rates from the premium of the mark over the index, settled every 8 hours of the
exchange's clock into positions and balances, and recorded."""

from __future__ import annotations

import pytest

from coinex_sdk.sandbox import Account, Exchange, envelope
from coinex_sdk.sandbox.engine._funding import FUNDING_INTERVAL_MS

from .conftest import START_MS
from .helpers import D, futures, futures_balance

HOURS_8 = 8 * 3600


@pytest.fixture
def long(exchange: Exchange, alice: Account, bob: Account) -> None:
    """alice long 0.1 BTCUSDT at 60000, bob short (cross margin, leverage 3)."""
    futures(exchange, bob, "sell", "0.1", "60000")
    futures(exchange, alice, "buy", "0.1", "60000")


def next_funding(exchange: Exchange) -> int:
    return exchange.funding.next_funding_time["BTCUSDT"]


def test_funding_times_are_the_8_hour_boundaries_after_now(exchange: Exchange) -> None:
    assert next_funding(exchange) == START_MS - START_MS % FUNDING_INTERVAL_MS + FUNDING_INTERVAL_MS
    body = envelope(exchange, "GET", "/v2/futures/funding-rate", None, {"market": "BTCUSDT"})
    (item,) = body["data"]
    assert item["next_funding_time"] == next_funding(exchange)
    assert item["next_funding_rate"] == "0.0001"  # no premium: the interest rate


@pytest.mark.usefixtures("long")
def test_a_premium_of_the_mark_over_the_index_makes_longs_pay_shorts(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    exchange.set_mark_price("BTCUSDT", D("60000"))
    exchange.set_index_price("BTCUSDT", D("59940"))
    assert exchange.funding.premium_index("BTCUSDT") == D("0.00100100")  # 60 / 59940
    rate = exchange.funding.current_rate("BTCUSDT")
    assert rate == D("0.00100100") - D("0.0005")  # P + clamp(I - P, -0.05%, 0.05%)
    alice_before, bob_before = futures_balance(alice)[0], futures_balance(bob)[0]
    exchange.advance((next_funding(exchange) - exchange.now_ms()) / 1000)
    fee = (D("6000") * rate).quantize(D("1E-8"))
    assert futures_balance(alice)[0] == alice_before - fee
    assert futures_balance(bob)[0] == bob_before + fee
    (record,) = [r for r in exchange.funding.rate_history if r.market == "BTCUSDT"]
    assert record.actual_rate == rate
    paid = {r.user_id: r.funding_value for r in exchange.funding.position_history}
    assert paid == {alice.user_id: -fee, bob.user_id: fee}


@pytest.mark.usefixtures("long")
def test_a_premium_within_the_interest_clamp_pays_the_interest_rate(exchange: Exchange) -> None:
    exchange.set_mark_price("BTCUSDT", D("60000"))
    exchange.set_index_price("BTCUSDT", D("59976"))  # premium 0.0004: |I - P| < 0.05%
    assert exchange.funding.current_rate("BTCUSDT") == D("0.0001")


@pytest.mark.usefixtures("long")
def test_the_rate_is_clamped_and_a_discount_makes_shorts_pay(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    exchange.set_mark_price("BTCUSDT", D("60000"))
    exchange.set_index_price("BTCUSDT", D("61000"))
    assert exchange.funding.current_rate("BTCUSDT") == D("-0.00375")
    before = futures_balance(alice)[0]
    exchange.advance(HOURS_8)
    assert futures_balance(alice)[0] == before + D("22.5")  # 6000 x 0.00375 received


@pytest.mark.usefixtures("long")
def test_advancing_a_day_settles_three_times_each_at_its_own_time(exchange: Exchange) -> None:
    first = next_funding(exchange)
    exchange.advance(3 * HOURS_8)
    times = [r.funding_time for r in exchange.funding.rate_history if r.market == "BTCUSDT"]
    assert times == [first, first + FUNDING_INTERVAL_MS, first + 2 * FUNDING_INTERVAL_MS]
    assert len(exchange.funding.position_history) == 6  # alice and bob, three times


def test_an_isolated_position_pays_funding_from_its_margin(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    exchange.futures.adjust_leverage(alice, market="BTCUSDT", margin_mode="isolated", leverage=10)
    futures(exchange, bob, "sell", "0.1", "60000")
    futures(exchange, alice, "buy", "0.1", "60000")
    available = futures_balance(alice)[0]
    margin = alice.positions["BTCUSDT"].margin
    exchange.advance(HOURS_8)
    assert alice.positions["BTCUSDT"].margin == margin - D("0.6")  # 6000 x 0.0001
    assert futures_balance(alice)[0] == available


@pytest.mark.usefixtures("long")
def test_the_histories_are_served_newest_first(exchange: Exchange, alice: Account) -> None:
    exchange.advance(2 * HOURS_8)
    rates = envelope(
        exchange, "GET", "/v2/futures/funding-rate-history", None, {"market": "BTCUSDT"}
    )["data"]
    assert [r["actual_funding_rate"] for r in rates] == ["0.0001", "0.0001"]
    assert rates[0]["funding_time"] > rates[1]["funding_time"]
    mine = envelope(exchange, "GET", "/v2/futures/position-funding-history", alice, {})["data"]
    assert [(r["side"], r["funding_value"]) for r in mine] == [("long", "-0.6"), ("long", "-0.6")]
    funding = envelope(exchange, "GET", "/v2/futures/funding-rate", None, {"market": "BTCUSDT"})
    assert funding["data"][0]["latest_funding_time"] == rates[0]["funding_time"]


def test_rounding_what_each_position_pays_creates_no_money(
    exchange: Exchange, alice: Account, bob: Account, carol: Account
) -> None:
    futures(exchange, bob, "sell", "0.0006", "60000")
    futures(exchange, alice, "buy", "0.0003", "60000")
    futures(exchange, carol, "buy", "0.0003", "60000")
    exchange.set_mark_price("BTCUSDT", D("60000.1237"))
    exchange.advance(HOURS_8)
    values = sorted(r.funding_value for r in exchange.funding.position_history)
    assert values == [D("-0.0018"), D("-0.0018"), D("0.00360001")]  # each rounded on its own
    assert exchange.state.insurance["USDT"] == D("-0.00000001")  # the fund pays the difference
    assert exchange.imbalance() == {}
