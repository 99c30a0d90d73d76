"""Stop (trigger) orders: held aside until a price crosses ``trigger_price``, then placed.

CoinEx decides the trigger direction from where the price is when the stop is placed: a trigger
above the current price fires when the price rises to it (``higher``), otherwise when it falls to
it (``lower``). Spot stops watch the latest trade price; futures stops watch the price named by
``trigger_price_type`` (latest, mark or index). Nothing is reserved until the stop fires (docs
put-stop-order: "the stop order does not freeze balance before it is triggered"); if the order it
places is then rejected, the stop ends ``active_fail``.

The exchange runs ``check`` after every operation, so a trade that moves the price fires the
stops it crosses before the request that caused it has returned.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..render._render import stop_order_ws
from ._accounts import Account
from ._errors import PARAMETER_ERROR, SandboxApiError
from ._events import Event
from ._open_orders import OpenOrders
from ._orders import (
    TRIGGER_PRICE_TYPES,
    Order,
    OrderTerms,
    StopChanges,
    StopOrder,
    StopStatus,
    TriggerPriceType,
    order_terms,
)
from ._state import operation
from ._trading import TradingEngine

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["StopEngine"]

Prepare = Callable[..., Order]


class StopEngine(OpenOrders[StopOrder]):
    """The stop orders of one scope (spot or futures)."""

    def __init__(
        self,
        engine: TradingEngine[Any],
        prepare: Prepare,
        reference_price: Callable[[str, TriggerPriceType], Decimal],
    ) -> None:
        self.engine = engine
        self.state = engine.state
        self._prepare = prepare
        self._reference_price = reference_price

    @property
    def scope(self) -> str:
        return self.engine.scope

    def owns(self, order: OrderTerms) -> bool:
        return self.engine.owns(order)

    def held(self, account: Account) -> dict[int, StopOrder]:
        return account.stop_orders

    def history(self, account: Account) -> list[StopOrder]:
        return account.finished_stops

    def end_canceled(self, account: Account, order: StopOrder) -> None:
        self._end(account, order, "cancel", "cancel")

    @operation
    def place(
        self,
        account: Account,
        /,
        *,
        trigger_price: Decimal,
        trigger_price_type: str = "latest_price",
        **request: Any,
    ) -> StopOrder:
        """Validate the order it will place (as ``prepare`` would) and hold the stop."""
        if trigger_price_type not in TRIGGER_PRICE_TYPES:
            raise SandboxApiError(PARAMETER_ERROR, "invalid trigger_price_type")
        if self.scope == "spot" and trigger_price_type != "latest_price":
            raise SandboxApiError(PARAMETER_ERROR, "spot stops trigger on latest_price")
        template = self._prepare(account, **request)
        trigger = self.engine.quantize_price(template.market, trigger_price)
        if trigger <= 0:
            raise SandboxApiError(PARAMETER_ERROR, "invalid trigger_price")
        current = self._reference_price(template.market, trigger_price_type)
        stop = StopOrder(
            **order_terms(template),
            stop_id=self.state.next_id("stop"),
            trigger_price=trigger,
            trigger_direction="higher" if trigger > current else "lower",
            trigger_price_type=trigger_price_type,
            ccy=request.get("ccy") or template.ccy,
            is_hide=template.is_hide,
            stp_mode=template.stp_mode,
            updated_at=template.created_at,
        )
        account.stop_orders[stop.stop_id] = stop
        self._emit(account, stop, "put")
        return stop

    def _end(self, account: Account, stop: StopOrder, status: StopStatus, event: str) -> None:
        del account.stop_orders[stop.stop_id]
        stop.status = status
        stop.updated_at = self.state.now_ms()
        account.finished_stops.append(stop)
        self._emit(account, stop, event)

    @operation
    def modify(
        self, account: Account, market: str, stop_id: int, **changes: Unpack[StopChanges]
    ) -> StopOrder:
        stop = self.open_order(account, market, stop_id)
        amount, price = changes.get("amount"), changes.get("price")
        trigger_price = changes.get("trigger_price")
        if amount is not None:
            new_amount = self.engine.quantize_amount(market, amount)
            if new_amount <= 0:
                raise SandboxApiError(PARAMETER_ERROR, "invalid amount")
            stop.amount = new_amount
        if price is not None and stop.type != "market":
            stop.price = self.engine.quantize_price(market, price)
        if trigger_price is not None:
            stop.trigger_price = self.engine.quantize_price(market, trigger_price)
            current = self._reference_price(market, stop.trigger_price_type)
            stop.trigger_direction = "higher" if stop.trigger_price > current else "lower"
        stop.updated_at = self.state.now_ms()
        return stop

    def check(self) -> bool:
        """Fire every stop whose trigger price has been reached; True if any fired."""
        fired = False
        for account in list(self.state.accounts.values()):
            for stop in sorted(account.stop_orders.values(), key=lambda s: s.stop_id):
                if not self.owns(stop) or stop.stop_id not in account.stop_orders:
                    continue
                price = self._reference_price(stop.market, stop.trigger_price_type)
                if (stop.trigger_direction == "higher" and price >= stop.trigger_price) or (
                    stop.trigger_direction == "lower" and price <= stop.trigger_price
                ):
                    self._fire(account, stop)
                    fired = True
        return fired

    def _fire(self, account: Account, stop: StopOrder) -> None:
        request: dict[str, Any] = {
            "market": stop.market,
            "side": stop.side,
            "type": stop.type,
            "amount": stop.amount,
            "price": stop.price if stop.type != "market" else None,
            "client_id": stop.client_id,
            "is_hide": stop.is_hide,
            "stp_mode": stop.stp_mode,
            "stop_id": stop.stop_id,
        }
        if self.scope == "spot":
            request["market_type"] = stop.market_type
            request["ccy"] = stop.ccy or None
        try:
            order = self.engine.submit(account, self._prepare(account, **request))
        except SandboxApiError:
            self._end(account, stop, "active_fail", "active")
        else:
            stop.order_id = order.order_id
            self._end(account, stop, "active_success", "active")

    def _emit(self, account: Account, stop: StopOrder, event: str) -> None:
        margin_market = stop.market if stop.market_type == "MARGIN" else ""
        self.state.emit(
            Event(
                "stop",
                self.engine.scope,
                stop.market,
                {"event": event, "stop": stop_order_ws(stop, margin_market)},
                user_id=account.user_id,
            )
        )
