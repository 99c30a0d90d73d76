"""Money entering, leaving and moving between a user's accounts.

* ``transfer``: between the SPOT, FUTURES and per-market MARGIN accounts of one user
  (``POST /v2/assets/transfer``); one side must be SPOT, and MARGIN needs ``market``.
* ``deposit``: an admin method that simulates an on-chain deposit arriving (the sandbox has no
  chain) at the account's deposit address for the currency and chain (``deposit_address``,
  renewed by ``POST /v2/assets/renewal-deposit-address``), recorded for
  ``GET /v2/assets/deposit-history``. Each currency moves on the chains of ``DEFAULT_CHAINS``
  (``ExchangeConfig.chains``); deposits and on-chain withdrawals name one of them.
* ``withdraw``: ``POST /v2/assets/withdraw``. ``amount`` is what the recipient gets and the fee
  comes on top (ccxt: "the actual amount without fees"). The total is frozen while the withdrawal
  is ``created``; by default it completes at once, otherwise ``complete_withdrawal`` (admin) or
  ``POST /v2/assets/cancel-withdraw`` ends it. An ``inter_user`` withdrawal to the name of another
  sandbox account arrives there as an ``inter_user`` deposit, free of fee as on CoinEx.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from ._accounts import Account, DepositRecord, Transfer, TransferRecord, WithdrawRecord
from ._errors import PARAMETER_ERROR, SandboxApiError
from ._ledger import FUTURES, SPOT, Wallet, margin_wallet
from ._margin import MarginEngine
from ._num import ZERO
from ._state import ExchangeState, operation

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["ACCOUNT_TYPES", "DEFAULT_CHAINS", "AssetEngine"]

ACCOUNT_TYPES = ("SPOT", "MARGIN", "FUTURES")
DEFAULT_CHAINS: dict[str, tuple[str, ...]] = {
    "BTC": ("BTC",),
    "ETH": ("ERC20",),
    "USDT": ("TRC20", "ERC20"),
}
"""The chains each currency is deposited and withdrawn on; a currency not named here has one
chain named after itself."""


class AssetEngine:
    def __init__(
        self,
        state: ExchangeState,
        *,
        withdraw_fees: Mapping[str, Decimal],
        auto_complete_withdrawals: bool = True,
        margin: MarginEngine | None = None,
        chains: Mapping[str, tuple[str, ...]] = DEFAULT_CHAINS,
    ) -> None:
        self.state = state
        self.margin = margin
        self._chains = dict(chains)
        self.withdraw_fees = dict(withdraw_fees)
        self.auto_complete_withdrawals = auto_complete_withdrawals

    def currencies(self) -> set[str]:
        ccys: set[str] = set()
        for spot in self.state.spot.markets.values():
            ccys.update((spot.base_ccy, spot.quote_ccy))
        for futures in self.state.futures.markets.values():
            ccys.add(futures.settle_ccy)
        return ccys

    def _check_ccy(self, ccy: str) -> None:
        if ccy not in self.currencies():
            raise SandboxApiError(PARAMETER_ERROR, "invalid ccy")

    def chains(self, ccy: str) -> tuple[str, ...]:
        """The chains ``ccy`` moves on (4004 for an unknown currency)."""
        self._check_ccy(ccy)
        return self._chains.get(ccy) or (ccy,)

    def _check_chain(self, ccy: str, chain: str) -> None:
        if chain not in self.chains(ccy):
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: chain")

    def deposit_address(
        self, account: Account, ccy: str, chain: str, *, renew: bool = False
    ) -> str:
        """The account's current deposit address for ``ccy`` on ``chain``; ``renew`` issues a
        new one (``POST /v2/assets/renewal-deposit-address``). Deposits to older addresses
        still arrive, as on a real chain."""
        self._check_chain(ccy, chain)
        issued = account.deposit_addresses.setdefault((ccy, chain), [])
        if renew or not issued:
            issued.append(_address(account.user_id, ccy, chain, len(issued)))
        return issued[-1]

    def _wallet(self, account_type: str, ccy: str, market: str | None) -> Wallet:
        if account_type == "SPOT":
            return SPOT
        if account_type == "FUTURES":
            if ccy not in {m.settle_ccy for m in self.state.futures.markets.values()}:
                raise SandboxApiError(PARAMETER_ERROR, "ccy is not a futures margin currency")
            return FUTURES
        if account_type == "MARGIN":
            spec = self.state.spot.markets.get(market or "")
            if spec is None or not spec.is_margin_available:
                raise SandboxApiError(PARAMETER_ERROR, "market is required for MARGIN")
            if ccy not in (spec.base_ccy, spec.quote_ccy):
                raise SandboxApiError(PARAMETER_ERROR, "ccy is not traded in this margin market")
            return margin_wallet(spec.market)
        raise SandboxApiError(PARAMETER_ERROR, "invalid account type")

    @operation
    def transfer(
        self, account: Account, *, market: str | None = None, **move: Unpack[Transfer]
    ) -> TransferRecord:
        from_account_type, to_account_type = move["from_account_type"], move["to_account_type"]
        ccy, amount = move["ccy"], move["amount"]
        self._check_ccy(ccy)
        if amount <= 0:
            raise SandboxApiError(PARAMETER_ERROR, "invalid amount")
        if from_account_type == to_account_type or "SPOT" not in (
            from_account_type,
            to_account_type,
        ):
            raise SandboxApiError(PARAMETER_ERROR, "transfers go between SPOT and another account")
        source = self._wallet(from_account_type, ccy, market)
        target = self._wallet(to_account_type, ccy, market)
        if from_account_type == "MARGIN" and self.margin is not None:
            spec = self.margin.market(market or "")
            message = "amount would break the leverage limit of the margin loans"
            self.margin.check_leverage(account, spec, message, ccy=ccy, held=-amount)
        account.ledger.debit(source, ccy, amount)
        account.ledger.credit(target, ccy, amount)
        margin_market = (market or "") if "MARGIN" in (from_account_type, to_account_type) else ""
        record = TransferRecord(
            id=self.state.next_id("transfer"),
            created_at=self.state.now_ms(),
            **move,
            margin_market=margin_market,
        )
        account.transfers.append(record)
        return record

    @operation
    def deposit(
        self,
        account: Account,
        ccy: str,
        amount: Decimal,
        *,
        chain: str = "",
        to_address: str = "",
        tx_id: str | None = None,
        deposit_method: str = "on_chain",
    ) -> DepositRecord:
        """Admin: money arrives in ``account``'s SPOT account from outside the exchange."""
        self._check_ccy(ccy)
        if amount <= 0:
            raise SandboxApiError(PARAMETER_ERROR, "invalid amount")
        if deposit_method == "on_chain":
            chain = chain or self.chains(ccy)[0]
            to_address = to_address or self.deposit_address(account, ccy, chain)
        deposit_id = self.state.next_id("deposit")
        with self.state.journaling("deposit"):
            account.ledger.credit(SPOT, ccy, amount)
        if deposit_method == "on_chain":
            self.state.add_external(ccy, amount)
        record = DepositRecord(
            deposit_id=deposit_id,
            created_at=self.state.now_ms(),
            ccy=ccy,
            chain=chain,
            amount=amount,
            tx_id=tx_id if tx_id is not None else f"sandbox-deposit-{deposit_id}",
            to_address=to_address,
            deposit_method=deposit_method,
            confirmations=20 if deposit_method == "on_chain" else 0,
        )
        account.deposits.append(record)
        return record

    @operation
    def withdraw(
        self,
        account: Account,
        *,
        ccy: str,
        to_address: str,
        amount: Decimal,
        withdraw_method: str = "on_chain",
        chain: str | None = None,
        memo: str = "",
        remark: str = "",
    ) -> WithdrawRecord:
        self._check_ccy(ccy)
        method = withdraw_method.lower()
        if method not in ("on_chain", "inter_user"):
            raise SandboxApiError(PARAMETER_ERROR, "invalid withdraw_method")
        if amount <= 0 or not to_address:
            raise SandboxApiError(PARAMETER_ERROR, "invalid amount or to_address")
        if method == "on_chain" and not chain:
            raise SandboxApiError(PARAMETER_ERROR, "chain is required for on-chain withdrawals")
        if method == "on_chain":
            self._check_chain(ccy, chain or "")
        fee = self.withdraw_fees.get(ccy, ZERO) if method == "on_chain" else ZERO
        account.ledger.freeze(SPOT, ccy, amount + fee)
        record = WithdrawRecord(
            withdraw_id=self.state.next_id("withdraw"),
            created_at=self.state.now_ms(),
            ccy=ccy,
            chain=chain or "",
            amount=amount,
            tx_fee=fee,
            to_address=to_address,
            withdraw_method=method,
            memo=memo,
            remark=remark,
        )
        account.withdrawals.append(record)
        if self.auto_complete_withdrawals:
            self._complete(account, record)
        return record

    def find_withdrawal(self, account: Account, withdraw_id: int) -> WithdrawRecord:
        for record in account.withdrawals:
            if record.withdraw_id == withdraw_id:
                return record
        raise SandboxApiError(PARAMETER_ERROR, "withdrawal not found")

    @operation
    def cancel_withdrawal(self, account: Account, withdraw_id: int) -> WithdrawRecord:
        record = self.find_withdrawal(account, withdraw_id)
        if record.status != "created":
            raise SandboxApiError(PARAMETER_ERROR, "withdrawal can no longer be canceled")
        account.ledger.unfreeze(SPOT, record.ccy, record.amount + record.tx_fee)
        record.status = "cancelled"
        return record

    @operation
    def complete_withdrawal(self, account: Account, withdraw_id: int) -> WithdrawRecord:
        """Admin: a ``created`` withdrawal leaves the exchange."""
        record = self.find_withdrawal(account, withdraw_id)
        if record.status != "created":
            raise SandboxApiError(PARAMETER_ERROR, "withdrawal is not pending")
        self._complete(account, record)
        return record

    def _complete(self, account: Account, record: WithdrawRecord) -> None:
        with self.state.journaling("withdraw"):
            account.ledger.spend_frozen(SPOT, record.ccy, record.amount + record.tx_fee)
        self.state.collect_fee(record.ccy, record.tx_fee)
        recipient = self._inter_user_recipient(account, record)
        if recipient is not None:
            self.deposit(
                recipient,
                record.ccy,
                record.amount,
                deposit_method="inter_user",
                to_address=account.name,
                tx_id="",
            )
        else:
            self.state.add_external(record.ccy, -record.amount)
        record.tx_id = f"sandbox-withdraw-{record.withdraw_id}"
        record.status = "finished"

    def _inter_user_recipient(self, sender: Account, record: WithdrawRecord) -> Account | None:
        if record.withdraw_method != "inter_user":
            return None
        for account in self.state.accounts.values():
            if account.name == record.to_address and account is not sender:
                return account
        return None


def _address(user_id: int, ccy: str, chain: str, serial: int) -> str:
    """A stable, chain-shaped sandbox address (it only ever receives admin deposits)."""
    digest = hashlib.sha256(f"sandbox:{user_id}:{ccy}:{chain}:{serial}".encode()).hexdigest()
    if chain in ("ERC20", "BSC", "ETH"):
        return "0x" + digest[:40]
    if chain == "TRC20":
        return "T" + digest[:33]
    if chain == "BTC":
        return "bc1q" + digest[:38]
    return "sandbox" + digest[:32]
