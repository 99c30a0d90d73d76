"""The two clients users hold: :class:`CoinEx` (blocking) and :class:`AsyncCoinEx` (asyncio).

Both hold their configuration as one frozen :class:`~coinex_sdk._config.ClientConfig`, one
:class:`~coinex_sdk._transport.TransportCore` (credentials, clock, rate limiter, retry policy)
and one httpx client; every endpoint method, and the low-level :meth:`request`, goes through
them. Resources (``cx.spot``, ``cx.futures``, ...) are generated from ``spec/`` and created on
first use. ``with_options()`` gives a client with other per-call options that shares the
connection pool, credentials, clock, rate limiter, WebSockets and market cache.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Generator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from ._clock import Clock
from ._config import ClientConfig
from ._credentials import Credentials
from ._endpoint import Endpoint
from ._exceptions import ValidationError
from ._generated.client import AsyncResources, SyncResources
from ._ratelimit import RateLimitInfo
from ._transport import AsyncShell, Envelope, Send, SyncShell, TransportCore

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack

    from ._config import CallOptions, ClientOptions
    from ._streams import AsyncWs, SyncWs

__all__ = ["AsyncCoinEx", "CoinEx"]


def _credentials(access_id: str | None, secret_key: str | None) -> Credentials | None:
    if access_id is None and secret_key is None:
        return Credentials.from_env()
    if not access_id or not secret_key:
        raise ValidationError("pass both access_id and secret_key, or neither")
    return Credentials(access_id, secret_key)


def _free_endpoint(method: str, path: str) -> Endpoint:
    """The description of a call made through ``request()``: the spec's, minus validation."""
    upper = method.upper()
    if upper not in ("GET", "POST"):
        raise ValidationError(f"CoinEx v2 uses only GET and POST, not {method!r}")
    if not path.startswith("/v2/") or "?" in path or "#" in path:
        raise ValidationError(f"path must start with /v2/ and carry no query: {path!r}")
    from ._generated.endpoints import BY_ROUTE

    known = BY_ROUTE.get((upper, path))
    if known is not None:
        return Endpoint(
            name=known.name,
            method=known.method,
            path=path,
            auth=known.auth,
            rate_limit=known.rate_limit,
            idempotent=known.idempotent,
            params=None,
            cost_param=known.cost_param,
        )
    return Endpoint(
        name=path,
        method="GET" if upper == "GET" else "POST",
        path=path,
        auth=False,
        idempotent=upper == "GET",
    )


def _timed(flow: Generator[Any, Any, Envelope], timeout: dict[str, Any]) -> Any:
    """``flow`` with this client's timeout on every request it sends: derived clients share
    one httpx client, so the timeout travels on the request (httpx reads it from there)."""
    try:
        action = next(flow)
        while True:
            if isinstance(action, Send):
                action.request.extensions["timeout"] = timeout
            try:
                reply = yield action
            except Exception as exc:
                action = flow.throw(exc)
            else:
                action = flow.send(reply)
    except StopIteration as stop:
        return stop.value


class _SyncShell(SyncShell):
    def __init__(self, core: TransportCore, client: httpx.Client, timeout: httpx.Timeout) -> None:
        super().__init__(core, client)
        self.timeout = timeout.as_dict()

    def call(
        self, endpoint: Endpoint, args: Mapping[str, Any], auth: bool | None = None
    ) -> Envelope:
        result: Envelope = self.run(_timed(self.core.flow(endpoint, args, auth), self.timeout))
        return result


class _AsyncShell(AsyncShell):
    def __init__(
        self,
        core: TransportCore,
        client: httpx.AsyncClient,
        direct: httpx.AsyncBaseTransport | None,
        timeout: httpx.Timeout,
    ) -> None:
        super().__init__(core, client, direct)
        self._timeout = self.timeout = timeout.as_dict()

    async def call(
        self, endpoint: Endpoint, args: Mapping[str, Any], auth: bool | None = None
    ) -> Envelope:
        flow = _timed(self.core.flow(endpoint, args, auth), self.timeout)
        result: Envelope = await self.run(flow)
        return result


def _core(
    config: ClientConfig, credentials: Credentials | None, clock: Clock | None
) -> TransportCore:
    return TransportCore(
        credentials=credentials,
        base_url=config.base_url,
        window_time=config.window_time,
        retry=config.retry_policy,
        rate_limit=config.rate_limit,
        sync_time=config.sync_time,
        clock=clock,
    )


def _derived_core(core: TransportCore, config: ClientConfig) -> TransportCore:
    """A core with ``config``'s per-call options sharing ``core``'s credentials, signer, clock,
    rate limiter and rate-limit info (a shallow copy)."""
    derived = copy.copy(core)
    derived.retry = config.retry_policy
    derived.rate_limit_mode = config.rate_limit
    derived.sync_time = config.sync_time
    return derived


class _Base:
    config: ClientConfig
    """This client's configuration (a frozen value; see ``with_options``)."""
    _core: TransportCore
    _root: Any
    """The client that owns the connections, WebSockets and caches (itself, unless derived)."""

    def __repr__(self) -> str:
        creds = self._core.credentials
        who = f", access_id={creds.access_id!r}" if creds else ""
        return f"{type(self).__name__}(base_url={self._core.base_url!r}{who})"

    def _derive(self, options: Mapping[str, Any]) -> Self:
        config = attrs.evolve(self.config, **options)
        clone = object.__new__(type(self))
        clone.config = config
        clone._root = self._root
        clone._core = _derived_core(self._root._core, config)
        return clone

    @property
    def strict(self) -> bool:
        """Reject unknown response fields and enum values (the test suite's mode)."""
        return self.config.strict

    @property
    def base_url(self) -> str:
        return self._core.base_url

    @property
    def clock(self) -> Clock:
        """The server-clock estimate used for X-COINEX-TIMESTAMP (shared with WebSockets)."""
        return self._core.clock

    @property
    def credentials(self) -> Credentials | None:
        return self._core.credentials

    @property
    def rate_limit_info(self) -> Mapping[str, RateLimitInfo]:
        """CoinEx's latest ``X-RateLimit-*`` headers, per rate-limit group."""
        return self._core.rate_limit_info


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


class CoinEx(_Base, SyncResources):
    """Blocking CoinEx v2 client.

    >>> with CoinEx(access_id="...", secret_key="...") as cx:   # doctest: +SKIP
    ...     cx.spot.ticker(market=["BTCUSDT"])
    ...     fast = cx.with_options(timeout=2, max_retries=0)
    ...     fast.spot.ticker(market=["BTCUSDT"])
    """

    def __init__(
        self,
        access_id: str | None = None,
        secret_key: str | None = None,
        *,
        http_client: httpx.Client | None = None,
        clock: Clock | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        if http_client is not None and "timeout" not in options:
            options["timeout"] = http_client.timeout
        self.config = ClientConfig(**options)
        self._root = self
        self._core = _core(self.config, _credentials(access_id, secret_key), clock)
        self._owns_http = http_client is None
        if http_client is not None and self.config.proxy is not None:
            raise ValidationError("proxy= configures the SDK's own http client: set it on yours")
        http = http_client or httpx.Client(timeout=self.config.timeout, proxy=self.config.proxy)
        self._shell = _SyncShell(self._core, http, self.config.timeout)

    def with_options(self, **options: Unpack[CallOptions]) -> Self:
        """A client with other per-call options (``timeout``, ``max_retries``, ``retry``,
        ``rate_limit``, ``strict``, ``sync_time``, ``check_orders``) that shares this one's
        connection pool, credentials, clock, rate limiter, WebSockets and market cache.

        >>> cx.with_options(timeout=2, max_retries=0).spot.ticker()  # doctest: +SKIP

        Closing the original closes what they share; closing a derived client does nothing.
        """
        clone = self._derive(options)
        clone._owns_http = False
        clone._shell = _SyncShell(clone._core, self._root._shell.client, clone.config.timeout)
        return clone

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        auth: bool | None = None,
    ) -> Any:
        """Call any v2 path; returns the envelope's ``data`` as JSON values (Decimal, never
        float). GET params go in the query string, POST params in a JSON body. Signed when
        credentials are configured; ``auth=False`` forces unsigned, ``auth=True`` requires
        credentials."""
        endpoint = _free_endpoint(method, path)
        return self._shell.call(endpoint, params or {}, auth).data

    def sync_time(self) -> int:
        """Learn the offset to CoinEx's clock from ``GET /v2/time``; returns it in ms."""
        self._shell.run(_sync_flow(self._core))
        return self._core.clock.offset_ms

    @functools.cached_property
    def ws(self) -> SyncWs:
        """WebSocket streams: ``cx.ws.spot.depth(market="BTCUSDT")``, ``cx.ws.futures...``.

        Connections open on the first subscription and share this client's credentials and
        clock; ``ws_url`` (default: CoinEx's socket host, or this client's host over ws://)
        and ``ws_timings`` configure them.
        """
        if self._root is not self:
            root_ws: SyncWs = self._root.ws
            return root_ws
        from ._streams import SyncWs

        config = self.config
        return SyncWs(self._core, config.ws_url, config.strict, config.ws_timings)

    def close(self) -> None:
        """Close the connections this client opened (not a user-supplied ``http_client``)."""
        if self._root is not self:
            return
        if "ws" in self.__dict__:
            self.ws.close()
        if self._owns_http:
            self._shell.client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncCoinEx(_Base, AsyncResources):
    """asyncio CoinEx v2 client: the same methods as :class:`CoinEx`, awaited.

    By default it sends through aiohttp beneath httpx (see ``coinex_sdk._aiohttp``); pass your
    own ``httpx.AsyncClient`` as ``http_client`` to use httpx's transport or your settings.
    """

    def __init__(
        self,
        access_id: str | None = None,
        secret_key: str | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        clock: Clock | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        if http_client is not None and "timeout" not in options:
            options["timeout"] = http_client.timeout
        self.config = ClientConfig(**options)
        self._root = self
        self._core = _core(self.config, _credentials(access_id, secret_key), clock)
        self._owns_http = http_client is None
        direct = None
        if http_client is None:
            from ._aiohttp import AiohttpTransport

            direct = AiohttpTransport(proxy=self.config.proxy)
            http_client = httpx.AsyncClient(transport=direct, timeout=self.config.timeout)
        elif self.config.proxy is not None:
            raise ValidationError("proxy= configures the SDK's own http client: set it on yours")
        self._direct = direct
        self._shell = _AsyncShell(self._core, http_client, direct, self.config.timeout)

    def with_options(self, **options: Unpack[CallOptions]) -> Self:
        """A client with other per-call options sharing this one's connection pool,
        credentials, clock, rate limiter, WebSockets and market cache; see
        :meth:`CoinEx.with_options`."""
        clone = self._derive(options)
        clone._owns_http = False
        root = self._root
        clone._direct = root._direct
        clone._shell = _AsyncShell(
            clone._core, root._shell.client, root._direct, clone.config.timeout
        )
        return clone

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        auth: bool | None = None,
    ) -> Any:
        """Call any v2 path; see :meth:`CoinEx.request`."""
        endpoint = _free_endpoint(method, path)
        return (await self._shell.call(endpoint, params or {}, auth)).data

    async def sync_time(self) -> int:
        """Learn the offset to CoinEx's clock from ``GET /v2/time``; returns it in ms."""
        await self._shell.run(_sync_flow(self._core))
        return self._core.clock.offset_ms

    @functools.cached_property
    def ws(self) -> AsyncWs:
        """WebSocket streams: ``async for u in acx.ws.spot.depth(market="BTCUSDT")``.

        Connections open on the first subscription and share this client's credentials and
        clock; see :attr:`CoinEx.ws`.
        """
        if self._root is not self:
            root_ws: AsyncWs = self._root.ws
            return root_ws
        from ._streams import AsyncWs

        config = self.config
        return AsyncWs(self._core, config.ws_url, config.strict, config.ws_timings)

    async def close(self) -> None:
        """Close the connections this client opened (not a user-supplied ``http_client``)."""
        if self._root is not self:
            return
        if "ws" in self.__dict__:
            await self.ws.close()
        if self._owns_http:
            await self._shell.client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


CoinEx.__doc__ = (CoinEx.__doc__ or "").rstrip() + "\n" + _PARAMS_DOC + _options_doc() + "\n"
AsyncCoinEx.__doc__ = (
    (AsyncCoinEx.__doc__ or "").rstrip() + "\n" + _PARAMS_DOC + _options_doc() + "\n"
)


def _sync_flow(core: TransportCore) -> Any:
    from ._transport import Envelope

    def flow() -> Any:
        yield from core._sync_clock()
        return Envelope(None)

    return flow()
