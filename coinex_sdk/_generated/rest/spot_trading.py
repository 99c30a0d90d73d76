# generated from spec/ by `python -m generator`; do not edit.
"""The ``cx.spot`` methods of spec/rest/spot_trading.yaml.

``resources.spot`` composes them with the other files of the resource.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from ..._resource import AsyncResource, SyncResource
from ..._types import BatchItem, Page
from ..endpoints import spot_trading as _ep
from ..models.enums import OrderSide, OrderType, StpMode
from ..models.spot import SpotOrder, SpotStopOrder, SpotStopOrderId, SpotUserDeal

if TYPE_CHECKING:
    from ..params import SpotModifyOrderRequest, SpotOrderRequest, SpotStopOrderRequest

__all__ = ["AsyncSpotTradingMethods", "SpotTradingMethods"]


class SpotTradingMethods(SyncResource):
    """The methods of ``cx.spot`` from spec/rest/spot_trading.yaml."""

    def place_order(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        side: Literal["buy", "sell"] | OrderSide,
        type: Literal["limit", "market", "maker_only", "ioc", "fok"] | OrderType,
        amount: Decimal | str | int,
        ccy: str | None = None,
        price: Decimal | str | int | None = None,
        client_id: str | None = None,
        is_hide: bool | None = None,
        stp_mode: Literal["ct", "cm", "both"] | StpMode | None = None,
    ) -> SpotOrder:
        """Place a spot or margin order.

        Places a limit, market, maker-only, IOC or FOK order. For market orders, ccy chooses
        whether amount is in the base or the quote currency.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            side: buy or sell.
            type: Order type: limit, market, maker_only, ioc or fok.
            ccy: Market orders only: the currency the amount is in, the market's base or quote
                currency (in BTCUSDT either BTC or USDT).
            amount: Order amount.
            price: Order price (required for every type except market).
            client_id: User-defined order ID: letters, digits, - and _, under 32 bytes. Returned
                with the order and usable to cancel by client_id.
            is_hide: Hide the order from the public depth (default false).
            stp_mode: Self-trade prevention: ct, cm or both (not effective during call auction).

        Signed: yes. Rate limit: spot_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/put-order
        """
        return self._call(
            _ep.SPOT_PLACE_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "type": type,
                "ccy": ccy,
                "amount": amount,
                "price": price,
                "client_id": client_id,
                "is_hide": is_hide,
                "stp_mode": stp_mode,
            },
            SpotOrder,
        )

    def place_stop_order(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        side: Literal["buy", "sell"] | OrderSide,
        type: Literal["limit", "market", "maker_only", "ioc", "fok"] | OrderType,
        amount: Decimal | str | int,
        trigger_price: Decimal | str | int,
        ccy: str | None = None,
        price: Decimal | str | int | None = None,
        client_id: str | None = None,
        is_hide: bool | None = None,
        stp_mode: Literal["ct", "cm", "both"] | StpMode | None = None,
    ) -> SpotStopOrderId:
        """Place a spot or margin stop (trigger) order.

        The order is placed when the price crosses trigger_price. The balance is not frozen
        until the stop order triggers.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            side: buy or sell.
            type: Type of the order placed when triggered: limit, market, maker_only, ioc or
                fok.
            ccy: Market orders only: the currency the amount is in (base or quote).
            amount: Order amount.
            price: Order price (required for every type except market).
            trigger_price: Trigger price.
            client_id: User-defined ID: letters, digits, - and _, under 32 bytes.
            is_hide: Hide the order from the public depth (default false).
            stp_mode: Self-trade prevention: ct, cm or both.

        Signed: yes. Rate limit: spot_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/put-stop-order
        """
        return self._call(
            _ep.SPOT_PLACE_STOP_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "type": type,
                "ccy": ccy,
                "amount": amount,
                "price": price,
                "trigger_price": trigger_price,
                "client_id": client_id,
                "is_hide": is_hide,
                "stp_mode": stp_mode,
            },
            SpotStopOrderId,
        )

    def place_orders(
        self,
        *,
        orders: Sequence[SpotOrderRequest],
    ) -> list[BatchItem[SpotOrder]]:
        """Place several spot or margin orders in one call.

        Each item takes the parameters of place_order. Items succeed or fail on their own; each
        costs one token of the rate-limit group.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. The docs page could not be read; the item
        fields are those of put-order, as CoinEx.Net's CoinExPlaceOrderRequest sends them (body
        {"orders": [...]}). ccxt additionally sends a top-level "market" next to "orders"; it is
        not modelled. The maximum number of orders per call is not known. Real responses (ccxt
        capture, used as the example) return successful items as bare order objects and failed
        ones as {code, data: null, message}; the docs example wraps every item as {code, data,
        message}. The SDK accepts both.

        Args:
            orders: The orders to place; each item takes the parameters of place_order.

        Signed: yes. Rate limit: spot_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/put-multi-order
        """
        return self._call(_ep.SPOT_PLACE_ORDERS, {"orders": orders}, list[BatchItem[SpotOrder]])

    def place_stop_orders(
        self,
        *,
        orders: Sequence[SpotStopOrderRequest],
    ) -> list[BatchItem[SpotStopOrderId]]:
        """Place several spot or margin stop orders in one call.

        Each item takes the parameters of place_stop_order and is answered with its own {code,
        data, message}; each costs one token of the rate-limit group.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. The docs page could not be read; the item
        fields are those of put-stop-order, as CoinEx.Net's CoinExPlaceStopOrderRequest sends
        them (body {"orders": [...]}). The maximum number of orders per call is not known.
        Example: ccxt's captured response (wrapped items).

        Args:
            orders: The stop orders to place; each item takes the parameters of
                place_stop_order.

        Signed: yes. Rate limit: spot_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/put-multi-stop-order
        """
        return self._call(
            _ep.SPOT_PLACE_STOP_ORDERS, {"orders": orders}, list[BatchItem[SpotStopOrderId]]
        )

    def modify_order(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        order_id: int,
        amount: Decimal | str | int | None = None,
        price: Decimal | str | int | None = None,
    ) -> SpotOrder:
        """Modify the amount and/or price of an open order.

        The order is modified in place and keeps its order_id. Give amount, price or both; the
        new amount must exceed the amount already filled.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            order_id: ID of the order to modify.
            amount: New amount (give amount, price or both); must exceed the filled amount.
            price: New price (give amount, price or both).

        Signed: yes. Rate limit: spot_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/edit-order
        """
        return self._call(
            _ep.SPOT_MODIFY_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "order_id": order_id,
                "amount": amount,
                "price": price,
            },
            SpotOrder,
        )

    def modify_stop_order(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        stop_id: int,
        amount: Decimal | str | int | None = None,
        price: Decimal | str | int | None = None,
        trigger_price: Decimal | str | int | None = None,
    ) -> SpotStopOrderId:
        """Modify an open stop order.

        The old stop order is cancelled and a new one created: the returned stop_id replaces the
        old one, which becomes invalid. Give at least one of amount, price and trigger_price.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            stop_id: ID of the stop order to modify.
            amount: New amount; must exceed the filled amount.
            price: New price.
            trigger_price: New trigger price.

        Signed: yes. Rate limit: spot_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/edit-stop-order
        """
        return self._call(
            _ep.SPOT_MODIFY_STOP_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "stop_id": stop_id,
                "amount": amount,
                "price": price,
                "trigger_price": trigger_price,
            },
            SpotStopOrderId,
        )

    def modify_orders(
        self,
        *,
        orders: Sequence[SpotModifyOrderRequest],
    ) -> list[BatchItem[SpotOrder]]:
        """Modify several open orders in one call.

        Each item takes the parameters of modify_order and is answered on its own; each costs
        one token of the rate-limit group.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Known only from ccxt editOrders (body
        {"orders": [{order_id, market, market_type, amount?, price?}]}, items answered as {code,
        data: order, message}) and the docs' rate-limit table; the docs page could not be read
        and no example response was found. The maximum number of items is not known.

        Args:
            orders: The modifications; each item takes the parameters of modify_order.

        Signed: yes. Rate limit: spot_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/edit-multi-order
        """
        return self._call(_ep.SPOT_MODIFY_ORDERS, {"orders": orders}, list[BatchItem[SpotOrder]])

    def cancel_all_orders(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        side: Literal["buy", "sell"] | OrderSide | None = None,
    ) -> None:
        """Cancel all open orders of a market.

        Cancels every open order of the market, or only those of one side.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            side: Only cancel orders of this side; omit for both.

        Signed: yes. Rate limit: spot_batch_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/cancel-all-order
        """
        return self._call_none(
            _ep.SPOT_CANCEL_ALL_ORDERS, {"market": market, "market_type": market_type, "side": side}
        )

    def cancel_order(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        order_id: int,
    ) -> SpotOrder:
        """Cancel an open order.

        Returns the cancelled order.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            order_id: ID of the order to cancel.

        Signed: yes. Rate limit: spot_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/cancel-order
        """
        return self._call(
            _ep.SPOT_CANCEL_ORDER,
            {"market": market, "market_type": market_type, "order_id": order_id},
            SpotOrder,
        )

    def cancel_stop_order(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        stop_id: int,
    ) -> SpotStopOrder:
        """Cancel an open stop order.

        Returns the cancelled stop order.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            stop_id: ID of the stop order to cancel.

        Signed: yes. Rate limit: spot_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/cancel-stop-order
        """
        return self._call(
            _ep.SPOT_CANCEL_STOP_ORDER,
            {"market": market, "market_type": market_type, "stop_id": stop_id},
            SpotStopOrder,
        )

    def cancel_orders(
        self,
        *,
        market: str,
        order_ids: Sequence[int],
    ) -> list[BatchItem[SpotOrder]]:
        """Cancel several orders of one market.

        Each order is answered with its own {code, data, message}; each costs one token of the
        rate-limit group.

        Args:
            market: Market name, e.g. BTCUSDT.
            order_ids: IDs of the orders to cancel.

        Signed: yes. Rate limit: spot_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/cancel-batch-order
        """
        return self._call(
            _ep.SPOT_CANCEL_ORDERS,
            {"market": market, "order_ids": order_ids},
            list[BatchItem[SpotOrder]],
        )

    def cancel_stop_orders(
        self,
        *,
        market: str,
        stop_ids: Sequence[int],
    ) -> list[BatchItem[SpotStopOrder]]:
        """Cancel several stop orders of one market.

        Each stop order is answered with its own {code, data, message}; each costs one token of
        the rate-limit group.

        Args:
            market: Market name, e.g. BTCUSDT.
            stop_ids: IDs of the stop orders to cancel.

        Signed: yes. Rate limit: spot_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/cancel-batch-stop-order
        """
        return self._call(
            _ep.SPOT_CANCEL_STOP_ORDERS,
            {"market": market, "stop_ids": stop_ids},
            list[BatchItem[SpotStopOrder]],
        )

    def cancel_order_by_client_id(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        client_id: str,
        market: str | None = None,
    ) -> list[BatchItem[SpotOrder]]:
        """Cancel the open orders that carry a client_id.

        Cancels every open order with this client_id (in one market, or in all markets when
        market is omitted for SPOT). Each order is answered with its own {code, data, message}.

        Args:
            market: Market name, e.g. BTCUSDT; required when market_type is MARGIN.
            market_type: SPOT or MARGIN.
            client_id: The user-defined ID given when the orders were placed.

        Signed: yes. Rate limit: spot_batch_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/cancel-order-by-client-id
        """
        return self._call(
            _ep.SPOT_CANCEL_ORDER_BY_CLIENT_ID,
            {"market": market, "market_type": market_type, "client_id": client_id},
            list[BatchItem[SpotOrder]],
        )

    def cancel_stop_order_by_client_id(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        client_id: str,
        market: str | None = None,
    ) -> list[BatchItem[SpotStopOrder]]:
        """Cancel the open stop orders that carry a client_id.

        Cancels every open stop order with this client_id. Each stop order is answered with its
        own {code, data, message}.

        Args:
            market: Market name, e.g. BTCUSDT; required when market_type is MARGIN.
            market_type: SPOT or MARGIN.
            client_id: The user-defined ID given when the stop orders were placed.

        Signed: yes. Rate limit: spot_batch_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/cancel-stop-order-by-client-id
        """
        return self._call(
            _ep.SPOT_CANCEL_STOP_ORDER_BY_CLIENT_ID,
            {"market": market, "market_type": market_type, "client_id": client_id},
            list[BatchItem[SpotStopOrder]],
        )

    def order_status(
        self,
        *,
        market: str,
        order_id: int,
    ) -> SpotOrder:
        """Get one order, including its status.

        Orders cancelled without any fill are not stored and cannot be queried.

        Args:
            market: Market name, e.g. BTCUSDT.
            order_id: Order ID.

        Signed: yes. Rate limit: spot_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/get-order-status
        """
        return self._call(
            _ep.SPOT_ORDER_STATUS, {"market": market, "order_id": order_id}, SpotOrder
        )

    def batch_order_status(
        self,
        *,
        market: str,
        order_ids: Sequence[int],
    ) -> list[BatchItem[SpotOrder]]:
        """Get several orders of one market, including their status.

        Each order is answered with its own {code, data, message}. Orders cancelled without any
        fill are not stored and cannot be queried.

        Args:
            market: Market name, e.g. BTCUSDT.
            order_ids: Order IDs, sent comma-separated (order_ids=1,2,3).

        Signed: yes. Rate limit: spot_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/get-multi-order-status
        """
        return self._call(
            _ep.SPOT_BATCH_ORDER_STATUS,
            {"market": market, "order_ids": order_ids},
            list[BatchItem[SpotOrder]],
        )

    def pending_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SpotOrder]:
        """Get open (unfilled) orders.

        Open orders of one market or of all markets, newest first, page by page.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets (required for MARGIN).
            market_type: SPOT or MARGIN.
            side: Only orders of this side; omit for both.
            client_id: Only orders with this user-defined ID.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: spot_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/list-pending-order
        """
        return self._page(
            _ep.SPOT_PENDING_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "page": page,
                "limit": limit,
            },
            SpotOrder,
        )

    def iter_pending_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        limit: int | None = None,
    ) -> Iterator[SpotOrder]:
        """Every item of :meth:`pending_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.SPOT_PENDING_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "limit": limit,
            },
            SpotOrder,
        )

    def finished_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SpotOrder]:
        """Get finished (filled or cancelled) orders.

        Finished orders, newest first, page by page. Orders cancelled without any fill are not
        stored and do not appear.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets (required for MARGIN).
            market_type: SPOT or MARGIN.
            side: Only orders of this side; omit for both.
            client_id: Only orders with this user-defined ID (not in the docs; CoinEx.Net sends
                it).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: spot_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/list-finished-order
        """
        return self._page(
            _ep.SPOT_FINISHED_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "page": page,
                "limit": limit,
            },
            SpotOrder,
        )

    def iter_finished_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        limit: int | None = None,
    ) -> Iterator[SpotOrder]:
        """Every item of :meth:`finished_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.SPOT_FINISHED_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "limit": limit,
            },
            SpotOrder,
        )

    def pending_stop_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SpotStopOrder]:
        """Get open (untriggered) stop orders.

        Open stop orders of one market or of all markets, page by page.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets (required for MARGIN).
            market_type: SPOT or MARGIN.
            side: Only stop orders of this side; omit for both.
            client_id: Only stop orders with this user-defined ID.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: spot_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/list-pending-stop-order
        """
        return self._page(
            _ep.SPOT_PENDING_STOP_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "page": page,
                "limit": limit,
            },
            SpotStopOrder,
        )

    def iter_pending_stop_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        limit: int | None = None,
    ) -> Iterator[SpotStopOrder]:
        """Every item of :meth:`pending_stop_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.SPOT_PENDING_STOP_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "limit": limit,
            },
            SpotStopOrder,
        )

    def finished_stop_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SpotStopOrder]:
        """Get finished (triggered or cancelled) stop orders.

        Finished stop orders of one market or of all markets, page by page.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets (required for MARGIN).
            market_type: SPOT or MARGIN.
            side: Only stop orders of this side; omit for both.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: spot_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/list-finished-stop-order
        """
        return self._page(
            _ep.SPOT_FINISHED_STOP_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "page": page,
                "limit": limit,
            },
            SpotStopOrder,
        )

    def iter_finished_stop_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        limit: int | None = None,
    ) -> Iterator[SpotStopOrder]:
        """Every item of :meth:`finished_stop_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.SPOT_FINISHED_STOP_ORDERS,
            {"market": market, "market_type": market_type, "side": side, "limit": limit},
            SpotStopOrder,
        )

    def user_deals(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        side: Literal["buy", "sell"] | OrderSide | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SpotUserDeal]:
        """Get the user's own deals (fills) in a market.

        The user's fills in one market, newest first, page by page.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            side: Only deals of this side; omit for both.
            start_time: Start of the time range, ms.
            end_time: End of the time range, ms.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: spot_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/deal/http/list-user-deals
        """
        return self._page(
            _ep.SPOT_USER_DEALS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            SpotUserDeal,
        )

    def iter_user_deals(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        side: Literal["buy", "sell"] | OrderSide | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[SpotUserDeal]:
        """Every item of :meth:`user_deals`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.SPOT_USER_DEALS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            SpotUserDeal,
        )

    def order_deals(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        order_id: int,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SpotUserDeal]:
        """Get the deals (fills) of one order.

        The fills of one of the user's orders, page by page.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            order_id: Order ID.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: spot_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/deal/http/list-user-order-deals
        """
        return self._page(
            _ep.SPOT_ORDER_DEALS,
            {
                "market": market,
                "market_type": market_type,
                "order_id": order_id,
                "page": page,
                "limit": limit,
            },
            SpotUserDeal,
        )

    def iter_order_deals(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        order_id: int,
        limit: int | None = None,
    ) -> Iterator[SpotUserDeal]:
        """Every item of :meth:`order_deals`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.SPOT_ORDER_DEALS,
            {"market": market, "market_type": market_type, "order_id": order_id, "limit": limit},
            SpotUserDeal,
        )


class AsyncSpotTradingMethods(AsyncResource):
    """The methods of ``acx.spot`` from spec/rest/spot_trading.yaml."""

    async def place_order(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        side: Literal["buy", "sell"] | OrderSide,
        type: Literal["limit", "market", "maker_only", "ioc", "fok"] | OrderType,
        amount: Decimal | str | int,
        ccy: str | None = None,
        price: Decimal | str | int | None = None,
        client_id: str | None = None,
        is_hide: bool | None = None,
        stp_mode: Literal["ct", "cm", "both"] | StpMode | None = None,
    ) -> SpotOrder:
        """Place a spot or margin order.

        Places a limit, market, maker-only, IOC or FOK order. For market orders, ccy chooses
        whether amount is in the base or the quote currency.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            side: buy or sell.
            type: Order type: limit, market, maker_only, ioc or fok.
            ccy: Market orders only: the currency the amount is in, the market's base or quote
                currency (in BTCUSDT either BTC or USDT).
            amount: Order amount.
            price: Order price (required for every type except market).
            client_id: User-defined order ID: letters, digits, - and _, under 32 bytes. Returned
                with the order and usable to cancel by client_id.
            is_hide: Hide the order from the public depth (default false).
            stp_mode: Self-trade prevention: ct, cm or both (not effective during call auction).

        Signed: yes. Rate limit: spot_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/put-order
        """
        return await self._call(
            _ep.SPOT_PLACE_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "type": type,
                "ccy": ccy,
                "amount": amount,
                "price": price,
                "client_id": client_id,
                "is_hide": is_hide,
                "stp_mode": stp_mode,
            },
            SpotOrder,
        )

    async def place_stop_order(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        side: Literal["buy", "sell"] | OrderSide,
        type: Literal["limit", "market", "maker_only", "ioc", "fok"] | OrderType,
        amount: Decimal | str | int,
        trigger_price: Decimal | str | int,
        ccy: str | None = None,
        price: Decimal | str | int | None = None,
        client_id: str | None = None,
        is_hide: bool | None = None,
        stp_mode: Literal["ct", "cm", "both"] | StpMode | None = None,
    ) -> SpotStopOrderId:
        """Place a spot or margin stop (trigger) order.

        The order is placed when the price crosses trigger_price. The balance is not frozen
        until the stop order triggers.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            side: buy or sell.
            type: Type of the order placed when triggered: limit, market, maker_only, ioc or
                fok.
            ccy: Market orders only: the currency the amount is in (base or quote).
            amount: Order amount.
            price: Order price (required for every type except market).
            trigger_price: Trigger price.
            client_id: User-defined ID: letters, digits, - and _, under 32 bytes.
            is_hide: Hide the order from the public depth (default false).
            stp_mode: Self-trade prevention: ct, cm or both.

        Signed: yes. Rate limit: spot_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/put-stop-order
        """
        return await self._call(
            _ep.SPOT_PLACE_STOP_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "type": type,
                "ccy": ccy,
                "amount": amount,
                "price": price,
                "trigger_price": trigger_price,
                "client_id": client_id,
                "is_hide": is_hide,
                "stp_mode": stp_mode,
            },
            SpotStopOrderId,
        )

    async def place_orders(
        self,
        *,
        orders: Sequence[SpotOrderRequest],
    ) -> list[BatchItem[SpotOrder]]:
        """Place several spot or margin orders in one call.

        Each item takes the parameters of place_order. Items succeed or fail on their own; each
        costs one token of the rate-limit group.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. The docs page could not be read; the item
        fields are those of put-order, as CoinEx.Net's CoinExPlaceOrderRequest sends them (body
        {"orders": [...]}). ccxt additionally sends a top-level "market" next to "orders"; it is
        not modelled. The maximum number of orders per call is not known. Real responses (ccxt
        capture, used as the example) return successful items as bare order objects and failed
        ones as {code, data: null, message}; the docs example wraps every item as {code, data,
        message}. The SDK accepts both.

        Args:
            orders: The orders to place; each item takes the parameters of place_order.

        Signed: yes. Rate limit: spot_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/put-multi-order
        """
        return await self._call(
            _ep.SPOT_PLACE_ORDERS, {"orders": orders}, list[BatchItem[SpotOrder]]
        )

    async def place_stop_orders(
        self,
        *,
        orders: Sequence[SpotStopOrderRequest],
    ) -> list[BatchItem[SpotStopOrderId]]:
        """Place several spot or margin stop orders in one call.

        Each item takes the parameters of place_stop_order and is answered with its own {code,
        data, message}; each costs one token of the rate-limit group.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. The docs page could not be read; the item
        fields are those of put-stop-order, as CoinEx.Net's CoinExPlaceStopOrderRequest sends
        them (body {"orders": [...]}). The maximum number of orders per call is not known.
        Example: ccxt's captured response (wrapped items).

        Args:
            orders: The stop orders to place; each item takes the parameters of
                place_stop_order.

        Signed: yes. Rate limit: spot_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/put-multi-stop-order
        """
        return await self._call(
            _ep.SPOT_PLACE_STOP_ORDERS, {"orders": orders}, list[BatchItem[SpotStopOrderId]]
        )

    async def modify_order(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        order_id: int,
        amount: Decimal | str | int | None = None,
        price: Decimal | str | int | None = None,
    ) -> SpotOrder:
        """Modify the amount and/or price of an open order.

        The order is modified in place and keeps its order_id. Give amount, price or both; the
        new amount must exceed the amount already filled.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            order_id: ID of the order to modify.
            amount: New amount (give amount, price or both); must exceed the filled amount.
            price: New price (give amount, price or both).

        Signed: yes. Rate limit: spot_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/edit-order
        """
        return await self._call(
            _ep.SPOT_MODIFY_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "order_id": order_id,
                "amount": amount,
                "price": price,
            },
            SpotOrder,
        )

    async def modify_stop_order(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        stop_id: int,
        amount: Decimal | str | int | None = None,
        price: Decimal | str | int | None = None,
        trigger_price: Decimal | str | int | None = None,
    ) -> SpotStopOrderId:
        """Modify an open stop order.

        The old stop order is cancelled and a new one created: the returned stop_id replaces the
        old one, which becomes invalid. Give at least one of amount, price and trigger_price.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            stop_id: ID of the stop order to modify.
            amount: New amount; must exceed the filled amount.
            price: New price.
            trigger_price: New trigger price.

        Signed: yes. Rate limit: spot_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/edit-stop-order
        """
        return await self._call(
            _ep.SPOT_MODIFY_STOP_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "stop_id": stop_id,
                "amount": amount,
                "price": price,
                "trigger_price": trigger_price,
            },
            SpotStopOrderId,
        )

    async def modify_orders(
        self,
        *,
        orders: Sequence[SpotModifyOrderRequest],
    ) -> list[BatchItem[SpotOrder]]:
        """Modify several open orders in one call.

        Each item takes the parameters of modify_order and is answered on its own; each costs
        one token of the rate-limit group.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Known only from ccxt editOrders (body
        {"orders": [{order_id, market, market_type, amount?, price?}]}, items answered as {code,
        data: order, message}) and the docs' rate-limit table; the docs page could not be read
        and no example response was found. The maximum number of items is not known.

        Args:
            orders: The modifications; each item takes the parameters of modify_order.

        Signed: yes. Rate limit: spot_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/edit-multi-order
        """
        return await self._call(
            _ep.SPOT_MODIFY_ORDERS, {"orders": orders}, list[BatchItem[SpotOrder]]
        )

    async def cancel_all_orders(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        side: Literal["buy", "sell"] | OrderSide | None = None,
    ) -> None:
        """Cancel all open orders of a market.

        Cancels every open order of the market, or only those of one side.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            side: Only cancel orders of this side; omit for both.

        Signed: yes. Rate limit: spot_batch_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/cancel-all-order
        """
        return await self._call_none(
            _ep.SPOT_CANCEL_ALL_ORDERS, {"market": market, "market_type": market_type, "side": side}
        )

    async def cancel_order(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        order_id: int,
    ) -> SpotOrder:
        """Cancel an open order.

        Returns the cancelled order.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            order_id: ID of the order to cancel.

        Signed: yes. Rate limit: spot_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/cancel-order
        """
        return await self._call(
            _ep.SPOT_CANCEL_ORDER,
            {"market": market, "market_type": market_type, "order_id": order_id},
            SpotOrder,
        )

    async def cancel_stop_order(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        stop_id: int,
    ) -> SpotStopOrder:
        """Cancel an open stop order.

        Returns the cancelled stop order.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            stop_id: ID of the stop order to cancel.

        Signed: yes. Rate limit: spot_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/cancel-stop-order
        """
        return await self._call(
            _ep.SPOT_CANCEL_STOP_ORDER,
            {"market": market, "market_type": market_type, "stop_id": stop_id},
            SpotStopOrder,
        )

    async def cancel_orders(
        self,
        *,
        market: str,
        order_ids: Sequence[int],
    ) -> list[BatchItem[SpotOrder]]:
        """Cancel several orders of one market.

        Each order is answered with its own {code, data, message}; each costs one token of the
        rate-limit group.

        Args:
            market: Market name, e.g. BTCUSDT.
            order_ids: IDs of the orders to cancel.

        Signed: yes. Rate limit: spot_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/cancel-batch-order
        """
        return await self._call(
            _ep.SPOT_CANCEL_ORDERS,
            {"market": market, "order_ids": order_ids},
            list[BatchItem[SpotOrder]],
        )

    async def cancel_stop_orders(
        self,
        *,
        market: str,
        stop_ids: Sequence[int],
    ) -> list[BatchItem[SpotStopOrder]]:
        """Cancel several stop orders of one market.

        Each stop order is answered with its own {code, data, message}; each costs one token of
        the rate-limit group.

        Args:
            market: Market name, e.g. BTCUSDT.
            stop_ids: IDs of the stop orders to cancel.

        Signed: yes. Rate limit: spot_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/cancel-batch-stop-order
        """
        return await self._call(
            _ep.SPOT_CANCEL_STOP_ORDERS,
            {"market": market, "stop_ids": stop_ids},
            list[BatchItem[SpotStopOrder]],
        )

    async def cancel_order_by_client_id(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        client_id: str,
        market: str | None = None,
    ) -> list[BatchItem[SpotOrder]]:
        """Cancel the open orders that carry a client_id.

        Cancels every open order with this client_id (in one market, or in all markets when
        market is omitted for SPOT). Each order is answered with its own {code, data, message}.

        Args:
            market: Market name, e.g. BTCUSDT; required when market_type is MARGIN.
            market_type: SPOT or MARGIN.
            client_id: The user-defined ID given when the orders were placed.

        Signed: yes. Rate limit: spot_batch_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/cancel-order-by-client-id
        """
        return await self._call(
            _ep.SPOT_CANCEL_ORDER_BY_CLIENT_ID,
            {"market": market, "market_type": market_type, "client_id": client_id},
            list[BatchItem[SpotOrder]],
        )

    async def cancel_stop_order_by_client_id(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        client_id: str,
        market: str | None = None,
    ) -> list[BatchItem[SpotStopOrder]]:
        """Cancel the open stop orders that carry a client_id.

        Cancels every open stop order with this client_id. Each stop order is answered with its
        own {code, data, message}.

        Args:
            market: Market name, e.g. BTCUSDT; required when market_type is MARGIN.
            market_type: SPOT or MARGIN.
            client_id: The user-defined ID given when the stop orders were placed.

        Signed: yes. Rate limit: spot_batch_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/cancel-stop-order-by-client-id
        """
        return await self._call(
            _ep.SPOT_CANCEL_STOP_ORDER_BY_CLIENT_ID,
            {"market": market, "market_type": market_type, "client_id": client_id},
            list[BatchItem[SpotStopOrder]],
        )

    async def order_status(
        self,
        *,
        market: str,
        order_id: int,
    ) -> SpotOrder:
        """Get one order, including its status.

        Orders cancelled without any fill are not stored and cannot be queried.

        Args:
            market: Market name, e.g. BTCUSDT.
            order_id: Order ID.

        Signed: yes. Rate limit: spot_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/get-order-status
        """
        return await self._call(
            _ep.SPOT_ORDER_STATUS, {"market": market, "order_id": order_id}, SpotOrder
        )

    async def batch_order_status(
        self,
        *,
        market: str,
        order_ids: Sequence[int],
    ) -> list[BatchItem[SpotOrder]]:
        """Get several orders of one market, including their status.

        Each order is answered with its own {code, data, message}. Orders cancelled without any
        fill are not stored and cannot be queried.

        Args:
            market: Market name, e.g. BTCUSDT.
            order_ids: Order IDs, sent comma-separated (order_ids=1,2,3).

        Signed: yes. Rate limit: spot_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/get-multi-order-status
        """
        return await self._call(
            _ep.SPOT_BATCH_ORDER_STATUS,
            {"market": market, "order_ids": order_ids},
            list[BatchItem[SpotOrder]],
        )

    async def pending_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SpotOrder]:
        """Get open (unfilled) orders.

        Open orders of one market or of all markets, newest first, page by page.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets (required for MARGIN).
            market_type: SPOT or MARGIN.
            side: Only orders of this side; omit for both.
            client_id: Only orders with this user-defined ID.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: spot_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/list-pending-order
        """
        return await self._page(
            _ep.SPOT_PENDING_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "page": page,
                "limit": limit,
            },
            SpotOrder,
        )

    def iter_pending_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[SpotOrder]:
        """Every item of :meth:`pending_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.SPOT_PENDING_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "limit": limit,
            },
            SpotOrder,
        )

    async def finished_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SpotOrder]:
        """Get finished (filled or cancelled) orders.

        Finished orders, newest first, page by page. Orders cancelled without any fill are not
        stored and do not appear.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets (required for MARGIN).
            market_type: SPOT or MARGIN.
            side: Only orders of this side; omit for both.
            client_id: Only orders with this user-defined ID (not in the docs; CoinEx.Net sends
                it).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: spot_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/list-finished-order
        """
        return await self._page(
            _ep.SPOT_FINISHED_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "page": page,
                "limit": limit,
            },
            SpotOrder,
        )

    def iter_finished_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[SpotOrder]:
        """Every item of :meth:`finished_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.SPOT_FINISHED_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "limit": limit,
            },
            SpotOrder,
        )

    async def pending_stop_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SpotStopOrder]:
        """Get open (untriggered) stop orders.

        Open stop orders of one market or of all markets, page by page.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets (required for MARGIN).
            market_type: SPOT or MARGIN.
            side: Only stop orders of this side; omit for both.
            client_id: Only stop orders with this user-defined ID.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: spot_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/list-pending-stop-order
        """
        return await self._page(
            _ep.SPOT_PENDING_STOP_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "page": page,
                "limit": limit,
            },
            SpotStopOrder,
        )

    def iter_pending_stop_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[SpotStopOrder]:
        """Every item of :meth:`pending_stop_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.SPOT_PENDING_STOP_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "limit": limit,
            },
            SpotStopOrder,
        )

    async def finished_stop_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SpotStopOrder]:
        """Get finished (triggered or cancelled) stop orders.

        Finished stop orders of one market or of all markets, page by page.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets (required for MARGIN).
            market_type: SPOT or MARGIN.
            side: Only stop orders of this side; omit for both.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: spot_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/order/http/list-finished-stop-order
        """
        return await self._page(
            _ep.SPOT_FINISHED_STOP_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "page": page,
                "limit": limit,
            },
            SpotStopOrder,
        )

    def iter_finished_stop_orders(
        self,
        *,
        market_type: Literal["SPOT", "MARGIN"],
        market: str | None = None,
        side: Literal["buy", "sell"] | OrderSide | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[SpotStopOrder]:
        """Every item of :meth:`finished_stop_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.SPOT_FINISHED_STOP_ORDERS,
            {"market": market, "market_type": market_type, "side": side, "limit": limit},
            SpotStopOrder,
        )

    async def user_deals(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        side: Literal["buy", "sell"] | OrderSide | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SpotUserDeal]:
        """Get the user's own deals (fills) in a market.

        The user's fills in one market, newest first, page by page.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            side: Only deals of this side; omit for both.
            start_time: Start of the time range, ms.
            end_time: End of the time range, ms.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: spot_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/deal/http/list-user-deals
        """
        return await self._page(
            _ep.SPOT_USER_DEALS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            SpotUserDeal,
        )

    def iter_user_deals(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        side: Literal["buy", "sell"] | OrderSide | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[SpotUserDeal]:
        """Every item of :meth:`user_deals`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.SPOT_USER_DEALS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            SpotUserDeal,
        )

    async def order_deals(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        order_id: int,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[SpotUserDeal]:
        """Get the deals (fills) of one order.

        The fills of one of the user's orders, page by page.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: SPOT or MARGIN.
            order_id: Order ID.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: spot_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/deal/http/list-user-order-deals
        """
        return await self._page(
            _ep.SPOT_ORDER_DEALS,
            {
                "market": market,
                "market_type": market_type,
                "order_id": order_id,
                "page": page,
                "limit": limit,
            },
            SpotUserDeal,
        )

    def iter_order_deals(
        self,
        *,
        market: str,
        market_type: Literal["SPOT", "MARGIN"],
        order_id: int,
        limit: int | None = None,
    ) -> AsyncIterator[SpotUserDeal]:
        """Every item of :meth:`order_deals`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.SPOT_ORDER_DEALS,
            {"market": market, "market_type": market_type, "order_id": order_id, "limit": limit},
            SpotUserDeal,
        )
