"""Accounts: who can sign requests, what they start with, and everything they own.

An ``AccountSpec`` is configuration (a frozen value): the API key pair and the starting balances
of the SPOT, FUTURES and per-market MARGIN accounts CoinEx keeps for every user. An ``Account`` is
the live state built from it: its ledger, orders, positions and asset history. The secret key is
held in ``coinex_sdk.Credentials`` and never appears in a repr.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, TypedDict

import attrs

from ..._credentials import Credentials
from ._ledger import Ledger
from ._orders import Order, StopOrder, UserDeal

if TYPE_CHECKING:
    from ._amm import AmmIncome
    from ._margin import MarginLoan
    from ._positions import Position

__all__ = [
    "DEFAULT_ACCOUNTS",
    "Account",
    "AccountSpec",
    "ApiKey",
    "DepositRecord",
    "FuturesSettings",
    "JournalEntry",
    "MarginMode",
    "SubTransferRecord",
    "Transfer",
    "TransferRecord",
    "WithdrawRecord",
]

MarginMode = Literal["isolated", "cross"]


def _amounts(values: Mapping[str, Decimal | str | int]) -> dict[str, Decimal]:
    result = {}
    for ccy, value in values.items():
        if isinstance(value, float):
            raise TypeError("use Decimal or str for balances, never float")
        result[ccy] = Decimal(value)
    return result


def _margin_amounts(
    values: Mapping[str, Mapping[str, Decimal | str | int]],
) -> dict[str, dict[str, Decimal]]:
    return {market: _amounts(balances) for market, balances in values.items()}


def _optional_rate(value: Decimal | str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


@attrs.frozen(repr=False, eq=False)
class AccountSpec:
    """A sandbox user: key pair and starting balances (``{"USDT": "1000"}`` per account type)."""

    name: str
    access_id: str = ""
    """The account's own API key; ``""`` for none (a sub-account created over the API gets its
    keys from ``POST /v2/account/subs/api``)."""
    secret_key: str = attrs.field(default="", repr=False)
    spot: dict[str, Decimal] = attrs.field(factory=dict, converter=_amounts)
    futures: dict[str, Decimal] = attrs.field(factory=dict, converter=_amounts)
    margin: dict[str, dict[str, Decimal]] = attrs.field(factory=dict, converter=_margin_amounts)
    """Isolated margin accounts: ``{"BTCUSDT": {"USDT": "1000"}}``."""
    maker_fee_rate: Decimal | None = attrs.field(default=None, converter=_optional_rate)
    """Overrides every market's maker fee rate for this user (the market maker trades free)."""
    taker_fee_rate: Decimal | None = attrs.field(default=None, converter=_optional_rate)
    parent: str | None = None
    """Name of the main account if this is a sub-account."""
    permissions: tuple[str, ...] = ("FUTURES", "MARGIN", "AMM", "API")
    """A sub-account's permissions (``SubAccountPermission``); all of them by default."""
    remark: str = ""

    def __repr__(self) -> str:
        return f"AccountSpec(name={self.name!r}, access_id={self.access_id!r}, secret_key='***')"


def _demo_account(
    name: str, margin: Mapping[str, Mapping[str, Decimal | str | int]] | None = None
) -> AccountSpec:
    """A ready-made trader: key ``sandbox-<name>`` (secret ``sandbox-<name>-secret``), the same
    SPOT and FUTURES balances as every demo trader, and the MARGIN balances given."""
    return AccountSpec(
        name=name,
        access_id=f"sandbox-{name}",
        secret_key=f"sandbox-{name}-secret",
        spot={"USDT": "100000", "BTC": "2", "ETH": "20"},
        futures={"USDT": "50000", "BTC": "1"},
        margin=margin or {},
    )


DEFAULT_ACCOUNTS: tuple[AccountSpec, ...] = (
    _demo_account("alice", margin={"BTCUSDT": {"USDT": "10000"}}),
    _demo_account("bob"),
)


@attrs.define
class FuturesSettings:
    """Per-market leverage and margin mode (``POST /v2/futures/adjust-position-leverage``)."""

    leverage: int
    margin_mode: MarginMode


class Transfer(TypedDict):
    """A move of ``amount`` of ``ccy`` from one account type to another, as both transfer
    endpoints name it (keyword arguments of ``AssetEngine.transfer`` and
    ``SubAccountEngine.transfer``), and as their records keep it."""

    from_account_type: str
    to_account_type: str
    ccy: str
    amount: Decimal


@attrs.frozen
class TransferRecord:
    id: int
    created_at: int
    from_account_type: str
    to_account_type: str
    ccy: str
    amount: Decimal
    margin_market: str = ""
    status: str = "finished"


@attrs.frozen
class JournalEntry:
    """One change of a SPOT balance (``GET /v2/assets/spot/transcation-history`` item)."""

    created_at: int
    ccy: str
    type: str
    """``TranscationType``: deposit, withdraw or trade (what the sandbox journals)."""
    balance: Decimal
    """The balance (available + frozen) after the change."""
    change: Decimal


@attrs.frozen
class SubTransferRecord:
    """A transfer between a main account and its sub-accounts (kept by the main account)."""

    id: int
    created_at: int
    from_user_name: str | None
    """None when the main account sent."""
    to_user_name: str | None
    from_account_type: str
    to_account_type: str
    ccy: str
    amount: Decimal
    status: str = "finished"


@attrs.frozen
class DepositRecord:
    deposit_id: int
    created_at: int
    ccy: str
    chain: str
    amount: Decimal
    tx_id: str
    to_address: str
    deposit_method: str = "on_chain"
    confirmations: int = 0
    status: str = "finished"
    remark: str = ""


@attrs.define
class WithdrawRecord:
    withdraw_id: int
    created_at: int
    ccy: str
    chain: str
    amount: Decimal
    """What the user asked to receive; ``tx_fee`` comes on top (ccxt: amount excludes the fee)."""
    tx_fee: Decimal
    to_address: str
    withdraw_method: str
    memo: str = ""
    remark: str = ""
    tx_id: str = ""
    status: str = "created"


@attrs.define(repr=False, eq=False)
class ApiKey:
    """One API key pair of an account: what signs a request, and what it may do.

    Every configured account gets one from its ``AccountSpec``; a main account creates more for
    its sub-accounts (``POST /v2/account/subs/api``). The secret stays inside ``credentials``,
    which never shows it in a repr.
    """

    api_id: int
    account: Account
    credentials: Credentials
    created_at: int
    ip_whitelist: list[str] = attrs.field(factory=list)
    """Empty: any address may use the key."""
    trade_enabled: bool = True
    withdraw_enabled: bool = False
    remark: str = ""
    expires_at: int = 0
    """0: never (keys with an IP whitelist, and configured keys)."""

    @property
    def access_id(self) -> str:
        return self.credentials.access_id

    @property
    def secret_bytes(self) -> bytes:
        """The HMAC key, for ``_auth``; never logged."""
        return self.credentials.secret_bytes

    def is_expired(self, now_ms: int) -> bool:
        return self.expires_at != 0 and now_ms >= self.expires_at

    def __repr__(self) -> str:
        return (
            f"ApiKey(api_id={self.api_id}, access_id={self.access_id!r}, "
            f"account={self.account.name!r})"
        )


class Account:
    """One user's live state. Built by the exchange from an ``AccountSpec``."""

    def __init__(
        self,
        *,
        user_id: int,
        spec: AccountSpec,
        ledger: Ledger,
        parent_user_id: int | None = None,
    ) -> None:
        self.user_id = user_id
        self.name = spec.name
        self.credentials = Credentials(spec.access_id, spec.secret_key) if spec.access_id else None
        """The configured key pair (None for sub-accounts created over the API)."""
        self.api_keys: list[ApiKey] = []
        """Every key that signs as this account, the configured one first."""
        self.cet_discount_enabled = False
        """``POST /v2/account/settings``; stored only (the sandbox's markets have no CET)."""
        self.settle_switch = 1
        """Futures auto-settlement: 1 enabled, 2 disabled (``futures-market-settings``)."""
        self.is_frozen = False
        """A frozen sub-account's keys are refused (``POST /v2/account/subs/frozen``)."""
        self.permissions: tuple[str, ...] = spec.permissions
        self.remark = spec.remark
        self.maker_fee_rate = spec.maker_fee_rate
        self.taker_fee_rate = spec.taker_fee_rate
        self.parent_user_id = parent_user_id
        self.ledger = ledger
        self.open_orders: dict[int, Order] = {}
        self.finished_orders: list[Order] = []
        self.stop_orders: dict[int, StopOrder] = {}
        self.finished_stops: list[StopOrder] = []
        self.deals: list[UserDeal] = []
        self.positions: dict[str, Position] = {}
        self.finished_positions: list[Position] = []
        self.futures_settings: dict[str, FuturesSettings] = {}
        self.transfers: list[TransferRecord] = []
        self.spot_journal: list[JournalEntry] = []
        """SPOT balance changes by deposits, withdrawals and trades, oldest first."""
        self.spot_totals: dict[str, Decimal] = {}
        """The last journaled total per currency (to compute each change)."""
        self.deposits: list[DepositRecord] = []
        self.deposit_addresses: dict[tuple[str, str], list[str]] = {}
        """(ccy, chain) -> addresses issued, the current one last."""
        self.withdrawals: list[WithdrawRecord] = []
        self.sub_transfers: list[SubTransferRecord] = []
        """Transfers with the sub-accounts, on the main account (``subs/transfer-history``)."""
        self.amm_income: list[AmmIncome] = []
        """Daily AMM income settlements, oldest first (``amm/income-history``)."""
        self.loans: list[MarginLoan] = []
        """Margin loans, oldest first, finished ones included (``borrow-history``)."""

    @property
    def access_id(self) -> str:
        """The configured key's access_id (``""`` without one)."""
        return self.credentials.access_id if self.credentials is not None else ""

    @property
    def secret_bytes(self) -> bytes:
        """The configured key's HMAC key, for ``_auth``; never logged."""
        if self.credentials is None:
            raise LookupError(f"account {self.name!r} has no configured key")
        return self.credentials.secret_bytes

    @property
    def is_sub(self) -> bool:
        return self.parent_user_id is not None

    def fee_rates(self, maker: Decimal, taker: Decimal) -> tuple[Decimal, Decimal]:
        """The market's fee rates unless this account overrides them."""
        return (
            maker if self.maker_fee_rate is None else self.maker_fee_rate,
            taker if self.taker_fee_rate is None else self.taker_fee_rate,
        )

    def __repr__(self) -> str:
        return f"Account(user_id={self.user_id}, name={self.name!r}, access_id={self.access_id!r})"
