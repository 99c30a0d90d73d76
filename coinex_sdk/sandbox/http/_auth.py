"""Checking signed requests the way CoinEx does (docs.coinex.com/api/v2/authorization).

HTTP: the client sends ``X-COINEX-KEY`` (access_id), ``X-COINEX-TIMESTAMP`` (ms),
``X-COINEX-SIGN`` and optionally ``X-COINEX-WINDOWTIME`` (ms, default 5000). The signature is
``hex(HMAC_SHA256(secret_key, METHOD + request_target + body + timestamp))`` over the exact bytes
of the request line's target (path and query as received) and of the body. The checks run in
CoinEx's order and answer its codes:

====  ==========================================================================================
4005  unknown ``X-COINEX-KEY``
4008  ``X-COINEX-SIGN`` is not 64 hex characters
4010  ``X-COINEX-TIMESTAMP`` missing, not a number, or further than the window from the
      exchange's clock, in either direction (a client clock running ahead fails too)
4006  the signature does not match
====  ==========================================================================================

Upper- and lower-case hex are both accepted: the docs say lowercase, CoinEx.Net sends uppercase.
Unless ``strict_signing`` is set, the older ``sha256(prepared_str + secret_key)`` scheme that
CoinEx's own demo and ccxt used is accepted too (docs/protocol/signing.md §D). Comparisons use
``hmac.compare_digest``.

WebSocket ``server.sign``: ``signed_str = hex(HMAC_SHA256(secret_key, str(timestamp)))``; the same
checks apply, and the WS layer reports any failure with the endpoint's auth code (21002 on
``/v2/spot``, 31002 on ``/v2/futures``; see ``WS_AUTH_FAILED``).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Mapping
from typing import Protocol, TypeVar

from ..._signing import http_prepared, sign
from ..engine._errors import (
    AUTH_ACCESS_ID,
    AUTH_SIGN_FORMAT,
    AUTH_SIGNATURE,
    AUTH_TIMESTAMP,
    PARAMETER_ERROR,
    SandboxApiError,
)

__all__ = [
    "DEFAULT_WINDOW_MS",
    "WS_AUTH_FAILED",
    "SigningAccount",
    "signature_matches",
    "verify_http_request",
    "verify_ws_sign",
]

DEFAULT_WINDOW_MS = 5000
WS_AUTH_FAILED: dict[str, int] = {"spot": 21002, "futures": 31002}
"""The ``server.sign`` failure code of each WebSocket endpoint."""

_HEX64 = re.compile(r"[0-9a-fA-F]{64}")
_DIGITS = re.compile(r"[0-9]{1,19}")


class SigningAccount(Protocol):
    """What verification needs from an account (``Account`` fits)."""

    @property
    def access_id(self) -> str: ...

    @property
    def secret_bytes(self) -> bytes: ...


A = TypeVar("A", bound=SigningAccount)


def signature_matches(secret: bytes, prepared: bytes, signature: str, *, strict: bool) -> bool:
    """Whether ``signature`` signs ``prepared`` (HMAC, or the legacy scheme unless strict)."""
    provided = signature.lower()
    ok = hmac.compare_digest(provided, sign(secret, prepared))
    if not strict:
        legacy = hashlib.sha256(prepared + secret).hexdigest()
        ok = hmac.compare_digest(provided, legacy) or ok
    return ok


def _lookup(lookup: Callable[[str], A | None], access_id: str | None) -> A:
    account = lookup(access_id) if access_id else None
    if account is None:
        raise SandboxApiError(AUTH_ACCESS_ID)
    return account


def _check_sign_format(signature: object) -> str:
    if not isinstance(signature, str) or not _HEX64.fullmatch(signature):
        raise SandboxApiError(AUTH_SIGN_FORMAT)
    return signature


def _check_window(timestamp: int, now_ms: int, window_ms: int) -> None:
    if abs(now_ms - timestamp) > window_ms:
        raise SandboxApiError(AUTH_TIMESTAMP)


def verify_http_request(
    *,
    lookup: Callable[[str], A | None],
    method: str,
    raw_target: bytes,
    body: bytes,
    headers: Mapping[str, str],
    now_ms: int,
    strict_signing: bool = False,
) -> A:
    """The account that signed this request, or ``SandboxApiError`` with CoinEx's code.

    ``raw_target`` is the request target exactly as received (``/v2/...?query``, no host) and
    ``body`` the raw body bytes (empty for GET); header names are matched case-insensitively.
    """
    fields = {name.lower(): value for name, value in headers.items()}
    account = _lookup(lookup, fields.get("x-coinex-key"))
    signature = _check_sign_format(fields.get("x-coinex-sign"))
    raw_timestamp = fields.get("x-coinex-timestamp", "")
    if not _DIGITS.fullmatch(raw_timestamp):
        raise SandboxApiError(AUTH_TIMESTAMP)
    timestamp = int(raw_timestamp)
    raw_window = fields.get("x-coinex-windowtime")
    if raw_window is None:
        window = DEFAULT_WINDOW_MS
    elif _DIGITS.fullmatch(raw_window) and int(raw_window) > 0:
        window = int(raw_window)
    else:
        raise SandboxApiError(PARAMETER_ERROR, "invalid X-COINEX-WINDOWTIME")
    _check_window(timestamp, now_ms, window)
    prepared = http_prepared(method, raw_target, body, timestamp)
    if not signature_matches(account.secret_bytes, prepared, signature, strict=strict_signing):
        raise SandboxApiError(AUTH_SIGNATURE)
    return account


def verify_ws_sign(
    *,
    lookup: Callable[[str], A | None],
    params: Mapping[str, object],
    now_ms: int,
    window_ms: int | None = DEFAULT_WINDOW_MS,
) -> A:
    """The account of a ``server.sign`` request's ``params`` (access_id, signed_str, timestamp).

    ``window_ms=None`` skips the freshness check (the docs do not state a WebSocket window).
    """
    access_id = params.get("access_id")
    account = _lookup(lookup, access_id if isinstance(access_id, str) else None)
    signature = _check_sign_format(params.get("signed_str"))
    timestamp = params.get("timestamp")
    if isinstance(timestamp, bool) or not isinstance(timestamp, int):
        raise SandboxApiError(AUTH_TIMESTAMP)
    if window_ms is not None:
        _check_window(timestamp, now_ms, window_ms)
    expected = sign(account.secret_bytes, str(timestamp).encode())
    if not hmac.compare_digest(signature.lower(), expected):
        raise SandboxApiError(AUTH_SIGNATURE)
    return account
