# generated from spec/ by `python -m generator`; do not edit.
"""The arguments of every stream method, from spec/ws/: checked before anything is sent.

Apart from the stream classes (which import the models), so that the WebSocket client can check
an order book's ``limit`` against the spec without them.
"""

from __future__ import annotations

from .._endpoint import Param
from ..ws._channel import ChannelArgs

__all__ = [
    "FUTURES_BALANCE_ARGS",
    "FUTURES_BBO_ARGS",
    "FUTURES_DEALS_ARGS",
    "FUTURES_DEPTH_ARGS",
    "FUTURES_INDEX_ARGS",
    "FUTURES_ORDER_ARGS",
    "FUTURES_POSITION_ARGS",
    "FUTURES_PREMIUM_ARGS",
    "FUTURES_STATE_ARGS",
    "FUTURES_STOP_ARGS",
    "FUTURES_USER_DEALS_ARGS",
    "SPOT_BALANCE_ARGS",
    "SPOT_BBO_ARGS",
    "SPOT_DEALS_ARGS",
    "SPOT_DEPTH_ARGS",
    "SPOT_INDEX_ARGS",
    "SPOT_NOTICE_ARGS",
    "SPOT_ORDER_ARGS",
    "SPOT_STATE_ARGS",
    "SPOT_STOP_ARGS",
    "SPOT_USER_DEALS_ARGS",
]

SPOT_STATE_ARGS = ChannelArgs(
    "ws.spot.state",
    (Param("market", "list"),),
)

SPOT_DEALS_ARGS = ChannelArgs(
    "ws.spot.deals",
    (Param("market", "list"),),
)

SPOT_DEPTH_ARGS = ChannelArgs(
    "ws.spot.depth",
    (
        Param("market", "list", required=True),
        Param("limit", "int", enum=(5, 10, 20, 50)),
        Param(
            "interval",
            "string",
            enum=(
                "0",
                "0.00000000001",
                "0.000000000001",
                "0.0000000001",
                "0.000000001",
                "0.00000001",
                "0.0000001",
                "0.000001",
                "0.00001",
                "0.0001",
                "0.001",
                "0.01",
                "0.1",
                "1",
                "10",
                "100",
                "1000",
            ),
        ),
        Param("is_full", "bool"),
    ),
)

SPOT_BBO_ARGS = ChannelArgs(
    "ws.spot.bbo",
    (Param("market", "list", required=True),),
)

SPOT_INDEX_ARGS = ChannelArgs(
    "ws.spot.index",
    (Param("market", "list", required=True),),
)

SPOT_ORDER_ARGS = ChannelArgs(
    "ws.spot.orders",
    (Param("market", "list"),),
)

SPOT_STOP_ARGS = ChannelArgs(
    "ws.spot.stop_orders",
    (Param("market", "list"),),
)

SPOT_USER_DEALS_ARGS = ChannelArgs(
    "ws.spot.user_deals",
    (Param("market", "list"),),
)

SPOT_BALANCE_ARGS = ChannelArgs(
    "ws.spot.balances",
    (Param("ccy", "list"),),
)

SPOT_NOTICE_ARGS = ChannelArgs(
    "ws.spot.notices",
    (),
)

FUTURES_STATE_ARGS = ChannelArgs(
    "ws.futures.state",
    (Param("market", "list"),),
)

FUTURES_DEALS_ARGS = ChannelArgs(
    "ws.futures.deals",
    (Param("market", "list"),),
)

FUTURES_DEPTH_ARGS = ChannelArgs(
    "ws.futures.depth",
    (
        Param("market", "list", required=True),
        Param("limit", "int", enum=(5, 10, 20, 50)),
        Param(
            "interval",
            "string",
            enum=(
                "0",
                "0.00000000001",
                "0.000000000001",
                "0.0000000001",
                "0.000000001",
                "0.00000001",
                "0.0000001",
                "0.000001",
                "0.00001",
                "0.0001",
                "0.001",
                "0.01",
                "0.1",
                "1",
                "10",
                "100",
                "1000",
            ),
        ),
        Param("is_full", "bool"),
    ),
)

FUTURES_BBO_ARGS = ChannelArgs(
    "ws.futures.bbo",
    (Param("market", "list", required=True),),
)

FUTURES_INDEX_ARGS = ChannelArgs(
    "ws.futures.index",
    (Param("market", "list", required=True),),
)

FUTURES_PREMIUM_ARGS = ChannelArgs(
    "ws.futures.premium",
    (Param("market", "list", required=True),),
)

FUTURES_ORDER_ARGS = ChannelArgs(
    "ws.futures.orders",
    (Param("market", "list"),),
)

FUTURES_STOP_ARGS = ChannelArgs(
    "ws.futures.stop_orders",
    (Param("market", "list"),),
)

FUTURES_USER_DEALS_ARGS = ChannelArgs(
    "ws.futures.user_deals",
    (Param("market", "list"),),
)

FUTURES_BALANCE_ARGS = ChannelArgs(
    "ws.futures.balances",
    (Param("ccy", "list"),),
)

FUTURES_POSITION_ARGS = ChannelArgs(
    "ws.futures.positions",
    (Param("market", "list"),),
)
