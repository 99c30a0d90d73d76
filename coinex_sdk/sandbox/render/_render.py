"""Wire shapes of trading objects: orders, stop orders and deals as the JSON CoinEx sends.

Each function returns exactly the fields of the matching real response or push
(spec/examples/*.json, docs.coinex.com field tables). REST and WebSocket disagree on some
names and the sandbox keeps both quirks: spot orders say ``last_fill_amount`` over REST but
``last_filled_amount`` (and ``base_ccy_fee``) in ``order.update``; futures orders say
``last_filled_*`` everywhere.
"""

from __future__ import annotations

from typing import Any

from ..engine._num import fmt
from ..engine._orders import Order, PublicDeal, StopOrder, UserDeal

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

Json = dict[str, Any]


def _unfilled(order: Order) -> str:
    """What is left; a quote-budget market order that filled reports 0, not its dust."""
    return "0" if order.status == "filled" else fmt(order.remaining)


def spot_order(order: Order, *, with_status: bool = False) -> Json:
    """``POST /v2/spot/order`` / pending / finished item (spec/examples/spot-place-order.json)."""
    data: Json = {
        "order_id": order.order_id,
        "market": order.market,
        "market_type": order.market_type,
        "side": order.side,
        "type": order.type,
        "ccy": order.ccy,
        "amount": fmt(order.amount),
        "price": fmt(order.price),
        "client_id": order.client_id,
        "created_at": order.created_at,
        "updated_at": order.updated_at,
        "base_fee": fmt(order.base_fee),
        "quote_fee": fmt(order.quote_fee),
        "discount_fee": "0",
        "maker_fee_rate": fmt(order.maker_fee_rate),
        "taker_fee_rate": fmt(order.taker_fee_rate),
        "last_fill_amount": fmt(order.last_fill_amount),
        "last_fill_price": fmt(order.last_fill_price),
        "unfilled_amount": _unfilled(order),
        "filled_amount": fmt(order.filled_amount),
        "filled_value": fmt(order.filled_value),
    }
    if with_status:
        data["status"] = order.status
    return data


def spot_order_ws(order: Order, margin_market: str) -> Json:
    """The ``order`` of a spot ``order.update`` push (spec/examples/ws-order-spot.json)."""
    return {
        "order_id": order.order_id,
        "market": order.market,
        "margin_market": margin_market,
        "type": order.type,
        "side": order.side,
        "amount": fmt(order.amount),
        "price": fmt(order.price),
        "unfilled_amount": _unfilled(order),
        "filled_amount": fmt(order.filled_amount),
        "filled_value": fmt(order.filled_value),
        "taker_fee_rate": fmt(order.taker_fee_rate),
        "maker_fee_rate": fmt(order.maker_fee_rate),
        "base_ccy_fee": fmt(order.base_fee),
        "quote_ccy_fee": fmt(order.quote_fee),
        "discount_ccy_fee": "0",
        "last_filled_amount": fmt(order.last_fill_amount),
        "last_filled_price": fmt(order.last_fill_price),
        "created_at": order.created_at,
        "updated_at": order.updated_at,
        "client_id": order.client_id,
    }


def futures_order(order: Order, *, with_status: bool = False) -> Json:
    """``POST /v2/futures/order`` item (spec/examples/futures-place-order.json)."""
    data: Json = {
        "order_id": order.order_id,
        "market": order.market,
        "market_type": order.market_type,
        "side": order.side,
        "type": order.type,
        "amount": fmt(order.amount),
        "price": fmt(order.price),
        "client_id": order.client_id,
        "created_at": order.created_at,
        "updated_at": order.updated_at,
        "unfilled_amount": _unfilled(order),
        "filled_amount": fmt(order.filled_amount),
        "filled_value": fmt(order.filled_value),
        "fee": fmt(order.fee),
        "fee_ccy": order.fee_ccy,
        "maker_fee_rate": fmt(order.maker_fee_rate),
        "taker_fee_rate": fmt(order.taker_fee_rate),
        "last_filled_amount": fmt(order.last_fill_amount),
        "last_filled_price": fmt(order.last_fill_price),
        "realized_pnl": fmt(order.realized_pnl),
    }
    if with_status:
        data["status"] = order.status
    return data


def futures_order_ws(order: Order) -> Json:
    data: Json = {
        "order_id": order.order_id,
        "market": order.market,
        "side": order.side,
        "type": order.type,
        "amount": fmt(order.amount),
        "price": fmt(order.price),
        "unfilled_amount": _unfilled(order),
        "filled_amount": fmt(order.filled_amount),
        "filled_value": fmt(order.filled_value),
        "fee": fmt(order.fee),
        "fee_ccy": order.fee_ccy,
        "taker_fee_rate": fmt(order.taker_fee_rate),
        "maker_fee_rate": fmt(order.maker_fee_rate),
        "client_id": order.client_id,
        "last_filled_amount": fmt(order.last_fill_amount),
        "last_filled_price": fmt(order.last_fill_price),
        "created_at": order.created_at,
        "updated_at": order.updated_at,
    }
    if order.stop_id:
        data["stop_id"] = order.stop_id
    return data


def stop_order(stop: StopOrder) -> Json:
    """Pending, canceled or finished stop order (ccxt's real examples; spot adds ``ccy``).

    REST has no ``status`` for stops, finished ones included; ``stop.update`` carries it.
    """
    data: Json = {
        "stop_id": stop.stop_id,
        "market": stop.market,
        "market_type": stop.market_type,
    }
    if stop.market_type != "FUTURES":
        data["ccy"] = stop.ccy
    data.update(
        {
            "side": stop.side,
            "type": stop.type,
            "amount": fmt(stop.amount),
            "price": fmt(stop.price),
            "trigger_price": fmt(stop.trigger_price),
            "trigger_direction": stop.trigger_direction,
            "trigger_price_type": stop.trigger_price_type,
            "client_id": stop.client_id,
            "created_at": stop.created_at,
            "updated_at": stop.updated_at,
        }
    )
    return data


def stop_order_ws(stop: StopOrder, margin_market: str) -> Json:
    data: Json = {"stop_id": stop.stop_id, "market": stop.market}
    if stop.market_type != "FUTURES":
        data["margin_market"] = margin_market
    data.update(
        {
            "side": stop.side,
            "type": stop.type,
            "price": fmt(stop.price),
            "amount": fmt(stop.amount),
            "trigger_price": fmt(stop.trigger_price),
            "trigger_direction": stop.trigger_direction,
            "trigger_price_type": stop.trigger_price_type,
            "taker_fee_rate": fmt(stop.taker_fee_rate),
            "maker_fee_rate": fmt(stop.maker_fee_rate),
            "client_id": stop.client_id,
            "status": stop.status,
            "created_at": stop.created_at,
            "updated_at": stop.updated_at,
        }
    )
    return data


def public_deal(deal: PublicDeal) -> Json:
    """``GET /v2/spot/deals`` item; ``side`` is the taker's (spec/examples/spot-deals.json)."""
    return {
        "deal_id": deal.deal_id,
        "created_at": deal.created_at,
        "side": deal.side,
        "price": fmt(deal.price),
        "amount": fmt(deal.amount),
    }


def spot_user_deal(deal: UserDeal) -> Json:
    """``GET /v2/spot/user-deals`` item (sample fields plus the docs' role and fee)."""
    return {
        "deal_id": deal.deal_id,
        "created_at": deal.created_at,
        "market": deal.market,
        "side": deal.side,
        "order_id": deal.order_id,
        "margin_market": deal.margin_market,
        "price": fmt(deal.price),
        "amount": fmt(deal.amount),
        "role": deal.role,
        "fee": fmt(deal.fee),
        "fee_ccy": deal.fee_ccy,
    }


def futures_user_deal(deal: UserDeal) -> Json:
    return {
        "deal_id": deal.deal_id,
        "created_at": deal.created_at,
        "market": deal.market,
        "side": deal.side,
        "order_id": deal.order_id,
        "position_id": deal.position_id,
        "price": fmt(deal.price),
        "amount": fmt(deal.amount),
        "role": deal.role,
        "fee": fmt(deal.fee),
        "fee_ccy": deal.fee_ccy,
    }


def user_deal_ws(deal: UserDeal) -> Json:
    data: Json = {
        "deal_id": deal.deal_id,
        "created_at": deal.created_at,
        "market": deal.market,
        "side": deal.side,
        "order_id": deal.order_id,
        "client_id": deal.client_id,
        "price": fmt(deal.price),
        "amount": fmt(deal.amount),
        "role": deal.role,
        "fee": fmt(deal.fee),
        "fee_ccy": deal.fee_ccy,
    }
    if deal.market_type == "FUTURES":
        data["position_id"] = deal.position_id
    else:
        data["margin_market"] = deal.margin_market
    return data
