"""What the generated stream classes build on, and ``cx.ws``: the client's WebSocket side.

``cx.ws.spot.depth(market="BTCUSDT")`` validates its arguments like a REST call, then subscribes
through one :class:`~coinex_sdk.ws.SyncWsClient` per venue (spot, futures), which shares the
REST client's credentials and clock, so ``server.sign`` is signed with the same key and the same
server-time offset. Pushes are decoded into the spec's models by the same converter as REST.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from .._convert import converter
from .._generated.stream_mixins import AsyncVenues, SyncVenues

if TYPE_CHECKING:
    from .._transport import Transport
    from . import (
        AsyncWsClient,  # noqa: F401  (named in the string base classes below)
        SyncWsClient,  # noqa: F401  (named in the string base classes below)
        Venue,
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


C = TypeVar("C")


class _Hub(Generic[C]):
    """One WebSocket client per venue, created on first use, sharing the REST client's
    credentials, clock and clock sync; the sync and async hubs differ in the client class and
    how ``close`` waits."""

    _client_class: ClassVar[str]
    """The name of the client class in :mod:`coinex_sdk.ws` (imported on first use)."""

    def __init__(
        self,
        transport: Transport,
        ws_url: str | None,
        strict: bool,
        timings: WsTimings | None,
        sync_time: Callable[[], Any],
    ) -> None:
        self._transport = transport
        self._base = (ws_url or ws_base_url(transport.base_url)).rstrip("/")
        self.strict = strict
        self._timings = timings
        # How a refused server.sign re-syncs the shared clock: the REST client's sync_time().
        self._sync_time = sync_time
        self._clients: dict[Venue, C] = {}

    def url(self, venue: Venue) -> str:
        return f"{self._base}/v2/{venue}"

    def client(self, venue: Venue) -> C:
        """The connection of one venue (created on first use)."""
        client = self._clients.get(venue)
        if client is None:
            from .. import ws

            client = self._clients[venue] = getattr(ws, self._client_class)(
                self.url(venue),
                venue=venue,
                sync_clock=self._sync_time,
                credentials=self._transport.credentials,
                clock=self._transport.clock,
                timings=self._timings,
            )
        return client


class SyncWs(_Hub["SyncWsClient"], SyncVenues):
    """``cx.ws``: ``.spot`` and ``.futures`` typed streams, one connection per venue."""

    _client_class = "SyncWsClient"

    def close(self) -> None:
        """Close every connection (code 1000) and end their streams."""
        for client in self._clients.values():
            client.close()
        self._clients.clear()


class AsyncWs(_Hub["AsyncWsClient"], AsyncVenues):
    """``acx.ws``: ``.spot`` and ``.futures`` typed streams, one connection per venue."""

    _client_class = "AsyncWsClient"

    async def close(self) -> None:
        """Close every connection (code 1000) and end their streams."""
        for client in self._clients.values():
            await client.close()
        self._clients.clear()


def _decoder(model: type[T], strict: bool) -> Callable[[Any], T]:
    """``data -> model``: the converter's compiled hook, looked up once per stream."""
    hook = converter(strict, lazy_levels=True).get_structure_hook(model)
    return hook  # type: ignore[return-value]  # a model's hook takes (data, type=None)


class _Streams(Generic[C]):
    """What the generated stream classes share: decoders and the connection."""

    venue: ClassVar[Venue]

    def __init__(self, hub: _Hub[C]) -> None:
        self._hub = hub

    def _client(self) -> C:
        return self._hub.client(self.venue)

    def _decoder(self, model: type[T]) -> Callable[[Any], T]:
        return _decoder(model, self._hub.strict)


class SyncStreams(_Streams["SyncWsClient"]):
    """Base of the generated ``SpotStreams`` / ``FuturesStreams``."""


class AsyncStreams(_Streams["AsyncWsClient"]):
    """Base of the generated ``AsyncSpotStreams`` / ``AsyncFuturesStreams``."""


def book_args(args: Mapping[str, Any]) -> dict[str, Any]:
    """The order-book arguments among a depth channel's checked arguments."""
    return {"market": args["market"], "limit": args["limit"], "interval": args["interval"]}
