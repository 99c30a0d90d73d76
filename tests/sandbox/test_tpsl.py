"""Position take-profit and stop-loss: stored on the position, fired by the simulated prices,
closing the position (or the partial amount) through the book like CoinEx."""

from __future__ import annotations

from typing import Any

import pytest

from coinex_sdk.sandbox import Account, Event, Exchange, SandboxApiError, envelope

from .helpers import D, futures


@pytest.fixture
def long(exchange: Exchange, alice: Account, bob: Account) -> None:
    """alice long 0.1 BTCUSDT at 60000 (bob short)."""
    futures(exchange, bob, "sell", "0.1", "60000")
    futures(exchange, alice, "buy", "0.1", "60000")


def position_of(exchange: Exchange, account: Account) -> dict[str, Any]:
    body = envelope(exchange, "GET", "/v2/futures/pending-position", account, {"market": "BTCUSDT"})
    (pos,) = body["data"]
    assert isinstance(pos, dict)
    return pos


@pytest.mark.usefixtures("long")
def test_a_take_profit_is_stored_on_the_position_and_shown_when_it_is_read_again(
    exchange: Exchange, alice: Account
) -> None:
    body = envelope(
        exchange, "POST", "/v2/futures/set-position-take-profit", alice,
        {"market": "BTCUSDT", "take_profit_type": "mark_price", "take_profit_price": "65000"},
    )  # fmt: skip
    assert body["code"] == 0 and body["data"]["take_profit_price"] == "65000"
    pos = position_of(exchange, alice)
    assert (pos["take_profit_price"], pos["take_profit_type"]) == ("65000", "mark_price")
    assert (pos["stop_loss_price"], pos["stop_loss_type"]) == ("0", "")
    (item,) = pos["take_profit_list"]
    assert item["is_all"] is True and item["amount"] is None and item["type"] == "mark_price"


@pytest.mark.usefixtures("long")
def test_a_take_profit_on_the_mark_price_closes_the_position_when_the_mark_reaches_it(
    exchange: Exchange, alice: Account, carol: Account
) -> None:
    futures(exchange, carol, "buy", "0.1", "61000")  # someone to sell to
    exchange.position_tpsl.set(
        alice, "take_profit", market="BTCUSDT", price_type="mark_price", price=D("61000")
    )
    exchange.set_mark_price("BTCUSDT", D("60900"))
    assert "BTCUSDT" in alice.positions
    exchange.set_mark_price("BTCUSDT", D("61000"))
    assert "BTCUSDT" not in alice.positions
    (finished,) = alice.finished_positions
    assert finished.finished_type == "take_profit"
    assert finished.realized_pnl == D("100") - D("3") - D("3.05")  # 0.1 x 1000, two taker fees


@pytest.mark.usefixtures("long")
def test_a_partial_stop_loss_closes_only_its_amount_and_pushes_like_coinex(
    exchange: Exchange, alice: Account, bob: Account, carol: Account, events: list[Event]
) -> None:
    exchange.position_tpsl.set(
        alice, "stop_loss", market="BTCUSDT", price_type="latest_price", price=D("59000"),
        amount=D("0.04"),
    )  # fmt: skip
    futures(exchange, carol, "buy", "0.5", "58000")
    events.clear()
    futures(exchange, bob, "sell", "0.01", "59000", type="market")  # the latest price falls
    pos = alice.positions["BTCUSDT"]
    assert pos.amount == D("0.06") and pos.stop_losses == []
    mine = [(e.channel, e.data.get("event")) for e in events if e.user_id == alice.user_id]
    assert ("order", "put") in mine and ("order", "finish") in mine
    assert ("user_deals", None) in mine and ("position", "update") in mine


@pytest.mark.usefixtures("long")
def test_a_whole_position_take_profit_replaces_the_previous_one_but_partials_add_up(
    exchange: Exchange, alice: Account
) -> None:
    tpsl = exchange.position_tpsl
    for price in ("62000", "63000"):
        tpsl.set(alice, "take_profit", market="BTCUSDT", price_type="latest_price", price=D(price))
    tpsl.set(
        alice, "take_profit", market="BTCUSDT", price_type="latest_price", price=D("64000"),
        amount=D("0.02"),
    )  # fmt: skip
    pos = alice.positions["BTCUSDT"]
    assert [(i.price, i.amount) for i in pos.take_profits] == [
        (D("63000"), None),
        (D("64000"), D("0.02")),
    ]
    assert position_of(exchange, alice)["take_profit_price"] == "63000"


@pytest.mark.usefixtures("long")
def test_a_trigger_already_reached_is_refused(exchange: Exchange, alice: Account) -> None:
    with pytest.raises(SandboxApiError) as refused:
        exchange.position_tpsl.set(
            alice, "take_profit", market="BTCUSDT", price_type="latest_price", price=D("59000")
        )
    assert refused.value.code == 4004 and "above" in refused.value.message
    assert alice.positions["BTCUSDT"].take_profits == []


@pytest.mark.usefixtures("long")
def test_modify_and_cancel_act_on_the_id_from_the_list(exchange: Exchange, alice: Account) -> None:
    tpsl = exchange.position_tpsl
    pos = tpsl.set(
        alice, "stop_loss", market="BTCUSDT", price_type="latest_price", price=D("55000")
    )
    sl_id = pos.stop_losses[0].id
    tpsl.modify(alice, "stop_loss", market="BTCUSDT", tpsl_id=sl_id, price=D("56000"))
    assert pos.stop_losses[0].price == D("56000")
    with pytest.raises(SandboxApiError):
        tpsl.modify(alice, "stop_loss", market="BTCUSDT", tpsl_id=sl_id + 1, price=D("1"))
    tpsl.cancel(alice, "stop_loss", market="BTCUSDT", tpsl_id=sl_id)
    assert pos.stop_losses == []
    tpsl.set(alice, "stop_loss", market="BTCUSDT", price_type="mark_price", price=D("50000"))
    tpsl.cancel(alice, "stop_loss", market="BTCUSDT")
    assert pos.stop_losses == []


@pytest.mark.usefixtures("long")
def test_a_stop_loss_on_the_index_price_watches_the_index_alone(
    exchange: Exchange, alice: Account, carol: Account
) -> None:
    futures(exchange, carol, "buy", "0.1", "59000")
    exchange.position_tpsl.set(
        alice, "stop_loss", market="BTCUSDT", price_type="index_price", price=D("59500")
    )
    exchange.set_index_price("BTCUSDT", D("59400"))
    assert "BTCUSDT" not in alice.positions
    assert alice.finished_positions[-1].finished_type == "stop_loss"
    assert exchange.futures.mark_price("BTCUSDT") == D("60000")  # the mark did not move


@pytest.mark.usefixtures("long")
def test_closing_the_position_by_hand_drops_its_take_profit_and_stop_loss(
    exchange: Exchange, alice: Account, carol: Account
) -> None:
    futures(exchange, carol, "buy", "0.1", "60000")
    exchange.position_tpsl.set(
        alice, "take_profit", market="BTCUSDT", price_type="latest_price", price=D("70000")
    )
    exchange.futures.close_position(alice, market="BTCUSDT", type="market")
    (finished,) = alice.finished_positions
    assert finished.take_profits == [] and finished.finished_type == "market"


def test_a_take_profit_needs_an_open_position(exchange: Exchange, alice: Account) -> None:
    body = envelope(
        exchange, "POST", "/v2/futures/set-position-take-profit", alice,
        {"market": "BTCUSDT", "take_profit_type": "mark_price", "take_profit_price": "65000"},
    )  # fmt: skip
    assert body["code"] == 4004
