"""What the WebSocket layer needs to know about one CoinEx channel, as a value.

A :class:`Channel` is everything channel-specific about a subscription: its name, the venue
(spot and futures are separate connections, docs/protocol/websocket.md §1), whether it needs
``server.sign`` first (§10), which param lists the subscribed keys, and where a push names
the key it belongs to. The code generator emits one instance per channel from ``spec/``; the
protocol core is generic over them.

Keys and params (§9-10):

* Market channels take ``market_list: [str]``; depth takes 4-tuples
  ``[market, limit, interval, is_full]`` but unsubscribes with plain market names. The key of a
  list element is the element itself, or its first item when the element is a list/tuple, so one
  rule covers both, and unsubscribe params are the subscribe params with the list replaced by the
  plain keys being dropped.
* An empty (or missing) list means "every market" (``None`` keys here).
* Balance subscribes with ``ccy_list``; notice with ``channels: [101]``.

Routing: a push ``<name>.update`` goes to the subscriptions whose keys contain the value at
``route_path`` in its ``data`` (``("market",)`` for depth, deals, index, bbo; ``("order",
"market")`` for order). Channels whose pushes carry many keys at once (``state_list``,
``balance_list``) use ``route_path=()``: every subscription of the channel gets every push.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any, Literal

import attrs

from .._endpoint import Param
from .._exceptions import ValidationError

__all__ = ["Channel", "ChannelArgs", "Venue"]

Venue = Literal["spot", "futures"]
"""Which CoinEx WebSocket a channel lives on: ``/v2/spot`` or ``/v2/futures``."""


def _venue(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in ("spot", "futures"):
        raise ValueError(f"venue must be 'spot' or 'futures', not {value!r}")


@attrs.frozen
class Channel:
    """One CoinEx WebSocket channel on one venue, e.g. ``Channel("depth", "spot")``."""

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    venue: Venue = attrs.field(validator=_venue)
    auth: bool = False
    """True for private channels: ``server.sign`` must be acknowledged before subscribing."""
    list_param: str | None = "market_list"
    """The param holding the subscribed keys; None when the channel has no key list."""
    route_path: tuple[str, ...] = ("market",)
    """Where a push's ``data`` names its key; ``()`` delivers every push to every subscriber."""

    @property
    def subscribe_method(self) -> str:
        return f"{self.name}.subscribe"

    @property
    def unsubscribe_method(self) -> str:
        return f"{self.name}.unsubscribe"

    @property
    def update_method(self) -> str:
        return f"{self.name}.update"

    def keys(self, params: Mapping[str, Any]) -> tuple[Hashable, ...] | None:
        """The keys a subscription with ``params`` covers, in order; None means all of them."""
        if self.list_param is None:
            return None
        items = params.get(self.list_param)
        if not items:
            return None
        return tuple(item[0] if isinstance(item, (list, tuple)) else item for item in items)

    def unsubscribe_params(
        self, params: Mapping[str, Any], keys: Sequence[Hashable]
    ) -> dict[str, Any]:
        """Params of ``<name>.unsubscribe`` dropping plain ``keys`` (``[]``: every key, §2)."""
        out = dict(params)
        if self.list_param is not None:
            out[self.list_param] = list(keys)
        return out

    def route_key(self, data: Any) -> Hashable | None:
        """The key a push's ``data`` belongs to, or None when it names none."""
        value = data
        for part in self.route_path:
            if not isinstance(value, dict):
                return None
            value = value.get(part)
        return value if isinstance(value, Hashable) and self.route_path else None


@attrs.frozen
class ChannelArgs:
    """The arguments of one generated stream method (``cx.ws.spot.depth(...)``), checked by the
    same :class:`~coinex_sdk._endpoint.Param` rules as a REST call's before anything is sent.

    ``name`` is the method as a user calls it (``ws.spot.depth``), for messages. The generated
    method passes exactly its own keyword arguments, so there are no unknown names to refuse.
    """

    name: str
    params: tuple[Param, ...]

    def allowed(self, name: str) -> tuple[str | int, ...]:
        """The values the spec allows for param ``name`` (``()``: any)."""
        return next(p.enum for p in self.params if p.name == name)

    def check(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """The given arguments (None: not given) checked and normalised, by name."""
        for param in self.params:
            if param.required and args.get(param.name) is None:
                raise ValidationError(
                    f"{self.name}: parameter {param.name!r} is required", param=param.name
                )
        where = self.name
        return {
            p.name: p.check(args[p.name], f"{where}: {p.name}")
            for p in self.params
            if args.get(p.name) is not None
        }
