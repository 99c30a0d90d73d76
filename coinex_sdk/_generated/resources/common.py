# generated from spec/ by `python -m generator`; do not edit.
"""Common endpoints (server time, ping, maintenance)."""

from __future__ import annotations

from functools import cached_property

from ..._response import async_raw_method, raw_method
from ..rest.common import AsyncCommonMethods, CommonMethods

__all__ = ["AsyncCommon", "AsyncCommonWithRawResponse", "Common", "CommonWithRawResponse"]


class Common(CommonMethods):
    """Common endpoints (server time, ping, maintenance)

    Use as ``cx.common``.
    """

    @cached_property
    def with_raw_response(self) -> CommonWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return CommonWithRawResponse(self)


class CommonWithRawResponse:
    """``cx.common.with_raw_response``: the methods of
    :class:`Common`, returning ``RawResponse``."""

    def __init__(self, resource: Common) -> None:
        raw = resource._raw_twin()
        self.time = raw_method(raw.time)
        self.ping = raw_method(raw.ping)
        self.maintain_info = raw_method(raw.maintain_info)


class AsyncCommon(AsyncCommonMethods):
    """Common endpoints (server time, ping, maintenance)

    Use as ``acx.common`` (awaited).
    """

    @cached_property
    def with_raw_response(self) -> AsyncCommonWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return AsyncCommonWithRawResponse(self)


class AsyncCommonWithRawResponse:
    """``acx.common.with_raw_response``: the methods of
    :class:`AsyncCommon`, returning ``RawResponse``."""

    def __init__(self, resource: AsyncCommon) -> None:
        raw = resource._raw_twin()
        self.time = async_raw_method(raw.time)
        self.ping = async_raw_method(raw.ping)
        self.maintain_info = async_raw_method(raw.maintain_info)
