"""Signed asset endpoints: balances, transfers, deposits, withdrawals and the fee rate."""

from __future__ import annotations

from typing import Any

from . import _params as p
from ._accounts import Account
from ._assets import ACCOUNT_TYPES
from ._exchange import Exchange
from ._num import fmt
from ._render_records import deposit, loan, transfer, withdrawal
from ._routing import RouteTable, paginate, require

__all__ = ["ROUTES"]

ROUTES = RouteTable()
route = ROUTES.route
Params = dict[str, Any]


@route("GET", "/v2/assets/spot/balance")
def spot_balance(exchange: Exchange, account: Account | None, params: Params) -> Any:
    return exchange.balances.spot_balances(require(account))


@route("GET", "/v2/assets/futures/balance")
def futures_balance(exchange: Exchange, account: Account | None, params: Params) -> Any:
    return exchange.balances.futures_balances(require(account))


@route("GET", "/v2/assets/margin/balance")
def margin_balance(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """One item per margin market the caller holds anything in (or just ``market``)."""
    items = exchange.balances.margin_balances(require(account))
    market = p.opt_text(params, "market")
    return [item for item in items if market in (None, item["margin_account"])]


@route("POST", "/v2/assets/margin/borrow")
def margin_borrow(exchange: Exchange, account: Account | None, params: Params) -> Any:
    record = exchange.margin.borrow(
        require(account),
        market=p.text(params, "market"),
        ccy=p.text(params, "ccy"),
        amount=p.decimal(params, "borrow_amount"),
        is_auto_renew=p.boolean(params, "is_auto_renew"),
    )
    return loan(record)


@route("POST", "/v2/assets/margin/repay")
def margin_repay(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Interest first, then principal; CoinEx answers ``data: {}``."""
    exchange.margin.repay(
        require(account),
        market=p.text(params, "market"),
        ccy=p.text(params, "ccy"),
        amount=p.decimal(params, "amount"),
        borrow_id=p.opt_integer(params, "borrow_id"),
    )
    return {}


@route("GET", "/v2/assets/margin/borrow-history")
def borrow_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Loans newest first, with the interest charged up to now."""
    status = p.opt_text(params, "status")
    loans = exchange.margin.loans(require(account), p.opt_text(params, "market"))
    records = [loan(r) for r in reversed(loans) if status in (None, r.status)]
    number, limit = p.page(params)
    return paginate(records, number, limit, with_total=True)


@route("GET", "/v2/assets/margin/interest-limit")
def interest_limit(exchange: Exchange, account: Account | None, params: Params) -> Any:
    require(account)
    return exchange.margin.limit(p.text(params, "market"), p.text(params, "ccy"))


@route("POST", "/v2/assets/transfer")
def post_transfer(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Moves funds between the caller's own accounts; CoinEx answers ``data: {}``."""
    exchange.assets.transfer(
        require(account),
        from_account_type=p.one_of(params, "from_account_type", ACCOUNT_TYPES),
        to_account_type=p.one_of(params, "to_account_type", ACCOUNT_TYPES),
        ccy=p.text(params, "ccy"),
        amount=p.decimal(params, "amount"),
        market=p.opt_text(params, "market"),
    )
    return {}


@route("GET", "/v2/assets/transfer-history")
def transfer_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Transfers of ``ccy`` to or from the FUTURES (or MARGIN) account, newest first."""
    ccy = p.text(params, "ccy")
    transfer_type = p.one_of(params, "transfer_type", ("FUTURES", "MARGIN"))
    market, status = p.opt_text(params, "market"), p.opt_text(params, "status")
    start, end = p.opt_integer(params, "start_time"), p.opt_integer(params, "end_time")
    records = [
        r
        for r in reversed(require(account).transfers)
        if r.ccy == ccy
        and transfer_type in (r.from_account_type, r.to_account_type)
        and market in (None, r.margin_market)
        and status in (None, r.status)
        and (start is None or r.created_at >= start)
        and (end is None or r.created_at <= end)
    ]
    number, limit = p.page(params)
    return paginate([transfer(r) for r in records], number, limit, with_total=True)


@route("GET", "/v2/assets/deposit-history")
def deposit_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Deposits newest first. The pagination key is ``paginatation``, as CoinEx really sends."""
    ccy, tx_id = p.opt_text(params, "ccy"), p.opt_text(params, "tx_id")
    status = p.opt_text(params, "status")
    records = [
        r
        for r in reversed(require(account).deposits)
        if ccy in (None, r.ccy)
        and tx_id in (None, r.tx_id)
        and (status is None or status.lower() == r.status)
    ]
    number, limit = p.page(params)
    return paginate(
        [deposit(r) for r in records],
        number,
        limit,
        with_total=True,
        pagination_key="paginatation",
    )


@route("POST", "/v2/assets/withdraw")
def post_withdraw(exchange: Exchange, account: Account | None, params: Params) -> Any:
    record = exchange.assets.withdraw(
        require(account),
        ccy=p.text(params, "ccy"),
        to_address=p.text(params, "to_address"),
        amount=p.decimal(params, "amount"),
        withdraw_method=p.opt_text(params, "withdraw_method") or "on_chain",
        chain=p.opt_text(params, "chain"),
        memo=p.opt_text(params, "memo") or "",
        remark=p.opt_text(params, "remark") or "",
    )
    return withdrawal(record)


@route("POST", "/v2/assets/cancel-withdraw")
def cancel_withdraw(exchange: Exchange, account: Account | None, params: Params) -> Any:
    exchange.assets.cancel_withdrawal(require(account), p.integer(params, "withdraw_id"))
    return {}


@route("GET", "/v2/assets/withdraw")
def withdraw_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    ccy, status = p.opt_text(params, "ccy"), p.opt_text(params, "status")
    withdraw_id = p.opt_integer(params, "withdraw_id")
    records = [
        r
        for r in reversed(require(account).withdrawals)
        if ccy in (None, r.ccy)
        and withdraw_id in (None, r.withdraw_id)
        and status in (None, r.status)
    ]
    number, limit = p.page(params)
    return paginate([withdrawal(r) for r in records], number, limit, with_total=True)


@route("GET", "/v2/account/trade-fee-rate")
def trade_fee_rate(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The caller's maker and taker rates for one market (account overrides included)."""
    caller = require(account)
    market = p.text(params, "market")
    if p.one_of(params, "market_type", ("SPOT", "FUTURES")) == "SPOT":
        spot = exchange.spot.market(market)
        maker, taker = caller.fee_rates(spot.maker_fee_rate, spot.taker_fee_rate)
    else:
        futures = exchange.futures.market(market)
        maker, taker = caller.fee_rates(futures.maker_fee_rate, futures.taker_fee_rate)
    return {"market": market, "maker_rate": fmt(maker), "taker_rate": fmt(taker)}
