"""Endpoint and parameter descriptions, and the generic validation every call goes through.

The generator emits one :class:`Endpoint` per REST endpoint in ``spec/`` (a table per spec file
in ``coinex_sdk/_generated/endpoints/``, gathered in its ``__init__``). Generated methods hand
their keyword arguments to the transport together with that description; :func:`validate` checks
and converts them before anything is sent, so a wrong enum, a bad client_id or a negative amount
fails here with a :class:`ValidationError` naming the parameter. The sandbox validates incoming
requests with the same descriptions.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, Literal
from urllib.parse import unquote_to_bytes

import attrs

from ._exceptions import ValidationError
from ._wire import check_int, check_text

__all__ = ["Endpoint", "Param", "free_endpoint", "free_params", "validate"]

ParamKind = Literal[
    "string", "int", "bool", "decimal", "timestamp", "list", "int_list", "object", "object_list"
]


@attrs.frozen
class Param:
    """One request parameter: its wire name, kind, location and constraints (from the spec)."""

    name: str
    kind: ParamKind
    location: Literal["query", "body"] = "query"
    required: bool = False
    enum: tuple[str | int, ...] = ()
    pattern: str | None = None
    max_length: int | None = None
    max_items: int | None = None
    minimum: Decimal | None = None
    exclusive_minimum: Decimal | None = None
    maximum: Decimal | None = None
    fields: tuple[Param, ...] = ()
    """The fields of each item, for ``object`` and ``object_list`` parameters."""
    _regex: re.Pattern[str] | None = attrs.field(init=False, eq=False, repr=False)
    _enum_index: dict[str, str | int] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        regex = re.compile(self.pattern) if self.pattern else None
        object.__setattr__(self, "_regex", regex)
        index = {str(v).lower(): v for v in self.enum}
        object.__setattr__(self, "_enum_index", index)

    def check(self, value: Any, where: str) -> Any:
        """The wire-ready value of ``value``, or a ValidationError saying what is wrong."""
        kind = self.kind
        if kind == "string":
            value = _text(value, where, self.name)
            if self._enum_index:
                value = self._enum_value(value, where)
            if self._regex is not None and not self._regex.fullmatch(value):
                raise ValidationError(
                    f"{where}: {value[:40]!r} does not match {self.pattern}", param=self.name
                )
            if self.max_length is not None and len(value.encode()) > self.max_length:
                raise ValidationError(
                    f"{where}: longer than {self.max_length} bytes", param=self.name
                )
            return value
        if kind == "int" or kind == "timestamp":
            if kind == "timestamp" and isinstance(value, _dt.datetime):
                if value.tzinfo is None:
                    raise ValidationError(
                        f"{where}: use a timezone-aware datetime", param=self.name
                    )
                value = int(value.timestamp() * 1000)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(
                    f"{where}: expected an int, got {type(value).__name__}", param=self.name
                )
            # Ids, times, pages and counts are int64 at CoinEx; the spec narrows where it knows.
            value = check_int(value, where, self.name)
            if kind == "timestamp" and value < 0:
                raise ValidationError(f"{where}: a time in ms must be >= 0", param=self.name)
            if self._enum_index and str(value) not in self._enum_index:
                raise ValidationError(
                    f"{where}: {value!r} is not one of {list(self.enum)}", param=self.name
                )
            self._bounds(Decimal(value), where)
            return value
        if kind == "bool":
            if not isinstance(value, bool):
                raise ValidationError(
                    f"{where}: expected a bool, got {type(value).__name__}", param=self.name
                )
            return value
        if kind == "decimal":
            number = _decimal(value, where, self.name)
            self._bounds(number, where)
            return number
        if kind == "list":
            items = value.split(",") if isinstance(value, str) else value
            if isinstance(items, (str, bytes)) or not isinstance(items, Sequence):
                raise ValidationError(f"{where}: expected a list of strings", param=self.name)
            if self.max_items is not None and len(items) > self.max_items:
                raise ValidationError(
                    f"{where}: at most {self.max_items} items, got {len(items)}", param=self.name
                )
            checked = [_text(item, where, self.name) for item in items]
            if self.location == "query":
                # Query lists are comma-joined: "BTC,USDT" would reach CoinEx as two items.
                for item in checked:
                    if "," in item:
                        raise ValidationError(
                            f"{where}: item {item[:40]!r} holds ',', the list separator",
                            param=self.name,
                        )
            if self._enum_index:
                checked = [self._enum_value(item, where) for item in checked]
            return checked
        if kind == "int_list":
            if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
                raise ValidationError(f"{where}: expected a list of ints", param=self.name)
            if self.max_items is not None and len(value) > self.max_items:
                raise ValidationError(
                    f"{where}: at most {self.max_items} items, got {len(value)}", param=self.name
                )
            ints = []
            for item in value:
                if isinstance(item, bool) or not isinstance(item, int):
                    raise ValidationError(f"{where}: {item!r:.40} is not an int", param=self.name)
                ints.append(check_int(item, where, self.name))
            return ints
        if kind == "object":
            return _check_fields(self.fields, value, where)
        # object_list
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
            raise ValidationError(f"{where}: expected a list of objects", param=self.name)
        if not value:
            raise ValidationError(f"{where}: must not be empty", param=self.name)
        if self.max_items is not None and len(value) > self.max_items:
            raise ValidationError(
                f"{where}: at most {self.max_items} items, got {len(value)}", param=self.name
            )
        return [_check_fields(self.fields, item, f"{where}[{i}]") for i, item in enumerate(value)]

    def _enum_value(self, value: str, where: str) -> str:
        # CoinEx mixes cases (market_type "SPOT", side "buy"); accept either, send the spec's.
        found = self._enum_index.get(value.lower())
        if found is None:
            raise ValidationError(
                f"{where}: {value!r:.60} is not one of {list(self.enum)}", param=self.name
            )
        return str(found)

    def _bounds(self, number: Decimal, where: str) -> None:
        if self.minimum is not None and number < self.minimum:
            raise ValidationError(f"{where}: must be >= {self.minimum}", param=self.name)
        if self.exclusive_minimum is not None and number <= self.exclusive_minimum:
            raise ValidationError(f"{where}: must be > {self.exclusive_minimum}", param=self.name)
        if self.maximum is not None and number > self.maximum:
            raise ValidationError(f"{where}: must be <= {self.maximum}", param=self.name)


def _text(value: Any, where: str, name: str) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if not isinstance(value, str):
        raise ValidationError(f"{where}: expected a str, got {type(value).__name__}", param=name)
    return check_text(value, where, name)


def _decimal(value: Any, where: str, name: str) -> Decimal:
    if isinstance(value, bool):
        raise ValidationError(f"{where}: expected a decimal, got bool", param=name)
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise ValidationError(
                f"{where}: {value!r:.60} is not a decimal number", param=name
            ) from None
    else:
        raise ValidationError(
            f"{where}: expected Decimal, str or int, got {type(value).__name__}", param=name
        )
    if not number.is_finite():
        raise ValidationError(f"{where}: {value!r:.60} is not a finite number", param=name)
    return number


def _check_fields(fields: tuple[Param, ...], value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(f"{where}: expected an object (dict)")
    known = {p.name for p in fields}
    unknown = [k for k in value if k not in known]
    if unknown:
        raise ValidationError(f"{where}: unknown field(s) {', '.join(map(str, unknown))}")
    out: dict[str, Any] = {}
    for param in fields:
        item = value.get(param.name)
        if item is None:
            if param.required:
                raise ValidationError(f"{where}.{param.name} is required", param=param.name)
            continue
        out[param.name] = param.check(item, f"{where}.{param.name}")
    return out


@attrs.frozen
class Endpoint:
    """Everything the transport needs to know about one REST endpoint."""

    name: str
    """``resource.method`` as in the SDK, e.g. ``spot.ticker``."""
    method: Literal["GET", "POST"]
    path: str
    auth: bool
    rate_limit: str | None = None
    """The CoinEx rate-limit group (spec/rate_limits.yaml); every call also costs the IP one."""
    idempotent: bool = True
    params: tuple[Param, ...] | None = None
    """None for a free-form call through ``request()``: values are sent as given."""
    cost_param: str | None = None
    """For batch endpoints: the list parameter whose length is the rate-limit cost."""
    recover_by_client_id: tuple[Endpoint, ...] = attrs.field(default=(), repr=False)
    """For order placement: the endpoints (pending, then finished orders) that find an order by
    its client_id, so a failure whose outcome is unknown is resolved by a lookup, never by a
    second order. Non-empty marks the endpoint as an order placement."""
    moves_money: bool = False
    """Withdrawals, transfers, borrowing, AMM liquidity: never resent after an outcome-unknown
    failure (like every non-idempotent request), and logged as such."""

    @property
    def places_orders(self) -> bool:
        return bool(self.recover_by_client_id)

    @property
    def batch_param(self) -> Param | None:
        """The list parameter whose items are separate orders (batch placement), if any."""
        for param in self.params or ():
            if param.name == self.cost_param and param.kind == "object_list":
                return param
        return None


def validate(endpoint: Endpoint, args: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Checked ``(query, body)`` parameters for ``endpoint`` from the caller's arguments."""
    if endpoint.params is None:
        present = {k: v for k, v in args.items() if v is not None}
        if endpoint.method == "GET":
            return present, {}
        return {}, present
    query: dict[str, Any] = {}
    body: dict[str, Any] = {}
    for param in endpoint.params:
        value = args.get(param.name)
        if value is None:
            if param.required:
                raise ValidationError(
                    f"{endpoint.name}: parameter {param.name!r} is required", param=param.name
                )
            continue
        checked = param.check(value, f"{endpoint.name}: {param.name}")
        (query if param.location == "query" else body)[param.name] = checked
    if len(args) > len(query) + len(body):
        known = {p.name for p in endpoint.params}
        unknown = sorted(k for k in args if k not in known)
        if unknown:
            raise ValidationError(f"{endpoint.name}: unknown parameter(s) {', '.join(unknown)}")
    return query, body


# What ``request()`` may put in a path: RFC 3986 ``pchar`` and ``/``; no query, no fragment.
_PATH = re.compile(r"/v2/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})+")


def free_endpoint(method: Any, path: Any) -> Endpoint:
    """The description of a call made through ``request()``: the spec's, minus validation.

    ``path`` must stay under ``/v2/`` as any server or proxy would normalise it: ``.`` and
    ``..`` segments (also percent-encoded) and malformed escapes are refused rather than sent.
    """
    if not isinstance(method, str) or method.upper() not in ("GET", "POST"):
        raise ValidationError(f"CoinEx v2 uses only GET and POST, not {method!r:.40}")
    if not isinstance(path, str):
        raise ValidationError(f"path must be a str, got {type(path).__name__}")
    if not _PATH.fullmatch(path):
        raise ValidationError(
            "path must start with /v2/ and hold only URL path characters and valid "
            f"%-escapes (no query, fragment, spaces or control characters): {path!r:.80}"
        )
    segments = unquote_to_bytes(path).split(b"/")
    if any(segment in (b".", b"..") for segment in segments):
        raise ValidationError(f"path must not hold '.' or '..' segments: {path!r:.80}")
    upper = method.upper()
    from ._generated.endpoints import BY_ROUTE

    known = BY_ROUTE.get((upper, path))
    if known is not None:
        # The caller's params go as given: unchecked, and no client_id added or looked up.
        return attrs.evolve(known, params=None, recover_by_client_id=())
    return Endpoint(
        name=path,
        method="GET" if upper == "GET" else "POST",
        path=path,
        auth=False,
        idempotent=upper == "GET",
    )


def free_params(params: Any, auth: Any = None) -> Mapping[str, Any]:
    """``request()``'s params (a mapping with str keys, or None) and ``auth`` checked.

    The values themselves are checked as they are encoded (``coinex_sdk._wire``)."""
    if auth is not None and not isinstance(auth, bool):
        raise ValidationError(f"auth must be True, False or None, not {auth!r:.40}")
    if params is None:
        return {}
    if not isinstance(params, Mapping):
        raise ValidationError(f"params must be a mapping, got {type(params).__name__}")
    for key in params:
        if not isinstance(key, str):
            raise ValidationError(f"params keys must be str, got {type(key).__name__}")
    return params
