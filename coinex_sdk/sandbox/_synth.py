"""Answers for the spec endpoints the sandbox does not simulate: minimal, schema-valid data.

Every endpoint of the generated endpoint table is served. Those with a handler in ``HANDLERS``
run against the exchange; for the others (sub-accounts, AMM, referral, margin loans...) the
server answers what the endpoint's response model requires and nothing more. The model comes
from the generated resource method's return annotation (``list[SpotIndex]``, ``Page[X]``,
``list[BatchItem[X]]`` or ``None``), and an instance is built by walking the attrs fields of the
model: required fields only, each with a value of its type. Values come from the request or the
exchange where one is obvious (the requested market or currency, the exchange's clock for
timestamps), so the answer decodes strictly and reads plausibly.

Nothing here reads ``spec/``: the installed package answers from its generated code alone.
"""

from __future__ import annotations

import enum
import functools
import importlib
import sys
import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal

import attrs

from .._endpoint import Endpoint
from .._resource import SyncResource
from .._types import BatchItem
from .._types import Page as ModelPage
from ._routing import Page, ok_item

__all__ = ["MarketFacts", "ResponseShape", "response_shape", "synthesize"]

ShapeKind = Literal["none", "object", "list", "page", "batch"]


@attrs.frozen
class ResponseShape:
    """What an endpoint answers: ``kind`` of envelope data and the model of one item."""

    kind: ShapeKind
    model: type[Any] | None


@functools.cache
def response_shape(endpoint_name: str) -> ResponseShape:
    """The response shape of ``resource.method`` from the generated sync resource method."""
    resource, name = endpoint_name.split(".")
    module = importlib.import_module(f"coinex_sdk._generated.resources.{resource}")
    params = importlib.import_module("coinex_sdk._generated.params")
    for cls in vars(module).values():
        if isinstance(cls, type) and issubclass(cls, SyncResource) and name in vars(cls):
            # The resource imports its request TypedDicts only for type checkers; supply them.
            namespace = {**vars(params), **vars(sys.modules[cls.__module__])}
            hint = typing.get_type_hints(vars(cls)[name], globalns=namespace)["return"]
            return _shape(hint)
    raise LookupError(f"no generated method for {endpoint_name}")


def _shape(hint: Any) -> ResponseShape:
    if hint is type(None) or hint is None:
        return ResponseShape("none", None)
    origin = typing.get_origin(hint)
    if origin is ModelPage:
        return ResponseShape("page", typing.get_args(hint)[0])
    if origin is list:
        (item,) = typing.get_args(hint)
        if typing.get_origin(item) is BatchItem:
            return ResponseShape("batch", typing.get_args(item)[0])
        return ResponseShape("list", item)
    return ResponseShape("object", hint)


@attrs.frozen
class MarketFacts:
    """What the answers may say about a market: its currencies and current price."""

    base_ccy: str
    quote_ccy: str
    price: Decimal


@attrs.frozen
class _Context:
    """Where values come from: the request's parameters, the endpoint's market and the clock."""

    params: Mapping[str, Any]
    market: str
    facts: MarketFacts
    now_ms: int


def synthesize(
    endpoint: Endpoint,
    params: Mapping[str, Any],
    *,
    markets: Mapping[str, MarketFacts],
    now_ms: int,
) -> Any:
    """The envelope ``data`` (or a ``Page``) for ``endpoint``: one minimal item per list.

    ``markets`` holds the markets of the endpoint's area (spot or futures); the requested
    market is echoed when it is one of them, and prices are its current price.
    """
    shape = response_shape(endpoint.name)
    requested = params.get("market")
    if isinstance(requested, str) and requested in markets:
        market = requested
    else:
        market = next(iter(markets))
    context = _Context(params, market, markets[market], now_ms)
    if shape.kind == "none" or shape.model is None:
        return {}
    item = _instance(shape.model, context)
    if shape.kind == "object":
        return item
    if shape.kind == "list":
        return [item]
    if shape.kind == "page":
        return Page(items=[item], has_next=False)
    count = next((len(v) for v in params.values() if isinstance(v, list) and v), 1)
    return [ok_item(item) for _ in range(count)]


def _instance(model: type[Any], context: _Context) -> dict[str, Any]:
    hints = typing.get_type_hints(model)
    out: dict[str, Any] = {}
    for field in attrs.fields(model):
        if field.default is not attrs.NOTHING:
            continue  # optional (including ``unknown_fields``): minimal means required only
        wire = field.metadata.get("wire", field.name)
        out[wire] = _value(wire, hints[field.name], context)
    return out


def _value(name: str, hint: Any, context: _Context) -> Any:
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        hint = str if str in options else options[0]
        origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        return [_instance(item, context)] if attrs.has(item) else []
    if origin is dict:
        return {}
    if attrs.has(hint):
        return _instance(hint, context)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_value(name, hint, context)
    echoed = context.params.get(name)
    if hint is bool:
        return echoed if isinstance(echoed, bool) else False
    if hint is int:
        if isinstance(echoed, int) and not isinstance(echoed, bool):
            return echoed
        if name.endswith(("_at", "_time")) or name == "timestamp":
            return context.now_ms
        return 1
    if hint is Decimal:
        return format(context.facts.price, "f") if name.endswith("price") else "0"
    return _text(name, echoed, context)


def _enum_value(name: str, cls: type[enum.Enum], context: _Context) -> Any:
    values = [member.value for member in cls]
    echoed = context.params.get(name)
    return echoed if echoed in values else values[0]


def _text(name: str, echoed: Any, context: _Context) -> str:
    if name == "market":
        return context.market
    if isinstance(echoed, str) and echoed:
        return echoed
    if name == "base_ccy":
        return context.facts.base_ccy
    if name in ("ccy", "quote_ccy") or name.endswith("_ccy"):
        return context.facts.quote_ccy
    return "sandbox"
