# generated from spec/ by `python -m generator`; do not edit.
"""Spot."""

from __future__ import annotations

from functools import cached_property

from ..._response import async_raw_method, raw_method
from ..rest.spot_market import AsyncSpotMarketMethods, SpotMarketMethods
from ..rest.spot_trading import AsyncSpotTradingMethods, SpotTradingMethods

__all__ = ["AsyncSpot", "AsyncSpotWithRawResponse", "Spot", "SpotWithRawResponse"]


class Spot(SpotMarketMethods, SpotTradingMethods):
    """Spot

    Use as ``cx.spot``.
    """

    @cached_property
    def with_raw_response(self) -> SpotWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return SpotWithRawResponse(self)


class SpotWithRawResponse:
    """``cx.spot.with_raw_response``: the methods of
    :class:`Spot`, returning ``RawResponse``."""

    def __init__(self, resource: Spot) -> None:
        raw = resource._raw_twin()
        self.market = raw_method(raw.market)
        self.ticker = raw_method(raw.ticker)
        self.depth = raw_method(raw.depth)
        self.deals = raw_method(raw.deals)
        self.kline = raw_method(raw.kline)
        self.index = raw_method(raw.index)
        self.place_order = raw_method(raw.place_order)
        self.place_stop_order = raw_method(raw.place_stop_order)
        self.place_orders = raw_method(raw.place_orders)
        self.place_stop_orders = raw_method(raw.place_stop_orders)
        self.modify_order = raw_method(raw.modify_order)
        self.modify_stop_order = raw_method(raw.modify_stop_order)
        self.modify_orders = raw_method(raw.modify_orders)
        self.cancel_all_orders = raw_method(raw.cancel_all_orders)
        self.cancel_order = raw_method(raw.cancel_order)
        self.cancel_stop_order = raw_method(raw.cancel_stop_order)
        self.cancel_orders = raw_method(raw.cancel_orders)
        self.cancel_stop_orders = raw_method(raw.cancel_stop_orders)
        self.cancel_order_by_client_id = raw_method(raw.cancel_order_by_client_id)
        self.cancel_stop_order_by_client_id = raw_method(raw.cancel_stop_order_by_client_id)
        self.order_status = raw_method(raw.order_status)
        self.batch_order_status = raw_method(raw.batch_order_status)
        self.pending_orders = raw_method(raw.pending_orders)
        self.finished_orders = raw_method(raw.finished_orders)
        self.pending_stop_orders = raw_method(raw.pending_stop_orders)
        self.finished_stop_orders = raw_method(raw.finished_stop_orders)
        self.user_deals = raw_method(raw.user_deals)
        self.order_deals = raw_method(raw.order_deals)


class AsyncSpot(AsyncSpotMarketMethods, AsyncSpotTradingMethods):
    """Spot

    Use as ``acx.spot`` (awaited).
    """

    @cached_property
    def with_raw_response(self) -> AsyncSpotWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return AsyncSpotWithRawResponse(self)


class AsyncSpotWithRawResponse:
    """``acx.spot.with_raw_response``: the methods of
    :class:`AsyncSpot`, returning ``RawResponse``."""

    def __init__(self, resource: AsyncSpot) -> None:
        raw = resource._raw_twin()
        self.market = async_raw_method(raw.market)
        self.ticker = async_raw_method(raw.ticker)
        self.depth = async_raw_method(raw.depth)
        self.deals = async_raw_method(raw.deals)
        self.kline = async_raw_method(raw.kline)
        self.index = async_raw_method(raw.index)
        self.place_order = async_raw_method(raw.place_order)
        self.place_stop_order = async_raw_method(raw.place_stop_order)
        self.place_orders = async_raw_method(raw.place_orders)
        self.place_stop_orders = async_raw_method(raw.place_stop_orders)
        self.modify_order = async_raw_method(raw.modify_order)
        self.modify_stop_order = async_raw_method(raw.modify_stop_order)
        self.modify_orders = async_raw_method(raw.modify_orders)
        self.cancel_all_orders = async_raw_method(raw.cancel_all_orders)
        self.cancel_order = async_raw_method(raw.cancel_order)
        self.cancel_stop_order = async_raw_method(raw.cancel_stop_order)
        self.cancel_orders = async_raw_method(raw.cancel_orders)
        self.cancel_stop_orders = async_raw_method(raw.cancel_stop_orders)
        self.cancel_order_by_client_id = async_raw_method(raw.cancel_order_by_client_id)
        self.cancel_stop_order_by_client_id = async_raw_method(raw.cancel_stop_order_by_client_id)
        self.order_status = async_raw_method(raw.order_status)
        self.batch_order_status = async_raw_method(raw.batch_order_status)
        self.pending_orders = async_raw_method(raw.pending_orders)
        self.finished_orders = async_raw_method(raw.finished_orders)
        self.pending_stop_orders = async_raw_method(raw.pending_stop_orders)
        self.finished_stop_orders = async_raw_method(raw.finished_stop_orders)
        self.user_deals = async_raw_method(raw.user_deals)
        self.order_deals = async_raw_method(raw.order_deals)
