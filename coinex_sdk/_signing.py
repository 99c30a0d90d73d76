"""CoinEx v2 request signing as pure functions (docs.coinex.com/api/v2/authorization).

HTTP: ``prepared_str = METHOD + request_path_with_query + body + timestamp`` and
``X-COINEX-SIGN = hex(HMAC_SHA256(secret_key, prepared_str)).lower()``. The path and query are the
bytes of the request target as sent on the wire, and the body is the bytes sent: the caller hands
us exactly those bytes, so what is signed cannot drift from what is sent.

WebSocket ``server.sign``: the prepared string is ``str(timestamp)`` alone.
"""

from __future__ import annotations

import hashlib
import hmac

from ._credentials import Credentials

__all__ = [
    "WS_SIGN_METHOD",
    "http_prepared",
    "http_sign_headers",
    "sign",
    "ws_sign_params",
]

WS_SIGN_METHOD = "server.sign"


def sign(secret: bytes, prepared: bytes) -> str:
    """HMAC-SHA256 of ``prepared`` keyed with ``secret``, as 64 lowercase hex characters."""
    return hmac.new(secret, prepared, hashlib.sha256).hexdigest()


def http_prepared(method: str, raw_target: bytes, body: bytes, timestamp: int) -> bytes:
    """The exact bytes CoinEx signs for an HTTP request.

    ``raw_target`` is the path plus ``?query`` exactly as on the request line (no host).
    """
    return b"".join((method.upper().encode("ascii"), raw_target, body, str(timestamp).encode()))


def http_sign_headers(
    credentials: Credentials,
    method: str,
    raw_target: bytes,
    body: bytes,
    timestamp: int,
    window_time: int | None = None,
) -> dict[str, str]:
    """The auth headers for one HTTP request."""
    prepared = http_prepared(method, raw_target, body, timestamp)
    headers = {
        "X-COINEX-KEY": credentials.access_id,
        "X-COINEX-SIGN": sign(credentials.secret_bytes, prepared),
        "X-COINEX-TIMESTAMP": str(timestamp),
    }
    if window_time is not None:
        headers["X-COINEX-WINDOWTIME"] = str(window_time)
    return headers


def ws_sign_params(credentials: Credentials, timestamp: int) -> dict[str, str | int]:
    """The ``params`` of a WebSocket ``server.sign`` request (timestamp sent as an int)."""
    return {
        "access_id": credentials.access_id,
        "signed_str": sign(credentials.secret_bytes, str(timestamp).encode()),
        "timestamp": timestamp,
    }
