"""What happened in the exchange, for the WebSocket layer to push.

The engine emits an ``Event`` for every change a CoinEx WebSocket channel reports: order, stop,
user_deals, balance and position (private, tied to one account) and deals, depth, state and bbo
(public, tied to one market). ``data`` already has the wire shape of the ``<channel>.update``
push (docs/protocol/websocket.md §9-10), so the WS layer only filters by subscription and sends. The
one exception is ``depth``: its data is just ``{"market": ...}`` because every subscriber chose
its own limit and merge interval; the WS layer renders the book with ``MarketDataView.depth``.

Events are collected during one engine operation and published when it ends, so a subscriber
always sees the exchange in a consistent state (balances already match the order update).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

__all__ = ["Channel", "Event", "EventBus", "Scope", "Subscriber"]

_log = logging.getLogger(__name__)

Channel = Literal[
    "order", "stop", "user_deals", "balance", "position", "deals", "depth", "state", "bbo"
]
Scope = Literal["spot", "futures"]
"""Which CoinEx WebSocket endpoint (``/v2/spot`` or ``/v2/futures``) pushes the event."""


@attrs.frozen
class Event:
    """One push: ``channel`` + ``scope`` pick the WS method, ``user_id`` the private recipient."""

    channel: Channel
    scope: Scope
    market: str | None
    data: Mapping[str, Any]
    user_id: int | None = None
    """The account the event belongs to; None for public market data."""
    ccy: str | None = None
    """For balance events: the currency (``balance.subscribe`` filters on ``ccy_list``)."""


Subscriber = Callable[[Event], None]


class EventBus:
    """A plain list of callbacks; a failing subscriber is logged and never stops the engine."""

    __slots__ = ("_subscribers",)

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback`` for every event from now on; returns the unsubscribe function."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    def publish(self, event: Event) -> None:
        for callback in list(self._subscribers):
            try:
                callback(event)
            except Exception:
                _log.exception("sandbox event subscriber failed on %s", event.channel)
