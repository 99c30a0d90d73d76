"""What the generated stream classes build on, and ``cx.ws``: the client's WebSocket side.

``cx.ws.spot.depth(market="BTCUSDT")`` validates its arguments like a REST call, then subscribes
through one :class:`~coinex_sdk.ws.SyncWsClient` per endpoint (spot, futures), which shares the
REST client's credentials and clock, so ``server.sign`` is signed with the same key and the same
server-time offset. Pushes are decoded into the spec's models by the same converter as REST.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from ._convert import structure
from ._endpoint import Endpoint, validate

if TYPE_CHECKING:
    from ._generated.streams import (
        AsyncFuturesStreams,
        AsyncSpotStreams,
        FuturesStreams,
        SpotStreams,
    )
    from ._transport import TransportCore
    from .ws import (
        AsyncOrderBookStream,
        AsyncSubscription,
        AsyncWsClient,
        Channel,
        OrderBookStream,
        Subscription,
        SyncWsClient,
        WsTimings,
    )

__all__ = ["AsyncStreams", "AsyncWs", "SyncStreams", "SyncWs", "ws_base_url"]

T = TypeVar("T")

_COINEX_REST = "https://api.coinex.com"
_COINEX_WS = "wss://socket.coinex.com"


def ws_base_url(rest_base_url: str) -> str:
    """CoinEx's socket host for CoinEx's REST host; otherwise the same host over ws(s)://
    (the sandbox serves both on one port)."""
    if rest_base_url == _COINEX_REST:
        return _COINEX_WS
    if rest_base_url.startswith("https://"):
        return "wss://" + rest_base_url[len("https://") :]
    if rest_base_url.startswith("http://"):
        return "ws://" + rest_base_url[len("http://") :]
    return rest_base_url


class _Hub:
    def __init__(
        self, core: TransportCore, ws_url: str | None, strict: bool, timings: WsTimings | None
    ) -> None:
        self._core = core
        self._base = (ws_url or ws_base_url(core.base_url)).rstrip("/")
        self.strict = strict
        self._timings = timings

    def url(self, endpoint: str) -> str:
        return f"{self._base}/v2/{endpoint}"

    def _options(self) -> dict[str, Any]:
        return {
            "credentials": self._core.credentials,
            "clock": self._core.clock,
            "timings": self._timings,
        }


class SyncWs(_Hub):
    """``cx.ws``: ``.spot`` and ``.futures`` typed streams, one connection per endpoint."""

    def __init__(
        self, core: TransportCore, ws_url: str | None, strict: bool, timings: WsTimings | None
    ) -> None:
        super().__init__(core, ws_url, strict, timings)
        self._clients: dict[str, SyncWsClient] = {}

    @functools.cached_property
    def spot(self) -> SpotStreams:
        from ._generated.streams import SpotStreams

        return SpotStreams(self)

    @functools.cached_property
    def futures(self) -> FuturesStreams:
        from ._generated.streams import FuturesStreams

        return FuturesStreams(self)

    def client(self, endpoint: str) -> SyncWsClient:
        """The connection of one endpoint (created on first use)."""
        if endpoint not in self._clients:
            from .ws import SyncWsClient

            self._clients[endpoint] = SyncWsClient(self.url(endpoint), **self._options())
        return self._clients[endpoint]

    def close(self) -> None:
        """Close every connection (code 1000) and end their streams."""
        for client in self._clients.values():
            client.close()
        self._clients.clear()


class AsyncWs(_Hub):
    """``acx.ws``: ``.spot`` and ``.futures`` typed streams, one connection per endpoint."""

    def __init__(
        self, core: TransportCore, ws_url: str | None, strict: bool, timings: WsTimings | None
    ) -> None:
        super().__init__(core, ws_url, strict, timings)
        self._clients: dict[str, AsyncWsClient] = {}

    @functools.cached_property
    def spot(self) -> AsyncSpotStreams:
        from ._generated.streams import AsyncSpotStreams

        return AsyncSpotStreams(self)

    @functools.cached_property
    def futures(self) -> AsyncFuturesStreams:
        from ._generated.streams import AsyncFuturesStreams

        return AsyncFuturesStreams(self)

    def client(self, endpoint: str) -> AsyncWsClient:
        """The connection of one endpoint (created on first use)."""
        if endpoint not in self._clients:
            from .ws import AsyncWsClient

            self._clients[endpoint] = AsyncWsClient(self.url(endpoint), **self._options())
        return self._clients[endpoint]

    async def close(self) -> None:
        """Close every connection (code 1000) and end their streams."""
        for client in self._clients.values():
            await client.close()
        self._clients.clear()


def _check(description: Endpoint, args: Mapping[str, Any]) -> dict[str, Any]:
    query, _ = validate(description, args)
    return query


class SyncStreams:
    """Base of the generated ``SpotStreams`` / ``FuturesStreams``."""

    endpoint: ClassVar[str]
    depth_channel: ClassVar[Channel]

    def __init__(self, hub: SyncWs) -> None:
        self._hub = hub

    _check = staticmethod(_check)

    def _subscribe(
        self, channel: Channel, params: Mapping[str, Any], model: type[T]
    ) -> Subscription[T]:
        decode = functools.partial(structure, into=model, strict=self._hub.strict)
        return self._hub.client(self.endpoint).subscribe(channel, params, decode)

    def order_book(self, *, market: str, limit: int = 20, interval: str = "0") -> OrderBookStream:
        """A local order book kept from depth updates, CRC32-verified; resyncs on mismatch.

        Iterating yields the book after each update (best bid/ask and levels as Decimal).
        """
        return self._hub.client(self.endpoint).order_book(
            market=market, limit=limit, interval=interval, channel=self.depth_channel
        )


class AsyncStreams:
    """Base of the generated ``AsyncSpotStreams`` / ``AsyncFuturesStreams``."""

    endpoint: ClassVar[str]
    depth_channel: ClassVar[Channel]

    def __init__(self, hub: AsyncWs) -> None:
        self._hub = hub

    _check = staticmethod(_check)

    def _subscribe(
        self, channel: Channel, params: Mapping[str, Any], model: type[T]
    ) -> AsyncSubscription[T]:
        decode = functools.partial(structure, into=model, strict=self._hub.strict)
        return self._hub.client(self.endpoint).subscribe(channel, params, decode)

    def order_book(
        self, *, market: str, limit: int = 20, interval: str = "0"
    ) -> AsyncOrderBookStream:
        """A local order book kept from depth updates, CRC32-verified; resyncs on mismatch.

        ``async for book in ...`` yields the book after each update (Decimal levels).
        """
        return self._hub.client(self.endpoint).order_book(
            market=market, limit=limit, interval=interval, channel=self.depth_channel
        )
