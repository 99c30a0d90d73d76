"""The order book of one market and the price-time-priority match plan.

Resting orders sit in price levels; within a level they keep arrival order (a FIFO deque), and
the best level is matched first: the lowest ask for a buyer, the highest bid for a seller. Every
trade happens at the resting (maker) order's price.

Matching is split in two. ``plan_match`` walks the book without changing it and returns what an
incoming order would do: fills, and self-trade-prevention cancels (CoinEx ``stp_mode``: ``ct``
cancels the taker's remainder, ``cm`` the resting order, ``both`` both). The engine then checks
the plan (a FOK order must fill completely, a maker-only order must not fill at all, a market
order reserves exactly what it will spend) before executing it step by step. Planning first is
what lets a rejected order leave no trace.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterator
from decimal import Decimal

import attrs

from ._num import ZERO, div
from ._orders import Order, Side, StpMode

__all__ = ["CancelMaker", "Fill", "MatchPlan", "OrderBook", "StopTaker", "crosses", "plan_match"]


def crosses(side: Side, limit_price: Decimal, maker_price: Decimal) -> bool:
    """Whether an order on ``side`` limited at ``limit_price`` may trade at ``maker_price``."""
    return maker_price <= limit_price if side == "buy" else maker_price >= limit_price


class OrderBook:
    """Resting limit and maker-only orders of one market."""

    __slots__ = ("_levels", "_prices", "market")

    def __init__(self, market: str) -> None:
        self.market = market
        self._levels: dict[Side, dict[Decimal, deque[Order]]] = {"buy": {}, "sell": {}}
        # Ascending prices per side: the best bid is the last, the best ask the first.
        self._prices: dict[Side, list[Decimal]] = {"buy": [], "sell": []}

    def add(self, order: Order) -> None:
        levels = self._levels[order.side]
        queue = levels.get(order.price)
        if queue is None:
            queue = levels[order.price] = deque()
            bisect.insort(self._prices[order.side], order.price)
        queue.append(order)

    def remove(self, order: Order) -> None:
        levels = self._levels[order.side]
        queue = levels[order.price]
        queue.remove(order)
        if not queue:
            del levels[order.price]
            prices = self._prices[order.side]
            del prices[bisect.bisect_left(prices, order.price)]

    def __contains__(self, order: Order) -> bool:
        queue = self._levels[order.side].get(order.price)
        return queue is not None and order in queue

    def best(self, side: Side) -> Decimal | None:
        """Best price resting on ``side`` (best bid for ``buy``, best ask for ``sell``)."""
        prices = self._prices[side]
        if not prices:
            return None
        return prices[-1] if side == "buy" else prices[0]

    def _prices_best_first(self, side: Side) -> list[Decimal]:
        prices = self._prices[side]
        return list(reversed(prices)) if side == "buy" else list(prices)

    def makers(self, taker_side: Side) -> Iterator[Order]:
        """Resting orders an incoming ``taker_side`` order meets, in priority order."""
        side: Side = "sell" if taker_side == "buy" else "buy"
        for price in self._prices_best_first(side):
            yield from list(self._levels[side][price])

    def orders(self) -> Iterator[Order]:
        for side in ("buy", "sell"):
            for queue in list(self._levels[side].values()):
                yield from list(queue)

    def levels(self, side: Side) -> list[tuple[Decimal, Decimal]]:
        """Visible ``(price, amount)`` levels best first; hidden (``is_hide``) orders excluded."""
        result = []
        for price in self._prices_best_first(side):
            amount = sum(
                (order.remaining for order in self._levels[side][price] if not order.is_hide), ZERO
            )
            if amount > 0:
                result.append((price, amount))
        return result


@attrs.frozen
class Fill:
    maker: Order
    price: Decimal
    amount: Decimal


@attrs.frozen
class CancelMaker:
    """Self-trade prevention cancels this resting order."""

    maker: Order


@attrs.frozen
class StopTaker:
    """Self-trade prevention cancels the rest of the incoming order."""


Action = Fill | CancelMaker | StopTaker


@attrs.frozen
class MatchPlan:
    actions: tuple[Action, ...]

    @property
    def fills(self) -> list[Fill]:
        return [action for action in self.actions if isinstance(action, Fill)]

    @property
    def filled_amount(self) -> Decimal:
        return sum((fill.amount for fill in self.fills), ZERO)

    @property
    def filled_value(self) -> Decimal:
        return sum((fill.amount * fill.price for fill in self.fills), ZERO)

    @property
    def stops_taker(self) -> bool:
        return any(isinstance(action, StopTaker) for action in self.actions)


def plan_match(
    book: OrderBook,
    *,
    user_id: int,
    side: Side,
    limit_price: Decimal | None,
    remaining: Decimal,
    in_quote: bool,
    amount_places: int,
    stp_mode: StpMode,
) -> MatchPlan:
    """What an incoming order would do against ``book`` right now, without changing anything.

    ``remaining`` is a base amount, or a quote budget when ``in_quote`` (spot market orders whose
    ``ccy`` is the quote currency): each fill then buys as much as the budget pays for, rounded
    down to the market's amount precision.
    """
    actions: list[Action] = []
    for maker in book.makers(side):
        if limit_price is not None and not crosses(side, limit_price, maker.price):
            break
        if stp_mode and maker.user_id == user_id:
            if stp_mode == "cm":
                actions.append(CancelMaker(maker))
                continue
            if stp_mode == "both":
                actions.append(CancelMaker(maker))
            actions.append(StopTaker())
            break
        if in_quote:
            amount = min(maker.remaining, div(remaining, maker.price, amount_places))
        else:
            amount = min(maker.remaining, remaining)
        if amount <= 0:
            break
        actions.append(Fill(maker, maker.price, amount))
        remaining -= amount * maker.price if in_quote else amount
        if remaining <= 0:
            break
    return MatchPlan(tuple(actions))
