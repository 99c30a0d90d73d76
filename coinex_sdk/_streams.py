"""What the generated stream classes build on, and ``cx.ws``: the client's WebSocket side.

``cx.ws.spot.depth(market="BTCUSDT")`` validates its arguments like a REST call, then subscribes
through one :class:`~coinex_sdk.ws.SyncWsClient` per endpoint (spot, futures), which shares the
REST client's credentials and clock, so ``server.sign`` is signed with the same key and the same
server-time offset. Pushes are decoded into the spec's models by the same converter as REST.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from ._clock import Clock
from ._convert import converter
from ._endpoint import Endpoint, validate
from ._exceptions import WebSocketError

if TYPE_CHECKING:
    from ._generated.streams import (
        AsyncFuturesStreams,
        AsyncSpotStreams,
        FuturesStreams,
        SpotStreams,
    )
    from ._transport import Transport as TransportCore
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


def learn_server_time(clock: Clock, sent_ms: int, received_ms: int, body: bytes) -> None:
    """Set ``clock`` from a ``GET /v2/time`` answer (``{"code": 0, "data": {"timestamp": ms}}``)."""
    from ._wire import decode_json

    try:
        envelope = decode_json(body)
        server_ms = envelope["data"]["timestamp"]
        code = envelope["code"]
    except Exception:
        raise WebSocketError("GET /v2/time: not a CoinEx time envelope") from None
    if code != 0 or type(server_ms) is not int:
        raise WebSocketError(f"GET /v2/time: code {code!r}, timestamp {server_ms!r:.40}")
    clock.learn(sent_ms, received_ms, server_ms)


class _Hub:
    def __init__(
        self,
        core: TransportCore,
        ws_url: str | None,
        strict: bool,
        timings: WsTimings | None,
        sync_time: Callable[[], Any] | None = None,
    ) -> None:
        self._core = core
        self._base = (ws_url or ws_base_url(core.base_url)).rstrip("/")
        self.strict = strict
        self._timings = timings
        # How a refused server.sign re-syncs the shared clock: the REST client's sync_time()
        # when given, else one plain GET /v2/time to the same host.
        self._sync_time = sync_time

    def url(self, endpoint: str) -> str:
        return f"{self._base}/v2/{endpoint}"

    @property
    def _time_url(self) -> str:
        return f"{self._core.base_url}/v2/time"

    def _options(self) -> dict[str, Any]:
        return {
            "credentials": self._core.credentials,
            "clock": self._core.clock,
            "timings": self._timings,
        }


class SyncWs(_Hub):
    """``cx.ws``: ``.spot`` and ``.futures`` typed streams, one connection per endpoint."""

    def __init__(
        self,
        core: TransportCore,
        ws_url: str | None,
        strict: bool,
        timings: WsTimings | None,
        sync_time: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(core, ws_url, strict, timings, sync_time)
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

            self._clients[endpoint] = SyncWsClient(
                self.url(endpoint), sync_clock=self._sync_time or self._get_time, **self._options()
            )
        return self._clients[endpoint]

    def _get_time(self) -> None:
        import httpx

        sent = Clock.local_ms()
        response = httpx.get(self._time_url, timeout=10.0)
        learn_server_time(self._core.clock, sent, Clock.local_ms(), response.content)

    def close(self) -> None:
        """Close every connection (code 1000) and end their streams."""
        for client in self._clients.values():
            client.close()
        self._clients.clear()


class AsyncWs(_Hub):
    """``acx.ws``: ``.spot`` and ``.futures`` typed streams, one connection per endpoint."""

    def __init__(
        self,
        core: TransportCore,
        ws_url: str | None,
        strict: bool,
        timings: WsTimings | None,
        sync_time: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        super().__init__(core, ws_url, strict, timings, sync_time)
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

            self._clients[endpoint] = AsyncWsClient(
                self.url(endpoint), sync_clock=self._sync_time or self._get_time, **self._options()
            )
        return self._clients[endpoint]

    async def _get_time(self) -> None:
        import httpx

        async with httpx.AsyncClient(timeout=10.0) as http:
            sent = Clock.local_ms()
            response = await http.get(self._time_url)
            learn_server_time(self._core.clock, sent, Clock.local_ms(), response.content)

    async def close(self) -> None:
        """Close every connection (code 1000) and end their streams."""
        for client in self._clients.values():
            await client.close()
        self._clients.clear()


def _decoder(model: type[T], strict: bool) -> Callable[[Any], T]:
    """``data -> model``: the converter's compiled hook, looked up once per stream."""
    hook = converter(strict, lazy_levels=True).get_structure_hook(model)
    return hook  # type: ignore[return-value]  # a model's hook takes (data, type=None)


def _check(description: Endpoint, args: Mapping[str, Any]) -> dict[str, Any]:
    query, _ = validate(description, args)
    return query


class SyncStreams:
    """Base of the generated ``SpotStreams`` / ``FuturesStreams``."""

    endpoint: ClassVar[str]

    def __init__(self, hub: SyncWs) -> None:
        self._hub = hub

    _check = staticmethod(_check)

    def _subscribe(
        self, channel: Channel, params: Mapping[str, Any], model: type[T]
    ) -> Subscription[T]:
        decode = _decoder(model, self._hub.strict)
        return self._hub.client(self.endpoint).subscribe(channel, params, decode)

    def _order_book(self, channel: Channel, args: Mapping[str, Any]) -> OrderBookStream:
        return self._hub.client(self.endpoint).order_book(
            market=args["market"], limit=args["limit"], interval=args["interval"], channel=channel
        )


class AsyncStreams:
    """Base of the generated ``AsyncSpotStreams`` / ``AsyncFuturesStreams``."""

    endpoint: ClassVar[str]

    def __init__(self, hub: AsyncWs) -> None:
        self._hub = hub

    _check = staticmethod(_check)

    def _subscribe(
        self, channel: Channel, params: Mapping[str, Any], model: type[T]
    ) -> AsyncSubscription[T]:
        decode = _decoder(model, self._hub.strict)
        return self._hub.client(self.endpoint).subscribe(channel, params, decode)

    def _order_book(self, channel: Channel, args: Mapping[str, Any]) -> AsyncOrderBookStream:
        return self._hub.client(self.endpoint).order_book(
            market=args["market"], limit=args["limit"], interval=args["interval"], channel=channel
        )
