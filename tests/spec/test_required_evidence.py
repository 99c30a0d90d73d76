"""A model field is required only with evidence: every example that holds the model carries it.

``required`` makes a field non-Optional in the generated model (``o.filled_amount > 0`` type
checks), and a response without it fails to decode, so the spec says where the evidence is:
``x-required-from`` names the examples (``spec/examples``: real responses and the docs'
examples) that hold the model. These tests walk every example through the response models and
check the claim both ways.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

SPEC = Path(__file__).parents[2] / "spec"
ENUMS = set(yaml.safe_load((SPEC / "enums.yaml").read_text())["enums"])
MODELS: dict[str, dict[str, Any]] = {}
SOURCES: list[tuple[str, str, str | None, Any]] = []  # (example file, model, response type, data)

for _path in sorted((SPEC / "rest").glob("*.yaml")) + sorted((SPEC / "ws").glob("*.yaml")):
    _raw = yaml.safe_load(_path.read_text())
    MODELS.update(_raw.get("models") or {})
    for _ep in _raw.get("endpoints") or []:
        _resp = _ep.get("response") or {}
        if isinstance(_ep.get("example"), str) and _resp.get("model"):
            _data = json.loads((SPEC / "examples" / _ep["example"]).read_text()).get("data")
            SOURCES.append((_ep["example"], _resp["model"], _resp.get("type"), _data))
    for _ch in _raw.get("channels") or []:
        for _side, _file in (_ch.get("example") or {}).items():
            _model = _ch["model"] if isinstance(_ch["model"], str) else _ch["model"][_side]
            _data = json.loads((SPEC / "examples" / _file).read_text()).get("data")
            SOURCES.append((_file, _model, None, _data))


def _walk(model: str, value: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    schema = MODELS.get(model)
    if schema is None or not isinstance(value, dict):
        return
    yield model, value
    for key, prop in schema.get("properties", {}).items():
        child = value.get(key)
        if "$ref" in prop:
            yield from _walk(prop["$ref"], child)
        elif isinstance(prop.get("items"), dict) and "$ref" in prop["items"]:
            for item in child if isinstance(child, list) else []:
                yield from _walk(prop["items"]["$ref"], item)


def _occurrences() -> dict[str, list[tuple[str, dict[str, Any]]]]:
    found: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for file, model, kind, data in SOURCES:
        for item in data if isinstance(data, list) else [data]:
            if kind == "batch" and isinstance(item, dict) and {"code", "message"} <= set(item):
                item = item.get("data")
            for name, obj in _walk(model, item):
                found[name].append((file, obj))
    return found


OCCURRENCES = _occurrences()


def _has_value(prop: dict[str, Any], value: Any) -> bool:
    """Present and not a placeholder: "" decodes as None for decimals and enums."""
    if value is None:
        return False
    return not (value == "" and (prop.get("format") == "decimal" or prop.get("$ref") in ENUMS))


@pytest.mark.parametrize("model", sorted(MODELS))
def test_every_example_of_the_model_carries_its_required_fields(model: str) -> None:
    props = MODELS[model].get("properties", {})
    missing = [
        f"{file}: {field}"
        for file, obj in OCCURRENCES.get(model, [])
        for field in MODELS[model].get("required", [])
        if field not in obj or not _has_value(props[field], obj[field])
    ]
    assert missing == []


@pytest.mark.parametrize("model", sorted(m for m in MODELS if "x-required-from" in MODELS[m]))
def test_the_named_evidence_holds_the_model(model: str) -> None:
    named = set(MODELS[model]["x-required-from"])
    assert named == {file for file, _ in OCCURRENCES[model]}


def test_models_with_examples_name_their_evidence() -> None:
    unnamed = sorted(m for m in OCCURRENCES if "x-required-from" not in MODELS[m])
    assert unnamed == []


def test_fields_every_example_carries_are_required_or_explained() -> None:
    """The other direction: a field each example carries with a value is required, unless the
    model says why not (a comment-free spec would silently keep Optional fields Optional)."""
    allowed = {
        # The docs example names the pre-market flag differently from live responses.
        ("SpotMarket", "is_pre_trading_available"),
        # Real finished futures stop orders send "": spot ones may too.
        ("SpotStopOrder", "trigger_direction"),
    }
    loose = []
    for model, found in OCCURRENCES.items():
        schema = MODELS[model]
        for field, prop in schema.get("properties", {}).items():
            nullable = isinstance(prop.get("type"), list) and "null" in prop["type"]
            if field in schema.get("required", []) or nullable or (model, field) in allowed:
                continue
            if all(field in obj and _has_value(prop, obj[field]) for _, obj in found):
                loose.append(f"{model}.{field}")
    assert loose == []
