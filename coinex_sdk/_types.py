"""Generic response containers: a page of a paginated list, and one item of a batch call."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any, Generic, TypeVar, overload

import attrs

from ._exceptions import ApiError, OrderOutcomeUnknownError

__all__ = ["BatchItem", "Levels", "Page"]

T = TypeVar("T")


@attrs.frozen
class Page(Sequence[T]):
    """One page of a paginated endpoint: a sequence of its items, plus what CoinEx said about
    the next page. ``iter_*`` methods walk all pages for you.

    >>> page = cx.spot.finished_orders(market_type="SPOT")   # doctest: +SKIP
    >>> len(page), page[0], [o.order_id for o in page], page.has_next   # doctest: +SKIP
    """

    items: list[T]
    has_next: bool
    total: int | None = None
    """The total count, for the endpoints where CoinEx reports one."""

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        return self.items[index]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


@attrs.frozen
class BatchItem(Generic[T]):
    """One item of a batch call: CoinEx answers each item on its own, so some may fail while the
    call as a whole succeeds (outer ``code`` 0)."""

    code: int
    message: str
    data: T | None
    unresolved: OrderOutcomeUnknownError | None = None
    """Set when this item's answer was lost and its order was not found by client_id within the
    settle window (``code`` is then -1): it may or may not exist, and was not resent."""

    @property
    def ok(self) -> bool:
        return self.code == 0

    def unwrap(self) -> T:
        """The item's data, or the item's error raised (an ApiError subclass by code, or
        ``OrderOutcomeUnknownError``)."""
        if self.code == 0 and self.data is not None:
            return self.data
        raise self.error()

    def error(self) -> ApiError | OrderOutcomeUnknownError:
        """The item's failure as an exception value (not raised)."""
        if self.unresolved is not None:
            return self.unresolved
        from ._envelope import error_class

        return error_class(self.code)(code=self.code, message=self.message, method="", path="")


class Levels(Sequence[tuple[Decimal, Decimal]]):
    """One side of an order book: ``(price, size)`` pairs of Decimals, best first.

    Depth pushes arrive several times a second with up to 50 levels a side, so the levels keep
    the strings CoinEx sent (``raw``, also what the depth checksum is computed over) and
    convert a level to Decimals only when it is read.
    """

    __slots__ = ("raw",)

    def __init__(self, raw: Sequence[Sequence[str]]) -> None:
        self.raw = raw

    @overload
    def __getitem__(self, index: int) -> tuple[Decimal, Decimal]: ...
    @overload
    def __getitem__(self, index: slice) -> Levels: ...
    def __getitem__(self, index: int | slice) -> tuple[Decimal, Decimal] | Levels:
        if isinstance(index, slice):
            return Levels(self.raw[index])
        price, size = self.raw[index]
        return Decimal(price), Decimal(size)

    def __len__(self) -> int:
        return len(self.raw)

    def __iter__(self) -> Iterator[tuple[Decimal, Decimal]]:
        for price, size in self.raw:
            yield Decimal(price), Decimal(size)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Levels):
            return list(self) == list(other)
        if isinstance(other, (list, tuple)):
            return list(self) == [tuple(Decimal(x) for x in level) for level in other]
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Levels({list(self)!r})"

    @classmethod
    def check(cls, value: Any) -> Levels:
        """Levels from JSON, checking only the outer list. Decoding a response or a push goes
        through ``coinex_sdk._convert``, which checks every level and number."""
        if not isinstance(value, list):
            raise ValueError(f"expected [[price, size], ...], got {value!r:.80}")
        return cls(value)
