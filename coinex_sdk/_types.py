"""Generic response containers: a page of a paginated list, and one item of a batch call."""

from __future__ import annotations

from typing import Generic, TypeVar

import attrs

from ._exceptions import ApiError

__all__ = ["BatchItem", "Page"]

T = TypeVar("T")


@attrs.frozen
class Page(Generic[T]):
    """One page of a paginated endpoint. ``iter_*`` methods walk all pages for you."""

    items: list[T]
    has_next: bool
    total: int | None = None
    """The total count, for the endpoints where CoinEx reports one."""


@attrs.frozen
class BatchItem(Generic[T]):
    """One item of a batch call: CoinEx answers each item on its own, so some may fail while the
    call as a whole succeeds (outer ``code`` 0)."""

    code: int
    message: str
    data: T | None

    @property
    def ok(self) -> bool:
        return self.code == 0

    def unwrap(self) -> T:
        """The item's data, or the item's error raised as the matching ApiError subclass."""
        if self.code == 0 and self.data is not None:
            return self.data
        raise self.error()

    def error(self) -> ApiError:
        """The item's failure as an exception value (not raised)."""
        from ._transport import error_class

        return error_class(self.code)(code=self.code, message=self.message, method="", path="")
