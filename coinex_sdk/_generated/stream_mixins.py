# generated from spec/ by `python -m generator`; do not edit.
"""The venues of the WebSocket hubs (``cx.ws.spot``, ``acx.ws.futures``), made on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .streams import (
        AsyncFuturesStreams,
        AsyncSpotStreams,
        FuturesStreams,
        SpotStreams,
    )

__all__ = ["AsyncVenues", "SyncVenues"]


class SyncVenues:
    """Mixed into :class:`coinex_sdk.ws._streams.SyncWs`."""

    @cached_property
    def spot(self) -> SpotStreams:
        """The spot venue's typed streams (one connection, opened on first subscription)."""
        from .streams import SpotStreams

        return SpotStreams(cast(Any, self))

    @cached_property
    def futures(self) -> FuturesStreams:
        """The futures venue's typed streams (one connection, opened on first subscription)."""
        from .streams import FuturesStreams

        return FuturesStreams(cast(Any, self))


class AsyncVenues:
    """Mixed into :class:`coinex_sdk.ws._streams.AsyncWs`."""

    @cached_property
    def spot(self) -> AsyncSpotStreams:
        """The spot venue's typed streams (one connection, opened on first subscription)."""
        from .streams import AsyncSpotStreams

        return AsyncSpotStreams(cast(Any, self))

    @cached_property
    def futures(self) -> AsyncFuturesStreams:
        """The futures venue's typed streams (one connection, opened on first subscription)."""
        from .streams import AsyncFuturesStreams

        return AsyncFuturesStreams(cast(Any, self))
