"""What to do after one send: a pure decision over what the answer proves (no I/O, no sleeping).

The rule (docs/guides/order-safety.md): a request that may have reached CoinEx is resent only when
CoinEx's answer proves it was not acted on. So every outcome of a send falls in one of three
classes:

- **rejected** (proof it was not acted on): the connection failed before any byte of the request
  was written (connect error or timeout, no free connection), HTTP 429, or a CoinEx code that
  ``spec/errors.yaml`` marks ``outcome: rejected`` (4213 rate limit, 4010/4017 timestamp outside
  the window). Any request may be sent again, order placements and money movements included;
  4010/4017 first re-sync the clock.
- **unknown** (it may have been acted on): a read timeout, a reset or broken connection after
  sending, HTTP 5xx or 408, a 200 whose body is not a complete CoinEx envelope, or a code marked
  ``outcome: unknown`` (3008/4001 busy, 4002 timed out, 4003 internal error). Only an idempotent
  request is resent; an order placement is *resolved* by looking its client_id up; anything else
  (money movements included) raises, never resent.
- **refused** (a definitive answer): any other CoinEx code or HTTP 4xx: raise.

Backoff is exponential with jitter and honours ``Retry-After``.
"""

from __future__ import annotations

import random
from typing import Literal

import attrs

__all__ = ["Decision", "Outcome", "RetryPolicy", "backoff_delay", "decide", "parse_retry_after"]

OutcomeClass = Literal["ok", "rejected", "unknown", "refused"]
Action = Literal["done", "retry", "resync", "resolve", "raise"]


def backoff_delay(
    attempt: int, initial: float, maximum: float, jitter: float, rng: random.Random | None = None
) -> float:
    """The one backoff of the SDK (REST retries and WebSocket reconnects): the delay before
    try ``attempt + 1`` after ``attempt`` failures (0-based), doubling from ``initial`` up to
    ``maximum``, less a random share of at most ``jitter`` of it, so clients that failed
    together do not come back together."""
    base = min(maximum, initial * 2.0**attempt)
    return base * (1 - jitter * (rng or random).random())


@attrs.frozen
class RetryPolicy:
    """How often and how patiently to retry, and how long to look for an order whose placement
    had an unknown outcome. ``max_retries=0`` turns retries off (lookups still happen)."""

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    settle_window: float | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.gt(0))
    )
    """Seconds to keep looking an order up by client_id after its placement failed with an
    unknown outcome, before raising ``OrderOutcomeUnknownError``. None: the client's read
    timeout plus 10 s (a slow exchange may still be working on the request when it times out)."""

    def delay(self, retry_number: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``retry_number`` (1-based)."""
        if retry_after is not None and 0 <= retry_after <= self.max_retry_after:
            return retry_after
        return backoff_delay(retry_number - 1, self.initial_delay, self.max_delay, self.jitter)


@attrs.frozen
class Outcome:
    """What one send produced, reduced to what it proves."""

    klass: OutcomeClass
    reason: str
    code: int | None = None
    """The CoinEx code, for an API error."""
    retry_after: float | None = None

    @property
    def timestamp_rejected(self) -> bool:
        return self.code in TIMESTAMP_CODES


@attrs.frozen
class Decision:
    action: Action
    delay: float = 0.0


TIMESTAMP_CODES = frozenset({4010, 4017})


def classify_code(code: int) -> OutcomeClass:
    """What a CoinEx error code proves, from ``spec/errors.yaml``'s ``outcome`` marks."""
    from ._generated.errors import REJECTED_CODES, UNKNOWN_OUTCOME_CODES

    if code == 0:
        return "ok"
    if code in REJECTED_CODES:
        return "rejected"
    if code in UNKNOWN_OUTCOME_CODES:
        return "unknown"
    return "refused"


def classify_status(status: int) -> OutcomeClass:
    """What a non-200 HTTP status from CoinEx's gateway proves."""
    if status == 429:
        return "rejected"
    if status >= 500 or status == 408:
        return "unknown"
    return "refused"


def decide(
    outcome: Outcome,
    *,
    idempotent: bool,
    places_orders: bool,
    retries: int,
    resynced: bool,
    signed: bool,
    policy: RetryPolicy,
) -> Decision:
    """The next step of a call after ``outcome``; ``retries`` resends have happened so far."""
    if outcome.klass == "ok":
        return Decision("done")
    if outcome.klass == "refused":
        return Decision("raise")
    if outcome.klass == "rejected" or idempotent:
        if outcome.timestamp_rejected and signed and not resynced:
            return Decision("resync")
        if retries < policy.max_retries:
            return Decision("retry", policy.delay(retries + 1, outcome.retry_after))
        return Decision("raise")
    if places_orders:
        return Decision("resolve")
    return Decision("raise")


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds form only)."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if 0 <= seconds < float("inf") else None
