"""Signed futures endpoints: orders, stop orders, deals and positions (``market_type=FUTURES``)."""

from __future__ import annotations

from typing import Any

from . import _params as p
from ._accounts import Account
from ._errors import PARAMETER_ERROR, SandboxApiError
from ._exchange import Exchange
from ._orders import Order, StopOrder
from ._positions import Position
from ._render import futures_order, futures_user_deal, stop_order
from ._render_records import position
from ._routing import RouteTable, error_item, ok_item, paginate, require

__all__ = ["ROUTES"]

ROUTES = RouteTable()
route = ROUTES.route
Params = dict[str, Any]
PENDING_FILTERS = ("market", "side", "client_id")
FINISHED_FILTERS = ("market", "side")
FINISHED_ORDER_FILTERS = ("market", "side", "client_id")  # the client_id filter other clients send
FUTURES_TYPES = ("FUTURES",)


def _market_type(params: Params) -> None:
    """Futures functions accept only ``market_type=FUTURES`` (docs enumerations); the spec
    makes it optional since it has one possible value, so absent means FUTURES."""
    p.one_of(params, "market_type", FUTURES_TYPES, default="FUTURES")


def _order_request(params: Params) -> dict[str, Any]:
    _market_type(params)
    return {
        "market": p.text(params, "market"),
        "side": p.text(params, "side"),
        "type": p.text(params, "type"),
        "amount": p.decimal(params, "amount"),
        "price": p.opt_decimal(params, "price"),
        "client_id": p.opt_text(params, "client_id") or "",
        "is_hide": p.boolean(params, "is_hide"),
        "stp_mode": p.opt_text(params, "stp_mode") or "",
    }


def _place(exchange: Exchange, account: Account, params: Params) -> Order:
    return exchange.futures.place(account, **_order_request(params))


def _place_stop(exchange: Exchange, account: Account, params: Params) -> StopOrder:
    return exchange.futures_stops.place(
        account,
        trigger_price=p.decimal(params, "trigger_price"),
        trigger_price_type=p.one_of(
            params, "trigger_price_type", ("latest_price", "mark_price", "index_price")
        ),
        **_order_request(params),
    )


def _position(exchange: Exchange, pos: Position) -> dict[str, Any]:
    return position(
        pos, exchange.futures.market(pos.market), exchange.futures.mark_price(pos.market)
    )


@route("POST", "/v2/futures/order")
def put_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    return futures_order(_place(exchange, require(account), params))


@route("POST", "/v2/futures/stop-order")
def put_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    return {"stop_id": _place_stop(exchange, require(account), params).stop_id}


@route("POST", "/v2/futures/batch-order")
def put_batch_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    caller = require(account)
    result = []
    for item in p.objects(params, "orders"):
        try:
            result.append(ok_item(futures_order(_place(exchange, caller, item))))
        except SandboxApiError as error:
            result.append(error_item(error))
    return result


@route("POST", "/v2/futures/batch-stop-order")
def put_batch_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    caller = require(account)
    result = []
    for item in p.objects(params, "orders"):
        try:
            result.append(ok_item({"stop_id": _place_stop(exchange, caller, item).stop_id}))
        except SandboxApiError as error:
            result.append(error_item(error))
    return result


def _modify(exchange: Exchange, account: Account, params: Params) -> Order:
    _market_type(params)
    amount, price = p.opt_decimal(params, "amount"), p.opt_decimal(params, "price")
    if amount is None and price is None:
        raise SandboxApiError(PARAMETER_ERROR, "amount or price is required")
    return exchange.futures.modify(
        account, p.text(params, "market"), p.integer(params, "order_id"), amount=amount, price=price
    )


@route("POST", "/v2/futures/modify-order")
def modify_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    return futures_order(_modify(exchange, require(account), params))


@route("POST", "/v2/futures/batch-modify-order")
def batch_modify_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    caller = require(account)
    result = []
    for item in p.objects(params, "orders"):
        try:
            result.append(ok_item(futures_order(_modify(exchange, caller, item))))
        except SandboxApiError as error:
            result.append(error_item(error))
    return result


@route("POST", "/v2/futures/modify-stop-order")
def modify_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    stop = exchange.futures_stops.modify(
        require(account),
        p.text(params, "market"),
        p.integer(params, "stop_id"),
        amount=p.opt_decimal(params, "amount"),
        trigger_price=p.opt_decimal(params, "trigger_price"),
        price=p.opt_decimal(params, "price"),
    )
    return {"stop_id": stop.stop_id}


@route("POST", "/v2/futures/cancel-all-order")
def cancel_all_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    exchange.futures.cancel_all(
        require(account), p.text(params, "market"), p.opt_text(params, "side")
    )
    return {}


@route("POST", "/v2/futures/cancel-order")
def cancel_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    order = exchange.futures.cancel(
        require(account), p.text(params, "market"), p.integer(params, "order_id")
    )
    return futures_order(order)


@route("POST", "/v2/futures/cancel-stop-order")
def cancel_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    stop = exchange.futures_stops.cancel(
        require(account), p.text(params, "market"), p.integer(params, "stop_id")
    )
    return stop_order(stop)


@route("POST", "/v2/futures/cancel-batch-order")
def cancel_batch_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    caller, market = require(account), p.text(params, "market")
    result = []
    for order_id in p.integers(params, "order_ids"):
        try:
            result.append(ok_item(futures_order(exchange.futures.cancel(caller, market, order_id))))
        except SandboxApiError as error:
            result.append(error_item(error))
    return result


@route("POST", "/v2/futures/cancel-batch-stop-order")
def cancel_batch_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    caller, market = require(account), p.text(params, "market")
    result = []
    for stop_id in p.integers(params, "stop_ids"):
        try:
            stop = exchange.futures_stops.cancel(caller, market, stop_id)
            result.append(ok_item(stop_order(stop)))
        except SandboxApiError as error:
            result.append(error_item(error))
    return result


@route("POST", "/v2/futures/cancel-order-by-client-id")
def cancel_by_client_id(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    orders = exchange.futures.cancel_by_client_id(
        require(account), p.opt_text(params, "market"), p.text(params, "client_id")
    )
    return [ok_item(futures_order(order)) for order in orders]


@route("POST", "/v2/futures/cancel-stop-order-by-client-id")
def cancel_stop_by_client_id(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    stops = exchange.futures_stops.cancel_by_client_id(
        require(account), p.opt_text(params, "market"), p.text(params, "client_id")
    )
    return [ok_item(stop_order(stop)) for stop in stops]


@route("GET", "/v2/futures/order-status")
def order_status(exchange: Exchange, account: Account | None, params: Params) -> Any:
    order = exchange.futures.find_order(
        require(account), p.text(params, "market"), p.integer(params, "order_id")
    )
    return futures_order(order, with_status=True)


@route("GET", "/v2/futures/batch-order-status")
def batch_order_status(exchange: Exchange, account: Account | None, params: Params) -> Any:
    caller, market = require(account), p.text(params, "market")
    result = []
    for order_id in p.integers(params, "order_ids"):
        try:
            order = exchange.futures.find_order(caller, market, order_id)
            result.append(ok_item(futures_order(order, with_status=True)))
        except SandboxApiError as error:
            result.append(error_item(error))
    return result


@route("GET", "/v2/futures/pending-order")
def pending_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    orders = [
        o
        for o in exchange.futures.pending(require(account))
        if p.matches(o, params, PENDING_FILTERS)
    ]
    number, limit = p.page(params)
    return paginate([futures_order(o) for o in orders], number, limit, with_total=True)


@route("GET", "/v2/futures/finished-order")
def finished_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    orders = [
        o
        for o in exchange.futures.finished(require(account))
        if p.matches(o, params, FINISHED_ORDER_FILTERS)
    ]
    number, limit = p.page(params)
    return paginate([futures_order(o) for o in orders], number, limit)


@route("GET", "/v2/futures/pending-stop-order")
def pending_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    stops = [
        s
        for s in exchange.futures_stops.pending(require(account))
        if p.matches(s, params, PENDING_FILTERS)
    ]
    number, limit = p.page(params)
    return paginate([stop_order(s) for s in stops], number, limit, with_total=True)


@route("GET", "/v2/futures/finished-stop-order")
def finished_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    stops = [
        s
        for s in exchange.futures_stops.finished(require(account))
        if p.matches(s, params, FINISHED_FILTERS)
    ]
    number, limit = p.page(params)
    return paginate([stop_order(s) for s in stops], number, limit)


@route("GET", "/v2/futures/user-deals")
def user_deals(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    market, side = p.text(params, "market"), p.opt_text(params, "side")
    start, end = p.opt_integer(params, "start_time"), p.opt_integer(params, "end_time")
    deals = [
        d
        for d in reversed(require(account).deals)
        if d.market == market
        and d.market_type == "FUTURES"
        and side in (None, d.side)
        and (start is None or d.created_at >= start)
        and (end is None or d.created_at <= end)
    ]
    number, limit = p.page(params)
    return paginate([futures_user_deal(d) for d in deals], number, limit)


@route("GET", "/v2/futures/order-deals")
def order_deals(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    caller = require(account)
    order = exchange.futures.find_order(
        caller, p.text(params, "market"), p.integer(params, "order_id")
    )
    deals = [d for d in reversed(caller.deals) if d.order_id == order.order_id]
    number, limit = p.page(params)
    return paginate([futures_user_deal(d) for d in deals], number, limit)


@route("GET", "/v2/futures/pending-position")
def pending_position(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    market = p.opt_text(params, "market")
    positions = [
        pos for name, pos in sorted(require(account).positions.items()) if market in (None, name)
    ]
    number, limit = p.page(params)
    return paginate([_position(exchange, pos) for pos in positions], number, limit)


@route("GET", "/v2/futures/finished-position")
def finished_position(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    market = p.opt_text(params, "market")
    start, end = p.opt_integer(params, "start_time"), p.opt_integer(params, "end_time")
    positions = [
        pos
        for pos in reversed(require(account).finished_positions)
        if market in (None, pos.market)
        and (start is None or pos.created_at >= start)
        and (end is None or pos.created_at <= end)
    ]
    number, limit = p.page(params)
    return paginate([_position(exchange, pos) for pos in positions], number, limit)


@route("POST", "/v2/futures/close-position")
def close_position(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """A reduce-only order for all (or ``amount`` of) the position; returns the order."""
    _market_type(params)
    order = exchange.futures.close_position(
        require(account),
        market=p.text(params, "market"),
        type=p.one_of(params, "type", ("limit", "market")),
        price=p.opt_decimal(params, "price"),
        amount=p.opt_decimal(params, "amount"),
        client_id=p.opt_text(params, "client_id") or "",
        is_hide=p.boolean(params, "is_hide"),
        stp_mode=p.opt_text(params, "stp_mode") or "",
    )
    return futures_order(order)


@route("POST", "/v2/futures/adjust-position-margin")
def adjust_position_margin(exchange: Exchange, account: Account | None, params: Params) -> Any:
    _market_type(params)
    pos = exchange.futures.adjust_margin(
        require(account), market=p.text(params, "market"), amount=p.decimal(params, "amount")
    )
    return _position(exchange, pos)


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
