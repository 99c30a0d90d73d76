"""The one signing transport every REST call goes through, sync or async: the *flow* of a call.

A call is a generator: it validates and encodes the arguments, reserves rate-limit tokens, yields
:class:`Send` (a finished request, signed by the shell over exactly the bytes it sends) and
:class:`Sleep` actions, decodes each answer (``_envelope``), and asks the pure
:func:`~coinex_sdk._retry.decide` what the answer proves: done, resend, re-sync the clock,
resolve an order placement by its client_id, or raise. ``_shell`` carries the actions out with a
blocking or an awaiting client, so every decision is written once (the sans-I/O idea of
python-websockets, the ``auth_flow`` idea of httpx).

Order placements (endpoints with ``recover_by_client_id`` in the spec) get a client_id generated
here when the caller gives none. When such a placement's outcome is unknown, the flow looks the
order up (pending, then finished orders, every page that can hold it) with backoff over the
settle window, and returns it as the placement's answer, or raises ``OrderOutcomeUnknownError``.
It never places a second order.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Generator, Mapping, Sequence
from typing import Any, Literal

import attrs
import httpx

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
    OrderOutcomeUnknownError,
    TimeoutError,
    TransportError,
    ValidationError,
)
from ._ratelimit import IP_GROUP, RateLimiter, RateLimitInfo
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

__all__ = ["CLIENT_ID_PREFIX", "Request", "Send", "Sleep", "TransportCore", "new_client_id"]

logger = logging.getLogger("coinex_sdk")

DEFAULT_BASE_URL = "https://api.coinex.com"
RateLimitMode = Literal["wait", "raise", "off"]
CLIENT_ID_PREFIX = "cxsdk-"
"""Client ids the SDK generates start with this (CoinEx: letters, digits, ``-``, ``_``; < 32 B)."""

_TIME_ENDPOINT = Endpoint(name="common.time", method="GET", path="/v2/time", auth=False)
# Failures where not one byte of the request was written: proof it was not acted on.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
# A lookup accepts an order created this long before our signed timestamp: CoinEx refuses a
# request whose timestamp is outside X-COINEX-WINDOWTIME (default 5000 ms) of its clock.
_LOOKUP_SLACK_MS = 6_000
_LOOKUP_PAGE_LIMIT = 100
_LOOKUP_MAX_PAGES = 10


def new_client_id() -> str:
    """A fresh client_id: the SDK's prefix and 24 random hex digits (30 bytes)."""
    return CLIENT_ID_PREFIX + secrets.token_hex(12)


@attrs.frozen(slots=True)
class Request:
    """A request ready to go: ``target`` (path and query) and ``content`` are the exact bytes
    sent, and the ones signed when ``signed``."""

    method: str
    url: str
    target: str
    content: bytes
    signed: bool


@attrs.frozen(slots=True)
class Send:
    request: Request


@attrs.frozen(slots=True)
class Sleep:
    seconds: float


Action = Send | Sleep


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
        self.retry = retry or RetryPolicy()
        self.rate_limit_mode: RateLimitMode = rate_limit
        self.limiter = RateLimiter(RATE_LIMITS)
        self.sync_time = sync_time
        self.auto_client_id = auto_client_id
        self.settle_window = (
            self.retry.settle_window if self.retry.settle_window is not None else settle_window
        )
        self.rate_limit_info: dict[str, RateLimitInfo] = {}
        """The latest ``X-RateLimit-*`` headers per rate-limit group."""

    def __repr__(self) -> str:
        who = self.credentials.access_id if self.credentials else None
        return f"TransportCore(base_url={self.base_url!r}, access_id={who!r})"

    # -- the flow ---------------------------------------------------------------------------

    def flow(
        self, endpoint: Endpoint, args: Mapping[str, Any], auth: bool | None = None
    ) -> Generator[Action, Any, Envelope]:
        """The whole life of one call, as actions for a shell to carry out."""
        signed = self._signed(endpoint, auth)
        if endpoint.places_orders and self.auto_client_id:
            args = _with_client_ids(endpoint, args)
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
            envelope, error, outcome = yield from self._attempt(endpoint, request)
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
                    _client_ids_note(endpoint, body),
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
                return (yield from self._resolve(endpoint, body, error, outcome, sent_ms))
            if outcome.klass == "unknown" and not endpoint.idempotent:
                logger.warning(
                    "%s %s%s: %s: the outcome is unknown%s; not resending",
                    endpoint.method,
                    endpoint.path,
                    _client_ids_note(endpoint, body),
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

    def _attempt(
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

    # -- resolving an order placement whose outcome is unknown ------------------------------

    def _resolve(
        self,
        endpoint: Endpoint,
        body: Mapping[str, Any],
        cause: CoinExError,
        outcome: Outcome,
        sent_ms: int,
    ) -> Generator[Action, Any, Envelope]:
        """Find the order(s) by client_id over the settle window; never send the placement again.

        Found: the order as the placement's answer (``recovered``). Not found when the window
        ends: ``OrderOutcomeUnknownError`` (a batch keeps going: its unresolved items carry the
        error). A lookup that fails is retried within the window.
        """
        batch = endpoint.batch_param
        items: list[Mapping[str, Any]] = list(body[batch.name]) if batch else [body]
        ids = [item.get("client_id") for item in items]
        wanted = {i for i, cid in enumerate(ids) if isinstance(cid, str)}
        found: dict[int, Any] = {}
        last: Envelope | None = None
        logger.info(
            "%s %s%s: %s: the outcome is unknown; looking the order up by client_id "
            "(settle window %.1f s), not resending",
            endpoint.method,
            endpoint.path,
            _client_ids_note(endpoint, body),
            outcome.reason,
            self.settle_window,
        )
        deadline = time.monotonic() + self.settle_window
        delay = 0.25
        while wanted - found.keys():
            for i in sorted(wanted - found.keys()):
                hit = yield from self._lookup(endpoint, items[i], str(ids[i]), sent_ms)
                if hit is not None:
                    found[i], last = hit
                    logger.info(
                        "%s %s client_id=%s: recovered: the order exists; not resending",
                        endpoint.method,
                        endpoint.path,
                        ids[i],
                    )
            left = deadline - time.monotonic()
            if left <= 0 or not wanted - found.keys():
                break
            yield Sleep(min(delay, left))
            delay = min(delay * 2, 2.0)
        missing = [i for i in range(len(items)) if i not in found]

        def unknown(indexes: Sequence[int]) -> OrderOutcomeUnknownError:
            cids = tuple(str(ids[i]) for i in indexes if isinstance(ids[i], str))
            why = (
                f"not found by client_id {', '.join(cids)} within the {self.settle_window:g} s "
                "settle window"
                if cids
                else "no client_id to look it up by (auto_client_id is off)"
            )
            logger.warning(
                "%s %s: outcome unknown after %s, %s; not resending",
                endpoint.method,
                endpoint.path,
                outcome.reason,
                why,
            )
            err = OrderOutcomeUnknownError(
                f"{endpoint.method} {endpoint.path}: the order may or may not have been placed "
                f"({cause}); {why}; it was not resent",
                method=endpoint.method,
                path=endpoint.path,
                client_ids=cids,
                cause=cause,
            )
            err.__cause__ = cause
            return err

        headers = last.headers if last is not None else {}
        if batch is None:
            if missing:
                raise unknown(missing)
            return Envelope(found[0], None, headers, 200, last.raw if last else b"", 0.0, True)
        if not found:
            raise unknown(missing)
        data = [
            {"code": 0, "message": "OK", "data": found[i]}
            if i in found
            else {"code": -1, "message": "outcome unknown; not resent", "data": None}
            for i in range(len(items))
        ]
        errors = {i: unknown([i]) for i in missing}
        return Envelope(data, None, headers, 200, b"", 0.0, True, errors)

    def _lookup(
        self, endpoint: Endpoint, item: Mapping[str, Any], client_id: str, sent_ms: int
    ) -> Generator[Action, Any, tuple[Any, Envelope] | None]:
        """The order with ``client_id`` in the pending then the finished orders, or None.

        A failed lookup (timeout, 5xx, garbage) counts as not found this round."""
        oldest = sent_ms - (self.window_time or 5000) - _LOOKUP_SLACK_MS
        for lookup in endpoint.recover_by_client_id:
            accepted = {p.name for p in lookup.params or ()}
            args: dict[str, Any] = {
                k: v for k, v in item.items() if k in accepted and k not in ("page", "limit")
            }
            if "limit" in accepted:
                args["limit"] = _LOOKUP_PAGE_LIMIT
            for page in range(1, _LOOKUP_MAX_PAGES + 1):
                if "page" in accepted:
                    args["page"] = page
                try:
                    query, _ = validate(lookup, args)
                except ValidationError as exc:
                    logger.warning(
                        "%s: cannot look client_id %s up: %s", lookup.name, client_id, exc
                    )
                    break
                target = lookup.path + "?" + encode_query(query)
                self._reserve_waiting(lookup)
                request = Request("GET", self.base_url + target, target, b"", True)
                envelope, _, outcome = yield from self._attempt(lookup, request)
                if envelope is None:
                    logger.info(
                        "%s client_id=%s: lookup failed (%s); trying again within the window",
                        lookup.path,
                        client_id,
                        outcome.reason,
                    )
                    return None
                rows = envelope.data if isinstance(envelope.data, list) else [envelope.data]
                for row in rows:
                    if (
                        isinstance(row, dict)
                        and row.get("client_id") == client_id
                        and _int_or(row.get("created_at"), oldest) >= oldest
                    ):
                        return row, envelope
                pagination = envelope.pagination or {}
                if not rows or not pagination.get("has_next"):
                    break
                # Newest first: a page that reaches back before our request ends the search.
                stamps = [_int_or(r.get("created_at"), oldest) for r in rows if isinstance(r, dict)]
                if not stamps or min(stamps) < oldest:
                    break
        return None

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

    def _reserve_waiting(self, lookup: Endpoint) -> None:
        # Lookups keep the account under CoinEx's limits too, but never raise: they run inside
        # a call whose order may exist. Their wait is part of the settle window.
        if self.rate_limit_mode != "off" and lookup.rate_limit:
            self.limiter.reserve((IP_GROUP, lookup.rate_limit), 1)


def _with_client_ids(endpoint: Endpoint, args: Mapping[str, Any]) -> Mapping[str, Any]:
    """``args`` with a fresh client_id for the order (or each batch item) that has none."""
    batch = endpoint.batch_param
    if batch is None:
        if args.get("client_id") is None:
            return {**args, "client_id": new_client_id()}
        return args
    items = args.get(batch.name)
    if isinstance(items, (str, bytes, Mapping)) or not isinstance(items, Sequence):
        return args  # validation says what is wrong
    filled = [
        {**item, "client_id": new_client_id()}
        if isinstance(item, Mapping) and item.get("client_id") is None
        else item
        for item in items
    ]
    return {**args, batch.name: filled}


def _client_ids_note(endpoint: Endpoint, body: Mapping[str, Any]) -> str:
    if not endpoint.places_orders:
        return ""
    batch = endpoint.batch_param
    items = body.get(batch.name, ()) if batch else (body,)
    ids = [str(i.get("client_id")) for i in items if isinstance(i, Mapping)]
    return f" client_id={','.join(ids)}"


def _int_or(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _cost(endpoint: Endpoint, query: Mapping[str, Any], body: Mapping[str, Any]) -> int:
    if endpoint.cost_param is None:
        return 1
    items = body.get(endpoint.cost_param, query.get(endpoint.cost_param))
    return max(1, len(items)) if isinstance(items, list) else 1


def _transport_error(exc: httpx.HTTPError, endpoint: Endpoint) -> TransportError:
    cls = TimeoutError if isinstance(exc, httpx.TimeoutException) else TransportError
    return cls(f"{type(exc).__name__}: {exc}", method=endpoint.method, path=endpoint.path)
