"""The async client's sender when a proxy applies: aiohttp, with no httpx objects on the way.

The lean HTTP/1.1 client (``coinex_sdk._http``) speaks to one origin and knows no proxies, so
through a proxy the async client's sender is the lean one over :class:`AiohttpPool` instead: the
same signing and headers (``SenderBase``), and aiohttp is handed the target *already encoded*
(``yarl.URL(..., encoded=True)``), so it sends byte for byte the path, query and body that the
signature covers. (httpx's async pool costs several times aiohttp's CPU per request.)

aiohttp's failures are mapped onto httpx's exception types, the transport's common language for
"where did it fail": only a failure to connect (nothing written) counts as not sent.

Proxies: an explicit ``proxy`` URL carries every request; without one the environment decides
(``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY``), as it does for httpx, so an API
key bound to a proxy's IP works the same from the async client as from the sync one. Like
httpx, the environment is read once (per host here), not on every request.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import aiohttp
import httpx
import yarl

from ._http.asyncio import AsyncPool, AsyncSender
from ._http.protocol import Answer
from ._shell import env_proxy
from ._transport import Transport

__all__ = ["AiohttpPool", "AiohttpSender"]

_Proxy = tuple["str | yarl.URL | None", "aiohttp.BasicAuth | None"]

# aiohttp >= 3.10 tells a connect timeout apart; older versions raise ServerTimeoutError.
_CONNECT_TIMEOUT: tuple[type[BaseException], ...] = tuple(
    t for t in (getattr(aiohttp, "ConnectionTimeoutError", None),) if t is not None
)


def _env_proxy(url: yarl.URL) -> _Proxy:
    """The proxy the environment names for ``url``, as httpx reads it: ``NO_PROXY`` first, then
    the scheme's variable (``HTTP_PROXY``/``HTTPS_PROXY``), then ``ALL_PROXY``."""
    named = env_proxy(str(url))
    if named is None:
        return None, None
    # Credentials stay in the proxy URL: aiohttp sends them as Proxy-Authorization (its
    # BasicAuth / proxy_auth are deprecated).
    return yarl.URL(named if "://" in named else "http://" + named), None


def _client_timeout(timeout: httpx.Timeout) -> aiohttp.ClientTimeout:
    return aiohttp.ClientTimeout(
        sock_connect=timeout.connect, sock_read=timeout.read, connect=timeout.pool
    )


class AiohttpPool(AsyncPool):
    """aiohttp's connection pool (one ``ClientSession``, created inside the loop on first use)
    behind the lean pools' interface, for requests through a proxy."""

    def _limit(self, max_connections: int) -> None:
        origin = self._origin
        self._prefix = ("https://" if origin.ssl else "http://") + origin.host_header
        self._max = max_connections
        self.proxy: str | None = None
        self._env_proxies: dict[tuple[str, str | None, int | None], _Proxy] = {}
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._max, keepalive_timeout=self._keepalive, ssl=self._origin.ssl or True
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=_client_timeout(self._timeout),
            auto_decompress=False,
            cookie_jar=aiohttp.DummyCookieJar(),
            skip_auto_headers=("User-Agent", "Accept-Encoding", "Content-Type"),
        )
        return self._session

    def _proxy_for(self, url: yarl.URL) -> _Proxy:
        if self.proxy is not None:
            return self.proxy, None
        origin = (url.scheme, url.host, url.port)
        found = self._env_proxies.get(origin)
        if found is None:
            found = self._env_proxies[origin] = _env_proxy(url)
        return found

    def _encode(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[str, yarl.URL, Mapping[str, str], bytes]:
        return method, yarl.URL(self._prefix + target, encoded=True), headers, body

    async def _exchange(
        self, request: tuple[str, yarl.URL, Mapping[str, str], bytes], timeout: httpx.Timeout
    ) -> Answer:
        method, url, headers, body = request
        session = self._session
        if session is None or session.closed:
            if self._closed:  # as the lean pool: nothing is sent, and no new session is left open
                raise httpx.ConnectError("the client is closed")
            session = self._open()
        proxy, proxy_auth = self._proxy_for(url)
        try:
            response = await session.request(
                method,
                url,
                headers=headers,
                data=body or None,
                allow_redirects=False,
                proxy=proxy,
                proxy_auth=proxy_auth,
                timeout=_client_timeout(timeout),
            )
            try:
                content = await response.read()
            finally:
                response.release()
        except aiohttp.ClientConnectorError as exc:
            raise httpx.ConnectError(str(exc)) from exc
        except _CONNECT_TIMEOUT as exc:
            raise httpx.ConnectTimeout(str(exc) or "connect timed out") from exc
        except (aiohttp.ServerTimeoutError, asyncio.TimeoutError) as exc:
            raise httpx.ReadTimeout(str(exc) or "read timed out") from exc
        except aiohttp.InvalidURL as exc:
            raise httpx.UnsupportedProtocol(str(exc)) from exc
        except (aiohttp.ClientError, OSError) as exc:
            raise httpx.ReadError(f"{type(exc).__name__}: {exc}") from exc
        return response.status, response.headers, content

    async def aclose(self) -> None:
        self._closed = True
        if self._session is not None:
            await self._session.close()
            self._session = None


class AiohttpSender(AsyncSender[AiohttpPool]):
    """The async client's sender through a proxy: signs like the lean sender, sends through
    :class:`AiohttpPool`."""

    _pool_type = AiohttpPool

    def __init__(
        self, transport: Transport, *, timeout: httpx.Timeout, proxy: str | None = None
    ) -> None:
        super().__init__(transport, timeout=timeout)
        self._pool.proxy = proxy
