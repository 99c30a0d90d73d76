"""Position take-profit and stop-loss: stored on the position, fired by the simulated prices.

CoinEx attaches TP/SL to a position (docs futures/position set-position-take-profit and friends):
a trigger price, the price it watches (latest, mark or index) and optionally an amount (a
partial TP/SL; without one it closes the whole position). A position has at most one whole-
position take-profit and one whole-position stop-loss (setting another replaces it) and any
number of partial ones; the position shows them in ``take_profit_list`` / ``stop_loss_list``
and the whole-position (else the first) one in ``take_profit_price`` / ``stop_loss_price``.

A long takes profit when the price rises to the trigger and stops its loss when it falls to it;
a short the other way round. A trigger already reached when it is set is refused (CoinEx refuses
a take-profit on the wrong side of the price). ``check`` runs after every operation, like the
stop orders: a fired TP/SL places a reduce-only market order for its amount (at most what is
still open), which trades through the book like any order, so ``order.update``,
``user_deals.update`` and ``position.update`` are pushed as CoinEx does; a position it closes
finishes as ``take_profit`` or ``stop_loss``. Closing a position drops its TP/SL.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from ._accounts import Account
from ._errors import ORDER_NOT_FOUND, PARAMETER_ERROR, SandboxApiError
from ._futures import FuturesEngine
from ._orders import TRIGGER_PRICE_TYPES, TriggerPriceType
from ._positions import Position, TpSl, TpSlKind
from ._state import operation

__all__ = ["TpSlEngine"]


class TpSlEngine:
    """Set, modify, cancel and fire the take-profits and stop-losses of futures positions."""

    def __init__(
        self, futures: FuturesEngine, reference_price: Callable[[str, TriggerPriceType], Decimal]
    ) -> None:
        self.futures = futures
        self.state = futures.state
        self._reference_price = reference_price

    @operation
    def set(
        self,
        account: Account,
        kind: TpSlKind,
        *,
        market: str,
        price_type: str,
        price: Decimal,
        amount: Decimal | None = None,
    ) -> Position:
        """``set-position-take-profit`` / ``set-position-stop-loss``."""
        pos = self.futures.position_of(account, market)
        item = TpSl(
            id=self.state.next_id("stop"),
            kind=kind,
            price=self._price(market, price),
            price_type=self._price_type(price_type),
            amount=self._amount(market, amount),
            created_at=self.state.now_ms(),
        )
        self._check_not_reached(pos, item)
        items = pos.tpsl(kind)
        if item.is_all:  # one whole-position TP (SL) per position: the new one replaces it
            items[:] = [other for other in items if not other.is_all]
        items.append(item)
        self._touch(account, pos)
        return pos

    @operation
    def modify(
        self,
        account: Account,
        kind: TpSlKind,
        *,
        market: str,
        tpsl_id: int,
        price_type: str | None = None,
        price: Decimal | None = None,
        amount: Decimal | None = None,
    ) -> Position:
        """``modify-position-take-profit`` / ``modify-position-stop-loss``."""
        if price_type is None and price is None and amount is None:
            wanted = f"{kind}_type, {kind}_price or {kind}_amount"
            raise SandboxApiError(PARAMETER_ERROR, f"invalid argument: pass {wanted}")
        pos = self.futures.position_of(account, market)
        item = self._find(pos, kind, tpsl_id)
        changed = TpSl(
            id=item.id,
            kind=kind,
            price=item.price if price is None else self._price(market, price),
            price_type=item.price_type if price_type is None else self._price_type(price_type),
            amount=item.amount if amount is None else self._amount(market, amount),
            created_at=item.created_at,
        )
        self._check_not_reached(pos, changed)
        items = pos.tpsl(kind)
        items[items.index(item)] = changed
        self._touch(account, pos)
        return pos

    @operation
    def cancel(
        self, account: Account, kind: TpSlKind, *, market: str, tpsl_id: int | None = None
    ) -> Position:
        """``cancel-position-take-profit`` / ``cancel-position-stop-loss``: one by id, or all
        of that kind when no id is given."""
        pos = self.futures.position_of(account, market)
        items = pos.tpsl(kind)
        if tpsl_id is None:
            items.clear()
        else:
            items.remove(self._find(pos, kind, tpsl_id))
        self._touch(account, pos)
        return pos

    # -- firing ---------------------------------------------------------------------------------

    def check(self) -> bool:
        """Fire every TP/SL whose trigger price has been reached; True if any fired."""
        fired = False
        for account in list(self.state.accounts.values()):
            for pos in list(account.positions.values()):
                if not (pos.take_profits or pos.stop_losses):
                    continue
                for item in sorted([*pos.take_profits, *pos.stop_losses], key=lambda i: i.id):
                    if account.positions.get(pos.market) is not pos:
                        break  # an earlier trigger closed the position
                    if item not in pos.tpsl(item.kind):
                        continue
                    current = self._reference_price(pos.market, item.price_type)
                    if item.reached(pos.side, current):
                        self._fire(account, pos, item)
                        fired = True
        return fired

    def _fire(self, account: Account, pos: Position, item: TpSl) -> None:
        pos.tpsl(item.kind).remove(item)
        amount = pos.amount if item.amount is None else min(item.amount, pos.amount)
        pos.closing_reason = item.kind
        try:
            self.futures.close_position(account, market=pos.market, type="market", amount=amount)
        except SandboxApiError:
            pass  # nothing to trade against: the trigger is spent, as a failed stop is
        finally:
            pos.closing_reason = ""

    # -- helpers --------------------------------------------------------------------------------

    def _touch(self, account: Account, pos: Position) -> None:
        pos.updated_at = self.state.now_ms()
        self.futures.emit_position(account, pos, "update")

    @staticmethod
    def _find(pos: Position, kind: TpSlKind, tpsl_id: int) -> TpSl:
        for item in pos.tpsl(kind):
            if item.id == tpsl_id:
                return item
        raise SandboxApiError(ORDER_NOT_FOUND, f"{kind} {tpsl_id} not found")

    def _price(self, market: str, price: Decimal) -> Decimal:
        quantized = self.futures.quantize_price(market, price)
        if quantized <= 0:
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: price")
        return quantized

    @staticmethod
    def _price_type(price_type: str) -> TriggerPriceType:
        if price_type not in TRIGGER_PRICE_TYPES:
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: price type")
        return price_type

    def _amount(self, market: str, amount: Decimal | None) -> Decimal | None:
        if amount is None:
            return None
        quantized = self.futures.quantize_amount(market, amount)
        if quantized <= 0 or quantized < self.futures.market(market).min_amount:
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: amount")
        return quantized

    def _check_not_reached(self, pos: Position, item: TpSl) -> None:
        current = self._reference_price(pos.market, item.price_type)
        if item.reached(pos.side, current):
            above = (pos.side == "long") == (item.kind == "take_profit")
            where = "above" if above else "below"
            raise SandboxApiError(
                PARAMETER_ERROR,
                f"invalid argument: the {item.kind} price of a {pos.side} position must be "
                f"{where} the current {item.price_type} ({current})",
            )
