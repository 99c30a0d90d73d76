# generated from spec/ by `python -m generator`; do not edit.
"""Common endpoints (server time, ping, maintenance)."""

from __future__ import annotations

from functools import cached_property

from ..._resource import AsyncResource, SyncResource
from ..._response import async_raw_method, raw_method
from .. import endpoints as _ep
from ..models.common import MaintenanceInfo, Pong, ServerTime

__all__ = ["AsyncCommon", "AsyncCommonWithRawResponse", "Common", "CommonWithRawResponse"]


class Common(SyncResource):
    """Common endpoints (server time, ping, maintenance)

    Use as ``cx.common``.
    """

    @cached_property
    def with_raw_response(self) -> CommonWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return CommonWithRawResponse(self)

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


class CommonWithRawResponse:
    """``cx.common.with_raw_response``: the methods of
    :class:`Common`, returning ``RawResponse``."""

    def __init__(self, resource: Common) -> None:
        raw = Common(resource._client, raw=True)
        self.time = raw_method(raw.time)
        self.ping = raw_method(raw.ping)
        self.maintain_info = raw_method(raw.maintain_info)


class AsyncCommon(AsyncResource):
    """Common endpoints (server time, ping, maintenance)

    Use as ``acx.common`` (awaited).
    """

    @cached_property
    def with_raw_response(self) -> AsyncCommonWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return AsyncCommonWithRawResponse(self)

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


class AsyncCommonWithRawResponse:
    """``acx.common.with_raw_response``: the methods of
    :class:`AsyncCommon`, returning ``RawResponse``."""

    def __init__(self, resource: AsyncCommon) -> None:
        raw = AsyncCommon(resource._client, raw=True)
        self.time = async_raw_method(raw.time)
        self.ping = async_raw_method(raw.ping)
        self.maintain_info = async_raw_method(raw.maintain_info)
