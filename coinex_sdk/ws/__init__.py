"""CoinEx v2 WebSocket streams: an asyncio and a sync client over one sans-I/O protocol core.

``from coinex_sdk.ws import AsyncWsClient, Channel`` — the clients (and ``websockets``) are
imported on first use, so the protocol core, channels and order book cost no socket library.
See :mod:`coinex_sdk.ws._protocol` for the contract generated stream methods rely on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._exceptions import WsApiError
from .._generated.ws_errors import (
    WsAuthenticationError,
    WsAuthRequiredError,
    WsInternalError,
    WsMethodNotFoundError,
    WsParameterError,
    WsRateLimitError,
    WsServiceTimeoutError,
    WsServiceUnavailableError,
)
from ._book import BookDataError, BookStatus, BookUpdate, OrderBook, OrderBooks, parse_depth_update
from ._channel import Channel, Venue
from ._errors import WsClientClosedError, WsConnectionError, WsDecodeError, WsRequestTimeoutError
from ._protocol import Gap, WsProtocol
from ._settings import FUTURES_URL, SPOT_URL, WsTimings

if TYPE_CHECKING:
    from ._async import AsyncOrderBookStream, AsyncSubscription, AsyncWsClient
    from ._sync import OrderBookStream, Subscription, SyncWsClient

__all__ = [
    "FUTURES_URL",
    "SPOT_URL",
    "AsyncOrderBookStream",
    "AsyncSubscription",
    "AsyncWsClient",
    "BookDataError",
    "BookStatus",
    "BookUpdate",
    "Channel",
    "Gap",
    "OrderBook",
    "OrderBookStream",
    "OrderBooks",
    "Subscription",
    "SyncWsClient",
    "Venue",
    "WsApiError",
    "WsAuthRequiredError",
    "WsAuthenticationError",
    "WsClientClosedError",
    "WsConnectionError",
    "WsDecodeError",
    "WsInternalError",
    "WsMethodNotFoundError",
    "WsParameterError",
    "WsProtocol",
    "WsRateLimitError",
    "WsRequestTimeoutError",
    "WsServiceTimeoutError",
    "WsServiceUnavailableError",
    "WsTimings",
    "parse_depth_update",
]

_LAZY = {
    "AsyncOrderBookStream": "._async",
    "AsyncSubscription": "._async",
    "AsyncWsClient": "._async",
    "OrderBookStream": "._sync",
    "Subscription": "._sync",
    "SyncWsClient": "._sync",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value
