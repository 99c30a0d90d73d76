"""Spec -> the docs site's API reference pages (``docs/reference/*.md``).

Every REST endpoint and WebSocket channel with its parameters, return model, rate-limit group,
errors and CoinEx docs link; every model with its fields; every error code with its exception.
"""

from __future__ import annotations

from typing import Any

from .spec import Channel, Endpoint, Param, Spec

HEADER = "<!-- generated from spec/ by `python -m generator`; do not edit. -->"
_PY = {"integer": "int", "boolean": "bool", "timestamp": "int | datetime (ms)"}


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _param_type(p: Param) -> str:
    if p.type == "string":
        return "str"
    if p.type == "decimal":
        return "Decimal | str | int"
    if p.type == "list":
        return "str | list[str]"
    if p.type == "int_list":
        return "list[int]"
    if p.type in ("object", "object_list"):
        inner = f"{p.item_model}"
        return inner if p.type == "object" else f"list[{inner}]"
    return _PY.get(p.type, p.type)


def _param_notes(p: Param) -> str:
    notes = [p.description] if p.description else []
    if p.enum_values:
        notes.append("One of " + ", ".join(f"`{v}`" for v in p.enum_values) + ".")
    for label, value in (
        ("min", p.minimum),
        ("greater than", p.exclusive_minimum),
        ("max", p.maximum),
        ("max length", p.max_length),
        ("max items", p.max_items),
    ):
        if value is not None:
            notes.append(f"{label.capitalize()} {value}.")
    if p.pattern:
        notes.append(f"Pattern `{p.pattern}`.")
    if p.default is not None:
        notes.append(f"Default `{p.default}`.")
    if p.fields:
        notes.append("Fields: " + ", ".join(f"`{f.name}`" for f in p.fields) + ".")
    return " ".join(notes)


def _params_table(params: list[Param]) -> list[str]:
    if not params:
        return ["No parameters.", ""]
    lines = ["| parameter | type | required | description |", "|---|---|---|---|"]
    for p in params:
        lines.append(
            f"| `{p.pyname}` | `{_cell(_param_type(p))}` | {'yes' if p.required else 'no'} | "
            f"{_cell(_param_notes(p))} |"
        )
    return [*lines, ""]


def _model_link(name: str | None) -> str:
    return f"[`{name}`](models.md#{name})" if name else "`None`"


def _returns(ep: Endpoint) -> str:
    model = _model_link(ep.response_model)
    return {
        "object": model,
        "list": f"a list of {model}",
        "page": f"a `Page` of {model} (and `iter_{ep.name}()` walks every page)",
        "batch": f"a list of `BatchItem` of {model}, one per item (an item's error does not raise)",
        "none": "`None`",
    }[ep.response_type]


def _endpoint(spec: Spec, ep: Endpoint) -> list[str]:
    group = ep.rate_limit or "ip"
    limit = spec.rate_limits[group]
    scope = "per IP" if limit["scope"] == "ip" else "per account"
    lines = [f"### `{ep.resource}.{ep.name}` {{ #{ep.resource}.{ep.name} }}", ""]
    lines += [ep.summary.rstrip(".") + ".", ""]
    if ep.description:
        lines += [" ".join(ep.description.split()), ""]
    if not ep.verified:
        lines += [f'!!! warning "Unverified"\n    {" ".join(ep.notes.split())}', ""]
    facts = [
        f"`{ep.method} {ep.path}`",
        "signed" if ep.auth else "public",
        f"rate limit `{group}` ({limit['rate']}/s {scope}"
        + (f", one per item of `{ep.cost_param}`)" if ep.cost_param else ")"),
        "idempotent (retried on transient failures)" if ep.idempotent else "not idempotent",
        f"[CoinEx docs]({ep.doc})",
    ]
    lines += [" · ".join(facts), ""]
    lines += _params_table(ep.params)
    lines += [f"**Returns** {_returns(ep)}.", ""]
    errors = "**Errors** `ValidationError` before sending; `ApiError` subclasses by CoinEx code "
    errors += "([error codes](errors.md)); `TransportError`, `HTTPStatusError`, `DecodeError`."
    if ep.recover_by_client_id:
        errors += (
            " An outcome-unknown failure is resolved by looking the order up by client_id "
            "(`" + "`, `".join(ep.recover_by_client_id) + "`), never by resending; "
            "`OrderOutcomeUnknownError` if it is not found."
        )
    return [*lines, errors, ""]


def rest_page(spec: Spec) -> str:
    lines = [
        HEADER,
        "# REST endpoints",
        "",
        f"{len(spec.endpoints)} endpoints. Each is a method on `CoinEx` (sync) and `AsyncCoinEx` "
        "(awaited) under the resource named in its title: `cx.spot.place_order(...)`. "
        "Parameters are keyword-only and use CoinEx's wire names.",
        "",
    ]
    for res in sorted(spec.resources.values(), key=lambda r: r.name):
        lines += [f"## `cx.{res.name}`: {res.title}", ""]
        if res.description:
            lines += [" ".join(res.description.split()), ""]
        for ep in res.endpoints:
            lines += _endpoint(spec, ep)
    return "\n".join(lines)


def _channel(ch: Channel) -> list[str]:
    lines = [f"### `{ch.method}` ({ch.name}) {{ #{ch.name} }}", "", ch.summary, ""]
    if ch.description:
        lines += [" ".join(ch.description.split()), ""]
    if not ch.verified:
        lines += [f'!!! warning "Unverified"\n    {" ".join(ch.notes.split())}', ""]
    methods = ", ".join(f"`cx.ws.{v}.{ch.method}(...)`" for v in ch.venues)
    facts = [
        methods,
        "signed connection (server.sign)" if ch.auth else "public",
        f"wire: `{ch.name}.subscribe` / `{ch.name}.update`",
        f"[CoinEx docs]({ch.doc})",
    ]
    lines += [" · ".join(facts), ""]
    lines += _params_table(ch.params)
    pushes = ", ".join(f"{v}: {_model_link(m)}" for v, m in ch.models.items())
    lines += [f"**Yields** {pushes}, or a `Gap` after a reconnect or resync.", ""]
    return lines


def websocket_page(spec: Spec) -> str:
    lines = [
        HEADER,
        "# WebSocket channels",
        "",
        f"{len(spec.channels)} channels. `cx.ws.spot` and `cx.ws.futures` (and the same on "
        "`AsyncCoinEx`) open one connection per venue; each method subscribes and returns "
        "a stream to iterate (`for` / `async for`). See the "
        "[WebSocket guide](../guides/websocket.md).",
        "",
    ]
    for ch in spec.channels:
        lines += _channel(ch)
    return "\n".join(lines)


def _schema_type(schema: dict[str, Any], enums: dict[str, Any]) -> str:
    if "$ref" in schema:
        name = schema["$ref"]
        return f"[`{name}`](#{'enumerations' if name in enums else name})"
    kind = schema.get("type")
    nullable = isinstance(kind, list) and "null" in kind
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "any")
    if schema.get("format") == "levels":
        text = "Levels ((price, size) Decimals)"
    elif schema.get("format") == "decimal":
        text = "Decimal"
    elif kind == "array":
        text = f"list[{_schema_type(schema.get('items', {}), enums)}]"
    else:
        text = {"integer": "int", "string": "str", "boolean": "bool", "object": "dict"}.get(
            str(kind), str(kind)
        )
    return text + (" \\| None" if nullable else "")


def models_page(spec: Spec) -> str:
    lines = [
        HEADER,
        "# Models",
        "",
        "Responses and pushes decode into frozen attrs classes (`coinex_sdk.models`). Fields not "
        "always sent are `None` when absent; unknown fields CoinEx adds are kept in "
        "`unknown_fields`. Every amount, price, rate and fee is a `Decimal`.",
        "",
        "## Enumerations",
        "",
        "| enum | values |",
        "|---|---|",
    ]
    for name in sorted(spec.enums):
        values = ", ".join(f"`{v}`" for v in spec.enums[name]["values"])
        lines.append(f"| `{name}` | {values} |")
    lines += [""]
    models = {n: s for r in spec.resources.values() for n, s in r.models.items()}
    models.update(spec.ws_models)
    lines += ["## Models", ""]
    for name in sorted(models):
        schema = models[name]
        lines += [f"### `{name}` {{ #{name} }}", ""]
        if schema.get("description"):
            lines += [" ".join(str(schema["description"]).split()), ""]
        required = set(schema.get("required", []))
        lines += ["| field | type | always sent | description |", "|---|---|---|---|"]
        for field, fs in schema.get("properties", {}).items():
            always = "yes" if field in required else "no"
            lines.append(
                f"| `{field}` | {_schema_type(fs, spec.enums)} | {always} | "
                f"{_cell(fs.get('description', ''))} |"
            )
        lines.append("")
    return "\n".join(lines)


def errors_page(spec: Spec) -> str:
    lines = [
        HEADER,
        "# Error codes",
        "",
        "A non-zero `code` in CoinEx's answer raises the `ApiError` subclass below (codes not "
        "listed raise `ApiError`). Every error keeps `code`, `message`, the endpoint and the "
        "raw body. See the [errors guide](../guides/errors.md).",
        "",
        "| code | exception | meaning |",
        "|---|---|---|",
    ]
    for code, info in sorted(spec.errors.items()):
        lines.append(f"| {code} | `{info['class']}` | {_cell(info['message'])} |")
    return "\n".join([*lines, ""])


def reference_pages(spec: Spec) -> dict[str, str]:
    """``{path: markdown}`` of the generated reference pages."""
    return {
        "docs/reference/rest.md": rest_page(spec),
        "docs/reference/websocket.md": websocket_page(spec),
        "docs/reference/models.md": models_page(spec),
        "docs/reference/errors.md": errors_page(spec),
    }
