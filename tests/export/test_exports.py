"""The OpenAPI 3.1 and AsyncAPI 3.0 exports: valid, complete, current, and true to CoinEx's data.

``asyncapi-3.0.0.schema.json`` beside this file is the official AsyncAPI 3.0.0 JSON Schema
(``@asyncapi/specs`` 6.11.1, ``schemas/3.0.0-without-$id.json``, Apache-2.0), kept here because
no maintained Python package validates AsyncAPI 3 documents.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from openapi_spec_validator import validate as validate_openapi
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7, DRAFT202012

from generator.asyncapi import asyncapi
from generator.openapi import openapi, to_json
from generator.spec import load_spec

ROOT = Path(__file__).resolve().parents[2]
SPEC = load_spec(ROOT / "spec")
OPENAPI_FILE = ROOT / "docs" / "spec" / "openapi.json"
ASYNCAPI_FILE = ROOT / "docs" / "spec" / "asyncapi.json"
OPENAPI: dict[str, Any] = json.loads(OPENAPI_FILE.read_text(encoding="utf-8"))
ASYNCAPI: dict[str, Any] = json.loads(ASYNCAPI_FILE.read_text(encoding="utf-8"))
ASYNCAPI_SCHEMA = json.loads((Path(__file__).with_name("asyncapi-3.0.0.schema.json")).read_text())


def _walk(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{path}/{i}")


def _validator(document: dict[str, Any], schema: dict[str, Any]) -> jsonschema.Validator:
    """A validator for ``schema`` whose ``#/components/...`` refs resolve in ``document``.

    OpenAPI 3.1 schemas are JSON Schema 2020-12; AsyncAPI 3.0's default format is draft 7.
    """
    draft = DRAFT7 if "asyncapi" in document else DRAFT202012
    cls = jsonschema.Draft7Validator if "asyncapi" in document else jsonschema.Draft202012Validator
    resource = Resource.from_contents(document, default_specification=draft)
    registry: Registry[Any] = Registry().with_resource("urn:doc", resource)
    wrapped = json.loads(json.dumps(schema).replace('"#/components/', '"urn:doc#/components/'))
    return cls(wrapped, registry=registry)


# -- current -------------------------------------------------------------------------------------


def test_the_committed_exports_are_what_the_generator_writes_from_the_spec() -> None:
    assert OPENAPI_FILE.read_text(encoding="utf-8") == to_json(openapi(SPEC))
    assert ASYNCAPI_FILE.read_text(encoding="utf-8") == to_json(asyncapi(SPEC))


# -- valid ---------------------------------------------------------------------------------------


def test_the_openapi_document_is_valid_openapi_3_1() -> None:
    assert OPENAPI["openapi"] == "3.1.0"
    validate_openapi(OPENAPI)


def test_the_openapi_validator_rejects_a_broken_document() -> None:
    broken = copy.deepcopy(OPENAPI)
    broken["paths"]["/v2/ping"]["get"]["responses"] = "none"
    with pytest.raises(Exception, match="none"):
        validate_openapi(broken)


def test_the_asyncapi_document_is_valid_asyncapi_3_0() -> None:
    assert ASYNCAPI["asyncapi"] == "3.0.0"
    jsonschema.Draft7Validator(ASYNCAPI_SCHEMA).validate(ASYNCAPI)


def test_the_asyncapi_schema_check_rejects_a_broken_document() -> None:
    broken = copy.deepcopy(ASYNCAPI)
    broken["operations"]["spot.depth.update"]["action"] = "publish"  # AsyncAPI 2 wording
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(ASYNCAPI_SCHEMA).validate(broken)


# -- complete ------------------------------------------------------------------------------------


def test_every_rest_endpoint_is_an_operation_with_its_docs_link_and_rate_limit_group() -> None:
    for ep in SPEC.endpoints:
        op = OPENAPI["paths"][ep.path][ep.method.lower()]
        assert op["operationId"] == f"{ep.resource}_{ep.name}"
        assert op["externalDocs"]["url"] == ep.doc
        assert op["x-rate-limit"]["group"] == (ep.rate_limit or "ip")
        names = {p["name"] for p in op.get("parameters", [])}
        body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
        names |= set(body.get("schema", {}).get("properties", {}))
        assert names == {p.name for p in ep.params}, ep.key
    count = sum(len(methods) for methods in OPENAPI["paths"].values())
    assert count == len(SPEC.endpoints)


def test_signed_endpoints_require_the_three_hmac_headers_and_public_ones_none() -> None:
    schemes = OPENAPI["components"]["securitySchemes"]
    assert {s["name"] for s in schemes.values()} == {
        "X-COINEX-KEY",
        "X-COINEX-SIGN",
        "X-COINEX-TIMESTAMP",
    }
    for ep in SPEC.endpoints:
        security = OPENAPI["paths"][ep.path][ep.method.lower()]["security"]
        assert security == ([{key: [] for key in schemes}] if ep.auth else [])


def test_every_error_code_is_listed_with_its_exception() -> None:
    listed = {
        c["const"]: c["title"] for c in OPENAPI["components"]["schemas"]["ErrorCode"]["oneOf"]
    }
    assert listed == {code: info["class"] for code, info in SPEC.errors.items()}


def test_every_channel_on_every_venue_has_subscribe_unsubscribe_and_update() -> None:
    for ch in SPEC.channels:
        for venue in ch.venues:
            cid = f"{venue}.{ch.name}"
            assert ASYNCAPI["channels"][cid]["externalDocs"]["url"] == ch.doc
            for verb in ("subscribe", "unsubscribe", "update"):
                assert f"{cid}.{verb}" in ASYNCAPI["operations"]
    for venue in ("spot", "futures"):
        assert f"{venue}.server.sign" in ASYNCAPI["operations"]


# -- money ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("document", [OPENAPI, ASYNCAPI], ids=["openapi", "asyncapi"])
def test_money_is_a_decimal_string_never_a_json_number(document: dict[str, Any]) -> None:
    decimals = 0
    for path, node in _walk(document):
        assert node.get("type") != "number", path
        assert "number" not in (node.get("type") or []), path
        if node.get("format") == "decimal":
            decimals += 1
            kind = node.get("type")
            assert kind == "string" or (isinstance(kind, list) and "string" in kind), path
    assert decimals > 100


def test_a_price_parameter_and_an_order_price_field_are_decimal_strings() -> None:
    place = OPENAPI["paths"]["/v2/spot/order"]["post"]
    price = place["requestBody"]["content"]["application/json"]["schema"]["properties"]["price"]
    assert price["type"] == "string"
    assert price["format"] == "decimal"
    assert jsonschema.Draft202012Validator(price).is_valid("30000.5")
    assert not jsonschema.Draft202012Validator(price).is_valid(30000.5)
    field = OPENAPI["components"]["schemas"]["SpotOrder"]["properties"]["price"]
    assert (field["type"], field["format"]) == ("string", "decimal")


# -- true to the data ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ep", [ep for ep in SPEC.endpoints if ep.example is not None], ids=lambda ep: ep.key
)
def test_each_recorded_coinex_response_matches_its_operation_schema(ep: Any) -> None:
    op = OPENAPI["paths"][ep.path][ep.method.lower()]
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    errors = list(_validator(OPENAPI, schema).iter_errors(ep.example))
    assert not errors, [e.message[:200] for e in errors[:3]]


def test_an_error_envelope_matches_and_a_float_price_does_not() -> None:
    op = OPENAPI["paths"]["/v2/spot/order"]["post"]
    validator = _validator(OPENAPI, op["responses"]["200"]["content"]["application/json"]["schema"])
    assert validator.is_valid({"code": 3109, "message": "Insufficient balance", "data": {}})
    example = next(ep.example for ep in SPEC.endpoints if ep.key == "spot.place_order")
    assert validator.is_valid(example)
    floated = copy.deepcopy(example)
    floated["data"]["price"] = float(floated["data"]["price"])
    assert not validator.is_valid(floated)


@pytest.mark.parametrize(
    ("cid", "push"),
    [(f"{venue}.{ch.name}", push) for ch in SPEC.channels for venue, push in ch.examples.items()],
)
def test_each_recorded_coinex_push_matches_its_update_message(cid: str, push: Any) -> None:
    payload = ASYNCAPI["channels"][cid]["messages"]["update"]["payload"]
    errors = list(_validator(ASYNCAPI, payload).iter_errors(push))
    assert not errors, [e.message[:200] for e in errors[:3]]


def test_depth_subscribes_with_tuples_and_unsubscribes_with_plain_markets() -> None:
    messages = ASYNCAPI["channels"]["spot.depth"]["messages"]
    sub = _validator(ASYNCAPI, messages["subscribe"]["payload"])
    unsub = _validator(ASYNCAPI, messages["unsubscribe"]["payload"])
    params = {"market_list": [["BTCUSDT", 20, "0", False]]}
    assert sub.is_valid({"method": "depth.subscribe", "params": params, "id": 1})
    assert not sub.is_valid({"method": "depth.subscribe", "params": {"market_list": [1]}, "id": 1})
    plain = {"market_list": ["BTCUSDT"]}
    assert unsub.is_valid({"method": "depth.unsubscribe", "params": plain, "id": 2})
