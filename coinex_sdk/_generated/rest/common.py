# generated from spec/ by `python -m generator`; do not edit.
"""The ``cx.common`` methods of spec/rest/common.yaml.

``resources.common`` composes them with the other files of the resource.
"""

from __future__ import annotations

from ..._resource import AsyncResource, SyncResource
from ..endpoints import common as _ep
from ..models.common import MaintenanceInfo, Pong, ServerTime

__all__ = ["AsyncCommonMethods", "CommonMethods"]


class CommonMethods(SyncResource):
    """The methods of ``cx.common`` from spec/rest/common.yaml."""

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


class AsyncCommonMethods(AsyncResource):
    """The methods of ``acx.common`` from spec/rest/common.yaml."""

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
