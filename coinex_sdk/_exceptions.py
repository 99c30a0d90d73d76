"""The exception tree of coinex-sdk.

    CoinExError
    ├── ValidationError          bad arguments, raised before anything is sent (also a ValueError)
    ├── CredentialsError         a signed call without credentials (also a ValidationError)
    ├── LocalRateLimitError      the client-side limiter would have to wait and was told to raise
    ├── OrderOutcomeUnknownError an order placement's answer was lost and its client_id was not
    │                            found within the settle window; it was NOT resent
    ├── TransportError           nothing usable came back: connection failed, timed out
    │   └── TimeoutError
    ├── ResponseError            something came back, but not a success envelope
    │   ├── HTTPStatusError      HTTP status other than 200 (gateway errors; keeps the raw body)
    │   ├── DecodeError          the body is not a CoinEx JSON envelope (keeps the raw body)
    │   └── ApiError             ``code != 0``: the class is chosen by CoinEx's error code
    │       ├── AuthenticationError       4005 4006 4008
    │       │   └── TimestampError        4010 4017 (clock skew; the client re-syncs once)
    │       ├── PermissionDeniedError     4007 4011 4115 4117 4130 4158 4159 4512
    │       ├── RateLimitError            4213 4123
    │       ├── ServiceUnavailableError   3008 4001 4002 4003 3157
    │       ├── InsufficientBalanceError  3109
    │       ├── InvalidOrderError         3127 36xx
    │       │   ├── InvalidPriceError
    │       │   └── InvalidAmountError
    │       ├── NotFoundError             3600
    │       ├── ParameterError            4004 4009 3639
    │       └── DeprecatedEndpointError   4018
    ├── DataError                a value read lazily from a model is not what CoinEx documents
    │                            (an order-book level that is not two decimal numbers)
    └── WebSocketError           the stream layer (see coinex_sdk.ws)
        └── WsApiError           a WebSocket reply with ``code != 0``; each generated subclass
                                 is also the ApiError category of the same meaning
                                 (``WsRateLimitError`` is a ``RateLimitError``)

Which code maps to which class lives in ``spec/errors.yaml`` and reaches this module through the
generated ``coinex_sdk._generated.errors`` table; this module holds only the classes.
Secrets never appear in any message: messages are built from codes, methods, paths and bodies of
*responses*, never from request headers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing import TypedDict

    from typing_extensions import NotRequired, Unpack

    class _Exchange(TypedDict):
        """Where a response came from and what it was: every :class:`ResponseError` keeps it."""

        method: str
        path: str
        status_code: int
        body: bytes
        headers: NotRequired[dict[str, str] | None]


__all__ = [
    "ApiError",
    "AuthenticationError",
    "CoinExError",
    "CredentialsError",
    "DataError",
    "DecodeError",
    "DeprecatedEndpointError",
    "HTTPStatusError",
    "InsufficientBalanceError",
    "InvalidAmountError",
    "InvalidOrderError",
    "InvalidPriceError",
    "LocalRateLimitError",
    "NotFoundError",
    "OrderOutcomeUnknownError",
    "ParameterError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseError",
    "ServiceUnavailableError",
    "TimeoutError",
    "TimestampError",
    "TransportError",
    "ValidationError",
    "WebSocketError",
]

_BODY_PREVIEW = 500


class CoinExError(Exception):
    """Base of every error raised by coinex-sdk."""


class ValidationError(CoinExError, ValueError):
    """An argument is invalid; nothing was sent."""

    def __init__(self, message: str, *, param: str | None = None) -> None:
        super().__init__(message)
        self.param = param


class CredentialsError(ValidationError):
    """A signed endpoint was called without credentials; nothing was sent."""


class LocalRateLimitError(CoinExError):
    """The client-side rate limiter would have had to wait ``retry_after`` seconds."""

    def __init__(self, group: str, retry_after: float) -> None:
        super().__init__(f"rate-limit group {group!r} is exhausted; retry in {retry_after:.3f}s")
        self.group = group
        self.retry_after = retry_after


class OrderOutcomeUnknownError(CoinExError):
    """An order placement may or may not have reached CoinEx, and it was **not resent**.

    Its answer was lost (a read timeout, a reset connection, HTTP 5xx, a garbled body), and
    looking the order up by its client_id in the pending and finished orders over the settle
    window (``RetryPolicy.settle_window``) did not find it. CoinEx may still show it later: look
    for ``client_ids`` before placing the order again. ``__cause__`` is the original failure.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        path: str,
        client_ids: tuple[str, ...],
        cause: CoinExError,
    ) -> None:
        super().__init__(message)
        self.method = method
        self.path = path
        self.client_ids = client_ids
        self.cause = cause


class TransportError(CoinExError):
    """The request failed on the way: connection refused or reset, TLS, timeout."""

    def __init__(self, message: str, *, method: str, path: str) -> None:
        super().__init__(f"{method} {path}: {message}")
        self.method = method
        self.path = path


class TimeoutError(TransportError):
    """The request timed out (connect, read, write or pool)."""


class ResponseError(CoinExError):
    """A response arrived but is not a success. ``body`` keeps the raw bytes."""

    def __init__(self, message: str, **exchange: Unpack[_Exchange]) -> None:
        super().__init__(message)
        self.method = exchange["method"]
        self.path = exchange["path"]
        self.status_code = exchange["status_code"]
        self.body = exchange["body"]
        self.headers = exchange.get("headers") or {}

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def _preview(body: bytes) -> str:
    text = body.decode("utf-8", "replace")
    return text if len(text) <= _BODY_PREVIEW else text[:_BODY_PREVIEW] + "..."


class HTTPStatusError(ResponseError):
    """HTTP status other than 200; the body may not be JSON (CoinEx's gateway answered)."""

    def __init__(self, **exchange: Unpack[_Exchange]) -> None:
        method, path, status = exchange["method"], exchange["path"], exchange["status_code"]
        super().__init__(
            f"{method} {path}: HTTP {status}: {_preview(exchange['body'])}", **exchange
        )


class DecodeError(ResponseError):
    """The body is not a CoinEx JSON envelope, is beyond the decoder's bounds (size, nesting,
    ``NaN``/``Infinity`` literals), or its ``data``/``pagination`` does not fit the model.
    ``body`` is always the bytes as received."""

    def __init__(self, reason: str, **exchange: Unpack[_Exchange]) -> None:
        method, path = exchange["method"], exchange["path"]
        super().__init__(f"{method} {path}: {reason}: {_preview(exchange['body'])}", **exchange)
        self.reason = reason


class ApiError(ResponseError):
    """CoinEx answered ``code != 0``. Subclasses are chosen by ``code``."""

    def __init__(
        self,
        *,
        code: int,
        message: str,
        method: str,
        path: str,
        status_code: int = 200,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        data: Any = None,
    ) -> None:
        super().__init__(
            f"{method} {path}: CoinEx error {code}: {message}",
            method=method,
            path=path,
            status_code=status_code,
            body=body,
            headers=headers,
        )
        self.code = code
        self.message = message
        self.data = data

    @property
    def request_id(self) -> str | None:
        """CoinEx's request id header, where the gateway sent one."""
        for name in ("x-request-id", "x-trace-id"):
            if name in self.headers:
                return self.headers[name]
        return None


class AuthenticationError(ApiError):
    """The key, signature or account was rejected."""


class TimestampError(AuthenticationError):
    """X-COINEX-TIMESTAMP was outside the window: the local clock is off."""


class PermissionDeniedError(ApiError):
    """The key or account may not do this (IP whitelist, trading disabled, sub-account rights)."""


class RateLimitError(ApiError):
    """CoinEx's rate limit was hit (4213)."""


class ServiceUnavailableError(ApiError):
    """CoinEx is busy or unavailable; safe to retry for idempotent calls."""


class InsufficientBalanceError(ApiError):
    """Not enough available balance."""


class InvalidOrderError(ApiError):
    """The order was rejected by the matching rules."""


class InvalidPriceError(InvalidOrderError):
    """The order price was rejected (deviation from last, index or trigger price)."""


class InvalidAmountError(InvalidOrderError):
    """The order amount was rejected (below minimum, too deep for the book)."""


class NotFoundError(ApiError):
    """The order, market or record does not exist."""


class ParameterError(ApiError):
    """CoinEx rejected a parameter."""


class DeprecatedEndpointError(ApiError):
    """The endpoint is deprecated; use the newer one."""


class DataError(CoinExError, ValueError):
    """A value kept raw in a model (order-book levels are read lazily, for speed) turned out not
    to be what CoinEx documents when it was read. ``raw`` is the value as received."""

    def __init__(self, message: str, *, raw: object) -> None:
        super().__init__(message)
        self.raw = raw


class WebSocketError(CoinExError):
    """Base of the WebSocket layer's errors."""


class WsApiError(WebSocketError, ApiError):
    """CoinEx replied ``code != 0`` to the WebSocket ``method``. Subclasses are chosen by the
    code (``ws_codes`` in ``spec/errors.yaml``); each is also the REST category of the same
    meaning. There is no HTTP exchange: ``path`` is ``""``, ``body`` empty, ``headers`` empty."""

    def __init__(self, *, code: int, message: str, method: str) -> None:
        CoinExError.__init__(self, f"{method}: CoinEx error {code}: {message or '(no message)'}")
        self.code = code
        self.message = message
        self.method = method
        self.path = ""
        self.status_code = 200
        self.body = b""
        self.headers: dict[str, str] = {}
        self.data = None


API_ERROR_CLASSES: dict[str, type[ApiError]] = {
    cls.__name__: cls
    for cls in (
        ApiError,
        AuthenticationError,
        TimestampError,
        PermissionDeniedError,
        RateLimitError,
        ServiceUnavailableError,
        InsufficientBalanceError,
        InvalidOrderError,
        InvalidPriceError,
        InvalidAmountError,
        NotFoundError,
        ParameterError,
        DeprecatedEndpointError,
    )
}
"""The classes ``spec/errors.yaml`` may name."""
