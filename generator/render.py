"""Spec -> source files: Jinja2 templates for endpoints, resources and tables; ruff formats."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
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


def channel_doc(ch: Channel, venue: str, indent: int) -> str:
    unverified = None if ch.verified else "Unverified: " + ch.notes
    lines = _doc_lines(ch.summary, ch.description, unverified, ch.params, indent)
    lines += [
        "",
        f"Yields ``{ch.models[venue]}`` per ``{ch.name}.update`` push, and a ``Gap`` when updates",
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


@dataclass(frozen=True)
class Target:
    """One generated file: where it goes, the template that writes it, what the template sees."""

    path: str
    template: str
    context: dict[str, Any]


def _imports(spec: Spec, names: Iterable[str]) -> list[tuple[str, list[str]]]:
    """``[(models module, [names])]`` for the models and enums a generated file uses."""
    by_module: dict[str, set[str]] = {}
    for name in names:
        by_module.setdefault(spec.model_module(name) or "", set()).add(name)
    return sorted((module, sorted(found)) for module, found in by_module.items())


def _names(params: Iterable[Param], models: Iterable[str | None] = ()) -> list[str]:
    """The model and enum names a group of methods or channels refers to."""
    return [m for m in models if m] + [p.enum_name for p in params if p.enum_name]


def _stem(file: str) -> str:
    return PurePosixPath(file).stem


def _class_name(stem: str) -> str:
    return "".join(part.capitalize() for part in stem.split("_")) + "Methods"


def _spec_files(spec: Spec) -> dict[str, list[Endpoint]]:
    """The REST endpoints of each spec file, by the file's stem, in spec order."""
    files: dict[str, list[Endpoint]] = {}
    for ep in spec.endpoints:
        files.setdefault(_stem(ep.file), []).append(ep)
    return files


def _table_imports(spec: Spec, stem: str, endpoints: list[Endpoint]) -> list[tuple[str, list[str]]]:
    """What one endpoint table imports from its siblings: the lookups of another file that
    its placements recover by."""
    by_key = {ep.key: ep for ep in spec.endpoints}
    found: dict[str, set[str]] = {}
    for ep in endpoints:
        for key in ep.recover_by_client_id:
            other = by_key[key]
            if _stem(other.file) != stem:
                found.setdefault(_stem(other.file), set()).add(other.const)
    return sorted((module, sorted(names)) for module, names in found.items())


def _model_modules(spec: Spec) -> list[tuple[str, list[str]]]:
    """``[(models module, [model names])]``: a module per resource with models, ``enums`` and
    ``ws`` (what :func:`~generator.models.generate_models` writes)."""
    modules = {res.name: list(res.models) for res in spec.resources.values() if res.models}
    modules["enums"] = list(spec.enums)
    if spec.ws_models:
        modules["ws"] = list(spec.ws_models)
    return sorted((module, sorted(names)) for module, names in modules.items())


def targets(spec: Spec) -> list[Target]:
    """Every templated file: one endpoint table and one method module per spec/rest file, one
    resource per client attribute composing them, and the tables and indexes over them."""
    base = "coinex_sdk/_generated"
    resources = sorted(spec.resources.values(), key=lambda r: r.name)
    files = _spec_files(spec)
    typed_dicts = _param_models(spec)
    found: list[Target] = [
        Target(f"{base}/errors.py", "errors.py.j2", {"errors": sorted(spec.errors.items())}),
        Target(
            f"{base}/ws_errors.py", "ws_errors.py.j2", {"errors": sorted(spec.ws_errors.items())}
        ),
        Target(
            f"{base}/rate_limits.py",
            "rate_limits.py.j2",
            {"groups": list(spec.rate_limits.items())},
        ),
        Target(
            f"{base}/endpoints/__init__.py",
            "endpoints.py.j2",
            {
                "endpoints": spec.endpoints,
                "imports": [(stem, sorted(ep.const for ep in eps)) for stem, eps in files.items()],
            },
        ),
        Target(f"{base}/resource_mixins.py", "resource_mixins.py.j2", {"resources": resources}),
        Target(
            f"{base}/params.py",
            "params.py.j2",
            {
                "typed_dicts": typed_dicts,
                "enum_names": sorted(
                    {f.enum_name for td in typed_dicts for f in td["fields"] if f.enum_name}
                ),
            },
        ),
        Target(f"{base}/markets.py", "markets.py.j2", {"sources": _market_sources(spec)}),
    ]
    modules = _model_modules(spec)
    found.append(
        Target(
            f"{base}/models/__init__.py",
            "models_init.py.j2",
            {"modules": modules, "all_names": sorted(n for _, names in modules for n in names)},
        )
    )
    for stem, endpoints in files.items():
        file = endpoints[0].file
        found.append(
            Target(
                f"{base}/endpoints/{stem}.py",
                "endpoint_table.py.j2",
                {
                    "file": file,
                    "endpoints": endpoints,
                    "imports": _table_imports(spec, stem, endpoints),
                },
            )
        )
        params = [p for ep in endpoints for p in ep.params]
        found.append(
            Target(
                f"{base}/rest/{stem}.py",
                "rest.py.j2",
                {
                    "file": file,
                    "module": stem,
                    "class_name": _class_name(stem),
                    "res": spec.resources[endpoints[0].resource],
                    "endpoints": endpoints,
                    "model_imports": _imports(
                        spec, _names(params, (ep.response_model for ep in endpoints))
                    ),
                    "param_models": sorted({p.item_model for p in params if p.item_model}),
                },
            )
        )
    for res in resources:
        stems = sorted({_stem(ep.file) for ep in res.endpoints})
        parts = [{"module": stem, "class_name": _class_name(stem)} for stem in stems]
        context = {"res": res, "parts": parts}
        found.append(Target(f"{base}/resources/{res.name}.py", "resource.py.j2", context))
    if spec.channels:
        venues = ["spot", "futures"]  # the order the generated classes and tables follow
        found.append(
            Target(
                f"{base}/ws_args.py",
                "ws_args.py.j2",
                {
                    "channels": spec.channels,
                    "venues": venues,
                    "names": sorted(
                        f"{v.upper()}_{ch.name.upper()}_ARGS"
                        for v in venues
                        for ch in spec.channels
                        if v in ch.venues
                    ),
                },
            )
        )
        found.append(Target(f"{base}/stream_mixins.py", "stream_mixins.py.j2", {"venues": venues}))
        found.append(
            Target(
                f"{base}/streams.py",
                "streams.py.j2",
                {
                    "channels": spec.channels,
                    "venues": venues,
                    "model_imports": _imports(
                        spec,
                        _names(
                            (p for ch in spec.channels for p in ch.params),
                            (m for ch in spec.channels for m in ch.models.values()),
                        ),
                    ),
                },
            )
        )
    return found


def render(spec: Spec) -> dict[str, str]:
    """``{path relative to the repo: content}`` of every generated file (formatted)."""
    env = _env()
    base = "coinex_sdk/_generated"
    files: dict[str, str] = {
        f"{base}/__init__.py": f'{HEADER}\n"""Code generated from spec/."""\n',
        f"{base}/resources/__init__.py": f'{HEADER}\n"""One module per resource."""\n',
        f"{base}/rest/__init__.py": f'{HEADER}\n"""The methods of one spec/rest file each."""\n',
    }
    for target in targets(spec):
        template = env.get_template(target.template)
        files[target.path] = template.render(header=HEADER, **target.context)
    for module, source in sorted(generate_models(spec).items()):
        files[f"{base}/models/{module}.py"] = f"{HEADER}\n{source}"
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
