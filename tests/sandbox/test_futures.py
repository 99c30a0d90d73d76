"""Futures: margin, fees, positions, PnL from the mark price, closing, leverage."""

from __future__ import annotations

import pytest

from coinex_sdk.sandbox import Account, Exchange, SandboxApiError
from coinex_sdk.sandbox.engine._markets import DEFAULT_FUTURES_MARKETS
from coinex_sdk.sandbox.engine._positions import Position
from coinex_sdk.sandbox.render._render_records import position as render_position

from .helpers import D, balance, futures, futures_balance


def _open_long(
    exchange: Exchange, buyer: Account, seller: Account, amount: str, price: str
) -> None:
    futures(exchange, seller, "sell", amount, price)
    futures(exchange, buyer, "buy", amount, price)


def test_a_resting_order_reserves_initial_margin_plus_the_worst_fee(
    exchange: Exchange, alice: Account
) -> None:
    futures(exchange, alice, "buy", "0.1", "60000")
    # value 6000, leverage 3 -> margin 2000; fee reserve at the higher (taker) rate 0.0005 -> 3
    assert futures_balance(alice) == (D("47997"), D("2003"))


def test_a_fill_moves_the_margin_into_a_position_and_charges_the_fee(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    _open_long(exchange, alice, bob, "0.1", "60000")
    pos = alice.positions["BTCUSDT"]
    assert (pos.side, pos.amount, pos.margin) == ("long", D("0.1"), D("2000"))
    assert pos.realized_pnl == -D("3")  # taker fee 6000 * 0.0005, as CoinEx reports it
    assert futures_balance(alice) == (D("47997"), D("0"))
    short = bob.positions["BTCUSDT"]
    assert (short.side, short.realized_pnl) == ("short", -D("1.8"))  # maker fee 0.0003


def test_unrealized_pnl_follows_the_mark_price(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    _open_long(exchange, alice, bob, "0.1", "60000")
    exchange.set_mark_price("BTCUSDT", D("61000"))
    spec = exchange.futures.market("BTCUSDT")
    assert alice.positions["BTCUSDT"].unrealized_pnl(spec, D("61000")) == D("100")
    assert bob.positions["BTCUSDT"].unrealized_pnl(spec, D("61000")) == D("-100")
    assert exchange.balances.futures_balances(alice)[-1]["unrealized_pnl"] == "100"


def test_closing_a_position_realizes_the_pnl_and_returns_the_margin(
    exchange: Exchange, alice: Account, bob: Account, carol: Account
) -> None:
    _open_long(exchange, alice, bob, "0.1", "60000")
    futures(exchange, carol, "buy", "0.1", "61000")
    order = exchange.futures.close_position(alice, market="BTCUSDT", type="market")
    assert order.realized_pnl == D("100")
    assert "BTCUSDT" not in alice.positions
    closed = alice.finished_positions[-1]
    assert closed.realized_pnl == D("100") - D("3") - D("3.05")
    # 50000 - 3 (open fee) + 100 (profit) - 3.05 (close fee at 6100 * 0.0005)
    assert futures_balance(alice) == (D("50093.95"), D("0"))


def test_a_partial_close_returns_the_proportional_margin(
    exchange: Exchange, alice: Account, bob: Account, carol: Account
) -> None:
    _open_long(exchange, alice, bob, "0.1", "60000")
    futures(exchange, carol, "buy", "0.04", "60000")
    exchange.futures.close_position(alice, market="BTCUSDT", type="market", amount=D("0.04"))
    pos = alice.positions["BTCUSDT"]
    assert (pos.amount, pos.margin) == (D("0.06"), D("1200"))


def test_selling_more_than_the_long_closes_it_and_opens_a_short(
    exchange: Exchange, alice: Account, bob: Account, carol: Account
) -> None:
    _open_long(exchange, alice, bob, "0.1", "60000")
    futures(exchange, carol, "buy", "0.3", "60000")
    futures(exchange, alice, "sell", "0.3", "60000", type="market")
    pos = alice.positions["BTCUSDT"]
    assert (pos.side, pos.amount, pos.margin) == ("short", D("0.2"), D("4000"))
    assert alice.finished_positions[-1].side == "long"


def test_an_inverse_contract_settles_pnl_in_the_base_currency(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    futures(exchange, bob, "sell", "6000", "60000", market="BTCUSD")
    futures(exchange, alice, "buy", "6000", "60000", market="BTCUSD")
    pos = alice.positions["BTCUSD"]
    assert (pos.basis, pos.margin) == (D("0.1"), D("0.03333334"))  # 6000 USD / 60000, /3 up
    spec = exchange.futures.market("BTCUSD")
    # at 75000 the 6000 USD are worth 0.08 BTC: the long gained 0.02 BTC
    assert pos.unrealized_pnl(spec, D("75000")) == D("0.02")
    futures(exchange, bob, "buy", "6000", "75000", market="BTCUSD")
    order = exchange.futures.close_position(alice, market="BTCUSD", type="market")
    assert order.realized_pnl == D("0.02")
    assert order.fee_ccy == "BTC"


def test_leverage_sets_the_margin_of_new_positions(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    exchange.futures.adjust_leverage(alice, market="BTCUSDT", margin_mode="isolated", leverage=10)
    _open_long(exchange, alice, bob, "0.1", "60000")
    pos = alice.positions["BTCUSDT"]
    assert (pos.leverage, pos.margin, pos.margin_mode) == (10, D("600"), "isolated")


def test_changing_leverage_of_an_open_position_re_margins_it(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    _open_long(exchange, alice, bob, "0.1", "60000")
    exchange.futures.adjust_leverage(alice, market="BTCUSDT", margin_mode="cross", leverage=5)
    assert alice.positions["BTCUSDT"].margin == D("1200")
    assert futures_balance(alice) == (D("48797"), D("0"))


def test_the_margin_mode_cannot_change_while_a_position_is_open(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    _open_long(exchange, alice, bob, "0.1", "60000")
    with pytest.raises(SandboxApiError) as error:
        exchange.futures.adjust_leverage(
            alice, market="BTCUSDT", margin_mode="isolated", leverage=3
        )
    assert error.value.code == 4004


def test_a_leverage_the_market_does_not_offer_is_rejected(
    exchange: Exchange, alice: Account
) -> None:
    with pytest.raises(SandboxApiError) as error:
        exchange.futures.adjust_leverage(alice, market="BTCUSDT", margin_mode="cross", leverage=7)
    assert error.value.code == 4004


def test_closing_without_a_position_is_rejected(exchange: Exchange, alice: Account) -> None:
    with pytest.raises(SandboxApiError) as error:
        exchange.futures.close_position(alice, market="BTCUSDT", type="market")
    assert error.value.code == 4004


def test_a_limit_close_reserves_nothing_and_is_canceled_once_the_position_is_flat(
    exchange: Exchange, alice: Account, bob: Account, carol: Account
) -> None:
    _open_long(exchange, alice, bob, "0.1", "60000")
    limit_close = exchange.futures.close_position(
        alice, market="BTCUSDT", type="limit", price=D("65000")
    )
    assert limit_close.frozen == 0 and limit_close.status == "open"
    futures(exchange, carol, "buy", "0.1", "60000")
    futures(exchange, alice, "sell", "0.1", "60000", type="market")
    assert "BTCUSDT" not in alice.positions
    assert limit_close.status == "canceled"


def test_isolated_margin_can_be_added_and_removed_down_to_the_initial_margin(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    exchange.futures.adjust_leverage(alice, market="BTCUSDT", margin_mode="isolated", leverage=3)
    _open_long(exchange, alice, bob, "0.1", "60000")
    exchange.futures.adjust_margin(alice, market="BTCUSDT", amount=D("500"))
    assert alice.positions["BTCUSDT"].margin == D("2500")
    exchange.futures.adjust_margin(alice, market="BTCUSDT", amount=D("-500"))
    with pytest.raises(SandboxApiError):
        exchange.futures.adjust_margin(alice, market="BTCUSDT", amount=D("-1"))


def test_the_liquidation_price_matches_coinexs_own_example() -> None:
    """ccxt's captured adjust-position-margin response: liq 30852.824..., bkr 30698.56."""
    spec = DEFAULT_FUTURES_MARKETS[0]
    pos = Position(
        position_id=306458800,
        user_id=1,
        market="BTCUSDT",
        side="long",
        margin_mode="isolated",
        leverage=3,
        created_at=0,
        updated_at=0,
        amount=D("0.0001"),
        basis=D("6.104784"),
        margin=D("3.034928"),
    )
    data = render_position(pos, spec, D("61047.84"))
    assert data["bkr_price"] == "30698.56"
    assert data["liq_price"].startswith("30852.824120603015075")  # CoinEx: ...07579316
    assert data["position_margin_rate"].startswith("0.49713929272518077")
    assert data["avg_entry_price"] == "61047.84"


def test_futures_and_spot_balances_are_separate(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    _open_long(exchange, alice, bob, "0.1", "60000")
    assert balance(alice, "USDT") == (D("100000"), D("0"))
