"""What spot and futures order handling share: place, match, rest, cancel, modify.

An order goes through the same steps in both engines:

1. ``prepare`` validates the request and builds the ``Order`` (no side effect yet; the rules
   both venues share are in ``_order_requests``).
2. ``submit`` plans the match (``_book.plan_match``), rejects what CoinEx rejects before anything
   happens (3622 maker-only would take, 3621 FOK cannot fill completely, 3620 market order into an
   empty book), reserves what the order may spend (3109 if the balance is short), then executes
   the plan fill by fill and finally rests the remainder (limit, maker_only) or finishes the order
   (market, ioc, fok, or fully filled).

Listing and canceling open orders works as for stop orders (``_open_orders``). The subclasses
decide only what is market-specific: what an order reserves, and how one fill moves money (spot
balances, or futures margin and positions).
"""

from __future__ import annotations

from abc import abstractmethod
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from ..render._render import public_deal, user_deal_ws
from ._accounts import Account
from ._book import CancelMaker, Fill, MatchPlan, OrderBook, StopTaker, crosses, plan_match
from ._errors import (
    FOK_UNFILLED,
    MAKER_ONLY_WOULD_TAKE,
    MARKET_DEPTH_EMPTY,
    ORDER_NOT_FOUND,
    PARAMETER_ERROR,
    SandboxApiError,
)
from ._events import Event
from ._marketdata import MarketData
from ._open_orders import OpenOrders
from ._order_requests import RESTING_TYPES, OrderRequests
from ._orders import Order, OrderChanges, OrderTerms, PublicDeal, Role, UserDeal
from ._state import M, operation

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._stops import StopEngine

__all__ = ["FillResult", "TradingEngine"]


@attrs.frozen
class FillResult:
    """What one side of a fill paid and earned, for its user-deal record."""

    fee: Decimal
    fee_ccy: str
    position_id: int = 0
    realized_pnl: Decimal = Decimal(0)


class TradingEngine(OrderRequests[M], OpenOrders[Order]):
    """Order lifecycle shared by the spot and futures engines."""

    stops: StopEngine
    """The venue's stop orders (set by the exchange, which knows their trigger prices)."""

    # -- the venue's books ----------------------------------------------------------------------

    def book(self, market: str) -> OrderBook:
        return self.venue.books[market]

    def data(self, market: str) -> MarketData:
        return self.venue.data[market]

    # -- market-specific hooks ------------------------------------------------------------------

    @abstractmethod
    def required_freeze(self, account: Account, order: Order, plan: MatchPlan) -> Decimal:
        """What ``order`` must reserve before executing ``plan`` and resting the remainder."""

    @abstractmethod
    def settle(
        self, account: Account, order: Order, price: Decimal, amount: Decimal, role: Role
    ) -> FillResult:
        """Move the money of one side of a fill."""

    @abstractmethod
    def order_event_data(self, order: Order) -> dict[str, Any]:
        """The ``order`` object of an ``order.update`` push."""

    def after_trade(self, account: Account, order: Order) -> None:
        """Called for each side after a fill is settled (futures: position events)."""

    # -- open orders (see ``OpenOrders``) ----------------------------------------------------------

    def owns(self, order: OrderTerms) -> bool:
        return (order.market_type == "FUTURES") == (self.scope == "futures")

    def held(self, account: Account) -> dict[int, Order]:
        return account.open_orders

    def history(self, account: Account) -> list[Order]:
        return account.finished_orders

    def end_canceled(self, account: Account, order: Order) -> None:
        self.finish(account, order)

    def find_order(self, account: Account, market: str, order_id: int) -> Order:
        """An open or finished order (canceled orders without fills are gone, as on CoinEx)."""
        order = account.open_orders.get(order_id)
        if order is None:
            order = next((o for o in account.finished_orders if o.order_id == order_id), None)
        if order is None or order.market != market or not self.owns(order):
            raise SandboxApiError(ORDER_NOT_FOUND)
        return order

    # -- placing --------------------------------------------------------------------------------

    def plan(self, order: Order) -> MatchPlan:
        return plan_match(
            self.book(order.market),
            user_id=order.user_id,
            side=order.side,
            limit_price=None if order.type == "market" else order.price,
            remaining=order.remaining,
            in_quote=order.in_quote,
            amount_places=self.amount_places(order.market),
            stp_mode=order.stp_mode,
        )

    def _check_plan(self, order: Order, plan: MatchPlan) -> None:
        book = self.book(order.market)
        if order.type == "maker_only":
            best = book.best("sell" if order.side == "buy" else "buy")
            if best is not None and crosses(order.side, order.price, best):
                raise SandboxApiError(MAKER_ONLY_WOULD_TAKE)
        elif order.type == "fok":
            if plan.filled_amount < order.remaining:
                raise SandboxApiError(FOK_UNFILLED)
        elif order.type == "market" and not plan.fills and not plan.stops_taker:
            raise SandboxApiError(MARKET_DEPTH_EMPTY)

    @operation
    def place(self, account: Account, /, **request: Any) -> Order:
        """Place an order (the keyword arguments of ``prepare``); returns it after matching."""
        return self.submit(account, self.prepare(account, **request))

    @operation
    def submit(self, account: Account, order: Order) -> Order:
        """Execute a prepared order; nothing has changed if this raises."""
        plan = self.plan(order)
        self._check_plan(order, plan)
        freeze = self.required_freeze(account, order, plan)
        account.ledger.freeze(order.wallet, order.frozen_ccy, freeze)
        order.frozen = freeze
        order.updated_at = order.created_at
        account.open_orders[order.order_id] = order
        self.emit_order(account, order, "put")
        self._run(account, order, plan)
        return order

    def _run(self, account: Account, order: Order, plan: MatchPlan) -> None:
        stopped = self.execute(account, order, plan)
        if order.is_finished:
            return
        if stopped or order.type not in RESTING_TYPES:
            self.finish(account, order)
        else:
            self.book(order.market).add(order)
            self.state.touch_market(self.scope, order.market)

    def execute(self, account: Account, taker: Order, plan: MatchPlan) -> bool:
        """Apply ``plan``; True if self-trade prevention stopped the taker."""
        for action in plan.actions:
            if isinstance(action, CancelMaker):
                maker_account = self.state.accounts[action.maker.user_id]
                self.finish(maker_account, action.maker)
            elif isinstance(action, StopTaker):
                return True
            elif isinstance(action, Fill):
                self.trade(account, taker, action)
        return False

    def trade(self, taker_account: Account, taker: Order, fill: Fill) -> None:
        """One fill at the maker's price: settle both sides, record deals, emit events."""
        maker = fill.maker
        maker_account = self.state.accounts[maker.user_id]
        now = self.state.now_ms()
        deal_id = self.state.next_id("deal")
        sides: tuple[tuple[Account, Order, Role], ...] = (
            (maker_account, maker, "maker"),
            (taker_account, taker, "taker"),
        )
        for account, order, role in sides:
            result = self.settle(account, order, fill.price, fill.amount, role)
            order.filled_amount += fill.amount
            order.filled_value += fill.amount * fill.price
            order.last_fill_amount = fill.amount
            order.last_fill_price = fill.price
            order.updated_at = now
            order.status = "part_filled"
            deal = UserDeal(
                deal_id=deal_id,
                created_at=now,
                user_id=account.user_id,
                market=order.market,
                market_type=order.market_type,
                side=order.side,
                order_id=order.order_id,
                client_id=order.client_id,
                price=fill.price,
                amount=fill.amount,
                role=role,
                fee=result.fee,
                fee_ccy=result.fee_ccy,
                margin_market=order.wallet.partition(":")[2],
                position_id=result.position_id,
                realized_pnl=result.realized_pnl,
            )
            account.deals.append(deal)
            self.emit_user_deal(account, deal)
        public = PublicDeal(deal_id, now, taker.side, fill.price, fill.amount)
        self.data(taker.market).record(public)
        self.state.emit(
            Event(
                "deals",
                self.scope,
                taker.market,
                {"market": taker.market, "deal_list": [public_deal(public)]},
            )
        )
        self.state.touch_market(self.scope, taker.market)
        if maker.remaining <= 0:
            self.finish(maker_account, maker)
        else:
            self.emit_order(maker_account, maker, "update")
        if taker.remaining <= 0:
            self.finish(taker_account, taker)
        else:
            self.emit_order(taker_account, taker, "update")
        self.after_trade(maker_account, maker)
        self.after_trade(taker_account, taker)

    def finish(self, account: Account, order: Order) -> None:
        """End an order: leave the book, give back what it still reserves, keep history."""
        book = self.book(order.market)
        if order in book:
            book.remove(order)
            self.state.touch_market(self.scope, order.market)
        account.ledger.unfreeze(order.wallet, order.frozen_ccy, order.frozen)
        order.frozen = Decimal(0)
        order.updated_at = self.state.now_ms()
        if order.filled_amount == 0:
            order.status = "canceled"
        elif order.remaining <= 0 or self._is_dust(order):
            order.status = "filled"
        else:
            order.status = "part_canceled"
        account.open_orders.pop(order.order_id, None)
        if order.filled_amount > 0:
            account.finished_orders.append(order)
        self.emit_order(account, order, "finish")

    def _is_dust(self, order: Order) -> bool:
        """A quote-budget market order whose leftover cannot buy one more amount step."""
        if not order.in_quote:
            return False
        step = Decimal(1).scaleb(-self.amount_places(order.market))
        return order.remaining < order.last_fill_price * step

    # -- cancel and modify ----------------------------------------------------------------------

    @operation
    def modify(
        self, account: Account, market: str, order_id: int, **changes: Unpack[OrderChanges]
    ) -> Order:
        """Edit a resting order's amount and/or price in place (same ``order_id``).

        The order goes to the back of its price level (it loses time priority) and, if the new
        price crosses the book, trades at once like a new order would. A maker-only order that
        would now take is rejected (3622).
        """
        order = self.open_order(account, market, order_id)
        if order.type not in RESTING_TYPES:
            raise SandboxApiError(PARAMETER_ERROR, "only limit orders can be modified")
        amount, price = changes.get("amount"), changes.get("price")
        new_amount = order.amount if amount is None else self.quantize_amount(market, amount)
        new_price = order.price if price is None else self.quantize_price(market, price)
        if new_amount <= order.filled_amount or new_price <= 0:
            raise SandboxApiError(PARAMETER_ERROR, "amount must exceed the filled amount")
        edited = attrs.evolve(order, amount=new_amount, price=new_price)
        plan = self.plan(edited)
        self._check_plan(edited, plan)
        delta = self.required_freeze(account, edited, plan) - order.frozen
        if delta > 0:
            account.ledger.freeze(order.wallet, order.frozen_ccy, delta)
        else:
            account.ledger.unfreeze(order.wallet, order.frozen_ccy, -delta)
        self.book(market).remove(order)
        self.state.touch_market(self.scope, market)
        order.frozen += delta
        order.amount = new_amount
        order.price = new_price
        order.updated_at = self.state.now_ms()
        self.emit_order(account, order, "modify")
        self._run(account, order, plan)
        return order

    # -- events ---------------------------------------------------------------------------------

    def emit_order(self, account: Account, order: Order, event: str) -> None:
        self.state.emit(
            Event(
                "order",
                self.scope,
                order.market,
                {"event": event, "order": self.order_event_data(order)},
                user_id=account.user_id,
            )
        )

    def emit_user_deal(self, account: Account, deal: UserDeal) -> None:
        self.state.emit(
            Event(
                "user_deals", self.scope, deal.market, user_deal_ws(deal), user_id=account.user_id
            )
        )
