# generated from spec/ by `python -m generator`; do not edit.
"""The ``cx.assets`` methods of spec/rest/assets_transfer_amm.yaml.

``resources.assets`` composes them with the other files of the resource.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Literal

from ..._resource import AsyncResource, SyncResource
from ..._types import Page
from ..endpoints import assets_transfer_amm as _ep
from ..models.assets import AmmIncomeRecord, AmmLiquidity, AmmLiquidityPool, TransferRecord
from ..models.enums import AccountType, TransferStatus

__all__ = ["AssetsTransferAmmMethods", "AsyncAssetsTransferAmmMethods"]


class AssetsTransferAmmMethods(SyncResource):
    """The methods of ``cx.assets`` from spec/rest/assets_transfer_amm.yaml."""

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


class AsyncAssetsTransferAmmMethods(AsyncResource):
    """The methods of ``acx.assets`` from spec/rest/assets_transfer_amm.yaml."""

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
