"""The async client's sender when a proxy applies: aiohttp, with no httpx objects on the way.

httpx's own async connection pool costs several times the CPU of aiohttp per loopback request
(measured for the foundation and performance issues), so the default async path signs the
request itself and hands aiohttp the target *already encoded* (``yarl.URL(..., encoded=True)``):
aiohttp sends byte for byte the path, query and body that the signature covers. Signing is the
same pure function httpx's auth adapter uses (``_signing.http_sign_headers``).

aiohttp's failures are mapped onto httpx's exception types, the transport's common language for
"where did it fail": only a failure to connect (nothing written) counts as not sent.

Proxies: an explicit ``proxy`` URL carries every request; without one the environment decides
(``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY``), as it does for httpx, so an API
key bound to a proxy's IP works the same from the async client as from the sync one. Like
httpx, the environment is read once (per host here), not on every request.
"""

from __future__ import annotations

import asyncio
import copy
import ssl

import aiohttp
import httpx
import yarl

from ._actions import Request
from ._envelope import Response
from ._shell import env_proxy, request_headers
from ._transport import Transport

__all__ = ["AiohttpSender"]

_Proxy = tuple["str | yarl.URL | None", "aiohttp.BasicAuth | None"]

_GET_HEADERS = request_headers("GET")
_POST_HEADERS = request_headers("POST")
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


class AiohttpSender:
    """Sends with one lazily created ``aiohttp.ClientSession`` (created inside the loop)."""

    def __init__(
        self,
        transport: Transport,
        *,
        timeout: httpx.Timeout,
        verify: bool | ssl.SSLContext = True,
        limits: httpx.Limits | None = None,
        proxy: str | None = None,
    ) -> None:
        self._transport = transport
        self._proxy = proxy
        self._env_proxies: dict[tuple[str, str | None, int | None], _Proxy] = {}
        self._root = self
        """The sender that owns the session (another one's, for a ``with_timeout`` view)."""
        self._options: dict[str, aiohttp.ClientTimeout] = {}
        """Per-request options: a view's own timeout (the session has the owner's)."""
        self._ssl: ssl.SSLContext | bool = (
            verify
            if isinstance(verify, ssl.SSLContext)
            else (httpx.create_ssl_context() if verify else False)
        )
        limits = limits or httpx.Limits(max_connections=100, keepalive_expiry=15.0)
        self._limit = limits.max_connections or 0
        self._keepalive = limits.keepalive_expiry or 15.0
        self._timeout = aiohttp.ClientTimeout(
            sock_connect=timeout.connect, sock_read=timeout.read, connect=timeout.pool
        )
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._limit, keepalive_timeout=self._keepalive, ssl=self._ssl
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=self._timeout,
            auto_decompress=False,
            cookie_jar=aiohttp.DummyCookieJar(),
            skip_auto_headers=("User-Agent", "Accept-Encoding", "Content-Type"),
        )
        return self._session

    def with_timeout(self, timeout: httpx.Timeout) -> AiohttpSender:
        """A sender over this one's session (and pool) with another timeout; closing it leaves
        the session open."""
        view = copy.copy(self)
        view._options = {
            "timeout": aiohttp.ClientTimeout(
                sock_connect=timeout.connect, sock_read=timeout.read, connect=timeout.pool
            )
        }
        return view

    def _proxy_for(self, url: yarl.URL) -> _Proxy:
        if self._proxy is not None:
            return self._proxy, None
        origin = (url.scheme, url.host, url.port)
        found = self._env_proxies.get(origin)
        if found is None:
            found = self._env_proxies[origin] = _env_proxy(url)
        return found

    async def send(self, request: Request) -> Response:
        root = self._root
        session = root._session
        if session is None or session.closed:
            session = root._open()
        method = request.method
        headers = _POST_HEADERS if method == "POST" else _GET_HEADERS
        if request.signed:
            headers = {**headers, **self._transport.sign(request)}
        url = yarl.URL(request.url, encoded=True)
        proxy, proxy_auth = self._proxy_for(url)
        try:
            response = await session.request(
                method,
                url,
                headers=headers,
                data=request.content or None,
                allow_redirects=False,
                proxy=proxy,
                proxy_auth=proxy_auth,
                **self._options,
            )
            try:
                body = await response.read()
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
        return Response(response.status, response.headers, body)

    async def aclose(self) -> None:
        if self._root is self and self._session is not None:
            await self._session.close()
            self._session = None
