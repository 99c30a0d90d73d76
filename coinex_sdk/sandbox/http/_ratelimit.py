"""CoinEx's per-account rate limits as token buckets (docs rate-limit page), enforced on demand.

Short-cycle limits are per account (main and each sub-account separately) and per group: the
quota refills at the group's rate every second, and a request beyond it gets 4213. Batch
endpoints cost one token per sub-request. The groups and their rates are the spec's
(``spec/rate_limits.yaml`` -> ``coinex_sdk._generated.rate_limits``), the same table the client's
own limiter uses, and every endpoint of the generated endpoint table names its group. Buckets
count integer micro-tokens, so refilling is exact for any rate.

Enforcement is off by default (tests should not depend on wall-clock pacing); ``consume`` still
reports the ``X-RateLimit-Limit``/``X-RateLimit-Remaining`` values the server layer can send.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from ..._generated.rate_limits import RATE_LIMITS
from ..engine._errors import RATE_LIMITED, SandboxApiError

__all__ = ["RateLimitStatus", "RateLimits"]

_MICRO = 1_000_000


@attrs.frozen
class RateLimitStatus:
    """Values for the ``X-RateLimit-Limit`` and ``X-RateLimit-Remaining`` headers."""

    limit: int
    remaining: int


@attrs.define
class _Bucket:
    micro_tokens: int
    updated_ms: int


def _default_limits() -> dict[str, Decimal]:
    return {group: Decimal(str(rate)) for group, rate in RATE_LIMITS.items()}


@attrs.define
class RateLimits:
    enabled: bool = False
    limits: dict[str, Decimal] = attrs.field(factory=_default_limits)
    """Requests per second per group (``"ip"`` is meant to be keyed by client address)."""
    _buckets: dict[tuple[str, str], _Bucket] = attrs.field(factory=dict, init=False)

    def consume(self, key: str, group: str, now_ms: int, cost: int = 1) -> RateLimitStatus | None:
        """Take ``cost`` tokens from the bucket of ``key`` (an account) for ``group``.

        Returns None for a group without a limit. Raises 4213 when enforcement is on and the
        bucket is short; the request then costs nothing, as a rejected request would.
        """
        rate = self.limits.get(group)
        if rate is None:
            return None
        per_ms = int(rate * _MICRO) // 1000  # micro-tokens refilled per millisecond
        capacity = per_ms * 1000
        bucket = self._buckets.get((key, group))
        if bucket is None:
            bucket = self._buckets[(key, group)] = _Bucket(capacity, now_ms)
        elapsed = max(0, now_ms - bucket.updated_ms)
        bucket.micro_tokens = min(capacity, bucket.micro_tokens + elapsed * per_ms)
        bucket.updated_ms = max(bucket.updated_ms, now_ms)
        if bucket.micro_tokens < cost * _MICRO:
            if self.enabled:
                raise SandboxApiError(RATE_LIMITED)
        else:
            bucket.micro_tokens -= cost * _MICRO
        return RateLimitStatus(int(rate), bucket.micro_tokens // _MICRO)

    def reset(self) -> None:
        self._buckets.clear()
