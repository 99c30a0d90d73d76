"""Local order books kept from ``depth.update`` pushes, verified by CoinEx's CRC32 checksum.

docs/protocol/websocket.md §11: ``is_full=false`` gets a full book first (and every minute), then
deltas; a delta level ``[price, "0"]`` deletes the price, any other size sets it. Prices are
matched by their string form and the strings are kept as received, because the checksum is the
CRC32 of ``bid1_price:bid1_amount:...:ask1_price:ask1_amount:...`` over exactly those strings,
bids best-first then asks best-first, compared modulo 2**32 (the docs say signed, their example is
unsigned). There is no sequence number, so the checksum is the only integrity check: on a
mismatch the book drops its state and asks to be resynced (resubscribe for a fresh snapshot).

Depth pushes come several times a second with up to 50 levels a side, so a side keeps its levels
sorted as they change (a ``Decimal`` is made once per new price, never per push) next to the
``price:amount`` strings the checksum is computed over. Every string is checked to be a plain
non-negative decimal number before it enters the book; anything else raises
:class:`BookDataError` and the stream treats the push as malformed (a gap, then a resync).
"""

from __future__ import annotations

import zlib
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, Literal

import attrs

from ._protocol import Gap

__all__ = [
    "BookDataError",
    "BookStatus",
    "BookUpdate",
    "OrderBook",
    "OrderBooks",
    "parse_depth_update",
]

BookStatus = Literal["synced", "awaiting_snapshot", "checksum_mismatch"]
Level = tuple[str, str]


class BookDataError(ValueError):
    """A ``depth.update`` whose data cannot be applied: not the shape of §9."""


@attrs.define  # one per push on the hot path: a frozen class's __init__ costs twice as much
class BookUpdate:
    """The part of a ``depth.update`` push the book needs, with price/size strings as received.

    ``bids`` and ``asks`` are the ``[price, size]`` pairs exactly as decoded from the push, not
    copied: this sits on the hot path of every depth stream, and nothing mutates them. They are
    checked when applied to a book. Treat it as read-only.
    """

    market: str
    is_full: bool
    bids: Sequence[Sequence[str]]
    asks: Sequence[Sequence[str]]
    checksum: int
    updated_at: int
    last: str | None = None


def _sequence(value: Any, name: str) -> Sequence[Sequence[str]]:
    if value is None:
        return ()
    if type(value) is not list:
        raise BookDataError(f"depth.{name} is a {type(value).__name__}, not a list")
    return value


def parse_depth_update(data: Any) -> BookUpdate:
    """Read a raw ``depth.update`` ``data`` object (§9): ``{market, is_full, depth: {...}}``.

    Raises :class:`BookDataError` when a field has the wrong type; levels are checked as they
    are applied (:meth:`OrderBook.apply`), in the same pass.
    """
    if type(data) is not dict:
        raise BookDataError(f"data is a {type(data).__name__}, not an object")
    depth = data.get("depth")
    market = data.get("market")
    is_full = data.get("is_full")
    if type(depth) is not dict or type(market) is not str or type(is_full) is not bool:
        raise BookDataError("data needs market (string), is_full (bool) and depth (object)")
    checksum = depth.get("checksum")
    updated_at = depth.get("updated_at") or 0
    last = depth.get("last")
    if type(checksum) is not int or type(updated_at) is not int:
        raise BookDataError("depth.checksum and depth.updated_at must be integers")
    if last is not None and (type(last) is not str or not _is_number(last)):
        raise BookDataError(f"depth.last is not a decimal string: {last!r:.40}")
    return BookUpdate(
        market,
        is_full,
        _sequence(depth.get("bids"), "bids"),
        _sequence(depth.get("asks"), "asks"),
        checksum,
        updated_at,
        last,
    )


def _is_number(text: str) -> bool:
    """A plain non-negative decimal: ASCII digits with at most one point (no sign, exponent,
    NaN or Infinity), which is how CoinEx writes every price and size."""
    return text.isascii() and text.replace(".", "", 1).isdigit()


def checksum_string(bids: Iterable[Sequence[str]], asks: Iterable[Sequence[str]]) -> str:
    """``bid1_price:bid1_amount:...:ask1_price:ask1_amount:...`` from best-first levels."""
    return ":".join(f"{price}:{amount}" for price, amount in (*bids, *asks))


def crc32(text: str) -> int:
    """The unsigned CRC32 CoinEx compares against ``depth.checksum`` (modulo 2**32)."""
    return zlib.crc32(text.encode("ascii")) & 0xFFFFFFFF


class _Side:
    """One side of the book, best first: sort keys, price strings and ``price:amount`` texts.

    ``_keys[i]`` orders the levels: the price as a float, negated for bids so that ascending
    order is best first. A float is only a key: rounding is monotonic, so it never orders two
    prices the wrong way round, and prices that round to the same float (more than ~16
    significant digits) are ordered among themselves by their exact Decimal value. Prices and
    sizes stay the strings CoinEx sent (``_prices[i]``; ``_texts[i]`` is the ``price:amount``
    piece of the checksum string). ``_index`` maps a price string to its key.
    """

    __slots__ = ("_index", "_keys", "_prices", "_texts", "best_high")

    def __init__(self, best_high: bool) -> None:
        self.best_high = best_high  # bids: the highest price is best
        self._index: dict[str, float] = {}
        self._keys: list[float] = []
        self._prices: list[str] = []
        self._texts: list[str] = []

    def clear(self) -> None:
        self._index.clear()
        self._keys.clear()
        self._prices.clear()
        self._texts.clear()

    def __len__(self) -> int:
        return len(self._keys)

    def _position(self, price: str, key: float) -> int:
        """Where the held ``price`` (sort key ``key``) sits."""
        i = bisect_left(self._keys, key)
        prices = self._prices
        while prices[i] != price:  # a neighbour with the same float key
            i += 1
        return i

    def _slot(self, price: str, key: float) -> int:
        """Where a new ``price`` goes; :class:`BookDataError` if the book holds its value."""
        keys, prices = self._keys, self._prices
        i = bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:  # same float: order by the exact value
            value = Decimal(price)
            sign = -1 if self.best_high else 1
            while i < len(keys) and keys[i] == key:
                held = Decimal(prices[i])
                if held == value:  # "100" and "100.0": one price, two spellings
                    raise BookDataError(f"price {price!r} is already in the book as {prices[i]!r}")
                if (held < value) == (sign > 0):
                    i += 1
                else:
                    break
        return i

    def apply(self, levels: Iterable[Any], limit: int) -> None:
        """Set or delete each ``[price, size]``; :class:`BookDataError` on a malformed level.

        The hot path of every book: per level one dict lookup and a bisect over floats. Every
        size is checked to be a plain decimal string (``_is_number``, inlined), and so is a new
        price before it gets a key.
        """
        index, keys, prices, texts = self._index, self._keys, self._prices, self._texts
        best_high = self.best_high
        for level in levels:
            if type(level) is not list and type(level) is not tuple:
                raise BookDataError(f"a level is not [price, size]: {level!r:.60}")
            price, amount = level  # ValueError unless two items
            # Not a str: AttributeError, which OrderBook.apply reports as a BookDataError.
            if not (amount.isascii() and amount.replace(".", "", 1).isdigit()):
                raise BookDataError(f"a size is not a decimal string: {amount!r:.40}")
            key = index.get(price)  # TypeError for an unhashable price
            if key is None:
                if not (price.isascii() and price.replace(".", "", 1).isdigit()):
                    raise BookDataError(f"a price is not a decimal string: {price!r:.40}")
                if not amount.strip("0."):
                    continue  # deleting a price the book does not hold
                key = -float(price) if best_high else float(price)
                i = self._slot(price, key)
                keys.insert(i, key)
                prices.insert(i, price)
                texts.insert(i, f"{price}:{amount}")
                index[price] = key
            else:
                i = bisect_left(keys, key)
                if prices[i] != price:  # a neighbour with the same float key
                    i = self._position(price, key)
                if amount.strip("0."):
                    texts[i] = f"{price}:{amount}"
                else:  # a size of zero deletes the price
                    del keys[i], prices[i], texts[i], index[price]
        if len(keys) > limit:
            for price in prices[limit:]:
                del index[price]
            del keys[limit:], prices[limit:], texts[limit:]

    def strings(self) -> list[Level]:
        return [
            (price, text[len(price) + 1 :])
            for price, text in zip(self._prices, self._texts, strict=True)
        ]

    def texts(self) -> list[str]:
        return self._texts

    def decimals(self) -> list[tuple[Decimal, Decimal]]:
        pairs = zip(self._prices, self._texts, strict=True)
        return [(Decimal(price), Decimal(text[len(price) + 1 :])) for price, text in pairs]

    def best(self) -> Decimal | None:
        return Decimal(self._prices[0]) if self._prices else None


class OrderBook:
    """The book of one market, at most ``limit`` levels a side, best first.

    ``synced`` tells whether the book is current: it is False from a :class:`Gap` (reconnect,
    resync, overflow, malformed push) or a checksum mismatch until the next verified full
    snapshot. It is mutable and updated in place by :meth:`apply`; streams yield the same
    object after every verified push, so copy what you keep (e.g. ``book.bids``).
    """

    def __init__(self, market: str, limit: int) -> None:
        self.market = market
        self.limit = limit
        self._bids = _Side(best_high=True)
        self._asks = _Side(best_high=False)
        self.synced = False
        self.updated_at: int | None = None
        self._last: str | None = None
        self.checksum_failures = 0
        self.gaps = 0

    def reset(self) -> None:
        """Forget every level; deltas are ignored until the next full snapshot (§12.4)."""
        self._bids.clear()
        self._asks.clear()
        self.synced = False

    def apply(self, update: BookUpdate) -> BookStatus:
        """Apply one push and verify the checksum; :class:`BookDataError` on malformed levels
        (the book is then reset)."""
        if update.is_full:
            self.reset()
        elif not self.synced:
            return "awaiting_snapshot"
        try:
            self._bids.apply(update.bids, self.limit)
            self._asks.apply(update.asks, self.limit)
        except BookDataError:
            self.reset()
            raise
        except (TypeError, ValueError, AttributeError, ArithmeticError) as exc:
            self.reset()
            raise BookDataError(f"levels do not apply: {exc!r:.80}") from None
        if self.checksum() != update.checksum & 0xFFFFFFFF:
            self.checksum_failures += 1
            self.reset()
            return "checksum_mismatch"
        self.synced = True
        self.updated_at = update.updated_at
        if update.last is not None:
            self._last = update.last
        return "synced"

    def checksum(self) -> int:
        """CRC32 of the current book as CoinEx computes it (§11)."""
        return crc32(":".join(self._bids.texts() + self._asks.texts()))

    @property
    def bids(self) -> list[tuple[Decimal, Decimal]]:
        """``(price, amount)`` levels, highest price first."""
        return self._bids.decimals()

    @property
    def asks(self) -> list[tuple[Decimal, Decimal]]:
        """``(price, amount)`` levels, lowest price first."""
        return self._asks.decimals()

    @property
    def last(self) -> Decimal | None:
        """The latest price CoinEx sent with the book."""
        return None if self._last is None else Decimal(self._last)

    @property
    def best_bid(self) -> Decimal | None:
        return self._bids.best()

    @property
    def best_ask(self) -> Decimal | None:
        return self._asks.best()

    def __repr__(self) -> str:
        return (
            f"OrderBook(market={self.market!r}, synced={self.synced}, "
            f"best_bid={self.best_bid}, best_ask={self.best_ask})"
        )


Action = Literal["resync"] | None


class OrderBooks:
    """The books of one depth subscription, keyed by market, and what its stream does next.

    :meth:`feed` takes each subscription item and says what the stream yields (a book that a
    verified push left current, a :class:`Gap`, or nothing) and whether it must resync. A gap
    is yielded, not swallowed, so a bot can tell "no change" from "not current": after a
    ``Gap`` every book is reset (``synced`` False) until CoinEx's next full snapshot of it.
    """

    def __init__(self, markets: Sequence[str], limit: int) -> None:
        self.books = {market: OrderBook(market, limit) for market in markets}

    def feed(self, item: BookUpdate | Gap) -> tuple[OrderBook | Gap | None, Action]:
        """``(what to yield or None, "resync" or None)``; :class:`BookDataError` when the push
        is malformed (every book of the market is then reset; the caller yields a gap and
        resyncs)."""
        if type(item) is Gap:
            self.reset_all()
            # After a reconnect CoinEx sends a full book on the restored subscription; an
            # overflow (updates dropped locally) needs a fresh snapshot.
            return item, "resync" if item.reason == "overflow" else None
        assert isinstance(item, BookUpdate)
        book = self.books.get(item.market)
        if book is None:
            return None, None  # a market this stream does not follow
        status = book.apply(item)
        if status == "synced":
            return book, None
        return None, "resync" if status == "checksum_mismatch" else None

    def reset_all(self) -> None:
        for book in self.books.values():
            book.gaps += 1
            book.reset()
