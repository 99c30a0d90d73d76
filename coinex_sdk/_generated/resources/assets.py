# generated from spec/ by `python -m generator`; do not edit.
"""Assets: balances, transfers, deposits and withdrawals, margin loans, AMM liquidity."""

from __future__ import annotations

from functools import cached_property

from ..._response import async_raw_method, raw_method
from ..rest.assets_balance import AssetsBalanceMethods, AsyncAssetsBalanceMethods
from ..rest.assets_deposit_withdraw import (
    AssetsDepositWithdrawMethods,
    AsyncAssetsDepositWithdrawMethods,
)
from ..rest.assets_margin import AssetsMarginMethods, AsyncAssetsMarginMethods
from ..rest.assets_transfer_amm import AssetsTransferAmmMethods, AsyncAssetsTransferAmmMethods

__all__ = ["Assets", "AssetsWithRawResponse", "AsyncAssets", "AsyncAssetsWithRawResponse"]


class Assets(
    AssetsBalanceMethods,
    AssetsDepositWithdrawMethods,
    AssetsMarginMethods,
    AssetsTransferAmmMethods,
):
    """Assets: balances, transfers, deposits and withdrawals, margin loans, AMM liquidity

    Use as ``cx.assets``.
    """

    @cached_property
    def with_raw_response(self) -> AssetsWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return AssetsWithRawResponse(self)


class AssetsWithRawResponse:
    """``cx.assets.with_raw_response``: the methods of
    :class:`Assets`, returning ``RawResponse``."""

    def __init__(self, resource: Assets) -> None:
        raw = resource._raw_twin()
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


class AsyncAssets(
    AsyncAssetsBalanceMethods,
    AsyncAssetsDepositWithdrawMethods,
    AsyncAssetsMarginMethods,
    AsyncAssetsTransferAmmMethods,
):
    """Assets: balances, transfers, deposits and withdrawals, margin loans, AMM liquidity

    Use as ``acx.assets`` (awaited).
    """

    @cached_property
    def with_raw_response(self) -> AsyncAssetsWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return AsyncAssetsWithRawResponse(self)


class AsyncAssetsWithRawResponse:
    """``acx.assets.with_raw_response``: the methods of
    :class:`AsyncAssets`, returning ``RawResponse``."""

    def __init__(self, resource: AsyncAssets) -> None:
        raw = resource._raw_twin()
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
