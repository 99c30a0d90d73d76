"""Wire shapes of trading objects: orders, stop orders and deals as the JSON CoinEx sends.

Each function returns exactly the fields of the matching real response or push
(spec/examples/*.json, docs.coinex.com field tables). REST and WebSocket disagree on some
names and the sandbox keeps both quirks: spot orders say ``last_fill_amount`` over REST but
``last_filled_amount`` (and ``base_ccy_fee``) in ``order.update``; futures orders say
``last_filled_*`` everywhere.
"""

from __future__ import annotations

from ..engine._num import fmt
from ..engine._orders import Order, PublicDeal, StopOrder, UserDeal
from ._fields import Json, field_names, fields

__all__ = [
    "futures_order",
    "futures_order_ws",
    "futures_user_deal",
    "public_deal",
    "spot_order",
    "spot_order_ws",
    "spot_user_deal",
    "stop_order",
    "stop_order_ws",
    "user_deal_ws",
]


_SPOT_ORDER = field_names("""
    order_id market market_type side type ccy amount price client_id created_at updated_at
    base_fee quote_fee discount_fee maker_fee_rate taker_fee_rate last_fill_amount last_fill_price
    unfilled_amount filled_amount filled_value
""")
_SPOT_ORDER_WS = field_names("""
    order_id market margin_market type side amount price unfilled_amount filled_amount
    filled_value taker_fee_rate maker_fee_rate base_ccy_fee quote_ccy_fee discount_ccy_fee
    last_filled_amount last_filled_price created_at updated_at client_id
""")
_FUTURES_ORDER = field_names("""
    order_id market market_type side type amount price client_id created_at updated_at
    unfilled_amount filled_amount filled_value fee fee_ccy maker_fee_rate taker_fee_rate
    last_filled_amount last_filled_price realized_pnl
""")
_FUTURES_ORDER_WS = field_names("""
    order_id market side type amount price unfilled_amount filled_amount filled_value fee fee_ccy
    taker_fee_rate maker_fee_rate client_id last_filled_amount last_filled_price created_at
    updated_at
""")
_STOP_ORDER = field_names("""
    stop_id market market_type ccy side type amount price trigger_price trigger_direction
    trigger_price_type client_id created_at updated_at
""")
_STOP_ORDER_WS = field_names("""
    stop_id market margin_market side type price amount trigger_price trigger_direction
    trigger_price_type taker_fee_rate maker_fee_rate client_id status created_at updated_at
""")
_PUBLIC_DEAL = field_names("deal_id created_at side price amount")
_SPOT_USER_DEAL = field_names(
    "deal_id created_at market side order_id margin_market price amount role fee fee_ccy"
)
_FUTURES_USER_DEAL = field_names(
    "deal_id created_at market side order_id position_id price amount role fee fee_ccy"
)
_USER_DEAL_WS = field_names(
    "deal_id created_at market side order_id client_id price amount role fee fee_ccy"
)


def _unfilled(order: Order) -> str:
    """What is left; a quote-budget market order that filled reports 0, not its dust."""
    return "0" if order.status == "filled" else fmt(order.remaining)


def _with_status(names: tuple[str, ...], with_status: bool) -> tuple[str, ...]:
    """REST order shapes add ``status`` where the endpoint reports it (order-status)."""
    return (*names, "status") if with_status else names


def spot_order(order: Order, *, with_status: bool = False) -> Json:
    """``POST /v2/spot/order`` / pending / finished item (spec/examples/spot-place-order.json)."""
    return fields(
        order,
        _with_status(_SPOT_ORDER, with_status),
        discount_fee="0",
        unfilled_amount=_unfilled(order),
    )


def spot_order_ws(order: Order, margin_market: str) -> Json:
    """The ``order`` of a spot ``order.update`` push (spec/examples/ws-order-spot.json)."""
    return fields(
        order,
        _SPOT_ORDER_WS,
        margin_market=margin_market,
        unfilled_amount=_unfilled(order),
        base_ccy_fee=order.base_fee,
        quote_ccy_fee=order.quote_fee,
        discount_ccy_fee="0",
        last_filled_amount=order.last_fill_amount,
        last_filled_price=order.last_fill_price,
    )


def futures_order(order: Order, *, with_status: bool = False) -> Json:
    """``POST /v2/futures/order`` item (spec/examples/futures-place-order.json)."""
    return fields(
        order,
        _with_status(_FUTURES_ORDER, with_status),
        unfilled_amount=_unfilled(order),
        last_filled_amount=order.last_fill_amount,
        last_filled_price=order.last_fill_price,
    )


def futures_order_ws(order: Order) -> Json:
    names = (*_FUTURES_ORDER_WS, "stop_id") if order.stop_id else _FUTURES_ORDER_WS
    return fields(
        order,
        names,
        unfilled_amount=_unfilled(order),
        last_filled_amount=order.last_fill_amount,
        last_filled_price=order.last_fill_price,
    )


def stop_order(stop: StopOrder) -> Json:
    """Pending, canceled or finished stop order (ccxt's real examples; spot adds ``ccy``).

    REST has no ``status`` for stops, finished ones included; ``stop.update`` carries it.
    """
    return fields(stop, _spot_only(stop, _STOP_ORDER, "ccy"))


def stop_order_ws(stop: StopOrder, margin_market: str) -> Json:
    names = _spot_only(stop, _STOP_ORDER_WS, "margin_market")
    return fields(stop, names, margin_market=margin_market)


def _spot_only(stop: StopOrder, names: tuple[str, ...], field: str) -> tuple[str, ...]:
    """A stop's shape: futures stops have no ``field`` (spot's ``ccy`` or ``margin_market``)."""
    if stop.market_type != "FUTURES":
        return names
    return tuple(name for name in names if name != field)


def public_deal(deal: PublicDeal) -> Json:
    """``GET /v2/spot/deals`` item; ``side`` is the taker's (spec/examples/spot-deals.json)."""
    return fields(deal, _PUBLIC_DEAL)


def spot_user_deal(deal: UserDeal) -> Json:
    """``GET /v2/spot/user-deals`` item (sample fields plus the docs' role and fee)."""
    return fields(deal, _SPOT_USER_DEAL)


def futures_user_deal(deal: UserDeal) -> Json:
    return fields(deal, _FUTURES_USER_DEAL)


def user_deal_ws(deal: UserDeal) -> Json:
    venue_field = "position_id" if deal.market_type == "FUTURES" else "margin_market"
    return fields(deal, (*_USER_DEAL_WS, venue_field))
