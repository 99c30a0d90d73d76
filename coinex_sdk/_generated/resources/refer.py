# generated from spec/ by `python -m generator`; do not edit.
"""Referral and agent rebates.
The referral programme: direct referees and their rebates, and, for agents (ambassadors), agent
referees and agent rebates. The rebate queries' time range defaults to the past year and may
span at most a year."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from functools import cached_property

from ..._resource import AsyncResource, SyncResource
from ..._response import async_raw_method, raw_method
from ..._types import Page
from .. import endpoints as _ep
from ..models.refer import AgentReferee, Referee, ReferRebateDetail, ReferRebateRecord

__all__ = ["AsyncRefer", "AsyncReferWithRawResponse", "Refer", "ReferWithRawResponse"]


class Refer(SyncResource):
    """Referral and agent rebates

    Use as ``cx.refer``.
    """

    @cached_property
    def with_raw_response(self) -> ReferWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return ReferWithRawResponse(self)

    def referees(
        self,
        *,
        search: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[Referee]:
        """List the caller's direct referees.

        Args:
            search: Search by UID or account name.
            start_time: Start of the time range, ms.
            end_time: End of the time range, ms.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/refer/referee/http/list-referee
        """
        return self._page(
            _ep.REFER_REFEREES,
            {
                "search": search,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            Referee,
        )

    def iter_referees(
        self,
        *,
        search: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[Referee]:
        """Every item of :meth:`referees`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.REFER_REFEREES,
            {"search": search, "start_time": start_time, "end_time": end_time, "limit": limit},
            Referee,
        )

    def referee_rebate_records(
        self,
        *,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[ReferRebateRecord]:
        """List daily rebate records over the caller's direct referees.

        The time range defaults to the past year and may span at most a year.

        Args:
            start_time: Start of the time range, ms (default one year ago).
            end_time: End of the time range, ms; the range may span at most a year.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10, at most 100).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/refer/referee/http/get-referee-rebate-record
        """
        return self._page(
            _ep.REFER_REFEREE_REBATE_RECORDS,
            {"start_time": start_time, "end_time": end_time, "page": page, "limit": limit},
            ReferRebateRecord,
        )

    def iter_referee_rebate_records(
        self,
        *,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[ReferRebateRecord]:
        """Every item of :meth:`referee_rebate_records`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.REFER_REFEREE_REBATE_RECORDS,
            {"start_time": start_time, "end_time": end_time, "limit": limit},
            ReferRebateRecord,
        )

    def referee_rebate_details(
        self,
        *,
        search: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[ReferRebateDetail]:
        """List rebate details per direct referee.

        The time range defaults to the past year and may span at most a year.

        Args:
            search: Search by UID or account name.
            start_time: Start of the time range, ms (default one year ago).
            end_time: End of the time range, ms; the range may span at most a year.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/refer/referee/http/get-referee-rebate-detail
        """
        return self._page(
            _ep.REFER_REFEREE_REBATE_DETAILS,
            {
                "search": search,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            ReferRebateDetail,
        )

    def iter_referee_rebate_details(
        self,
        *,
        search: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[ReferRebateDetail]:
        """Every item of :meth:`referee_rebate_details`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.REFER_REFEREE_REBATE_DETAILS,
            {"search": search, "start_time": start_time, "end_time": end_time, "limit": limit},
            ReferRebateDetail,
        )

    def agent_referees(
        self,
        *,
        search: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[AgentReferee]:
        """List the agent's referees.

        Args:
            search: Search by UID or account name.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/refer/agent_referee/http/list-agent-referee
        """
        return self._page(
            _ep.REFER_AGENT_REFEREES, {"search": search, "page": page, "limit": limit}, AgentReferee
        )

    def iter_agent_referees(
        self,
        *,
        search: str | None = None,
        limit: int | None = None,
    ) -> Iterator[AgentReferee]:
        """Every item of :meth:`agent_referees`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.REFER_AGENT_REFEREES, {"search": search, "limit": limit}, AgentReferee
        )

    def agent_rebate_records(
        self,
        *,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[ReferRebateRecord]:
        """List the agent's daily rebate records.

        The time range defaults to the past year and may span at most a year.

        Args:
            start_time: Start of the time range, ms (default one year ago).
            end_time: End of the time range, ms; the range may span at most a year.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10, at most 100).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/refer/agent_referee/http/get-agent-rebate-record
        """
        return self._page(
            _ep.REFER_AGENT_REBATE_RECORDS,
            {"start_time": start_time, "end_time": end_time, "page": page, "limit": limit},
            ReferRebateRecord,
        )

    def iter_agent_rebate_records(
        self,
        *,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[ReferRebateRecord]:
        """Every item of :meth:`agent_rebate_records`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.REFER_AGENT_REBATE_RECORDS,
            {"start_time": start_time, "end_time": end_time, "limit": limit},
            ReferRebateRecord,
        )

    def agent_rebate_details(
        self,
        *,
        search: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[ReferRebateDetail]:
        """List the agent's rebate details per referee.

        The time range defaults to the past year and may span at most a year.

        Args:
            search: Search by UID or account name.
            start_time: Start of the time range, ms (default one year ago).
            end_time: End of the time range, ms; the range may span at most a year.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/refer/agent_referee/http/get-agent-rebate-detail
        """
        return self._page(
            _ep.REFER_AGENT_REBATE_DETAILS,
            {
                "search": search,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            ReferRebateDetail,
        )

    def iter_agent_rebate_details(
        self,
        *,
        search: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[ReferRebateDetail]:
        """Every item of :meth:`agent_rebate_details`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.REFER_AGENT_REBATE_DETAILS,
            {"search": search, "start_time": start_time, "end_time": end_time, "limit": limit},
            ReferRebateDetail,
        )


class ReferWithRawResponse:
    """``cx.refer.with_raw_response``: the methods of
    :class:`Refer`, returning ``RawResponse``."""

    def __init__(self, resource: Refer) -> None:
        raw = Refer(resource._client, raw=True)
        self.referees = raw_method(raw.referees)
        self.referee_rebate_records = raw_method(raw.referee_rebate_records)
        self.referee_rebate_details = raw_method(raw.referee_rebate_details)
        self.agent_referees = raw_method(raw.agent_referees)
        self.agent_rebate_records = raw_method(raw.agent_rebate_records)
        self.agent_rebate_details = raw_method(raw.agent_rebate_details)


class AsyncRefer(AsyncResource):
    """Referral and agent rebates

    Use as ``acx.refer`` (awaited).
    """

    @cached_property
    def with_raw_response(self) -> AsyncReferWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return AsyncReferWithRawResponse(self)

    async def referees(
        self,
        *,
        search: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[Referee]:
        """List the caller's direct referees.

        Args:
            search: Search by UID or account name.
            start_time: Start of the time range, ms.
            end_time: End of the time range, ms.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/refer/referee/http/list-referee
        """
        return await self._page(
            _ep.REFER_REFEREES,
            {
                "search": search,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            Referee,
        )

    def iter_referees(
        self,
        *,
        search: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[Referee]:
        """Every item of :meth:`referees`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.REFER_REFEREES,
            {"search": search, "start_time": start_time, "end_time": end_time, "limit": limit},
            Referee,
        )

    async def referee_rebate_records(
        self,
        *,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[ReferRebateRecord]:
        """List daily rebate records over the caller's direct referees.

        The time range defaults to the past year and may span at most a year.

        Args:
            start_time: Start of the time range, ms (default one year ago).
            end_time: End of the time range, ms; the range may span at most a year.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10, at most 100).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/refer/referee/http/get-referee-rebate-record
        """
        return await self._page(
            _ep.REFER_REFEREE_REBATE_RECORDS,
            {"start_time": start_time, "end_time": end_time, "page": page, "limit": limit},
            ReferRebateRecord,
        )

    def iter_referee_rebate_records(
        self,
        *,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[ReferRebateRecord]:
        """Every item of :meth:`referee_rebate_records`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.REFER_REFEREE_REBATE_RECORDS,
            {"start_time": start_time, "end_time": end_time, "limit": limit},
            ReferRebateRecord,
        )

    async def referee_rebate_details(
        self,
        *,
        search: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[ReferRebateDetail]:
        """List rebate details per direct referee.

        The time range defaults to the past year and may span at most a year.

        Args:
            search: Search by UID or account name.
            start_time: Start of the time range, ms (default one year ago).
            end_time: End of the time range, ms; the range may span at most a year.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/refer/referee/http/get-referee-rebate-detail
        """
        return await self._page(
            _ep.REFER_REFEREE_REBATE_DETAILS,
            {
                "search": search,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            ReferRebateDetail,
        )

    def iter_referee_rebate_details(
        self,
        *,
        search: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[ReferRebateDetail]:
        """Every item of :meth:`referee_rebate_details`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.REFER_REFEREE_REBATE_DETAILS,
            {"search": search, "start_time": start_time, "end_time": end_time, "limit": limit},
            ReferRebateDetail,
        )

    async def agent_referees(
        self,
        *,
        search: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[AgentReferee]:
        """List the agent's referees.

        Args:
            search: Search by UID or account name.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/refer/agent_referee/http/list-agent-referee
        """
        return await self._page(
            _ep.REFER_AGENT_REFEREES, {"search": search, "page": page, "limit": limit}, AgentReferee
        )

    def iter_agent_referees(
        self,
        *,
        search: str | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[AgentReferee]:
        """Every item of :meth:`agent_referees`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.REFER_AGENT_REFEREES, {"search": search, "limit": limit}, AgentReferee
        )

    async def agent_rebate_records(
        self,
        *,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[ReferRebateRecord]:
        """List the agent's daily rebate records.

        The time range defaults to the past year and may span at most a year.

        Args:
            start_time: Start of the time range, ms (default one year ago).
            end_time: End of the time range, ms; the range may span at most a year.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10, at most 100).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/refer/agent_referee/http/get-agent-rebate-record
        """
        return await self._page(
            _ep.REFER_AGENT_REBATE_RECORDS,
            {"start_time": start_time, "end_time": end_time, "page": page, "limit": limit},
            ReferRebateRecord,
        )

    def iter_agent_rebate_records(
        self,
        *,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[ReferRebateRecord]:
        """Every item of :meth:`agent_rebate_records`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.REFER_AGENT_REBATE_RECORDS,
            {"start_time": start_time, "end_time": end_time, "limit": limit},
            ReferRebateRecord,
        )

    async def agent_rebate_details(
        self,
        *,
        search: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[ReferRebateDetail]:
        """List the agent's rebate details per referee.

        The time range defaults to the past year and may span at most a year.

        Args:
            search: Search by UID or account name.
            start_time: Start of the time range, ms (default one year ago).
            end_time: End of the time range, ms; the range may span at most a year.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/refer/agent_referee/http/get-agent-rebate-detail
        """
        return await self._page(
            _ep.REFER_AGENT_REBATE_DETAILS,
            {
                "search": search,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            ReferRebateDetail,
        )

    def iter_agent_rebate_details(
        self,
        *,
        search: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[ReferRebateDetail]:
        """Every item of :meth:`agent_rebate_details`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.REFER_AGENT_REBATE_DETAILS,
            {"search": search, "start_time": start_time, "end_time": end_time, "limit": limit},
            ReferRebateDetail,
        )


class AsyncReferWithRawResponse:
    """``acx.refer.with_raw_response``: the methods of
    :class:`AsyncRefer`, returning ``RawResponse``."""

    def __init__(self, resource: AsyncRefer) -> None:
        raw = AsyncRefer(resource._client, raw=True)
        self.referees = async_raw_method(raw.referees)
        self.referee_rebate_records = async_raw_method(raw.referee_rebate_records)
        self.referee_rebate_details = async_raw_method(raw.referee_rebate_details)
        self.agent_referees = async_raw_method(raw.agent_referees)
        self.agent_rebate_records = async_raw_method(raw.agent_rebate_records)
        self.agent_rebate_details = async_raw_method(raw.agent_rebate_details)
