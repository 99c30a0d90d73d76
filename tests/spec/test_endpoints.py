"""Every endpoint in spec/, sync and async: the request it builds, and its example decoded strictly.

The arguments come from the endpoint's ``example_args`` or are synthesized from its parameter
descriptions; the expected wire form is computed here independently of the SDK's encoder
(decimals ``format(d, "f")``, lists comma-joined in queries, bools ``true``/``false``).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from coinex_sdk import AsyncCoinEx, BatchItem, CoinEx, Page
from generator.spec import load_spec
from generator.spec_types import Endpoint, Param, Spec

SPEC: Spec = load_spec(Path(__file__).resolve().parents[2] / "spec")
ENDPOINTS = SPEC.endpoints


def _value(p: Param) -> Any:
    if p.enum_values:
        return list(p.enum_values[:2]) if p.type == "list" else p.enum_values[0]
    if p.type == "string":
        return "abc_123" if p.pattern else "BTCUSDT"
    if p.type == "integer":
        return int(p.minimum) + 1 if p.minimum is not None else 2
    if p.type == "boolean":
        return True
    if p.type == "decimal":
        return Decimal("0.00000001")
    if p.type == "timestamp":
        return 1700000000000
    if p.type == "list":
        return ["BTCUSDT", "ETHUSDT"]
    if p.type == "int_list":
        return [1, 2]
    item = {f.name: _value(f) for f in p.fields}
    return item if p.type == "object" else [item]


def _args(ep: Endpoint) -> dict[str, Any]:
    if ep.example_args is not None:
        return dict(ep.example_args)
    return {p.name: _value(p) for p in ep.params}


def _wire(value: Any, in_query: bool) -> Any:
    if isinstance(value, bool):
        return ("true" if value else "false") if in_query else value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, int):
        return str(value) if in_query else value
    if isinstance(value, list):
        items = [_wire(v, in_query) for v in value]
        return ",".join(items) if in_query else items
    if isinstance(value, dict):
        return {k: _wire(v, False) for k, v in value.items()}
    return value


def _instance(schema: dict[str, Any]) -> Any:
    """A minimal instance of a model schema (required fields only)."""
    ref = schema.get("$ref")
    if ref is not None:
        if ref in SPEC.enums:
            return SPEC.enums[ref]["values"][0]
        module = SPEC.model_module(ref)
        assert module is not None
        return _instance(SPEC.resources[module].models[ref])
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object":
        props = schema.get("properties", {})
        return {name: _instance(props[name]) for name in schema.get("required", [])}
    if kind == "array":
        return [_instance(schema["items"])] if "items" in schema else []
    if kind == "string":
        if "enum" in schema:
            return schema["enum"][0]
        return "1.5" if schema.get("format") == "decimal" else "x"
    if kind == "integer":
        return 1
    if kind == "number":
        return "1"
    if kind == "boolean":
        return True
    return None


def _response(ep: Endpoint) -> dict[str, Any]:
    if ep.example is not None:
        return dict(ep.example)
    if ep.response_type == "none":
        return {"code": 0, "data": {}, "message": "OK"}
    model = SPEC.resources[SPEC.model_module(ep.response_model or "") or ""].models[
        ep.response_model or ""
    ]
    item = _instance(model)
    data: Any = item if ep.response_type == "object" else [item]
    envelope: dict[str, Any] = {"code": 0, "data": data, "message": "OK"}
    if ep.response_type == "page":
        envelope["pagination"] = {"has_next": False}
    return envelope


class Recorder:
    def __init__(self, ep: Endpoint) -> None:
        self.body = json.dumps(_response(ep)).encode()
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, content=self.body)


def _check_request(ep: Endpoint, request: httpx.Request, args: dict[str, Any]) -> None:
    assert request.method == ep.method
    assert request.url.path == ep.path
    expected = {k: v for k, v in args.items() if v is not None}
    if ep.example_target is not None:
        assert request.url.raw_path.decode() == ep.example_target
    if ep.method == "GET":
        assert request.content == b""
        query = dict(parse_qsl(request.url.query.decode(), keep_blank_values=True))
        assert query == {k: _wire(v, True) for k, v in expected.items()}
    else:
        body = json.loads(request.content) if request.content else {}
        assert body == {k: _wire(v, False) for k, v in expected.items()}
        assert request.content.isascii()
    signed = "x-coinex-sign" in request.headers
    assert signed == ep.auth


def _check_result(ep: Endpoint, result: Any) -> None:
    if ep.response_type == "none":
        assert result is None
        return
    from coinex_sdk import models

    model = getattr(models, ep.response_model or "")
    if ep.response_type == "object":
        assert isinstance(result, model)
    elif ep.response_type == "list":
        assert isinstance(result, list) and all(isinstance(x, model) for x in result)
    elif ep.response_type == "page":
        assert isinstance(result, Page) and all(isinstance(x, model) for x in result.items)
    else:
        assert isinstance(result, list) and all(isinstance(x, BatchItem) for x in result)
        assert all(x.data is None or isinstance(x.data, model) for x in result)


@pytest.mark.parametrize("ep", ENDPOINTS, ids=[e.key for e in ENDPOINTS])
def test_sync_method_builds_the_request_and_decodes_the_example_strictly(ep: Endpoint) -> None:
    recorder = Recorder(ep)
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    args = _args(ep)
    with CoinEx(
        "key", "secret", base_url="http://coinex.test", http_client=http, strict=True
    ) as cx:
        result = getattr(getattr(cx, ep.resource), ep.name)(**args)
    (request,) = recorder.requests
    _check_request(ep, request, args)
    _check_result(ep, result)


@pytest.mark.parametrize("ep", ENDPOINTS, ids=[e.key for e in ENDPOINTS])
async def test_async_method_builds_the_request_and_decodes_the_example_strictly(
    ep: Endpoint,
) -> None:
    recorder = Recorder(ep)
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    args = _args(ep)
    async with AsyncCoinEx(
        "key", "secret", base_url="http://coinex.test", http_client=http, strict=True
    ) as acx:
        result = await getattr(getattr(acx, ep.resource), ep.name)(**args)
    (request,) = recorder.requests
    _check_request(ep, request, args)
    _check_result(ep, result)
