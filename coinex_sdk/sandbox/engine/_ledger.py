"""Balances: available and frozen amounts per wallet and currency, moved only by exact operations.

CoinEx keeps separate SPOT, FUTURES and isolated MARGIN accounts (one per margin market) for each
user; ``GET /v2/assets/*/balance`` reports ``available`` and ``frozen`` for each. A ``Ledger`` is
one user's set of those balances. Money only moves through five operations (credit, debit,
freeze, unfreeze, spend frozen) and none of them can make a balance negative, so a bug shows up as
an exception at the faulty step instead of as a wrong number later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

import attrs

from ._errors import INSUFFICIENT_BALANCE, SandboxApiError
from ._num import ZERO

__all__ = [
    "FUTURES",
    "SPOT",
    "Balance",
    "Ledger",
    "LedgerInvariantError",
    "Wallet",
    "margin_wallet",
    "wallet_market",
]

Wallet = str
"""``"SPOT"``, ``"FUTURES"`` or ``"MARGIN:<market>"`` (CoinEx margin accounts are per market)."""

SPOT: Wallet = "SPOT"
FUTURES: Wallet = "FUTURES"


def margin_wallet(market: str) -> Wallet:
    return f"MARGIN:{market}"


def wallet_market(wallet: Wallet) -> str:
    """The margin market of a ``MARGIN:<market>`` wallet, ``""`` for SPOT and FUTURES."""
    return wallet.partition(":")[2]


class LedgerInvariantError(RuntimeError):
    """The engine tried to move money it does not hold: a sandbox bug, never a user error."""


@attrs.define
class Balance:
    available: Decimal = ZERO
    frozen: Decimal = ZERO
    updated_at: int = 0

    @property
    def total(self) -> Decimal:
        return self.available + self.frozen


def _check_amount(amount: Decimal) -> None:
    if amount < 0:
        raise LedgerInvariantError(f"negative amount {amount}")


class Ledger:
    """One user's balances. ``touched`` is called after every change (for balance events)."""

    __slots__ = ("_balances", "_touched")

    def __init__(self, touched: Callable[[Wallet, str, Balance], None]) -> None:
        self._balances: dict[tuple[Wallet, str], Balance] = {}
        self._touched = touched

    def get(self, wallet: Wallet, ccy: str) -> Balance:
        """The balance (a zero balance if the user never held ``ccy`` there)."""
        return self._balances.get((wallet, ccy)) or Balance()

    def items(self) -> Iterator[tuple[Wallet, str, Balance]]:
        for (wallet, ccy), balance in self._balances.items():
            yield wallet, ccy, balance

    def restore(self, balances: dict[tuple[Wallet, str], Balance]) -> None:
        """Replace every balance (loading a saved exchange state; no events)."""
        self._balances = dict(balances)

    def _slot(self, wallet: Wallet, ccy: str) -> Balance:
        balance = self._balances.get((wallet, ccy))
        if balance is None:
            balance = self._balances[(wallet, ccy)] = Balance()
        return balance

    def credit(self, wallet: Wallet, ccy: str, amount: Decimal) -> None:
        self._move(wallet, ccy, amount, available=amount)

    def debit(self, wallet: Wallet, ccy: str, amount: Decimal) -> None:
        """Take ``amount`` out of available; CoinEx error 3109 if there is not enough."""
        self._move(wallet, ccy, amount, available=-amount)

    def freeze(self, wallet: Wallet, ccy: str, amount: Decimal) -> None:
        """Move ``amount`` from available to frozen (an order reserves it); 3109 if short."""
        self._move(wallet, ccy, amount, available=-amount, frozen=amount)

    def unfreeze(self, wallet: Wallet, ccy: str, amount: Decimal) -> None:
        """Give a reservation back to available."""
        self._move(wallet, ccy, amount, available=amount, frozen=-amount)

    def spend_frozen(self, wallet: Wallet, ccy: str, amount: Decimal) -> None:
        """Consume part of a reservation (a fill pays out of what its order froze)."""
        self._move(wallet, ccy, amount, frozen=-amount)

    def _move(
        self,
        wallet: Wallet,
        ccy: str,
        amount: Decimal,
        *,
        available: Decimal = ZERO,
        frozen: Decimal = ZERO,
    ) -> None:
        """Add the changes ``available`` and ``frozen`` (each ``0`` or ``+-amount``).

        Available running short is the user's problem (3109, nothing changes); frozen running
        short means the engine releases more than an order reserved: a sandbox bug.
        """
        _check_amount(amount)
        if amount == 0:
            return
        balance = self._slot(wallet, ccy)
        if balance.available + available < 0:
            raise SandboxApiError(INSUFFICIENT_BALANCE)
        if balance.frozen + frozen < 0:
            raise LedgerInvariantError(f"release {amount} {ccy} > frozen {balance.frozen}")
        balance.available += available
        balance.frozen += frozen
        self._touched(wallet, ccy, balance)
