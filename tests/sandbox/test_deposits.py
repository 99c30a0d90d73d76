"""Deposit addresses and the deposit/withdrawal configuration of the sandbox's currencies."""

from __future__ import annotations

import pytest

from coinex_sdk.sandbox import Account, Exchange, SandboxApiError, envelope

from .helpers import D


def test_a_deposit_address_is_stable_until_renewed(exchange: Exchange, alice: Account) -> None:
    first = exchange.assets.deposit_address(alice, "USDT", "TRC20")
    assert (
        first.startswith("T") and exchange.assets.deposit_address(alice, "USDT", "TRC20") == first
    )
    renewed = exchange.assets.deposit_address(alice, "USDT", "TRC20", renew=True)
    assert renewed != first
    assert exchange.assets.deposit_address(alice, "USDT", "TRC20") == renewed


def test_addresses_differ_by_account_and_chain(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    addresses = {
        exchange.assets.deposit_address(alice, "USDT", "TRC20"),
        exchange.assets.deposit_address(alice, "USDT", "ERC20"),
        exchange.assets.deposit_address(bob, "USDT", "TRC20"),
    }
    assert len(addresses) == 3


def test_an_unknown_chain_or_currency_is_refused(exchange: Exchange, alice: Account) -> None:
    for ccy, chain in (("USDT", "BTC"), ("DOGE", "DOGE")):
        with pytest.raises(SandboxApiError) as error:
            exchange.assets.deposit_address(alice, ccy, chain)
        assert error.value.code == 4004


def test_a_deposit_arrives_at_the_current_address_and_shows_in_history(
    exchange: Exchange, alice: Account
) -> None:
    address = exchange.assets.deposit_address(alice, "USDT", "ERC20")
    exchange.deposit(alice, "USDT", D("30"), chain="ERC20")
    exchange.deposit(alice, "BTC", D("0.1"))  # no chain: the currency's first one
    body = envelope(exchange, "GET", "/v2/assets/deposit-history", alice, {})
    btc, usdt = body["data"]
    assert (usdt["chain"], usdt["to_address"], usdt["amount"]) == ("ERC20", address, "30")
    assert btc["chain"] == "BTC" and btc["to_address"].startswith("bc1q")


def test_on_chain_withdrawals_name_a_chain_of_the_currency(
    exchange: Exchange, alice: Account
) -> None:
    with pytest.raises(SandboxApiError):
        exchange.assets.withdraw(alice, ccy="USDT", to_address="x", amount=D("5"), chain="BTC")


def test_the_config_lists_every_currency_with_its_chains_and_fees(exchange: Exchange) -> None:
    body = envelope(exchange, "GET", "/v2/assets/all-deposit-withdraw-config", None, {})
    configs = {item["asset"]["ccy"]: item for item in body["data"]}
    assert sorted(configs) == ["BTC", "ETH", "USDT"]
    usdt = configs["USDT"]["chains"]
    assert [(c["chain"], c["withdrawal_fee"]) for c in usdt] == [("TRC20", "1"), ("ERC20", "1")]
    one = envelope(exchange, "GET", "/v2/assets/deposit-withdraw-config", None, {"ccy": "USDT"})
    assert one["data"] == configs["USDT"]
