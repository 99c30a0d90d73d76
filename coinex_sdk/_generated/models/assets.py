# generated from spec/ by `python -m generator`; do not edit.
from __future__ import annotations

from decimal import Decimal
from typing import Any

from attrs import define, field

from . import enums


@define(kw_only=True, frozen=True)
class SpotBalance:
    """Balance of one currency in the spot account."""

    ccy: str
    """Currency, e.g. USDT."""
    available: Decimal
    """Available balance."""
    frozen: Decimal
    """Frozen balance (in open orders)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FinancialBalance:
    """Balance of one currency in the financial (earn) account."""

    ccy: str
    """Currency, e.g. USDT."""
    available: Decimal
    """Available balance."""
    frozen: Decimal
    """Frozen balance."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesBalance:
    """Balance of one currency in the futures account."""

    ccy: str
    """Currency, e.g. USDT."""
    available: Decimal
    """Available balance."""
    frozen: Decimal
    """Frozen balance (in open orders)."""
    margin: Decimal
    """Position margin."""
    transferrable: Decimal
    """Amount that can be transferred out."""
    unrealized_pnl: Decimal
    """Unrealized profit and loss."""
    equity: Decimal | None = None
    """Equity (not in the docs example; the balance.update push carries it)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class MarginBalancePair:
    """An amount in the base and in the quote currency of a margin market."""

    base_ccy: Decimal
    """Amount in the base currency."""
    quote_ccy: Decimal
    """Amount in the quote currency."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class MarginBalance:
    """Balances of one isolated-margin account (one margin market)."""

    margin_account: str
    """Margin account, i.e. the margin market name, e.g. BTCUSDT."""
    base_ccy: str
    """Base currency."""
    quote_ccy: str
    """Quote currency."""
    available: MarginBalancePair
    """Available for orders, including transfers in and borrowed assets."""
    frozen: MarginBalancePair
    """Frozen (cannot be used for orders or transfers)."""
    repaid: MarginBalancePair
    """Borrowed amount still to be repaid."""
    interest: MarginBalancePair
    """Interest still to be repaid."""
    rik_rate: Decimal | None = None
    """Current risk rate (sic: live responses spell it rik_rate); empty (None) when the risk
    rate is 0."""
    risk_rate: Decimal | None = None
    """Current risk rate as the docs table names it; live responses send rik_rate instead."""
    liq_price: Decimal | None = None
    """Liquidation price; empty (None) when there is none."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class CreditInfo:
    """Credit account summary."""

    equity: Decimal
    """Account assets."""
    repaid: Decimal
    """Value of the assets still to be repaid."""
    risk_rate: Decimal | None = None
    """Current risk rate; empty (None) when there is none."""
    withdrawal_risk: Decimal | None = None
    """Withdrawal risk rate."""
    withdrawal_value: Decimal | None = None
    """Market value that can be withdrawn."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class AmmLiquidity:
    """The account's liquidity in one AMM market."""

    market: str
    """AMM market, e.g. CETUSDT."""
    base_ccy_amount: Decimal
    """Base currency amount in the AMM account."""
    quote_ccy_amount: Decimal
    """Quote currency amount in the AMM account."""
    liquidity_proportion: Decimal
    """Share of the pool's liquidity held by the account."""
    base_ccy: str | None = None
    """Base currency (not sent by add/remove liquidity)."""
    quote_ccy: str | None = None
    """Quote currency (not sent by add/remove liquidity)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class TransactionRecord:
    """One entry of the spot account ledger."""

    created_at: int
    """Time of the change, ms."""
    ccy: str
    """Currency."""
    type: enums.TranscationType
    """Transaction type (CoinEx spells the enum transcation_type)."""
    balance: Decimal
    """Balance after the change."""
    change: Decimal
    """Change of the balance (negative for a decrease)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class UserStatement:
    """User statement. Its fields are not documented in any available source; the SDK decodes
    none of them (use client.request('GET', '/v2/assets/statement') for the raw data)."""

    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class DepositAddress:
    """A deposit address."""

    address: str
    """Deposit address."""
    memo: str
    """Memo/tag some currencies need; empty or absent otherwise."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class DepositRecord:
    """A deposit."""

    deposit_id: int
    """Deposit record id."""
    created_at: int
    """Creation time, ms."""
    tx_id: str
    """Transaction hash (empty for inter-user transfers)."""
    tx_id_display: str
    """Transaction hash for display."""
    ccy: str
    """Currency."""
    chain: str
    """Chain name (empty for inter-user transfers)."""
    deposit_method: enums.WithdrawMethod
    """Deposit method: on_chain or inter_user (responses send ON_CHAIN)."""
    amount: Decimal
    """Deposit amount."""
    to_address: str
    """Receiving address, or the sender's email for inter-user transfers."""
    confirmations: int
    """Number of confirmations."""
    status: enums.DepositStatus
    """Deposit status (responses send upper case, e.g. FINISHED)."""
    tx_explorer_url: str
    """Explorer link of the transaction."""
    to_addr_explorer_url: str
    """Explorer link of the receiving address."""
    remark: str
    """Deposit note."""
    actual_amount: Decimal | None = None
    """Amount credited; empty (None) until known."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class WithdrawRecord:
    """A withdrawal."""

    withdraw_id: int
    """Withdrawal id."""
    created_at: int
    """Time of the request, ms."""
    withdraw_method: enums.WithdrawMethod
    """Withdrawal method: on_chain or inter_user (responses send ON_CHAIN)."""
    ccy: str
    """Currency."""
    chain: str
    """Chain name (empty for inter-user transfers)."""
    amount: Decimal
    """Withdrawal amount."""
    fee_asset: str
    """Currency of the fee (seen in live responses)."""
    to_address: str
    """Withdrawal address (or email/phone for inter-user transfers)."""
    memo: str
    """Memo/tag; empty when not needed."""
    tx_id: str
    """Transaction hash; empty until broadcast."""
    confirmations: int
    """Number of confirmations."""
    explorer_address_url: str
    """Explorer link of the address."""
    explorer_tx_url: str
    """Explorer link of the transaction."""
    remark: str
    """Withdrawal note."""
    status: enums.WithdrawStatus
    """Withdrawal status."""
    actual_amount: Decimal | None = None
    """Amount actually sent."""
    tx_fee: Decimal | None = None
    """Withdrawal fee."""
    fee_amount: Decimal | None = None
    """Fee amount (seen in live responses)."""
    fee_ccy: str | None = None
    """Currency of the fee, as the docs name it."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class DepositWithdrawAsset:
    """Deposit/withdrawal switches of one currency."""

    ccy: str
    """Currency."""
    deposit_enabled: bool
    """Whether deposits are enabled."""
    withdraw_enabled: bool
    """Whether withdrawals are enabled."""
    inter_transfer_enabled: bool
    """Whether inter-user transfers are enabled."""
    is_st: bool
    """Whether the currency is marked ST (special treatment)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class DepositWithdrawChain:
    """Deposit/withdrawal configuration of one currency on one chain."""

    chain: str
    """Chain name, e.g. TRC20."""
    min_deposit_amount: Decimal
    """Minimum deposit amount."""
    min_withdraw_amount: Decimal
    """Minimum withdrawal amount."""
    deposit_enabled: bool
    """Whether deposits are enabled on this chain."""
    withdraw_enabled: bool
    """Whether withdrawals are enabled on this chain."""
    deposit_delay_minutes: int
    """Delay before deposits are credited, minutes."""
    safe_confirmations: int
    """Confirmations needed for a deposit to be credited."""
    irreversible_confirmations: int
    """Confirmations after which a deposit is irreversible."""
    deflation_rate: Decimal
    """Deflation rate."""
    withdrawal_fee: Decimal
    """Withdrawal fee."""
    withdrawal_precision: int
    """Decimal places allowed in withdrawal amounts."""
    memo: str
    """Memo some currencies need for deposits; empty otherwise."""
    is_memo_required_for_deposit: bool
    """Whether deposits need a memo."""
    explorer_asset_url: str
    """Explorer link of the asset."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class DepositWithdrawConfig:
    """Deposit and withdrawal configuration of one currency."""

    asset: DepositWithdrawAsset
    """Currency-level switches (ccxt notes CoinEx sometimes sends an empty one)."""
    chains: list[DepositWithdrawChain]
    """Per-chain configuration."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class AssetChainInfo:
    """A chain a coin lives on."""

    chain_name: str
    """Chain name, e.g. Ethereum (ERC20)."""
    identity: str
    """The coin's identifier on the chain (usually the contract address; empty for native
    coins)."""
    explorer_url: str
    """Explorer URL (combined with identity it identifies the coin)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class AssetInfo:
    """Descriptive information about one coin."""

    short_name: str
    """Ticker, e.g. CET."""
    full_name: str
    """Full name."""
    website_url: str
    """Official website."""
    white_paper_url: str
    """White paper URL."""
    chain_info: list[AssetChainInfo]
    """Chains the coin lives on."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class MarginLoan:
    """A margin loan (borrow record)."""

    borrow_id: int
    """Loan record id."""
    market: str
    """Margin market, e.g. BTCUSDT."""
    ccy: str
    """Borrowed currency."""
    daily_interest_rate: Decimal
    """Daily interest rate."""
    expired_at: int
    """Expiry time, ms."""
    borrow_amount: Decimal
    """Borrowed amount."""
    status: enums.LoanStatus
    """Loan status (the docs examples also show a v1-style PASS)."""
    created_at: int | None = None
    """Time the loan was applied for, ms (borrow records only)."""
    to_repaid_amount: Decimal | None = None
    """Amount still to be repaid, as the docs name it."""
    to_repaied_amount: Decimal | None = None
    """Amount still to be repaid (sic: live responses spell it to_repaied_amount)."""
    is_auto_renew: bool | None = None
    """Whether the loan renews automatically when it expires."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class BorrowLimit:
    """Borrowing limits and interest rate of one currency in one margin market."""

    market: str
    """Margin market."""
    ccy: str
    """Currency."""
    daily_interest_rate: Decimal
    """Daily interest rate."""
    leverage: int
    """Maximum leverage (live responses send an int, the docs example a string)."""
    min_amount: Decimal
    """Minimum amount per loan."""
    max_amount: Decimal
    """Maximum amount that can be borrowed."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class TransferRecord:
    """A transfer between the account's own spot, margin and futures accounts."""

    created_at: int
    """Time of the transfer request, ms."""
    from_account_type: enums.AccountType
    """Sending account."""
    to_account_type: enums.AccountType
    """Receiving account."""
    ccy: str
    """Currency."""
    amount: Decimal
    """Amount transferred."""
    status: enums.TransferStatus
    """Transfer status."""
    id: int | None = None
    """Transfer id (in the docs example, absent from live responses)."""
    margin_market: str | None = None
    """Margin market of a margin transfer; empty otherwise."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class AmmLiquidityPool:
    """Statistics of one AMM liquidity pool."""

    market: str
    """AMM market, e.g. CETUSDT."""
    type: enums.AmmType
    """AMM market type."""
    base_ccy: str
    """Base currency."""
    quote_ccy: str
    """Quote currency."""
    base_ccy_amount: Decimal
    """Base currency amount in the pool."""
    quote_ccy_amount: Decimal
    """Quote currency amount in the pool."""
    total_liquidity: Decimal
    """Total liquidity (market value)."""
    apy_1day: Decimal
    """1-day APY."""
    apy_7day: Decimal
    """7-day APY."""
    value_7day: Decimal
    """7-day trading value."""
    fee_dividend_7day: Decimal
    """7-day fee dividend."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class AmmIncomeRecord:
    """One settlement of the account's AMM income."""

    created_at: int
    """Income settlement time, ms."""
    market: str
    """AMM market."""
    base_ccy: str
    """Base currency."""
    quote_ccy: str
    """Quote currency."""
    base_ccy_amount: Decimal
    """The account's base currency amount."""
    quote_ccy_amount: Decimal
    """The account's quote currency amount."""
    liquidity: Decimal
    """The account's liquidity (market value)."""
    liquidity_proportion: Decimal
    """The account's share of the pool."""
    fee_dividend: Decimal
    """The account's fee dividend."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""
