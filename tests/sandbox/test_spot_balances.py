"""Available and frozen balances after every step of a spot order's life, and CoinEx's fees."""

from __future__ import annotations

from coinex_sdk.sandbox import Account, Exchange, ExchangeConfig, SpotMarket
from coinex_sdk.sandbox.engine._ledger import margin_wallet

from .conftest import FakeClock, audit
from .helpers import D, balance, spot


def test_a_resting_buy_freezes_price_times_amount_of_quote(
    exchange: Exchange, alice: Account
) -> None:
    spot(exchange, alice, "buy", "0.5", "50000")
    assert balance(alice, "USDT") == (D("75000"), D("25000"))


def test_a_resting_sell_freezes_the_base_amount(exchange: Exchange, alice: Account) -> None:
    spot(exchange, alice, "sell", "0.5", "70000")
    assert balance(alice, "BTC") == (D("1.5"), D("0.5"))


def test_a_fill_pays_the_seller_from_the_buyers_frozen_quote(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.5", "50000")
    spot(exchange, alice, "buy", "0.5", "50000")
    # alice (taker) pays 25000 USDT and receives 0.5 BTC minus 0.2% taker fee in BTC.
    assert balance(alice, "USDT") == (D("75000"), D("0"))
    assert balance(alice, "BTC") == (D("2.499"), D("0"))
    # bob (maker) delivers 0.5 BTC and receives 25000 USDT minus 0.2% maker fee in USDT.
    assert balance(bob, "BTC") == (D("1.5"), D("0"))
    assert balance(bob, "USDT") == (D("124950"), D("0"))


def test_buyer_pays_the_fee_in_base_and_seller_in_quote_at_maker_or_taker_rate(
    clock: FakeClock,
) -> None:
    market = SpotMarket(
        market="BTCUSDT",
        base_ccy="BTC",
        quote_ccy="USDT",
        base_ccy_precision=8,
        quote_ccy_precision=2,
        min_amount="0.0001",
        maker_fee_rate="0.001",
        taker_fee_rate="0.003",
        initial_price="50000",
    )
    exchange = Exchange(
        ExchangeConfig(market_maker=None, spot_markets=(market,), futures_markets=()),
        clock=clock,
    )
    alice, bob = exchange.account("alice"), exchange.account("bob")
    maker = spot(exchange, alice, "buy", "1", "50000")
    taker = spot(exchange, bob, "sell", "1", "50000")
    assert (maker.base_fee, maker.quote_fee) == (D("0.001"), D("0"))
    assert (taker.base_fee, taker.quote_fee) == (D("0"), D("150"))
    assert bob.deals[-1].role == "taker" and bob.deals[-1].fee_ccy == "USDT"
    assert exchange.state.fees == {"BTC": D("0.001"), "USDT": D("150")}
    audit(exchange)


def test_buying_below_the_limit_keeps_the_saving_frozen_until_the_order_ends(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "50000")
    order = spot(exchange, alice, "buy", "0.2", "60000")
    # 0.1 filled at 50000 (5000 paid); 0.1 rests at 60000 (6000 reserved); 1000 saved.
    assert order.frozen == D("7000")
    assert balance(alice, "USDT") == (D("88000"), D("7000"))
    exchange.spot.cancel(alice, "BTCUSDT", order.order_id)
    assert balance(alice, "USDT") == (D("95000"), D("0"))


def test_canceling_gives_back_exactly_what_the_order_reserved(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "buy", "0.3", "50000")
    order = spot(exchange, alice, "sell", "1", "50000")
    assert balance(alice, "BTC") == (D("1"), D("0.7"))
    exchange.spot.cancel(alice, "BTCUSDT", order.order_id)
    assert balance(alice, "BTC") == (D("1.7"), D("0"))


def test_a_market_buy_releases_the_budget_it_did_not_spend(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.01", "50000")
    order = spot(exchange, alice, "buy", "1000", type="market")
    assert order.filled_value == D("500")
    assert order.status == "part_canceled"
    assert balance(alice, "USDT") == (D("99500"), D("0"))


def test_margin_orders_trade_from_the_margin_account_of_their_market(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "50000")
    order = spot(exchange, alice, "buy", "0.1", "50000", market_type="MARGIN")
    assert order.market_type == "MARGIN"
    assert balance(alice, "USDT", margin_wallet("BTCUSDT")) == (D("5000"), D("0"))
    assert balance(alice, "BTC", margin_wallet("BTCUSDT")) == (D("0.0998"), D("0"))
    assert balance(alice, "USDT") == (D("100000"), D("0"))
