"""Orders, stop orders and deals as the engine holds them (mutable while open, then history).

Field names are CoinEx's wire names (``filled_amount``, ``unfilled_amount``, ``base_fee``...), so
rendering an order is a plain mapping. Statuses follow CoinEx's order_status enum: an order is
``open`` or ``part_filled`` while it rests in the book and ends ``filled``, ``part_canceled`` or
``canceled``. Per the docs, an order canceled without any fill is not stored and can no longer be
queried; the engine drops it from history for that reason.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal, TypedDict, get_args

import attrs

from ._num import ZERO

__all__ = [
    "FINISHED_STATUSES",
    "TRIGGER_PRICE_TYPES",
    "MarketType",
    "Order",
    "OrderChanges",
    "OrderStatus",
    "OrderTerms",
    "OrderType",
    "PublicDeal",
    "Role",
    "Side",
    "StopChanges",
    "StopOrder",
    "StopStatus",
    "StpMode",
    "TriggerDirection",
    "TriggerPriceType",
    "UserDeal",
    "order_terms",
]

Side = Literal["buy", "sell"]
OrderType = Literal["limit", "market", "maker_only", "ioc", "fok"]
MarketType = Literal["SPOT", "MARGIN", "FUTURES"]
OrderStatus = Literal["open", "part_filled", "filled", "part_canceled", "canceled"]
StpMode = Literal["", "ct", "cm", "both"]
Role = Literal["maker", "taker"]
TriggerDirection = Literal["higher", "lower"]
TriggerPriceType = Literal["latest_price", "mark_price", "index_price"]
"""The price a stop order or a position's TP/SL watches."""
TRIGGER_PRICE_TYPES: tuple[TriggerPriceType, ...] = get_args(TriggerPriceType)
StopStatus = Literal["put", "active_success", "active_fail", "cancel"]

FINISHED_STATUSES: frozenset[str] = frozenset({"filled", "part_canceled", "canceled"})


@attrs.define(eq=False)
class OrderTerms:
    """What an order and a stop order (the order it will place) both state."""

    user_id: int
    market: str
    market_type: MarketType
    side: Side
    type: OrderType
    amount: Decimal
    price: Decimal
    """Limit price; ``0`` for market orders, as CoinEx reports them."""
    client_id: str
    created_at: int
    maker_fee_rate: Decimal
    taker_fee_rate: Decimal


def order_terms(order: OrderTerms) -> dict[str, Any]:
    """The ``OrderTerms`` part of an order or stop order, by field name: what a stop order
    takes from the order it will place."""
    return {field.name: getattr(order, field.name) for field in attrs.fields(OrderTerms)}


@attrs.define(eq=False)
class Order(OrderTerms):
    """A spot, margin or futures order. ``frozen`` is what it still reserves in ``wallet``."""

    order_id: int
    wallet: str
    frozen_ccy: str
    ccy: str = ""
    """Spot: the currency ``amount`` is counted in (a market buy spends quote by default)."""
    in_quote: bool = False
    """True when ``amount`` is a quote-currency budget (spot market orders with ``ccy`` = quote)."""
    is_hide: bool = False
    stp_mode: StpMode = ""
    reduce_only: bool = False
    stop_id: int = 0
    updated_at: int = 0
    filled_amount: Decimal = ZERO
    filled_value: Decimal = ZERO
    base_fee: Decimal = ZERO
    quote_fee: Decimal = ZERO
    fee: Decimal = ZERO
    fee_ccy: str = ""
    realized_pnl: Decimal = ZERO
    last_fill_amount: Decimal = ZERO
    last_fill_price: Decimal = ZERO
    status: OrderStatus = "open"
    frozen: Decimal = ZERO

    @property
    def remaining(self) -> Decimal:
        """What is left to trade, in the unit ``amount`` is counted in."""
        return self.amount - (self.filled_value if self.in_quote else self.filled_amount)

    @property
    def is_finished(self) -> bool:
        return self.status in FINISHED_STATUSES


@attrs.define(eq=False)
class StopOrder(OrderTerms):
    """A trigger order: nothing is reserved until it fires (CoinEx put-stop-order docs)."""

    stop_id: int
    trigger_price: Decimal
    trigger_direction: TriggerDirection
    trigger_price_type: TriggerPriceType
    ccy: str = ""
    is_hide: bool = False
    stp_mode: StpMode = ""
    updated_at: int = 0
    status: StopStatus = "put"
    order_id: int = 0
    """The order placed when the stop fired."""


class OrderChanges(TypedDict, total=False):
    """What a modify-order request may change (absent or None: unchanged)."""

    amount: Decimal | None
    price: Decimal | None


class StopChanges(OrderChanges, total=False):
    """What a modify-stop-order request may change (absent or None: unchanged)."""

    trigger_price: Decimal | None


@attrs.frozen
class PublicDeal:
    """One trade as ``GET /v2/spot/deals`` shows it: ``side`` is the taker's side."""

    deal_id: int
    created_at: int
    side: Side
    price: Decimal
    amount: Decimal


@attrs.frozen
class UserDeal:
    """One side of a trade, as the account that traded sees it (``user-deals``)."""

    deal_id: int
    created_at: int
    user_id: int
    market: str
    market_type: MarketType
    side: Side
    order_id: int
    client_id: str
    price: Decimal
    amount: Decimal
    role: Role
    fee: Decimal
    fee_ccy: str
    margin_market: str = ""
    position_id: int = 0
    realized_pnl: Decimal = ZERO
