"""Signed order endpoints of spot (and margin) and futures, written once for both venues.

Spot and futures share their order endpoints' logic: put, batch, modify, cancel (one, a batch,
all, by client id), stop orders, order status, pending and finished lists and the user's deals.
A ``Venue`` says what differs: the path prefix, the trading engine (with its stop orders), how
an order and a deal are rendered, the market-type rule (spot: ``SPOT`` or ``MARGIN``, required;
futures: only ``FUTURES``, which the spec makes optional since it is the only value) and the
fields an order request adds (spot's ``ccy``, futures stops' ``trigger_price_type``).

Batch endpoints answer ``code: 0`` overall and report each item separately. For
``POST /v2/spot/batch-order`` the sandbox follows ccxt's captured real response rather than the
docs example: a successful item is the bare order object, a failed one
``{"code": 3109, "data": null, ...}`` (docs/protocol/rest.md §3). Every other batch endpoint
wraps each item as ``{"code", "data", "message"}``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from ..engine._accounts import Account
from ..engine._errors import PARAMETER_ERROR, SandboxApiError
from ..engine._exchange import Exchange
from ..engine._futures import FuturesEngine
from ..engine._order_requests import OrderOptions, OrderRequest
from ..engine._orders import TRIGGER_PRICE_TYPES, Order, StopOrder, UserDeal
from ..engine._spot import SpotEngine
from ..render._render import (
    futures_order,
    futures_user_deal,
    spot_order,
    spot_user_deal,
    stop_order,
)
from . import _params as p
from ._routing import PaginatedData, RouteTable, error_item, ok_item, paginate, require

__all__ = ["FUTURES", "ROUTES", "SPOT", "Venue", "order_options"]

ROUTES = RouteTable()
Params = dict[str, Any]
PENDING_FILTERS = ("market", "side", "client_id")
FINISHED_FILTERS = ("market", "side")
FINISHED_ORDER_FILTERS = ("market", "side", "client_id")  # the client_id filter other clients send


def _bare(item: Any) -> Any:
    return item


@attrs.frozen
class Venue:
    """What spot and futures order endpoints differ in."""

    name: str
    """The path segment: ``/v2/{name}/order``."""
    engine: Callable[[Exchange], SpotEngine | FuturesEngine]
    render_order: Callable[..., dict[str, Any]]
    """``render_order(order, with_status=False)``."""
    render_deal: Callable[[UserDeal], dict[str, Any]]
    market_types: tuple[str, ...]
    default_market_type: str | None
    """None: ``market_type`` is required."""
    order_fields: Callable[[Params], dict[str, Any]]
    """The venue's own fields of an order request (beyond market, side, type, amount...)."""
    stop_fields: Callable[[Params], dict[str, Any]]
    batch_order_item: Callable[[dict[str, Any]], Any] = ok_item
    """How ``batch-order`` answers a placed order (spot: the bare order, see the docstring)."""

    def path(self, endpoint: str) -> str:
        return f"/v2/{self.name}/{endpoint}"

    def market_type(self, params: Params) -> str:
        """The request's ``market_type`` under the venue's rule (CoinEx's parameter error if
        it is not one of the venue's)."""
        return p.one_of(params, "market_type", self.market_types, default=self.default_market_type)


def _spot_order_fields(params: Params) -> dict[str, Any]:
    return {"market_type": SPOT.market_type(params), "ccy": p.opt_text(params, "ccy")}


def _futures_order_fields(params: Params) -> dict[str, Any]:
    FUTURES.market_type(params)
    return {}


def _futures_stop_fields(params: Params) -> dict[str, Any]:
    return {"trigger_price_type": p.one_of(params, "trigger_price_type", TRIGGER_PRICE_TYPES)}


SPOT = Venue(
    name="spot",
    engine=lambda exchange: exchange.spot,
    render_order=spot_order,
    render_deal=spot_user_deal,
    market_types=("SPOT", "MARGIN"),
    default_market_type=None,
    order_fields=_spot_order_fields,
    stop_fields=lambda params: {},
    batch_order_item=_bare,
)
FUTURES = Venue(
    name="futures",
    engine=lambda exchange: exchange.futures,
    render_order=futures_order,
    render_deal=futures_user_deal,
    market_types=("FUTURES",),
    default_market_type="FUTURES",
    order_fields=_futures_order_fields,
    stop_fields=_futures_stop_fields,
)


def order_options(params: Params) -> OrderOptions:
    """What an order request names besides its market, side, type and amount (put-order's and
    close-position's)."""
    return OrderOptions(
        price=p.opt_decimal(params, "price"),
        client_id=p.opt_text(params, "client_id") or "",
        is_hide=p.boolean(params, "is_hide"),
        stp_mode=p.opt_text(params, "stp_mode") or "",
    )


def _order_request(venue: Venue, params: Params) -> dict[str, Any]:
    """The keyword arguments of the venue engine's ``prepare``: its own fields and the
    ``OrderRequest`` both venues take."""
    venue_fields = venue.order_fields(params)
    request = OrderRequest(
        market=p.text(params, "market"),
        side=p.text(params, "side"),
        type=p.text(params, "type"),
        amount=p.decimal(params, "amount"),
        **order_options(params),
    )
    return {**venue_fields, **request}


def _place(venue: Venue, exchange: Exchange, account: Account, params: Params) -> Order:
    return venue.engine(exchange).place(account, **_order_request(venue, params))


def _place_stop(venue: Venue, exchange: Exchange, account: Account, params: Params) -> StopOrder:
    return venue.engine(exchange).stops.place(
        account,
        trigger_price=p.decimal(params, "trigger_price"),
        **venue.stop_fields(params),
        **_order_request(venue, params),
    )


def _modify(venue: Venue, exchange: Exchange, account: Account, params: Params) -> Order:
    venue.market_type(params)
    amount, price = p.opt_decimal(params, "amount"), p.opt_decimal(params, "price")
    if amount is None and price is None:
        raise SandboxApiError(PARAMETER_ERROR, "amount or price is required")
    return venue.engine(exchange).modify(
        account, p.text(params, "market"), p.integer(params, "order_id"), amount=amount, price=price
    )


def _each(items: list[Any], answer: Callable[[Any], Any]) -> list[Any]:
    """A batch's answer: ``answer(item)`` for each item, or its error item if it failed."""
    result: list[Any] = []
    for item in items:
        try:
            result.append(answer(item))
        except SandboxApiError as error:
            result.append(error_item(error))
    return result


def _register(venue: Venue) -> None:
    route, render = ROUTES.route, venue.render_order

    @route("POST", venue.path("order"))
    def put_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        return render(_place(venue, exchange, require(account), params))

    @route("POST", venue.path("stop-order"))
    def put_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        return {"stop_id": _place_stop(venue, exchange, require(account), params).stop_id}

    @route("POST", venue.path("batch-order"))
    def put_batch_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        caller = require(account)
        return _each(
            p.objects(params, "orders"),
            lambda item: venue.batch_order_item(render(_place(venue, exchange, caller, item))),
        )

    @route("POST", venue.path("batch-stop-order"))
    def put_batch_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        caller = require(account)
        return _each(
            p.objects(params, "orders"),
            lambda item: ok_item({"stop_id": _place_stop(venue, exchange, caller, item).stop_id}),
        )

    @route("POST", venue.path("modify-order"))
    def modify_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        return render(_modify(venue, exchange, require(account), params))

    @route("POST", venue.path("batch-modify-order"))
    def batch_modify_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        caller = require(account)
        return _each(
            p.objects(params, "orders"),
            lambda item: ok_item(render(_modify(venue, exchange, caller, item))),
        )

    @route("POST", venue.path("modify-stop-order"))
    def modify_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        venue.market_type(params)
        stop = venue.engine(exchange).stops.modify(
            require(account),
            p.text(params, "market"),
            p.integer(params, "stop_id"),
            amount=p.opt_decimal(params, "amount"),
            trigger_price=p.opt_decimal(params, "trigger_price"),
            price=p.opt_decimal(params, "price"),
        )
        return {"stop_id": stop.stop_id}

    @route("POST", venue.path("cancel-all-order"))
    def cancel_all_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        """Cancels the market's open orders (optionally one side); CoinEx answers ``data: {}``."""
        venue.market_type(params)
        venue.engine(exchange).cancel_all(
            require(account), p.text(params, "market"), p.opt_text(params, "side")
        )
        return {}

    @route("POST", venue.path("cancel-order"))
    def cancel_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        venue.market_type(params)
        order = venue.engine(exchange).cancel(
            require(account), p.text(params, "market"), p.integer(params, "order_id")
        )
        return render(order)

    @route("POST", venue.path("cancel-stop-order"))
    def cancel_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        venue.market_type(params)
        stop = venue.engine(exchange).stops.cancel(
            require(account), p.text(params, "market"), p.integer(params, "stop_id")
        )
        return stop_order(stop)

    @route("POST", venue.path("cancel-batch-order"))
    def cancel_batch_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        caller, market, engine = require(account), p.text(params, "market"), venue.engine(exchange)
        return _each(
            p.integers(params, "order_ids"),
            lambda order_id: ok_item(render(engine.cancel(caller, market, order_id))),
        )

    @route("POST", venue.path("cancel-batch-stop-order"))
    def cancel_batch_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        caller, market, stops = (
            require(account),
            p.text(params, "market"),
            venue.engine(exchange).stops,
        )
        return _each(
            p.integers(params, "stop_ids"),
            lambda stop_id: ok_item(stop_order(stops.cancel(caller, market, stop_id))),
        )

    @route("POST", venue.path("cancel-order-by-client-id"))
    def cancel_by_client_id(exchange: Exchange, account: Account | None, params: Params) -> Any:
        """Every open order carrying ``client_id``, one item each (3600 if there is none)."""
        venue.market_type(params)
        orders = venue.engine(exchange).cancel_by_client_id(
            require(account), p.opt_text(params, "market"), p.text(params, "client_id")
        )
        return [ok_item(render(order)) for order in orders]

    @route("POST", venue.path("cancel-stop-order-by-client-id"))
    def cancel_stop_by_client_id(
        exchange: Exchange, account: Account | None, params: Params
    ) -> Any:
        venue.market_type(params)
        stops = venue.engine(exchange).stops.cancel_by_client_id(
            require(account), p.opt_text(params, "market"), p.text(params, "client_id")
        )
        return [ok_item(stop_order(stop)) for stop in stops]

    @route("GET", venue.path("order-status"))
    def order_status(exchange: Exchange, account: Account | None, params: Params) -> Any:
        order = venue.engine(exchange).find_order(
            require(account), p.text(params, "market"), p.integer(params, "order_id")
        )
        return render(order, with_status=True)

    @route("GET", venue.path("batch-order-status"))
    def batch_order_status(exchange: Exchange, account: Account | None, params: Params) -> Any:
        caller, market, engine = require(account), p.text(params, "market"), venue.engine(exchange)
        return _each(
            p.integers(params, "order_ids"),
            lambda order_id: ok_item(
                render(engine.find_order(caller, market, order_id), with_status=True)
            ),
        )

    def listed(
        params: Params,
        items: list[Any],
        filters: tuple[str, ...],
        render: Callable[[Any], dict[str, Any]],
        *,
        with_total: bool = False,
    ) -> PaginatedData:
        """One page of the caller's orders (or stops) of the requested market type, filtered."""
        market_type = venue.market_type(params)
        kept = [i for i in items if i.market_type == market_type and p.matches(i, params, filters)]
        return paginate([render(i) for i in kept], params, with_total=with_total)

    @route("GET", venue.path("pending-order"))
    def pending_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        orders = venue.engine(exchange).pending(require(account))
        return listed(params, orders, PENDING_FILTERS, render, with_total=True)

    @route("GET", venue.path("finished-order"))
    def finished_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        orders = venue.engine(exchange).finished(require(account))
        return listed(params, orders, FINISHED_ORDER_FILTERS, render)

    @route("GET", venue.path("pending-stop-order"))
    def pending_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        stops = venue.engine(exchange).stops.pending(require(account))
        return listed(params, stops, PENDING_FILTERS, stop_order, with_total=True)

    @route("GET", venue.path("finished-stop-order"))
    def finished_stop_order(exchange: Exchange, account: Account | None, params: Params) -> Any:
        stops = venue.engine(exchange).stops.finished(require(account))
        return listed(params, stops, FINISHED_FILTERS, stop_order)

    @route("GET", venue.path("user-deals"))
    def user_deals(exchange: Exchange, account: Account | None, params: Params) -> Any:
        """The caller's trades in one market, newest first, optionally by side and time range."""
        market = p.text(params, "market")
        market_type = venue.market_type(params)
        side = p.opt_text(params, "side")
        in_window = p.window(params)
        deals = [
            d
            for d in reversed(require(account).deals)
            if d.market == market
            and d.market_type == market_type
            and side in (None, d.side)
            and in_window(d.created_at)
        ]
        return paginate([venue.render_deal(d) for d in deals], params)

    @route("GET", venue.path("order-deals"))
    def order_deals(exchange: Exchange, account: Account | None, params: Params) -> Any:
        venue.market_type(params)
        caller = require(account)
        order = venue.engine(exchange).find_order(
            caller, p.text(params, "market"), p.integer(params, "order_id")
        )
        deals = [d for d in reversed(caller.deals) if d.order_id == order.order_id]
        return paginate([venue.render_deal(d) for d in deals], params)


_register(SPOT)
_register(FUTURES)
