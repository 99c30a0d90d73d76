"""Client-side rate limiting: one token bucket per CoinEx rate-limit group.

CoinEx limits each account per group with a token bucket refilled every second (docs "Rate
Limit"; e.g. spot place & edit 30r/1s) and every IP at 400r/1s across all endpoints. Batch
requests cost their item count. The limiter reserves tokens up front and says how long the
caller must wait; the caller (sync or async shell) does the waiting. Reserving may run into debt,
so concurrent callers queue up in order instead of all waking at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping

import attrs

__all__ = ["IP_GROUP", "RateLimitInfo", "RateLimiter"]

IP_GROUP = "ip"


class _Bucket:
    __slots__ = ("capacity", "rate", "stamp", "tokens")

    def __init__(self, rate: float, now: float) -> None:
        self.rate = rate
        self.capacity = rate
        self.tokens = rate
        self.stamp = now

    def refill(self, now: float) -> None:
        if now > self.stamp:
            self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
            self.stamp = now

    def wait_for(self, cost: float) -> float:
        """Seconds until ``cost`` tokens are there (0 when they are now)."""
        missing = cost - self.tokens
        return missing / self.rate if missing > 0 else 0.0


class RateLimiter:
    """Token buckets per group; thread-safe; ``rates`` maps group -> requests per second."""

    def __init__(
        self,
        rates: Mapping[str, float],
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._rates = dict(rates)
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def _bucket(self, group: str, now: float) -> _Bucket | None:
        bucket = self._buckets.get(group)
        if bucket is None:
            rate = self._rates.get(group)
            if rate is None:
                return None
            bucket = self._buckets[group] = _Bucket(rate, now)
        bucket.refill(now)
        return bucket

    def peek(self, groups: Iterable[str], cost: float = 1) -> tuple[str, float]:
        """The group that would make a call wait longest, and how long; takes nothing."""
        with self._lock:
            now = self._clock()
            worst, wait = "", 0.0
            for group in groups:
                bucket = self._bucket(group, now)
                if bucket is not None and bucket.wait_for(cost) > wait:
                    worst, wait = group, bucket.wait_for(cost)
            return worst, wait

    def reserve(self, groups: Iterable[str], cost: float = 1) -> float:
        """Take ``cost`` tokens from every group; return the seconds to wait before sending."""
        with self._lock:
            now = self._clock()
            wait = 0.0
            buckets = [b for g in groups if (b := self._bucket(g, now)) is not None]
            for bucket in buckets:
                wait = max(wait, bucket.wait_for(cost))
            for bucket in buckets:
                bucket.tokens -= cost
            return wait


@attrs.frozen
class RateLimitInfo:
    """CoinEx's ``X-RateLimit-*`` response headers of the latest call in one group."""

    limit: int | None
    remaining: int | None
    long_period_remaining: dict[str, int] = attrs.field(factory=dict)
    """``{"24H": 1234}`` from ``X-RateLimit-LongPeriod-24H-Remaining`` and friends."""

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimitInfo | None:
        limit = remaining = None
        long_period: dict[str, int] = {}
        for name, value in headers.items():
            lname = name.lower()
            if not lname.startswith("x-ratelimit-"):
                continue
            try:
                number = int(value)
            except ValueError:
                continue
            if lname == "x-ratelimit-limit":
                limit = number
            elif lname == "x-ratelimit-remaining":
                remaining = number
            elif lname.startswith("x-ratelimit-longperiod-") and lname.endswith("-remaining"):
                period = lname[len("x-ratelimit-longperiod-") : -len("-remaining")]
                long_period[period.upper()] = number
        if limit is None and remaining is None and not long_period:
            return None
        return cls(limit=limit, remaining=remaining, long_period_remaining=long_period)
