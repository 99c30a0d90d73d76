# generated from spec/ by `python -m generator`; do not edit.
"""The ``cx.assets`` methods of spec/rest/assets_deposit_withdraw.yaml.

``resources.assets`` composes them with the other files of the resource.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from ..._resource import AsyncResource, SyncResource
from ..._types import Page
from ..endpoints import assets_deposit_withdraw as _ep
from ..models.assets import (
    AssetInfo,
    DepositAddress,
    DepositRecord,
    DepositWithdrawConfig,
    WithdrawRecord,
)
from ..models.enums import DepositStatus, WithdrawMethod, WithdrawStatus

if TYPE_CHECKING:
    from ..params import WithdrawExtra

__all__ = ["AssetsDepositWithdrawMethods", "AsyncAssetsDepositWithdrawMethods"]


class AssetsDepositWithdrawMethods(SyncResource):
    """The methods of ``cx.assets`` from spec/rest/assets_deposit_withdraw.yaml."""

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


class AsyncAssetsDepositWithdrawMethods(AsyncResource):
    """The methods of ``acx.assets`` from spec/rest/assets_deposit_withdraw.yaml."""

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
