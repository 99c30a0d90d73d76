"""Margin loans over the wire: borrow, owe interest, read the loan back, repay it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coinex_sdk import AsyncCoinEx, CoinEx, ParameterError
from coinex_sdk.sandbox import Sandbox

D = Decimal
BTC = "BTCUSDT"


def margin_usdt(cx: CoinEx) -> Decimal:
    (item,) = cx.assets.margin_balance(market=BTC)
    assert item.available is not None and item.available.quote_ccy is not None
    return item.available.quote_ccy


def test_a_loan_is_borrowed_reported_and_repaid_with_its_interest(cx: CoinEx) -> None:
    before = margin_usdt(cx)
    loan = cx.assets.margin_borrow(market=BTC, ccy="USDT", borrow_amount="600", is_auto_renew=False)
    assert loan.borrow_amount == D("600") and loan.status == "loan"
    assert loan.to_repaied_amount == D("600.025")  # the first hour's interest is due at once
    assert margin_usdt(cx) == before + D("600")

    (item,) = cx.assets.margin_balance(market=BTC)
    assert item.repaid is not None and item.repaid.quote_ccy == D("600")
    assert item.interest is not None and item.interest.quote_ccy == D("0.025")
    assert item.rik_rate is not None and item.rik_rate > 1

    history = cx.assets.borrow_history(market=BTC, status="loan")
    assert loan.borrow_id in {record.borrow_id for record in history.items}

    cx.assets.margin_repay(market=BTC, ccy="USDT", amount="600.025", borrow_id=loan.borrow_id)
    finished = cx.assets.borrow_history(market=BTC, status="finish")
    (record,) = [r for r in finished.items if r.borrow_id == loan.borrow_id]
    assert record.to_repaid_amount == 0
    assert margin_usdt(cx) == before - D("0.025")


def test_a_loan_outside_the_limits_answers_a_parameter_error(cx: CoinEx) -> None:
    limit = cx.assets.interest_limit(market=BTC, ccy="USDT")
    assert limit.min_amount is not None and limit.leverage == 10
    too_small = limit.min_amount - D("0.01")
    with pytest.raises(ParameterError, match="min_amount"):
        cx.assets.margin_borrow(market=BTC, ccy="USDT", borrow_amount=too_small, is_auto_renew=True)
    with pytest.raises(ParameterError, match="owed"):
        cx.assets.margin_repay(market=BTC, ccy="USDT", amount="1000000")


async def test_the_async_client_borrows_and_repays(acx: AsyncCoinEx) -> None:
    loan = await acx.assets.margin_borrow(
        market=BTC, ccy="BTC", borrow_amount="0.024", is_auto_renew=True
    )
    assert loan.ccy == "BTC" and loan.to_repaied_amount == D("0.024001")
    (item,) = await acx.assets.margin_balance(market=BTC)
    assert item.repaid is not None and item.repaid.base_ccy == D("0.024")
    await acx.assets.transfer(  # the interest is paid from the margin account's own BTC
        from_account_type="SPOT", to_account_type="MARGIN", market=BTC, ccy="BTC", amount="0.01"
    )
    await acx.assets.margin_repay(market=BTC, ccy="BTC", amount="0.024001")
    (item,) = await acx.assets.margin_balance(market=BTC)
    assert item.repaid is not None and item.repaid.base_ccy == 0
    assert item.rik_rate is None  # nothing owed: CoinEx sends ""


def test_interest_accrues_as_the_sandbox_clock_advances(sandbox: Sandbox, cx: CoinEx) -> None:
    loan = cx.assets.margin_borrow(
        market=BTC, ccy="USDT", borrow_amount="2400", is_auto_renew=False
    )
    sandbox.advance(3 * 3600)  # three more hourly charges of 2400 * 0.001 / 24
    (record,) = [
        r for r in cx.assets.borrow_history(market=BTC).items if r.borrow_id == loan.borrow_id
    ]
    assert record.to_repaid_amount == D("2400.4")
    cx.assets.margin_repay(market=BTC, ccy="USDT", amount="2400.4", borrow_id=loan.borrow_id)


async def test_the_async_client_sees_interest_accrue(sandbox: Sandbox, acx: AsyncCoinEx) -> None:
    loan = await acx.assets.margin_borrow(
        market=BTC, ccy="USDT", borrow_amount="4800", is_auto_renew=False
    )
    await sandbox.arun(lambda exchange: exchange.advance(3600))
    (item,) = await acx.assets.margin_balance(market=BTC)
    assert item.interest is not None and item.interest.quote_ccy == D("0.4")
    await acx.assets.margin_repay(market=BTC, ccy="USDT", amount="4800.4")
    history = await acx.assets.borrow_history(market=BTC, status="finish")
    assert loan.borrow_id in {r.borrow_id for r in history.items}
