"""Signed futures position endpoints beyond orders: take-profit / stop-loss and the position
histories (``market_type=FUTURES``)."""

from __future__ import annotations

from typing import Any

from . import _params as p
from ._accounts import Account
from ._exchange import Exchange
from ._positions import Position, TpSlKind
from ._render_records import position
from ._routing import RouteTable, require

__all__ = ["ROUTES"]

ROUTES = RouteTable()
route = ROUTES.route
Params = dict[str, Any]


def _market_type(params: Params) -> None:
    p.one_of(params, "market_type", ("FUTURES",), default="FUTURES")


def _position(exchange: Exchange, pos: Position) -> dict[str, Any]:
    return position(
        pos, exchange.futures.market(pos.market), exchange.futures.mark_price(pos.market)
    )


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
