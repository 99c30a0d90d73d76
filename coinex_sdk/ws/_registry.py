"""The subscription registry: what is subscribed, who gets a push, what to unsubscribe.

Part of the sans-I/O core (see ``_protocol``). Subscriptions of one connection share CoinEx's
per-connection state (docs/protocol/websocket.md §12.2), so leaving one must not unsubscribe a key
another still needs, and unsubscribing "all markets" (an empty list, §2) must wait until the
channel has no other subscriber.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from typing import Any

from .._exceptions import WebSocketError
from ._channel import Channel

__all__ = ["Registry", "SubscriptionState"]


class SubscriptionState:
    """One subscription as the protocol tracks it across reconnects."""

    __slots__ = ("channel", "confirmed", "gap_error", "gap_since", "id", "keys", "params", "sent")

    def __init__(self, sub_id: int, channel: Channel, params: dict[str, Any]) -> None:
        self.id = sub_id
        self.channel = channel
        self.params = params
        self.keys = channel.keys(params)
        self.sent = False  # subscribe sent on the current connection
        self.confirmed = False  # acknowledged at least once
        self.gap_since: int | None = None  # CoinEx ms when the connection carrying it dropped
        self.gap_error: WebSocketError | None = None  # what caused the gap, when known


class _Route:
    """Which subscriptions get a ``<channel>.update`` push; rebuilt when subscriptions change."""

    __slots__ = ("all", "by_key", "channel", "everyone", "field")

    def __init__(self, channel: Channel, subs: list[SubscriptionState]) -> None:
        self.channel = channel
        keyed = bool(channel.route_path)
        self.field = channel.route_path[0] if len(channel.route_path) == 1 else None
        self.everyone = tuple(s.id for s in subs if s.keys is None or not keyed)
        self.all = tuple(s.id for s in subs)
        by_key: dict[Hashable, list[int]] = {}
        for s in subs:
            if s.keys is not None and keyed:
                for key in s.keys:
                    by_key.setdefault(key, []).append(s.id)
        self.by_key = {key: (*ids, *self.everyone) for key, ids in by_key.items()}

    def targets(self, data: Any) -> tuple[int, ...]:
        if not self.by_key:
            return self.everyone
        if self.field is not None:
            key = data.get(self.field) if type(data) is dict else None
        else:
            key = self.channel.route_key(data)
        if key is None:  # a push that names no market may be anyone's: each stream learns of it
            return self.all
        try:
            return self.by_key.get(key, self.everyone)
        except TypeError:  # an unhashable "market": malformed, and maybe anyone's
            return self.all


class Registry:
    """Subscriptions by id, and a route per ``<channel>.update`` method."""

    def __init__(self) -> None:
        self._subs: dict[int, SubscriptionState] = {}
        self._routes: dict[str, _Route] = {}
        self._next_id = 1

    def add(self, channel: Channel, params: dict[str, Any]) -> SubscriptionState:
        sub = SubscriptionState(self._next_id, channel, params)
        self._next_id += 1
        self._subs[sub.id] = sub
        self._rebuild(channel)
        return sub

    def remove(self, sub_id: int) -> SubscriptionState | None:
        sub = self._subs.pop(sub_id, None)
        if sub is not None:
            self._rebuild(sub.channel)
        return sub

    def get(self, sub_id: int) -> SubscriptionState | None:
        return self._subs.get(sub_id)

    def __iter__(self) -> Iterator[SubscriptionState]:
        return iter(list(self._subs.values()))  # a copy: callers may remove while iterating

    def __len__(self) -> int:
        return len(self._subs)

    def targets(self, method: str, data: Any) -> tuple[int, ...]:
        """The subscriptions a push of ``method`` with this ``data`` belongs to."""
        route = self._routes.get(method)
        return route.targets(data) if route is not None else ()

    def keys_to_drop(self, sub: SubscriptionState) -> list[Hashable] | None:
        """The unsubscribe list for ``sub`` leaving: keys, ``[]`` for "all" (§2), or None.

        None means nothing may be unsubscribed because another subscription still needs it.
        ``sub`` itself may or may not still be registered; it never counts as another.
        """
        others = [s for s in self._subs.values() if s.channel.name == sub.channel.name]
        others = [s for s in others if s is not sub]
        if any(s.keys is None for s in others):
            return None  # an all-markets subscription still needs every key
        if sub.keys is None:
            return None if others else []
        needed = {k for s in others if s.keys is not None for k in s.keys}
        keys = [k for k in sub.keys if k not in needed]
        return keys or None

    def _rebuild(self, channel: Channel) -> None:
        subs = [s for s in self._subs.values() if s.channel.name == channel.name]
        if subs:
            self._routes[channel.update_method] = _Route(subs[0].channel, subs)
        else:
            self._routes.pop(channel.update_method, None)
