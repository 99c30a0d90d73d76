# generated from spec/ by `python -m generator`; do not edit.
"""Typed dicts for object parameters (the items of batch calls), for IDE completion."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, TypedDict

from .models.enums import OrderSide, OrderType, PriceType, StpMode

__all__ = [
    "FuturesModifyOrderRequest",
    "FuturesOrderRequest",
    "FuturesStopOrderRequest",
    "SpotModifyOrderRequest",
    "SpotOrderRequest",
    "SpotStopOrderRequest",
    "WithdrawExtra",
]


class _WithdrawExtraRequired(TypedDict):
    pass


class WithdrawExtra(_WithdrawExtraRequired, total=False):
    """An item of ``extra`` for ``assets.withdraw``."""

    chain_id: str


class _FuturesOrderRequestRequired(TypedDict):
    market: str
    side: Literal["buy", "sell"] | OrderSide
    type: Literal["limit", "market", "maker_only", "ioc", "fok"] | OrderType
    amount: Decimal | str | int


class FuturesOrderRequest(_FuturesOrderRequestRequired, total=False):
    """An item of ``orders`` for ``futures.place_orders``."""

    market_type: Literal["FUTURES"]
    price: Decimal | str | int
    client_id: str
    is_hide: bool
    stp_mode: Literal["ct", "cm", "both"] | StpMode


class _FuturesStopOrderRequestRequired(TypedDict):
    market: str
    side: Literal["buy", "sell"] | OrderSide
    type: Literal["limit", "market", "maker_only", "ioc", "fok"] | OrderType
    amount: Decimal | str | int
    trigger_price_type: Literal["latest_price", "mark_price", "index_price"] | PriceType
    trigger_price: Decimal | str | int


class FuturesStopOrderRequest(_FuturesStopOrderRequestRequired, total=False):
    """An item of ``orders`` for ``futures.place_stop_orders``."""

    market_type: Literal["FUTURES"]
    price: Decimal | str | int
    client_id: str
    is_hide: bool
    stp_mode: Literal["ct", "cm", "both"] | StpMode


class _FuturesModifyOrderRequestRequired(TypedDict):
    market: str
    order_id: int


class FuturesModifyOrderRequest(_FuturesModifyOrderRequestRequired, total=False):
    """An item of ``orders`` for ``futures.modify_orders``."""

    market_type: Literal["FUTURES"]
    amount: Decimal | str | int
    price: Decimal | str | int


class _SpotOrderRequestRequired(TypedDict):
    market: str
    market_type: Literal["SPOT", "MARGIN"]
    side: Literal["buy", "sell"] | OrderSide
    type: Literal["limit", "market", "maker_only", "ioc", "fok"] | OrderType
    amount: Decimal | str | int


class SpotOrderRequest(_SpotOrderRequestRequired, total=False):
    """An item of ``orders`` for ``spot.place_orders``."""

    ccy: str
    price: Decimal | str | int
    client_id: str
    is_hide: bool
    stp_mode: Literal["ct", "cm", "both"] | StpMode


class _SpotStopOrderRequestRequired(TypedDict):
    market: str
    market_type: Literal["SPOT", "MARGIN"]
    side: Literal["buy", "sell"] | OrderSide
    type: Literal["limit", "market", "maker_only", "ioc", "fok"] | OrderType
    amount: Decimal | str | int
    trigger_price: Decimal | str | int


class SpotStopOrderRequest(_SpotStopOrderRequestRequired, total=False):
    """An item of ``orders`` for ``spot.place_stop_orders``."""

    ccy: str
    price: Decimal | str | int
    client_id: str
    is_hide: bool
    stp_mode: Literal["ct", "cm", "both"] | StpMode


class _SpotModifyOrderRequestRequired(TypedDict):
    market: str
    market_type: Literal["SPOT", "MARGIN"]
    order_id: int


class SpotModifyOrderRequest(_SpotModifyOrderRequestRequired, total=False):
    """An item of ``orders`` for ``spot.modify_orders``."""

    amount: Decimal | str | int
    price: Decimal | str | int
