"""Signed futures position endpoints: open and finished positions, closing one, its margin and
leverage (``market_type=FUTURES``). The order endpoints futures shares with spot are in
``_routes_orders``."""

from __future__ import annotations

from typing import Any

from ..engine._accounts import Account
from ..engine._exchange import Exchange
from ..engine._positions import Position
from ..render._render import futures_order
from ..render._render_records import position
from . import _params as p
from ._routes_orders import FUTURES, order_options
from ._routing import RouteTable, paginate, require

__all__ = ["ROUTES", "position_data"]

ROUTES = RouteTable()
route = ROUTES.route
Params = dict[str, Any]
_market_type = FUTURES.market_type


def position_data(exchange: Exchange, pos: Position) -> dict[str, Any]:
    """A position as the futures position endpoints answer it (at the current mark price)."""
    return position(
        pos, exchange.futures.market(pos.market), exchange.futures.mark_price(pos.market)
    )


@route("GET", "/v2/futures/pending-position")
def pending_position(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    market = p.opt_text(params, "market")
    positions = [
        pos for name, pos in sorted(require(account).positions.items()) if market in (None, name)
    ]
    return paginate([position_data(exchange, pos) for pos in positions], params)


@route("GET", "/v2/futures/finished-position")
def finished_position(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    market = p.opt_text(params, "market")
    in_window = p.window(params)
    positions = [
        pos
        for pos in reversed(require(account).finished_positions)
        if market in (None, pos.market) and in_window(pos.created_at)
    ]
    return paginate([position_data(exchange, pos) for pos in positions], params)


@route("POST", "/v2/futures/close-position")
def close_position(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """A reduce-only order for all (or ``amount`` of) the position; returns the order."""
    _market_type(params)
    order = exchange.futures.close_position(
        require(account),
        market=p.text(params, "market"),
        type=p.one_of(params, "type", ("limit", "market")),
        amount=p.opt_decimal(params, "amount"),
        **order_options(params),
    )
    return futures_order(order)


@route("POST", "/v2/futures/adjust-position-margin")
def adjust_position_margin(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    pos = exchange.futures.adjust_margin(
        require(account), market=p.text(params, "market"), amount=p.decimal(params, "amount")
    )
    return position_data(exchange, pos)


@route("POST", "/v2/futures/adjust-position-leverage")
def adjust_position_leverage(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    settings = exchange.futures.adjust_leverage(
        require(account),
        market=p.text(params, "market"),
        margin_mode=p.one_of(params, "margin_mode", ("isolated", "cross")),
        leverage=p.integer(params, "leverage"),
    )
    return {"margin_mode": settings.margin_mode, "leverage": settings.leverage}
