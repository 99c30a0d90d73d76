"""Spec -> every generated file: the table of templated targets, then models, docs and exports.

:func:`targets` says which file each template writes and what it sees (the Python it asks for
comes from :mod:`generator.templating`); :func:`render` renders them, adds the models
(:mod:`generator.models`), the docs pages (:mod:`generator.reference`) and the OpenAPI /
AsyncAPI exports, and formats every Python file with the pinned ruff.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from .asyncapi import asyncapi
from .models import generate_models
from .openapi import openapi, to_json
from .reference import reference_pages
from .spec_types import Endpoint, Param, Spec, SpecError
from .templating import environment

HEADER = "# generated from spec/ by `python -m generator`; do not edit."


@dataclass(frozen=True)
class Target:
    """One generated file: where it goes, the template that writes it, what the template sees."""

    path: str
    template: str
    context: dict[str, Any]


def render(spec: Spec) -> dict[str, str]:
    """``{path relative to the repo: content}`` of every generated file (formatted)."""
    env = environment()
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
    files["docs/spec/openapi.json"] = to_json(openapi(spec))
    files["docs/spec/asyncapi.json"] = to_json(asyncapi(spec))
    files.update(reference_pages(spec))
    return {path: _format(path, text) for path, text in sorted(files.items())}


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


def _spec_files(spec: Spec) -> dict[str, list[Endpoint]]:
    """The REST endpoints of each spec file, by the file's stem, in spec order."""
    files: dict[str, list[Endpoint]] = {}
    for ep in spec.endpoints:
        files.setdefault(_stem(ep.file), []).append(ep)
    return files


def _stem(file: str) -> str:
    return PurePosixPath(file).stem


def _class_name(stem: str) -> str:
    return "".join(part.capitalize() for part in stem.split("_")) + "Methods"


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


def _imports(spec: Spec, names: Iterable[str]) -> list[tuple[str, list[str]]]:
    """``[(models module, [names])]`` for the models and enums a generated file uses."""
    by_module: dict[str, set[str]] = {}
    for name in names:
        by_module.setdefault(spec.model_module(name) or "", set()).add(name)
    return sorted((module, sorted(found)) for module, found in by_module.items())


def _names(params: Iterable[Param], models: Iterable[str | None] = ()) -> list[str]:
    """The model and enum names a group of methods or channels refers to."""
    return [m for m in models if m] + [p.enum_name for p in params if p.enum_name]


def _model_modules(spec: Spec) -> list[tuple[str, list[str]]]:
    """``[(models module, [model names])]``: a module per resource with models, ``enums`` and
    ``ws`` (what :func:`~generator.models.generate_models` writes)."""
    modules = {res.name: list(res.models) for res in spec.resources.values() if res.models}
    modules["enums"] = list(spec.enums)
    if spec.ws_models:
        modules["ws"] = list(spec.ws_models)
    return sorted((module, sorted(names)) for module, names in modules.items())


def _param_models(spec: Spec) -> list[dict[str, Any]]:
    """The TypedDicts that object parameters name (``item_model``), once each, in spec order."""
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


def _format(path: str, text: str) -> str:
    """A Python file as the pinned ruff leaves it: unused imports dropped, imports sorted and
    modernised, then formatted (the project's ruff settings, as for hand-written code)."""
    if not path.endswith(".py"):
        return text
    fixed = _ruff("check", "--fix", "--select", "F401,I,UP", "--exit-zero", path=path, text=text)
    return _ruff("format", path=path, text=fixed)


def _ruff(*command: str, path: str, text: str) -> str:
    """``ruff <command>`` over ``text`` as if it were ``path`` in the repository."""
    return subprocess.run(
        [sys.executable, "-m", "ruff", *command, "--quiet", "--stdin-filename", path, "-"],
        input=text,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        check=True,
    ).stdout
