"""Liquidation: a position whose margin runs out is closed by the exchange, recorded, and the
books still balance (the fixture audits every test)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coinex_sdk.sandbox import Account, AccountSpec, Event, Exchange, envelope
from coinex_sdk.sandbox.engine._positions import Position

from .helpers import D, futures, futures_balance


def isolated_long(exchange: Exchange, alice: Account, bob: Account, leverage: int) -> Position:
    exchange.futures.adjust_leverage(
        alice, market="BTCUSDT", margin_mode="isolated", leverage=leverage
    )
    futures(exchange, bob, "sell", "0.1", "60000")
    futures(exchange, alice, "buy", "0.1", "60000")
    return alice.positions["BTCUSDT"]


def liq_price(exchange: Exchange, account: Account) -> Decimal:
    body = envelope(exchange, "GET", "/v2/futures/pending-position", account, {})
    return Decimal(body["data"][0]["liq_price"])


def test_an_isolated_position_is_liquidated_when_the_mark_reaches_its_liq_price(
    exchange: Exchange, alice: Account, bob: Account, carol: Account, events: list[Event]
) -> None:
    isolated_long(exchange, alice, bob, leverage=10)
    futures(exchange, carol, "buy", "0.1", "54000")  # the book the liquidation sells into
    liq = liq_price(exchange, alice)
    assert D("54271") < liq < D("54272")  # 600 margin, maintenance rate 0.005
    exchange.set_mark_price("BTCUSDT", D("54272"))
    assert "BTCUSDT" in alice.positions
    events.clear()
    exchange.set_mark_price("BTCUSDT", D("54271"))
    assert "BTCUSDT" not in alice.positions
    (finished,) = alice.finished_positions
    assert finished.finished_type == "liq"
    pushed = [e.data["event"] for e in events if e.channel == "position" and e.user_id == 1001]
    assert pushed == ["liq"]
    (record,) = exchange.liquidation.history
    assert (record.side, record.liq_amount, record.liq_price) == ("long", D("0.1"), D("54271"))
    assert record.bkr_price == D("54000")  # margin 600 on 0.1 BTC bought at 60000
    assert futures_balance(alice) == (D("49394.3"), D("0"))  # margin and both fees are gone


def test_the_liquidation_history_is_public_and_per_market(
    exchange: Exchange, alice: Account, bob: Account, carol: Account
) -> None:
    isolated_long(exchange, alice, bob, leverage=10)
    futures(exchange, carol, "buy", "0.1", "54000")
    exchange.set_mark_price("BTCUSDT", D("54000"))
    path = "/v2/futures/liquidation-history"
    (item,) = envelope(exchange, "GET", path, None, {"market": "BTCUSDT"})["data"]
    assert item["side"] == "long" and item["liq_amount"] == "0.1"
    assert envelope(exchange, "GET", path, None, {"market": "ETHUSDT"})["data"] == []


def test_cross_positions_share_the_available_balance_before_they_are_liquidated(
    exchange: Exchange, bob: Account, carol: Account
) -> None:
    dave = exchange.add_account(
        AccountSpec(
            name="dave", access_id="sandbox-dave", secret_key="dave-secret",
            futures={"USDT": "2100"},
        )
    )  # fmt: skip
    futures(exchange, bob, "sell", "0.1", "60000")
    futures(exchange, dave, "buy", "0.1", "60000")  # margin 2000, 97 left available
    futures(exchange, carol, "buy", "0.1", "39000")
    exchange.set_mark_price("BTCUSDT", D("40000"))  # loses 2000, still above maintenance
    assert "BTCUSDT" in dave.positions
    exchange.set_mark_price("BTCUSDT", D("39200"))
    assert "BTCUSDT" not in dave.positions
    assert dave.finished_positions[0].finished_type == "liq"


def test_funding_that_empties_an_isolated_margin_liquidates_it(
    exchange: Exchange, alice: Account, bob: Account, carol: Account
) -> None:
    pos = isolated_long(exchange, alice, bob, leverage=100)  # margin 60, maintenance 30
    futures(exchange, carol, "buy", "0.1", "59900")
    exchange.set_index_price("BTCUSDT", D("59000"))  # a premium: longs pay the maximum rate
    exchange.advance(8 * 3600)
    assert pos.margin == D("37.5") and "BTCUSDT" in alice.positions
    exchange.advance(8 * 3600)
    assert "BTCUSDT" not in alice.positions and pos.finished_type == "liq"


def test_without_a_book_the_most_profitable_opposite_position_is_auto_deleveraged(
    exchange: Exchange, alice: Account, bob: Account, events: list[Event]
) -> None:
    isolated_long(exchange, alice, bob, leverage=10)  # bob holds the short
    bob_before = futures_balance(bob)[0]
    events.clear()
    exchange.set_mark_price("BTCUSDT", D("50000"))  # nobody bids: ADL at the bankruptcy price
    assert "BTCUSDT" not in alice.positions and "BTCUSDT" not in bob.positions
    assert alice.finished_positions[0].finished_type == "liq"
    assert bob.finished_positions[0].finished_type == "adl"
    pushed = {e.user_id: e.data["event"] for e in events if e.channel == "position"}
    assert pushed == {alice.user_id: "liq", bob.user_id: "adl"}
    # bob's short closes at 54000, fee-free: 600 profit plus his 2000 margin come back
    assert futures_balance(bob)[0] == bob_before + D("2600")
    adl = {(r.user_id, r.role, r.side, r.price) for r in exchange.liquidation.adl_history}
    assert adl == {
        (bob.user_id, "maker", "buy", D("54000")),
        (alice.user_id, "taker", "sell", D("54000")),
    }
    assert exchange.state.insurance.get("USDT", D(0)) == 0  # the bankruptcy price: no shortfall
    body = envelope(exchange, "GET", "/v2/futures/position-adl-history", bob, {})
    (item,) = body["data"]
    assert (item["side"], item["amount"], item["price"]) == ("buy", "0.1", "54000")


@pytest.mark.parametrize("leverage", [3, 10])
def test_a_safe_position_is_never_liquidated(
    exchange: Exchange, alice: Account, bob: Account, leverage: int
) -> None:
    isolated_long(exchange, alice, bob, leverage)
    exchange.set_mark_price("BTCUSDT", D("60500"))
    exchange.advance(8 * 3600)
    assert "BTCUSDT" in alice.positions and exchange.liquidation.history == []
