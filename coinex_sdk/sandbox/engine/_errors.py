"""The one error the sandbox raises: a CoinEx error code and message.

Every rejection the real exchange answers with ``{"code": <n>, "data": {}, "message": ...}`` is a
``SandboxApiError`` here, raised from the engine and turned into that envelope by the server layer.
The codes are CoinEx's own (docs.coinex.com/api/v2/error); the names below say which rule of the
exchange each one stands for, so engine code reads ``raise SandboxApiError(INSUFFICIENT_BALANCE)``.

Messages are built from codes, parameter names and ids only: never from credentials or headers.
"""

from __future__ import annotations

__all__ = [
    "AUTH_ACCESS_ID",
    "AUTH_SIGNATURE",
    "AUTH_SIGN_FORMAT",
    "AUTH_TIMESTAMP",
    "BELOW_MIN_AMOUNT",
    "FOK_UNFILLED",
    "INSUFFICIENT_BALANCE",
    "INSUFFICIENT_PERMISSIONS",
    "INTERNAL_ERROR",
    "IP_PROHIBITED",
    "MAKER_ONLY_WOULD_TAKE",
    "MARKET_DEPTH_EMPTY",
    "NOT_SIMULATED",
    "ORDER_NOT_FOUND",
    "PARAMETER_ERROR",
    "RATE_LIMITED",
    "REQUEST_PARAMETERS_INCORRECT",
    "SERVICE_BUSY",
    "SERVICE_UNAVAILABLE",
    "TRADING_PROHIBITED",
    "USER_PROHIBITED",
    "SandboxApiError",
]

SERVICE_BUSY = 3008
INSUFFICIENT_BALANCE = 3109
BELOW_MIN_AMOUNT = 3127
ORDER_NOT_FOUND = 3600
MARKET_DEPTH_EMPTY = 3620
FOK_UNFILLED = 3621
MAKER_ONLY_WOULD_TAKE = 3622
REQUEST_PARAMETERS_INCORRECT = 3639
SERVICE_UNAVAILABLE = 4001
INTERNAL_ERROR = 4003
PARAMETER_ERROR = 4004
AUTH_ACCESS_ID = 4005
AUTH_SIGNATURE = 4006
IP_PROHIBITED = 4007
AUTH_SIGN_FORMAT = 4008
AUTH_TIMESTAMP = 4010
NOT_SIMULATED = 4018
"""CoinEx's "endpoint not available" code, answered by the endpoints the sandbox does not
simulate (the SDK raises ``DeprecatedEndpointError``, which is never retried); the message says
so: ``not simulated by the sandbox: <endpoint>``."""
USER_PROHIBITED = 4011
TRADING_PROHIBITED = 4115
RATE_LIMITED = 4213
INSUFFICIENT_PERMISSIONS = 4512

_DEFAULT_MESSAGES: dict[int, str] = {
    SERVICE_BUSY: "service too busy",
    INSUFFICIENT_BALANCE: "balance not enough",
    BELOW_MIN_AMOUNT: "amount too small",
    ORDER_NOT_FOUND: "order not found",
    MARKET_DEPTH_EMPTY: "market order temporarily unavailable, insufficient depth",
    FOK_UNFILLED: "order cannot be completely filled and was canceled",
    MAKER_ONLY_WOULD_TAKE: "order cannot be maker only and was canceled",
    REQUEST_PARAMETERS_INCORRECT: "request parameters incorrect",
    SERVICE_UNAVAILABLE: "service unavailable",
    INTERNAL_ERROR: "internal error",
    PARAMETER_ERROR: "invalid argument",
    AUTH_ACCESS_ID: "access_id not exists",
    AUTH_SIGNATURE: "signature verification failed",
    AUTH_SIGN_FORMAT: "invalid X-COINEX-SIGN",
    AUTH_TIMESTAMP: "request expired: timestamp outside the window",
    NOT_SIMULATED: "not simulated by the sandbox",
    IP_PROHIBITED: "IP address prohibited",
    USER_PROHIBITED: "user prohibited from accessing",
    TRADING_PROHIBITED: "user prohibited from trading",
    INSUFFICIENT_PERMISSIONS: "insufficient sub-account permissions",
    RATE_LIMITED: "request too frequent",
}


class SandboxApiError(Exception):
    """A CoinEx error answer: ``code`` is CoinEx's error code, ``message`` its text."""

    def __init__(self, code: int, message: str | None = None) -> None:
        self.code = code
        self.message = message if message is not None else _DEFAULT_MESSAGES.get(code, "error")
        super().__init__(f"{code}: {self.message}")

    def __repr__(self) -> str:
        return f"SandboxApiError({self.code}, {self.message!r})"
