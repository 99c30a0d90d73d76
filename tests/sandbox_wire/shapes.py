"""The response shape of each generated method (none, object, list, page or batch, and the
model of one item), read from the generated sync resource method's return annotation, so the
all-endpoint wire test knows what to expect from the sandbox for every endpoint."""

from __future__ import annotations

import functools
import importlib
import sys
import typing
from typing import Any, Literal

import attrs

from coinex_sdk._resource import SyncResource
from coinex_sdk._types import BatchItem
from coinex_sdk._types import Page as ModelPage

ShapeKind = Literal["none", "object", "list", "page", "batch"]


@attrs.frozen
class ResponseShape:
    """What an endpoint answers: ``kind`` of envelope data and the model of one item."""

    kind: ShapeKind
    model: type[Any] | None


@functools.cache
def response_shape(endpoint_name: str) -> ResponseShape:
    """The response shape of ``resource.method`` from the generated sync method (in the module
    of its spec file, which the resource composes)."""
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
