"""Public endpoints: time, ping, and the spot and futures market data (no signature)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ..engine._accounts import Account
from ..engine._errors import PARAMETER_ERROR, SandboxApiError
from ..engine._events import Scope
from ..engine._exchange import Exchange
from ..engine._marketdata import KLINE_PERIODS, MarketData, PriceSample
from ..engine._num import fmt
from ..engine._orders import TRIGGER_PRICE_TYPES
from ..render._fields import field_names, fields
from ..render._render import public_deal
from ..render._render_records import futures_market, spot_market
from . import _params as p
from ._routing import Handler, RouteTable, paginate

__all__ = ["ROUTES"]

ROUTES = RouteTable()
route = ROUTES.route
Params = dict[str, Any]
SCOPES: tuple[Scope, ...] = ("spot", "futures")


@route("GET", "/v2/time")
def get_time(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Server time in ms; clients learn their clock offset from it."""
    return {"timestamp": exchange.wire_now_ms()}


@route("GET", "/v2/ping")
def ping(exchange: Exchange, account: Account | None, params: Params) -> Any:
    return {"result": "pong"}


@route("GET", "/v2/maintain/info")
def maintain_info(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """No maintenance is ever scheduled in the sandbox."""
    return []


@route("GET", "/v2/spot/market")
def spot_markets(exchange: Exchange, account: Account | None, params: Params) -> Any:
    markets = exchange.state.spot.markets
    return [spot_market(markets[name]) for name in p.market_list(params, markets)]


@route("GET", "/v2/futures/market")
def futures_markets(exchange: Exchange, account: Account | None, params: Params) -> Any:
    markets = exchange.state.futures.markets
    return [
        futures_market(markets[name], exchange.futures.open_interest(name))
        for name in p.market_list(params, markets)
    ]


ScopedHandler = Callable[[Exchange, Scope, Params], Any]
"""``handler(exchange, scope, params)``: one public endpoint of both spot and futures."""


def both_scopes(endpoint: str) -> Callable[[ScopedHandler], ScopedHandler]:
    """Serve ``GET /v2/spot/<endpoint>`` and ``GET /v2/futures/<endpoint>`` with one handler of
    the scope."""

    def register(handler: ScopedHandler) -> ScopedHandler:
        for scope in SCOPES:
            route("GET", f"/v2/{scope}/{endpoint}")(_in_scope(handler, scope))
        return handler

    return register


def _in_scope(handler: ScopedHandler, scope: Scope) -> Handler:
    @functools.wraps(handler)
    def serve(exchange: Exchange, account: Account | None, params: Params) -> Any:
        return handler(exchange, scope, params)

    return serve


@both_scopes("ticker")
def tickers(exchange: Exchange, scope: Scope, params: Params) -> Any:
    state = exchange.state
    markets = state.spot.markets if scope == "spot" else state.futures.markets
    return [exchange.market_data.ticker(scope, name) for name in p.market_list(params, markets)]


@both_scopes("depth")
def depth(exchange: Exchange, scope: Scope, params: Params) -> Any:
    return exchange.market_data.depth(
        scope,
        p.text(params, "market"),
        limit=p.integer(params, "limit"),
        interval=p.text(params, "interval"),
    )


def _market_data(exchange: Exchange, scope: Scope, params: Params) -> tuple[str, MarketData]:
    market = p.text(params, "market")
    if scope == "spot":
        exchange.spot.market(market)
        return market, exchange.spot.data(market)
    exchange.futures.market(market)
    return market, exchange.futures.data(market)


def _limit(params: Params) -> int:
    """deals and kline: ``limit`` from 1 to 1000, 100 by default."""
    limit = p.opt_integer(params, "limit") or 100
    if not 1 <= limit <= 1000:
        raise SandboxApiError(PARAMETER_ERROR, "invalid argument: limit")
    return limit


@both_scopes("deals")
def deals(exchange: Exchange, scope: Scope, params: Params) -> Any:
    """Newest first; ``last_id`` pages back through older deals."""
    _, data = _market_data(exchange, scope, params)
    limit = _limit(params)
    return [public_deal(deal) for deal in data.recent(limit, p.opt_integer(params, "last_id") or 0)]


_CANDLE = field_names("market created_at open close high low volume value")


@both_scopes("kline")
def kline(exchange: Exchange, scope: Scope, params: Params) -> Any:
    """Candles oldest first; ``volume`` in base and ``value`` in quote, as the docs define them."""
    market, data = _market_data(exchange, scope, params)
    period = p.one_of(params, "period", KLINE_PERIODS)
    price_types = ("latest_price",) if scope == "spot" else TRIGGER_PRICE_TYPES
    price_type = p.one_of(params, "price_type", price_types, default="latest_price")
    limit = _limit(params)
    start_time, end_time = p.opt_integer(params, "start_time"), p.opt_integer(params, "end_time")
    end = exchange.now_ms() if end_time is None else end_time
    candles = data.klines(
        period, end=end, limit=limit, start_time=start_time, price_type=price_type
    )
    return [fields(candle, _CANDLE, market=market) for candle in candles]


@route("GET", "/v2/futures/funding-rate")
def funding_rate(exchange: Exchange, account: Account | None, params: Params) -> Any:
    names = p.market_list(params, exchange.state.futures.markets)
    return [exchange.market_data.funding(name) for name in names]


def _index_item(market: str, price: Decimal, now: int) -> dict[str, Any]:
    """An index price with its one source: the sandbox's own market."""
    source = {
        "exchange": "coinex-sandbox",
        "created_at": now,
        "index_weight": "1",
        "index_price": fmt(price),
    }
    return {"market": market, "created_at": now, "price": fmt(price), "sources": [source]}


@route("GET", "/v2/spot/index")
def spot_index(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The spot index: the market's latest price (the sandbox is its only source)."""
    names = p.market_list(params, exchange.state.spot.markets)
    now = exchange.now_ms()
    return [_index_item(name, exchange.state.spot.data[name].last_price, now) for name in names]


@route("GET", "/v2/futures/index")
def futures_index(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The futures index price (the market maker's, or the admin's ``index-price``)."""
    names = p.market_list(params, exchange.state.futures.markets)
    now = exchange.now_ms()
    return [_index_item(name, exchange.state.index_prices[name], now) for name in names]


RATE_STEP = Decimal("0.00000001")


def _per_minute(
    exchange: Exchange, params: Params, default_window_ms: int
) -> tuple[str, list[PriceSample]]:
    """The market's price samples in the window, the last of each minute, oldest first."""
    market = p.text(params, "market")
    exchange.futures.market(market)
    data = exchange.futures.data(market)
    end = p.opt_integer(params, "end_time") or exchange.now_ms()
    start = p.opt_integer(params, "start_time") or end - default_window_ms
    minutes: dict[int, PriceSample] = {}
    for sample in data.samples:
        if start <= sample.ms <= end:
            minutes[sample.ms - sample.ms % 60_000] = sample
    return market, [minutes[minute] for minute in sorted(minutes)]


def _rate(price: Decimal, index: Decimal) -> str:
    return fmt(((price - index) / index).quantize(RATE_STEP)) if index else "0"


@route("GET", "/v2/futures/premium-index-history")
def premium_index_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """``(mark - index) / index`` along the price path (the premium funding follows), one
    point per minute with a price change, oldest first; default window the last 8 hours."""
    market, samples = _per_minute(exchange, params, 8 * 3600 * 1000)
    items = [
        {"market": market, "created_at": s.ms, "premium_index": _rate(s.mark, s.index)}
        for s in samples
    ]
    return paginate(items, params)


@route("GET", "/v2/futures/basis-history")
def basis_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """``(latest price - index) / index`` along the price path, one point per minute with a
    price change, oldest first; default window the last 7 days."""
    market, samples = _per_minute(exchange, params, 7 * 86400 * 1000)
    return [
        {"market": market, "created_at": s.ms, "basis_rate": _rate(s.last, s.index)}
        for s in samples
    ]
