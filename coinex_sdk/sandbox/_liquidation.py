"""Liquidation: a position whose margin runs out is closed by the exchange.

CoinEx liquidates when a position's margin falls to its maintenance margin (docs futures
position: ``liq_price``, ``maintenance_margin_rate``):

* an **isolated** position when ``margin + unrealized PnL <= value x maintenance_margin_rate`` at
  the mark price, i.e. when the mark price reaches the position's ``liq_price``;
* **cross** positions share the account's available balance of their settlement currency: when
  ``available + sum(margin + unrealized PnL) <= sum(value x maintenance_margin_rate)`` the position
  losing the most is liquidated first, then the account is checked again.

Liquidating cancels the account's open orders in that market (their reserved margin comes back)
and closes the position with a reduce-only market order through the book, like the liquidation
engine selling into the market: the position finishes as ``liq`` and ``position.update`` says
``liq``. A loss beyond what the account holds is covered by the insurance fund (as every futures
loss in the sandbox), so no balance goes negative and no money is created or lost. Each
liquidation is recorded for ``GET /v2/futures/liquidation-history`` with the mark price it
happened at (``liq_price``) and the position's bankruptcy price.

``check`` runs after every operation (a settle hook), so a price move, a funding settlement or a
clock advance that empties a margin liquidates before the request that caused it returns. With
nothing in the book to trade against, the position stays open and is tried again after the
next operation.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from ._accounts import Account
from ._errors import SandboxApiError
from ._futures import FuturesEngine
from ._ledger import FUTURES
from ._num import ZERO
from ._positions import Position, PositionSide

__all__ = ["LiquidationEngine", "LiquidationRecord"]


@attrs.frozen
class LiquidationRecord:
    """One liquidation (``GET /v2/futures/liquidation-history`` item, plus whose it was)."""

    market: str
    side: PositionSide
    liq_price: Decimal
    liq_amount: Decimal
    bkr_price: Decimal
    created_at: int
    user_id: int
    position_id: int


class LiquidationEngine:
    def __init__(self, futures: FuturesEngine) -> None:
        self.futures = futures
        self.state = futures.state
        self.history: list[LiquidationRecord] = []

    def maintenance_shortfall(self, account: Account, pos: Position) -> bool:
        """Whether ``pos`` (with the account's other cross positions) is at or below its
        maintenance margin at the current mark prices."""
        if pos.margin_mode == "isolated":
            equity, maintenance = self._equity(pos)
            return equity <= maintenance
        ccy = self.futures.market(pos.market).settle_ccy
        equity = account.ledger.get(FUTURES, ccy).available
        maintenance = ZERO
        for other in self._cross(account, ccy):
            pos_equity, pos_maintenance = self._equity(other)
            equity += pos_equity
            maintenance += pos_maintenance
        return equity <= maintenance

    def check(self) -> bool:
        """Liquidate every position below its maintenance margin; True if any was closed."""
        closed = False
        for account in list(self.state.accounts.values()):
            for pos in sorted(account.positions.values(), key=self._unrealized):
                if account.positions.get(pos.market) is not pos:
                    continue
                if self.maintenance_shortfall(account, pos) and self._liquidate(account, pos):
                    closed = True
                    break  # cross positions share one balance: check the account again
        return closed

    def _liquidate(self, account: Account, pos: Position) -> bool:
        spec = self.futures.market(pos.market)
        mark = self.futures.mark_price(pos.market)
        bankruptcy = pos.bankruptcy_price(spec)
        before = pos.amount
        self.futures.cancel_all(account, pos.market)
        if account.positions.get(pos.market) is not pos or not self.maintenance_shortfall(
            account, pos
        ):
            return True  # the released order margin saved it
        pos.closing_reason = "liq"
        try:
            self.futures.close_position(account, market=pos.market, type="market")
        except SandboxApiError:
            return False  # nothing to trade against: tried again after the next operation
        finally:
            pos.closing_reason = ""
        closed = before - (pos.amount if account.positions.get(pos.market) is pos else ZERO)
        if closed <= 0:
            return False
        self.history.append(
            LiquidationRecord(
                market=pos.market,
                side=pos.side,
                liq_price=mark,
                liq_amount=closed,
                bkr_price=bankruptcy,
                created_at=self.state.now_ms(),
                user_id=account.user_id,
                position_id=pos.position_id,
            )
        )
        return True

    def _equity(self, pos: Position) -> tuple[Decimal, Decimal]:
        """``(margin + unrealized PnL, maintenance margin)`` at the mark price."""
        spec = self.futures.market(pos.market)
        mark = self.futures.mark_price(pos.market)
        value = pos.value_at(spec, mark)
        return pos.margin + pos.unrealized_pnl(spec, mark), value * spec.maintenance_margin_rate

    def _unrealized(self, pos: Position) -> Decimal:
        spec = self.futures.market(pos.market)
        return pos.unrealized_pnl(spec, self.futures.mark_price(pos.market))

    def _cross(self, account: Account, ccy: str) -> list[Position]:
        return [
            pos
            for pos in account.positions.values()
            if pos.margin_mode == "cross" and self.futures.market(pos.market).settle_ccy == ccy
        ]
