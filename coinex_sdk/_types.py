"""Generic response containers: a page of a paginated list, and one item of a batch call."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any, Generic, TypeVar, overload

import attrs

from ._exceptions import ApiError, DataError, OrderOutcomeUnknownError

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


def _number(value: Any) -> Decimal:
    if type(value) is str or type(value) is int or type(value) is Decimal:
        number = Decimal(value)  # InvalidOperation (an ArithmeticError) for "abc"
        if number.is_finite():
            return number
    raise ValueError


def _level(level: Any) -> tuple[Decimal, Decimal]:
    """One ``[price, size]`` level as Decimals, or :class:`DataError` (never a bare
    ``InvalidOperation``, never ``NaN``)."""
    try:
        price, size = level
        return _number(price), _number(size)
    except (TypeError, ValueError, ArithmeticError):
        raise DataError(
            f"an order-book level is not [price, size]: {level!r:.80}", raw=level
        ) from None


class Levels(Sequence[tuple[Decimal, Decimal]]):
    """One side of an order book: ``(price, size)`` pairs of Decimals, best first.

    Depth pushes arrive several times a second with up to 50 levels a side, so the levels keep
    the strings CoinEx sent (``raw``, also what the depth checksum is computed over) and
    convert a level to Decimals only when it is read; a level that is not two decimal numbers
    raises :class:`~coinex_sdk.DataError` then.
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
        return _level(self.raw[index])

    def __len__(self) -> int:
        return len(self.raw)

    def __iter__(self) -> Iterator[tuple[Decimal, Decimal]]:
        for level in self.raw:
            yield _level(level)

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
