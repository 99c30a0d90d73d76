"""A client's configuration: one frozen value that :class:`CoinEx` and :class:`AsyncCoinEx` hold.

The constructor options are listed once, in :class:`ClientOptions` (what an IDE shows for
``CoinEx(...)``) and :class:`ClientConfig` (the value, with defaults and normalisation);
``cx.with_options(...)`` evolves the value for a client that shares everything else.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Literal, TypedDict

import attrs
import httpx

from ._retry import RetryPolicy

if TYPE_CHECKING:
    from .ws import WsTimings

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "CallOptions", "ClientConfig", "ClientOptions"]

DEFAULT_BASE_URL = "https://api.coinex.com"
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
RateLimitMode = Literal["wait", "raise", "off"]


class CallOptions(TypedDict, total=False):
    """Options a derived client may change: ``cx.with_options(timeout=2, max_retries=0)``."""

    timeout: float | httpx.Timeout | None
    max_retries: int | None
    retry: RetryPolicy | None
    rate_limit: RateLimitMode
    strict: bool
    sync_time: bool
    auto_client_id: bool
    check_orders: bool


class ClientOptions(CallOptions, total=False):
    """Every keyword option of the ``CoinEx`` and ``AsyncCoinEx`` constructors."""

    base_url: str | None
    proxy: str | None
    window_time: int | None
    ws_url: str | None
    ws_timings: WsTimings | None


def _base_url(value: str | None) -> str:
    return value or os.environ.get("COINEX_BASE_URL") or DEFAULT_BASE_URL


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _retry(value: RetryPolicy | None) -> RetryPolicy:
    return value or RetryPolicy()


def _without_password(url: str | None) -> str | None:
    """A proxy URL as a repr may show it: its password (``user:pass@``) replaced by ``***``."""
    if url is None or "@" not in url:
        return url
    scheme, sep, rest = url.rpartition("://")
    userinfo, _, host = rest.rpartition("@")
    user = userinfo.split(":", 1)[0]
    return f"{scheme}{sep}{user}:***@{host}"


@attrs.frozen(kw_only=True)
class ClientConfig:
    """How a client talks to CoinEx. Every field is a constructor keyword of both clients.

    Args:
        base_url: REST host (default ``https://api.coinex.com``, or ``$COINEX_BASE_URL``); a
            trailing ``/v2`` is accepted. Point it at a sandbox for tests.
        timeout: Seconds (or an ``httpx.Timeout``) per HTTP request; default 10 s, 5 s to
            connect. With a user-supplied ``http_client`` it applies to this SDK's requests
            only (the client object is left as it is).
        max_retries: Shortcut for ``retry.max_retries``; wins over it when given. 0 turns
            retries off.
        retry: When and how patiently a failed call is sent again (see ``RetryPolicy``); a
            request that may have reached CoinEx is never resent unless CoinEx's answer proves
            it was not acted on.
        rate_limit: ``"wait"`` (default) sleeps until the client-side limiter of CoinEx's
            rate-limit group has room, ``"raise"`` raises ``LocalRateLimitError`` instead,
            ``"off"`` sends at once.
        strict: Reject response fields and enum values the spec does not know (the test
            suite's mode); by default they are kept in ``unknown_fields`` / decoded as unknown.
        sync_time: Learn the offset to CoinEx's clock (``GET /v2/time``) before the first
            signed call; otherwise only after CoinEx rejects a timestamp.
        auto_client_id: Give every order placed without a ``client_id`` one (``cxsdk-...``),
            so an order whose answer was lost can be found instead of placed twice.
        check_orders: Check every order placement against the market's rules
            (``cx.markets``: precision, minimum amount) before sending, raising
            ``ValidationError``. Off by default: it costs one market query per market on first
            use, and CoinEx checks anyway; turn it on to fail fast without a round trip.
        proxy: Proxy URL for REST requests, e.g. ``http://user:pass@127.0.0.1:3128``.
            Without it both clients honour ``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``ALL_PROXY`` /
            ``NO_PROXY`` (read when the client is made). Not with your own ``http_client``.
        window_time: ``X-COINEX-WINDOWTIME`` in ms: how long a signed request stays valid
            (CoinEx's default, 5000 ms, when None).
        ws_url: WebSocket host for ``cx.ws`` (default CoinEx's socket host, or this client's
            host over ws:// when ``base_url`` is not CoinEx's).
        ws_timings: Ping, timeout and reconnect timers of ``cx.ws`` (see ``WsTimings``).
    """

    base_url: str = attrs.field(default=None, converter=_base_url)
    timeout: httpx.Timeout = attrs.field(default=None, converter=_timeout)
    max_retries: int | None = None
    retry: RetryPolicy = attrs.field(default=None, converter=_retry)
    rate_limit: RateLimitMode = "wait"
    strict: bool = False
    sync_time: bool = False
    auto_client_id: bool = True
    check_orders: bool = False
    proxy: str | None = attrs.field(default=None, repr=lambda url: repr(_without_password(url)))
    window_time: int | None = None
    ws_url: str | None = None
    ws_timings: WsTimings | None = None

    @property
    def retry_policy(self) -> RetryPolicy:
        """``retry`` with ``max_retries`` applied."""
        if self.max_retries is None:
            return self.retry
        return attrs.evolve(self.retry, max_retries=self.max_retries)
