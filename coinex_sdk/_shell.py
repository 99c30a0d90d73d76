"""The shells that carry a flow's actions out: send, sleep, hand the answer back.

A shell pairs the flow with a *sender*, the only code that touches a network library:

- the default: :mod:`coinex_sdk._http`'s lean senders sign the target and body they write byte
  for byte; through a proxy the async one sends over aiohttp's pool instead
  (:class:`~coinex_sdk._aiohttp.AiohttpSender`).
- :class:`HttpxSender` / :class:`AsyncHttpxSender`: a user's ``httpx.Client`` /
  ``httpx.AsyncClient`` (or the sync client's own through a proxy); signing happens in httpx's
  auth flow (:class:`~coinex_sdk._auth.CoinExAuth`) over ``url.raw_path`` and ``content`` as
  httpx sends them.

All sign with the one pure function :func:`~coinex_sdk._signing.http_sign_headers`. Senders
read the body *raw* (still content-encoded) so that no decoding error can lose the bytes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx

from ._actions import Action, Request, Sleep
from ._auth import CoinExAuth
from ._endpoint import Endpoint
from ._envelope import Envelope, Response
from ._transport import Transport

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["AsyncHttpxSender", "AsyncShell", "HttpxSender", "SyncShell"]

Flow = Generator[Any, Any, Any]
ACCEPT_ENCODING = "gzip, deflate"


def env_proxy(url: str) -> str | None:
    """The proxy the environment names for ``url``, as httpx reads it: ``NO_PROXY`` first, then
    the scheme's variable (``HTTP_PROXY``/``HTTPS_PROXY``), then ``ALL_PROXY``; or None."""
    import urllib.request
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname
    if host is not None and urllib.request.proxy_bypass(host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(urlsplit(url).scheme) or proxies.get("all") or None


def request_headers(method: str) -> dict[str, str]:
    """The headers every request carries (the auth headers are added when it is signed)."""
    from . import __version__

    headers = {
        "Accept": "application/json",
        "Accept-Encoding": ACCEPT_ENCODING,
        # Gateways in front of APIs often refuse requests that name no client.
        "User-Agent": f"coinex-sdk/{__version__}",
    }
    if method == "POST":
        headers["Content-Type"] = "application/json"
    return headers


class SyncSender(Protocol):
    def send(self, request: Request) -> Response: ...
    def close(self) -> None: ...
    def with_timeout(self, timeout: httpx.Timeout) -> SyncSender: ...


class AsyncSender(Protocol):
    async def send(self, request: Request) -> Response: ...
    async def aclose(self) -> None: ...
    def with_timeout(self, timeout: httpx.Timeout) -> AsyncSender: ...


C = TypeVar("C", httpx.Client, httpx.AsyncClient)


class _HttpxSenderBase(Generic[C]):
    """What the two httpx senders share: the client, the auth adapter, the per-sender timeout
    and the request they build."""

    def __init__(
        self,
        client: C,
        auth: CoinExAuth | None,
        owned: bool,
        timeout: httpx.Timeout | None = None,
    ) -> None:
        self.client: C = client
        self._auth = auth
        self._owned = owned
        # A client derived by with_options() shares the httpx client: its timeout rides on
        # each request (httpx prefers a request's own timeout to the client's).
        self._extensions = {"timeout": timeout.as_dict()} if timeout is not None else None

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A sender over the same httpx client (and pool) with another timeout; closing it
        leaves the client open."""
        return type(self)(self.client, self._auth, owned=False, timeout=timeout)

    def _prepare(self, request: Request) -> tuple[httpx.Request, CoinExAuth | None]:
        http = httpx.Request(
            request.method,
            request.url,
            content=request.content,
            headers=request_headers(request.method),
            extensions=self._extensions,
        )
        return http, self._auth if request.signed else None


class HttpxSender(_HttpxSenderBase[httpx.Client]):
    """Sends with a blocking ``httpx.Client``."""

    def send(self, request: Request) -> Response:
        http, auth = self._prepare(request)
        response = self.client.send(http, auth=auth, stream=True)
        if response.is_stream_consumed:  # already read (a mock transport's answer)
            return _decoded(response)
        try:
            content = b"".join(response.iter_raw())
        finally:
            response.close()
        return Response(response.status_code, response.headers, content)

    def close(self) -> None:
        if self._owned:
            self.client.close()


class AsyncHttpxSender(_HttpxSenderBase[httpx.AsyncClient]):
    """Sends with an awaiting ``httpx.AsyncClient``."""

    async def send(self, request: Request) -> Response:
        http, auth = self._prepare(request)
        response = await self.client.send(http, auth=auth, stream=True)
        if response.is_stream_consumed:  # already read (a mock transport's answer)
            return _decoded(response)
        try:
            content = b"".join([chunk async for chunk in response.aiter_raw()])
        finally:
            await response.aclose()
        return Response(response.status_code, response.headers, content)

    async def aclose(self) -> None:
        if self._owned:
            await self.client.aclose()


def _decoded(response: httpx.Response) -> Response:
    """An answer httpx read (and content-decoded) already: its bytes, as identity-encoded."""
    headers = response.headers.copy()
    headers.pop("content-encoding", None)
    return Response(response.status_code, headers, response.content)


Sender = TypeVar("Sender", SyncSender, AsyncSender)


class _Shell(Generic[Sender]):
    """A transport (what to send, and what the answers mean) and a sender (how to send)."""

    def __init__(self, transport: Transport, sender: Sender) -> None:
        self.transport = transport
        self.sender: Sender = sender


Answer = Response | httpx.HTTPError | None
"""What a flow is resumed with: the response to its :class:`Send`, the error the send raised,
or nothing (its first step, or after a :class:`Sleep`)."""


def _resume(flow: Flow, answer: Answer) -> Action:
    """The flow's next action, given the answer to its last one (an error is thrown into it);
    ``StopIteration`` carries its result when it is done."""
    if isinstance(answer, httpx.HTTPError):
        action: Action = flow.throw(answer)
    else:
        action = flow.send(answer)
    return action


class SyncShell(_Shell[SyncSender]):
    """Runs flows with a blocking sender."""

    def run(self, flow: Flow) -> Any:
        answer: Answer = None
        try:
            while True:
                action = _resume(flow, answer)
                if isinstance(action, Sleep):
                    time.sleep(action.seconds)
                    answer = None
                    continue
                try:
                    answer = self.sender.send(action.request)
                except httpx.HTTPError as exc:
                    answer = exc
        except StopIteration as stop:
            return stop.value

    def call(self, endpoint: Endpoint, args: Any, auth: bool | None = None) -> Envelope:
        result: Envelope = self.run(self.transport.flow(endpoint, args, auth))
        return result

    def data(self, endpoint: Endpoint, args: Any, auth: bool | None = None) -> Any:
        return self.call(endpoint, args, auth).data

    def sync_time(self) -> int:
        self.run(self.transport.clock_flow())
        return self.transport.clock.offset_ms

    def close(self) -> None:
        self.sender.close()


class AsyncShell(_Shell[AsyncSender]):
    """Runs flows with an awaiting sender."""

    async def run(self, flow: Flow) -> Any:
        answer: Answer = None
        try:
            while True:
                action = _resume(flow, answer)
                if isinstance(action, Sleep):
                    await asyncio.sleep(action.seconds)
                    answer = None
                    continue
                try:
                    answer = await self.sender.send(action.request)
                except httpx.HTTPError as exc:
                    answer = exc
        except StopIteration as stop:
            return stop.value

    async def call(self, endpoint: Endpoint, args: Any, auth: bool | None = None) -> Envelope:
        result: Envelope = await self.run(self.transport.flow(endpoint, args, auth))
        return result

    async def data(self, endpoint: Endpoint, args: Any, auth: bool | None = None) -> Any:
        return (await self.call(endpoint, args, auth)).data

    async def sync_time(self) -> int:
        await self.run(self.transport.clock_flow())
        return self.transport.clock.offset_ms

    async def aclose(self) -> None:
        await self.sender.aclose()
