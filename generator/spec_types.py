"""The spec as values: what :func:`generator.spec.load_spec` returns and the generator reads.

A parameter; an endpoint (one REST call) and a channel (one WebSocket subscription), both an
:class:`Operation` CoinEx documents; a resource (the endpoints under ``cx.<name>``); the whole
spec; and :class:`SpecError`, raised with the file and key path when the spec is wrong.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PARAM_TYPES = (
    "string",
    "integer",
    "boolean",
    "decimal",
    "timestamp",
    "list",
    "int_list",
    "object",
    "object_list",
)
RESPONSE_TYPES = ("object", "list", "page", "batch", "none")
METHODS = ("GET", "POST")


class SpecError(Exception):
    """The spec is invalid: ``where`` says the file and key path."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")


@dataclass
class Param:
    name: str
    type: str
    location: str
    required: bool
    description: str
    enum_name: str | None = None
    enum_values: tuple[Any, ...] = ()
    pattern: str | None = None
    max_length: int | None = None
    max_items: int | None = None
    minimum: str | None = None
    exclusive_minimum: str | None = None
    maximum: str | None = None
    fields: list[Param] = field(default_factory=list)
    item_model: str | None = None
    """For object/object_list params: the name of the generated TypedDict."""
    default: Any = None
    """A Python default for an optional parameter (sent when the caller passes nothing)."""

    @property
    def pyname(self) -> str:
        return self.name + "_" if keyword.iskeyword(self.name) else self.name


@dataclass
class Operation:
    """What an endpoint and a channel both are: a call CoinEx documents, taking parameters.

    ``doc`` links CoinEx's page for it. ``verified`` is False where that page was not available
    when the call was specified; ``notes`` then say what was assumed.
    """

    file: str
    auth: bool
    """Signed: the request (an endpoint) or the connection (a channel, after ``server.sign``)."""
    summary: str
    description: str
    doc: str
    verified: bool
    notes: str
    params: list[Param]


@dataclass
class Endpoint(Operation):
    """One REST endpoint: a method on ``cx.<resource>``."""

    resource: str
    name: str
    method: str
    path: str
    rate_limit: str | None
    idempotent: bool
    response_type: str
    response_model: str | None
    cost_param: str | None
    recover_by_client_id: tuple[str, ...]
    moves_money: bool
    example: Any
    example_args: dict[str, Any] | None
    example_target: str | None

    @property
    def key(self) -> str:
        return f"{self.resource}.{self.name}"

    @property
    def const(self) -> str:
        return f"{self.resource}_{self.name}".upper()


@dataclass
class Channel(Operation):
    """One WebSocket channel, on one or both venues (spot, futures: one connection each)."""

    name: str
    method: str
    venues: list[str]
    list_param: str | None
    item: str | list[str] | None
    fixed: dict[str, Any] | None
    route: list[str]
    models: dict[str, str]
    examples: dict[str, Any]
    book: dict[str, Any] | None = None
    """``order_book()`` over this channel: ``{fixed: {param: value}}`` for the params it pins."""


@dataclass
class Resource:
    name: str
    title: str
    description: str
    endpoints: list[Endpoint] = field(default_factory=list)
    models: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def class_name(self) -> str:
        return "".join(part.capitalize() for part in self.name.split("_"))


@dataclass
class Spec:
    root: Path
    enums: dict[str, dict[str, Any]]
    errors: dict[int, dict[str, str]]
    ws_errors: dict[int, dict[str, str]]
    """WebSocket codes by their last four digits (spot 2xxxx, futures 3xxxx)."""
    rate_limits: dict[str, dict[str, Any]]
    resources: dict[str, Resource]
    ws_models: dict[str, dict[str, Any]] = field(default_factory=dict)
    channels: list[Channel] = field(default_factory=list)

    @property
    def endpoints(self) -> list[Endpoint]:
        return [ep for res in self.resources.values() for ep in res.endpoints]

    def model_module(self, name: str) -> str | None:
        if name in self.enums:
            return "enums"
        if name in self.ws_models:
            return "ws"
        for res in self.resources.values():
            if name in res.models:
                return res.name
        return None
