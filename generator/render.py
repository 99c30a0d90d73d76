"""Spec -> source files: Jinja2 templates for endpoints, resources and tables; ruff formats."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import jinja2

from .asyncapi import asyncapi
from .models import generate_models
from .openapi import openapi, to_json
from .reference import reference_pages
from .spec import Channel, Endpoint, Param, Spec, SpecError

HEADER = "# generated from spec/ by `python -m generator`; do not edit."
TEMPLATES = Path(__file__).parent / "templates"
_KIND = {"integer": "int", "boolean": "bool"}


def _literal(values: tuple[Any, ...]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in values) + "]"


def ptype(p: Param) -> str:
    """The annotation of a parameter: what an IDE shows and mypy checks."""
    if p.type == "string":
        if p.enum_name:
            return f"{_literal(p.enum_values)} | {p.enum_name}"
        return _literal(p.enum_values) if p.enum_values else "str"
    if p.type == "integer":
        return _literal(p.enum_values) if p.enum_values else "int"
    if p.type == "boolean":
        return "bool"
    if p.type == "decimal":
        return "Decimal | str | int"
    if p.type == "timestamp":
        return "int | datetime"
    if p.type == "list":
        if p.enum_values:
            item = _literal(p.enum_values) + (f" | {p.enum_name}" if p.enum_name else "")
            return f"Sequence[{item}]"
        return "str | Sequence[str]"
    if p.type == "int_list":
        return "Sequence[int]"
    if p.type == "object":
        return str(p.item_model)
    return f"Sequence[{p.item_model}]"


def optional(p: Param) -> str:
    """The signature entry of an optional parameter: its default, or None."""
    if p.default is not None:
        return f"{p.pyname}: {ptype(p)} = {p.default!r}"
    return f"{p.pyname}: {ptype(p)} | None = None"


def ch_args(ch: Channel) -> str:
    return "{" + ", ".join(f"{p.name!r}: {p.pyname}" for p in ch.params) + "}"


def sub_params(ch: Channel) -> str:
    """Python source of a channel's subscribe params, built from the checked ``args``."""
    if ch.fixed is not None:
        return repr(ch.fixed)
    if isinstance(ch.item, list):
        first = next(p for p in ch.params if p.name == ch.item[0])
        if first.type == "list":  # one tuple per key: [[m, limit, ...] for m in markets]
            rest = "".join(f", args[{name!r}]" for name in ch.item[1:])
            return f"{{{ch.list_param!r}: [[key{rest}] for key in args[{first.name!r}]]}}"
        items = ", ".join(f"args[{name!r}]" for name in ch.item)
        return f"{{{ch.list_param!r}: [[{items}]]}}"
    return f"{{{ch.list_param!r}: args.get({ch.item!r}, [])}}"


def book_args(ch: Channel) -> str:
    """The args ``order_book()`` validates: its own params plus the ones the book pins."""
    assert ch.book is not None
    fixed = ch.book["fixed"]
    items = [
        f"{p.name!r}: {fixed[p.name]!r}" if p.name in fixed else f"{p.name!r}: {p.pyname}"
        for p in ch.params
    ]
    return "{" + ", ".join(items) + "}"


def _doc_lines(
    summary: str, description: str, unverified: str | None, params: list[Param], indent: int
) -> list[str]:
    """Summary, description, an unverified warning and the ``Args:`` of a generated docstring."""
    lines = _wrap(summary.rstrip(".") + ".", indent)
    if description:
        lines += [""] + _wrap(description, indent)
    if unverified is not None:
        lines += [""] + _wrap(unverified, indent)
    doc_params = [p for p in params if p.description or p.enum_values]
    if doc_params:
        lines += ["", "Args:"]
        for p in doc_params:
            text = p.description or ""
            if p.enum_values and p.type != "string":
                text += f" One of {', '.join(map(str, p.enum_values))}."
            wrapped = _wrap(f"{p.pyname}: {text}".rstrip(), indent + 4, 96)
            lines += ["    " + wrapped[0]] + ["        " + w for w in wrapped[1:]]
    return lines


def _docstring(lines: list[str], indent: int) -> str:
    pad = " " * indent
    body = "\n".join((pad + line) if line else "" for line in lines[1:])
    return '"""' + lines[0] + ("\n" + body + "\n" + pad if len(lines) > 1 else "") + '"""'


def channel_doc(ch: Channel, endpoint: str, indent: int) -> str:
    unverified = None if ch.verified else "Unverified: " + ch.notes
    lines = _doc_lines(ch.summary, ch.description, unverified, ch.params, indent)
    lines += [
        "",
        f"Yields ``{ch.models[endpoint]}`` per ``{ch.name}.update`` push, and a ``Gap`` when "
        "updates",
        "may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``",
        "keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.",
        f"Signed connection: {'yes' if ch.auth else 'no'}. CoinEx docs: {ch.doc}",
    ]
    return _docstring(lines, indent)


def book_doc(ch: Channel, is_async: bool, indent: int) -> str:
    assert ch.book is not None
    how = "``async for`` yields" if is_async else "Iterating yields"
    description = (
        f"One subscription for every market given. {how} a market's ``OrderBook`` (Decimal "
        "levels, best first) after each push that left it verified, and a ``Gap`` whenever the "
        "books stopped being current (reconnect, resync, a malformed push): every book then "
        "has ``synced`` False until CoinEx's next full snapshot of it. No item means no change. "
        "A checksum mismatch resubscribes for a fresh snapshot. ``.books`` holds the books by "
        "market (``.book`` when there is one)."
    )
    params = [p for p in ch.params if p.name not in ch.book["fixed"]]
    summary = f"Local order books kept from ``{ch.name}.update`` pushes, CRC32-verified."
    return _docstring(_doc_lines(summary, description, None, params, indent), indent)


def rtype(ep: Endpoint) -> str:
    model = ep.response_model
    return {
        "object": f"{model}",
        "list": f"list[{model}]",
        "page": f"Page[{model}]",
        "batch": f"list[BatchItem[{model}]]",
        "none": "None",
    }[ep.response_type]


def into(ep: Endpoint) -> str:
    return ep.response_model if ep.response_type == "page" else rtype(ep)


def call(ep: Endpoint) -> str:
    return {"page": "_page", "none": "_call_none"}.get(ep.response_type, "_call")


def args(ep: Endpoint, skip: str | None = None) -> str:
    items = [f"{p.name!r}: {p.pyname}" for p in ep.params if p.name != skip]
    return "{" + ", ".join(items) + "}"


def _wrap(text: str, indent: int, width: int = 96) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        lines.extend(textwrap.wrap(para, width - indent) or [""])
    return lines


def docstring(ep: Endpoint, indent: int) -> str:
    unverified = None
    if not ep.verified:
        unverified = (
            "Unverified: CoinEx's documentation for this endpoint was not available when it was "
            "specified; parameters and fields may differ. " + ep.notes
        )
    lines = _doc_lines(ep.summary, ep.description, unverified, ep.params, indent)
    meta = [f"Signed: {'yes' if ep.auth else 'no (public)'}."]
    meta.append(f"Rate limit: {ep.rate_limit or 'ip'} group.")
    lines += ["", " ".join(meta)]
    if ep.recover_by_client_id:
        lines += [
            "Exactly once: given no client_id, the SDK generates one. If the answer is lost,",
            "the order is looked up by client_id over the settle window and returned, or",
            "OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.",
        ]
    elif ep.moves_money:
        lines.append("Moves money: never resent unless CoinEx refused it before acting.")
    lines.append(f"CoinEx docs: {ep.doc}")
    return _docstring(lines, indent)


def param_literal(p: Param) -> str:
    """Python source constructing the runtime ``Param`` description."""
    kind = _KIND.get(p.type, p.type)
    parts = [repr(p.name), repr(kind)]
    if p.location != "query":
        parts.append(f"location={p.location!r}")
    if p.required:
        parts.append("required=True")
    if p.enum_values:
        parts.append(f"enum={tuple(p.enum_values)!r}")
    for key in ("pattern", "max_length", "max_items"):
        value = getattr(p, key)
        if value is not None:
            parts.append(f"{key}={value!r}")
    for key in ("minimum", "exclusive_minimum", "maximum"):
        value = getattr(p, key)
        if value is not None:
            parts.append(f"{key}=Decimal({value!r})")
    if p.fields:
        parts.append("fields=(" + "".join(param_literal(f) + ", " for f in p.fields) + ")")
    return "Param(" + ", ".join(parts) + ")"


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters["pyrepr"] = repr
    env.filters["tuple"] = tuple
    env.filters["wrap"] = lambda text, width=96, indent=0: ("\n" + " " * indent).join(
        _wrap(text, indent, width)
    )
    env.globals.update(
        ptype=ptype,
        optional=optional,
        ch_args=ch_args,
        sub_params=sub_params,
        book_args=book_args,
        book_doc=book_doc,
        channel_doc=channel_doc,
        rtype=rtype,
        into=into,
        call=call,
        args=args,
        docstring=docstring,
        param=param_literal,
    )
    return env


def _param_models(spec: Spec) -> list[dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for ep in spec.endpoints:
        for p in ep.params:
            if p.item_model and p.item_model not in found:
                found[p.item_model] = {
                    "name": p.item_model,
                    "fields": p.fields,
                    "doc": f"An item of ``{p.name}`` for ``{ep.key}``.",
                }
    return list(found.values())


_RULE_FIELDS = (
    "price_precision",
    "amount_precision",
    "min_amount",
    "tick_size",
    "trading_enabled",
)


def _market_sources(spec: Spec) -> list[dict[str, Any]]:
    """The models marked ``x-market-rules``: the kind (their resource), the endpoint listing
    every market, and the model fields holding each rule."""
    sources = []
    for res in sorted(spec.resources.values(), key=lambda r: r.name):
        for model, schema in sorted(res.models.items()):
            rules = schema.get("x-market-rules")
            if rules is None:
                continue
            where = f"{model}.x-market-rules"
            ep = next((e for e in res.endpoints if e.name == rules.get("endpoint")), None)
            if ep is None or ep.response_model != model or ep.response_type != "list":
                raise SpecError(where, f"endpoint must be a {res.name} endpoint listing {model}")
            fields = [(key, rules[key]) for key in _RULE_FIELDS if key in rules]
            for key, field in fields:
                if field not in schema.get("properties", {}):
                    raise SpecError(f"{where}.{key}", f"{model} has no field {field!r}")
            sources.append(
                {
                    "kind": res.name,
                    "model": model,
                    "module": spec.model_module(model),
                    "endpoint": ep.name,
                    "const": ep.const,
                    "fields": fields,
                }
            )
    return sources


def render(spec: Spec) -> dict[str, str]:
    """``{path relative to the repo: content}`` of every generated file (formatted)."""
    env = _env()
    files: dict[str, str] = {}
    base = "coinex_sdk/_generated"
    resources = sorted(spec.resources.values(), key=lambda r: r.name)
    files[f"{base}/__init__.py"] = f'{HEADER}\n"""Code generated from spec/."""\n'
    files[f"{base}/errors.py"] = env.get_template("errors.py.j2").render(
        header=HEADER, errors=sorted(spec.errors.items())
    )
    files[f"{base}/rate_limits.py"] = env.get_template("rate_limits.py.j2").render(
        header=HEADER, groups=list(spec.rate_limits.items())
    )
    files[f"{base}/endpoints.py"] = env.get_template("endpoints.py.j2").render(
        header=HEADER, endpoints=spec.endpoints
    )
    files[f"{base}/client.py"] = env.get_template("client.py.j2").render(
        header=HEADER, resources=resources
    )
    typed_dicts = _param_models(spec)
    enum_names = sorted({f.enum_name for td in typed_dicts for f in td["fields"] if f.enum_name})
    files[f"{base}/params.py"] = env.get_template("params.py.j2").render(
        header=HEADER, typed_dicts=typed_dicts, enum_names=enum_names
    )
    models = generate_models(spec)
    module_names: list[tuple[str, list[str]]] = []
    for module, source in sorted(models.items()):
        files[f"{base}/models/{module}.py"] = f"{HEADER}\n{source}"
        if module == "enums":
            names = spec.enums.keys()
        elif module == "ws":
            names = spec.ws_models.keys()
        else:
            names = spec.resources[module].models.keys()
        module_names.append((module, sorted(names)))
    files[f"{base}/models/__init__.py"] = env.get_template("models_init.py.j2").render(
        header=HEADER,
        modules=module_names,
        all_names=sorted(n for _, names in module_names for n in names),
    )
    files[f"{base}/resources/__init__.py"] = f'{HEADER}\n"""One module per resource."""\n'
    for res in resources:
        used: dict[str, set[str]] = {}
        for ep in res.endpoints:
            if ep.response_model:
                used.setdefault(spec.model_module(ep.response_model) or "", set()).add(
                    ep.response_model
                )
            for p in ep.params:
                if p.enum_name:
                    used.setdefault("enums", set()).add(p.enum_name)
        param_models = sorted(
            {p.item_model for ep in res.endpoints for p in ep.params if p.item_model}
        )
        files[f"{base}/resources/{res.name}.py"] = env.get_template("resource.py.j2").render(
            header=HEADER,
            res=res,
            model_imports=sorted((m, sorted(n)) for m, n in used.items()),
            param_models=param_models,
        )
    if spec.channels:
        used_models: dict[str, set[str]] = {}
        for ch in spec.channels:
            for model in ch.models.values():
                used_models.setdefault(spec.model_module(model) or "", set()).add(model)
            for p in ch.params:
                if p.enum_name:
                    used_models.setdefault("enums", set()).add(p.enum_name)
        files[f"{base}/streams.py"] = env.get_template("streams.py.j2").render(
            header=HEADER,
            channels=spec.channels,
            endpoints=["spot", "futures"],
            model_imports=sorted((m, sorted(n)) for m, n in used_models.items()),
        )
    files[f"{base}/markets.py"] = env.get_template("markets.py.j2").render(
        header=HEADER, sources=_market_sources(spec)
    )
    files["docs/api.md"] = api_reference(spec)
    files["docs/spec/openapi.json"] = to_json(openapi(spec))
    files["docs/spec/asyncapi.json"] = to_json(asyncapi(spec))
    files.update(reference_pages(spec))
    return {path: _format(path, text) for path, text in sorted(files.items())}


def api_reference(spec: Spec) -> str:
    lines = [
        "<!-- generated from spec/ by `python -m generator`; do not edit. -->",
        "# API reference",
        "",
        f"{len(spec.endpoints)} REST endpoints. Every method exists on `CoinEx` (sync) and "
        "`AsyncCoinEx` (awaited). Paginated methods also have an `iter_` variant. Every "
        "method also has a raw twin on `<resource>.with_raw_response` returning a "
        "`RawResponse` (status, headers, elapsed time, bytes, `parse()`).",
        "",
        "Each method links to its parameters, return model, rate-limit group and errors in "
        "[REST endpoints](reference/rest.md); see also the "
        "[WebSocket channels](reference/websocket.md), [models](reference/models.md), "
        "[error codes](reference/errors.md) and the "
        "[OpenAPI / AsyncAPI exports](reference/exports.md).",
        "",
    ]
    for res in sorted(spec.resources.values(), key=lambda r: r.name):
        lines += [f"## `cx.{res.name}`: {res.title}", ""]
        lines += [
            "| method | HTTP | signed | rate limit | returns | summary |",
            "|---|---|---|---|---|---|",
        ]
        for ep in res.endpoints:
            ret = rtype(ep).replace("|", "\\|")
            flag = "" if ep.verified else " (unverified)"
            lines.append(
                f"| [`{ep.name}`](reference/rest.md#{ep.key}) | `{ep.method} {ep.path}` | "
                f"{'yes' if ep.auth else 'no'} | "
                f"{ep.rate_limit or 'ip'} | `{ret}` | [{ep.summary}]({ep.doc}){flag} |"
            )
        lines.append("")
    return "\n".join(lines)


def _format(path: str, text: str) -> str:
    if not path.endswith(".py"):
        return text
    root = Path(__file__).resolve().parent.parent
    ruff = [sys.executable, "-m", "ruff"]
    fixed = subprocess.run(
        [
            *ruff,
            "check",
            "--fix",
            "--quiet",
            "--select",
            "F401,I,UP",
            "--exit-zero",
            "--stdin-filename",
            path,
            "-",
        ],
        input=text,
        capture_output=True,
        text=True,
        cwd=root,
        check=True,
    ).stdout
    return subprocess.run(
        [*ruff, "format", "--quiet", "--stdin-filename", path, "-"],
        input=fixed,
        capture_output=True,
        text=True,
        cwd=root,
        check=True,
    ).stdout
