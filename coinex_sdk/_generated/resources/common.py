# generated from spec/ by `python -m generator`; do not edit.
"""Common endpoints (server time, ping, maintenance)."""

from __future__ import annotations

from ..._resource import AsyncResource, SyncResource
from .. import endpoints as _ep
from ..models.common import MaintenanceInfo, Pong, ServerTime

__all__ = ["AsyncCommon", "Common"]


class Common(SyncResource):
    """Common endpoints (server time, ping, maintenance)

    Use as ``cx.common``.
    """

    def time(self) -> ServerTime:
        """Get the server time.

        Used by the client to learn the offset of the local clock (sync_time).

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/common/http/time
        """
        return self._call(_ep.COMMON_TIME, {}, ServerTime)

    def ping(self) -> Pong:
        """Ping the server.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/common/http/ping
        """
        return self._call(_ep.COMMON_PING, {}, Pong)

    def maintain_info(self) -> list[MaintenanceInfo]:
        """Get maintenance information.

        Scheduled and running maintenance windows with their protection periods.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/common/http/maintain-info
        """
        return self._call(_ep.COMMON_MAINTAIN_INFO, {}, list[MaintenanceInfo])


class AsyncCommon(AsyncResource):
    """Common endpoints (server time, ping, maintenance)

    Use as ``acx.common`` (awaited).
    """

    async def time(self) -> ServerTime:
        """Get the server time.

        Used by the client to learn the offset of the local clock (sync_time).

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/common/http/time
        """
        return await self._call(_ep.COMMON_TIME, {}, ServerTime)

    async def ping(self) -> Pong:
        """Ping the server.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/common/http/ping
        """
        return await self._call(_ep.COMMON_PING, {}, Pong)

    async def maintain_info(self) -> list[MaintenanceInfo]:
        """Get maintenance information.

        Scheduled and running maintenance windows with their protection periods.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/common/http/maintain-info
        """
        return await self._call(_ep.COMMON_MAINTAIN_INFO, {}, list[MaintenanceInfo])
