"""Loading and validating ``spec/``: every file read, its entries checked, one :class:`Spec`.

Each entry is checked on its own in :mod:`generator.spec_entries`; here, what spans entries and
files: enum, error and model names, unique routes and method names, every ``$ref`` and response
model resolving, every recovery lookup naming an endpoint. A bad spec fails with the file, the
key path inside it and what is wrong, e.g.
``spec/rest/spot.yaml: endpoints[3].params[0].type: 'strng' is not one of [...]``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .spec_entries import IDENT, MODEL_NAME, check_keys, expect, read_channel, read_endpoint
from .spec_types import Channel, Resource, Spec, SpecError


def _load(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        raise SpecError(str(path), f"not valid YAML: {exc}") from None


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
        if not MODEL_NAME.match(mname):
            raise SpecError(where, "model names are CamelCase")
        if mname in owner or mname in enums:
            raise SpecError(where, f"model name already defined in {owner.get(mname)}")
        expect(where, schema, dict, "a JSON Schema mapping")
        owner[mname] = file
        target[mname] = schema


def load_spec(root: Path) -> Spec:
    def rel(path: Path) -> str:
        return path.relative_to(root.parent).as_posix()

    enums_raw = _load(root / "enums.yaml")
    enums = expect(rel(root / "enums.yaml") + ": enums", enums_raw.get("enums"), dict, "a mapping")
    for ename, edef in enums.items():
        where = f"{rel(root / 'enums.yaml')}: enums.{ename}"
        if not MODEL_NAME.match(ename):
            raise SpecError(where, "enum names are CamelCase")
        check_keys(where, edef, {"description", "values"}, {"values"})
    errors_raw = _load(root / "errors.yaml")
    errors = {int(k): v for k, v in errors_raw["codes"].items()}
    for code, edef in errors.items():
        where = f"{rel(root / 'errors.yaml')}: codes.{code}"
        check_keys(where, edef, {"class", "message", "outcome"}, {"class", "message"})
        if edef.get("outcome", "refused") not in ("rejected", "unknown", "refused"):
            raise SpecError(f"{where}.outcome", "one of rejected, unknown (or omitted)")
    ws_errors = {int(k): v for k, v in errors_raw.get("ws_codes", {}).items()}
    for suffix, edef in ws_errors.items():
        where = f"{rel(root / 'errors.yaml')}: ws_codes.{suffix}"
        check_keys(where, edef, {"class", "category", "message"}, {"class", "category", "message"})
        if not 0 < suffix < 10000:
            raise SpecError(where, "the last four digits of a 2xxxx / 3xxxx code")
        if not edef["class"].startswith("Ws") or not MODEL_NAME.match(edef["class"]):
            raise SpecError(f"{where}.class", "a CamelCase name starting with Ws")
    groups = _load(root / "rate_limits.yaml")["groups"]
    resources: dict[str, Resource] = {}
    seen_routes: dict[tuple[str, str], str] = {}
    model_owner: dict[str, str] = {}
    for path in sorted((root / "rest").glob("*.yaml")):
        file = rel(path)
        raw = _load(path)
        expect(file, raw, dict, "a mapping")
        check_keys(
            file,
            raw,
            {"resource", "title", "description", "models", "endpoints"},
            {"resource", "endpoints"},
        )
        rname = raw["resource"]
        if not isinstance(rname, str) or not IDENT.match(rname):
            raise SpecError(f"{file}: resource", f"{rname!r} is not a lower_snake name")
        res = resources.setdefault(rname, Resource(rname, "", ""))
        res.title = res.title or str(raw.get("title", rname)).strip()
        res.description = res.description or str(raw.get("description", "")).strip()
        _add_models(file, raw.get("models"), res.models, model_owner, enums)
        for i, ep_raw in enumerate(expect(f"{file}: endpoints", raw["endpoints"], list, "a list")):
            ep = read_endpoint(f"{file}: endpoints[{i}]", ep_raw, rname, file, root, enums, groups)
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
        check_keys(file, raw, {"title", "models", "channels"}, {"channels"})
        _add_models(file, raw.get("models"), ws_models, model_owner, enums)
        for i, ch_raw in enumerate(raw["channels"]):
            channels.append(read_channel(f"{file}: channels[{i}]", ch_raw, file, root, enums))
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
