"""When a failed call may be sent again, and after how long (pure decisions, no sleeping).

Principle: a request that may have reached CoinEx and changed something is never resent blindly.
- Connection could not be opened (nothing was sent): any request may be retried.
- Timeouts after sending, broken connections, HTTP 5xx, HTTP 429, 3008 (service busy) and 4001
  (service unavailable): only idempotent requests (GET), because a POST may have been executed.
- 4213 (rate limited), 4010 and 4017 (timestamp outside the window): any request, because CoinEx
  rejected it at the gate before acting (REST facts §5, §6).
Backoff is exponential with jitter and honours ``Retry-After``.
"""

from __future__ import annotations

import random

import attrs

__all__ = ["GATE_REJECT_CODES", "IDEMPOTENT_RETRY_CODES", "RetryPolicy"]

GATE_REJECT_CODES = frozenset({4213, 4010, 4017})
IDEMPOTENT_RETRY_CODES = frozenset({3008, 4001})
TIMESTAMP_CODES = frozenset({4010, 4017})


@attrs.frozen
class RetryPolicy:
    """How often and how patiently to retry. ``max_retries=0`` turns retries off."""

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0

    def delay(self, retry_number: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``retry_number`` (1-based)."""
        if retry_after is not None and 0 <= retry_after <= self.max_retry_after:
            return retry_after
        base: float = min(self.max_delay, self.initial_delay * 2.0 ** (retry_number - 1))
        return base * (1 - self.jitter * random.random())

    @staticmethod
    def may_retry_api_code(code: int, idempotent: bool) -> bool:
        return code in GATE_REJECT_CODES or (idempotent and code in IDEMPOTENT_RETRY_CODES)

    @staticmethod
    def may_retry_status(status: int, idempotent: bool) -> bool:
        return idempotent and (status == 429 or status >= 500)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds form only)."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if seconds >= 0 else None
