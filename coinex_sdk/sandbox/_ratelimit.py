"""CoinEx's per-account rate limits as token buckets (docs rate-limit page), enforced on demand.

Short-cycle limits are per account (main and each sub-account separately) and per group: the
quota refills at the group's rate every second, and a request beyond it gets 4213. Batch
endpoints cost one token per sub-request. Buckets count integer milli-tokens so refilling is exact.
The group of each endpoint comes from the spec; ``DOCS_GROUP_LIMITS`` names the docs' groups.

Enforcement is off by default (tests should not depend on wall-clock pacing); ``consume`` still
reports the ``X-RateLimit-Limit``/``X-RateLimit-Remaining`` values the server layer can send.
"""

from __future__ import annotations

import attrs

from ._errors import RATE_LIMITED, SandboxApiError

__all__ = ["DOCS_GROUP_LIMITS", "RateLimitStatus", "RateLimits"]

DOCS_GROUP_LIMITS: dict[str, int] = {
    "spot_order": 30,
    "spot_cancel": 60,
    "spot_batch_cancel": 40,
    "spot_query": 50,
    "spot_history": 10,
    "spot_account_modify": 10,
    "spot_account_query": 10,
    "spot_account_history": 10,
    "futures_order": 20,
    "futures_cancel": 40,
    "futures_batch_cancel": 20,
    "futures_query": 50,
    "futures_history": 10,
    "futures_account_query": 10,
}
"""Requests per second per account, from the docs' short-cycle table."""


@attrs.frozen
class RateLimitStatus:
    """Values for the ``X-RateLimit-Limit`` and ``X-RateLimit-Remaining`` headers."""

    limit: int
    remaining: int


@attrs.define
class _Bucket:
    milli_tokens: int
    updated_ms: int


@attrs.define
class RateLimits:
    enabled: bool = False
    limits: dict[str, int] = attrs.field(factory=lambda: dict(DOCS_GROUP_LIMITS))
    _buckets: dict[tuple[str, str], _Bucket] = attrs.field(factory=dict, init=False)

    def consume(self, key: str, group: str, now_ms: int, cost: int = 1) -> RateLimitStatus | None:
        """Take ``cost`` tokens from ``key``'s (an account's) ``group`` bucket.

        Returns None for a group without a limit. Raises 4213 when enforcement is on and the
        bucket is short; the request then costs nothing, as a rejected request would.
        """
        limit = self.limits.get(group)
        if limit is None:
            return None
        capacity = limit * 1000
        bucket = self._buckets.get((key, group))
        if bucket is None:
            bucket = self._buckets[(key, group)] = _Bucket(capacity, now_ms)
        elapsed = max(0, now_ms - bucket.updated_ms)
        bucket.milli_tokens = min(capacity, bucket.milli_tokens + elapsed * limit)
        bucket.updated_ms = max(bucket.updated_ms, now_ms)
        if bucket.milli_tokens < cost * 1000:
            if self.enabled:
                raise SandboxApiError(RATE_LIMITED)
        else:
            bucket.milli_tokens -= cost * 1000
        return RateLimitStatus(limit, bucket.milli_tokens // 1000)

    def reset(self) -> None:
        self._buckets.clear()
