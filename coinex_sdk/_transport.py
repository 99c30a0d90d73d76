"""The one signing transport every REST call goes through, sync or async.

A call is a *flow*: a generator that validates and encodes the arguments, reserves rate-limit
tokens, builds the request, signs it (in :class:`CoinExAuth`, over the exact bytes httpx sends),
decodes the envelope, and decides about retries and clock re-syncs. It yields :class:`Send` and
:class:`Sleep` actions; :class:`SyncShell` and :class:`AsyncShell` carry them out with a blocking
or an awaiting httpx client. So every decision is written once (the sans-I/O idea of
python-websockets, the ``auth_flow`` idea of httpx).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Generator, Mapping
from typing import Any, Literal

import attrs
import httpx

from ._clock import Clock
from ._credentials import Credentials
from ._endpoint import Endpoint, validate
from ._exceptions import (
    API_ERROR_CLASSES,
    ApiError,
    CredentialsError,
    DecodeError,
    HTTPStatusError,
    InvalidOrderError,
    LocalRateLimitError,
    TimeoutError,
    TransportError,
)
from ._ratelimit import IP_GROUP, RateLimiter, RateLimitInfo
from ._retry import TIMESTAMP_CODES, RetryPolicy, parse_retry_after
from ._signing import http_sign_headers
from ._wire import decode_json, encode_body, encode_query

__all__ = ["CoinExAuth", "Envelope", "TransportCore"]

logger = logging.getLogger("coinex_sdk")

DEFAULT_BASE_URL = "https://api.coinex.com"
RateLimitMode = Literal["wait", "raise", "off"]

_TIME_ENDPOINT = Endpoint(name="common.time", method="GET", path="/v2/time", auth=False)
# Failures where the request cannot have reached CoinEx: safe to resend even an order.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


class CoinExAuth(httpx.Auth):
    """Signs a request in httpx's auth flow, over ``url.raw_path`` and ``content`` as sent."""

    requires_request_body = True

    def __init__(self, credentials: Credentials, clock: Clock, window_time: int | None) -> None:
        self._credentials = credentials
        self._clock = clock
        self._window_time = window_time

    def __repr__(self) -> str:
        return f"CoinExAuth(access_id={self._credentials.access_id!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(
            http_sign_headers(
                self._credentials,
                request.method,
                request.url.raw_path,
                request.content,
                self._clock.now_ms(),
                self._window_time,
            )
        )
        yield request


@attrs.frozen
class Send:
    request: httpx.Request
    auth: httpx.Auth | None


@attrs.frozen
class Sleep:
    seconds: float


Action = Send | Sleep


@attrs.frozen
class Envelope:
    """A decoded success envelope: ``data`` plus the pagination info CoinEx sent with it."""

    data: Any
    pagination: Mapping[str, Any] | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict, repr=False)
    status_code: int = 200
    raw: bytes = attrs.field(default=b"", repr=False)
    """The response body exactly as received (what a DecodeError keeps)."""
    elapsed: float = 0.0
    """Seconds from sending the request to having the whole answer."""


def error_class(code: int) -> type[ApiError]:
    """The ApiError subclass for a CoinEx code, from the generated table of spec/errors.yaml."""
    from ._generated.errors import ERROR_CLASSES

    name = ERROR_CLASSES.get(code)
    if name is not None:
        return API_ERROR_CLASSES[name]
    if 3600 <= code < 3700:  # the order-rule family (docs error table)
        return InvalidOrderError
    return ApiError


class TransportCore:
    """Credentials, clock, limiter and retry policy shared by every call of one client."""

    def __init__(
        self,
        *,
        credentials: Credentials | None,
        base_url: str = DEFAULT_BASE_URL,
        window_time: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimitMode = "wait",
        sync_time: bool = False,
        clock: Clock | None = None,
    ) -> None:
        from ._generated.rate_limits import RATE_LIMITS

        base = base_url.rstrip("/")
        if base.endswith("/v2"):
            base = base[:-3]
        self.base_url = base
        self.credentials = credentials
        self.clock = clock or Clock()
        self.retry = retry or RetryPolicy()
        self.rate_limit_mode: RateLimitMode = rate_limit
        self.limiter = RateLimiter(RATE_LIMITS)
        self.sync_time = sync_time
        self.rate_limit_info: dict[str, RateLimitInfo] = {}
        """The latest ``X-RateLimit-*`` headers per rate-limit group."""
        self._auth = (
            CoinExAuth(credentials, self.clock, window_time) if credentials is not None else None
        )

    def __repr__(self) -> str:
        who = self.credentials.access_id if self.credentials else None
        return f"TransportCore(base_url={self.base_url!r}, access_id={who!r})"

    # -- the flow ---------------------------------------------------------------------------

    def flow(
        self, endpoint: Endpoint, args: Mapping[str, Any], auth: bool | None = None
    ) -> Generator[Action, Any, Envelope]:
        """The whole life of one call, as actions for a shell to carry out."""
        signer = self._signer(endpoint, auth)
        query, body = validate(endpoint, args)
        target = endpoint.path + ("?" + encode_query(query) if query else "")
        content = encode_body(body) if endpoint.method == "POST" else b""
        cost = _cost(endpoint, query, body)
        groups = (IP_GROUP, endpoint.rate_limit) if endpoint.rate_limit else (IP_GROUP,)
        if signer is not None and self.sync_time and not self.clock.synced:
            yield from self._sync_clock()
        retries = 0
        resynced = False
        while True:
            wait = self._reserve(groups, cost)
            if wait > 0:
                yield Sleep(wait)
            request = self._request(endpoint.method, target, content)
            started = time.perf_counter()
            try:
                response = yield Send(request, signer)
            except httpx.HTTPError as exc:
                sent = not isinstance(exc, _NOT_SENT)
                if retries < self.retry.max_retries and (endpoint.idempotent or not sent):
                    retries += 1
                    logger.debug(
                        "%s %s failed (%r); retry %d", request.method, endpoint.path, exc, retries
                    )
                    yield Sleep(self.retry.delay(retries))
                    continue
                if retries < self.retry.max_retries and _recoverable(endpoint, body):
                    retries += 1
                    yield Sleep(self.retry.delay(retries))
                    found = yield from self._find_by_client_id(endpoint, body)
                    if found is not None:
                        return found
                    continue
                raise _transport_error(exc, endpoint) from exc
            logger.debug(
                "%s %s -> %d in %.1f ms",
                endpoint.method,
                endpoint.path,
                response.status_code,
                (time.perf_counter() - started) * 1000,
            )
            try:
                envelope = self._decode(endpoint, response)
                return attrs.evolve(envelope, elapsed=time.perf_counter() - started)
            except ApiError as err:
                if err.code in TIMESTAMP_CODES and signer is not None and not resynced:
                    resynced = True
                    yield from self._sync_clock()
                    continue
                if retries < self.retry.max_retries and self.retry.may_retry_api_code(
                    err.code, endpoint.idempotent
                ):
                    retries += 1
                    yield Sleep(self._delay(retries, response))
                    continue
                raise
            except HTTPStatusError:
                if retries < self.retry.max_retries and self.retry.may_retry_status(
                    response.status_code, endpoint.idempotent
                ):
                    retries += 1
                    yield Sleep(self._delay(retries, response))
                    continue
                if (
                    retries < self.retry.max_retries
                    and response.status_code >= 500
                    and _recoverable(endpoint, body)
                ):
                    retries += 1
                    yield Sleep(self._delay(retries, response))
                    found = yield from self._find_by_client_id(endpoint, body)
                    if found is not None:
                        return found
                    continue
                raise

    def _find_by_client_id(
        self, endpoint: Endpoint, body: Mapping[str, Any]
    ) -> Generator[Action, Any, Envelope | None]:
        """After an order placement may or may not have reached CoinEx, look the order up by
        its client_id in every endpoint the spec names; return it if it exists (so the caller
        gets the placed order), None if it does not (so resending cannot duplicate it).
        A failed lookup re-raises: then nobody knows, and nothing is resent."""
        from ._generated.endpoints import BY_NAME

        client_id = body["client_id"]
        for name in endpoint.recover_by_client_id or ():
            lookup = BY_NAME[name]
            accepted = {p.name for p in lookup.params or ()}
            args = {k: v for k, v in body.items() if k in accepted}
            query, _ = validate(lookup, args)
            target = lookup.path + "?" + encode_query(query)
            response = yield Send(self._request("GET", target, b""), self._auth)
            envelope = self._decode(lookup, response)
            items = envelope.data if isinstance(envelope.data, list) else [envelope.data]
            for item in items:
                if isinstance(item, dict) and item.get("client_id") == client_id:
                    logger.debug(
                        "%s: found client_id %s after a failure; not resending",
                        endpoint.path,
                        client_id,
                    )
                    return Envelope(item, None, envelope.headers)
        logger.debug("%s: client_id %s not found; resending", endpoint.path, client_id)
        return None

    def _signer(self, endpoint: Endpoint, auth: bool | None) -> httpx.Auth | None:
        wanted = endpoint.auth if auth is None and endpoint.params is not None else auth
        if wanted is False:
            return None
        if self._auth is None:
            if wanted:
                raise CredentialsError(
                    f"{endpoint.method} {endpoint.path} needs credentials: pass access_id and "
                    "secret_key or set COINEX_ACCESS_ID / COINEX_SECRET_KEY"
                )
            return None
        return self._auth

    def _reserve(self, groups: tuple[str, ...], cost: int) -> float:
        if self.rate_limit_mode == "off":
            return 0.0
        if self.rate_limit_mode == "raise":
            group, wait = self.limiter.peek(groups, cost)
            if wait > 0:
                raise LocalRateLimitError(group, wait)
        return self.limiter.reserve(groups, cost)

    def _request(self, method: str, target: str, content: bytes) -> httpx.Request:
        headers = {"Accept": "application/json"}
        if method == "POST":
            headers["Content-Type"] = "application/json"
        return httpx.Request(method, self.base_url + target, content=content, headers=headers)

    def _delay(self, retries: int, response: httpx.Response) -> float:
        return self.retry.delay(retries, parse_retry_after(response.headers.get("retry-after")))

    def _sync_clock(self) -> Generator[Action, Any, None]:
        sent = Clock.local_ms()
        response = yield Send(self._request("GET", _TIME_ENDPOINT.path, b""), None)
        received = Clock.local_ms()
        envelope = self._decode(_TIME_ENDPOINT, response)
        self.clock.learn(sent, received, int(envelope.data["timestamp"]))
        logger.debug("clock synced: offset %d ms", self.clock.offset_ms)

    def _decode(self, endpoint: Endpoint, response: httpx.Response) -> Envelope:
        raw = response.content
        method, path = endpoint.method, endpoint.path
        headers = dict(response.headers)
        if response.status_code != 200:
            raise HTTPStatusError(
                method=method,
                path=path,
                status_code=response.status_code,
                body=raw,
                headers=headers,
            )
        try:
            envelope = decode_json(raw)
        except ValueError:
            raise DecodeError(
                "response is not JSON",
                method=method,
                path=path,
                status_code=200,
                body=raw,
                headers=headers,
            ) from None
        code = envelope.get("code") if isinstance(envelope, dict) else None
        if not isinstance(code, int) or isinstance(code, bool):
            raise DecodeError(
                "response is not a CoinEx envelope (no integer 'code')",
                method=method,
                path=path,
                status_code=200,
                body=raw,
                headers=headers,
            )
        if endpoint.rate_limit is not None:
            info = RateLimitInfo.from_headers(headers)
            if info is not None:
                self.rate_limit_info[endpoint.rate_limit] = info
        if code != 0:
            raise error_class(code)(
                code=code,
                message=str(envelope.get("message") or ""),
                method=method,
                path=path,
                body=raw,
                headers=headers,
                data=envelope.get("data"),
            )
        # CoinEx misspells the key as "paginatation" on some endpoints (deposit-history).
        pagination = envelope.get("pagination", envelope.get("paginatation"))
        return Envelope(envelope.get("data"), pagination, headers, response.status_code, raw)


def _recoverable(endpoint: Endpoint, body: Mapping[str, Any]) -> bool:
    return bool(endpoint.recover_by_client_id) and isinstance(body.get("client_id"), str)


def _cost(endpoint: Endpoint, query: Mapping[str, Any], body: Mapping[str, Any]) -> int:
    if endpoint.cost_param is None:
        return 1
    items = body.get(endpoint.cost_param, query.get(endpoint.cost_param))
    return max(1, len(items)) if isinstance(items, list) else 1


def _transport_error(exc: httpx.HTTPError, endpoint: Endpoint) -> TransportError:
    cls = TimeoutError if isinstance(exc, httpx.TimeoutException) else TransportError
    return cls(f"{type(exc).__name__}: {exc}", method=endpoint.method, path=endpoint.path)


class SyncShell:
    """Runs flows with a blocking ``httpx.Client``."""

    def __init__(self, core: TransportCore, client: httpx.Client) -> None:
        self.core = core
        self.client = client

    def run(self, flow: Generator[Action, Any, Envelope]) -> Envelope:
        try:
            action = next(flow)
            while True:
                if isinstance(action, Send):
                    try:
                        response = self.client.send(action.request, auth=action.auth)
                    except httpx.HTTPError as exc:
                        action = flow.throw(exc)
                    else:
                        action = flow.send(response)
                else:
                    time.sleep(action.seconds)
                    action = flow.send(None)
        except StopIteration as stop:
            result: Envelope = stop.value
            return result

    def call(
        self, endpoint: Endpoint, args: Mapping[str, Any], auth: bool | None = None
    ) -> Envelope:
        return self.run(self.core.flow(endpoint, args, auth))


class AsyncShell:
    """Runs flows with an awaiting ``httpx.AsyncClient``.

    With ``direct`` (the client's own default transport) a request skips httpx's client
    machinery (redirects, cookies, event hooks: none of which CoinEx uses) and goes to the
    transport right after the same auth flow has signed it; that halves the CPU per call.
    """

    def __init__(
        self,
        core: TransportCore,
        client: httpx.AsyncClient,
        direct: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.core = core
        self.client = client
        self._direct = direct
        self._timeout = client.timeout.as_dict()

    async def _send(self, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
        if self._direct is None:
            return await self.client.send(request, auth=auth)
        if auth is not None:
            request = next(auth.auth_flow(request))
        request.extensions["timeout"] = self._timeout
        return await self._direct.handle_async_request(request)

    async def run(self, flow: Generator[Action, Any, Envelope]) -> Envelope:
        try:
            action = next(flow)
            while True:
                if isinstance(action, Send):
                    try:
                        response = await self._send(action.request, action.auth)
                    except httpx.HTTPError as exc:
                        action = flow.throw(exc)
                    else:
                        action = flow.send(response)
                else:
                    await asyncio.sleep(action.seconds)
                    action = flow.send(None)
        except StopIteration as stop:
            result: Envelope = stop.value
            return result

    async def call(
        self, endpoint: Endpoint, args: Mapping[str, Any], auth: bool | None = None
    ) -> Envelope:
        return await self.run(self.core.flow(endpoint, args, auth))
