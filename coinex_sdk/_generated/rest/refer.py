# generated from spec/ by `python -m generator`; do not edit.
"""The ``cx.refer`` methods of spec/rest/refer.yaml.

``resources.refer`` composes them with the other files of the resource.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime

from ..._resource import AsyncResource, SyncResource
from ..._types import Page
from ..endpoints import refer as _ep
from ..models.refer import AgentReferee, Referee, ReferRebateDetail, ReferRebateRecord

__all__ = ["AsyncReferMethods", "ReferMethods"]


class ReferMethods(SyncResource):
    """The methods of ``cx.refer`` from spec/rest/refer.yaml."""

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


class AsyncReferMethods(AsyncResource):
    """The methods of ``acx.refer`` from spec/rest/refer.yaml."""

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
