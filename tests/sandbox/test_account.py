"""Account settings, the SPOT transaction journal, asset info, and the refused endpoints."""

from __future__ import annotations

from typing import Any

from coinex_sdk.sandbox import Account, Exchange, envelope

from .helpers import D, spot


def get(exchange: Exchange, account: Account | None, path: str, **params: Any) -> Any:
    return envelope(exchange, "GET", path, account, params)


def test_settings_are_stored_and_read_back(exchange: Exchange, alice: Account) -> None:
    path = "/v2/account/futures-market-settings"
    assert get(exchange, alice, path)["data"] == {"settle_switch": 1}
    assert envelope(exchange, "POST", path, alice, {"settle_switch": 2})["code"] == 0
    assert get(exchange, alice, path)["data"] == {"settle_switch": 2}
    assert envelope(exchange, "POST", path, alice, {"settle_switch": 3})["code"] == 4004
    body = envelope(exchange, "POST", "/v2/account/settings", alice, {"cet_discount_enabled": True})
    assert body["code"] == 0 and alice.cet_discount_enabled


def test_the_spot_journal_records_deposits_withdrawals_and_trades_with_the_balance_after(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    exchange.deposit(alice, "USDT", D("30"))
    exchange.assets.withdraw(alice, ccy="USDT", to_address="x", amount=D("10"), chain="TRC20")
    spot(exchange, bob, "sell", "0.1", "50000")
    spot(exchange, alice, "buy", "0.1", "50000")  # taker fee 0.2% in BTC
    path = "/v2/assets/spot/transcation-history"
    (deposit,) = get(exchange, alice, path, type="deposit")["data"]
    assert (deposit["change"], deposit["balance"]) == ("30", "100030")
    (withdrawal,) = get(exchange, alice, path, type="withdraw")["data"]
    assert (withdrawal["change"], withdrawal["balance"]) == ("-11", "100019")  # fee 1 on top
    trades = get(exchange, alice, path, type="trade")["data"]
    assert {(t["ccy"], t["change"], t["balance"]) for t in trades} == {
        ("USDT", "-5000", "95019"),
        ("BTC", "0.0998", "2.0998"),
    }
    assert get(exchange, alice, path, type="trade", ccy="BTC")["data"][0]["ccy"] == "BTC"
    assert get(exchange, alice, path, type="maker_cash_back")["data"] == []


def test_transfers_are_not_in_the_journal(exchange: Exchange, alice: Account) -> None:
    exchange.assets.transfer(
        alice, from_account_type="SPOT", to_account_type="FUTURES", ccy="USDT", amount=D("5")
    )
    exchange.deposit(alice, "USDT", D("1"))
    (deposit,) = get(exchange, alice, "/v2/assets/spot/transcation-history", type="deposit")["data"]
    assert (deposit["change"], deposit["balance"]) == ("1", "99996")


def test_the_financial_account_is_empty(exchange: Exchange, alice: Account) -> None:
    assert get(exchange, alice, "/v2/assets/financial/balance")["data"] == []


def test_asset_info_lists_the_currencies_and_their_chains(exchange: Exchange) -> None:
    (usdt,) = get(exchange, None, "/v2/assets/info", ccy="USDT")["data"]
    assert usdt["short_name"] == "USDT"
    assert [c["chain_name"] for c in usdt["chain_info"]] == ["TRC20", "ERC20"]
    assert len(get(exchange, None, "/v2/assets/info")["data"]) == 3


def test_endpoints_without_anything_to_simulate_say_so(exchange: Exchange, alice: Account) -> None:
    for path in ("/v2/account/info", "/v2/assets/credit/info", "/v2/refer/referee"):
        body = get(exchange, alice, path)
        assert body["code"] == 4018
        assert "not simulated by the sandbox" in body["message"]
