"""Order lifecycle: statuses, cancel, modify and client_id lookups."""

from __future__ import annotations

import pytest

from coinex_sdk.sandbox import Account, Exchange, SandboxApiError

from .helpers import D, balance, spot


def test_an_order_goes_from_open_to_part_filled_to_filled(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    order = spot(exchange, alice, "buy", "0.2", "50000")
    assert order.status == "open"
    spot(exchange, bob, "sell", "0.1", "50000")
    assert order.status == "part_filled"
    spot(exchange, bob, "sell", "0.1", "50000")
    assert order.status == "filled"
    assert exchange.spot.find_order(alice, "BTCUSDT", order.order_id) is order


def test_canceling_a_partly_filled_order_ends_it_part_canceled_and_keeps_it_in_history(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    order = spot(exchange, alice, "buy", "0.2", "50000")
    spot(exchange, bob, "sell", "0.1", "50000")
    exchange.spot.cancel(alice, "BTCUSDT", order.order_id)
    assert order.status == "part_canceled"
    assert exchange.spot.finished(alice) == [order]


def test_an_order_canceled_without_fills_is_not_stored(exchange: Exchange, alice: Account) -> None:
    order = spot(exchange, alice, "buy", "0.2", "50000")
    canceled = exchange.spot.cancel(alice, "BTCUSDT", order.order_id)
    assert canceled.status == "canceled"
    with pytest.raises(SandboxApiError) as error:
        exchange.spot.find_order(alice, "BTCUSDT", order.order_id)
    assert error.value.code == 3600


def test_canceling_an_unknown_order_answers_3600(exchange: Exchange, alice: Account) -> None:
    with pytest.raises(SandboxApiError) as error:
        exchange.spot.cancel(alice, "BTCUSDT", 123)
    assert error.value.code == 3600


def test_an_account_cannot_cancel_another_accounts_order(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    order = spot(exchange, alice, "buy", "0.2", "50000")
    with pytest.raises(SandboxApiError):
        exchange.spot.cancel(bob, "BTCUSDT", order.order_id)


def test_modifying_the_price_keeps_the_order_id_and_loses_time_priority(
    exchange: Exchange, alice: Account, bob: Account, carol: Account
) -> None:
    first = spot(exchange, alice, "sell", "0.1", "60100")
    second = spot(exchange, bob, "sell", "0.1", "60000")
    modified = exchange.spot.modify(alice, "BTCUSDT", first.order_id, price=D("60000"))
    assert modified is first and first.price == D("60000")
    spot(exchange, carol, "buy", "0.1", "60000")
    assert second.status == "filled" and first.status == "open"


def test_modifying_the_amount_up_freezes_more_and_down_releases(
    exchange: Exchange, alice: Account
) -> None:
    order = spot(exchange, alice, "buy", "0.1", "50000")
    exchange.spot.modify(alice, "BTCUSDT", order.order_id, amount=D("0.3"))
    assert balance(alice, "USDT")[1] == D("15000")
    exchange.spot.modify(alice, "BTCUSDT", order.order_id, amount=D("0.2"))
    assert balance(alice, "USDT")[1] == D("10000")


def test_a_modification_beyond_the_balance_is_rejected_with_3109_and_changes_nothing(
    exchange: Exchange, alice: Account
) -> None:
    order = spot(exchange, alice, "buy", "0.1", "50000")
    with pytest.raises(SandboxApiError) as error:
        exchange.spot.modify(alice, "BTCUSDT", order.order_id, amount=D("3"))
    assert error.value.code == 3109
    assert order.amount == D("0.1") and balance(alice, "USDT")[1] == D("5000")


def test_the_amount_cannot_be_modified_below_what_already_filled(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    order = spot(exchange, alice, "buy", "0.2", "50000")
    spot(exchange, bob, "sell", "0.1", "50000")
    with pytest.raises(SandboxApiError) as error:
        exchange.spot.modify(alice, "BTCUSDT", order.order_id, amount=D("0.1"))
    assert error.value.code == 4004


def test_a_modified_price_that_crosses_the_book_trades_at_once(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "60000")
    order = spot(exchange, alice, "buy", "0.1", "59000")
    exchange.spot.modify(alice, "BTCUSDT", order.order_id, price=D("60000"))
    assert order.status == "filled"
    assert balance(alice, "USDT") == (D("94000"), D("0"))


def test_a_maker_only_order_cannot_be_modified_into_taking(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "60000")
    order = spot(exchange, alice, "buy", "0.1", "59000", type="maker_only")
    with pytest.raises(SandboxApiError) as error:
        exchange.spot.modify(alice, "BTCUSDT", order.order_id, price=D("60000"))
    assert error.value.code == 3622
    assert order.price == D("59000")


def test_cancel_by_client_id_cancels_every_open_order_with_that_id(
    exchange: Exchange, alice: Account
) -> None:
    a = spot(exchange, alice, "buy", "0.1", "50000", client_id="grid-1")
    b = spot(exchange, alice, "buy", "0.1", "49000", client_id="grid-1")
    other = spot(exchange, alice, "buy", "0.1", "48000", client_id="grid-2")
    canceled = exchange.spot.cancel_by_client_id(alice, "BTCUSDT", "grid-1")
    assert {o.order_id for o in canceled} == {a.order_id, b.order_id}
    assert other.status == "open"


def test_cancel_by_an_unknown_client_id_answers_3600(exchange: Exchange, alice: Account) -> None:
    with pytest.raises(SandboxApiError) as error:
        exchange.spot.cancel_by_client_id(alice, "BTCUSDT", "nope")
    assert error.value.code == 3600


def test_a_client_id_with_forbidden_characters_is_rejected(
    exchange: Exchange, alice: Account
) -> None:
    with pytest.raises(SandboxApiError) as error:
        spot(exchange, alice, "buy", "0.1", "50000", client_id="has space")
    assert error.value.code == 4004


def test_cancel_all_cancels_one_side_or_both(exchange: Exchange, alice: Account) -> None:
    spot(exchange, alice, "buy", "0.1", "50000")
    ask = spot(exchange, alice, "sell", "0.1", "70000")
    assert len(exchange.spot.cancel_all(alice, "BTCUSDT", "buy")) == 1
    assert ask.status == "open"
    exchange.spot.cancel_all(alice, "BTCUSDT")
    assert alice.open_orders == {}
