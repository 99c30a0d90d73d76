"""Transfers between a user's accounts, simulated deposits, and withdrawals."""

from __future__ import annotations

import pytest

from coinex_sdk.sandbox import (
    Account,
    AccountSpec,
    Exchange,
    ExchangeConfig,
    SandboxApiError,
    envelope,
)
from coinex_sdk.sandbox.engine._ledger import FUTURES, margin_wallet

from .conftest import FakeClock, audit
from .helpers import D, balance


def test_a_transfer_moves_available_balance_between_spot_and_futures(
    exchange: Exchange, alice: Account
) -> None:
    exchange.assets.transfer(
        alice, from_account_type="SPOT", to_account_type="FUTURES", ccy="USDT", amount=D("1000")
    )
    assert balance(alice, "USDT") == (D("99000"), D("0"))
    assert balance(alice, "USDT", FUTURES) == (D("51000"), D("0"))


def test_a_margin_transfer_names_its_market(exchange: Exchange, alice: Account) -> None:
    exchange.assets.transfer(
        alice,
        from_account_type="SPOT",
        to_account_type="MARGIN",
        ccy="BTC",
        amount=D("0.5"),
        market="BTCUSDT",
    )
    assert balance(alice, "BTC", margin_wallet("BTCUSDT")) == (D("0.5"), D("0"))
    with pytest.raises(SandboxApiError) as error:
        exchange.assets.transfer(
            alice, from_account_type="SPOT", to_account_type="MARGIN", ccy="BTC", amount=D("1")
        )
    assert error.value.code == 4004


def test_transfers_go_through_spot(exchange: Exchange, alice: Account) -> None:
    with pytest.raises(SandboxApiError) as error:
        exchange.assets.transfer(
            alice,
            from_account_type="FUTURES",
            to_account_type="MARGIN",
            ccy="USDT",
            amount=D("1"),
            market="BTCUSDT",
        )
    assert error.value.code == 4004


def test_a_transfer_beyond_the_available_balance_answers_3109(
    exchange: Exchange, alice: Account
) -> None:
    with pytest.raises(SandboxApiError) as error:
        exchange.assets.transfer(
            alice, from_account_type="FUTURES", to_account_type="SPOT", ccy="USDT", amount=D("1e6")
        )
    assert error.value.code == 3109


def test_transfer_history_lists_the_futures_transfers_of_a_currency(
    exchange: Exchange, alice: Account
) -> None:
    for amount in ("1", "2"):
        envelope(
            exchange,
            "POST",
            "/v2/assets/transfer",
            alice,
            {
                "from_account_type": "SPOT",
                "to_account_type": "FUTURES",
                "ccy": "USDT",
                "amount": amount,
            },
        )
    body = envelope(
        exchange,
        "GET",
        "/v2/assets/transfer-history",
        alice,
        {"ccy": "USDT", "transfer_type": "FUTURES", "limit": 1},
    )
    assert [item["amount"] for item in body["data"]] == ["2"]
    assert body["pagination"] == {"total": 2, "has_next": True}
    assert body["data"][0]["from_account_type"] == "SPOT"


def test_a_simulated_deposit_credits_spot_and_shows_in_deposit_history(
    exchange: Exchange, alice: Account
) -> None:
    exchange.deposit(alice, "USDT", D("30"), chain="TRC20")
    assert balance(alice, "USDT")[0] == D("100030")
    body = envelope(exchange, "GET", "/v2/assets/deposit-history", alice, {"ccy": "USDT"})
    (item,) = body["data"]
    assert (item["amount"], item["status"], item["deposit_method"]) == (
        "30",
        "FINISHED",
        "ON_CHAIN",
    )
    # CoinEx's real deposit-history response misspells the pagination key; clients must cope.
    assert body["paginatation"] == {"total": 1, "has_next": False}
    assert "pagination" not in body


def test_a_withdrawal_takes_the_amount_plus_the_fee(exchange: Exchange, alice: Account) -> None:
    body = envelope(
        exchange,
        "POST",
        "/v2/assets/withdraw",
        alice,
        {"ccy": "USDT", "to_address": "TY5vq3", "amount": "15", "chain": "TRC20"},
    )
    assert body["data"]["amount"] == "16" and body["data"]["actual_amount"] == "15"
    assert body["data"]["status"] == "finished"
    assert balance(alice, "USDT") == (D("99984"), D("0"))
    history = envelope(exchange, "GET", "/v2/assets/withdraw", alice, {})
    assert history["data"][0]["withdraw_id"] == body["data"]["withdraw_id"]


def test_an_on_chain_withdrawal_needs_a_chain(exchange: Exchange, alice: Account) -> None:
    with pytest.raises(SandboxApiError) as error:
        exchange.assets.withdraw(alice, ccy="USDT", to_address="x", amount=D("1"))
    assert error.value.code == 4004


def test_a_pending_withdrawal_stays_frozen_until_canceled(clock: FakeClock) -> None:
    exchange = Exchange(
        ExchangeConfig(market_maker=None, auto_complete_withdrawals=False), clock=clock
    )
    alice = exchange.account("alice")
    record = exchange.assets.withdraw(
        alice, ccy="BTC", to_address="bc1q", amount=D("0.5"), chain="BTC"
    )
    assert balance(alice, "BTC") == (D("1.4998"), D("0.5002"))
    exchange.assets.cancel_withdrawal(alice, record.withdraw_id)
    assert (record.status, balance(alice, "BTC")) == ("cancelled", (D("2"), D("0")))
    audit(exchange)


def test_an_inter_user_withdrawal_to_another_sandbox_user_arrives_free(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    exchange.assets.withdraw(
        alice, ccy="USDT", to_address="bob", amount=D("100"), withdraw_method="inter_user"
    )
    assert balance(alice, "USDT")[0] == D("99900")
    assert balance(bob, "USDT")[0] == D("100100")
    assert bob.deposits[-1].deposit_method == "inter_user"


def test_a_sub_account_has_its_own_keys_and_balances(exchange: Exchange) -> None:
    sub = exchange.add_account(
        AccountSpec(
            name="alice-sub",
            access_id="sandbox-alice-sub",
            secret_key="sandbox-alice-sub-secret",
            spot={"USDT": "10"},
            parent="alice",
        )
    )
    assert sub.parent_user_id == exchange.account("alice").user_id
    assert exchange.account_by_access_id("sandbox-alice-sub") is sub
    assert balance(sub, "USDT") == (D("10"), D("0"))
