# generated from spec/ by `python -m generator`; do not edit.
"""CoinEx WebSocket error classes, from ``ws_codes`` in spec/errors.yaml.

Each is a :class:`~coinex_sdk.WsApiError` (so a ``WebSocketError``) and the REST ``ApiError``
category of the same meaning, so ``except RateLimitError:`` catches both sides.
"""

from __future__ import annotations

from .._exceptions import (
    AuthenticationError,
    ParameterError,
    RateLimitError,
    ServiceUnavailableError,
    WsApiError,
)

__all__ = [
    "WS_ERROR_CLASSES",
    "WsAuthRequiredError",
    "WsAuthenticationError",
    "WsInternalError",
    "WsMethodNotFoundError",
    "WsParameterError",
    "WsRateLimitError",
    "WsServiceTimeoutError",
    "WsServiceUnavailableError",
]


class WsParameterError(WsApiError, ParameterError):
    """Parameter error (20001 / 30001)."""


class WsMethodNotFoundError(WsApiError, ParameterError):
    """No such method on this venue, e.g. position on spot (20002 / 30002)."""


class WsAuthRequiredError(WsApiError, AuthenticationError):
    """The method needs server.sign first (21001 / 31001)."""


class WsAuthenticationError(WsApiError, AuthenticationError):
    """server.sign was rejected: wrong key, signature or timestamp (21002 / 31002)."""


class WsServiceTimeoutError(WsApiError, ServiceUnavailableError):
    """CoinEx timed out serving the request (23001 / 33001)."""


class WsRateLimitError(WsApiError, RateLimitError):
    """Requests were sent too frequently (23002 / 33002)."""


class WsInternalError(WsApiError, ServiceUnavailableError):
    """CoinEx internal error (24001 / 34001)."""


class WsServiceUnavailableError(WsApiError, ServiceUnavailableError):
    """The service is temporarily unavailable (24002 / 34002)."""


WS_ERROR_CLASSES: dict[int, type[WsApiError]] = {
    1: WsParameterError,
    2: WsMethodNotFoundError,
    1001: WsAuthRequiredError,
    1002: WsAuthenticationError,
    3001: WsServiceTimeoutError,
    3002: WsRateLimitError,
    4001: WsInternalError,
    4002: WsServiceUnavailableError,
}
"""Class by the code's last four digits (spot 2xxxx and futures 3xxxx share them)."""
