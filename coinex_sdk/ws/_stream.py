"""What a subscription and an order book stream are, whichever way their consumer waits.

The threaded (:mod:`._sync`) and asyncio (:mod:`._async`) iterators differ only in how they wait
for the next item and how they talk to their client (under a lock, or awaited); their state, how
they open and close, and what an order book does with an item are here, once.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._closing import Closing
from .._exceptions import ValidationError
from ._book import BookUpdate, OrderBook, OrderBooks
from ._channel import Channel
from ._inbox import Inbox

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._client_base import WsClientBase

__all__ = ["AsyncStream", "BookStreamBase", "SubscriptionBase", "SyncStream"]

T = TypeVar("T")
S = TypeVar("S", bound="SubscriptionBase[BookUpdate]")


class SubscriptionBase(Generic[T]):
    """One subscription's state: its channel and params, its id and inbox once open."""

    def __init__(
        self,
        client: WsClientBase[Any],
        channel: Channel,
        params: Mapping[str, Any],
        decode: Callable[[Any], T],
    ) -> None:
        self.channel = channel
        self.params = dict(params)
        self._client = client
        self._decode = decode
        self._sub_id: int | None = None
        self._inbox: Inbox | None = None
        self._closed = False
        self._finalizer: weakref.finalize[Any, Any] | None = None

    def _opened(self, sub_id: int, inbox: Inbox) -> None:
        self._sub_id, self._inbox = sub_id, inbox
        # A subscription dropped without closing still unsubscribes: the finalizer only asks the
        # client to forget it later (it may run on any thread, inside any call).
        self._finalizer = weakref.finalize(self, self._client._release_later, sub_id)
        self._finalizer.atexit = False

    def _closing(self) -> int | None:
        """Mark closed; the id to release, if the subscription was opened and not closed yet."""
        if self._closed:
            return None
        self._closed = True
        if self._finalizer is not None:
            self._finalizer.detach()
        return self._sub_id

    def _live_id(self) -> int | None:
        """The id of an opened subscription not closed yet (one that may resync)."""
        return None if self._closed else self._sub_id


class BookStreamBase(Generic[S]):
    """Yields a market's :class:`OrderBook` after every push that left it verified, and a
    :class:`Gap` whenever the books stopped being current.

    A ``Gap`` (reconnect, resync, overflow, or a malformed depth push) resets every book:
    ``book.synced`` stays False until CoinEx's next full snapshot of that market, and only
    then is the book yielded again. So a bot waiting on the stream can tell "no change" (no
    item) from "not current" (a ``Gap``). A checksum mismatch or a malformed push resubscribes
    for a fresh snapshot (docs/protocol/websocket.md §11). Each yielded book names its ``market``;
    ``books`` holds them all.
    """

    def __init__(self, subscription: S, books: OrderBooks) -> None:
        self.subscription = subscription
        self._books = books

    @property
    def books(self) -> dict[str, OrderBook]:
        """Every book of this stream, by market."""
        return self._books.books

    @property
    def book(self) -> OrderBook:
        """The book, when the stream follows one market (else see :attr:`books`)."""
        if len(self._books.books) != 1:
            raise ValidationError("this stream follows several markets: use .books[market]")
        return next(iter(self._books.books.values()))


class SyncStream(Closing):
    """A stream for threads: ``with`` opens it (:meth:`_enter`), leaving closes it; it is its own
    iterator."""

    def _enter(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self._enter()
        return self

    def __iter__(self) -> Self:
        return self


class AsyncStream:
    """A stream for asyncio: ``async with`` opens it (:meth:`_aenter`), leaving closes it; it is
    its own async iterator."""

    async def _aenter(self) -> None:
        raise NotImplementedError

    async def aclose(self) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        await self._aenter()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __aiter__(self) -> Self:
        return self
