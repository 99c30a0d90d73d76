"""One entry of a spec file -> its value, checked on its own: a parameter, an endpoint, a channel.

What spans entries and files (unique names and routes, model references, recovery lookups) is
checked where the files are read, in :mod:`generator.spec`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from .spec_types import METHODS, PARAM_TYPES, RESPONSE_TYPES, Channel, Endpoint, Param, SpecError

IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")
MODEL_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")


def expect(where: str, value: Any, kind: type | tuple[type, ...], what: str) -> Any:
    if not isinstance(value, kind):
        raise SpecError(where, f"expected {what}, got {type(value).__name__} {value!r}")
    return value


def check_keys(where: str, data: dict[str, Any], allowed: set[str], required: set[str]) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise SpecError(where, f"unknown key(s) {unknown}; allowed: {sorted(allowed)}")
    missing = sorted(required - set(data))
    if missing:
        raise SpecError(where, f"missing key(s) {missing}")


_PARAM_KEYS = {
    "name",
    "type",
    "in",
    "required",
    "description",
    "enum",
    "pattern",
    "max_length",
    "max_items",
    "minimum",
    "exclusive_minimum",
    "maximum",
    "fields",
    "item_model",
    "default",
}


def _param(where: str, raw: Any, default_in: str, enums: dict[str, Any]) -> Param:
    expect(where, raw, dict, "a mapping")
    check_keys(where, raw, _PARAM_KEYS, {"name", "type"})
    name = expect(f"{where}.name", raw["name"], str, "a string")
    if not IDENT.match(name):
        raise SpecError(f"{where}.name", f"{name!r} is not a lower_snake wire name")
    ptype = raw["type"]
    if ptype not in PARAM_TYPES:
        raise SpecError(f"{where}.type", f"{ptype!r} is not one of {list(PARAM_TYPES)}")
    location = raw.get("in", default_in)
    if location not in ("query", "body"):
        raise SpecError(f"{where}.in", f"{location!r} is not 'query' or 'body'")
    enum_name, enum_values = None, ()
    if "enum" in raw:
        enum = raw["enum"]
        if isinstance(enum, str):
            if enum not in enums:
                raise SpecError(f"{where}.enum", f"unknown enum {enum!r}")
            enum_name, enum_values = enum, tuple(enums[enum]["values"])
        else:
            enum_values = tuple(expect(f"{where}.enum", enum, list, "an enum name or a list"))
    for key in ("minimum", "exclusive_minimum", "maximum"):
        if key in raw and not isinstance(raw[key], (int, str)):
            raise SpecError(f"{where}.{key}", "use an int or a decimal string")
        if key in raw and ptype in ("integer", "timestamp", "int_list"):
            # The SDK refuses ints outside int64 whatever the spec says (ids are int64).
            bound = raw[key]
            if not isinstance(bound, int) or isinstance(bound, bool):
                raise SpecError(f"{where}.{key}", f"an {ptype} bound is an int, not {bound!r}")
            if not -(2**63) <= bound < 2**63:
                raise SpecError(f"{where}.{key}", f"{bound} is outside CoinEx's int64")
    if "pattern" in raw:
        try:
            re.compile(raw["pattern"])
        except re.error as exc:
            raise SpecError(f"{where}.pattern", f"bad regular expression: {exc}") from None
    fields = []
    if ptype in ("object", "object_list"):
        raw_fields = expect(f"{where}.fields", raw.get("fields"), list, "a list of fields")
        fields = [
            _param(f"{where}.fields[{i}]", f, "body", enums) for i, f in enumerate(raw_fields)
        ]
        if "item_model" not in raw:
            raise SpecError(where, "object parameters need an item_model (TypedDict name)")
    elif "fields" in raw:
        raise SpecError(f"{where}.fields", "only object and object_list parameters have fields")
    return Param(
        name=name,
        type=ptype,
        location=location,
        required=bool(raw.get("required", False)),
        description=str(raw.get("description", "")).strip(),
        enum_name=enum_name,
        enum_values=enum_values,
        pattern=raw.get("pattern"),
        max_length=raw.get("max_length"),
        max_items=raw.get("max_items"),
        minimum=None if raw.get("minimum") is None else str(raw["minimum"]),
        exclusive_minimum=(
            None if raw.get("exclusive_minimum") is None else str(raw["exclusive_minimum"])
        ),
        maximum=None if raw.get("maximum") is None else str(raw["maximum"]),
        fields=fields,
        item_model=raw.get("item_model"),
        default=raw.get("default"),
    )


_OPERATION_KEYS = {
    "name",
    "method",
    "auth",
    "summary",
    "description",
    "doc",
    "verified",
    "notes",
    "params",
}
"""What an endpoint entry and a channel entry both say."""
_OPERATION_REQUIRED = {"name", "method", "auth", "summary", "doc"}


def _params(where: str, raw: dict[str, Any], default_in: str, enums: dict[str, Any]) -> list[Param]:
    """An endpoint's or channel's ``params``: a list of parameters, no name twice."""
    raw_params = expect(f"{where}.params", raw.get("params") or [], list, "a list")
    params = [
        _param(f"{where}.params[{i}]", p, default_in, enums) for i, p in enumerate(raw_params)
    ]
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise SpecError(f"{where}.params", "duplicate parameter names")
    return params


def _operation(where: str, raw: dict[str, Any], file: str, params: list[Param]) -> dict[str, Any]:
    """The :class:`~generator.spec_types.Operation` fields of an endpoint or channel entry."""
    return {
        "file": file,
        "auth": expect(f"{where}.auth", raw["auth"], bool, "true or false"),
        "summary": str(raw["summary"]).strip(),
        "description": str(raw.get("description", "")).strip(),
        "doc": str(raw["doc"]),
        "verified": bool(raw.get("verified", True)),
        "notes": str(raw.get("notes", "")).strip(),
        "params": params,
    }


def _example(where: str, root: Path, name: str) -> Any:
    """The JSON of ``examples/<name>``: a real CoinEx answer or push, decoded in the tests."""
    path = root / "examples" / name
    if not path.is_file():
        raise SpecError(where, f"no file examples/{name}")
    return json.loads(path.read_text(encoding="utf-8"))


_ENDPOINT_KEYS = _OPERATION_KEYS | {
    "path",
    "rate_limit",
    "idempotent",
    "response",
    "cost_param",
    "recover_by_client_id",
    "moves_money",
    "example",
    "example_args",
    "example_target",
}


def read_endpoint(
    where: str,
    raw: Any,
    resource: str,
    file: str,
    spec_root: Path,
    enums: dict[str, Any],
    groups: dict[str, Any],
) -> Endpoint:
    expect(where, raw, dict, "a mapping")
    check_keys(where, raw, _ENDPOINT_KEYS, _OPERATION_REQUIRED | {"path", "response"})
    name = raw["name"]
    if not isinstance(name, str) or not IDENT.match(name):
        raise SpecError(f"{where}.name", f"{name!r} is not a lower_snake Python name")
    method = raw["method"]
    if method not in METHODS:
        raise SpecError(f"{where}.method", f"{method!r} is not one of {list(METHODS)}")
    path = expect(f"{where}.path", raw["path"], str, "a string")
    if not path.startswith("/v2/") or "?" in path:
        raise SpecError(f"{where}.path", f"{path!r} must start with /v2/ and have no query")
    group = raw.get("rate_limit")
    if group is not None and group not in groups:
        raise SpecError(f"{where}.rate_limit", f"unknown rate-limit group {group!r}")
    params = _params(where, raw, "query" if method == "GET" else "body", enums)
    names = [p.name for p in params]
    response = expect(f"{where}.response", raw["response"], dict, "a mapping")
    check_keys(f"{where}.response", response, {"type", "model"}, {"type"})
    rtype = response["type"]
    if rtype not in RESPONSE_TYPES:
        raise SpecError(f"{where}.response.type", f"{rtype!r} is not one of {list(RESPONSE_TYPES)}")
    model = response.get("model")
    if (rtype == "none") != (model is None):
        raise SpecError(f"{where}.response", "a model is required unless the type is none")
    cost_param = raw.get("cost_param")
    if cost_param is not None and cost_param not in names:
        raise SpecError(f"{where}.cost_param", f"{cost_param!r} is not a parameter")
    if rtype == "page" and "page" not in names:
        raise SpecError(f"{where}.params", "a paginated endpoint needs a 'page' parameter")
    moves_money = expect(f"{where}.moves_money", raw.get("moves_money", False), bool, "a bool")
    idempotent = expect(
        f"{where}.idempotent", raw.get("idempotent", method == "GET"), bool, "a bool"
    )
    if moves_money and idempotent:
        raise SpecError(f"{where}.idempotent", "an endpoint that moves money is never idempotent")
    recover = tuple(raw.get("recover_by_client_id") or ())
    if recover and (method != "POST" or idempotent):
        raise SpecError(f"{where}.recover_by_client_id", "only for non-idempotent POSTs")
    if recover and not _has_client_id(params, cost_param):
        raise SpecError(
            f"{where}.recover_by_client_id",
            "an order placement needs a client_id parameter (or batch items with one)",
        )
    example = raw.get("example")
    if isinstance(example, str):
        example = _example(f"{where}.example", spec_root, example)
    return Endpoint(
        **_operation(where, raw, file, params),
        resource=resource,
        name=name,
        method=method,
        path=path,
        rate_limit=group,
        idempotent=idempotent,
        response_type=rtype,
        response_model=model,
        cost_param=cost_param,
        recover_by_client_id=recover,
        moves_money=moves_money,
        example=example,
        example_args=raw.get("example_args"),
        example_target=raw.get("example_target"),
    )


def _has_client_id(params: list[Param], cost_param: str | None) -> bool:
    if any(p.name == "client_id" for p in params):
        return True
    batch = next((p for p in params if p.name == cost_param), None)
    return batch is not None and any(f.name == "client_id" for f in batch.fields)


_CHANNEL_KEYS = _OPERATION_KEYS | {
    "venues",
    "subscribe",
    "route",
    "model",
    "example",
    "book",
}


def read_channel(where: str, raw: Any, file: str, root: Path, enums: dict[str, Any]) -> Channel:
    expect(where, raw, dict, "a mapping")
    check_keys(
        where, raw, _CHANNEL_KEYS, _OPERATION_REQUIRED | {"venues", "subscribe", "route", "model"}
    )
    venues = raw["venues"]
    if not venues or any(v not in ("spot", "futures") for v in venues):
        raise SpecError(f"{where}.venues", "a non-empty list of 'spot' and/or 'futures'")
    params = _params(where, raw, "query", enums)
    names = {p.name for p in params}
    sub = expect(f"{where}.subscribe", raw["subscribe"], dict, "a mapping")
    check_keys(f"{where}.subscribe", sub, {"list", "item", "fixed"}, set())
    item = sub.get("item")
    for name in [item] if isinstance(item, str) else (item or []):
        if name not in names:
            raise SpecError(f"{where}.subscribe.item", f"{name!r} is not a parameter")
    if ("list" in sub) != ("item" in sub) or ("fixed" in sub) == ("list" in sub):
        raise SpecError(f"{where}.subscribe", "give either list + item, or fixed")
    book = raw.get("book")
    if book is not None:
        expect(f"{where}.book", book, dict, "a mapping")
        check_keys(f"{where}.book", book, {"fixed"}, {"fixed"})
        for name in book["fixed"]:
            if name not in names:
                raise SpecError(f"{where}.book.fixed", f"{name!r} is not a parameter")
    model = raw["model"]
    models = {v: model for v in venues} if isinstance(model, str) else dict(model)
    if set(models) != set(venues):
        raise SpecError(f"{where}.model", "name one model, or one per venue")
    examples = {
        venue: _example(f"{where}.example.{venue}", root, name)
        for venue, name in (raw.get("example") or {}).items()
    }
    method = raw["method"]
    if not IDENT.match(method):
        raise SpecError(f"{where}.method", f"{method!r} is not a lower_snake Python name")
    return Channel(
        **_operation(where, raw, file, params),
        name=raw["name"],
        method=method,
        venues=list(venues),
        list_param=sub.get("list"),
        item=item,
        fixed=sub.get("fixed"),
        route=list(raw["route"]),
        models=models,
        examples=examples,
        book=book,
    )
