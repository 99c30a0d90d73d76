"""Turning Python argument values into the bytes CoinEx receives, and response bytes back into JSON.

Rules (docs/protocol/rest.md §4, and "signed == sent"):
- ``None`` is omitted; bools are ``true``/``false``; ints must fit CoinEx's int64.
- ``Decimal`` goes out as ``format(d, "f")`` (never ``1E-8``); CoinEx wants amounts and prices as
  JSON *strings*. A float goes through its shortest repr first (``0.1`` -> ``"0.1"``), so no binary
  noise leaks onto the wire. NaN, infinities and absurd exponents (``1E+999999`` would be a
  megabyte of digits) are rejected.
- Strings carry no control characters and no lone surrogates (not encodable as UTF-8).
- Lists in a query are comma-joined (``market=BTCUSDT,ETHUSDT``, as in CoinEx's docs), so an item
  that itself holds a comma would silently become two items: it is rejected.
- The query string is percent-encoded exactly once, by us, and the request is sent with that exact
  target; the body is compact, ASCII-only JSON serialized once. Signing then covers those bytes.
"""

from __future__ import annotations

import enum
import json
import math
import re
import zlib
from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import msgspec

from ._exceptions import ValidationError

__all__ = [
    "InvalidJSONError",
    "check_int",
    "check_text",
    "decimal_in_range",
    "decode_exact_json",
    "decode_json",
    "encode_body",
    "encode_query",
    "inflate",
    "json_value",
    "query_value",
]

# RFC 3986 unreserved characters plus ',' (list separator, left readable as CoinEx's docs show it).
_QUERY_SAFE = ",-_.~"

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
# format(d, "f") writes every digit: beyond this many the text is an attack, not an amount.
_MAX_DECIMAL_DIGITS = 1000
# Nested lists/objects in a body (``request()`` sends what it is given): CoinEx's are 2 deep.
_MAX_BODY_DEPTH = 32
# C0 controls, DEL, and the surrogate range (a lone surrogate cannot be encoded as UTF-8).
_BAD_CHARS = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


def check_text(value: str, where: str, param: str | None = None) -> str:
    """``value`` if it holds no control character and no lone surrogate."""
    bad = _BAD_CHARS.search(value)
    if bad is not None:
        what = "a lone surrogate" if bad.group() >= "\ud800" else "a control character"
        raise ValidationError(
            f"{where}: {what} ({bad.group()!r}) at index {bad.start()} cannot be sent",
            param=param or where,
        )
    return value


def check_int(value: int, where: str, param: str | None = None) -> int:
    """``value`` as a plain int if it fits CoinEx's int64 (ids, times, counts)."""
    # Compare before printing: str() of a 5,000-digit int raises a bare ValueError.
    if not INT64_MIN <= value <= INT64_MAX:
        raise ValidationError(
            f"{where}: {_int_preview(value)} is out of the int64 range", param=param or where
        )
    return int(value)


def _int_preview(value: int) -> str:
    return f"an int of {value.bit_length()} bits" if value.bit_length() > 64 else str(value)


def decimal_in_range(value: Decimal) -> bool:
    """Whether finite ``value`` prints as at most ~1000 digits (``format(value, "f")``)."""
    exponent = value.as_tuple().exponent
    return not value or (
        value.adjusted() < _MAX_DECIMAL_DIGITS
        and isinstance(exponent, int)
        and exponent > -_MAX_DECIMAL_DIGITS
    )


def _decimal_text(value: Decimal, name: str) -> str:
    if not value.is_finite():
        raise ValidationError(f"{name}: {value} is not a finite number", param=name)
    if not decimal_in_range(value):
        raise ValidationError(f"{name}: {value:.6E} is out of range", param=name)
    text = format(value, "f")
    return "0" if text in ("-0", "-0.0") else text


def _float_text(value: float, name: str) -> str:
    if math.isnan(value) or math.isinf(value):
        raise ValidationError(f"{name}: {value!r} is not a finite number", param=name)
    return _decimal_text(Decimal(repr(value)), name)


def query_value(value: Any, name: str = "value") -> str:
    """One query-string value as text, before percent-encoding."""
    if isinstance(value, str):
        return check_text(str(value.value) if isinstance(value, enum.Enum) else value, name)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(check_int(value, name))
    if isinstance(value, Decimal):
        return _decimal_text(value, name)
    if isinstance(value, float):
        return _float_text(value, name)
    if isinstance(value, enum.Enum):
        return query_value(value.value, name)
    if isinstance(value, (list, tuple)):
        items = []
        for item in value:
            if isinstance(item, (list, tuple)):
                raise ValidationError(f"{name}: cannot send nested lists in a query", param=name)
            text = query_value(item, name)
            if "," in text:
                raise ValidationError(
                    f"{name}: item {text[:40]!r} holds ',', the list separator", param=name
                )
            items.append(text)
        return ",".join(items)
    raise ValidationError(
        f"{name}: cannot send a {type(value).__name__} in a query string", param=name
    )


def json_value(value: Any, name: str = "value", _depth: int = 0) -> Any:
    """One body value as the JSON-ready value CoinEx expects (decimals become strings)."""
    if isinstance(value, str):
        return check_text(value.value if isinstance(value, enum.Enum) else value, name)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return check_int(value, name)
    if isinstance(value, Decimal):
        return _decimal_text(value, name)
    if isinstance(value, float):
        return _float_text(value, name)
    if isinstance(value, enum.Enum):
        return json_value(value.value, name, _depth)
    if _depth >= _MAX_BODY_DEPTH:
        raise ValidationError(f"{name}: nested deeper than {_MAX_BODY_DEPTH} levels", param=name)
    if isinstance(value, (list, tuple)):
        return [json_value(item, name, _depth + 1) for item in value]
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValidationError(
                    f"{name}: object keys must be str, got {type(key).__name__}", param=name
                )
            if item is not None:
                out[check_text(key, name)] = json_value(item, f"{name}.{key}", _depth + 1)
        return out
    raise ValidationError(f"{name}: cannot send a {type(value).__name__} in JSON", param=name)


def _param_name(name: Any) -> str:
    if not isinstance(name, str):
        raise ValidationError(f"parameter names must be str, got {type(name).__name__}")
    return check_text(name, "parameter name")


def encode_query(params: Mapping[str, Any]) -> str:
    """``a=1&b=x%20y`` from the non-None params, in the given order; ``""`` when empty."""
    parts = []
    for name, value in params.items():
        if value is None:
            continue
        text = query_value(value, _param_name(name))
        parts.append(f"{quote(name, safe=_QUERY_SAFE)}={quote(text, safe=_QUERY_SAFE)}")
    return "&".join(parts)


def encode_body(params: Mapping[str, Any]) -> bytes:
    """Compact ASCII-only JSON of the non-None params (CoinEx signs these exact bytes)."""
    body = {
        _param_name(name): json_value(value, name)
        for name, value in params.items()
        if value is not None
    }
    return json.dumps(body, separators=(",", ":"), ensure_ascii=True).encode("ascii")


class InvalidJSONError(ValueError):
    """A body that is not JSON, or JSON beyond the bounds below (the transport's DecodeError)."""


MAX_BODY_BYTES = 8 * 1024 * 1024
"""Far above any CoinEx answer (all markets' tickers are ~300 kB); bounds the time to decode."""
MAX_DEPTH = 32
"""CoinEx nests 5 levels (envelope, data, depth, side, level); deeper is not CoinEx."""

_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{}')
_SKELETON = bytes.maketrans(b"{}", b"[]")
_STRINGS = re.compile(rb'"[^"]*"')


def _number(text: str) -> Decimal:
    # Called for JSON numbers with a fraction or exponent (msgspec's float_hook): exact, and
    # bounded like outgoing numbers (1E+999999999 is valid JSON and a gigabyte as fixed-point).
    number = Decimal(text)
    if not decimal_in_range(number):
        raise InvalidJSONError(f"number {text[:40]} is out of range")
    return number


_json = msgspec.json.Decoder(float_hook=_number)
decode_exact_json = _json.decode
"""JSON with exact, range-bounded numbers and nothing more (the WebSocket frame decoder bounds
size and nesting itself); raises ``msgspec.DecodeError`` or :class:`InvalidJSONError`."""


def decode_json(raw: bytes | str) -> Any:
    """JSON with every number exact: ``int`` for integers, ``Decimal`` for numbers with a fraction
    or exponent, never ``float``; ``NaN``/``Infinity`` literals are not JSON and are refused.

    Bounded: at most :data:`MAX_BODY_BYTES` and :data:`MAX_DEPTH` levels of nesting, so
    hostile input costs time linear in its (capped) size. Every failure is an
    :class:`InvalidJSONError`.
    """
    if len(raw) > MAX_BODY_BYTES:
        raise InvalidJSONError(f"body of {len(raw)} bytes exceeds {MAX_BODY_BYTES}")
    try:
        value = _json.decode(raw)
    except RecursionError:
        raise InvalidJSONError(f"nested deeper than {MAX_DEPTH} levels") from None
    except (msgspec.DecodeError, ValueError) as exc:
        raise InvalidJSONError(str(exc)) from None
    if isinstance(value, (dict, list)):
        data = raw.encode() if isinstance(raw, str) else raw
        if not _depth_within(data, MAX_DEPTH):
            raise InvalidJSONError(f"nested deeper than {MAX_DEPTH} levels")
    return value


def _depth_within(raw: bytes, limit: int) -> bool:
    """Whether valid JSON ``raw`` nests at most ``limit`` levels, without walking Python objects:
    reduce it to its brackets with C-speed bytes operations, then peel one level per pass."""
    if raw.count(b"[") + raw.count(b"{") <= limit:  # most answers: too few to nest that deep
        return True
    if b"\\" in raw:
        # Escaped backslashes and quotes first, so every remaining '"' opens or closes a string.
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    skeleton = raw.translate(_SKELETON, _NOT_STRUCTURE)  # '"', '[' and ']' ('{' -> '[')
    brackets = skeleton.replace(b'""', b"")
    if b'"' in brackets:
        # Some string holds a bracket (every run of quotes is even otherwise): strip exactly.
        brackets = _STRINGS.sub(b"", skeleton)
    for _ in range(limit):
        if not brackets:
            return True
        # Non-overlapping, on the bytes as they were: exactly the innermost level goes.
        brackets = brackets.replace(b"[]", b"")
    return not brackets


def inflate(data: bytes, wbits: int, limit: int) -> bytes:
    """``data`` decompressed (zlib's ``wbits`` say gzip, zlib or raw deflate), refusing more
    than ``limit`` bytes as it goes and a stream cut short: a ``ValueError`` then, and
    ``zlib.error`` when the bytes are not that format at all."""
    inflater = zlib.decompressobj(wbits)
    out = inflater.decompress(data, limit)
    if inflater.unconsumed_tail:
        raise ValueError(f"inflates to more than {limit} bytes")
    if not inflater.eof:
        raise ValueError("compressed data is cut short")
    return out
