"""coinex-sdk: the typed Python SDK for the CoinEx exchange API v2.

``import coinex_sdk`` is cheap: the clients (and httpx), the models and each resource load on
first use. Type checkers and IDEs see everything through the ``TYPE_CHECKING`` imports below.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import _exceptions  # the exception classes alone: no dependency, nothing generated

__version__ = "0.1.0"

if TYPE_CHECKING:
    from ._client import AsyncCoinEx as AsyncCoinEx
    from ._client import CoinEx as CoinEx
    from ._clock import Clock as Clock
    from ._config import ClientConfig as ClientConfig
    from ._credentials import Credentials as Credentials
    from ._enum import CoinExEnum as CoinExEnum
    from ._exceptions import ApiError as ApiError
    from ._exceptions import AuthenticationError as AuthenticationError
    from ._exceptions import CoinExError as CoinExError
    from ._exceptions import CredentialsError as CredentialsError
    from ._exceptions import DataError as DataError
    from ._exceptions import DecodeError as DecodeError
    from ._exceptions import DeprecatedEndpointError as DeprecatedEndpointError
    from ._exceptions import HTTPStatusError as HTTPStatusError
    from ._exceptions import InsufficientBalanceError as InsufficientBalanceError
    from ._exceptions import InvalidAmountError as InvalidAmountError
    from ._exceptions import InvalidOrderError as InvalidOrderError
    from ._exceptions import InvalidPriceError as InvalidPriceError
    from ._exceptions import LocalRateLimitError as LocalRateLimitError
    from ._exceptions import NotFoundError as NotFoundError
    from ._exceptions import OrderOutcomeUnknownError as OrderOutcomeUnknownError
    from ._exceptions import ParameterError as ParameterError
    from ._exceptions import PermissionDeniedError as PermissionDeniedError
    from ._exceptions import RateLimitError as RateLimitError
    from ._exceptions import ResponseError as ResponseError
    from ._exceptions import ServiceUnavailableError as ServiceUnavailableError
    from ._exceptions import TimeoutError as TimeoutError
    from ._exceptions import TimestampError as TimestampError
    from ._exceptions import TransportError as TransportError
    from ._exceptions import ValidationError as ValidationError
    from ._exceptions import WebSocketError as WebSocketError
    from ._markets import MarketRules as MarketRules
    from ._ratelimit import RateLimitInfo as RateLimitInfo
    from ._response import RawResponse as RawResponse
    from ._retry import RetryPolicy as RetryPolicy
    from ._types import BatchItem as BatchItem
    from ._types import Levels as Levels
    from ._types import Page as Page
    from .ws import AsyncOrderBookStream as AsyncOrderBookStream
    from .ws import AsyncSubscription as AsyncSubscription
    from .ws import BookStatus as BookStatus
    from .ws import BookUpdate as BookUpdate
    from .ws import Gap as Gap
    from .ws import OrderBook as OrderBook
    from .ws import OrderBookStream as OrderBookStream
    from .ws import Subscription as Subscription
    from .ws import WsTimings as WsTimings

_EXPORTS = {
    "AsyncCoinEx": "._client",
    "CoinEx": "._client",
    "Clock": "._clock",
    "ClientConfig": "._config",
    "Credentials": "._credentials",
    "CoinExEnum": "._enum",
    "MarketRules": "._markets",
    "RateLimitInfo": "._ratelimit",
    "RawResponse": "._response",
    "RetryPolicy": "._retry",
    "BatchItem": "._types",
    "Levels": "._types",
    "Page": "._types",
    "AsyncOrderBookStream": ".ws",
    "AsyncSubscription": ".ws",
    "BookStatus": ".ws",
    "BookUpdate": ".ws",
    "Gap": ".ws",
    "OrderBook": ".ws",
    "OrderBookStream": ".ws",
    "Subscription": ".ws",
    "WsTimings": ".ws",
    **dict.fromkeys(_exceptions.__all__, "._exceptions"),
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'coinex_sdk' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
