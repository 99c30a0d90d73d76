"""The two clients users hold: :class:`CoinEx` (blocking) and :class:`AsyncCoinEx` (asyncio).

Both hold one :class:`~coinex_sdk._transport.TransportCore` (credentials, clock, rate limiter,
retry policy) and one httpx client; every endpoint method, and the low-level :meth:`request`,
goes through it. Resources (``cx.spot``, ``cx.futures``, ...) are generated from ``spec/`` and
created on first use.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from ._auth import CoinExAuth
from ._clock import Clock
from ._credentials import Credentials
from ._endpoint import free_endpoint, free_params
from ._exceptions import ValidationError
from ._generated.client import AsyncResources, SyncResources
from ._ratelimit import RateLimitInfo
from ._retry import RetryPolicy
from ._shell import AsyncHttpxSender, AsyncShell, HttpxSender, SyncShell
from ._transport import DEFAULT_BASE_URL, RateLimitMode, TransportCore

if TYPE_CHECKING:
    from ._aiohttp import AiohttpSender
    from ._http11 import AsyncHttp11Sender, Http11Sender
    from ._streams import AsyncWs, SyncWs
    from .ws import WsTimings

__all__ = ["AsyncCoinEx", "CoinEx"]

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
SETTLE_MARGIN = 10.0
"""Seconds past the read timeout that an order with an unknown outcome is looked up for."""


def _timeout(timeout: float | httpx.Timeout | None, http_client: Any) -> httpx.Timeout:
    if timeout is not None:
        return httpx.Timeout(timeout)
    if http_client is not None:
        return http_client.timeout  # type: ignore[no-any-return]
    return DEFAULT_TIMEOUT


def env_proxy(base_url: str) -> str | None:
    """The proxy the environment (``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY``, ``NO_PROXY``)
    names for ``base_url``, as httpx and curl read it; None when there is none."""
    import urllib.request
    from urllib.parse import urlsplit

    parts = urlsplit(base_url)
    proxies = urllib.request.getproxies()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy or (parts.hostname and urllib.request.proxy_bypass(parts.hostname)):
        return None
    return proxy


def _credentials(access_id: str | None, secret_key: str | None) -> Credentials | None:
    if access_id is None and secret_key is None:
        return Credentials.from_env()
    if not access_id or not secret_key:
        raise ValidationError("pass both access_id and secret_key, or neither")
    return Credentials(access_id, secret_key)


class _Base:
    def __init__(
        self,
        access_id: str | None,
        secret_key: str | None,
        *,
        base_url: str | None,
        retry: RetryPolicy | None,
        max_retries: int | None,
        rate_limit: RateLimitMode,
        window_time: int | None,
        sync_time: bool,
        strict: bool,
        clock: Clock | None,
        timeout: httpx.Timeout,
        auto_client_id: bool,
    ) -> None:
        retry = retry or RetryPolicy()
        if max_retries is not None:
            retry = attrs.evolve(retry, max_retries=max_retries)
        self.strict = strict
        """Reject unknown response fields and enum values (the test suite's mode)."""
        self._core = TransportCore(
            credentials=_credentials(access_id, secret_key),
            base_url=base_url or os.environ.get("COINEX_BASE_URL") or DEFAULT_BASE_URL,
            window_time=window_time,
            retry=retry,
            rate_limit=rate_limit,
            sync_time=sync_time,
            clock=clock,
            auto_client_id=auto_client_id,
            settle_window=(timeout.read or DEFAULT_TIMEOUT.read or 10.0) + SETTLE_MARGIN,
        )
        core = self._core
        self._auth = (
            CoinExAuth(core.credentials, core.clock, window_time) if core.credentials else None
        )

    def __repr__(self) -> str:
        creds = self._core.credentials
        who = f", access_id={creds.access_id!r}" if creds else ""
        return f"{type(self).__name__}(base_url={self._core.base_url!r}{who})"

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


class CoinEx(_Base, SyncResources):
    """Blocking CoinEx v2 client.

    >>> with CoinEx(access_id="...", secret_key="...") as cx:   # doctest: +SKIP
    ...     cx.spot.ticker(market=["BTCUSDT"])
    """

    def __init__(
        self,
        access_id: str | None = None,
        secret_key: str | None = None,
        *,
        base_url: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimitMode = "wait",
        window_time: int | None = None,
        sync_time: bool = False,
        strict: bool = False,
        clock: Clock | None = None,
        ws_url: str | None = None,
        ws_timings: WsTimings | None = None,
        auto_client_id: bool = True,
    ) -> None:
        self._ws_url = ws_url
        self._ws_timings = ws_timings
        resolved_timeout = _timeout(timeout, http_client)
        super().__init__(
            access_id,
            secret_key,
            base_url=base_url,
            retry=retry,
            max_retries=max_retries,
            rate_limit=rate_limit,
            window_time=window_time,
            sync_time=sync_time,
            strict=strict,
            clock=clock,
            timeout=resolved_timeout,
            auto_client_id=auto_client_id,
        )
        sender: HttpxSender | Http11Sender
        if http_client is not None:
            if timeout is not None:
                http_client.timeout = resolved_timeout
            sender = HttpxSender(http_client, self._auth, owned=False)
        elif env_proxy(self._core.base_url) is not None:  # httpx honours HTTP(S)_PROXY
            sender = HttpxSender(httpx.Client(timeout=resolved_timeout), self._auth, owned=True)
        else:
            from ._http11 import Http11Sender

            sender = Http11Sender(self._core, timeout=resolved_timeout)
        self._shell = SyncShell(self._core, sender)

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
        endpoint = free_endpoint(method, path)
        return self._shell.call(endpoint, free_params(params, auth), auth).data

    def sync_time(self) -> int:
        """Learn the offset to CoinEx's clock from ``GET /v2/time``; returns it in ms."""
        return self._shell.sync_time()

    @functools.cached_property
    def ws(self) -> SyncWs:
        """WebSocket streams: ``cx.ws.spot.depth(market="BTCUSDT")``, ``cx.ws.futures...``.

        Connections open on the first subscription and share this client's credentials and
        clock; ``ws_url`` (default: CoinEx's socket host, or this client's host over ws://)
        and ``ws_timings`` configure them.
        """
        from ._streams import SyncWs

        return SyncWs(self._core, self._ws_url, self.strict, self._ws_timings)

    def close(self) -> None:
        """Close the connections this client opened (not a user-supplied ``http_client``)."""
        if "ws" in self.__dict__:
            self.ws.close()
        self._shell.close()

    def __enter__(self) -> CoinEx:
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
        base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimitMode = "wait",
        window_time: int | None = None,
        sync_time: bool = False,
        strict: bool = False,
        clock: Clock | None = None,
        ws_url: str | None = None,
        ws_timings: WsTimings | None = None,
        auto_client_id: bool = True,
    ) -> None:
        self._ws_url = ws_url
        self._ws_timings = ws_timings
        resolved_timeout = _timeout(timeout, http_client)
        super().__init__(
            access_id,
            secret_key,
            base_url=base_url,
            retry=retry,
            max_retries=max_retries,
            rate_limit=rate_limit,
            window_time=window_time,
            sync_time=sync_time,
            strict=strict,
            clock=clock,
            timeout=resolved_timeout,
            auto_client_id=auto_client_id,
        )
        sender: AsyncHttpxSender | AsyncHttp11Sender | AiohttpSender
        if http_client is not None:
            if timeout is not None:
                http_client.timeout = resolved_timeout
            sender = AsyncHttpxSender(http_client, self._auth, owned=False)
        elif (proxy := env_proxy(self._core.base_url)) is not None:
            from ._aiohttp import AiohttpSender

            sender = AiohttpSender(self._core, timeout=resolved_timeout, proxy=proxy)
        else:
            from ._http11 import AsyncHttp11Sender

            sender = AsyncHttp11Sender(self._core, timeout=resolved_timeout)
        self._shell = AsyncShell(self._core, sender)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        auth: bool | None = None,
    ) -> Any:
        """Call any v2 path; see :meth:`CoinEx.request`."""
        endpoint = free_endpoint(method, path)
        return (await self._shell.call(endpoint, free_params(params, auth), auth)).data

    async def sync_time(self) -> int:
        """Learn the offset to CoinEx's clock from ``GET /v2/time``; returns it in ms."""
        return await self._shell.sync_time()

    @functools.cached_property
    def ws(self) -> AsyncWs:
        """WebSocket streams: ``async for u in acx.ws.spot.depth(market="BTCUSDT")``.

        Connections open on the first subscription and share this client's credentials and
        clock; see :attr:`CoinEx.ws`.
        """
        from ._streams import AsyncWs

        return AsyncWs(self._core, self._ws_url, self.strict, self._ws_timings)

    async def close(self) -> None:
        """Close the connections this client opened (not a user-supplied ``http_client``)."""
        if "ws" in self.__dict__:
            await self.ws.close()
        await self._shell.aclose()

    async def __aenter__(self) -> AsyncCoinEx:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
