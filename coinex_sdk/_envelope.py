"""CoinEx's answer, from the bytes received to a success :class:`Envelope` or a typed error.

docs/protocol/rest.md §3: a non-200 status comes from the gateway and may not be JSON (keep the raw
body); a 200 carries ``{"code", "data", "message"}`` and ``code != 0`` is an API error whose class
``spec/errors.yaml`` chooses by code. Every error keeps the bytes exactly as received.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from typing import Any

import attrs

from ._endpoint import Endpoint
from ._exceptions import (
    API_ERROR_CLASSES,
    ApiError,
    CoinExError,
    DecodeError,
    HTTPStatusError,
    InvalidOrderError,
)
from ._wire import MAX_BODY_BYTES, decode_json, inflate

__all__ = ["Envelope", "Response", "decode_envelope", "error_class"]


@attrs.frozen(slots=True)
class Response:
    """One HTTP answer as the drivers hand it over: status, headers and the body as received
    (still content-encoded: decoding it is the envelope's job, so no error loses the bytes)."""

    status_code: int
    headers: Mapping[str, str]
    """Case-insensitive (httpx's or aiohttp's header mapping)."""
    content: bytes


@attrs.frozen
class Envelope:
    """A decoded success envelope: ``data`` plus the pagination info CoinEx sent with it."""

    data: Any
    pagination: Mapping[str, Any] | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict, repr=False)
    status_code: int = 200
    raw: bytes = attrs.field(default=b"", repr=False)
    """The response body exactly as received (what a DecodeError keeps)."""
    elapsed: float = 0.0
    """Seconds from sending the request to having the whole answer."""
    recovered: bool = False
    """True when ``data`` is an order found by its client_id after the placement's answer was
    lost (the shape of a lookup result, not of the placement's answer)."""
    item_errors: Mapping[int, CoinExError] = attrs.field(factory=dict, repr=False)
    """For a recovered batch: the items whose outcome stayed unknown, by index."""


def error_class(code: int) -> type[ApiError]:
    """The ApiError subclass for a CoinEx code, from the generated table of spec/errors.yaml."""
    from ._generated.errors import ERROR_CLASSES

    name = ERROR_CLASSES.get(code)
    if name is not None:
        return API_ERROR_CLASSES[name]
    if 3600 <= code < 3700:  # the order-rule family (docs error table)
        return InvalidOrderError
    return ApiError


def decode_envelope(endpoint: Endpoint, response: Response, elapsed: float = 0.0) -> Envelope:
    """The success envelope of ``response``, or the typed error it amounts to."""
    raw = response.content
    method, path = endpoint.method, endpoint.path
    headers = response.headers
    if response.status_code != 200:
        raise HTTPStatusError(
            method=method,
            path=path,
            status_code=response.status_code,
            body=raw,
            headers=dict(headers),
        )

    def bad(reason: str) -> DecodeError:
        return DecodeError(
            reason, method=method, path=path, status_code=200, body=raw, headers=dict(headers)
        )

    try:
        text = _decompress(raw, headers.get("content-encoding"))
    except (zlib.error, ValueError) as exc:
        raise bad(f"body does not match its Content-Encoding ({exc})") from None
    try:
        envelope = decode_json(text)
    except (ValueError, RecursionError):
        raise bad("response is not JSON") from None
    code = envelope.get("code") if isinstance(envelope, dict) else None
    if not isinstance(code, int) or isinstance(code, bool):
        raise bad("response is not a CoinEx envelope (no integer 'code')")
    if code != 0:
        message = envelope.get("message")
        raise error_class(code)(
            code=code,
            message=message if isinstance(message, str) else "",
            method=method,
            path=path,
            body=raw,
            headers=dict(headers),
            data=envelope.get("data"),
        )
    # CoinEx misspells the key as "paginatation" on some endpoints (deposit-history).
    pagination = envelope.get("pagination", envelope.get("paginatation"))
    if pagination is not None and not isinstance(pagination, dict):
        raise bad("'pagination' is not an object")
    return Envelope(envelope.get("data"), pagination, headers, 200, raw, elapsed)


def _decompress(raw: bytes, encoding: str | None) -> bytes:
    """The body without its Content-Encoding (we ask only for gzip and deflate)."""
    if not encoding or encoding == "identity":
        return raw
    codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
    for coding in reversed(codings):
        if coding in ("gzip", "x-gzip"):
            raw = inflate(raw, zlib.MAX_WBITS | 16, MAX_BODY_BYTES)
        elif coding == "deflate":
            try:
                raw = inflate(raw, zlib.MAX_WBITS, MAX_BODY_BYTES)
            except zlib.error:  # some servers send raw deflate without the zlib header
                raw = inflate(raw, -zlib.MAX_WBITS, MAX_BODY_BYTES)
        elif coding != "identity":
            raise ValueError(f"unsupported encoding {coding!r}")
    return raw
