"""Spec -> an OpenAPI 3.1 document of every REST endpoint (``docs/spec/openapi.json``).

CoinEx publishes no machine-readable spec; this export lets people generate clients in other
languages from ours. It carries what the SDK knows: parameters with their constraints, response
models, the CoinEx envelope (``{code, message, data}``, errors as non-zero codes in an HTTP 200),
the HMAC header scheme as security schemes, rate-limit groups and the docs link of each endpoint.

Money is never a JSON number: amounts, prices, rates and fees are ``{"type": "string", "format":
"decimal"}``, as CoinEx sends and expects them.
"""

from __future__ import annotations

import json
from typing import Any

from .schemas import rewrite, spec_ref
from .spec_types import Endpoint, Operation, Param, Spec

REF = "#/components/schemas/"
DECIMAL_PATTERN = r"^-?[0-9]+(\.[0-9]+)?$"
SIGNED: list[dict[str, list[str]]] = [
    {"CoinExAccessId": [], "CoinExSignature": [], "CoinExTimestamp": []}
]


def package_version() -> str:
    """``coinex_sdk.__version__`` (the version's one home; importing the package is cheap)."""
    import coinex_sdk

    return coinex_sdk.__version__


def to_json(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


INTEGER_IN_RESPONSE = {"type": ["integer", "string"], "pattern": "^-?[0-9]+$"}
"""CoinEx sends some integers as digit strings (leverage "10", ids in some examples); the SDK
reads both, so the exported response models say both."""


def _in_components(key: str, value: Any) -> dict[str, Any] | None:
    """A spec model's entries in an export: ``$ref: Name`` points into ``components.schemas``."""
    name = spec_ref(key, value)
    if name is not None:
        return {key: REF + name}
    if key == "type" and value == "integer":
        return INTEGER_IN_RESPONSE
    if key == "format" and value == "levels":  # the SDK's lazy Levels type
        return {"x-coinex-format": "levels"}
    return None


def component_schemas(spec: Spec, models: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Enums, then the given models, sorted by name (deterministic output)."""
    out: dict[str, Any] = {}
    for name in sorted(spec.enums):
        enum = spec.enums[name]
        # Open in responses: CoinEx sends some values in upper case (deposit status FINISHED)
        # and adds values over time; the SDK decodes case-insensitively and keeps unknown ones.
        # Request parameters list the exact values inline.
        description = str(enum.get("description", "")).rstrip(".")
        out[name] = {
            "type": "string",
            "description": f"{description}. Known values (any case): "
            + ", ".join(map(str, enum["values"]))
            + "; CoinEx may add values.",
            "x-extensible-enum": list(enum["values"]),
        }
    for name in sorted(models):
        out[name] = rewrite(models[name], _in_components)
    return out


def description(op: Operation, fact: str) -> str:
    """An endpoint's or channel's description in an export: CoinEx's words, the fact a client
    needs before calling (its rate limit, its signed connection), and whether it is unverified."""
    parts = (op.description, fact, "" if op.verified else f"Unverified: {op.notes}")
    return "\n\n".join(part for part in parts if part)


def _anchored(pattern: str) -> str:
    """The SDK's patterns are full matches; JSON Schema's search, so anchor them."""
    return pattern if pattern.startswith("^") and pattern.endswith("$") else f"^(?:{pattern})$"


def param_schema(p: Param) -> dict[str, Any]:
    """JSON Schema of one parameter as it travels on the wire."""
    schema: dict[str, Any]
    if p.type == "string":
        schema = {"type": "string"}
        if p.enum_values:  # sent exactly as listed (enum components are open, for responses)
            schema["enum"] = list(p.enum_values)
    elif p.type == "integer":
        schema = {"type": "integer"}
        if p.enum_values:
            schema["enum"] = list(p.enum_values)
    elif p.type == "boolean":
        schema = {"type": "boolean"}
    elif p.type == "decimal":
        schema = {"type": "string", "format": "decimal", "pattern": DECIMAL_PATTERN}
    elif p.type == "timestamp":
        schema = {"type": "integer", "format": "int64", "description": "Milliseconds since epoch."}
    elif p.type == "list":
        item: dict[str, Any] = {"type": "string"}
        if p.enum_values:
            item["enum"] = list(p.enum_values)
        schema = {"type": "array", "items": item}
    elif p.type == "int_list":
        schema = {"type": "array", "items": {"type": "integer"}}
    else:
        obj = object_schema(p.fields)
        schema = obj if p.type == "object" else {"type": "array", "items": obj}
    if p.pattern is not None:
        schema["pattern"] = _anchored(p.pattern)
    if p.max_length is not None:
        schema["maxLength"] = p.max_length
    if p.max_items is not None:
        schema["maxItems"] = p.max_items
    for key, keyword in (
        ("minimum", "minimum"),
        ("exclusive_minimum", "exclusiveMinimum"),
        ("maximum", "maximum"),
    ):
        value = getattr(p, key)
        if value is None:
            continue
        if p.type == "integer":
            schema[keyword] = int(value)
        else:  # a decimal string: numeric keywords do not apply to strings
            schema[f"x-{keyword}"] = value
    if p.default is not None:
        schema["default"] = p.default
    if p.description:
        schema["description"] = p.description
    return schema


def object_schema(params: list[Param]) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {p.name: param_schema(p) for p in params},
    }
    required = [p.name for p in params if p.required]
    if required:
        schema["required"] = required
    return schema


def _data_schema(ep: Endpoint) -> dict[str, Any]:
    model = {"$ref": REF + ep.response_model} if ep.response_model else {}
    if ep.response_type in ("list", "page"):
        return {"type": "array", "items": model}
    if ep.response_type == "batch":
        item = {
            "type": "object",
            "required": ["code"],
            "properties": {
                "code": {"type": "integer", "description": "0, or the item's error code."},
                "message": {"type": "string"},
                "data": {"anyOf": [model, {"type": ["object", "null"]}]},
            },
        }
        return {"type": "array", "items": {"anyOf": [item, model]}}
    if ep.response_type == "none":
        return {"description": "Nothing useful (usually {})."}
    return model


def _success(ep: Endpoint) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "required": ["code", "data"],
        "properties": {
            "code": {"const": 0},
            "message": {"type": "string"},
            "data": _data_schema(ep),
        },
    }
    if ep.response_type == "page":
        # CoinEx spells the key "paginatation" on some endpoints (deposit-history); a page
        # without either is the last one.
        schema["properties"]["pagination"] = {"$ref": REF + "Pagination"}
        schema["properties"]["paginatation"] = {"$ref": REF + "Pagination"}
    return schema


def _operation(spec: Spec, ep: Endpoint) -> dict[str, Any]:
    group = ep.rate_limit or "ip"
    limit = spec.rate_limits[group]
    scope = "per IP" if limit["scope"] == "ip" else "per account"
    rate = f"Rate limit: `{group}` group, {limit['rate']} requests/s {scope}."
    op: dict[str, Any] = {
        "operationId": f"{ep.resource}_{ep.name}",
        "tags": [ep.resource],
        "summary": ep.summary,
        "description": description(ep, rate),
        "externalDocs": {"description": "CoinEx documentation", "url": ep.doc},
        "security": SIGNED if ep.auth else [],
    }
    if ep.method == "GET":
        op["parameters"] = [
            {
                "name": p.name,
                "in": "query",
                "required": p.required,
                "schema": param_schema(p),
                **({"style": "form", "explode": False} if p.type in ("list", "int_list") else {}),
                **({"description": p.description} if p.description else {}),
            }
            for p in ep.params
        ]
    else:
        query = [p for p in ep.params if p.location == "query"]
        if query:
            op["parameters"] = [
                {"name": p.name, "in": "query", "required": p.required, "schema": param_schema(p)}
                for p in query
            ]
        body = [p for p in ep.params if p.location == "body"]
        op["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": object_schema(body)}},
        }
    op["responses"] = {
        "200": {
            "description": (
                "The CoinEx envelope: code 0 with data, or a non-zero code (see ErrorCode)."
            ),
            "content": {
                "application/json": {
                    "schema": {"oneOf": [_success(ep), {"$ref": REF + "ErrorResponse"}]}
                }
            },
        },
        "429": {"$ref": "#/components/responses/TooManyRequests"},
    }
    op["x-rate-limit"] = {"group": group, **limit}
    op["x-idempotent"] = ep.idempotent
    if ep.cost_param:
        op["x-rate-limit-cost-param"] = ep.cost_param
    if ep.recover_by_client_id:
        op["x-recover-by-client-id"] = list(ep.recover_by_client_id)
    if not ep.verified:
        op["x-coinex-verified"] = False
    return op


def _security_schemes() -> dict[str, Any]:
    sign = (
        "Lower-case hex of HMAC-SHA256(secret_key, METHOD + request_path_with_query + body + "
        "timestamp). request_path_with_query starts with /v2/ and is exactly as sent (same "
        "encoding and order, no host); body is the exact JSON sent (empty for GET); timestamp "
        "equals X-COINEX-TIMESTAMP."
    )
    return {
        "CoinExAccessId": {
            "type": "apiKey",
            "in": "header",
            "name": "X-COINEX-KEY",
            "description": "The API key's access_id.",
        },
        "CoinExSignature": {
            "type": "apiKey",
            "in": "header",
            "name": "X-COINEX-SIGN",
            "description": sign,
        },
        "CoinExTimestamp": {
            "type": "apiKey",
            "in": "header",
            "name": "X-COINEX-TIMESTAMP",
            "description": (
                "Milliseconds since epoch when signing; CoinEx rejects requests outside its "
                "window (error 4010/4017). Optional X-COINEX-WINDOWTIME (ms) widens the window."
            ),
        },
    }


def _shared_schemas(spec: Spec) -> dict[str, Any]:
    codes = [
        {"const": code, "title": info["class"], "description": info["message"]}
        for code, info in sorted(spec.errors.items())
    ]
    return {
        "ErrorResponse": {
            "type": "object",
            "description": (
                "A CoinEx error: HTTP 200 with a non-zero code. Known codes are in ErrorCode; "
                "others can occur."
            ),
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "integer", "not": {"const": 0}},
                "message": {"type": "string"},
                "data": {},
            },
        },
        "ErrorCode": {
            "description": (
                "CoinEx's documented error codes; the title names the coinex-sdk exception."
            ),
            "oneOf": codes,
        },
        "Pagination": {
            "type": "object",
            "description": (
                "Sent with paginated lists (CoinEx spells the key `paginatation` on some "
                "endpoints)."
            ),
            "required": ["has_next"],
            "properties": {
                "has_next": {"type": "boolean"},
                "total": {"type": "integer"},
            },
        },
    }


def openapi(spec: Spec) -> dict[str, Any]:
    """The OpenAPI 3.1 document (a dict; ``to_json`` for the file)."""
    paths: dict[str, Any] = {}
    for ep in sorted(spec.endpoints, key=lambda e: (e.path, e.method)):
        paths.setdefault(ep.path, {})[ep.method.lower()] = _operation(spec, ep)
    models = {n: s for r in spec.resources.values() for n, s in r.models.items()}
    schemas = component_schemas(spec, models)
    schemas.update(_shared_schemas(spec))
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "CoinEx API v2",
            "version": package_version(),
            "summary": "Every CoinEx v2 REST endpoint, from the coinex-sdk spec.",
            "description": (
                "Generated from coinex-sdk's spec/ (not published by CoinEx). Amounts, prices, "
                "rates and fees are decimal strings, never JSON numbers. Errors arrive as HTTP "
                "200 with a non-zero `code`. POST bodies are JSON; signed requests carry the "
                "three X-COINEX-* headers."
            ),
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "servers": [{"url": "https://api.coinex.com", "description": "CoinEx"}],
        "tags": [
            {"name": res.name, "description": res.title}
            for res in sorted(spec.resources.values(), key=lambda r: r.name)
        ],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "responses": {
                "TooManyRequests": {
                    "description": "HTTP 429: rate limited before processing (safe to retry).",
                }
            },
            "securitySchemes": _security_schemes(),
        },
    }
