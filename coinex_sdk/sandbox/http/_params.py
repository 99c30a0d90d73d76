"""Reading handler parameters: wire values in, Python values out, CoinEx errors on mistakes.

The server layer validates requests against the spec before calling a handler, so parameters
arrive as wire values: strings for decimals, ints, bools and lists. These readers still check
what each handler relies on (a handler may be called directly, e.g. from tests) and answer
CoinEx's parameter error 4004 rather than crash. Decimals are parsed from their exact strings;
a float is refused because it already lost digits.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from ..engine._errors import PARAMETER_ERROR, SandboxApiError

__all__ = [
    "boolean",
    "decimal",
    "integer",
    "integers",
    "market_list",
    "matches",
    "objects",
    "one_of",
    "opt_decimal",
    "opt_integer",
    "opt_text",
    "page",
    "text",
    "texts",
    "window",
]

Params = Mapping[str, Any]
T = TypeVar("T")
MAX_BATCH = 20
"""Batch endpoints take at most 20 orders per request (CoinEx docs, batch-order)."""
MAX_MARKETS = 10
"""``market=A,B,...`` accepts at most 10 names (docs list-market)."""


def _bad(name: str) -> SandboxApiError:
    return SandboxApiError(PARAMETER_ERROR, f"invalid argument: {name}")


def _required(value: T | None, name: str) -> T:
    """A required parameter is its optional reading, present."""
    if value is None:
        raise SandboxApiError(PARAMETER_ERROR, f"missing argument: {name}")
    return value


def _given(params: Params, name: str) -> Any:
    """The parameter's wire value; None when absent (an empty query value is absent too)."""
    value = params.get(name)
    return None if value == "" else value


def opt_text(params: Params, name: str) -> str | None:
    value = _given(params, name)
    if value is not None and not isinstance(value, str):
        raise _bad(name)
    return value


def text(params: Params, name: str) -> str:
    return _required(opt_text(params, name), name)


def one_of(params: Params, name: str, allowed: Collection[str], default: str | None = None) -> str:
    value = opt_text(params, name)
    if value is None:
        return _required(default, name)
    if value not in allowed:
        raise _bad(name)
    return value


def opt_integer(params: Params, name: str) -> int | None:
    value = _given(params, name)
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            raise _bad(name) from None
    raise _bad(name)


def integer(params: Params, name: str) -> int:
    return _required(opt_integer(params, name), name)


def integers(params: Params, name: str) -> list[int]:
    """A JSON int array (``cancel-batch-order``) or a comma list (``batch-order-status``)."""
    value = params.get(name)
    if isinstance(value, str):
        value = [part for part in value.split(",") if part]
    if not isinstance(value, list) or not value:
        raise SandboxApiError(PARAMETER_ERROR, f"missing argument: {name}")
    return [integer({name: item}, name) for item in value]


def texts(params: Params, name: str) -> list[str] | None:
    """A JSON array of strings (``permissions``, ``ip_whitelist``); None when absent."""
    value = params.get(name)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _bad(name)
    return value


def objects(params: Params, name: str) -> list[dict[str, Any]]:
    """The per-order parameter objects of a batch request (1 to 20 of them)."""
    items = params.get(name)
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_BATCH:
        raise _bad(name)
    if not all(isinstance(item, dict) for item in items):
        raise _bad(name)
    return items


def opt_decimal(params: Params, name: str) -> Decimal | None:
    value = _given(params, name)
    if value is None:
        return None
    if isinstance(value, bool | float):
        raise _bad(name)
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int | str):
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise _bad(name) from None
    else:
        raise _bad(name)
    if not number.is_finite():
        raise _bad(name)
    return number


def decimal(params: Params, name: str) -> Decimal:
    return _required(opt_decimal(params, name), name)


def boolean(params: Params, name: str, default: bool = False) -> bool:
    value = _given(params, name)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if value == "true":
        return True
    if value == "false":
        return False
    raise _bad(name)


def market_list(params: Params, known: Collection[str], name: str = "market") -> list[str]:
    """``market=BTCUSDT,ETHUSDT``: empty or absent means every market."""
    value = opt_text(params, name)
    if value is None:
        return list(known)
    names = [part.strip() for part in value.split(",") if part.strip()]
    if len(names) > MAX_MARKETS or any(market not in known for market in names):
        raise _bad(name)
    return names


def matches(item: object, params: Params, names: tuple[str, ...]) -> bool:
    """Whether ``item`` passes the optional equality filters ``names`` (``market``, ``side``...).

    List endpoints filter on fields that share their parameter's name; an absent filter matches.
    """
    for name in names:
        wanted = opt_text(params, name)
        if wanted is not None and getattr(item, name) != wanted:
            return False
    return True


def page(params: Params, *, default_limit: int = 10, max_limit: int = 1000) -> tuple[int, int]:
    """``(page, limit)`` with CoinEx's defaults (page 1, limit 10)."""
    number = opt_integer(params, "page") or 1
    limit = opt_integer(params, "limit") or default_limit
    if number < 1 or not 1 <= limit <= max_limit:
        raise _bad("page" if number < 1 else "limit")
    return number, limit


def window(params: Params) -> Callable[[int], bool]:
    """Whether a record's time (ms) is in the request's ``start_time``..``end_time`` (both
    optional, both inclusive), as every history endpoint filters."""
    start, end = opt_integer(params, "start_time"), opt_integer(params, "end_time")
    return lambda ms: (start is None or ms >= start) and (end is None or ms <= end)
