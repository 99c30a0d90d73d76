# generated from spec/ by `python -m generator`; do not edit.
"""Assets: balances, transfers, deposits and withdrawals, margin loans, AMM liquidity."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from ..._resource import AsyncResource, SyncResource
from ..._response import async_raw_method, raw_method
from ..._types import Page
from .. import endpoints as _ep
from ..models.assets import (
    AmmIncomeRecord,
    AmmLiquidity,
    AmmLiquidityPool,
    AssetInfo,
    BorrowLimit,
    CreditInfo,
    DepositAddress,
    DepositRecord,
    DepositWithdrawConfig,
    FinancialBalance,
    FuturesBalance,
    MarginBalance,
    MarginLoan,
    SpotBalance,
    TransactionRecord,
    TransferRecord,
    UserStatement,
    WithdrawRecord,
)
from ..models.enums import (
    AccountType,
    DepositStatus,
    LoanStatus,
    TranscationType,
    TransferStatus,
    WithdrawMethod,
    WithdrawStatus,
)

if TYPE_CHECKING:
    from ..params import WithdrawExtra

__all__ = ["Assets", "AssetsWithRawResponse", "AsyncAssets", "AsyncAssetsWithRawResponse"]


class Assets(SyncResource):
    """Assets: balances, transfers, deposits and withdrawals, margin loans, AMM liquidity

    Use as ``cx.assets``.
    """

    @cached_property
    def with_raw_response(self) -> AssetsWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return AssetsWithRawResponse(self)

    def spot_balance(self) -> list[SpotBalance]:
        """Get the spot account balances.

        One entry per currency with a balance.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/http/get-spot-balance
        """
        return self._call(_ep.ASSETS_SPOT_BALANCE, {}, list[SpotBalance])

    def futures_balance(self) -> list[FuturesBalance]:
        """Get the futures account balances.

        One entry per currency with a balance, with margin, transferable amount and unrealized
        PnL.

        Signed: yes. Rate limit: futures_account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/http/get-futures-balance
        """
        return self._call(_ep.ASSETS_FUTURES_BALANCE, {}, list[FuturesBalance])

    def margin_balance(
        self,
        *,
        market: str | None = None,
    ) -> list[MarginBalance]:
        """Get the isolated-margin account balances.

        One entry per margin market. The risk rate comes as rik_rate (sic) in live responses
        (ccxt's captured example and the docs' response example); the docs table says risk_rate.
        Both are accepted.

        Args:
            market: Margin market, e.g. BTCUSDT; omit for all margin accounts.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/http/get-marigin-balance
        """
        return self._call(_ep.ASSETS_MARGIN_BALANCE, {"market": market}, list[MarginBalance])

    def financial_balance(self) -> list[FinancialBalance]:
        """Get the financial (earn) account balances.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/http/get-financial-balance
        """
        return self._call(_ep.ASSETS_FINANCIAL_BALANCE, {}, list[FinancialBalance])

    def credit_info(self) -> CreditInfo:
        """Get the credit account summary.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/http/get-credit-info
        """
        return self._call(_ep.ASSETS_CREDIT_INFO, {}, CreditInfo)

    def amm_liquidity(self) -> list[AmmLiquidity]:
        """Get the account's AMM liquidity.

        One entry per AMM market the account provides liquidity to.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/http/get-amm-liquidity
        """
        return self._call(_ep.ASSETS_AMM_LIQUIDITY, {}, list[AmmLiquidity])

    def transaction_history(
        self,
        *,
        type: Literal[
            "deposit",
            "withdraw",
            "trade",
            "maker_cash_back",
            "investment_interest",
            "exchange_order_transfer",
        ]
        | TranscationType,
        ccy: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[TransactionRecord]:
        """Get the spot account ledger (transaction history).

        Balance changes of the spot account of one transaction type. CoinEx spells the path
        "transcation-history" (sic).

        Args:
            type: Transaction type.
            ccy: Currency, e.g. USDT; omit for all.
            start_time: Start of the time range.
            end_time: End of the time range.
            page: Page number, from 1 (default 1).
            limit: Records per page (default 10).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/http/get-spot-transcation-history
        """
        return self._page(
            _ep.ASSETS_TRANSACTION_HISTORY,
            {
                "type": type,
                "ccy": ccy,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            TransactionRecord,
        )

    def iter_transaction_history(
        self,
        *,
        type: Literal[
            "deposit",
            "withdraw",
            "trade",
            "maker_cash_back",
            "investment_interest",
            "exchange_order_transfer",
        ]
        | TranscationType,
        ccy: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[TransactionRecord]:
        """Every item of :meth:`transaction_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ASSETS_TRANSACTION_HISTORY,
            {
                "type": type,
                "ccy": ccy,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            TransactionRecord,
        )

    def statement(self) -> UserStatement:
        """Get the user statement (undocumented).

        Listed only in the docs' rate-limit table ("Get user statement", group "Query spot
        account history"). No source documents its parameters or response; the method sends no
        parameters and decodes no fields. Use client.request("GET", "/v2/assets/statement",
        params=...) to get the raw data.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. UNKNOWN parameters and response. Searched
        the docs pages (en/zh/tw), the docs text dump, CoinEx.Net, ccxt, feedex/coinex and the
        official demo/MCP server: only the docs rate-limit table mentions GET /assets/statement.
        Signed (the table's group is per account).

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/rate-limit
        """
        return self._call(_ep.ASSETS_STATEMENT, {}, UserStatement)

    def deposit_address(
        self,
        *,
        ccy: str,
        chain: str,
    ) -> DepositAddress:
        """Get the deposit address of a currency on a chain.

        Args:
            ccy: Currency, e.g. USDT.
            chain: Chain name, e.g. TRC20 (see deposit_withdraw_config).

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/get-deposit-address
        """
        return self._call(_ep.ASSETS_DEPOSIT_ADDRESS, {"ccy": ccy, "chain": chain}, DepositAddress)

    def renew_deposit_address(
        self,
        *,
        ccy: str,
        chain: str,
    ) -> DepositAddress:
        """Get a new deposit address for a currency on a chain.

        Args:
            ccy: Currency, e.g. USDT.
            chain: Chain name, e.g. TRC20.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/update-deposit-address
        """
        return self._call(
            _ep.ASSETS_RENEW_DEPOSIT_ADDRESS, {"ccy": ccy, "chain": chain}, DepositAddress
        )

    def deposit_history(
        self,
        *,
        ccy: str | None = None,
        tx_id: str | None = None,
        status: Literal[
            "processing", "confirming", "cancelled", "finished", "too_small", "exception"
        ]
        | DepositStatus
        | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[DepositRecord]:
        """Get deposit records.

        Live responses page with the misspelled key "paginatation" instead of "pagination"; the
        SDK reads both. Status and deposit_method come in upper case (FINISHED, ON_CHAIN) and
        decode case-insensitively.

        Args:
            ccy: Currency; omit for all.
            tx_id: Transaction hash.
            status: Deposit status filter.
            page: Page number, from 1 (default 1).
            limit: Records per page (default 10).

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/list-deposit-history
        """
        return self._page(
            _ep.ASSETS_DEPOSIT_HISTORY,
            {"ccy": ccy, "tx_id": tx_id, "status": status, "page": page, "limit": limit},
            DepositRecord,
        )

    def iter_deposit_history(
        self,
        *,
        ccy: str | None = None,
        tx_id: str | None = None,
        status: Literal[
            "processing", "confirming", "cancelled", "finished", "too_small", "exception"
        ]
        | DepositStatus
        | None = None,
        limit: int | None = None,
    ) -> Iterator[DepositRecord]:
        """Every item of :meth:`deposit_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ASSETS_DEPOSIT_HISTORY,
            {"ccy": ccy, "tx_id": tx_id, "status": status, "limit": limit},
            DepositRecord,
        )

    def withdraw(
        self,
        *,
        ccy: str,
        to_address: str,
        amount: Decimal | str | int,
        chain: str | None = None,
        withdraw_method: Literal["on_chain", "inter_user"] | WithdrawMethod | None = None,
        memo: str | None = None,
        fee_ccy: str | None = None,
        remark: str | None = None,
        extra: WithdrawExtra | None = None,
    ) -> WithdrawRecord:
        """Request a withdrawal.

        On-chain withdrawal (chain required) or inter-user transfer to another CoinEx user
        (to_address is then an email or phone number; no fee, instant). The address must be on
        the API key's withdrawal whitelist. amount excludes the fee, and amounts below the
        minimum withdrawal amount are rejected.

        Args:
            ccy: Currency to withdraw.
            to_address: Withdrawal address (whitelisted), or an email/phone for inter_user.
            amount: Amount to withdraw, excluding the fee.
            chain: Chain name; required for on_chain, not for inter_user.
            withdraw_method: on_chain (default) or inter_user.
            memo: Memo/tag for currencies that need one.
            fee_ccy: Currency to pay the fee in.
            remark: Withdrawal note.
            extra: Extra chain-specific fields, e.g. {"chain_id": "0"} for KDA withdrawals.

        Signed: yes. Rate limit: account_modify group.
        Moves money: never resent unless CoinEx refused it before acting.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/withdrawal
        """
        return self._call(
            _ep.ASSETS_WITHDRAW,
            {
                "ccy": ccy,
                "to_address": to_address,
                "amount": amount,
                "chain": chain,
                "withdraw_method": withdraw_method,
                "memo": memo,
                "fee_ccy": fee_ccy,
                "remark": remark,
                "extra": extra,
            },
            WithdrawRecord,
        )

    def cancel_withdraw(
        self,
        *,
        withdraw_id: int,
    ) -> None:
        """Cancel a pending withdrawal.

        Args:
            withdraw_id: Withdrawal id.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/cancel-withdrawal
        """
        return self._call_none(_ep.ASSETS_CANCEL_WITHDRAW, {"withdraw_id": withdraw_id})

    def withdraw_history(
        self,
        *,
        ccy: str | None = None,
        withdraw_id: int | None = None,
        status: Literal[
            "created",
            "audit_required",
            "audited",
            "processing",
            "confirming",
            "finished",
            "cancelled",
            "cancellation_failed",
            "failed",
        ]
        | WithdrawStatus
        | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[WithdrawRecord]:
        """Get withdrawal records.

        Args:
            ccy: Currency; omit for all.
            withdraw_id: Withdrawal id.
            status: Withdrawal status filter.
            page: Page number, from 1 (default 1).
            limit: Records per page (default 10).

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/list-withdrawal-history
        """
        return self._page(
            _ep.ASSETS_WITHDRAW_HISTORY,
            {
                "ccy": ccy,
                "withdraw_id": withdraw_id,
                "status": status,
                "page": page,
                "limit": limit,
            },
            WithdrawRecord,
        )

    def iter_withdraw_history(
        self,
        *,
        ccy: str | None = None,
        withdraw_id: int | None = None,
        status: Literal[
            "created",
            "audit_required",
            "audited",
            "processing",
            "confirming",
            "finished",
            "cancelled",
            "cancellation_failed",
            "failed",
        ]
        | WithdrawStatus
        | None = None,
        limit: int | None = None,
    ) -> Iterator[WithdrawRecord]:
        """Every item of :meth:`withdraw_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ASSETS_WITHDRAW_HISTORY,
            {"ccy": ccy, "withdraw_id": withdraw_id, "status": status, "limit": limit},
            WithdrawRecord,
        )

    def deposit_withdraw_config(
        self,
        *,
        ccy: str,
    ) -> DepositWithdrawConfig:
        """Get the deposit and withdrawal configuration of a currency.

        Chains, minimum amounts, fees, confirmations and switches.

        Args:
            ccy: Currency, e.g. USDT.

        Signed: no (public). Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/get-deposit-withdrawal-config
        """
        return self._call(_ep.ASSETS_DEPOSIT_WITHDRAW_CONFIG, {"ccy": ccy}, DepositWithdrawConfig)

    def all_deposit_withdraw_config(self) -> list[DepositWithdrawConfig]:
        """Get the deposit and withdrawal configuration of all currencies.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/list-all-deposit-withdrawal-config
        """
        return self._call(_ep.ASSETS_ALL_DEPOSIT_WITHDRAW_CONFIG, {}, list[DepositWithdrawConfig])

    def assets_info(
        self,
        *,
        ccy: str | None = None,
    ) -> list[AssetInfo]:
        """Get coin information (name, website, white paper, chains).

        Args:
            ccy: Currency, e.g. CET; omit for all.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/list-assets-info
        """
        return self._call(_ep.ASSETS_ASSETS_INFO, {"ccy": ccy}, list[AssetInfo])

    def margin_borrow(
        self,
        *,
        market: str,
        ccy: str,
        borrow_amount: Decimal | str | int,
        is_auto_renew: bool,
    ) -> MarginLoan:
        """Borrow in an isolated-margin account.

        Args:
            market: Margin market, e.g. BTCUSDT.
            ccy: Currency to borrow (the market's base or quote currency).
            borrow_amount: Amount to borrow.
            is_auto_renew: Renew the loan automatically at expiry, at the then current rate and
                period.

        Signed: yes. Rate limit: account_modify group.
        Moves money: never resent unless CoinEx refused it before acting.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/loan-flat/http/margin-borrow
        """
        return self._call(
            _ep.ASSETS_MARGIN_BORROW,
            {
                "market": market,
                "ccy": ccy,
                "borrow_amount": borrow_amount,
                "is_auto_renew": is_auto_renew,
            },
            MarginLoan,
        )

    def margin_repay(
        self,
        *,
        market: str,
        ccy: str,
        amount: Decimal | str | int,
        borrow_id: int | None = None,
    ) -> None:
        """Repay a margin loan.

        Repays borrowed currency (interest first) of a margin market, optionally of one loan.

        Args:
            market: Margin market, e.g. BTCUSDT.
            ccy: Currency to repay.
            amount: Amount to repay.
            borrow_id: Loan record id; may be omitted when the remaining amount of the current
                loan is repaid.

        Signed: yes. Rate limit: account_modify group.
        Moves money: never resent unless CoinEx refused it before acting.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/loan-flat/http/margin-repay
        """
        return self._call_none(
            _ep.ASSETS_MARGIN_REPAY,
            {"market": market, "ccy": ccy, "amount": amount, "borrow_id": borrow_id},
        )

    def borrow_history(
        self,
        *,
        market: str | None = None,
        status: Literal["loan", "debt", "liquidated", "finish"] | LoanStatus | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[MarginLoan]:
        """Get margin loan records.

        Args:
            market: Margin market; omit for all.
            status: Loan status filter.
            page: Page number, from 1 (default 1).
            limit: Records per page (default 10).

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/loan-flat/http/list-margin-borrow-history
        """
        return self._page(
            _ep.ASSETS_BORROW_HISTORY,
            {"market": market, "status": status, "page": page, "limit": limit},
            MarginLoan,
        )

    def iter_borrow_history(
        self,
        *,
        market: str | None = None,
        status: Literal["loan", "debt", "liquidated", "finish"] | LoanStatus | None = None,
        limit: int | None = None,
    ) -> Iterator[MarginLoan]:
        """Every item of :meth:`borrow_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ASSETS_BORROW_HISTORY,
            {"market": market, "status": status, "limit": limit},
            MarginLoan,
        )

    def interest_limit(
        self,
        *,
        market: str,
        ccy: str,
    ) -> BorrowLimit:
        """Get the borrowing limit and interest rate of a margin currency.

        Args:
            market: Margin market, e.g. BTCUSDT.
            ccy: Currency, the market's base or quote currency.

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/loan-flat/http/list-margin-interest-limit
        """
        return self._call(_ep.ASSETS_INTEREST_LIMIT, {"market": market, "ccy": ccy}, BorrowLimit)

    def transfer(
        self,
        *,
        from_account_type: Literal["SPOT", "MARGIN", "FUTURES"] | AccountType,
        to_account_type: Literal["SPOT", "MARGIN", "FUTURES"] | AccountType,
        ccy: str,
        amount: Decimal | str | int,
        market: str | None = None,
    ) -> None:
        """Transfer between the account's own spot, margin and futures accounts.

        One side must be the spot account. market is required when a margin account is involved.

        Args:
            from_account_type: Sending account (SPOT, MARGIN or FUTURES).
            to_account_type: Receiving account (SPOT, MARGIN or FUTURES).
            ccy: Currency, e.g. USDT.
            amount: Amount to transfer.
            market: Margin market, e.g. BTCUSDT; required when either account is MARGIN.

        Signed: yes. Rate limit: account_modify group.
        Moves money: never resent unless CoinEx refused it before acting.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/transfer/http/transfer
        """
        return self._call_none(
            _ep.ASSETS_TRANSFER,
            {
                "from_account_type": from_account_type,
                "to_account_type": to_account_type,
                "ccy": ccy,
                "amount": amount,
                "market": market,
            },
        )

    def transfer_history(
        self,
        *,
        ccy: str,
        transfer_type: Literal["MARGIN", "FUTURES"],
        market: str | None = None,
        status: Literal["created", "deducted", "failed", "finished"] | TransferStatus | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[TransferRecord]:
        """Get transfer records between the account's own accounts.

        Args:
            ccy: Currency, e.g. USDT.
            transfer_type: Which transfers to list, spot<->margin (MARGIN) or spot<->futures
                (FUTURES).
            market: Margin market filter.
            status: Transfer status filter (CoinEx.Net; not in the docs table).
            start_time: Start of the time range.
            end_time: End of the time range.
            page: Page number, from 1 (default 1).
            limit: Records per page (default 10).

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/transfer/http/list-transfer-history
        """
        return self._page(
            _ep.ASSETS_TRANSFER_HISTORY,
            {
                "ccy": ccy,
                "transfer_type": transfer_type,
                "market": market,
                "status": status,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            TransferRecord,
        )

    def iter_transfer_history(
        self,
        *,
        ccy: str,
        transfer_type: Literal["MARGIN", "FUTURES"],
        market: str | None = None,
        status: Literal["created", "deducted", "failed", "finished"] | TransferStatus | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[TransferRecord]:
        """Every item of :meth:`transfer_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ASSETS_TRANSFER_HISTORY,
            {
                "ccy": ccy,
                "transfer_type": transfer_type,
                "market": market,
                "status": status,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            TransferRecord,
        )

    def add_amm_liquidity(
        self,
        *,
        market: str,
        base_ccy_amount: Decimal | str | int,
        quote_ccy_amount: Decimal | str | int,
    ) -> AmmLiquidity:
        """Add liquidity to an AMM market.

        Args:
            market: AMM market, e.g. CETUSDT.
            base_ccy_amount: Base currency amount to add.
            quote_ccy_amount: Quote currency amount to add.

        Signed: yes. Rate limit: account_modify group.
        Moves money: never resent unless CoinEx refused it before acting.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/amm/http/add-liquidtiy
        """
        return self._call(
            _ep.ASSETS_ADD_AMM_LIQUIDITY,
            {
                "market": market,
                "base_ccy_amount": base_ccy_amount,
                "quote_ccy_amount": quote_ccy_amount,
            },
            AmmLiquidity,
        )

    def remove_amm_liquidity(
        self,
        *,
        market: str,
    ) -> AmmLiquidity:
        """Withdraw all liquidity from an AMM market.

        Only a complete withdrawal is supported, not a partial one.

        Args:
            market: AMM market, e.g. CETUSDT.

        Signed: yes. Rate limit: account_modify group.
        Moves money: never resent unless CoinEx refused it before acting.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/amm/http/remove-liquidtiy
        """
        return self._call(_ep.ASSETS_REMOVE_AMM_LIQUIDITY, {"market": market}, AmmLiquidity)

    def amm_liquidity_pool(
        self,
        *,
        market: str | Sequence[str],
    ) -> list[AmmLiquidityPool]:
        """Get AMM liquidity pool statistics.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Parameters and response from the docs page
        (market required, at most 10 markets). Auth is uncertain: the docs page has no "requires
        signature"/"rate limit" notice (signed pages have one) and the docs rate-limit table
        does not list it; ccxt files it under v2 private and another client signs it, so it is
        signed (a signed request to a public endpoint is still answered).

        Args:
            market: AMM markets, at most 10, e.g. CETUSDT.

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/amm/http/list-liquidity-pool
        """
        return self._call(_ep.ASSETS_AMM_LIQUIDITY_POOL, {"market": market}, list[AmmLiquidityPool])

    def amm_income_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[AmmIncomeRecord]:
        """Get the account's AMM income records.

        Args:
            market: AMM market, e.g. CETUSDT.
            start_time: Start of the time range (no time filter by default).
            end_time: End of the time range (no time filter by default).
            page: Page number, from 1 (default 1).
            limit: Records per page, at most 100 (default 10).

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/amm/http/list-income-history
        """
        return self._page(
            _ep.ASSETS_AMM_INCOME_HISTORY,
            {
                "market": market,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            AmmIncomeRecord,
        )

    def iter_amm_income_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[AmmIncomeRecord]:
        """Every item of :meth:`amm_income_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ASSETS_AMM_INCOME_HISTORY,
            {"market": market, "start_time": start_time, "end_time": end_time, "limit": limit},
            AmmIncomeRecord,
        )


class AssetsWithRawResponse:
    """``cx.assets.with_raw_response``: the methods of
    :class:`Assets`, returning ``RawResponse``."""

    def __init__(self, resource: Assets) -> None:
        raw = Assets(resource._client, raw=True)
        self.spot_balance = raw_method(raw.spot_balance)
        self.futures_balance = raw_method(raw.futures_balance)
        self.margin_balance = raw_method(raw.margin_balance)
        self.financial_balance = raw_method(raw.financial_balance)
        self.credit_info = raw_method(raw.credit_info)
        self.amm_liquidity = raw_method(raw.amm_liquidity)
        self.transaction_history = raw_method(raw.transaction_history)
        self.statement = raw_method(raw.statement)
        self.deposit_address = raw_method(raw.deposit_address)
        self.renew_deposit_address = raw_method(raw.renew_deposit_address)
        self.deposit_history = raw_method(raw.deposit_history)
        self.withdraw = raw_method(raw.withdraw)
        self.cancel_withdraw = raw_method(raw.cancel_withdraw)
        self.withdraw_history = raw_method(raw.withdraw_history)
        self.deposit_withdraw_config = raw_method(raw.deposit_withdraw_config)
        self.all_deposit_withdraw_config = raw_method(raw.all_deposit_withdraw_config)
        self.assets_info = raw_method(raw.assets_info)
        self.margin_borrow = raw_method(raw.margin_borrow)
        self.margin_repay = raw_method(raw.margin_repay)
        self.borrow_history = raw_method(raw.borrow_history)
        self.interest_limit = raw_method(raw.interest_limit)
        self.transfer = raw_method(raw.transfer)
        self.transfer_history = raw_method(raw.transfer_history)
        self.add_amm_liquidity = raw_method(raw.add_amm_liquidity)
        self.remove_amm_liquidity = raw_method(raw.remove_amm_liquidity)
        self.amm_liquidity_pool = raw_method(raw.amm_liquidity_pool)
        self.amm_income_history = raw_method(raw.amm_income_history)


class AsyncAssets(AsyncResource):
    """Assets: balances, transfers, deposits and withdrawals, margin loans, AMM liquidity

    Use as ``acx.assets`` (awaited).
    """

    @cached_property
    def with_raw_response(self) -> AsyncAssetsWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return AsyncAssetsWithRawResponse(self)

    async def spot_balance(self) -> list[SpotBalance]:
        """Get the spot account balances.

        One entry per currency with a balance.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/http/get-spot-balance
        """
        return await self._call(_ep.ASSETS_SPOT_BALANCE, {}, list[SpotBalance])

    async def futures_balance(self) -> list[FuturesBalance]:
        """Get the futures account balances.

        One entry per currency with a balance, with margin, transferable amount and unrealized
        PnL.

        Signed: yes. Rate limit: futures_account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/http/get-futures-balance
        """
        return await self._call(_ep.ASSETS_FUTURES_BALANCE, {}, list[FuturesBalance])

    async def margin_balance(
        self,
        *,
        market: str | None = None,
    ) -> list[MarginBalance]:
        """Get the isolated-margin account balances.

        One entry per margin market. The risk rate comes as rik_rate (sic) in live responses
        (ccxt's captured example and the docs' response example); the docs table says risk_rate.
        Both are accepted.

        Args:
            market: Margin market, e.g. BTCUSDT; omit for all margin accounts.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/http/get-marigin-balance
        """
        return await self._call(_ep.ASSETS_MARGIN_BALANCE, {"market": market}, list[MarginBalance])

    async def financial_balance(self) -> list[FinancialBalance]:
        """Get the financial (earn) account balances.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/http/get-financial-balance
        """
        return await self._call(_ep.ASSETS_FINANCIAL_BALANCE, {}, list[FinancialBalance])

    async def credit_info(self) -> CreditInfo:
        """Get the credit account summary.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/http/get-credit-info
        """
        return await self._call(_ep.ASSETS_CREDIT_INFO, {}, CreditInfo)

    async def amm_liquidity(self) -> list[AmmLiquidity]:
        """Get the account's AMM liquidity.

        One entry per AMM market the account provides liquidity to.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/http/get-amm-liquidity
        """
        return await self._call(_ep.ASSETS_AMM_LIQUIDITY, {}, list[AmmLiquidity])

    async def transaction_history(
        self,
        *,
        type: Literal[
            "deposit",
            "withdraw",
            "trade",
            "maker_cash_back",
            "investment_interest",
            "exchange_order_transfer",
        ]
        | TranscationType,
        ccy: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[TransactionRecord]:
        """Get the spot account ledger (transaction history).

        Balance changes of the spot account of one transaction type. CoinEx spells the path
        "transcation-history" (sic).

        Args:
            type: Transaction type.
            ccy: Currency, e.g. USDT; omit for all.
            start_time: Start of the time range.
            end_time: End of the time range.
            page: Page number, from 1 (default 1).
            limit: Records per page (default 10).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/http/get-spot-transcation-history
        """
        return await self._page(
            _ep.ASSETS_TRANSACTION_HISTORY,
            {
                "type": type,
                "ccy": ccy,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            TransactionRecord,
        )

    def iter_transaction_history(
        self,
        *,
        type: Literal[
            "deposit",
            "withdraw",
            "trade",
            "maker_cash_back",
            "investment_interest",
            "exchange_order_transfer",
        ]
        | TranscationType,
        ccy: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[TransactionRecord]:
        """Every item of :meth:`transaction_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ASSETS_TRANSACTION_HISTORY,
            {
                "type": type,
                "ccy": ccy,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            TransactionRecord,
        )

    async def statement(self) -> UserStatement:
        """Get the user statement (undocumented).

        Listed only in the docs' rate-limit table ("Get user statement", group "Query spot
        account history"). No source documents its parameters or response; the method sends no
        parameters and decodes no fields. Use client.request("GET", "/v2/assets/statement",
        params=...) to get the raw data.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. UNKNOWN parameters and response. Searched
        the docs pages (en/zh/tw), the docs text dump, CoinEx.Net, ccxt, feedex/coinex and the
        official demo/MCP server: only the docs rate-limit table mentions GET /assets/statement.
        Signed (the table's group is per account).

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/rate-limit
        """
        return await self._call(_ep.ASSETS_STATEMENT, {}, UserStatement)

    async def deposit_address(
        self,
        *,
        ccy: str,
        chain: str,
    ) -> DepositAddress:
        """Get the deposit address of a currency on a chain.

        Args:
            ccy: Currency, e.g. USDT.
            chain: Chain name, e.g. TRC20 (see deposit_withdraw_config).

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/get-deposit-address
        """
        return await self._call(
            _ep.ASSETS_DEPOSIT_ADDRESS, {"ccy": ccy, "chain": chain}, DepositAddress
        )

    async def renew_deposit_address(
        self,
        *,
        ccy: str,
        chain: str,
    ) -> DepositAddress:
        """Get a new deposit address for a currency on a chain.

        Args:
            ccy: Currency, e.g. USDT.
            chain: Chain name, e.g. TRC20.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/update-deposit-address
        """
        return await self._call(
            _ep.ASSETS_RENEW_DEPOSIT_ADDRESS, {"ccy": ccy, "chain": chain}, DepositAddress
        )

    async def deposit_history(
        self,
        *,
        ccy: str | None = None,
        tx_id: str | None = None,
        status: Literal[
            "processing", "confirming", "cancelled", "finished", "too_small", "exception"
        ]
        | DepositStatus
        | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[DepositRecord]:
        """Get deposit records.

        Live responses page with the misspelled key "paginatation" instead of "pagination"; the
        SDK reads both. Status and deposit_method come in upper case (FINISHED, ON_CHAIN) and
        decode case-insensitively.

        Args:
            ccy: Currency; omit for all.
            tx_id: Transaction hash.
            status: Deposit status filter.
            page: Page number, from 1 (default 1).
            limit: Records per page (default 10).

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/list-deposit-history
        """
        return await self._page(
            _ep.ASSETS_DEPOSIT_HISTORY,
            {"ccy": ccy, "tx_id": tx_id, "status": status, "page": page, "limit": limit},
            DepositRecord,
        )

    def iter_deposit_history(
        self,
        *,
        ccy: str | None = None,
        tx_id: str | None = None,
        status: Literal[
            "processing", "confirming", "cancelled", "finished", "too_small", "exception"
        ]
        | DepositStatus
        | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[DepositRecord]:
        """Every item of :meth:`deposit_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ASSETS_DEPOSIT_HISTORY,
            {"ccy": ccy, "tx_id": tx_id, "status": status, "limit": limit},
            DepositRecord,
        )

    async def withdraw(
        self,
        *,
        ccy: str,
        to_address: str,
        amount: Decimal | str | int,
        chain: str | None = None,
        withdraw_method: Literal["on_chain", "inter_user"] | WithdrawMethod | None = None,
        memo: str | None = None,
        fee_ccy: str | None = None,
        remark: str | None = None,
        extra: WithdrawExtra | None = None,
    ) -> WithdrawRecord:
        """Request a withdrawal.

        On-chain withdrawal (chain required) or inter-user transfer to another CoinEx user
        (to_address is then an email or phone number; no fee, instant). The address must be on
        the API key's withdrawal whitelist. amount excludes the fee, and amounts below the
        minimum withdrawal amount are rejected.

        Args:
            ccy: Currency to withdraw.
            to_address: Withdrawal address (whitelisted), or an email/phone for inter_user.
            amount: Amount to withdraw, excluding the fee.
            chain: Chain name; required for on_chain, not for inter_user.
            withdraw_method: on_chain (default) or inter_user.
            memo: Memo/tag for currencies that need one.
            fee_ccy: Currency to pay the fee in.
            remark: Withdrawal note.
            extra: Extra chain-specific fields, e.g. {"chain_id": "0"} for KDA withdrawals.

        Signed: yes. Rate limit: account_modify group.
        Moves money: never resent unless CoinEx refused it before acting.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/withdrawal
        """
        return await self._call(
            _ep.ASSETS_WITHDRAW,
            {
                "ccy": ccy,
                "to_address": to_address,
                "amount": amount,
                "chain": chain,
                "withdraw_method": withdraw_method,
                "memo": memo,
                "fee_ccy": fee_ccy,
                "remark": remark,
                "extra": extra,
            },
            WithdrawRecord,
        )

    async def cancel_withdraw(
        self,
        *,
        withdraw_id: int,
    ) -> None:
        """Cancel a pending withdrawal.

        Args:
            withdraw_id: Withdrawal id.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/cancel-withdrawal
        """
        return await self._call_none(_ep.ASSETS_CANCEL_WITHDRAW, {"withdraw_id": withdraw_id})

    async def withdraw_history(
        self,
        *,
        ccy: str | None = None,
        withdraw_id: int | None = None,
        status: Literal[
            "created",
            "audit_required",
            "audited",
            "processing",
            "confirming",
            "finished",
            "cancelled",
            "cancellation_failed",
            "failed",
        ]
        | WithdrawStatus
        | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[WithdrawRecord]:
        """Get withdrawal records.

        Args:
            ccy: Currency; omit for all.
            withdraw_id: Withdrawal id.
            status: Withdrawal status filter.
            page: Page number, from 1 (default 1).
            limit: Records per page (default 10).

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/list-withdrawal-history
        """
        return await self._page(
            _ep.ASSETS_WITHDRAW_HISTORY,
            {
                "ccy": ccy,
                "withdraw_id": withdraw_id,
                "status": status,
                "page": page,
                "limit": limit,
            },
            WithdrawRecord,
        )

    def iter_withdraw_history(
        self,
        *,
        ccy: str | None = None,
        withdraw_id: int | None = None,
        status: Literal[
            "created",
            "audit_required",
            "audited",
            "processing",
            "confirming",
            "finished",
            "cancelled",
            "cancellation_failed",
            "failed",
        ]
        | WithdrawStatus
        | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[WithdrawRecord]:
        """Every item of :meth:`withdraw_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ASSETS_WITHDRAW_HISTORY,
            {"ccy": ccy, "withdraw_id": withdraw_id, "status": status, "limit": limit},
            WithdrawRecord,
        )

    async def deposit_withdraw_config(
        self,
        *,
        ccy: str,
    ) -> DepositWithdrawConfig:
        """Get the deposit and withdrawal configuration of a currency.

        Chains, minimum amounts, fees, confirmations and switches.

        Args:
            ccy: Currency, e.g. USDT.

        Signed: no (public). Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/get-deposit-withdrawal-config
        """
        return await self._call(
            _ep.ASSETS_DEPOSIT_WITHDRAW_CONFIG, {"ccy": ccy}, DepositWithdrawConfig
        )

    async def all_deposit_withdraw_config(self) -> list[DepositWithdrawConfig]:
        """Get the deposit and withdrawal configuration of all currencies.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/list-all-deposit-withdrawal-config
        """
        return await self._call(
            _ep.ASSETS_ALL_DEPOSIT_WITHDRAW_CONFIG, {}, list[DepositWithdrawConfig]
        )

    async def assets_info(
        self,
        *,
        ccy: str | None = None,
    ) -> list[AssetInfo]:
        """Get coin information (name, website, white paper, chains).

        Args:
            ccy: Currency, e.g. CET; omit for all.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/deposit-withdrawal/http/list-assets-info
        """
        return await self._call(_ep.ASSETS_ASSETS_INFO, {"ccy": ccy}, list[AssetInfo])

    async def margin_borrow(
        self,
        *,
        market: str,
        ccy: str,
        borrow_amount: Decimal | str | int,
        is_auto_renew: bool,
    ) -> MarginLoan:
        """Borrow in an isolated-margin account.

        Args:
            market: Margin market, e.g. BTCUSDT.
            ccy: Currency to borrow (the market's base or quote currency).
            borrow_amount: Amount to borrow.
            is_auto_renew: Renew the loan automatically at expiry, at the then current rate and
                period.

        Signed: yes. Rate limit: account_modify group.
        Moves money: never resent unless CoinEx refused it before acting.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/loan-flat/http/margin-borrow
        """
        return await self._call(
            _ep.ASSETS_MARGIN_BORROW,
            {
                "market": market,
                "ccy": ccy,
                "borrow_amount": borrow_amount,
                "is_auto_renew": is_auto_renew,
            },
            MarginLoan,
        )

    async def margin_repay(
        self,
        *,
        market: str,
        ccy: str,
        amount: Decimal | str | int,
        borrow_id: int | None = None,
    ) -> None:
        """Repay a margin loan.

        Repays borrowed currency (interest first) of a margin market, optionally of one loan.

        Args:
            market: Margin market, e.g. BTCUSDT.
            ccy: Currency to repay.
            amount: Amount to repay.
            borrow_id: Loan record id; may be omitted when the remaining amount of the current
                loan is repaid.

        Signed: yes. Rate limit: account_modify group.
        Moves money: never resent unless CoinEx refused it before acting.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/loan-flat/http/margin-repay
        """
        return await self._call_none(
            _ep.ASSETS_MARGIN_REPAY,
            {"market": market, "ccy": ccy, "amount": amount, "borrow_id": borrow_id},
        )

    async def borrow_history(
        self,
        *,
        market: str | None = None,
        status: Literal["loan", "debt", "liquidated", "finish"] | LoanStatus | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[MarginLoan]:
        """Get margin loan records.

        Args:
            market: Margin market; omit for all.
            status: Loan status filter.
            page: Page number, from 1 (default 1).
            limit: Records per page (default 10).

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/loan-flat/http/list-margin-borrow-history
        """
        return await self._page(
            _ep.ASSETS_BORROW_HISTORY,
            {"market": market, "status": status, "page": page, "limit": limit},
            MarginLoan,
        )

    def iter_borrow_history(
        self,
        *,
        market: str | None = None,
        status: Literal["loan", "debt", "liquidated", "finish"] | LoanStatus | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[MarginLoan]:
        """Every item of :meth:`borrow_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ASSETS_BORROW_HISTORY,
            {"market": market, "status": status, "limit": limit},
            MarginLoan,
        )

    async def interest_limit(
        self,
        *,
        market: str,
        ccy: str,
    ) -> BorrowLimit:
        """Get the borrowing limit and interest rate of a margin currency.

        Args:
            market: Margin market, e.g. BTCUSDT.
            ccy: Currency, the market's base or quote currency.

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/loan-flat/http/list-margin-interest-limit
        """
        return await self._call(
            _ep.ASSETS_INTEREST_LIMIT, {"market": market, "ccy": ccy}, BorrowLimit
        )

    async def transfer(
        self,
        *,
        from_account_type: Literal["SPOT", "MARGIN", "FUTURES"] | AccountType,
        to_account_type: Literal["SPOT", "MARGIN", "FUTURES"] | AccountType,
        ccy: str,
        amount: Decimal | str | int,
        market: str | None = None,
    ) -> None:
        """Transfer between the account's own spot, margin and futures accounts.

        One side must be the spot account. market is required when a margin account is involved.

        Args:
            from_account_type: Sending account (SPOT, MARGIN or FUTURES).
            to_account_type: Receiving account (SPOT, MARGIN or FUTURES).
            ccy: Currency, e.g. USDT.
            amount: Amount to transfer.
            market: Margin market, e.g. BTCUSDT; required when either account is MARGIN.

        Signed: yes. Rate limit: account_modify group.
        Moves money: never resent unless CoinEx refused it before acting.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/transfer/http/transfer
        """
        return await self._call_none(
            _ep.ASSETS_TRANSFER,
            {
                "from_account_type": from_account_type,
                "to_account_type": to_account_type,
                "ccy": ccy,
                "amount": amount,
                "market": market,
            },
        )

    async def transfer_history(
        self,
        *,
        ccy: str,
        transfer_type: Literal["MARGIN", "FUTURES"],
        market: str | None = None,
        status: Literal["created", "deducted", "failed", "finished"] | TransferStatus | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[TransferRecord]:
        """Get transfer records between the account's own accounts.

        Args:
            ccy: Currency, e.g. USDT.
            transfer_type: Which transfers to list, spot<->margin (MARGIN) or spot<->futures
                (FUTURES).
            market: Margin market filter.
            status: Transfer status filter (CoinEx.Net; not in the docs table).
            start_time: Start of the time range.
            end_time: End of the time range.
            page: Page number, from 1 (default 1).
            limit: Records per page (default 10).

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/transfer/http/list-transfer-history
        """
        return await self._page(
            _ep.ASSETS_TRANSFER_HISTORY,
            {
                "ccy": ccy,
                "transfer_type": transfer_type,
                "market": market,
                "status": status,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            TransferRecord,
        )

    def iter_transfer_history(
        self,
        *,
        ccy: str,
        transfer_type: Literal["MARGIN", "FUTURES"],
        market: str | None = None,
        status: Literal["created", "deducted", "failed", "finished"] | TransferStatus | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[TransferRecord]:
        """Every item of :meth:`transfer_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ASSETS_TRANSFER_HISTORY,
            {
                "ccy": ccy,
                "transfer_type": transfer_type,
                "market": market,
                "status": status,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            TransferRecord,
        )

    async def add_amm_liquidity(
        self,
        *,
        market: str,
        base_ccy_amount: Decimal | str | int,
        quote_ccy_amount: Decimal | str | int,
    ) -> AmmLiquidity:
        """Add liquidity to an AMM market.

        Args:
            market: AMM market, e.g. CETUSDT.
            base_ccy_amount: Base currency amount to add.
            quote_ccy_amount: Quote currency amount to add.

        Signed: yes. Rate limit: account_modify group.
        Moves money: never resent unless CoinEx refused it before acting.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/amm/http/add-liquidtiy
        """
        return await self._call(
            _ep.ASSETS_ADD_AMM_LIQUIDITY,
            {
                "market": market,
                "base_ccy_amount": base_ccy_amount,
                "quote_ccy_amount": quote_ccy_amount,
            },
            AmmLiquidity,
        )

    async def remove_amm_liquidity(
        self,
        *,
        market: str,
    ) -> AmmLiquidity:
        """Withdraw all liquidity from an AMM market.

        Only a complete withdrawal is supported, not a partial one.

        Args:
            market: AMM market, e.g. CETUSDT.

        Signed: yes. Rate limit: account_modify group.
        Moves money: never resent unless CoinEx refused it before acting.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/amm/http/remove-liquidtiy
        """
        return await self._call(_ep.ASSETS_REMOVE_AMM_LIQUIDITY, {"market": market}, AmmLiquidity)

    async def amm_liquidity_pool(
        self,
        *,
        market: str | Sequence[str],
    ) -> list[AmmLiquidityPool]:
        """Get AMM liquidity pool statistics.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Parameters and response from the docs page
        (market required, at most 10 markets). Auth is uncertain: the docs page has no "requires
        signature"/"rate limit" notice (signed pages have one) and the docs rate-limit table
        does not list it; ccxt files it under v2 private and another client signs it, so it is
        signed (a signed request to a public endpoint is still answered).

        Args:
            market: AMM markets, at most 10, e.g. CETUSDT.

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/amm/http/list-liquidity-pool
        """
        return await self._call(
            _ep.ASSETS_AMM_LIQUIDITY_POOL, {"market": market}, list[AmmLiquidityPool]
        )

    async def amm_income_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[AmmIncomeRecord]:
        """Get the account's AMM income records.

        Args:
            market: AMM market, e.g. CETUSDT.
            start_time: Start of the time range (no time filter by default).
            end_time: End of the time range (no time filter by default).
            page: Page number, from 1 (default 1).
            limit: Records per page, at most 100 (default 10).

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/assets/amm/http/list-income-history
        """
        return await self._page(
            _ep.ASSETS_AMM_INCOME_HISTORY,
            {
                "market": market,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            AmmIncomeRecord,
        )

    def iter_amm_income_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[AmmIncomeRecord]:
        """Every item of :meth:`amm_income_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ASSETS_AMM_INCOME_HISTORY,
            {"market": market, "start_time": start_time, "end_time": end_time, "limit": limit},
            AmmIncomeRecord,
        )


class AsyncAssetsWithRawResponse:
    """``acx.assets.with_raw_response``: the methods of
    :class:`AsyncAssets`, returning ``RawResponse``."""

    def __init__(self, resource: AsyncAssets) -> None:
        raw = AsyncAssets(resource._client, raw=True)
        self.spot_balance = async_raw_method(raw.spot_balance)
        self.futures_balance = async_raw_method(raw.futures_balance)
        self.margin_balance = async_raw_method(raw.margin_balance)
        self.financial_balance = async_raw_method(raw.financial_balance)
        self.credit_info = async_raw_method(raw.credit_info)
        self.amm_liquidity = async_raw_method(raw.amm_liquidity)
        self.transaction_history = async_raw_method(raw.transaction_history)
        self.statement = async_raw_method(raw.statement)
        self.deposit_address = async_raw_method(raw.deposit_address)
        self.renew_deposit_address = async_raw_method(raw.renew_deposit_address)
        self.deposit_history = async_raw_method(raw.deposit_history)
        self.withdraw = async_raw_method(raw.withdraw)
        self.cancel_withdraw = async_raw_method(raw.cancel_withdraw)
        self.withdraw_history = async_raw_method(raw.withdraw_history)
        self.deposit_withdraw_config = async_raw_method(raw.deposit_withdraw_config)
        self.all_deposit_withdraw_config = async_raw_method(raw.all_deposit_withdraw_config)
        self.assets_info = async_raw_method(raw.assets_info)
        self.margin_borrow = async_raw_method(raw.margin_borrow)
        self.margin_repay = async_raw_method(raw.margin_repay)
        self.borrow_history = async_raw_method(raw.borrow_history)
        self.interest_limit = async_raw_method(raw.interest_limit)
        self.transfer = async_raw_method(raw.transfer)
        self.transfer_history = async_raw_method(raw.transfer_history)
        self.add_amm_liquidity = async_raw_method(raw.add_amm_liquidity)
        self.remove_amm_liquidity = async_raw_method(raw.remove_amm_liquidity)
        self.amm_liquidity_pool = async_raw_method(raw.amm_liquidity_pool)
        self.amm_income_history = async_raw_method(raw.amm_income_history)
