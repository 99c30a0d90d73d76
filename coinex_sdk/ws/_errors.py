"""The WebSocket layer's errors, under :class:`coinex_sdk.WebSocketError`.

    WebSocketError
    ├── WsConnectionError            the socket could not be opened, or was lost under a request
    │   └── WsClientClosedError      the client was closed by its owner
    ├── WsRequestTimeoutError        no reply to a request in time
    ├── WsDecodeError                a frame or a push that does not decode (keeps the raw frame)
    └── WsApiError                   CoinEx answered ``code != 0`` (reference section 7)
        ├── WsParameterError            20001 / 30001
        ├── WsMethodNotFoundError       20002 / 30002
        ├── WsAuthRequiredError         21001 / 31001  (``server.sign`` first)
        ├── WsAuthenticationError       21002 / 31002
        ├── WsServiceTimeoutError       23001 / 33001
        ├── WsRateLimitError            23002 / 33002
        ├── WsInternalError             24001 / 34001
        └── WsServiceUnavailableError   24002 / 34002

Spot codes are 2xxxx and futures codes 3xxxx with the same last four digits, so one table keyed by
``code % 10000`` covers both endpoints. Messages carry the method and CoinEx's code and text, never
request params (``server.sign`` params hold the signature).
"""

from __future__ import annotations

from .._exceptions import WebSocketError

__all__ = [
    "WsApiError",
    "WsAuthRequiredError",
    "WsAuthenticationError",
    "WsClientClosedError",
    "WsConnectionError",
    "WsDecodeError",
    "WsInternalError",
    "WsMethodNotFoundError",
    "WsParameterError",
    "WsRateLimitError",
    "WsRequestTimeoutError",
    "WsServiceTimeoutError",
    "WsServiceUnavailableError",
    "api_error",
]


class WsConnectionError(WebSocketError):
    """The connection could not be opened, or closed while a request waited for its reply."""


class WsClientClosedError(WsConnectionError):
    """The client was closed; open a new one."""


class WsRequestTimeoutError(WebSocketError):
    """CoinEx sent no reply to ``method`` within the request timeout."""

    def __init__(self, method: str, timeout: float) -> None:
        super().__init__(f"{method}: no reply within {timeout:g}s")
        self.method = method
        self.timeout = timeout


class WsDecodeError(WebSocketError):
    """A frame that is not a CoinEx message, or a push whose ``data`` does not fit its model.

    ``frame`` is the frame exactly as received (gzip bytes, or text); ``method`` the push's
    method when known; ``reason`` what was wrong. Streams do not raise it: it rides on the
    :class:`~coinex_sdk.ws.Gap` that replaces what could not be read (``gap.error``).
    """

    def __init__(self, reason: str, *, frame: bytes | str, method: str | None = None) -> None:
        where = f"{method}: " if method else ""
        super().__init__(f"{where}undecodable WebSocket message: {reason}")
        self.reason = reason
        self.frame = frame
        self.method = method


class WsApiError(WebSocketError):
    """CoinEx replied ``code != 0`` to ``method``. Subclasses are chosen by the code."""

    def __init__(self, *, code: int, message: str, method: str) -> None:
        super().__init__(f"{method}: CoinEx error {code}: {message or '(no message)'}")
        self.code = code
        self.message = message
        self.method = method


class WsParameterError(WsApiError):
    """A request parameter was rejected (20001 / 30001)."""


class WsMethodNotFoundError(WsApiError):
    """No such method on this endpoint (20002 / 30002), e.g. ``position`` on spot."""


class WsAuthRequiredError(WsApiError):
    """The method needs ``server.sign`` first (21001 / 31001)."""


class WsAuthenticationError(WsApiError):
    """``server.sign`` was rejected (21002 / 31002): wrong key, signature or timestamp."""


class WsServiceTimeoutError(WsApiError):
    """CoinEx timed out serving the request (23001 / 33001)."""


class WsRateLimitError(WsApiError):
    """Requests were sent too frequently (23002 / 33002)."""


class WsInternalError(WsApiError):
    """CoinEx internal error (24001 / 34001)."""


class WsServiceUnavailableError(WsApiError):
    """The service is temporarily unavailable (24002 / 34002)."""


# Reference section 7: spot 2xxxx and futures 3xxxx share their last four digits.
_BY_SUFFIX: dict[int, type[WsApiError]] = {
    1: WsParameterError,
    2: WsMethodNotFoundError,
    1001: WsAuthRequiredError,
    1002: WsAuthenticationError,
    3001: WsServiceTimeoutError,
    3002: WsRateLimitError,
    4001: WsInternalError,
    4002: WsServiceUnavailableError,
}


def api_error(code: int, message: str, method: str) -> WsApiError:
    """The typed error for a CoinEx WebSocket error reply."""
    cls = _BY_SUFFIX.get(code % 10000, WsApiError) if 20000 <= code < 40000 else WsApiError
    return cls(code=code, message=message, method=method)
