# generated from spec/ by `python -m generator`; do not edit.
"""The ``cx.account`` methods of spec/rest/account.yaml.

``resources.account`` composes them with the other files of the resource.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Literal

from ..._resource import AsyncResource, SyncResource
from ..._types import Page
from ..endpoints import account as _ep
from ..models.account import (
    AccountFuturesMarketSettings,
    AccountInfo,
    AccountTradeFeeRate,
    SubAccount,
    SubAccountApiKey,
    SubAccountApiKeyDetail,
    SubAccountBalance,
    SubAccountInfo,
    SubAccountSpotBalance,
    SubAccountTransfer,
)
from ..models.enums import SubAccountPermission

__all__ = ["AccountMethods", "AsyncAccountMethods"]


class AccountMethods(SyncResource):
    """The methods of ``cx.account`` from spec/rest/account.yaml."""

    def trade_fee_rate(
        self,
        *,
        market_type: Literal["SPOT", "FUTURES"],
        market: str,
    ) -> AccountTradeFeeRate:
        """Get the account's trading fee rates in one market.

        Both the market type and the market name are required; CoinEx offers no call returning
        the rates of all markets. Margin markets have the same rates as spot.

        Args:
            market_type: Market type: SPOT (also covers margin markets) or FUTURES.
            market: Market name, e.g. BTCUSDT.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/fees/http/get-account-trade-fees
        """
        return self._call(
            _ep.ACCOUNT_TRADE_FEE_RATE,
            {"market_type": market_type, "market": market},
            AccountTradeFeeRate,
        )

    def modify_settings(
        self,
        *,
        cet_discount_enabled: bool,
    ) -> None:
        """Modify account settings (the global CET fee-deduction switch).

        The CET deduction switch is global only; it cannot be set per order.

        Args:
            cet_discount_enabled: Whether trading fees are paid with CET at a discount.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/settings/http/modify-account-settings
        """
        return self._call_none(
            _ep.ACCOUNT_MODIFY_SETTINGS, {"cet_discount_enabled": cet_discount_enabled}
        )

    def futures_market_settings(self) -> AccountFuturesMarketSettings:
        """Get the user's futures market settings (auto-settlement).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/settings/http/accquire-futures-market-settings
        """
        return self._call(_ep.ACCOUNT_FUTURES_MARKET_SETTINGS, {}, AccountFuturesMarketSettings)

    def modify_futures_market_settings(
        self,
        *,
        settle_switch: Literal[1, 2],
    ) -> None:
        """Modify the user's futures market settings (auto-settlement).

        Args:
            settle_switch: Auto-settlement: 1 to enable, 2 to disable. One of 1, 2.

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/settings/http/modify-futures-market-settings
        """
        return self._call_none(
            _ep.ACCOUNT_MODIFY_FUTURES_MARKET_SETTINGS, {"settle_switch": settle_switch}
        )

    def info(self) -> AccountInfo:
        """Get account information.

        The response fields are not documented, so the returned model has no fields; read the
        raw data with the client's free-form request("GET", "/v2/account/info").

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. This path appears only in ccxt's endpoint
        list (coinex.py 4.5.75, cost 1) and in the feedex PHP SDK (getAccountInfo(), no params);
        no docs page, example or client parsing of the response was found, so params (assumed
        none) and response fields are unknown. The docs rate-limit table does not list it (no
        group).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/
        """
        return self._call(_ep.ACCOUNT_INFO, {}, AccountInfo)

    def subs(
        self,
        *,
        sub_user_name: str | None = None,
        is_frozen: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SubAccount]:
        """List sub-accounts.

        Main account only.

        Args:
            sub_user_name: Filter by sub-account username.
            is_frozen: Filter by frozen state; CoinEx defaults to false.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/list-sub
        """
        return self._page(
            _ep.ACCOUNT_SUBS,
            {"sub_user_name": sub_user_name, "is_frozen": is_frozen, "page": page, "limit": limit},
            SubAccount,
        )

    def iter_subs(
        self,
        *,
        sub_user_name: str | None = None,
        is_frozen: bool | None = None,
        limit: int | None = None,
    ) -> Iterator[SubAccount]:
        """Every item of :meth:`subs`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ACCOUNT_SUBS,
            {"sub_user_name": sub_user_name, "is_frozen": is_frozen, "limit": limit},
            SubAccount,
        )

    def create_sub(
        self,
        *,
        sub_user_name: str,
        permissions: Sequence[Literal["FUTURES", "MARGIN", "AMM", "API"] | SubAccountPermission]
        | None = None,
        remark: str | None = None,
    ) -> None:
        """Create a sub-account.

        Main account only; at most 20 sub-accounts.

        Args:
            sub_user_name: Sub-account username: 3-26 characters, letters, digits and '-'; must
                be new.
            permissions: The sub-account's permissions; omit for all of them. One of FUTURES,
                MARGIN, AMM, API.
            remark: Note, at most 50 characters.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/create-sub
        """
        return self._call_none(
            _ep.ACCOUNT_CREATE_SUB,
            {"sub_user_name": sub_user_name, "permissions": permissions, "remark": remark},
        )

    def freeze_sub(
        self,
        *,
        sub_user_name: str,
    ) -> None:
        """Freeze (disable) a sub-account.

        Main account only.

        Args:
            sub_user_name: Sub-account username.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/frozen-sub
        """
        return self._call_none(_ep.ACCOUNT_FREEZE_SUB, {"sub_user_name": sub_user_name})

    def unfreeze_sub(
        self,
        *,
        sub_user_name: str,
    ) -> None:
        """Unfreeze (re-enable) a sub-account.

        Main account only.

        Args:
            sub_user_name: Sub-account username.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/cancel-frozen-sub
        """
        return self._call_none(_ep.ACCOUNT_UNFREEZE_SUB, {"sub_user_name": sub_user_name})

    def sub_info(self) -> SubAccountInfo:
        """Tell whether the calling API key belongs to a sub-account.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/get-sub-info
        """
        return self._call(_ep.ACCOUNT_SUB_INFO, {}, SubAccountInfo)

    def create_sub_api(
        self,
        *,
        sub_user_name: str,
        ip_whitelist: str | Sequence[str],
        trade_enabled: bool,
        remark: str | None = None,
    ) -> SubAccountApiKeyDetail:
        """Create an API key for a sub-account.

        Main account only; the sub-account needs the API permission; at most 50 keys per sub-
        account. A key without an IP whitelist expires after three months. The response carries
        the new key's secret_key.

        Args:
            sub_user_name: Sub-account username.
            ip_whitelist: IPs the key may be used from, at most 50 (an empty list binds none).
            trade_enabled: Whether the key may trade.
            remark: Note, at most 50 characters.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/create-sub-api
        """
        return self._call(
            _ep.ACCOUNT_CREATE_SUB_API,
            {
                "sub_user_name": sub_user_name,
                "ip_whitelist": ip_whitelist,
                "trade_enabled": trade_enabled,
                "remark": remark,
            },
            SubAccountApiKeyDetail,
        )

    def sub_apis(
        self,
        *,
        sub_user_name: str,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SubAccountApiKey]:
        """List a sub-account's API keys.

        Main account only. Secrets are not included; see sub_api_detail.

        Args:
            sub_user_name: Sub-account username.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/list-sub-api
        """
        return self._page(
            _ep.ACCOUNT_SUB_APIS,
            {"sub_user_name": sub_user_name, "page": page, "limit": limit},
            SubAccountApiKey,
        )

    def iter_sub_apis(
        self,
        *,
        sub_user_name: str,
        limit: int | None = None,
    ) -> Iterator[SubAccountApiKey]:
        """Every item of :meth:`sub_apis`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ACCOUNT_SUB_APIS, {"sub_user_name": sub_user_name, "limit": limit}, SubAccountApiKey
        )

    def sub_api_detail(
        self,
        *,
        api_id: int,
    ) -> SubAccountApiKeyDetail:
        """Get one sub-account API key, including its secret_key.

        Main account only.

        Args:
            api_id: Unique ID of the API key.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/get-sub-api
        """
        return self._call(_ep.ACCOUNT_SUB_API_DETAIL, {"api_id": api_id}, SubAccountApiKeyDetail)

    def edit_sub_api(
        self,
        *,
        sub_user_name: str,
        api_id: int,
        trade_enabled: bool | None = None,
        ip_whitelist: str | Sequence[str] | None = None,
        remark: str | None = None,
    ) -> SubAccountApiKeyDetail:
        """Edit a sub-account API key.

        Main account only; the sub-account needs the API permission. Omitted fields keep their
        values. The response carries the key's secret_key.

        Args:
            sub_user_name: Sub-account username.
            api_id: Unique ID of the API key.
            trade_enabled: Whether the key may trade.
            ip_whitelist: IPs the key may be used from, at most 50.
            remark: Note, at most 50 characters.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/edit-sub-api
        """
        return self._call(
            _ep.ACCOUNT_EDIT_SUB_API,
            {
                "sub_user_name": sub_user_name,
                "api_id": api_id,
                "trade_enabled": trade_enabled,
                "ip_whitelist": ip_whitelist,
                "remark": remark,
            },
            SubAccountApiKeyDetail,
        )

    def delete_sub_api(
        self,
        *,
        api_id: int,
    ) -> None:
        """Delete a sub-account API key.

        Main account only.

        Args:
            api_id: Unique ID of the API key.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/delete-sub-api
        """
        return self._call_none(_ep.ACCOUNT_DELETE_SUB_API, {"api_id": api_id})

    def sub_balance(
        self,
        *,
        sub_user_name: str,
        market_type: Literal["SPOT", "FUTURES"],
    ) -> list[SubAccountBalance]:
        """Get a sub-account's spot or futures balance.

        The items have the fields of the main account's spot balance (market_type SPOT) or
        futures balance (FUTURES). CoinEx also accepts MARGIN, whose items have the different
        shape of the margin balance; this method does not offer it (for MARGIN use the client's
        free-form request()).

        Args:
            sub_user_name: Sub-account username.
            market_type: Which balance to return.

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/get-sub-balance
        """
        return self._call(
            _ep.ACCOUNT_SUB_BALANCE,
            {"sub_user_name": sub_user_name, "market_type": market_type},
            list[SubAccountBalance],
        )

    def sub_spot_balance(
        self,
        *,
        sub_user_name: str,
        ccy: str | None = None,
    ) -> list[SubAccountSpotBalance]:
        """Get a sub-account's spot balance.

        Args:
            sub_user_name: Sub-account username.
            ccy: Currency name; omit for all currencies.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/get-sub-spot-balance
        """
        return self._call(
            _ep.ACCOUNT_SUB_SPOT_BALANCE,
            {"sub_user_name": sub_user_name, "ccy": ccy},
            list[SubAccountSpotBalance],
        )

    def sub_transfer(
        self,
        *,
        from_account_type: Literal["SPOT", "FUTURES"],
        to_account_type: Literal["SPOT", "FUTURES"],
        ccy: str,
        amount: Decimal | str | int,
        from_user_name: str | None = None,
        to_user_name: str | None = None,
    ) -> None:
        """Transfer assets between the main account and a sub-account, or between sub-accounts.

        Main account only. Give from_user_name, to_user_name or both: without from_user_name the
        main account sends, without to_user_name the main account receives. Between two sub-
        accounts only SPOT to SPOT is allowed.

        Args:
            from_account_type: Source account type.
            to_account_type: Destination account type.
            from_user_name: Source sub-account username; omit to send from the main account.
            to_user_name: Destination sub-account username; omit to send to the main account.
            ccy: Currency name.
            amount: Amount to transfer.

        Signed: yes. Rate limit: account_modify group.
        Moves money: never resent unless CoinEx refused it before acting.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/sub-transfer
        """
        return self._call_none(
            _ep.ACCOUNT_SUB_TRANSFER,
            {
                "from_account_type": from_account_type,
                "to_account_type": to_account_type,
                "from_user_name": from_user_name,
                "to_user_name": to_user_name,
                "ccy": ccy,
                "amount": amount,
            },
        )

    def sub_transfer_history(
        self,
        *,
        sub_user_name: str | None = None,
        ccy: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SubAccountTransfer]:
        """List transfers involving sub-accounts.

        Args:
            sub_user_name: Filter by sub-account username.
            ccy: Filter by currency.
            start_time: Start of the time range, ms.
            end_time: End of the time range, ms.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/list-sub-transfer-history
        """
        return self._page(
            _ep.ACCOUNT_SUB_TRANSFER_HISTORY,
            {
                "sub_user_name": sub_user_name,
                "ccy": ccy,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            SubAccountTransfer,
        )

    def iter_sub_transfer_history(
        self,
        *,
        sub_user_name: str | None = None,
        ccy: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[SubAccountTransfer]:
        """Every item of :meth:`sub_transfer_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ACCOUNT_SUB_TRANSFER_HISTORY,
            {
                "sub_user_name": sub_user_name,
                "ccy": ccy,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            SubAccountTransfer,
        )


class AsyncAccountMethods(AsyncResource):
    """The methods of ``acx.account`` from spec/rest/account.yaml."""

    async def trade_fee_rate(
        self,
        *,
        market_type: Literal["SPOT", "FUTURES"],
        market: str,
    ) -> AccountTradeFeeRate:
        """Get the account's trading fee rates in one market.

        Both the market type and the market name are required; CoinEx offers no call returning
        the rates of all markets. Margin markets have the same rates as spot.

        Args:
            market_type: Market type: SPOT (also covers margin markets) or FUTURES.
            market: Market name, e.g. BTCUSDT.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/fees/http/get-account-trade-fees
        """
        return await self._call(
            _ep.ACCOUNT_TRADE_FEE_RATE,
            {"market_type": market_type, "market": market},
            AccountTradeFeeRate,
        )

    async def modify_settings(
        self,
        *,
        cet_discount_enabled: bool,
    ) -> None:
        """Modify account settings (the global CET fee-deduction switch).

        The CET deduction switch is global only; it cannot be set per order.

        Args:
            cet_discount_enabled: Whether trading fees are paid with CET at a discount.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/settings/http/modify-account-settings
        """
        return await self._call_none(
            _ep.ACCOUNT_MODIFY_SETTINGS, {"cet_discount_enabled": cet_discount_enabled}
        )

    async def futures_market_settings(self) -> AccountFuturesMarketSettings:
        """Get the user's futures market settings (auto-settlement).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/settings/http/accquire-futures-market-settings
        """
        return await self._call(
            _ep.ACCOUNT_FUTURES_MARKET_SETTINGS, {}, AccountFuturesMarketSettings
        )

    async def modify_futures_market_settings(
        self,
        *,
        settle_switch: Literal[1, 2],
    ) -> None:
        """Modify the user's futures market settings (auto-settlement).

        Args:
            settle_switch: Auto-settlement: 1 to enable, 2 to disable. One of 1, 2.

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/settings/http/modify-futures-market-settings
        """
        return await self._call_none(
            _ep.ACCOUNT_MODIFY_FUTURES_MARKET_SETTINGS, {"settle_switch": settle_switch}
        )

    async def info(self) -> AccountInfo:
        """Get account information.

        The response fields are not documented, so the returned model has no fields; read the
        raw data with the client's free-form request("GET", "/v2/account/info").

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. This path appears only in ccxt's endpoint
        list (coinex.py 4.5.75, cost 1) and in the feedex PHP SDK (getAccountInfo(), no params);
        no docs page, example or client parsing of the response was found, so params (assumed
        none) and response fields are unknown. The docs rate-limit table does not list it (no
        group).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/
        """
        return await self._call(_ep.ACCOUNT_INFO, {}, AccountInfo)

    async def subs(
        self,
        *,
        sub_user_name: str | None = None,
        is_frozen: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SubAccount]:
        """List sub-accounts.

        Main account only.

        Args:
            sub_user_name: Filter by sub-account username.
            is_frozen: Filter by frozen state; CoinEx defaults to false.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/list-sub
        """
        return await self._page(
            _ep.ACCOUNT_SUBS,
            {"sub_user_name": sub_user_name, "is_frozen": is_frozen, "page": page, "limit": limit},
            SubAccount,
        )

    def iter_subs(
        self,
        *,
        sub_user_name: str | None = None,
        is_frozen: bool | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[SubAccount]:
        """Every item of :meth:`subs`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ACCOUNT_SUBS,
            {"sub_user_name": sub_user_name, "is_frozen": is_frozen, "limit": limit},
            SubAccount,
        )

    async def create_sub(
        self,
        *,
        sub_user_name: str,
        permissions: Sequence[Literal["FUTURES", "MARGIN", "AMM", "API"] | SubAccountPermission]
        | None = None,
        remark: str | None = None,
    ) -> None:
        """Create a sub-account.

        Main account only; at most 20 sub-accounts.

        Args:
            sub_user_name: Sub-account username: 3-26 characters, letters, digits and '-'; must
                be new.
            permissions: The sub-account's permissions; omit for all of them. One of FUTURES,
                MARGIN, AMM, API.
            remark: Note, at most 50 characters.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/create-sub
        """
        return await self._call_none(
            _ep.ACCOUNT_CREATE_SUB,
            {"sub_user_name": sub_user_name, "permissions": permissions, "remark": remark},
        )

    async def freeze_sub(
        self,
        *,
        sub_user_name: str,
    ) -> None:
        """Freeze (disable) a sub-account.

        Main account only.

        Args:
            sub_user_name: Sub-account username.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/frozen-sub
        """
        return await self._call_none(_ep.ACCOUNT_FREEZE_SUB, {"sub_user_name": sub_user_name})

    async def unfreeze_sub(
        self,
        *,
        sub_user_name: str,
    ) -> None:
        """Unfreeze (re-enable) a sub-account.

        Main account only.

        Args:
            sub_user_name: Sub-account username.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/cancel-frozen-sub
        """
        return await self._call_none(_ep.ACCOUNT_UNFREEZE_SUB, {"sub_user_name": sub_user_name})

    async def sub_info(self) -> SubAccountInfo:
        """Tell whether the calling API key belongs to a sub-account.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/get-sub-info
        """
        return await self._call(_ep.ACCOUNT_SUB_INFO, {}, SubAccountInfo)

    async def create_sub_api(
        self,
        *,
        sub_user_name: str,
        ip_whitelist: str | Sequence[str],
        trade_enabled: bool,
        remark: str | None = None,
    ) -> SubAccountApiKeyDetail:
        """Create an API key for a sub-account.

        Main account only; the sub-account needs the API permission; at most 50 keys per sub-
        account. A key without an IP whitelist expires after three months. The response carries
        the new key's secret_key.

        Args:
            sub_user_name: Sub-account username.
            ip_whitelist: IPs the key may be used from, at most 50 (an empty list binds none).
            trade_enabled: Whether the key may trade.
            remark: Note, at most 50 characters.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/create-sub-api
        """
        return await self._call(
            _ep.ACCOUNT_CREATE_SUB_API,
            {
                "sub_user_name": sub_user_name,
                "ip_whitelist": ip_whitelist,
                "trade_enabled": trade_enabled,
                "remark": remark,
            },
            SubAccountApiKeyDetail,
        )

    async def sub_apis(
        self,
        *,
        sub_user_name: str,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SubAccountApiKey]:
        """List a sub-account's API keys.

        Main account only. Secrets are not included; see sub_api_detail.

        Args:
            sub_user_name: Sub-account username.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/list-sub-api
        """
        return await self._page(
            _ep.ACCOUNT_SUB_APIS,
            {"sub_user_name": sub_user_name, "page": page, "limit": limit},
            SubAccountApiKey,
        )

    def iter_sub_apis(
        self,
        *,
        sub_user_name: str,
        limit: int | None = None,
    ) -> AsyncIterator[SubAccountApiKey]:
        """Every item of :meth:`sub_apis`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ACCOUNT_SUB_APIS, {"sub_user_name": sub_user_name, "limit": limit}, SubAccountApiKey
        )

    async def sub_api_detail(
        self,
        *,
        api_id: int,
    ) -> SubAccountApiKeyDetail:
        """Get one sub-account API key, including its secret_key.

        Main account only.

        Args:
            api_id: Unique ID of the API key.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/get-sub-api
        """
        return await self._call(
            _ep.ACCOUNT_SUB_API_DETAIL, {"api_id": api_id}, SubAccountApiKeyDetail
        )

    async def edit_sub_api(
        self,
        *,
        sub_user_name: str,
        api_id: int,
        trade_enabled: bool | None = None,
        ip_whitelist: str | Sequence[str] | None = None,
        remark: str | None = None,
    ) -> SubAccountApiKeyDetail:
        """Edit a sub-account API key.

        Main account only; the sub-account needs the API permission. Omitted fields keep their
        values. The response carries the key's secret_key.

        Args:
            sub_user_name: Sub-account username.
            api_id: Unique ID of the API key.
            trade_enabled: Whether the key may trade.
            ip_whitelist: IPs the key may be used from, at most 50.
            remark: Note, at most 50 characters.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/edit-sub-api
        """
        return await self._call(
            _ep.ACCOUNT_EDIT_SUB_API,
            {
                "sub_user_name": sub_user_name,
                "api_id": api_id,
                "trade_enabled": trade_enabled,
                "ip_whitelist": ip_whitelist,
                "remark": remark,
            },
            SubAccountApiKeyDetail,
        )

    async def delete_sub_api(
        self,
        *,
        api_id: int,
    ) -> None:
        """Delete a sub-account API key.

        Main account only.

        Args:
            api_id: Unique ID of the API key.

        Signed: yes. Rate limit: account_modify group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/delete-sub-api
        """
        return await self._call_none(_ep.ACCOUNT_DELETE_SUB_API, {"api_id": api_id})

    async def sub_balance(
        self,
        *,
        sub_user_name: str,
        market_type: Literal["SPOT", "FUTURES"],
    ) -> list[SubAccountBalance]:
        """Get a sub-account's spot or futures balance.

        The items have the fields of the main account's spot balance (market_type SPOT) or
        futures balance (FUTURES). CoinEx also accepts MARGIN, whose items have the different
        shape of the margin balance; this method does not offer it (for MARGIN use the client's
        free-form request()).

        Args:
            sub_user_name: Sub-account username.
            market_type: Which balance to return.

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/get-sub-balance
        """
        return await self._call(
            _ep.ACCOUNT_SUB_BALANCE,
            {"sub_user_name": sub_user_name, "market_type": market_type},
            list[SubAccountBalance],
        )

    async def sub_spot_balance(
        self,
        *,
        sub_user_name: str,
        ccy: str | None = None,
    ) -> list[SubAccountSpotBalance]:
        """Get a sub-account's spot balance.

        Args:
            sub_user_name: Sub-account username.
            ccy: Currency name; omit for all currencies.

        Signed: yes. Rate limit: account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/get-sub-spot-balance
        """
        return await self._call(
            _ep.ACCOUNT_SUB_SPOT_BALANCE,
            {"sub_user_name": sub_user_name, "ccy": ccy},
            list[SubAccountSpotBalance],
        )

    async def sub_transfer(
        self,
        *,
        from_account_type: Literal["SPOT", "FUTURES"],
        to_account_type: Literal["SPOT", "FUTURES"],
        ccy: str,
        amount: Decimal | str | int,
        from_user_name: str | None = None,
        to_user_name: str | None = None,
    ) -> None:
        """Transfer assets between the main account and a sub-account, or between sub-accounts.

        Main account only. Give from_user_name, to_user_name or both: without from_user_name the
        main account sends, without to_user_name the main account receives. Between two sub-
        accounts only SPOT to SPOT is allowed.

        Args:
            from_account_type: Source account type.
            to_account_type: Destination account type.
            from_user_name: Source sub-account username; omit to send from the main account.
            to_user_name: Destination sub-account username; omit to send to the main account.
            ccy: Currency name.
            amount: Amount to transfer.

        Signed: yes. Rate limit: account_modify group.
        Moves money: never resent unless CoinEx refused it before acting.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/sub-transfer
        """
        return await self._call_none(
            _ep.ACCOUNT_SUB_TRANSFER,
            {
                "from_account_type": from_account_type,
                "to_account_type": to_account_type,
                "from_user_name": from_user_name,
                "to_user_name": to_user_name,
                "ccy": ccy,
                "amount": amount,
            },
        )

    async def sub_transfer_history(
        self,
        *,
        sub_user_name: str | None = None,
        ccy: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SubAccountTransfer]:
        """List transfers involving sub-accounts.

        Args:
            sub_user_name: Filter by sub-account username.
            ccy: Filter by currency.
            start_time: Start of the time range, ms.
            end_time: End of the time range, ms.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: account_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/account/subs/http/list-sub-transfer-history
        """
        return await self._page(
            _ep.ACCOUNT_SUB_TRANSFER_HISTORY,
            {
                "sub_user_name": sub_user_name,
                "ccy": ccy,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            SubAccountTransfer,
        )

    def iter_sub_transfer_history(
        self,
        *,
        sub_user_name: str | None = None,
        ccy: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[SubAccountTransfer]:
        """Every item of :meth:`sub_transfer_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.ACCOUNT_SUB_TRANSFER_HISTORY,
            {
                "sub_user_name": sub_user_name,
                "ccy": ccy,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            SubAccountTransfer,
        )
