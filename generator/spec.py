"""Loading and validating ``spec/``.

A bad spec fails with the file, the key path inside it and what is wrong, e.g.
``spec/rest/spot.yaml: endpoints[3].params[0].type: 'strng' is not one of [...]``.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PARAM_TYPES = (
    "string",
    "integer",
    "boolean",
    "decimal",
    "timestamp",
    "list",
    "int_list",
    "object",
    "object_list",
)
RESPONSE_TYPES = ("object", "list", "page", "batch", "none")
METHODS = ("GET", "POST")
_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")
_MODEL_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")


class SpecError(Exception):
    """The spec is invalid: ``where`` says the file and key path."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")


@dataclass
class Param:
    name: str
    type: str
    location: str
    required: bool
    description: str
    enum_name: str | None = None
    enum_values: tuple[Any, ...] = ()
    pattern: str | None = None
    max_length: int | None = None
    max_items: int | None = None
    minimum: str | None = None
    exclusive_minimum: str | None = None
    maximum: str | None = None
    fields: list[Param] = field(default_factory=list)
    item_model: str | None = None
    """For object/object_list params: the name of the generated TypedDict."""
    default: Any = None
    """A Python default for an optional parameter (sent when the caller passes nothing)."""

    @property
    def pyname(self) -> str:
        return self.name + "_" if keyword.iskeyword(self.name) else self.name


@dataclass
class Endpoint:
    file: str
    resource: str
    name: str
    method: str
    path: str
    auth: bool
    rate_limit: str | None
    idempotent: bool
    summary: str
    description: str
    doc: str
    verified: bool
    notes: str
    params: list[Param]
    response_type: str
    response_model: str | None
    cost_param: str | None
    recover_by_client_id: tuple[str, ...]
    moves_money: bool
    example: Any
    example_args: dict[str, Any] | None
    example_target: str | None

    @property
    def key(self) -> str:
        return f"{self.resource}.{self.name}"

    @property
    def const(self) -> str:
        return f"{self.resource}_{self.name}".upper()


@dataclass
class Channel:
    """One WebSocket channel, on one or both venues (spot, futures: one connection each)."""

    file: str
    name: str
    method: str
    venues: list[str]
    auth: bool
    summary: str
    description: str
    doc: str
    verified: bool
    notes: str
    params: list[Param]
    list_param: str | None
    item: str | list[str] | None
    fixed: dict[str, Any] | None
    route: list[str]
    models: dict[str, str]
    examples: dict[str, Any]
    book: dict[str, Any] | None = None
    """``order_book()`` over this channel: ``{fixed: {param: value}}`` for the params it pins."""


@dataclass
class Resource:
    name: str
    title: str
    description: str
    endpoints: list[Endpoint] = field(default_factory=list)
    models: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def class_name(self) -> str:
        return "".join(part.capitalize() for part in self.name.split("_"))


@dataclass
class Spec:
    root: Path
    enums: dict[str, dict[str, Any]]
    errors: dict[int, dict[str, str]]
    ws_errors: dict[int, dict[str, str]]
    """WebSocket codes by their last four digits (spot 2xxxx, futures 3xxxx)."""
    rate_limits: dict[str, dict[str, Any]]
    resources: dict[str, Resource]
    ws_models: dict[str, dict[str, Any]] = field(default_factory=dict)
    channels: list[Channel] = field(default_factory=list)

    @property
    def endpoints(self) -> list[Endpoint]:
        return [ep for res in self.resources.values() for ep in res.endpoints]

    def model_module(self, name: str) -> str | None:
        if name in self.enums:
            return "enums"
        if name in self.ws_models:
            return "ws"
        for res in self.resources.values():
            if name in res.models:
                return res.name
        return None


def _load(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        raise SpecError(str(path), f"not valid YAML: {exc}") from None


def _expect(where: str, value: Any, kind: type | tuple[type, ...], what: str) -> Any:
    if not isinstance(value, kind):
        raise SpecError(where, f"expected {what}, got {type(value).__name__} {value!r}")
    return value


def _keys(where: str, data: dict[str, Any], allowed: set[str], required: set[str]) -> None:
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
    _expect(where, raw, dict, "a mapping")
    _keys(where, raw, _PARAM_KEYS, {"name", "type"})
    name = _expect(f"{where}.name", raw["name"], str, "a string")
    if not _IDENT.match(name):
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
            enum_values = tuple(_expect(f"{where}.enum", enum, list, "an enum name or a list"))
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
        raw_fields = _expect(f"{where}.fields", raw.get("fields"), list, "a list of fields")
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


_ENDPOINT_KEYS = {
    "name",
    "method",
    "path",
    "auth",
    "rate_limit",
    "idempotent",
    "summary",
    "description",
    "doc",
    "verified",
    "notes",
    "params",
    "response",
    "cost_param",
    "recover_by_client_id",
    "moves_money",
    "example",
    "example_args",
    "example_target",
}


def _endpoint(
    where: str,
    raw: Any,
    resource: str,
    file: str,
    spec_root: Path,
    enums: dict[str, Any],
    groups: dict[str, Any],
) -> Endpoint:
    _expect(where, raw, dict, "a mapping")
    _keys(
        where, raw, _ENDPOINT_KEYS, {"name", "method", "path", "auth", "summary", "doc", "response"}
    )
    name = raw["name"]
    if not isinstance(name, str) or not _IDENT.match(name):
        raise SpecError(f"{where}.name", f"{name!r} is not a lower_snake Python name")
    method = raw["method"]
    if method not in METHODS:
        raise SpecError(f"{where}.method", f"{method!r} is not one of {list(METHODS)}")
    path = _expect(f"{where}.path", raw["path"], str, "a string")
    if not path.startswith("/v2/") or "?" in path:
        raise SpecError(f"{where}.path", f"{path!r} must start with /v2/ and have no query")
    auth = _expect(f"{where}.auth", raw["auth"], bool, "true or false")
    group = raw.get("rate_limit")
    if group is not None and group not in groups:
        raise SpecError(f"{where}.rate_limit", f"unknown rate-limit group {group!r}")
    default_in = "query" if method == "GET" else "body"
    raw_params = raw.get("params") or []
    _expect(f"{where}.params", raw_params, list, "a list")
    params = [
        _param(f"{where}.params[{i}]", p, default_in, enums) for i, p in enumerate(raw_params)
    ]
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise SpecError(f"{where}.params", "duplicate parameter names")
    response = _expect(f"{where}.response", raw["response"], dict, "a mapping")
    _keys(f"{where}.response", response, {"type", "model"}, {"type"})
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
    moves_money = _expect(f"{where}.moves_money", raw.get("moves_money", False), bool, "a bool")
    idempotent = _expect(
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
        example_path = spec_root / "examples" / example
        if not example_path.is_file():
            raise SpecError(f"{where}.example", f"no file examples/{example}")
        import json

        example = json.loads(example_path.read_text(encoding="utf-8"))
    return Endpoint(
        file=file,
        resource=resource,
        name=name,
        method=method,
        path=path,
        auth=auth,
        rate_limit=group,
        idempotent=idempotent,
        summary=str(raw["summary"]).strip(),
        description=str(raw.get("description", "")).strip(),
        doc=str(raw["doc"]),
        verified=bool(raw.get("verified", True)),
        notes=str(raw.get("notes", "")).strip(),
        params=params,
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


_CHANNEL_KEYS = {
    "name",
    "method",
    "venues",
    "auth",
    "summary",
    "description",
    "doc",
    "verified",
    "notes",
    "params",
    "subscribe",
    "route",
    "model",
    "example",
    "book",
}


def _channel(where: str, raw: Any, file: str, root: Path, enums: dict[str, Any]) -> Channel:
    import json

    _expect(where, raw, dict, "a mapping")
    _keys(
        where,
        raw,
        _CHANNEL_KEYS,
        {"name", "method", "venues", "auth", "summary", "doc", "subscribe", "route", "model"},
    )
    venues = raw["venues"]
    if not venues or any(v not in ("spot", "futures") for v in venues):
        raise SpecError(f"{where}.venues", "a non-empty list of 'spot' and/or 'futures'")
    params = [
        _param(f"{where}.params[{i}]", p, "query", enums)
        for i, p in enumerate(raw.get("params") or [])
    ]
    names = {p.name for p in params}
    sub = _expect(f"{where}.subscribe", raw["subscribe"], dict, "a mapping")
    _keys(f"{where}.subscribe", sub, {"list", "item", "fixed"}, set())
    item = sub.get("item")
    for name in [item] if isinstance(item, str) else (item or []):
        if name not in names:
            raise SpecError(f"{where}.subscribe.item", f"{name!r} is not a parameter")
    if ("list" in sub) != ("item" in sub) or ("fixed" in sub) == ("list" in sub):
        raise SpecError(f"{where}.subscribe", "give either list + item, or fixed")
    book = raw.get("book")
    if book is not None:
        _expect(f"{where}.book", book, dict, "a mapping")
        _keys(f"{where}.book", book, {"fixed"}, {"fixed"})
        for name in book["fixed"]:
            if name not in names:
                raise SpecError(f"{where}.book.fixed", f"{name!r} is not a parameter")
    model = raw["model"]
    models = {v: model for v in venues} if isinstance(model, str) else dict(model)
    if set(models) != set(venues):
        raise SpecError(f"{where}.model", "name one model, or one per venue")
    examples = {}
    for venue, name in (raw.get("example") or {}).items():
        path = root / "examples" / name
        if not path.is_file():
            raise SpecError(f"{where}.example.{venue}", f"no file examples/{name}")
        examples[venue] = json.loads(path.read_text(encoding="utf-8"))
    method = raw["method"]
    if not _IDENT.match(method):
        raise SpecError(f"{where}.method", f"{method!r} is not a lower_snake Python name")
    return Channel(
        file=file,
        name=raw["name"],
        method=method,
        venues=list(venues),
        auth=bool(raw["auth"]),
        summary=str(raw["summary"]).strip(),
        description=str(raw.get("description", "")).strip(),
        doc=str(raw["doc"]),
        verified=bool(raw.get("verified", True)),
        notes=str(raw.get("notes", "")).strip(),
        params=params,
        list_param=sub.get("list"),
        item=item,
        fixed=sub.get("fixed"),
        route=list(raw["route"]),
        models=models,
        examples=examples,
        book=book,
    )


def _refs(where: str, node: Any, known: set[str]) -> None:
    """Every ``$ref: Name`` in a model schema names a known model or enum."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if ref is not None and ref not in known:
            raise SpecError(where, f"$ref to unknown model or enum {ref!r}")
        for key, value in node.items():
            _refs(f"{where}.{key}", value, known)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _refs(f"{where}[{i}]", value, known)


def _add_models(
    file: str,
    raw: Any,
    target: dict[str, dict[str, Any]],
    owner: dict[str, str],
    enums: dict[str, Any],
) -> None:
    """Register a file's ``models:``; names are CamelCase and global across the spec."""
    for mname, schema in (raw or {}).items():
        where = f"{file}: models.{mname}"
        if not _MODEL_NAME.match(mname):
            raise SpecError(where, "model names are CamelCase")
        if mname in owner or mname in enums:
            raise SpecError(where, f"model name already defined in {owner.get(mname)}")
        _expect(where, schema, dict, "a JSON Schema mapping")
        owner[mname] = file
        target[mname] = schema


def load_spec(root: Path) -> Spec:
    rel = lambda p: p.relative_to(root.parent).as_posix()  # noqa: E731
    enums_raw = _load(root / "enums.yaml")
    enums = _expect(rel(root / "enums.yaml") + ": enums", enums_raw.get("enums"), dict, "a mapping")
    for ename, edef in enums.items():
        where = f"{rel(root / 'enums.yaml')}: enums.{ename}"
        if not _MODEL_NAME.match(ename):
            raise SpecError(where, "enum names are CamelCase")
        _keys(where, edef, {"description", "values"}, {"values"})
    errors_raw = _load(root / "errors.yaml")
    errors = {int(k): v for k, v in errors_raw["codes"].items()}
    for code, edef in errors.items():
        where = f"{rel(root / 'errors.yaml')}: codes.{code}"
        _keys(where, edef, {"class", "message", "outcome"}, {"class", "message"})
        if edef.get("outcome", "refused") not in ("rejected", "unknown", "refused"):
            raise SpecError(f"{where}.outcome", "one of rejected, unknown (or omitted)")
    ws_errors = {int(k): v for k, v in errors_raw.get("ws_codes", {}).items()}
    for suffix, edef in ws_errors.items():
        where = f"{rel(root / 'errors.yaml')}: ws_codes.{suffix}"
        _keys(where, edef, {"class", "category", "message"}, {"class", "category", "message"})
        if not 0 < suffix < 10000:
            raise SpecError(where, "the last four digits of a 2xxxx / 3xxxx code")
        if not edef["class"].startswith("Ws") or not _MODEL_NAME.match(edef["class"]):
            raise SpecError(f"{where}.class", "a CamelCase name starting with Ws")
    groups = _load(root / "rate_limits.yaml")["groups"]
    resources: dict[str, Resource] = {}
    seen_routes: dict[tuple[str, str], str] = {}
    model_owner: dict[str, str] = {}
    for path in sorted((root / "rest").glob("*.yaml")):
        file = rel(path)
        raw = _load(path)
        _expect(file, raw, dict, "a mapping")
        _keys(
            file,
            raw,
            {"resource", "title", "description", "models", "endpoints"},
            {"resource", "endpoints"},
        )
        rname = raw["resource"]
        if not isinstance(rname, str) or not _IDENT.match(rname):
            raise SpecError(f"{file}: resource", f"{rname!r} is not a lower_snake name")
        res = resources.setdefault(rname, Resource(rname, "", ""))
        res.title = res.title or str(raw.get("title", rname)).strip()
        res.description = res.description or str(raw.get("description", "")).strip()
        _add_models(file, raw.get("models"), res.models, model_owner, enums)
        for i, ep_raw in enumerate(_expect(f"{file}: endpoints", raw["endpoints"], list, "a list")):
            ep = _endpoint(f"{file}: endpoints[{i}]", ep_raw, rname, file, root, enums, groups)
            route = (ep.method, ep.path)
            if route in seen_routes:
                raise SpecError(
                    f"{file}: endpoints[{i}]", f"{route} already in {seen_routes[route]}"
                )
            seen_routes[route] = file
            if any(e.name == ep.name for e in res.endpoints):
                raise SpecError(f"{file}: endpoints[{i}].name", f"{rname}.{ep.name} is taken")
            res.endpoints.append(ep)
    ws_models: dict[str, dict[str, Any]] = {}
    channels: list[Channel] = []
    for path in sorted((root / "ws").glob("*.yaml")):
        file = rel(path)
        raw = _load(path)
        _keys(file, raw, {"title", "models", "channels"}, {"channels"})
        _add_models(file, raw.get("models"), ws_models, model_owner, enums)
        for i, ch_raw in enumerate(raw["channels"]):
            channels.append(_channel(f"{file}: channels[{i}]", ch_raw, file, root, enums))
    known = set(model_owner) | set(enums)
    for ch in channels:
        for model in ch.models.values():
            if model not in known:
                raise SpecError(f"{ch.file}: {ch.name}.model", f"unknown model {model!r}")
    for res in resources.values():
        for mname, schema in res.models.items():
            _refs(f"{model_owner[mname]}: models.{mname}", schema, known)
        for ep in res.endpoints:
            if ep.response_model is not None and ep.response_model not in model_owner:
                raise SpecError(
                    f"{ep.file}: {ep.name}.response.model", f"unknown model {ep.response_model!r}"
                )
    keys = {ep.key for res in resources.values() for ep in res.endpoints}
    for ep in (e for r in resources.values() for e in r.endpoints):
        for name in ep.recover_by_client_id:
            if name not in keys:
                raise SpecError(
                    f"{ep.file}: {ep.name}.recover_by_client_id", f"unknown endpoint {name!r}"
                )
    for mname, schema in ws_models.items():
        _refs(f"{model_owner[mname]}: models.{mname}", schema, known)
    return Spec(
        root=root,
        enums=enums,
        errors=errors,
        ws_errors=ws_errors,
        rate_limits=groups,
        resources=resources,
        ws_models=ws_models,
        channels=channels,
    )
