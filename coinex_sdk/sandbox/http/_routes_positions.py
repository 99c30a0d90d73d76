"""Futures position endpoints beyond orders: take-profit / stop-loss, funding and the position
histories (``market_type=FUTURES``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..engine._accounts import Account
from ..engine._exchange import Exchange
from ..engine._num import fmt
from ..engine._positions import TpSlKind
from . import _params as p
from ._routes_futures import position_data as _position
from ._routes_orders import FUTURES
from ._routing import RouteTable, paginate, require

__all__ = ["ROUTES"]

ROUTES = RouteTable()
route = ROUTES.route
Params = dict[str, Any]


_market_type = FUTURES.market_type


def _set(exchange: Exchange, account: Account | None, params: Params, kind: TpSlKind) -> Any:
    _market_type(params)
    pos = exchange.position_tpsl.set(
        require(account),
        kind,
        market=p.text(params, "market"),
        price_type=p.text(params, f"{kind}_type"),
        price=p.decimal(params, f"{kind}_price"),
        amount=p.opt_decimal(params, f"{kind}_amount"),
    )
    return _position(exchange, pos)


def _modify(exchange: Exchange, account: Account | None, params: Params, kind: TpSlKind) -> Any:
    _market_type(params)
    pos = exchange.position_tpsl.modify(
        require(account),
        kind,
        market=p.text(params, "market"),
        tpsl_id=p.integer(params, f"{kind}_id"),
        price_type=p.opt_text(params, f"{kind}_type"),
        price=p.opt_decimal(params, f"{kind}_price"),
        amount=p.opt_decimal(params, f"{kind}_amount"),
    )
    return _position(exchange, pos)


def _cancel(exchange: Exchange, account: Account | None, params: Params, kind: TpSlKind) -> Any:
    _market_type(params)
    pos = exchange.position_tpsl.cancel(
        require(account),
        kind,
        market=p.text(params, "market"),
        tpsl_id=p.opt_integer(params, f"{kind}_id"),
    )
    return _position(exchange, pos)


@route("POST", "/v2/futures/set-position-take-profit")
def set_take_profit(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """A take-profit on the position (whole, or ``take_profit_amount``); returns the position."""
    return _set(exchange, account, params, "take_profit")


@route("POST", "/v2/futures/set-position-stop-loss")
def set_stop_loss(exchange: Exchange, account: Account | None, params: Params) -> Any:
    return _set(exchange, account, params, "stop_loss")


@route("POST", "/v2/futures/modify-position-take-profit")
def modify_take_profit(exchange: Exchange, account: Account | None, params: Params) -> Any:
    return _modify(exchange, account, params, "take_profit")


@route("POST", "/v2/futures/modify-position-stop-loss")
def modify_stop_loss(exchange: Exchange, account: Account | None, params: Params) -> Any:
    return _modify(exchange, account, params, "stop_loss")


@route("POST", "/v2/futures/cancel-position-take-profit")
def cancel_take_profit(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """One take-profit by ``take_profit_id``, or all of them without it."""
    return _cancel(exchange, account, params, "take_profit")


@route("POST", "/v2/futures/cancel-position-stop-loss")
def cancel_stop_loss(exchange: Exchange, account: Account | None, params: Params) -> Any:
    return _cancel(exchange, account, params, "stop_loss")


def _in_window(created_at: int, params: Params) -> bool:
    start, end = p.opt_integer(params, "start_time"), p.opt_integer(params, "end_time")
    return (start is None or created_at >= start) and (end is None or created_at <= end)


@route("GET", "/v2/futures/funding-rate-history")
def funding_rate_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The market's funding settlements, newest first (``_funding``)."""
    market = p.text(params, "market")
    exchange.futures.market(market)
    records = [
        {
            "market": r.market,
            "funding_time": r.funding_time,
            "theoretical_funding_rate": fmt(r.theoretical_rate),
            "actual_funding_rate": fmt(r.actual_rate),
        }
        for r in reversed(exchange.funding.rate_history)
        if r.market == market and _in_window(r.funding_time, params)
    ]
    number, limit = p.page(params)
    return paginate(records, number, limit)


@route("GET", "/v2/futures/position-funding-history")
def position_funding_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """What the caller's positions paid (negative ``funding_value``) or received, newest first."""
    _market_type(params)
    caller, market = require(account), p.opt_text(params, "market")
    records = [
        {
            "position_id": r.position_id,
            "market": r.market,
            "market_type": "FUTURES",
            "ccy": r.ccy,
            "side": r.side,
            "margin_mode": r.margin_mode,
            "open_interest": fmt(r.open_interest),
            "settle_price": fmt(r.settle_price),
            "funding_rate": fmt(r.funding_rate),
            "funding_value": fmt(r.funding_value),
            "created_at": r.created_at,
        }
        for r in reversed(exchange.funding.position_history)
        if r.user_id == caller.user_id
        and market in (None, r.market)
        and _in_window(r.created_at, params)
    ]
    number, limit = p.page(params)
    return paginate(records, number, limit)


@route("GET", "/v2/futures/liquidation-history")
def liquidation_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The market's liquidations, newest first (``_liquidation``)."""
    market = p.text(params, "market")
    exchange.futures.market(market)
    records = [
        {
            "market": r.market,
            "side": r.side,
            "liq_price": fmt(r.liq_price),
            "liq_amount": fmt(r.liq_amount),
            "bkr_price": fmt(r.bkr_price),
            "created_at": r.created_at,
        }
        for r in reversed(exchange.liquidation.history)
        if r.market == market and _in_window(r.created_at, params)
    ]
    number, limit = p.page(params)
    return paginate(records, number, limit)


@route("GET", "/v2/futures/position-margin-history")
def position_margin_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The caller's margin adjustments, newest first; ``bkr_pirce`` as the real response
    spells it (and ``bkr_price`` as the docs do)."""
    _market_type(params)
    caller, market = require(account), p.opt_text(params, "market")
    position_id = p.opt_integer(params, "position_id")
    records = [
        {
            "position_id": r.position_id,
            "market": r.market,
            "market_type": "FUTURES",
            "margin_mode": r.margin_mode,
            "leverage": str(r.leverage),
            "liq_price": fmt(r.liq_price),
            "bkr_pirce": fmt(r.bkr_price),
            "bkr_price": fmt(r.bkr_price),
            "settle_price": fmt(r.settle_price),
            "open_interest": fmt(r.open_interest),
            "margin_avbl": fmt(r.margin_avbl),
            "margin_change": fmt(r.margin_change),
            "created_at": r.created_at,
        }
        for r in reversed(exchange.futures.margin_history)
        if r.user_id == caller.user_id
        and market in (None, r.market)
        and position_id in (None, r.position_id)
        and _in_window(r.created_at, params)
    ]
    number, limit = p.page(params)
    return paginate(records, number, limit)


@route("GET", "/v2/futures/position-level")
def position_level(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The margin tiers the engine applies: one tier per market (any size, up to the market's
    highest leverage, at its one maintenance margin rate)."""
    names = p.market_list(params, exchange.state.futures.markets)
    result = []
    for name in names:
        spec = exchange.futures.market(name)
        top = max(spec.leverage)
        tier = {
            "amount": "1000000000",
            "leverage": str(top),
            "maintenance_margin_rate": fmt(spec.maintenance_margin_rate),
            "min_initial_margin_rate": fmt(Decimal(1) / Decimal(top)),
        }
        result.append({"market": name, "level": [tier]})
    return result


@route("GET", "/v2/futures/position-adl-history")
def position_adl_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The caller's auto-deleveraging fills, newest first (``_liquidation``)."""
    _market_type(params)
    caller, market = require(account), p.opt_text(params, "market")
    position_id = p.opt_integer(params, "position_id")
    records = [
        {
            "position_id": r.position_id,
            "market": r.market,
            "market_type": "FUTURES",
            "order_id": r.order_id,
            "deal_id": r.deal_id,
            "amount": fmt(r.amount),
            "price": fmt(r.price),
            "side": r.side,
            "role": r.role,
            "created_at": r.created_at,
        }
        for r in reversed(exchange.liquidation.adl_history)
        if r.user_id == caller.user_id
        and market in (None, r.market)
        and position_id in (None, r.position_id)
        and _in_window(r.created_at, params)
    ]
    number, limit = p.page(params)
    return paginate(records, number, limit)


ROUTES.refuse(
    "GET",
    "/v2/futures/position-settle-history",
    "CoinEx does not document what auto-settlement does, so the sandbox never settles",
)
