"""Turning Python argument values into the bytes CoinEx receives, and response bytes back into JSON.

Rules (CoinEx v2 REST facts §4, and "signed == sent"):
- ``None`` is omitted; bools are ``true``/``false``; ints of any size stay exact.
- ``Decimal`` goes out as ``format(d, "f")`` (never ``1E-8``); CoinEx wants amounts and prices as
  JSON *strings*. A float goes through its shortest repr first (``0.1`` -> ``"0.1"``), so no binary
  noise leaks onto the wire. NaN and infinities are rejected.
- Lists in a query are comma-joined (``market=BTCUSDT,ETHUSDT``, as in CoinEx's docs).
- The query string is percent-encoded exactly once, by us, and the request is sent with that exact
  target; the body is compact, ASCII-only JSON serialized once. Signing then covers those bytes.
"""

from __future__ import annotations

import enum
import json
import math
from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from ._exceptions import ValidationError

__all__ = ["decode_json", "encode_body", "encode_query", "json_value", "query_value"]

# RFC 3986 unreserved characters plus ',' (list separator, left readable as CoinEx's docs show it).
_QUERY_SAFE = ",-_.~"


def _decimal_text(value: Decimal, name: str) -> str:
    if not value.is_finite():
        raise ValidationError(f"{name}: {value} is not a finite number", param=name)
    text = format(value, "f")
    return "0" if text in ("-0", "-0.0") else text


def _float_text(value: float, name: str) -> str:
    if math.isnan(value) or math.isinf(value):
        raise ValidationError(f"{name}: {value!r} is not a finite number", param=name)
    return _decimal_text(Decimal(repr(value)), name)


def query_value(value: Any, name: str = "value") -> str:
    """One query-string value as text, before percent-encoding."""
    if isinstance(value, str):
        return str(value.value) if isinstance(value, enum.Enum) else value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, Decimal):
        return _decimal_text(value, name)
    if isinstance(value, float):
        return _float_text(value, name)
    if isinstance(value, enum.Enum):
        return query_value(value.value, name)
    if isinstance(value, (list, tuple)):
        return ",".join(query_value(item, name) for item in value)
    raise ValidationError(
        f"{name}: cannot send a {type(value).__name__} in a query string", param=name
    )


def json_value(value: Any, name: str = "value") -> Any:
    """One body value as the JSON-ready value CoinEx expects (decimals become strings)."""
    if isinstance(value, str):
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, Decimal):
        return _decimal_text(value, name)
    if isinstance(value, float):
        return _float_text(value, name)
    if isinstance(value, enum.Enum):
        return json_value(value.value, name)
    if isinstance(value, (list, tuple)):
        return [json_value(item, name) for item in value]
    if isinstance(value, Mapping):
        return {str(k): json_value(v, f"{name}.{k}") for k, v in value.items() if v is not None}
    raise ValidationError(f"{name}: cannot send a {type(value).__name__} in JSON", param=name)


def encode_query(params: Mapping[str, Any]) -> str:
    """``a=1&b=x%20y`` from the non-None params, in the given order; ``""`` when empty."""
    parts = []
    for name, value in params.items():
        if value is None:
            continue
        text = query_value(value, name)
        parts.append(f"{quote(name, safe=_QUERY_SAFE)}={quote(text, safe=_QUERY_SAFE)}")
    return "&".join(parts)


def encode_body(params: Mapping[str, Any]) -> bytes:
    """Compact ASCII-only JSON of the non-None params (CoinEx signs these exact bytes)."""
    body = {name: json_value(value, name) for name, value in params.items() if value is not None}
    return json.dumps(body, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def decode_json(raw: bytes) -> Any:
    """JSON with every number that has a fraction or exponent as Decimal, never float."""
    return json.loads(raw, parse_float=Decimal)
