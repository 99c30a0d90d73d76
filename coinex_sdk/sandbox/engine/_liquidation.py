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

What the book cannot take is **auto-deleveraged** (ADL): the opposite positions are ranked by
their profit on their margin, and the most profitable are reduced against the liquidated
position at its bankruptcy price, without fees, as one deal between the two accounts (orders
and deals pushed as usual, a position closed this way finishes as ``adl``). Both sides of each
such fill are recorded for ``GET /v2/futures/position-adl-history``.

``check`` runs after every operation (a settle hook), so a price move, a funding settlement or a
clock advance that empties a margin liquidates before the request that caused it returns. With
nothing in the book to trade against, the position stays open and is tried again after the
next operation.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from ._accounts import Account
from ._book import Fill
from ._errors import SandboxApiError
from ._futures import FuturesEngine
from ._ledger import FUTURES
from ._num import ZERO
from ._orders import Order, Role, Side, UserDeal
from ._positions import Position, PositionSide

__all__ = ["AdlRecord", "LiquidationEngine", "LiquidationRecord"]


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


@attrs.frozen
class AdlRecord:
    """One auto-deleveraging fill of a position (``position-adl-history`` item)."""

    user_id: int
    position_id: int
    market: str
    order_id: int
    deal_id: int
    amount: Decimal
    price: Decimal
    side: Side
    role: Role
    created_at: int

    @classmethod
    def of(cls, deal: UserDeal) -> AdlRecord:
        """The record of one side's deal of an auto-deleveraging fill (every field of the
        record is the deal's field of the same name)."""
        return cls(**{field.name: getattr(deal, field.name) for field in attrs.fields(cls)})


class LiquidationEngine:
    def __init__(self, futures: FuturesEngine) -> None:
        self.futures = futures
        self.state = futures.state
        self.history: list[LiquidationRecord] = []
        self.adl_history: list[AdlRecord] = []

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
        """Liquidate the positions below their maintenance margin; True if any was acted on
        (the exchange then checks again, until nothing more happens)."""
        acted = False
        for account in list(self.state.accounts.values()):
            if account.positions:
                victim = self._first_in_shortfall(account)
                if victim is not None and self._liquidate(account, victim):
                    acted = True
        return acted

    def _first_in_shortfall(self, account: Account) -> Position | None:
        """An isolated position at its maintenance margin, or the cross position losing the
        most in a settlement currency whose shared balance is at it (None: all are safe).
        Each position's figures are computed once (this runs after every operation)."""
        cross: dict[str, list[tuple[Position, Decimal, Decimal]]] = {}
        for pos in account.positions.values():
            equity, maintenance = self._equity(pos)
            if pos.margin_mode == "isolated":
                if equity <= maintenance:
                    return pos
            else:
                ccy = self.futures.market(pos.market).settle_ccy
                cross.setdefault(ccy, []).append((pos, equity, maintenance))
        for ccy, group in cross.items():
            equity = account.ledger.get(FUTURES, ccy).available + sum(e for _, e, _ in group)
            if equity <= sum(m for _, _, m in group):
                return min(group, key=lambda item: item[1] - item[0].margin)[0]
        return None

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
            pass  # nothing in the book to trade against
        finally:
            pos.closing_reason = ""
        if account.positions.get(pos.market) is pos:
            self._auto_deleverage(account, pos, bankruptcy)
        closed = before - (pos.amount if account.positions.get(pos.market) is pos else ZERO)
        if closed <= 0:
            return False
        self.history.append(
            LiquidationRecord(
                **pos.key,
                side=pos.side,
                liq_price=mark,
                liq_amount=closed,
                bkr_price=bankruptcy,
                created_at=self.state.now_ms(),
            )
        )
        return True

    def _auto_deleverage(self, account: Account, pos: Position, bankruptcy: Decimal) -> None:
        """Close what is left of ``pos`` against the most profitable opposite positions at
        the bankruptcy price (see the module docstring)."""
        market = pos.market
        price = self.futures.quantize_price(market, bankruptcy)
        if price <= 0:
            return
        ranked = sorted(
            (
                (other_account, other)
                for other_account in self.state.accounts.values()
                if other_account is not account
                for other in [other_account.positions.get(market)]
                if other is not None and other.side != pos.side
            ),
            key=lambda item: self._profit_ratio(item[1]),
            reverse=True,
        )
        for counterparty, other in ranked:
            if account.positions.get(market) is not pos:
                return
            amount = min(pos.amount, other.amount)
            liq_order = self._closing_order(account, pos, amount, price)
            adl_order = self._closing_order(counterparty, other, amount, price)
            pos.closing_reason, other.closing_reason = "liq", "adl"
            try:
                self.futures.trade(
                    account, liq_order, Fill(maker=adl_order, price=price, amount=amount)
                )
            finally:
                pos.closing_reason = other.closing_reason = ""
            for who in (counterparty, account):  # maker, then taker
                self.adl_history.append(AdlRecord.of(who.deals[-1]))

    def _closing_order(
        self, account: Account, pos: Position, amount: Decimal, price: Decimal
    ) -> Order:
        """A fee-free reduce-only order at ``price``, open for one fill outside the book."""
        order = self.futures.prepare(
            account,
            market=pos.market,
            side="sell" if pos.side == "long" else "buy",
            type="limit",
            amount=amount,
            price=price,
            reduce_only=True,
        )
        order.maker_fee_rate = order.taker_fee_rate = ZERO
        account.open_orders[order.order_id] = order
        self.futures.emit_order(account, order, "put")
        return order

    def _profit_ratio(self, pos: Position) -> Decimal:
        """Unrealized PnL per unit of margin: who gains the most is deleveraged first."""
        return self._unrealized(pos) / pos.margin if pos.margin > 0 else self._unrealized(pos)

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
