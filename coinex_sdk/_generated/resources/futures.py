# generated from spec/ by `python -m generator`; do not edit.
"""Futures.
Futures trading: orders, stop orders, trades and positions."""

from __future__ import annotations

from functools import cached_property

from ..._response import async_raw_method, raw_method
from ..rest.futures_market import AsyncFuturesMarketMethods, FuturesMarketMethods
from ..rest.futures_position import AsyncFuturesPositionMethods, FuturesPositionMethods
from ..rest.futures_trading import AsyncFuturesTradingMethods, FuturesTradingMethods

__all__ = ["AsyncFutures", "AsyncFuturesWithRawResponse", "Futures", "FuturesWithRawResponse"]


class Futures(FuturesMarketMethods, FuturesPositionMethods, FuturesTradingMethods):
    """Futures

    Use as ``cx.futures``.
    """

    @cached_property
    def with_raw_response(self) -> FuturesWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return FuturesWithRawResponse(self)


class FuturesWithRawResponse:
    """``cx.futures.with_raw_response``: the methods of
    :class:`Futures`, returning ``RawResponse``."""

    def __init__(self, resource: Futures) -> None:
        raw = resource._raw_twin()
        self.market = raw_method(raw.market)
        self.ticker = raw_method(raw.ticker)
        self.depth = raw_method(raw.depth)
        self.deals = raw_method(raw.deals)
        self.kline = raw_method(raw.kline)
        self.index = raw_method(raw.index)
        self.funding_rate = raw_method(raw.funding_rate)
        self.funding_rate_history = raw_method(raw.funding_rate_history)
        self.premium_index_history = raw_method(raw.premium_index_history)
        self.position_level = raw_method(raw.position_level)
        self.liquidation_history = raw_method(raw.liquidation_history)
        self.basis_history = raw_method(raw.basis_history)
        self.close_position = raw_method(raw.close_position)
        self.adjust_position_margin = raw_method(raw.adjust_position_margin)
        self.adjust_position_leverage = raw_method(raw.adjust_position_leverage)
        self.set_position_stop_loss = raw_method(raw.set_position_stop_loss)
        self.set_position_take_profit = raw_method(raw.set_position_take_profit)
        self.modify_position_stop_loss = raw_method(raw.modify_position_stop_loss)
        self.modify_position_take_profit = raw_method(raw.modify_position_take_profit)
        self.cancel_position_stop_loss = raw_method(raw.cancel_position_stop_loss)
        self.cancel_position_take_profit = raw_method(raw.cancel_position_take_profit)
        self.pending_positions = raw_method(raw.pending_positions)
        self.finished_positions = raw_method(raw.finished_positions)
        self.position_margin_history = raw_method(raw.position_margin_history)
        self.position_funding_history = raw_method(raw.position_funding_history)
        self.position_adl_history = raw_method(raw.position_adl_history)
        self.position_settle_history = raw_method(raw.position_settle_history)
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


class AsyncFutures(
    AsyncFuturesMarketMethods, AsyncFuturesPositionMethods, AsyncFuturesTradingMethods
):
    """Futures

    Use as ``acx.futures`` (awaited).
    """

    @cached_property
    def with_raw_response(self) -> AsyncFuturesWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return AsyncFuturesWithRawResponse(self)


class AsyncFuturesWithRawResponse:
    """``acx.futures.with_raw_response``: the methods of
    :class:`AsyncFutures`, returning ``RawResponse``."""

    def __init__(self, resource: AsyncFutures) -> None:
        raw = resource._raw_twin()
        self.market = async_raw_method(raw.market)
        self.ticker = async_raw_method(raw.ticker)
        self.depth = async_raw_method(raw.depth)
        self.deals = async_raw_method(raw.deals)
        self.kline = async_raw_method(raw.kline)
        self.index = async_raw_method(raw.index)
        self.funding_rate = async_raw_method(raw.funding_rate)
        self.funding_rate_history = async_raw_method(raw.funding_rate_history)
        self.premium_index_history = async_raw_method(raw.premium_index_history)
        self.position_level = async_raw_method(raw.position_level)
        self.liquidation_history = async_raw_method(raw.liquidation_history)
        self.basis_history = async_raw_method(raw.basis_history)
        self.close_position = async_raw_method(raw.close_position)
        self.adjust_position_margin = async_raw_method(raw.adjust_position_margin)
        self.adjust_position_leverage = async_raw_method(raw.adjust_position_leverage)
        self.set_position_stop_loss = async_raw_method(raw.set_position_stop_loss)
        self.set_position_take_profit = async_raw_method(raw.set_position_take_profit)
        self.modify_position_stop_loss = async_raw_method(raw.modify_position_stop_loss)
        self.modify_position_take_profit = async_raw_method(raw.modify_position_take_profit)
        self.cancel_position_stop_loss = async_raw_method(raw.cancel_position_stop_loss)
        self.cancel_position_take_profit = async_raw_method(raw.cancel_position_take_profit)
        self.pending_positions = async_raw_method(raw.pending_positions)
        self.finished_positions = async_raw_method(raw.finished_positions)
        self.position_margin_history = async_raw_method(raw.position_margin_history)
        self.position_funding_history = async_raw_method(raw.position_funding_history)
        self.position_adl_history = async_raw_method(raw.position_adl_history)
        self.position_settle_history = async_raw_method(raw.position_settle_history)
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
