"""Raw responses: ``cx.spot.with_raw_response.ticker(...)`` returns the HTTP answer, with the
typed result one ``parse()`` away (openai-python's ``with_raw_response``).

Every generated method has a raw twin on ``<resource>.with_raw_response`` (the ``iter_*`` walkers
excepted: they make many requests). The twin is the resource's own method, run in raw mode, so
it takes exactly the same arguments; only its return type changes, which :func:`raw_method` and
:func:`async_raw_method` tell the type checker.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, ParamSpec, TypeVar

import attrs

from ._envelope import Envelope, _decompress
from ._ratelimit import RateLimitInfo
from ._wire import decode_json

__all__ = ["RawResponse", "async_raw_method", "raw_method"]

T = TypeVar("T")
P = ParamSpec("P")


@attrs.frozen(eq=False)
class RawResponse(Generic[T]):
    """CoinEx's HTTP answer to one call: status, headers, timing and bytes, and ``parse()``.

    Only successful answers (HTTP 200, ``code`` 0) arrive here; an error raises as usual, and
    the exception keeps the body and headers too. For an order placement whose answer was lost
    and that the SDK found by its client_id, this is the answer of that lookup.
    """

    status_code: int
    headers: Mapping[str, str]
    """The response headers (case-insensitive), ``X-RateLimit-*`` among them."""
    elapsed: float
    """Seconds from sending the request to having the whole answer."""
    http_content: bytes = attrs.field(repr=False)
    """The body exactly as received (compressed when CoinEx compressed it)."""
    _parse: Callable[[], T] = attrs.field(alias="parse", repr=False)

    @classmethod
    def of(cls, envelope: Envelope, parse: Callable[[], T]) -> RawResponse[T]:
        """The raw side of ``envelope``; ``parse`` gives the typed result."""
        return cls(envelope.status_code, envelope.headers, envelope.elapsed, envelope.raw, parse)

    @property
    def content(self) -> bytes:
        """The body: CoinEx's JSON envelope as bytes."""
        return _decompress(self.http_content, self.headers.get("content-encoding"))

    @property
    def text(self) -> str:
        return self.content.decode("utf-8")

    def json(self) -> Any:
        """The whole envelope (``code``, ``data``, ``message``, ``pagination``) as JSON values;
        numbers with a fraction are Decimals, as everywhere in the SDK."""
        return decode_json(self.content)

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        """The ``X-RateLimit-*`` headers, when CoinEx sent them."""
        return RateLimitInfo.from_headers(self.headers)

    def parse(self) -> T:
        """The typed result the plain method returns (decoded now; a mismatch raises
        ``DecodeError``)."""
        return self._parse()

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.elapsed * 1000:.1f} ms>"


def raw_method(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """``method`` of a resource in raw mode, typed as what it returns there."""
    return method  # type: ignore[return-value]


def async_raw_method(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """``method`` of an async resource in raw mode, typed as what it returns there."""
    return method  # type: ignore[return-value]
