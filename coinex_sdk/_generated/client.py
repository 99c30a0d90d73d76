# generated from spec/ by `python -m generator`; do not edit.
"""The resource attributes of the clients (``cx.spot``, ``acx.futures``...), created on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .resources.common import AsyncCommon, Common

__all__ = ["AsyncResources", "SyncResources"]


class SyncResources:
    """Mixed into :class:`coinex_sdk.CoinEx`."""

    @cached_property
    def common(self) -> Common:
        """Common endpoints (server time, ping, maintenance)."""
        from .resources.common import Common

        return Common(cast(Any, self))


class AsyncResources:
    """Mixed into :class:`coinex_sdk.AsyncCoinEx`."""

    @cached_property
    def common(self) -> AsyncCommon:
        """Common endpoints (server time, ping, maintenance)."""
        from .resources.common import AsyncCommon

        return AsyncCommon(cast(Any, self))
