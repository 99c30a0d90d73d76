"""Margin loans: borrowing, hourly interest on the sandbox clock, repayment, limits, expiry."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coinex_sdk.sandbox import Account, Exchange, SandboxApiError, envelope
from coinex_sdk.sandbox.engine._ledger import margin_wallet
from coinex_sdk.sandbox.engine._margin import DAY_MS, HOUR_MS, MarginLoan

from .conftest import FakeClock
from .helpers import D, balance

MARGIN = margin_wallet("BTCUSDT")


def borrow(exchange: Exchange, account: Account, amount: str, ccy: str = "USDT") -> MarginLoan:
    return exchange.margin.borrow(
        account, market="BTCUSDT", ccy=ccy, amount=D(amount), is_auto_renew=False
    )


def repay(exchange: Exchange, account: Account, amount: str, **extra: object) -> None:
    exchange.margin.repay(
        account,
        market="BTCUSDT",
        ccy="USDT",
        amount=D(amount),
        **extra,  # type: ignore[arg-type]
    )


def test_borrowing_credits_the_margin_account_and_charges_the_first_hour(
    exchange: Exchange, alice: Account
) -> None:
    loan = borrow(exchange, alice, "60")
    assert balance(alice, "USDT", MARGIN) == (D("10060"), D("0"))
    # The docs' example: 60 at a daily 0.001 owes 60.0025 right after borrowing.
    assert loan.owed == D("60.0025")
    assert loan.status == "loan"
    assert loan.expired_at == loan.created_at + 10 * DAY_MS


def test_interest_is_charged_at_each_full_hour_of_the_sandbox_clock(
    exchange: Exchange, alice: Account, clock: FakeClock
) -> None:
    borrow(exchange, alice, "2400")  # 0.1 per hour
    clock.advance(HOUR_MS - 1)
    assert exchange.margin.owed(alice, "BTCUSDT", "USDT") == (D("2400"), D("0.1"))
    clock.advance(1)
    assert exchange.margin.owed(alice, "BTCUSDT", "USDT") == (D("2400"), D("0.2"))
    clock.advance(5 * HOUR_MS)
    assert exchange.margin.owed(alice, "BTCUSDT", "USDT") == (D("2400"), D("0.7"))


def test_hourly_interest_is_rounded_up_to_eight_decimals(
    exchange: Exchange, alice: Account
) -> None:
    loan = borrow(exchange, alice, "100")  # 100 * 0.001 / 24 = 0.0041666...
    assert loan.interest == D("0.00416667")


def test_repaying_pays_the_interest_before_the_principal(
    exchange: Exchange, alice: Account, clock: FakeClock
) -> None:
    borrow(exchange, alice, "2400")
    clock.advance(HOUR_MS)  # interest 0.2
    repay(exchange, alice, "0.5")
    assert exchange.margin.owed(alice, "BTCUSDT", "USDT") == (D("2399.7"), D("0"))
    assert balance(alice, "USDT", MARGIN) == (D("12399.5"), D("0"))
    assert exchange.state.fees["USDT"] == D("0.2")


def test_interest_after_a_partial_repayment_is_on_the_principal_left(
    exchange: Exchange, alice: Account, clock: FakeClock
) -> None:
    borrow(exchange, alice, "2400")
    repay(exchange, alice, "1200.1")  # the first hour's 0.1, then 1200 of principal
    clock.advance(HOUR_MS)
    assert exchange.margin.owed(alice, "BTCUSDT", "USDT") == (D("1200"), D("0.05"))


def test_repaying_everything_finishes_the_loan(
    exchange: Exchange, alice: Account, clock: FakeClock
) -> None:
    loan = borrow(exchange, alice, "60")
    clock.advance(3 * HOUR_MS)
    repay(exchange, alice, str(exchange.margin.loans(alice)[0].owed))
    assert loan.status == "finish" and loan.owed == 0
    clock.advance(HOUR_MS)  # a finished loan charges nothing more
    assert exchange.margin.owed(alice, "BTCUSDT", "USDT") == (D("0"), D("0"))


def test_repaying_more_than_is_owed_is_refused_and_moves_nothing(
    exchange: Exchange, alice: Account
) -> None:
    borrow(exchange, alice, "60")
    with pytest.raises(SandboxApiError) as error:
        repay(exchange, alice, "61")
    assert error.value.code == 4004
    assert balance(alice, "USDT", MARGIN) == (D("10060"), D("0"))


def test_repaying_one_loan_by_its_borrow_id(exchange: Exchange, alice: Account) -> None:
    first = borrow(exchange, alice, "60")
    second = borrow(exchange, alice, "120")
    repay(exchange, alice, str(second.owed), borrow_id=second.borrow_id)
    assert second.status == "finish"
    assert first.status == "loan" and first.principal == D("60")
    with pytest.raises(SandboxApiError):
        repay(exchange, alice, "1", borrow_id=second.borrow_id)  # finished


def test_a_loan_below_min_amount_or_above_max_amount_is_refused(
    exchange: Exchange, alice: Account
) -> None:
    with pytest.raises(SandboxApiError, match="min_amount"):
        borrow(exchange, alice, "59")
    with pytest.raises(SandboxApiError, match="max_amount"):
        borrow(exchange, alice, "500001")
    assert alice.loans == []


def test_borrowing_beyond_the_leverage_limit_is_refused(exchange: Exchange, alice: Account) -> None:
    # 10000 USDT of own money at leverage 10: at most about 9 x 10000 may be owed.
    borrow(exchange, alice, "89000")
    with pytest.raises(SandboxApiError, match="leverage"):
        borrow(exchange, alice, "1000")
    assert len(alice.loans) == 1


def test_borrowing_needs_a_margin_market_and_one_of_its_currencies(
    exchange: Exchange, alice: Account
) -> None:
    with pytest.raises(SandboxApiError):
        borrow(exchange, alice, "1", ccy="ETH")
    with pytest.raises(SandboxApiError):
        exchange.margin.borrow(
            alice, market="NOPE", ccy="USDT", amount=D("100"), is_auto_renew=False
        )


def test_a_margin_account_that_owes_keeps_its_collateral(
    exchange: Exchange, alice: Account
) -> None:
    borrow(exchange, alice, "80000")

    def out(amount: str) -> None:
        exchange.assets.transfer(
            alice,
            from_account_type="MARGIN",
            to_account_type="SPOT",
            ccy="USDT",
            amount=D(amount),
            market="BTCUSDT",
        )

    with pytest.raises(SandboxApiError, match="leverage"):
        out("80000")
    assert balance(alice, "USDT", MARGIN) == (D("90000"), D("0"))
    out("100")  # what the limit leaves free may go


def test_an_expired_loan_without_auto_renew_turns_debt_and_keeps_accruing(
    exchange: Exchange, alice: Account, clock: FakeClock
) -> None:
    loan = borrow(exchange, alice, "2400")
    clock.advance(10 * DAY_MS)
    assert exchange.margin.loans(alice)[0].status == "debt"
    assert loan.interest == D("0.1") * (10 * 24 + 1)


def test_an_auto_renewed_loan_gets_another_period(
    exchange: Exchange, alice: Account, clock: FakeClock
) -> None:
    loan = exchange.margin.borrow(
        alice, market="BTCUSDT", ccy="USDT", amount=D("60"), is_auto_renew=True
    )
    first_expiry = loan.expired_at
    clock.advance(10 * DAY_MS + 1)
    assert exchange.margin.loans(alice)[0].status == "loan"
    assert loan.expired_at == first_expiry + 10 * DAY_MS


def test_the_margin_balance_reports_what_is_owed_and_the_risk_rate(
    exchange: Exchange, alice: Account, clock: FakeClock
) -> None:
    borrow(exchange, alice, "2400")
    clock.advance(HOUR_MS)
    body = envelope(exchange, "GET", "/v2/assets/margin/balance", alice, {})
    (item,) = body["data"]
    assert item["repaid"] == {"base_ccy": "0", "quote_ccy": "2400"}
    assert item["interest"] == {"base_ccy": "0", "quote_ccy": "0.2"}
    assert Decimal(item["rik_rate"]) == D("12400") / D("2400.2") // D("0.0001") * D("0.0001")


def test_borrow_history_lists_loans_newest_first_and_filters_by_status(
    exchange: Exchange, alice: Account
) -> None:
    first = borrow(exchange, alice, "60")
    second = borrow(exchange, alice, "120")
    repay(exchange, alice, str(first.owed), borrow_id=first.borrow_id)
    body = envelope(exchange, "GET", "/v2/assets/margin/borrow-history", alice, {})
    assert [item["borrow_id"] for item in body["data"]] == [second.borrow_id, first.borrow_id]
    assert body["pagination"] == {"total": 2, "has_next": False}
    body = envelope(
        exchange, "GET", "/v2/assets/margin/borrow-history", alice, {"status": "finish"}
    )
    (item,) = body["data"]
    assert item["borrow_id"] == first.borrow_id
    assert item["to_repaid_amount"] == item["to_repaied_amount"] == "0"


def test_interest_limit_reports_the_terms(exchange: Exchange, alice: Account) -> None:
    body = envelope(
        exchange,
        "GET",
        "/v2/assets/margin/interest-limit",
        alice,
        {"market": "BTCUSDT", "ccy": "USDT"},
    )
    assert body["data"] == {
        "market": "BTCUSDT",
        "ccy": "USDT",
        "leverage": 10,
        "min_amount": "60",
        "max_amount": "500000",
        "daily_interest_rate": "0.001",
    }
