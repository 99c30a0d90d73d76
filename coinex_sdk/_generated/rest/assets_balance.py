# generated from spec/ by `python -m generator`; do not edit.
"""The ``cx.assets`` methods of spec/rest/assets_balance.yaml.

``resources.assets`` composes them with the other files of the resource.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from typing import Literal

from ..._resource import AsyncResource, SyncResource
from ..._types import Page
from ..endpoints import assets_balance as _ep
from ..models.assets import (
    AmmLiquidity,
    CreditInfo,
    FinancialBalance,
    FuturesBalance,
    MarginBalance,
    SpotBalance,
    TransactionRecord,
    UserStatement,
)
from ..models.enums import TranscationType

__all__ = ["AssetsBalanceMethods", "AsyncAssetsBalanceMethods"]


class AssetsBalanceMethods(SyncResource):
    """The methods of ``cx.assets`` from spec/rest/assets_balance.yaml."""

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
        the docs pages (en/zh/tw), CoinEx.Net, ccxt, feedex/coinex and the official demo/MCP
        server: only the docs rate-limit table mentions GET /assets/statement. Signed (the
        table's group is per account).

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/rate-limit
        """
        return self._call(_ep.ASSETS_STATEMENT, {}, UserStatement)


class AsyncAssetsBalanceMethods(AsyncResource):
    """The methods of ``acx.assets`` from spec/rest/assets_balance.yaml."""

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
        the docs pages (en/zh/tw), CoinEx.Net, ccxt, feedex/coinex and the official demo/MCP
        server: only the docs rate-limit table mentions GET /assets/statement. Signed (the
        table's group is per account).

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/rate-limit
        """
        return await self._call(_ep.ASSETS_STATEMENT, {}, UserStatement)
