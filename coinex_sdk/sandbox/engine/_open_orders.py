"""What a venue's orders and its stop orders share: held open per account, listed, canceled.

Each account holds its open orders (and its waiting stop orders) by id and keeps the finished
ones as history; the spot venue sees only SPOT and MARGIN ones, the futures venue only FUTURES
ones. Both kinds are listed newest first and canceled by id, all of a market (optionally one
side), or all carrying a ``client_id`` (3600 when none does), as CoinEx's ``cancel-all-order``
and ``cancel-*-by-client-id`` do.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Generic, TypeVar

from ._accounts import Account
from ._errors import ORDER_NOT_FOUND, PARAMETER_ERROR, SandboxApiError
from ._orders import OrderTerms
from ._state import ExchangeState, operation

__all__ = ["OpenOrders"]

T = TypeVar("T", bound=OrderTerms)


class OpenOrders(ABC, Generic[T]):
    """One venue's open orders of one kind (orders or stop orders) in every account."""

    state: ExchangeState

    @abstractmethod
    def owns(self, order: OrderTerms) -> bool:
        """Whether ``order`` belongs to this venue."""

    @abstractmethod
    def held(self, account: Account) -> dict[int, T]:
        """The account's open orders of this kind, by id."""

    @abstractmethod
    def history(self, account: Account) -> list[T]:
        """The account's finished orders of this kind, oldest first."""

    @abstractmethod
    def end_canceled(self, account: Account, order: T) -> None:
        """End an open order as canceled."""

    def open_order(self, account: Account, market: str, order_id: int) -> T:
        order = self.held(account).get(order_id)
        if order is None or order.market != market or not self.owns(order):
            raise SandboxApiError(ORDER_NOT_FOUND)
        return order

    def pending(self, account: Account) -> list[T]:
        """Open orders of this venue, newest first."""
        newest_first = sorted(self.held(account).items(), key=lambda item: item[0], reverse=True)
        return [order for _, order in newest_first if self.owns(order)]

    def finished(self, account: Account) -> list[T]:
        """Finished orders of this venue, newest first."""
        return [order for order in reversed(self.history(account)) if self.owns(order)]

    @operation
    def cancel(self, account: Account, market: str, order_id: int) -> T:
        """Cancel one open order (``order_id``: a stop order's ``stop_id``)."""
        order = self.open_order(account, market, order_id)
        self.end_canceled(account, order)
        return order

    @operation
    def cancel_all(self, account: Account, market: str, side: str | None = None) -> list[T]:
        if side not in (None, "buy", "sell"):
            raise SandboxApiError(PARAMETER_ERROR, "invalid side")
        orders = [o for o in self.pending(account) if o.market == market and side in (None, o.side)]
        return self._cancel(account, orders)

    @operation
    def cancel_by_client_id(self, account: Account, market: str | None, client_id: str) -> list[T]:
        """Cancel every open order with ``client_id`` (in ``market``, or in any market)."""
        orders = [
            o
            for o in self.pending(account)
            if market in (None, o.market) and o.client_id == client_id
        ]
        if not orders:
            raise SandboxApiError(ORDER_NOT_FOUND)
        return self._cancel(account, orders)

    def _cancel(self, account: Account, orders: list[T]) -> list[T]:
        for order in orders:
            self.end_canceled(account, order)
        return orders
