"""The spec's model schemas carried into another document's terms.

A model in ``spec/`` is JSON Schema in the spec's own dialect: ``$ref: Name`` names a model or
enum anywhere in the spec, ``format: levels`` is an order-book side. The models generator and the
OpenAPI / AsyncAPI exports each say those their own way; :func:`rewrite` is the walk they share.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Entry = Callable[[str, Any], dict[str, Any] | None]
"""What :func:`rewrite` asks of each mapping entry: what stands in its place, or ``None``."""


def rewrite(node: Any, entry: Entry) -> Any:
    """A copy of a schema, every mapping entry in it offered to ``entry(key, value)``.

    A mapping ``entry`` returns stands in that entry's place; ``None`` keeps the key and rewrites
    its value the same way. Lists are copied item by item; other values are kept.
    """
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            replacement = entry(key, value)
            if replacement is None:
                out[key] = rewrite(value, entry)
            else:
                out.update(replacement)
        return out
    if isinstance(node, list):
        return [rewrite(item, entry) for item in node]
    return node


def spec_ref(key: str, value: Any) -> str | None:
    """The model or enum an entry refers to in the spec's dialect (``$ref: Name``), if it does."""
    if key == "$ref" and isinstance(value, str) and not value.startswith("#"):
        return value
    return None
