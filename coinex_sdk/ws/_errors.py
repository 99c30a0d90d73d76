"""The WebSocket layer's errors, under :class:`coinex_sdk.WebSocketError`.

    WebSocketError
    ├── WsConnectionError            the socket could not be opened, or was lost under a request
    │   └── WsClientClosedError      the client was closed by its owner
    ├── WsRequestTimeoutError        no reply to a request in time
    ├── WsDecodeError                a frame or a push that does not decode (keeps the raw frame)
    └── WsApiError                   CoinEx said ``code != 0`` (docs/protocol/websocket.md §7); each
        │                            subclass is also the REST ``ApiError`` category named
        ├── WsParameterError            20001 / 30001   ParameterError
        ├── WsMethodNotFoundError       20002 / 30002   ParameterError
        ├── WsAuthRequiredError         21001 / 31001   AuthenticationError (sign first)
        ├── WsAuthenticationError       21002 / 31002   AuthenticationError
        ├── WsServiceTimeoutError       23001 / 33001   ServiceUnavailableError
        ├── WsRateLimitError            23002 / 33002   RateLimitError
        ├── WsInternalError             24001 / 34001   ServiceUnavailableError
        └── WsServiceUnavailableError   24002 / 34002   ServiceUnavailableError

The codes, classes and categories live in ``ws_codes`` of ``spec/errors.yaml``; the subclasses are
generated into ``coinex_sdk._generated.ws_errors``. Spot codes are 2xxxx and futures codes 3xxxx
with the same last four digits, so one table keyed by ``code % 10000`` covers both venues.
Messages carry the method and CoinEx's code and text, never request params (``server.sign``
params hold the signature).
"""

from __future__ import annotations

import cattrs

from .._exceptions import WebSocketError, WsApiError
from .._generated.ws_errors import WS_ERROR_CLASSES

__all__ = [
    "WsClientClosedError",
    "WsConnectionError",
    "WsDecodeError",
    "WsRequestTimeoutError",
    "api_error",
]  # with the generated WsApiError subclasses, exported by coinex_sdk.ws


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

    @classmethod
    def of_push(
        cls, problem: BaseException, *, frame: bytes | str, method: str | None
    ) -> WsDecodeError:
        """A push whose ``data`` did not fit its model; ``problem`` is what the decoder raised
        (cattrs' nested errors are flattened into a short reason)."""
        if isinstance(problem, cattrs.BaseValidationError):
            reason = "; ".join(cattrs.transform_error(problem)[:5])
        else:
            reason = f"{type(problem).__name__}: {problem}"
        return cls(
            reason if len(reason) <= 300 else reason[:300] + "...", frame=frame, method=method
        )


def api_error(code: int, message: str, method: str) -> WsApiError:
    """The typed error for a CoinEx WebSocket error reply."""
    cls = WS_ERROR_CLASSES.get(code % 10000, WsApiError) if 20000 <= code < 40000 else WsApiError
    return cls(code=code, message=message, method=method)
