"""Signed spot and margin trading endpoints: orders, stop orders and the user's deals.

Batch endpoints answer ``code: 0`` overall and report each item separately. For
``POST /v2/spot/batch-order`` the sandbox follows ccxt's captured real response rather than the
docs example: a successful item is the bare order object, a failed one
``{"code": 3109, "data": null, "message": ...}`` (rest-facts §3). Every other batch endpoint
wraps each item as ``{"code", "data", "message"}``.
"""

from __future__ import annotations

from typing import Any

from . import _params as p
from ._accounts import Account
from ._errors import PARAMETER_ERROR, SandboxApiError
from ._exchange import Exchange
from ._orders import Order, StopOrder
from ._render import spot_order, spot_user_deal, stop_order
from ._routing import RouteTable, error_item, ok_item, paginate, require

__all__ = ["ROUTES"]

ROUTES = RouteTable()
route = ROUTES.route
Params = dict[str, Any]
PENDING_FILTERS = ("market", "side", "client_id")
FINISHED_FILTERS = ("market", "side")
FINISHED_ORDER_FILTERS = ("market", "side", "client_id")  # the client_id filter other clients send
SPOT_TYPES = ("SPOT", "MARGIN")


def _order_request(params: Params) -> dict[str, Any]:
    return {
        "market": p.text(params, "market"),
        "market_type": p.one_of(params, "market_type", SPOT_TYPES),
        "side": p.text(params, "side"),
        "type": p.text(params, "type"),
        "amount": p.decimal(params, "amount"),
        "price": p.opt_decimal(params, "price"),
        "ccy": p.opt_text(params, "ccy"),
        "client_id": p.opt_text(params, "client_id") or "",
        "is_hide": p.boolean(params, "is_hide"),
        "stp_mode": p.opt_text(params, "stp_mode") or "",
    }


def _place(exchange: Exchange, account: Account, params: Params) -> Order:
    return exchange.spot.place(account, **_order_request(params))


def _place_stop(exchange: Exchange, account: Account, params: Params) -> StopOrder:
    return exchange.spot_stops.place(
        account, trigger_price=p.decimal(params, "trigger_price"), **_order_request(params)
    )


@route("POST", "/v2/spot/order")
def put_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    return spot_order(_place(exchange, require(account), params))


@route("POST", "/v2/spot/stop-order")
def put_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    return {"stop_id": _place_stop(exchange, require(account), params).stop_id}


@route("POST", "/v2/spot/batch-order")
def put_batch_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    caller = require(account)
    result: list[Any] = []
    for item in p.objects(params, "orders"):
        try:
            result.append(spot_order(_place(exchange, caller, item)))
        except SandboxApiError as error:
            result.append(error_item(error))
    return result


@route("POST", "/v2/spot/batch-stop-order")
def put_batch_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    caller = require(account)
    result: list[Any] = []
    for item in p.objects(params, "orders"):
        try:
            result.append(ok_item({"stop_id": _place_stop(exchange, caller, item).stop_id}))
        except SandboxApiError as error:
            result.append(error_item(error))
    return result


def _modify(exchange: Exchange, account: Account, params: Params) -> Order:
    p.one_of(params, "market_type", SPOT_TYPES)
    amount, price = p.opt_decimal(params, "amount"), p.opt_decimal(params, "price")
    if amount is None and price is None:
        raise SandboxApiError(PARAMETER_ERROR, "amount or price is required")
    return exchange.spot.modify(
        account,
        p.text(params, "market"),
        p.integer(params, "order_id"),
        amount=amount,
        price=price,
    )


@route("POST", "/v2/spot/modify-order")
def modify_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    return spot_order(_modify(exchange, require(account), params))


@route("POST", "/v2/spot/batch-modify-order")
def batch_modify_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    caller = require(account)
    result: list[Any] = []
    for item in p.objects(params, "orders"):
        try:
            result.append(ok_item(spot_order(_modify(exchange, caller, item))))
        except SandboxApiError as error:
            result.append(error_item(error))
    return result


@route("POST", "/v2/spot/modify-stop-order")
def modify_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    p.one_of(params, "market_type", SPOT_TYPES)
    stop = exchange.spot_stops.modify(
        require(account),
        p.text(params, "market"),
        p.integer(params, "stop_id"),
        amount=p.opt_decimal(params, "amount"),
        trigger_price=p.opt_decimal(params, "trigger_price"),
        price=p.opt_decimal(params, "price"),
    )
    return {"stop_id": stop.stop_id}


@route("POST", "/v2/spot/cancel-all-order")
def cancel_all_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Cancels the market's open orders (optionally one side); CoinEx answers ``data: {}``."""
    p.one_of(params, "market_type", SPOT_TYPES)
    side = p.opt_text(params, "side")
    exchange.spot.cancel_all(require(account), p.text(params, "market"), side)
    return {}


@route("POST", "/v2/spot/cancel-order")
def cancel_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    p.one_of(params, "market_type", SPOT_TYPES)
    order = exchange.spot.cancel(
        require(account), p.text(params, "market"), p.integer(params, "order_id")
    )
    return spot_order(order)


@route("POST", "/v2/spot/cancel-stop-order")
def cancel_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    p.one_of(params, "market_type", SPOT_TYPES)
    stop = exchange.spot_stops.cancel(
        require(account), p.text(params, "market"), p.integer(params, "stop_id")
    )
    return stop_order(stop)


@route("POST", "/v2/spot/cancel-batch-order")
def cancel_batch_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    caller, market = require(account), p.text(params, "market")
    result = []
    for order_id in p.integers(params, "order_ids"):
        try:
            result.append(ok_item(spot_order(exchange.spot.cancel(caller, market, order_id))))
        except SandboxApiError as error:
            result.append(error_item(error))
    return result


@route("POST", "/v2/spot/cancel-batch-stop-order")
def cancel_batch_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    caller, market = require(account), p.text(params, "market")
    result = []
    for stop_id in p.integers(params, "stop_ids"):
        try:
            result.append(ok_item(stop_order(exchange.spot_stops.cancel(caller, market, stop_id))))
        except SandboxApiError as error:
            result.append(error_item(error))
    return result


@route("POST", "/v2/spot/cancel-order-by-client-id")
def cancel_by_client_id(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Every open order carrying ``client_id``, one item each (3600 if there is none)."""
    p.one_of(params, "market_type", SPOT_TYPES)
    orders = exchange.spot.cancel_by_client_id(
        require(account), p.opt_text(params, "market"), p.text(params, "client_id")
    )
    return [ok_item(spot_order(order)) for order in orders]


@route("POST", "/v2/spot/cancel-stop-order-by-client-id")
def cancel_stop_by_client_id(exchange: Exchange, account: Account | None, params: Params) -> Any:
    p.one_of(params, "market_type", SPOT_TYPES)
    stops = exchange.spot_stops.cancel_by_client_id(
        require(account), p.opt_text(params, "market"), p.text(params, "client_id")
    )
    return [ok_item(stop_order(stop)) for stop in stops]


@route("GET", "/v2/spot/order-status")
def order_status(exchange: Exchange, account: Account | None, params: Params) -> Any:
    order = exchange.spot.find_order(
        require(account), p.text(params, "market"), p.integer(params, "order_id")
    )
    return spot_order(order, with_status=True)


@route("GET", "/v2/spot/batch-order-status")
def batch_order_status(exchange: Exchange, account: Account | None, params: Params) -> Any:
    caller, market = require(account), p.text(params, "market")
    result = []
    for order_id in p.integers(params, "order_ids"):
        try:
            order = exchange.spot.find_order(caller, market, order_id)
            result.append(ok_item(spot_order(order, with_status=True)))
        except SandboxApiError as error:
            result.append(error_item(error))
    return result


@route("GET", "/v2/spot/pending-order")
def pending_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    market_type = p.one_of(params, "market_type", SPOT_TYPES)
    orders = [
        o
        for o in exchange.spot.pending(require(account))
        if o.market_type == market_type and p.matches(o, params, PENDING_FILTERS)
    ]
    number, limit = p.page(params)
    return paginate([spot_order(o) for o in orders], number, limit, with_total=True)


@route("GET", "/v2/spot/finished-order")
def finished_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    market_type = p.one_of(params, "market_type", SPOT_TYPES)
    orders = [
        o
        for o in exchange.spot.finished(require(account))
        if o.market_type == market_type and p.matches(o, params, FINISHED_ORDER_FILTERS)
    ]
    number, limit = p.page(params)
    return paginate([spot_order(o) for o in orders], number, limit)


@route("GET", "/v2/spot/pending-stop-order")
def pending_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    market_type = p.one_of(params, "market_type", SPOT_TYPES)
    stops = exchange.spot_stops.pending(require(account))
    items = [
        stop_order(s)
        for s in stops
        if s.market_type == market_type and p.matches(s, params, PENDING_FILTERS)
    ]
    number, limit = p.page(params)
    return paginate(items, number, limit, with_total=True)


@route("GET", "/v2/spot/finished-stop-order")
def finished_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
    market_type = p.one_of(params, "market_type", SPOT_TYPES)
    stops = exchange.spot_stops.finished(require(account))
    items = [
        stop_order(s)
        for s in stops
        if s.market_type == market_type and p.matches(s, params, FINISHED_FILTERS)
    ]
    number, limit = p.page(params)
    return paginate(items, number, limit)


@route("GET", "/v2/spot/user-deals")
def user_deals(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The caller's trades in one market, newest first, optionally by side and time range."""
    market = p.text(params, "market")
    market_type = p.one_of(params, "market_type", SPOT_TYPES)
    side = p.opt_text(params, "side")
    start, end = p.opt_integer(params, "start_time"), p.opt_integer(params, "end_time")
    deals = [
        d
        for d in reversed(require(account).deals)
        if d.market == market
        and d.market_type == market_type
        and side in (None, d.side)
        and (start is None or d.created_at >= start)
        and (end is None or d.created_at <= end)
    ]
    number, limit = p.page(params)
    return paginate([spot_user_deal(d) for d in deals], number, limit)


@route("GET", "/v2/spot/order-deals")
def order_deals(exchange: Exchange, account: Account | None, params: Params) -> Any:
    caller = require(account)
    order = exchange.spot.find_order(
        caller, p.text(params, "market"), p.integer(params, "order_id")
    )
    deals = [d for d in reversed(caller.deals) if d.order_id == order.order_id]
    number, limit = p.page(params)
    return paginate([spot_user_deal(d) for d in deals], number, limit)
