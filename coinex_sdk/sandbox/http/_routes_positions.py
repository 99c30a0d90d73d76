"""Futures position endpoints beyond orders: take-profit / stop-loss, funding and the position
histories (``market_type=FUTURES``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Protocol, TypeVar

from ..engine._accounts import Account
from ..engine._exchange import Exchange
from ..engine._num import fmt
from ..engine._positions import TpSlKind
from ..render._fields import field_names, fields
from . import _params as p
from ._routes_futures import position_data as _position
from ._routes_orders import FUTURES
from ._routing import RouteTable, paginate, require

__all__ = ["ROUTES"]

ROUTES = RouteTable()
route = ROUTES.route
Params = dict[str, Any]


_market_type = FUTURES.market_type

Reader = Callable[[Params, str], Any]
_TPSL_KINDS: tuple[TpSlKind, ...] = ("take_profit", "stop_loss")
_TPSL_ACTIONS: dict[str, tuple[tuple[str, str, Reader], ...]] = {
    "set": (
        ("price_type", "type", p.text),
        ("price", "price", p.decimal),
        ("amount", "amount", p.opt_decimal),
    ),
    "modify": (
        ("tpsl_id", "id", p.integer),
        ("price_type", "type", p.opt_text),
        ("price", "price", p.opt_decimal),
        ("amount", "amount", p.opt_decimal),
    ),
    "cancel": (("tpsl_id", "id", p.opt_integer),),
}
"""What each TP/SL action passes the engine (``TpSlEngine.set``, ``.modify``, ``.cancel``)
besides the caller, the kind and the market: ``(keyword, parameter, reader)``, the parameter
named after the kind (``take_profit_price``, ``stop_loss_id``...). ``set`` covers the whole
position unless an amount is given; ``cancel`` without an id cancels every one of the kind."""


def _tpsl_route(action: str, kind: TpSlKind) -> None:
    """``POST /v2/futures/<action>-position-take-profit`` (or ``-stop-loss``); answers the
    position."""
    reads = _TPSL_ACTIONS[action]

    @route("POST", f"/v2/futures/{action}-position-{kind.replace('_', '-')}")
    def tpsl(exchange: Exchange, account: Account | None, params: Params) -> Any:
        _market_type(params)
        caller, market = require(account), p.text(params, "market")
        args = {keyword: read(params, f"{kind}_{name}") for keyword, name, read in reads}
        pos = getattr(exchange.position_tpsl, action)(caller, kind, market=market, **args)
        return _position(exchange, pos)


for _action in _TPSL_ACTIONS:
    for _kind in _TPSL_KINDS:
        _tpsl_route(_action, _kind)


_FUNDING_RATE = field_names("market funding_time theoretical_funding_rate actual_funding_rate")
_POSITION_FUNDING = field_names("""
    position_id market market_type ccy side margin_mode open_interest settle_price funding_rate
    funding_value created_at
""")
_LIQUIDATION = field_names("market side liq_price liq_amount bkr_price created_at")
_MARGIN_CHANGE = field_names("""
    position_id market market_type margin_mode leverage liq_price bkr_pirce bkr_price
    settle_price open_interest margin_avbl margin_change created_at
""")
_ADL = field_names("""
    position_id market market_type order_id deal_id amount price side role created_at
""")


@route("GET", "/v2/futures/funding-rate-history")
def funding_rate_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The market's funding settlements, newest first (``_funding``)."""
    market, in_window = p.text(params, "market"), p.window(params)
    exchange.futures.market(market)
    records = [
        fields(
            r,
            _FUNDING_RATE,
            theoretical_funding_rate=r.theoretical_rate,
            actual_funding_rate=r.actual_rate,
        )
        for r in reversed(exchange.funding.rate_history)
        if r.market == market and in_window(r.funding_time)
    ]
    return paginate(records, params)


class _PositionRecord(Protocol):
    @property
    def user_id(self) -> int: ...
    @property
    def market(self) -> str: ...
    @property
    def created_at(self) -> int: ...


R = TypeVar("R", bound=_PositionRecord)


def _callers(records: Sequence[R], account: Account | None, params: Params) -> list[R]:
    """The caller's records of ``market`` (optional) in the time window, newest first."""
    _market_type(params)
    caller, market, in_window = require(account), p.opt_text(params, "market"), p.window(params)
    return [
        r
        for r in reversed(records)
        if r.user_id == caller.user_id and market in (None, r.market) and in_window(r.created_at)
    ]


@route("GET", "/v2/futures/position-funding-history")
def position_funding_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """What the caller's positions paid (negative ``funding_value``) or received, newest first."""
    records = _callers(exchange.funding.position_history, account, params)
    return paginate([fields(r, _POSITION_FUNDING, market_type="FUTURES") for r in records], params)


@route("GET", "/v2/futures/liquidation-history")
def liquidation_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The market's liquidations, newest first (``_liquidation``)."""
    market, in_window = p.text(params, "market"), p.window(params)
    exchange.futures.market(market)
    records = [
        fields(r, _LIQUIDATION)
        for r in reversed(exchange.liquidation.history)
        if r.market == market and in_window(r.created_at)
    ]
    return paginate(records, params)


@route("GET", "/v2/futures/position-margin-history")
def position_margin_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The caller's margin adjustments, newest first; ``bkr_pirce`` as the real response
    spells it (and ``bkr_price`` as the docs do)."""
    position_id = p.opt_integer(params, "position_id")
    records = [
        fields(
            r,
            _MARGIN_CHANGE,
            market_type="FUTURES",
            leverage=str(r.leverage),
            bkr_pirce=r.bkr_price,
        )
        for r in _callers(exchange.futures.margin_history, account, params)
        if position_id in (None, r.position_id)
    ]
    return paginate(records, params)


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
    position_id = p.opt_integer(params, "position_id")
    records = [
        fields(r, _ADL, market_type="FUTURES")
        for r in _callers(exchange.liquidation.adl_history, account, params)
        if position_id in (None, r.position_id)
    ]
    return paginate(records, params)


ROUTES.refuse(
    "GET",
    "/v2/futures/position-settle-history",
    "CoinEx does not document what auto-settlement does, so the sandbox never settles",
)
