# generated from spec/ by `python -m generator`; do not edit.
"""The resources of the clients (``cx.spot``, ``acx.futures``...), created on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .resources.account import Account, AsyncAccount
    from .resources.assets import Assets, AsyncAssets
    from .resources.common import AsyncCommon, Common
    from .resources.futures import AsyncFutures, Futures
    from .resources.refer import AsyncRefer, Refer
    from .resources.spot import AsyncSpot, Spot

__all__ = ["AsyncResources", "SyncResources"]


class SyncResources:
    """Mixed into :class:`coinex_sdk.CoinEx`."""

    @cached_property
    def account(self) -> Account:
        """Account: fees, settings, sub-accounts and their API keys."""
        from .resources.account import Account

        return Account(cast(Any, self))

    @cached_property
    def assets(self) -> Assets:
        """Assets: balances, transfers, deposits and withdrawals, margin loans, AMM liquidity."""
        from .resources.assets import Assets

        return Assets(cast(Any, self))

    @cached_property
    def common(self) -> Common:
        """Common endpoints (server time, ping, maintenance)."""
        from .resources.common import Common

        return Common(cast(Any, self))

    @cached_property
    def futures(self) -> Futures:
        """Futures."""
        from .resources.futures import Futures

        return Futures(cast(Any, self))

    @cached_property
    def refer(self) -> Refer:
        """Referral and agent rebates."""
        from .resources.refer import Refer

        return Refer(cast(Any, self))

    @cached_property
    def spot(self) -> Spot:
        """Spot."""
        from .resources.spot import Spot

        return Spot(cast(Any, self))


class AsyncResources:
    """Mixed into :class:`coinex_sdk.AsyncCoinEx`."""

    @cached_property
    def account(self) -> AsyncAccount:
        """Account: fees, settings, sub-accounts and their API keys."""
        from .resources.account import AsyncAccount

        return AsyncAccount(cast(Any, self))

    @cached_property
    def assets(self) -> AsyncAssets:
        """Assets: balances, transfers, deposits and withdrawals, margin loans, AMM liquidity."""
        from .resources.assets import AsyncAssets

        return AsyncAssets(cast(Any, self))

    @cached_property
    def common(self) -> AsyncCommon:
        """Common endpoints (server time, ping, maintenance)."""
        from .resources.common import AsyncCommon

        return AsyncCommon(cast(Any, self))

    @cached_property
    def futures(self) -> AsyncFutures:
        """Futures."""
        from .resources.futures import AsyncFutures

        return AsyncFutures(cast(Any, self))

    @cached_property
    def refer(self) -> AsyncRefer:
        """Referral and agent rebates."""
        from .resources.refer import AsyncRefer

        return AsyncRefer(cast(Any, self))

    @cached_property
    def spot(self) -> AsyncSpot:
        """Spot."""
        from .resources.spot import AsyncSpot

        return AsyncSpot(cast(Any, self))
