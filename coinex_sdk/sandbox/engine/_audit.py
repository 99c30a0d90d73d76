"""Auditing the exchange: does every currency add up, and is every frozen balance explained?

The sandbox promises that no operation creates or destroys money. ``holdings`` counts everything
the exchange holds per currency; ``imbalance`` compares it with the money that entered (starting
balances, deposits) minus what left (withdrawals) and is empty when the promise holds.
``verify`` checks the other half: each account's frozen balances equal what its open orders and
pending withdrawals reserve, and nothing is negative. The property tests run both after every step
of random order flows.
"""

from __future__ import annotations

from decimal import Decimal

from ._futures import FuturesEngine
from ._ledger import SPOT, LedgerInvariantError
from ._num import ZERO
from ._state import ExchangeState, operation

__all__ = ["Audit"]


class Audit:
    def __init__(self, state: ExchangeState, futures: FuturesEngine) -> None:
        self.state = state
        self.futures = futures

    @operation
    def holdings(self) -> dict[str, Decimal]:
        """Everything the exchange holds, per currency: balances, margins, AMM pools, fees,
        insurance, less the margin loans' principal still owed to the exchange.

        An open futures position counts at what was paid to open it (its ``basis``, with the
        sign of the side that owes it). Every contract bought was sold by someone, so this equals
        counting all positions at any common mark price with their unrealized PnL.
        """
        totals: dict[str, Decimal] = {}

        def add(ccy: str, amount: Decimal) -> None:
            totals[ccy] = totals.get(ccy, ZERO) + amount

        for account in self.state.accounts.values():
            for _, ccy, bal in account.ledger.items():
                add(ccy, bal.total)
            for loan in account.loans:  # borrowed money is owed back to the exchange
                add(loan.ccy, -loan.principal)
            for pos in account.positions.values():
                spec = self.futures.market(pos.market)
                owes = (pos.side == "long") == (spec.contract_type == "linear")
                add(spec.settle_ccy, pos.margin + (-pos.basis if owes else pos.basis))
        for amm in self.state.amm_pools.values():
            pair = self.state.spot.markets[amm.market]
            add(pair.base_ccy, amm.base)
            add(pair.quote_ccy, amm.quote)
        for pool in (self.state.fees, self.state.insurance):
            for ccy, amount in pool.items():
                add(ccy, amount)
        return totals

    def imbalance(self) -> dict[str, Decimal]:
        """``holdings`` minus the net money that entered; empty unless money was created/lost."""
        holdings = self.holdings()
        external = self.state.external
        differences = {
            ccy: holdings.get(ccy, ZERO) - external.get(ccy, ZERO)
            for ccy in set(holdings) | set(external)
        }
        return {ccy: amount for ccy, amount in differences.items() if amount != 0}

    def verify(self) -> None:
        """Raise ``LedgerInvariantError`` unless every frozen balance is explained."""
        for account in self.state.accounts.values():
            expected: dict[tuple[str, str], Decimal] = {}
            for order in account.open_orders.values():
                if order.frozen < 0:
                    raise LedgerInvariantError(f"order {order.order_id} reserves {order.frozen}")
                key = (order.wallet, order.frozen_ccy)
                expected[key] = expected.get(key, ZERO) + order.frozen
            for record in account.withdrawals:
                if record.status == "created":
                    key = (SPOT, record.ccy)
                    expected[key] = expected.get(key, ZERO) + record.amount + record.tx_fee
            for wallet, ccy, bal in account.ledger.items():
                if bal.available < 0 or bal.frozen < 0:
                    raise LedgerInvariantError(f"{account.name} {wallet} {ccy} is negative")
                if bal.frozen != expected.pop((wallet, ccy), ZERO):
                    raise LedgerInvariantError(
                        f"{account.name} {wallet} {ccy} frozen {bal.frozen} is unexplained"
                    )
            if any(expected.values()):
                raise LedgerInvariantError(f"{account.name} reserves money it does not hold")
            for pos in account.positions.values():
                if pos.amount <= 0 or pos.margin < 0:
                    raise LedgerInvariantError(f"{account.name} position {pos.position_id}")
