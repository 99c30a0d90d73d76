"""The one signing transport every REST call goes through, sync or async: the *flow* of a call.

A call is a generator: it validates and encodes the arguments, reserves rate-limit tokens, yields
:class:`Send` (a finished request, signed by the shell over exactly the bytes it sends) and
:class:`Sleep` actions, decodes each answer (``_envelope``), and asks the pure
:func:`~coinex_sdk._retry.decide` what the answer proves: done, resend, re-sync the clock,
resolve an order placement by its client_id, or raise. ``_shell`` carries the actions out with a
blocking or an awaiting client, so every decision is written once (the sans-I/O idea of
python-websockets, the ``auth_flow`` idea of httpx).

Order placements (endpoints with ``recover_by_client_id`` in the spec) get a client_id when the
caller gives none, and an unknown outcome hands over to ``_resolve``, which looks the order up
by it: the flow never places a second order.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Generator, Mapping
from typing import Any, Literal

import httpx

from ._actions import Action, Request, Send, Sleep
from ._clock import Clock
from ._credentials import Credentials
from ._endpoint import Endpoint, validate
from ._envelope import Envelope, Response, decode_envelope
from ._exceptions import (
    ApiError,
    CoinExError,
    CredentialsError,
    DecodeError,
    HTTPStatusError,
    LocalRateLimitError,
    TimeoutError,
    TransportError,
)
from ._ratelimit import IP_GROUP, RateLimiter, RateLimitInfo
from ._resolve import client_ids_note, resolve, with_client_ids
from ._retry import (
    Outcome,
    OutcomeClass,
    RetryPolicy,
    classify_code,
    classify_status,
    decide,
    parse_retry_after,
)
from ._signing import http_sign_headers
from ._wire import encode_body, encode_query

__all__ = ["DEFAULT_BASE_URL", "RateLimitMode", "Transport"]

logger = logging.getLogger("coinex_sdk")

DEFAULT_BASE_URL = "https://api.coinex.com"
RateLimitMode = Literal["wait", "raise", "off"]

_TIME_ENDPOINT = Endpoint(name="common.time", method="GET", path="/v2/time", auth=False)
# Failures where not one byte of the request was written: proof it was not acted on.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


class Transport:
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
        auto_client_id: bool = True,
        settle_window: float = 20.0,
    ) -> None:
        from ._generated.rate_limits import RATE_LIMITS

        base = base_url.rstrip("/")
        if base.endswith("/v2"):
            base = base[:-3]
        self.base_url = base
        self.credentials = credentials
        self.clock = clock or Clock()
        self.window_time = window_time
        self.limiter = RateLimiter(RATE_LIMITS)
        self.rate_limit_info: dict[str, RateLimitInfo] = {}
        """The latest ``X-RateLimit-*`` headers per rate-limit group."""
        self.configure(
            retry=retry,
            rate_limit=rate_limit,
            sync_time=sync_time,
            auto_client_id=auto_client_id,
            settle_window=settle_window,
        )

    def configure(
        self,
        *,
        retry: RetryPolicy | None,
        rate_limit: RateLimitMode,
        sync_time: bool,
        auto_client_id: bool,
        settle_window: float,
    ) -> None:
        """Set the per-call options (what ``with_options()`` may change on a shallow copy that
        keeps the credentials, clock, limiter and rate-limit info)."""
        self.retry = retry or RetryPolicy()
        self.rate_limit_mode: RateLimitMode = rate_limit
        self.sync_time = sync_time
        self.auto_client_id = auto_client_id
        self.settle_window = (
            self.retry.settle_window if self.retry.settle_window is not None else settle_window
        )

    def __repr__(self) -> str:
        who = self.credentials.access_id if self.credentials else None
        return f"Transport(base_url={self.base_url!r}, access_id={who!r})"

    # -- the flow ---------------------------------------------------------------------------

    def flow(
        self, endpoint: Endpoint, args: Mapping[str, Any], auth: bool | None = None
    ) -> Generator[Action, Any, Envelope]:
        """The whole life of one call, as actions for a shell to carry out."""
        signed = self._signed(endpoint, auth)
        if endpoint.places_orders and self.auto_client_id:
            args = with_client_ids(endpoint, args)
        query, body = validate(endpoint, args)
        target = endpoint.path + ("?" + encode_query(query) if query else "")
        content = encode_body(body) if endpoint.method == "POST" else b""
        request = Request(endpoint.method, self.base_url + target, target, content, signed)
        cost = _cost(endpoint, query, body)
        groups = (IP_GROUP, endpoint.rate_limit) if endpoint.rate_limit else (IP_GROUP,)
        if signed and self.sync_time and not self.clock.synced:
            yield from self.clock_flow()
        retries = 0
        resynced = False
        while True:
            wait = self._reserve(groups, cost)
            if wait > 0:
                yield Sleep(wait)
            sent_ms = self.clock.now_ms()
            envelope, error, outcome = yield from self.attempt(endpoint, request)
            if envelope is not None:
                return envelope
            assert error is not None
            decision = decide(
                outcome,
                idempotent=endpoint.idempotent,
                places_orders=endpoint.places_orders,
                retries=retries,
                resynced=resynced,
                signed=signed,
                policy=self.retry,
            )
            if decision.action == "retry":
                retries += 1
                logger.info(
                    "%s %s%s: %s (%s); resending (retry %d) in %.2f s",
                    endpoint.method,
                    endpoint.path,
                    client_ids_note(endpoint, body),
                    outcome.reason,
                    outcome.klass,
                    retries,
                    decision.delay,
                )
                yield Sleep(decision.delay)
                continue
            if decision.action == "resync":
                resynced = True
                logger.info(
                    "%s %s: %s; re-syncing the clock and resending",
                    endpoint.method,
                    endpoint.path,
                    outcome.reason,
                )
                yield from self.clock_flow()
                continue
            if decision.action == "resolve":
                return (yield from resolve(self, endpoint, body, error, outcome, sent_ms))
            if outcome.klass == "unknown" and not endpoint.idempotent:
                logger.warning(
                    "%s %s%s: %s: the outcome is unknown%s; not resending",
                    endpoint.method,
                    endpoint.path,
                    client_ids_note(endpoint, body),
                    outcome.reason,
                    " and it moves money" if endpoint.moves_money else "",
                )
            raise error

    def clock_flow(self) -> Generator[Action, Any, None]:
        """Learn the offset to CoinEx's clock from ``GET /v2/time``."""
        sent = Clock.local_ms()
        try:
            response = yield Send(
                Request("GET", self.base_url + "/v2/time", "/v2/time", b"", False)
            )
        except httpx.HTTPError as exc:
            raise _transport_error(exc, _TIME_ENDPOINT) from exc
        received = Clock.local_ms()
        envelope = decode_envelope(_TIME_ENDPOINT, response)
        data = envelope.data
        stamp = data.get("timestamp") if isinstance(data, dict) else None
        if not isinstance(stamp, int) or isinstance(stamp, bool) or stamp <= 0:
            raise DecodeError(
                "GET /v2/time: no integer 'timestamp' in data",
                method="GET",
                path="/v2/time",
                status_code=200,
                body=envelope.raw,
                headers=dict(envelope.headers),
            )
        self.clock.learn(sent, received, stamp)
        logger.debug("clock synced: offset %d ms", self.clock.offset_ms)

    # -- one send ---------------------------------------------------------------------------

    def attempt(
        self, endpoint: Endpoint, request: Request
    ) -> Generator[Action, Any, tuple[Envelope | None, CoinExError | None, Outcome]]:
        """Send once; the envelope, or the typed error and what it proves."""
        started = time.perf_counter()
        try:
            response: Response = yield Send(request)
        except httpx.HTTPError as exc:
            klass: OutcomeClass = "rejected" if isinstance(exc, _NOT_SENT) else "unknown"
            logger.debug("%s %s failed: %r", request.method, endpoint.path, exc)
            return None, _transport_error(exc, endpoint), Outcome(klass, type(exc).__name__)
        elapsed = time.perf_counter() - started
        if endpoint.rate_limit is not None:
            info = RateLimitInfo.from_headers(response.headers)
            if info is not None:
                self.rate_limit_info[endpoint.rate_limit] = info
        try:
            envelope = decode_envelope(endpoint, response, elapsed)
        except ApiError as err:
            outcome = Outcome(
                classify_code(err.code),
                f"CoinEx code {err.code}",
                err.code,
                parse_retry_after(response.headers.get("retry-after")),
            )
            error: CoinExError = err
        except HTTPStatusError as err:
            status = response.status_code
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            outcome = Outcome(classify_status(status), f"HTTP {status}", None, retry_after)
            error = err
        except DecodeError as err:
            outcome, error = Outcome("unknown", err.reason), err
        else:
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "%s %s -> 200 in %.1f ms", request.method, endpoint.path, elapsed * 1000
                )
            return envelope, None, Outcome("ok", "ok")
        logger.debug(
            "%s %s -> HTTP %d, %s in %.1f ms",
            request.method,
            endpoint.path,
            response.status_code,
            outcome.reason,
            elapsed * 1000,
        )
        return None, error, outcome

    # -- helpers ----------------------------------------------------------------------------

    def sign(self, request: Request) -> dict[str, str]:
        """The auth headers for ``request``, over its target and body exactly as they are sent
        (senders that build no httpx request call this; httpx's auth adapter signs the same)."""
        assert self.credentials is not None
        return http_sign_headers(
            self.credentials,
            request.method,
            request.target.encode("ascii"),
            request.content,
            self.clock.now_ms(),
            self.window_time,
        )

    def _signed(self, endpoint: Endpoint, auth: bool | None) -> bool:
        wanted = endpoint.auth if auth is None and endpoint.params is not None else auth
        if wanted is False:
            return False
        if self.credentials is None:
            if wanted:
                raise CredentialsError(
                    f"{endpoint.method} {endpoint.path} needs credentials: pass access_id and "
                    "secret_key or set COINEX_ACCESS_ID / COINEX_SECRET_KEY"
                )
            return False
        return True

    def _reserve(self, groups: tuple[str, ...], cost: int) -> float:
        if self.rate_limit_mode == "off":
            return 0.0
        if self.rate_limit_mode == "raise":
            group, wait = self.limiter.peek(groups, cost)
            if wait > 0:
                raise LocalRateLimitError(group, wait)
        return self.limiter.reserve(groups, cost)


def _cost(endpoint: Endpoint, query: Mapping[str, Any], body: Mapping[str, Any]) -> int:
    if endpoint.cost_param is None:
        return 1
    items = body.get(endpoint.cost_param, query.get(endpoint.cost_param))
    return max(1, len(items)) if isinstance(items, list) else 1


def _transport_error(exc: httpx.HTTPError, endpoint: Endpoint) -> TransportError:
    cls = TimeoutError if isinstance(exc, httpx.TimeoutException) else TransportError
    return cls(f"{type(exc).__name__}: {exc}", method=endpoint.method, path=endpoint.path)
