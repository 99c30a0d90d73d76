"""The matching engine: price-time priority, partial fills, and each CoinEx order type."""

from __future__ import annotations

import pytest

from coinex_sdk.sandbox import Account, Exchange, SandboxApiError

from .helpers import D, balance, spot


def test_a_limit_order_with_nothing_to_match_rests_in_the_book(
    exchange: Exchange, alice: Account
) -> None:
    order = spot(exchange, alice, "buy", "0.1", "59000")
    assert order.status == "open"
    assert exchange.market_data.depth("spot", "BTCUSDT", limit=5)["depth"]["bids"] == [
        ["59000.00", "0.10000000"]
    ]


def test_the_best_price_is_matched_first_and_trades_at_the_resting_price(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    worse = spot(exchange, bob, "sell", "0.1", "60100")
    better = spot(exchange, bob, "sell", "0.1", "60000")
    taker = spot(exchange, alice, "buy", "0.15", "60200")
    assert better.status == "filled"
    assert worse.filled_amount == D("0.05")
    assert [(d.price, d.amount) for d in alice.deals] == [
        (D("60000"), D("0.1")),
        (D("60100"), D("0.05")),
    ]
    assert taker.filled_value == D("6000") + D("3005")


def test_at_the_same_price_the_earlier_order_fills_first(
    exchange: Exchange, alice: Account, bob: Account, carol: Account
) -> None:
    first = spot(exchange, bob, "sell", "0.1", "60000")
    second = spot(exchange, carol, "sell", "0.1", "60000")
    spot(exchange, alice, "buy", "0.1", "60000")
    assert first.status == "filled"
    assert second.status == "open"


def test_a_partial_fill_leaves_the_remainder_resting_at_the_limit(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "60000")
    order = spot(exchange, alice, "buy", "0.3", "60000")
    assert order.status == "part_filled"
    assert order.filled_amount == D("0.1")
    assert exchange.market_data.depth("spot", "BTCUSDT", limit=5)["depth"]["bids"] == [
        ["60000.00", "0.20000000"]
    ]


def test_a_taker_never_trades_beyond_its_limit_price(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "60000")
    spot(exchange, bob, "sell", "0.1", "60500")
    order = spot(exchange, alice, "buy", "0.2", "60200")
    assert order.filled_amount == D("0.1")
    assert order.status == "part_filled"
    assert exchange.spot.book("BTCUSDT").best("buy") == D("60200")


def test_a_market_buy_spends_its_amount_in_quote_currency(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "1", "50000")
    order = spot(exchange, alice, "buy", "1000", type="market")
    assert order.ccy == "USDT"
    assert order.filled_amount == D("0.02")
    assert order.filled_value == D("1000")
    assert order.status == "filled"


def test_a_market_buy_with_ccy_base_buys_that_base_amount(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "50000")
    spot(exchange, bob, "sell", "0.1", "51000")
    order = spot(exchange, alice, "buy", "0.15", type="market", ccy="BTC")
    assert order.filled_amount == D("0.15")
    assert order.filled_value == D("5000") + D("2550")


def test_a_market_sell_sells_its_amount_in_base_currency(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "buy", "1", "50000")
    order = spot(exchange, alice, "sell", "0.5", type="market")
    assert order.ccy == "BTC"
    assert (order.filled_amount, order.filled_value) == (D("0.5"), D("25000"))


def test_a_market_order_into_an_empty_book_is_rejected_with_3620(
    exchange: Exchange, alice: Account
) -> None:
    with pytest.raises(SandboxApiError) as error:
        spot(exchange, alice, "buy", "100", type="market")
    assert error.value.code == 3620


def test_an_ioc_order_fills_what_it_can_and_cancels_the_rest(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "60000")
    order = spot(exchange, alice, "buy", "0.3", "60000", type="ioc")
    assert (order.status, order.filled_amount) == ("part_canceled", D("0.1"))
    assert exchange.spot.book("BTCUSDT").best("buy") is None
    assert balance(alice, "USDT")[1] == 0


def test_an_ioc_order_that_fills_nothing_ends_canceled_and_is_not_kept(
    exchange: Exchange, alice: Account
) -> None:
    order = spot(exchange, alice, "buy", "0.3", "60000", type="ioc")
    assert order.status == "canceled"
    with pytest.raises(SandboxApiError) as error:
        exchange.spot.find_order(alice, "BTCUSDT", order.order_id)
    assert error.value.code == 3600


def test_a_fok_order_that_cannot_fill_completely_is_rejected_with_3621_and_leaves_no_trace(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    resting = spot(exchange, bob, "sell", "0.1", "60000")
    before = balance(alice, "USDT")
    with pytest.raises(SandboxApiError) as error:
        spot(exchange, alice, "buy", "0.2", "60000", type="fok")
    assert error.value.code == 3621
    assert balance(alice, "USDT") == before
    assert resting.status == "open" and resting.filled_amount == 0
    assert alice.open_orders == {} and alice.finished_orders == []


def test_a_fok_order_that_can_fill_completely_fills(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "60000")
    spot(exchange, bob, "sell", "0.1", "60100")
    order = spot(exchange, alice, "buy", "0.2", "60100", type="fok")
    assert order.status == "filled"


def test_a_maker_only_order_that_would_take_is_rejected_with_3622(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "60000")
    with pytest.raises(SandboxApiError) as error:
        spot(exchange, alice, "buy", "0.1", "60000", type="maker_only")
    assert error.value.code == 3622
    assert balance(alice, "USDT")[1] == 0


def test_a_maker_only_order_below_the_best_ask_rests(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "60000")
    order = spot(exchange, alice, "buy", "0.1", "59999.99", type="maker_only")
    assert order.status == "open"


def test_an_amount_below_the_market_minimum_is_rejected_with_3127(
    exchange: Exchange, alice: Account
) -> None:
    with pytest.raises(SandboxApiError) as error:
        spot(exchange, alice, "buy", "0.00009", "60000")
    assert error.value.code == 3127


def test_an_order_beyond_the_available_balance_is_rejected_with_3109(
    exchange: Exchange, alice: Account
) -> None:
    with pytest.raises(SandboxApiError) as error:
        spot(exchange, alice, "buy", "2", "60000")  # 120000 USDT > 100000
    assert error.value.code == 3109
    assert alice.open_orders == {}


def test_amount_and_price_are_cut_to_the_market_precision(
    exchange: Exchange, alice: Account
) -> None:
    order = spot(exchange, alice, "buy", "0.123456789", "59000.129")
    assert (order.amount, order.price) == (D("0.12345678"), D("59000.12"))


def test_a_hidden_order_trades_but_is_not_shown_in_depth(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "60000", is_hide=True)
    assert exchange.market_data.depth("spot", "BTCUSDT", limit=5)["depth"]["asks"] == []
    order = spot(exchange, alice, "buy", "0.1", "60000")
    assert order.status == "filled"


def test_self_trade_prevention_ct_cancels_the_rest_of_the_taker(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "60000")
    own = spot(exchange, alice, "sell", "0.1", "60010")
    order = spot(exchange, alice, "buy", "0.2", "60100", stp_mode="ct")
    assert order.filled_amount == D("0.1")
    assert order.status == "part_canceled"
    assert own.status == "open"


def test_self_trade_prevention_cm_cancels_the_resting_own_order_and_goes_on(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    own = spot(exchange, alice, "sell", "0.1", "60000")
    spot(exchange, bob, "sell", "0.1", "60010")
    order = spot(exchange, alice, "buy", "0.1", "60100", stp_mode="cm")
    assert own.status == "canceled"
    assert (order.status, order.filled_value) == ("filled", D("6001"))


def test_self_trade_prevention_both_cancels_both_orders(exchange: Exchange, alice: Account) -> None:
    own = spot(exchange, alice, "sell", "0.1", "60000")
    order = spot(exchange, alice, "buy", "0.1", "60100", stp_mode="both")
    assert (own.status, order.status) == ("canceled", "canceled")


def test_without_stp_mode_an_account_may_trade_with_itself(
    exchange: Exchange, alice: Account
) -> None:
    spot(exchange, alice, "sell", "0.1", "60000")
    order = spot(exchange, alice, "buy", "0.1", "60000")
    assert order.status == "filled"
