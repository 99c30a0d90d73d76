# generated from spec/ by `python -m generator`; do not edit.
"""The ``cx.assets`` methods of spec/rest/assets_margin.yaml.

``resources.assets`` composes them with the other files of the resource.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Literal

from ..._resource import AsyncResource, SyncResource
from ..._types import Page
from ..endpoints import assets_margin as _ep
from ..models.assets import BorrowLimit, MarginLoan
from ..models.enums import LoanStatus

__all__ = ["AssetsMarginMethods", "AsyncAssetsMarginMethods"]


class AssetsMarginMethods(SyncResource):
    """The methods of ``cx.assets`` from spec/rest/assets_margin.yaml."""

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


class AsyncAssetsMarginMethods(AsyncResource):
    """The methods of ``acx.assets`` from spec/rest/assets_margin.yaml."""

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
