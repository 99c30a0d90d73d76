# generated from spec/ by `python -m generator`; do not edit.
"""Referral and agent rebates.
The referral programme: direct referees and their rebates, and, for agents (ambassadors), agent
referees and agent rebates. The rebate queries' time range defaults to the past year and may
span at most a year."""

from __future__ import annotations

from functools import cached_property

from ..._response import async_raw_method, raw_method
from ..rest.refer import AsyncReferMethods, ReferMethods

__all__ = ["AsyncRefer", "AsyncReferWithRawResponse", "Refer", "ReferWithRawResponse"]


class Refer(ReferMethods):
    """Referral and agent rebates

    Use as ``cx.refer``.
    """

    @cached_property
    def with_raw_response(self) -> ReferWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return ReferWithRawResponse(self)


class ReferWithRawResponse:
    """``cx.refer.with_raw_response``: the methods of
    :class:`Refer`, returning ``RawResponse``."""

    def __init__(self, resource: Refer) -> None:
        raw = resource._raw_twin()
        self.referees = raw_method(raw.referees)
        self.referee_rebate_records = raw_method(raw.referee_rebate_records)
        self.referee_rebate_details = raw_method(raw.referee_rebate_details)
        self.agent_referees = raw_method(raw.agent_referees)
        self.agent_rebate_records = raw_method(raw.agent_rebate_records)
        self.agent_rebate_details = raw_method(raw.agent_rebate_details)


class AsyncRefer(AsyncReferMethods):
    """Referral and agent rebates

    Use as ``acx.refer`` (awaited).
    """

    @cached_property
    def with_raw_response(self) -> AsyncReferWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return AsyncReferWithRawResponse(self)


class AsyncReferWithRawResponse:
    """``acx.refer.with_raw_response``: the methods of
    :class:`AsyncRefer`, returning ``RawResponse``."""

    def __init__(self, resource: AsyncRefer) -> None:
        raw = resource._raw_twin()
        self.referees = async_raw_method(raw.referees)
        self.referee_rebate_records = async_raw_method(raw.referee_rebate_records)
        self.referee_rebate_details = async_raw_method(raw.referee_rebate_details)
        self.agent_referees = async_raw_method(raw.agent_referees)
        self.agent_rebate_records = async_raw_method(raw.agent_rebate_records)
        self.agent_rebate_details = async_raw_method(raw.agent_rebate_details)
