# generated from spec/ by `python -m generator`; do not edit.
from __future__ import annotations

from decimal import Decimal
from typing import Any

from attrs import define, field

from coinex_sdk._enum import CoinExEnum

from . import enums


@define(kw_only=True, frozen=True)
class AccountTradeFeeRate:
    """The account's maker and taker fee rates in one market."""

    market: str
    """Market name, e.g. BTCUSDT."""
    maker_rate: Decimal
    """Maker fee rate."""
    taker_rate: Decimal
    """Taker fee rate."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class AccountFuturesMarketSettings:
    """The user's futures market settings."""

    settle_switch: int
    """Auto-settlement: 1 enabled, 2 disabled."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class AccountInfo:
    """Account information. The fields of this response are not documented by CoinEx; strict
    decoding rejects every field it returns until they are specified."""

    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SubAccount:
    """A sub-account of the main account."""

    sub_user_name: str
    """Sub-account username."""
    is_frozen: bool
    """Whether the sub-account is frozen (disabled)."""
    is_authorized: bool
    """Whether the sub-account is authorized."""
    permissions: list[enums.SubAccountPermission]
    """The sub-account's permissions."""
    balance_usd: Decimal
    """Market value of the sub-account's assets, in USD."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


class SubAccountUserType(CoinExEnum):
    """Kind of user an API key belongs to: NORMAL (an ordinary or main account) or SUB_ACCOUNT."""

    NORMAL = "NORMAL"
    SUB_ACCOUNT = "SUB_ACCOUNT"


@define(kw_only=True, frozen=True)
class SubAccountInfo:
    """Whether the calling API key belongs to a sub-account, and which."""

    user_type: SubAccountUserType
    """NORMAL: ordinary user; SUB_ACCOUNT: sub-account."""
    sub_user_name: str | None = None
    """Sub-account username; null for an ordinary user."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SubAccountApiKey:
    """A sub-account API key as listed (without its secret)."""

    api_id: int
    """Unique ID of the API key."""
    created_at: int
    """Creation time, ms."""
    access_id: str
    """The key pair's access_id."""
    ip_whitelist: list[str]
    """IP whitelist bound to the key."""
    trade_enabled: bool
    """Whether the key may trade."""
    withdraw_enabled: bool
    """Whether the key may withdraw."""
    is_expired: bool
    """Whether the key has expired. A key with an IP whitelist never expires; one without is
    valid for three months."""
    expires_at: int
    """Expiry time, ms; 0 means the key never expires."""
    remark: str
    """The key's note."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SubAccountApiKeyDetail:
    """A sub-account API key including its secret_key (returned by create, edit and detail).
    Treat the secret like a password: do not log this object."""

    api_id: int
    """Unique ID of the API key."""
    created_at: int
    """Creation time, ms."""
    access_id: str
    """The key pair's access_id."""
    secret_key: str = field(repr=False)
    """The key pair's secret_key (sensitive)."""
    ip_whitelist: list[str]
    """IP whitelist bound to the key."""
    trade_enabled: bool
    """Whether the key may trade."""
    withdraw_enabled: bool
    """Whether the key may withdraw."""
    is_expired: bool
    """Whether the key has expired. A key with an IP whitelist never expires; one without is
    valid for three months."""
    expires_at: int
    """Expiry time, ms; 0 means the key never expires."""
    remark: str
    """The key's note."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SubAccountBalance:
    """One currency of a sub-account's spot or futures balance. Spot balances carry ccy,
    available and frozen; futures balances add margin, transferrable, unrealized_pnl and
    equity (the fields of the main account's spot and futures balance endpoints)."""

    ccy: str
    """Currency name."""
    available: Decimal
    """Available balance."""
    frozen: Decimal
    """Frozen balance."""
    margin: Decimal | None = None
    """Position margin (futures)."""
    transferrable: Decimal | None = None
    """Transferable balance (futures)."""
    unrealized_pnl: Decimal | None = None
    """Unrealized profit and loss (futures)."""
    equity: Decimal | None = None
    """Equity (futures)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SubAccountSpotBalance:
    """One currency of a sub-account's spot balance."""

    ccy: str
    """Currency name."""
    available: Decimal
    """Available balance."""
    frozen: Decimal
    """Frozen balance."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SubAccountTransfer:
    """A transfer between the main account and a sub-account, or between sub-accounts."""

    id: int
    """Unique ID of the transfer."""
    created_at: int
    """Time the transfer was requested, ms."""
    from_account_type: enums.AccountType
    """Source account type."""
    to_account_type: enums.AccountType
    """Destination account type."""
    ccy: str
    """Currency name."""
    amount: Decimal
    """Amount transferred."""
    status: enums.TransferStatus
    """Transfer status."""
    from_user_name: str | None = None
    """Source sub-account username (none when the main account sent)."""
    to_user_name: str | None = None
    """Destination sub-account username (none when the main account received)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""
