# generated from spec/ by `python -m generator`; do not edit.
"""Account: fees, settings, sub-accounts and their API keys.
Account-level endpoints: trading fee rates, account settings, futures market settings and sub-
account management (sub-accounts, their API keys, balances and transfers). Sub-account
management endpoints accept only the main account's API key."""

from __future__ import annotations

from functools import cached_property

from ..._response import async_raw_method, raw_method
from ..rest.account import AccountMethods, AsyncAccountMethods

__all__ = ["Account", "AccountWithRawResponse", "AsyncAccount", "AsyncAccountWithRawResponse"]


class Account(AccountMethods):
    """Account: fees, settings, sub-accounts and their API keys

    Use as ``cx.account``.
    """

    @cached_property
    def with_raw_response(self) -> AccountWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return AccountWithRawResponse(self)


class AccountWithRawResponse:
    """``cx.account.with_raw_response``: the methods of
    :class:`Account`, returning ``RawResponse``."""

    def __init__(self, resource: Account) -> None:
        raw = resource._raw_twin()
        self.trade_fee_rate = raw_method(raw.trade_fee_rate)
        self.modify_settings = raw_method(raw.modify_settings)
        self.futures_market_settings = raw_method(raw.futures_market_settings)
        self.modify_futures_market_settings = raw_method(raw.modify_futures_market_settings)
        self.info = raw_method(raw.info)
        self.subs = raw_method(raw.subs)
        self.create_sub = raw_method(raw.create_sub)
        self.freeze_sub = raw_method(raw.freeze_sub)
        self.unfreeze_sub = raw_method(raw.unfreeze_sub)
        self.sub_info = raw_method(raw.sub_info)
        self.create_sub_api = raw_method(raw.create_sub_api)
        self.sub_apis = raw_method(raw.sub_apis)
        self.sub_api_detail = raw_method(raw.sub_api_detail)
        self.edit_sub_api = raw_method(raw.edit_sub_api)
        self.delete_sub_api = raw_method(raw.delete_sub_api)
        self.sub_balance = raw_method(raw.sub_balance)
        self.sub_spot_balance = raw_method(raw.sub_spot_balance)
        self.sub_transfer = raw_method(raw.sub_transfer)
        self.sub_transfer_history = raw_method(raw.sub_transfer_history)


class AsyncAccount(AsyncAccountMethods):
    """Account: fees, settings, sub-accounts and their API keys

    Use as ``acx.account`` (awaited).
    """

    @cached_property
    def with_raw_response(self) -> AsyncAccountWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return AsyncAccountWithRawResponse(self)


class AsyncAccountWithRawResponse:
    """``acx.account.with_raw_response``: the methods of
    :class:`AsyncAccount`, returning ``RawResponse``."""

    def __init__(self, resource: AsyncAccount) -> None:
        raw = resource._raw_twin()
        self.trade_fee_rate = async_raw_method(raw.trade_fee_rate)
        self.modify_settings = async_raw_method(raw.modify_settings)
        self.futures_market_settings = async_raw_method(raw.futures_market_settings)
        self.modify_futures_market_settings = async_raw_method(raw.modify_futures_market_settings)
        self.info = async_raw_method(raw.info)
        self.subs = async_raw_method(raw.subs)
        self.create_sub = async_raw_method(raw.create_sub)
        self.freeze_sub = async_raw_method(raw.freeze_sub)
        self.unfreeze_sub = async_raw_method(raw.unfreeze_sub)
        self.sub_info = async_raw_method(raw.sub_info)
        self.create_sub_api = async_raw_method(raw.create_sub_api)
        self.sub_apis = async_raw_method(raw.sub_apis)
        self.sub_api_detail = async_raw_method(raw.sub_api_detail)
        self.edit_sub_api = async_raw_method(raw.edit_sub_api)
        self.delete_sub_api = async_raw_method(raw.delete_sub_api)
        self.sub_balance = async_raw_method(raw.sub_balance)
        self.sub_spot_balance = async_raw_method(raw.sub_spot_balance)
        self.sub_transfer = async_raw_method(raw.sub_transfer)
        self.sub_transfer_history = async_raw_method(raw.sub_transfer_history)
