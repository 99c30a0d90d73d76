"""A local order book kept from ``depth.update`` pushes, verified by CoinEx's CRC32 checksum.

Reference §11: with ``is_full=false`` CoinEx pushes a full book first (and every minute), then
deltas; a delta level ``[price, "0"]`` deletes the price, any other size sets it. Prices are
matched by their string form and the strings are kept as received, because the checksum is the
CRC32 of ``bid1_price:bid1_amount:...:ask1_price:ask1_amount:...`` over exactly those strings,
bids best-first then asks best-first, compared modulo 2**32 (the docs say signed, their example is
unsigned). There is no sequence number, so the checksum is the only integrity check: on a
mismatch the book drops its state and asks to be resynced (resubscribe for a fresh snapshot).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, Literal

import attrs

from ._protocol import Gap

__all__ = ["BookStatus", "BookUpdate", "OrderBook", "parse_depth_update"]

BookStatus = Literal["synced", "awaiting_snapshot", "checksum_mismatch"]
Level = tuple[str, str]


@attrs.frozen
class BookUpdate:
    """The part of a ``depth.update`` push the book needs, with price/size strings as received.

    ``bids`` and ``asks`` are the ``[price, size]`` pairs exactly as decoded from the push, not
    copied: this sits on the hot path of every depth stream, and nothing mutates them.
    """

    market: str
    is_full: bool
    bids: Sequence[Sequence[str]]
    asks: Sequence[Sequence[str]]
    checksum: int
    updated_at: int
    last: str | None = None


def parse_depth_update(data: Any) -> BookUpdate:
    """Read a raw ``depth.update`` ``data`` object (§9): ``{market, is_full, depth: {...}}``."""
    depth = data["depth"]
    return BookUpdate(
        data["market"],
        data["is_full"] is True,
        depth.get("bids") or (),
        depth.get("asks") or (),
        depth["checksum"],
        depth.get("updated_at") or 0,
        depth.get("last"),
    )


def checksum_string(bids: Iterable[Sequence[str]], asks: Iterable[Sequence[str]]) -> str:
    """``bid1_price:bid1_amount:...:ask1_price:ask1_amount:...`` from best-first levels."""
    return ":".join(f"{price}:{amount}" for price, amount in (*bids, *asks))


def crc32(text: str) -> int:
    """The unsigned CRC32 CoinEx compares against ``depth.checksum`` (modulo 2**32)."""
    return zlib.crc32(text.encode("ascii")) & 0xFFFFFFFF


class _Side:
    """One side of the book: price string -> (price as Decimal, amount string)."""

    __slots__ = ("_levels", "_sorted", "best_high")

    def __init__(self, best_high: bool) -> None:
        self.best_high = best_high  # bids: the highest price is best
        self._levels: dict[str, tuple[Decimal, str]] = {}
        self._sorted: list[tuple[str, tuple[Decimal, str]]] | None = []

    def clear(self) -> None:
        self._levels.clear()
        self._sorted = []

    def apply(self, levels: Iterable[Sequence[str]], limit: int) -> None:
        book = self._levels
        for price, amount in levels:
            if Decimal(amount) == 0:
                book.pop(price, None)
            else:
                known = book.get(price)
                book[price] = (known[0] if known else Decimal(price), amount)
        self._sorted = None
        if len(book) > limit:
            for price, _ in self.ordered()[limit:]:
                del book[price]
            self._sorted = None

    def ordered(self) -> list[tuple[str, tuple[Decimal, str]]]:
        if self._sorted is None:
            self._sorted = sorted(
                self._levels.items(), key=lambda kv: kv[1][0], reverse=self.best_high
            )
        return self._sorted

    def strings(self) -> list[Level]:
        return [(price, amount) for price, (_, amount) in self.ordered()]

    def decimals(self) -> list[tuple[Decimal, Decimal]]:
        return [(value, Decimal(amount)) for _, (value, amount) in self.ordered()]


class OrderBook:
    """The book of one market, at most ``limit`` levels a side, best first.

    It is mutable and updated in place by :meth:`apply`; streams yield the same object after
    every verified push, so copy what you keep (e.g. ``book.bids``).
    """

    def __init__(self, market: str, limit: int) -> None:
        self.market = market
        self.limit = limit
        self._bids = _Side(best_high=True)
        self._asks = _Side(best_high=False)
        self.synced = False
        self.updated_at: int | None = None
        self.last: Decimal | None = None
        self.checksum_failures = 0
        self.gaps = 0

    def reset(self) -> None:
        """Forget every level; deltas are ignored until the next full snapshot (§12.4)."""
        self._bids.clear()
        self._asks.clear()
        self.synced = False

    def apply(self, update: BookUpdate) -> BookStatus:
        """Apply one push and verify the checksum."""
        if update.is_full:
            self.reset()
        elif not self.synced:
            return "awaiting_snapshot"
        self._bids.apply(update.bids, self.limit)
        self._asks.apply(update.asks, self.limit)
        if self.checksum() != update.checksum & 0xFFFFFFFF:
            self.checksum_failures += 1
            self.reset()
            return "checksum_mismatch"
        self.synced = True
        self.updated_at = update.updated_at
        if update.last is not None:
            self.last = Decimal(update.last)
        return "synced"

    def feed(self, item: BookUpdate | Gap) -> Literal["yield", "skip", "resync"]:
        """What a stream does with one subscription item: yield the book, skip, or resync.

        After a reconnect CoinEx sends a full book on the restored subscription, so a gap only
        resets the book; an overflow gap (updates dropped locally) needs a fresh snapshot.
        """
        if isinstance(item, Gap):
            self.gaps += 1
            self.reset()
            return "resync" if item.reason == "overflow" else "skip"
        status = self.apply(item)
        if status == "synced":
            return "yield"
        return "resync" if status == "checksum_mismatch" else "skip"

    def checksum(self) -> int:
        """CRC32 of the current book as CoinEx computes it (§11)."""
        return crc32(checksum_string(self._bids.strings(), self._asks.strings()))

    @property
    def bids(self) -> list[tuple[Decimal, Decimal]]:
        """``(price, amount)`` levels, highest price first."""
        return self._bids.decimals()

    @property
    def asks(self) -> list[tuple[Decimal, Decimal]]:
        """``(price, amount)`` levels, lowest price first."""
        return self._asks.decimals()

    @property
    def best_bid(self) -> Decimal | None:
        ordered = self._bids.ordered()
        return ordered[0][1][0] if ordered else None

    @property
    def best_ask(self) -> Decimal | None:
        ordered = self._asks.ordered()
        return ordered[0][1][0] if ordered else None

    def __repr__(self) -> str:
        return (
            f"OrderBook(market={self.market!r}, synced={self.synced}, "
            f"best_bid={self.best_bid}, best_ask={self.best_ask})"
        )
