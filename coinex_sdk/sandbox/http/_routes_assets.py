"""Signed asset endpoints: balances, transfers, deposits, withdrawals and the fee rate."""

from __future__ import annotations

from typing import Any

from ..engine._accounts import Account, Transfer
from ..engine._assets import ACCOUNT_TYPES
from ..engine._exchange import Exchange
from ..engine._num import ZERO, fmt
from ..render._fields import field_names, fields
from ..render._render_records import deposit, loan, transfer, withdrawal
from . import _params as p
from ._routing import RouteTable, paginate, require

__all__ = ["ROUTES", "transfer_move"]

ROUTES = RouteTable()
TRANSCATION_TYPES = (
    "deposit", "withdraw", "trade", "maker_cash_back", "investment_interest",
    "exchange_order_transfer",
)  # fmt: skip
"""``TranscationType`` (sic, CoinEx's spelling)."""
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
    return paginate(records, params, with_total=True)


@route("GET", "/v2/assets/margin/interest-limit")
def interest_limit(exchange: Exchange, account: Account | None, params: Params) -> Any:
    require(account)
    return exchange.margin.limit(p.text(params, "market"), p.text(params, "ccy"))


@route("POST", "/v2/assets/amm/add-liquidity")
def add_amm_liquidity(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Adds at the pool's ratio; answers the caller's liquidity in the market afterwards."""
    caller, market = require(account), p.text(params, "market")
    exchange.amm.add(
        caller,
        market,
        p.decimal(params, "base_ccy_amount"),
        p.decimal(params, "quote_ccy_amount"),
    )
    return _amm_answer(exchange.amm.holding(caller, market))


@route("POST", "/v2/assets/amm/remove-liquidity")
def remove_amm_liquidity(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Takes the caller's whole share out; answers what is left (zeros), as CoinEx does."""
    caller, market = require(account), p.text(params, "market")
    exchange.amm.remove(caller, market)
    return _amm_answer(exchange.amm.holding(caller, market))


def _amm_answer(holding: dict[str, str]) -> dict[str, str]:
    """add/remove-liquidity answer: the holding without its currencies (docs examples)."""
    return {k: v for k, v in holding.items() if k not in ("base_ccy", "quote_ccy")}


@route("GET", "/v2/assets/amm/liquidity")
def amm_liquidity(exchange: Exchange, account: Account | None, params: Params) -> Any:
    exchange.amm.settle()
    return exchange.amm.holdings(require(account))


@route("GET", "/v2/assets/amm/liquidity-pool")
def amm_liquidity_pool(exchange: Exchange, account: Account | None, params: Params) -> Any:
    require(account)
    markets = p.market_list(
        params, [m for m, s in exchange.state.spot.markets.items() if s.is_amm_available]
    )
    return [exchange.amm.pool_info(market) for market in markets]


@route("GET", "/v2/assets/amm/income-history")
def amm_income_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Daily settlements of the caller's share in ``market``, newest first."""
    caller, market = require(account), p.text(params, "market")
    spec = exchange.amm.market(market)
    exchange.amm.settle()
    in_window = p.window(params)
    records = [
        {
            "created_at": r.created_at,
            "market": r.market,
            "base_ccy": spec.base_ccy,
            "quote_ccy": spec.quote_ccy,
            "base_ccy_amount": fmt(r.base_amount),
            "quote_ccy_amount": fmt(r.quote_amount),
            "liquidity": fmt(r.liquidity),
            "liquidity_proportion": fmt(r.proportion),
            "fee_dividend": fmt(r.fee_dividend),
        }
        for r in reversed(caller.amm_income)
        if r.market == market and in_window(r.created_at)
    ]
    return paginate(records, params, max_limit=100)


def transfer_move(params: Params, account_types: tuple[str, ...]) -> Transfer:
    """The move a transfer request names (this one's and the sub-account transfer's): from
    one of ``account_types`` to another, an amount of a currency."""
    return Transfer(
        from_account_type=p.one_of(params, "from_account_type", account_types),
        to_account_type=p.one_of(params, "to_account_type", account_types),
        ccy=p.text(params, "ccy"),
        amount=p.decimal(params, "amount"),
    )


@route("POST", "/v2/assets/transfer")
def post_transfer(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Moves funds between the caller's own accounts; CoinEx answers ``data: {}``."""
    exchange.assets.transfer(
        require(account),
        **transfer_move(params, ACCOUNT_TYPES),
        market=p.opt_text(params, "market"),
    )
    return {}


@route("GET", "/v2/assets/transfer-history")
def transfer_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Transfers of ``ccy`` to or from the FUTURES (or MARGIN) account, newest first."""
    ccy = p.text(params, "ccy")
    transfer_type = p.one_of(params, "transfer_type", ("FUTURES", "MARGIN"))
    market, status = p.opt_text(params, "market"), p.opt_text(params, "status")
    in_window = p.window(params)
    records = [
        r
        for r in reversed(require(account).transfers)
        if r.ccy == ccy
        and transfer_type in (r.from_account_type, r.to_account_type)
        and market in (None, r.margin_market)
        and status in (None, r.status)
        and in_window(r.created_at)
    ]
    return paginate([transfer(r) for r in records], params, with_total=True)


@route("GET", "/v2/assets/deposit-history")
def deposit_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Deposits newest first. The pagination key is ``paginatation``, as CoinEx really sends."""
    status = p.opt_text(params, "status")  # upper-case on the wire, as deposits are rendered
    records = [
        r
        for r in reversed(require(account).deposits)
        if p.matches(r, params, ("ccy", "tx_id")) and (status is None or status.lower() == r.status)
    ]
    return paginate(
        [deposit(r) for r in records], params, with_total=True, pagination_key="paginatation"
    )


@route("GET", "/v2/assets/deposit-address")
def deposit_address(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The caller's current address for ``ccy`` on ``chain`` (issued on first request)."""
    address = exchange.assets.deposit_address(
        require(account), p.text(params, "ccy"), p.text(params, "chain")
    )
    return {"address": address, "memo": ""}


@route("POST", "/v2/assets/renewal-deposit-address")
def renew_deposit_address(exchange: Exchange, account: Account | None, params: Params) -> Any:
    address = exchange.assets.deposit_address(
        require(account), p.text(params, "ccy"), p.text(params, "chain"), renew=True
    )
    return {"address": address, "memo": ""}


def _deposit_withdraw_config(exchange: Exchange, ccy: str) -> dict[str, Any]:
    """One currency's ``DepositWithdrawConfig``: what the sandbox accepts and charges."""
    fee = fmt(exchange.assets.withdraw_fees.get(ccy, ZERO))
    return {
        "asset": {
            "ccy": ccy,
            "deposit_enabled": True,
            "withdraw_enabled": True,
            "inter_transfer_enabled": True,
            "is_st": False,
        },
        "chains": [
            {
                "chain": chain,
                "min_deposit_amount": "0",
                "min_withdraw_amount": "0",
                "deposit_enabled": True,
                "withdraw_enabled": True,
                "deposit_delay_minutes": 0,
                "safe_confirmations": 10,
                "irreversible_confirmations": 20,
                "deflation_rate": "0",
                "withdrawal_fee": fee,
                "withdrawal_precision": 8,
                "memo": "",
                "is_memo_required_for_deposit": False,
                "explorer_asset_url": "",
            }
            for chain in exchange.assets.chains(ccy)
        ],
    }


@route("GET", "/v2/assets/deposit-withdraw-config")
def deposit_withdraw_config(exchange: Exchange, account: Account | None, params: Params) -> Any:
    return _deposit_withdraw_config(exchange, p.text(params, "ccy"))


@route("GET", "/v2/assets/all-deposit-withdraw-config")
def all_deposit_withdraw_config(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Every currency of the sandbox's markets, by name."""
    return [_deposit_withdraw_config(exchange, c) for c in sorted(exchange.assets.currencies())]


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
    withdraw_id = p.opt_integer(params, "withdraw_id")
    records = [
        r
        for r in reversed(require(account).withdrawals)
        if withdraw_id in (None, r.withdraw_id) and p.matches(r, params, ("ccy", "status"))
    ]
    return paginate([withdrawal(r) for r in records], params, with_total=True)


_JOURNAL_ENTRY = field_names("created_at ccy type balance change")


@route("GET", "/v2/assets/spot/transcation-history")
def transaction_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The SPOT account's journal of one ``type``, newest first: deposits, withdrawals and
    trades are journaled (the sandbox has no maker cash-back or investment interest)."""
    kind = p.one_of(params, "type", TRANSCATION_TYPES)
    ccy = p.opt_text(params, "ccy")
    in_window = p.window(params)
    records = [
        fields(e, _JOURNAL_ENTRY)
        for e in reversed(require(account).spot_journal)
        if e.type == kind and ccy in (None, e.ccy) and in_window(e.created_at)
    ]
    return paginate(records, params)


@route("GET", "/v2/assets/financial/balance")
def financial_balance(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The financial (earn) account: the sandbox has no way to fund one, so it is empty."""
    require(account)
    return []


ROUTES.refuse(
    "GET", "/v2/assets/credit/info", "the sandbox has no credit accounts (institutional loans)"
)
ROUTES.refuse(
    "GET",
    "/v2/assets/statement",
    "CoinEx documents neither the parameters nor the answer of this endpoint",
)

_FULL_NAMES = {"BTC": "Bitcoin", "ETH": "Ethereum", "USDT": "Tether USD"}


@route("GET", "/v2/assets/info")
def assets_info(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The sandbox's currencies and the chains they move on (no websites: a sandbox)."""
    wanted = p.opt_text(params, "ccy")
    return [
        {
            "short_name": ccy,
            "full_name": _FULL_NAMES.get(ccy, ccy),
            "website_url": "",
            "white_paper_url": "",
            "chain_info": [
                {"chain_name": chain, "identity": "", "explorer_url": ""}
                for chain in exchange.assets.chains(ccy)
            ],
        }
        for ccy in sorted(exchange.assets.currencies())
        if wanted in (None, ccy)
    ]


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
