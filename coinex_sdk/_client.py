"""The two clients users hold: :class:`CoinEx` (blocking) and :class:`AsyncCoinEx` (asyncio).

Both hold their configuration as one frozen :class:`~coinex_sdk._config.ClientConfig`, one
:class:`~coinex_sdk._transport.Transport` (credentials, clock, rate limiter, retry policy)
and one shell with its sender (the lean HTTP/1.1 client by default; httpx around a user's
``http_client``; through a proxy, httpx or aiohttp's pool); every endpoint method, and the
low-level :meth:`request`, goes through them. What the two share is written once on their base:
the constructor, ``with_options()`` (a client with other per-call options that shares the
connection pool, credentials, clock, rate limiter and WebSockets) and ``request()``. Resources
(``cx.spot``, ``cx.futures``, ...) are generated from ``spec/`` and created on first use.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
import httpx

from ._auth import CoinExAuth
from ._clock import Clock
from ._closing import AsyncClosing, Closing
from ._config import DEFAULT_TIMEOUT, ClientConfig
from ._credentials import Credentials
from ._endpoint import free_endpoint, free_params
from ._exceptions import ValidationError
from ._generated.resource_mixins import AsyncResources, SyncResources
from ._ratelimit import RateLimitInfo
from ._shell import AsyncHttpxSender, AsyncShell, HttpxSender, SyncShell, env_proxy
from ._transport import Transport

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack

    from ._aiohttp import AiohttpSender
    from ._config import CallOptions, ClientOptions
    from ._generated.markets import AsyncMarkets, Markets
    from ._http.asyncio import AsyncHttp11Sender
    from ._http.sync import Http11Sender
    from .ws._streams import AsyncWs, SyncWs

__all__ = ["AsyncCoinEx", "CoinEx"]

SETTLE_MARGIN = 10.0
"""Seconds past the read timeout that an order with an unknown outcome is looked up for."""


def _credentials(access_id: str | None, secret_key: str | None) -> Credentials | None:
    if access_id is None and secret_key is None:
        return Credentials.from_env()
    if not access_id or not secret_key:
        raise ValidationError("pass both access_id and secret_key, or neither")
    return Credentials(access_id, secret_key)


def _settle_window(config: ClientConfig) -> float:
    """The default settle window: the read timeout plus :data:`SETTLE_MARGIN` (the transport
    takes the retry policy's own ``settle_window`` instead when it has one)."""
    return (config.timeout.read or DEFAULT_TIMEOUT.read or 10.0) + SETTLE_MARGIN


def _per_call(config: ClientConfig) -> dict[str, Any]:
    """The transport's per-call options in ``config`` (:meth:`Transport.configure`)."""
    return {
        "retry": config.retry_policy,
        "rate_limit": config.rate_limit,
        "sync_time": config.sync_time,
        "auto_client_id": config.auto_client_id,
        "settle_window": _settle_window(config),
    }


def _new_transport(
    config: ClientConfig, credentials: Credentials | None, clock: Clock | None
) -> Transport:
    return Transport(
        credentials=credentials,
        base_url=config.base_url,
        window_time=config.window_time,
        clock=clock,
        **_per_call(config),
    )


def _derived_transport(transport: Transport, config: ClientConfig) -> Transport:
    """A transport with ``config``'s per-call options that shares ``transport``'s credentials,
    clock, rate limiter and rate-limit info (a shallow copy)."""
    derived = copy.copy(transport)
    derived.configure(**_per_call(config))
    return derived


T = TypeVar("T")
DataT = TypeVar("DataT")
"""What ``request()`` returns: the data, or (async) a coroutine of it."""
HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)


class _Base(Generic[HttpClientT, DataT]):
    config: ClientConfig
    """This client's configuration, a frozen value (``with_options()`` evolves it)."""
    _transport: Transport
    _root: Any
    """The client that owns the connections and WebSockets (itself, unless derived)."""
    _shell: Any
    """The shell that runs each call's flow (a SyncShell or an AsyncShell)."""

    def __init__(
        self,
        access_id: str | None = None,
        secret_key: str | None = None,
        *,
        http_client: HttpClientT | None = None,
        clock: Clock | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        timeout_given = "timeout" in options
        if http_client is not None and not timeout_given:
            options = {**options, "timeout": http_client.timeout}
        self.config = config = ClientConfig(**options)
        if http_client is not None and config.proxy is not None:
            raise ValidationError(
                "proxy= configures the client the SDK creates; set it on your http_client",
                param="proxy",
            )
        self._root = self
        credentials = _credentials(access_id, secret_key)
        self._transport = transport = _new_transport(config, credentials, clock)
        self._auth = (
            CoinExAuth(transport.credentials, transport.clock, config.window_time)
            if transport.credentials
            else None
        )
        self._shell = self._new_shell(http_client, timeout_given)

    def _new_shell(self, http_client: HttpClientT | None, timeout_given: bool) -> Any:
        """The shell with the sender this client sends through: the SDK's lean HTTP/1.1
        client by default, httpx around a user's ``http_client``, a proxy's own sender."""
        raise NotImplementedError

    def with_options(self, **options: Unpack[CallOptions]) -> Self:
        """A client of the same class with other per-call options (``timeout``,
        ``max_retries``, ``retry``, ``rate_limit``, ``strict``, ``sync_time``,
        ``auto_client_id``, ``check_orders``) that shares this one's connection pool,
        credentials, clock, rate limiter and WebSockets (openai-python's pattern).

        >>> cx.with_options(timeout=2, max_retries=0).spot.ticker()  # doctest: +SKIP

        Closing the original closes what they share; closing a derived client does nothing.
        """
        config = attrs.evolve(self.config, **options)
        root = self._root
        clone = object.__new__(type(self))  # resources and ``ws`` are created on first use
        clone.config = config
        clone._root = root
        clone._transport = _derived_transport(root._transport, config)
        clone._auth = root._auth
        # The same kind of shell, over the root's connections with this config's timeout.
        shell = root._shell
        clone._shell = type(shell)(clone._transport, shell.sender.with_timeout(config.timeout))
        return clone

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        auth: bool | None = None,
    ) -> DataT:
        """Call any v2 path; returns the envelope's ``data`` as JSON values (Decimal, never
        float), awaited on :class:`AsyncCoinEx`. GET params go in the query string, POST params
        in a JSON body. Signed when credentials are configured; ``auth=False`` forces unsigned,
        ``auth=True`` requires credentials."""
        endpoint = free_endpoint(method, path)
        data: DataT = self._shell.data(endpoint, free_params(params, auth), auth)
        return data

    def _rooted(self, name: str, make: Callable[[], T]) -> T:
        """What the root client owns and derived clients share (``ws``, ``markets``): made
        here on the root, the root's own on a derived client."""
        if self._root is not self:
            shared: T = getattr(self._root, name)
            return shared
        return make()

    def _ws_hub(self, hub: Callable[..., T], sync_time: Callable[[], Any]) -> T:
        """The WebSocket hub (``SyncWs`` / ``AsyncWs``) over this client's transport, with its
        WebSocket settings and the clock sync a refused ``server.sign`` calls."""
        config = self.config
        return hub(self._transport, config.ws_url, config.strict, config.ws_timings, sync_time)

    def __repr__(self) -> str:
        creds = self._transport.credentials
        who = f", access_id={creds.access_id!r}" if creds else ""
        return f"{type(self).__name__}(base_url={self._transport.base_url!r}{who})"

    @property
    def strict(self) -> bool:
        """Reject unknown response fields and enum values (the test suite's mode)."""
        return self.config.strict

    @property
    def base_url(self) -> str:
        return self._transport.base_url

    @property
    def clock(self) -> Clock:
        """The server-clock estimate used for X-COINEX-TIMESTAMP (shared with WebSockets)."""
        return self._transport.clock

    @property
    def credentials(self) -> Credentials | None:
        return self._transport.credentials

    @property
    def rate_limit_info(self) -> Mapping[str, RateLimitInfo]:
        """CoinEx's latest ``X-RateLimit-*`` headers, per rate-limit group."""
        return self._transport.rate_limit_info


class CoinEx(_Base[httpx.Client, Any], SyncResources, Closing):
    """Blocking CoinEx v2 client.

    >>> with CoinEx(access_id="...", secret_key="...") as cx:   # doctest: +SKIP
    ...     cx.spot.ticker(market=["BTCUSDT"])
    ...     cx.with_options(timeout=2, max_retries=0).spot.ticker(market=["BTCUSDT"])
    """

    _shell: SyncShell

    def _new_shell(self, http_client: httpx.Client | None, timeout_given: bool) -> SyncShell:
        config = self.config
        sender: HttpxSender | Http11Sender
        if http_client is None and config.proxy is None and env_proxy(config.base_url) is None:
            from ._http.sync import Http11Sender

            sender = Http11Sender(self._transport, timeout=config.timeout)
        else:  # a user's client, or a proxy: httpx (which reads HTTP(S)_PROXY/NO_PROXY)
            owned = http_client is None
            http = http_client or httpx.Client(timeout=config.timeout, proxy=config.proxy)
            # A user's client keeps its own settings; an explicit timeout rides on each request.
            timeout = config.timeout if not owned and timeout_given else None
            sender = HttpxSender(http, self._auth, owned, timeout)
        return SyncShell(self._transport, sender)

    def sync_time(self) -> int:
        """Learn the offset to CoinEx's clock from ``GET /v2/time``; returns it in ms."""
        return self._shell.sync_time()

    @functools.cached_property
    def ws(self) -> SyncWs:
        """WebSocket streams: ``cx.ws.spot.depth(market="BTCUSDT")``, ``cx.ws.futures...``.

        Connections open on the first subscription and share this client's credentials and
        clock; ``ws_url`` (default: CoinEx's socket host, or this client's host over ws://)
        and ``ws_timings`` configure them. A derived client uses its original's.
        """
        from .ws._streams import SyncWs

        return self._rooted("ws", lambda: self._ws_hub(SyncWs, self.sync_time))

    @functools.cached_property
    def markets(self) -> Markets:
        """Market rules from a cache filled on first use: ``cx.markets.spot("BTCUSDT")``
        gives precisions, minimum amount (tick size for futures), ``quantize_price()``,
        ``quantize_amount()`` and ``check_order()``; ``refresh()`` fetches again. Shared with
        derived clients. The ``check_orders`` option checks every placement with it."""
        from ._generated.markets import Markets

        return self._rooted("markets", lambda: Markets(self))

    def close(self) -> None:
        """Close the connections this client opened (not a user-supplied ``http_client``)."""
        if self._root is not self:
            return
        if "ws" in self.__dict__:
            self.ws.close()
        self._shell.close()


class AsyncCoinEx(_Base[httpx.AsyncClient, Coroutine[Any, Any, Any]], AsyncResources, AsyncClosing):
    """asyncio CoinEx v2 client: the same methods as :class:`CoinEx`, awaited.

    By default it sends through the SDK's lean HTTP/1.1 client (``coinex_sdk._http``; aiohttp
    when a proxy applies); pass your own
    ``httpx.AsyncClient`` as ``http_client`` to use httpx's transport or your settings.
    """

    _shell: AsyncShell

    def _new_shell(self, http_client: httpx.AsyncClient | None, timeout_given: bool) -> AsyncShell:
        config = self.config
        sender: AsyncHttpxSender | AiohttpSender | AsyncHttp11Sender
        if http_client is None and config.proxy is None and env_proxy(config.base_url) is None:
            from ._http.asyncio import AsyncHttp11Sender

            sender = AsyncHttp11Sender(self._transport, timeout=config.timeout)
        elif http_client is None:  # through a proxy: aiohttp
            from ._aiohttp import AiohttpSender

            sender = AiohttpSender(self._transport, timeout=config.timeout, proxy=config.proxy)
        else:
            timeout = config.timeout if timeout_given else None
            sender = AsyncHttpxSender(http_client, self._auth, owned=False, timeout=timeout)
        return AsyncShell(self._transport, sender)

    async def sync_time(self) -> int:
        """Learn the offset to CoinEx's clock from ``GET /v2/time``; returns it in ms."""
        return await self._shell.sync_time()

    @functools.cached_property
    def ws(self) -> AsyncWs:
        """WebSocket streams: ``async for u in acx.ws.spot.depth(market="BTCUSDT")``.

        Connections open on the first subscription and share this client's credentials and
        clock; see :attr:`CoinEx.ws`.
        """
        from .ws._streams import AsyncWs

        return self._rooted("ws", lambda: self._ws_hub(AsyncWs, self.sync_time))

    @functools.cached_property
    def markets(self) -> AsyncMarkets:
        """Market rules from a cache filled on first use:
        ``await acx.markets.spot("BTCUSDT")``; see :attr:`CoinEx.markets`."""
        from ._generated.markets import AsyncMarkets

        return self._rooted("markets", lambda: AsyncMarkets(self))

    async def close(self) -> None:
        """Close the connections this client opened (not a user-supplied ``http_client``)."""
        if self._root is not self:
            return
        if "ws" in self.__dict__:
            await self.ws.close()
        await self._shell.aclose()


_PARAMS_DOC = """
    Args:
        access_id: API key id; with ``secret_key`` it signs private calls. Both omitted: read
            from ``$COINEX_ACCESS_ID`` / ``$COINEX_SECRET_KEY``, else public calls only.
        secret_key: API secret (never shown in a repr, a log line or an exception).
        http_client: Your own httpx client (proxies, limits, transport); left open on close.
        clock: The server-clock estimate to sign with (share one between clients).
"""


def _options_doc() -> str:
    doc = ClientConfig.__doc__ or ""
    return doc[doc.index("Args:") + len("Args:") :].strip("\n").rstrip()


for _client in (CoinEx, AsyncCoinEx):
    _client.__doc__ = f"{(_client.__doc__ or '').rstrip()}\n{_PARAMS_DOC}{_options_doc()}\n"
