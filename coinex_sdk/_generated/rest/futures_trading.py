# generated from spec/ by `python -m generator`; do not edit.
"""The ``cx.futures`` methods of spec/rest/futures_trading.yaml.

``resources.futures`` composes them with the other files of the resource.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from ..._resource import AsyncResource, SyncResource
from ..._types import BatchItem, Page
from ..endpoints import futures_trading as _ep
from ..models.enums import OrderSide, OrderType, PriceType, StpMode
from ..models.futures import FuturesOrder, FuturesStopOrder, FuturesStopOrderId, FuturesUserDeal

if TYPE_CHECKING:
    from ..params import FuturesModifyOrderRequest, FuturesOrderRequest, FuturesStopOrderRequest

__all__ = ["AsyncFuturesTradingMethods", "FuturesTradingMethods"]


class FuturesTradingMethods(SyncResource):
    """The methods of ``cx.futures`` from spec/rest/futures_trading.yaml."""

    def place_order(
        self,
        *,
        market: str,
        side: Literal["buy", "sell"] | OrderSide,
        type: Literal["limit", "market", "maker_only", "ioc", "fok"] | OrderType,
        amount: Decimal | str | int,
        market_type: Literal["FUTURES"] = "FUTURES",
        price: Decimal | str | int | None = None,
        client_id: str | None = None,
        is_hide: bool | None = None,
        stp_mode: Literal["ct", "cm", "both"] | StpMode | None = None,
    ) -> FuturesOrder:
        """Place a futures order.

        Under heavy server load CoinEx rejects new orders with 3008 while still serving cancels
        first.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            side: Order side.
            type: Order type: limit, market, maker_only (post-only), ioc or fok.
            amount: Order amount.
            price: Order price; required for limit, maker_only, ioc and fok orders, ignored for
                market.
            client_id: Client-defined order id: letters, digits, - and _ only, shorter than 32
                bytes. CoinEx echoes it in order responses; it can also be used to cancel.
            is_hide: Hide the order from the public depth (it still shows in your own depth).
                Default false.
            stp_mode: Self-trade prevention: ct cancels the remaining taker, cm the maker, both
                cancels both. Not effective during the call auction.

        Signed: yes. Rate limit: futures_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/put-order
        """
        return self._call(
            _ep.FUTURES_PLACE_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "type": type,
                "amount": amount,
                "price": price,
                "client_id": client_id,
                "is_hide": is_hide,
                "stp_mode": stp_mode,
            },
            FuturesOrder,
        )

    def place_stop_order(
        self,
        *,
        market: str,
        side: Literal["buy", "sell"] | OrderSide,
        type: Literal["limit", "market", "maker_only", "ioc", "fok"] | OrderType,
        amount: Decimal | str | int,
        trigger_price_type: Literal["latest_price", "mark_price", "index_price"] | PriceType,
        trigger_price: Decimal | str | int,
        market_type: Literal["FUTURES"] = "FUTURES",
        price: Decimal | str | int | None = None,
        client_id: str | None = None,
        is_hide: bool | None = None,
        stp_mode: Literal["ct", "cm", "both"] | StpMode | None = None,
    ) -> FuturesStopOrderId:
        """Place a futures stop order.

        The order is placed when the trigger price is reached; returns its stop_id.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            side: Order side.
            type: Order type: limit, market, maker_only (post-only), ioc or fok.
            amount: Order amount.
            price: Order price; required for limit, maker_only, ioc and fok orders, ignored for
                market.
            trigger_price_type: Price that triggers the stop order: latest_price, mark_price or
                index_price.
            trigger_price: Trigger price of the stop order.
            client_id: Client-defined order id: letters, digits, - and _ only, shorter than 32
                bytes. CoinEx echoes it in order responses; it can also be used to cancel.
            is_hide: Hide the order from the public depth (it still shows in your own depth).
                Default false.
            stp_mode: Self-trade prevention: ct cancels the remaining taker, cm the maker, both
                cancels both. Not effective during the call auction.

        Signed: yes. Rate limit: futures_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/put-stop-order
        """
        return self._call(
            _ep.FUTURES_PLACE_STOP_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "type": type,
                "amount": amount,
                "price": price,
                "trigger_price_type": trigger_price_type,
                "trigger_price": trigger_price,
                "client_id": client_id,
                "is_hide": is_hide,
                "stp_mode": stp_mode,
            },
            FuturesStopOrderId,
        )

    def place_orders(
        self,
        *,
        orders: Sequence[FuturesOrderRequest],
    ) -> list[BatchItem[FuturesOrder]]:
        """Place several futures orders.

        Each item succeeds or fails on its own (per-item code/message); the rate limit is
        charged per order.

        Args:
            orders: The orders to place (up to 100); each takes the place_order parameters.

        Signed: yes. Rate limit: futures_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/put-multi-order
        """
        return self._call(
            _ep.FUTURES_PLACE_ORDERS, {"orders": orders}, list[BatchItem[FuturesOrder]]
        )

    def place_stop_orders(
        self,
        *,
        orders: Sequence[FuturesStopOrderRequest],
    ) -> list[BatchItem[FuturesStopOrderId]]:
        """Place several futures stop orders.

        Each item succeeds or fails on its own; the rate limit is charged per order.

        Args:
            orders: The stop orders to place; each takes the place_stop_order parameters.

        Signed: yes. Rate limit: futures_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/put-multi-stop-order
        """
        return self._call(
            _ep.FUTURES_PLACE_STOP_ORDERS, {"orders": orders}, list[BatchItem[FuturesStopOrderId]]
        )

    def modify_order(
        self,
        *,
        market: str,
        order_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
        amount: Decimal | str | int | None = None,
        price: Decimal | str | int | None = None,
    ) -> FuturesOrder:
        """Modify a pending futures order.

        Modifies the order in place: the order_id stays the same.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            order_id: Order id.
            amount: New amount; must exceed the amount already filled. Pass amount, price or
                both.
            price: New price. Pass amount, price or both.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/edit-order
        """
        return self._call(
            _ep.FUTURES_MODIFY_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "order_id": order_id,
                "amount": amount,
                "price": price,
            },
            FuturesOrder,
        )

    def modify_stop_order(
        self,
        *,
        market: str,
        stop_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
        amount: Decimal | str | int | None = None,
        price: Decimal | str | int | None = None,
        trigger_price: Decimal | str | int | None = None,
    ) -> FuturesStopOrderId:
        """Modify a pending futures stop order.

        CoinEx cancels the old stop order and creates a new one: the returned stop_id replaces
        the old one, which becomes invalid.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            stop_id: Stop order id.
            amount: New amount; must exceed the amount already filled. Pass at least one of
                amount, price, trigger_price.
            price: New order price.
            trigger_price: New trigger price.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/edit-stop-order
        """
        return self._call(
            _ep.FUTURES_MODIFY_STOP_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "stop_id": stop_id,
                "amount": amount,
                "price": price,
                "trigger_price": trigger_price,
            },
            FuturesStopOrderId,
        )

    def modify_orders(
        self,
        *,
        orders: Sequence[FuturesModifyOrderRequest],
    ) -> list[BatchItem[FuturesOrder]]:
        """Modify several pending futures orders.

        Each item succeeds or fails on its own; order ids stay the same.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Item parameters and the 100-item limit from
        the docs page (English, read up to the response table). The wrapper key orders is not
        visible in the stored copy: taken from feedex (PHP SDK) and the other batch endpoints.
        Not in CoinEx.Net. No example response found.

        Args:
            orders: The modifications (up to 100); each takes the modify_order parameters.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/edit-multi-order
        """
        return self._call(
            _ep.FUTURES_MODIFY_ORDERS, {"orders": orders}, list[BatchItem[FuturesOrder]]
        )

    def cancel_all_orders(
        self,
        *,
        market: str,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
    ) -> None:
        """Cancel all pending orders of a futures market.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            side: Only cancel this side; omit for both.

        Signed: yes. Rate limit: futures_batch_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/cancel-all-order
        """
        return self._call_none(
            _ep.FUTURES_CANCEL_ALL_ORDERS,
            {"market": market, "market_type": market_type, "side": side},
        )

    def cancel_order(
        self,
        *,
        market: str,
        order_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> FuturesOrder:
        """Cancel a futures order.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            order_id: Order id.

        Signed: yes. Rate limit: futures_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/cancel-order
        """
        return self._call(
            _ep.FUTURES_CANCEL_ORDER,
            {"market": market, "market_type": market_type, "order_id": order_id},
            FuturesOrder,
        )

    def cancel_stop_order(
        self,
        *,
        market: str,
        stop_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> FuturesStopOrder:
        """Cancel a futures stop order.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            stop_id: Stop order id.

        Signed: yes. Rate limit: futures_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/cancel-stop-order
        """
        return self._call(
            _ep.FUTURES_CANCEL_STOP_ORDER,
            {"market": market, "market_type": market_type, "stop_id": stop_id},
            FuturesStopOrder,
        )

    def cancel_orders(
        self,
        *,
        market: str,
        order_ids: Sequence[int],
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> list[BatchItem[FuturesOrder]]:
        """Cancel several futures orders by id.

        Each id succeeds or fails on its own; the rate limit is charged per id.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            order_ids: Ids of the orders to cancel.

        Signed: yes. Rate limit: futures_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/cancel-batch-order
        """
        return self._call(
            _ep.FUTURES_CANCEL_ORDERS,
            {"market": market, "market_type": market_type, "order_ids": order_ids},
            list[BatchItem[FuturesOrder]],
        )

    def cancel_stop_orders(
        self,
        *,
        market: str,
        stop_ids: Sequence[int],
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> list[BatchItem[FuturesStopOrder]]:
        """Cancel several futures stop orders by id.

        Each id succeeds or fails on its own; the rate limit is charged per id.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            stop_ids: Ids of the stop orders to cancel.

        Signed: yes. Rate limit: futures_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/cancel-batch-stop-order
        """
        return self._call(
            _ep.FUTURES_CANCEL_STOP_ORDERS,
            {"market": market, "market_type": market_type, "stop_ids": stop_ids},
            list[BatchItem[FuturesStopOrder]],
        )

    def cancel_order_by_client_id(
        self,
        *,
        client_id: str,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> list[BatchItem[FuturesOrder]]:
        """Cancel futures orders by client_id.

        Cancels every pending order with this client_id; one item per order.

        Args:
            market: Market name; omit to cancel matching orders in every market.
            market_type: Market type; futures functions accept only FUTURES.
            client_id: Client-defined id of the orders to cancel.

        Signed: yes. Rate limit: futures_batch_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/cancel-order-by-client-id
        """
        return self._call(
            _ep.FUTURES_CANCEL_ORDER_BY_CLIENT_ID,
            {"market": market, "market_type": market_type, "client_id": client_id},
            list[BatchItem[FuturesOrder]],
        )

    def cancel_stop_order_by_client_id(
        self,
        *,
        client_id: str,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> list[BatchItem[FuturesStopOrder]]:
        """Cancel futures stop orders by client_id.

        Cancels every pending stop order with this client_id; one item per order.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Docs page not read: parameters mirror
        cancel-order-by-client-id (market optional per those docs; CoinEx.Net makes it
        required).

        Args:
            market: Market name; omit to cancel matching stop orders in every market.
            market_type: Market type; futures functions accept only FUTURES.
            client_id: Client-defined id of the stop orders to cancel.

        Signed: yes. Rate limit: futures_batch_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/cancel-stop-order-by-client-id
        """
        return self._call(
            _ep.FUTURES_CANCEL_STOP_ORDER_BY_CLIENT_ID,
            {"market": market, "market_type": market_type, "client_id": client_id},
            list[BatchItem[FuturesStopOrder]],
        )

    def order_status(
        self,
        *,
        market: str,
        order_id: int,
    ) -> FuturesOrder:
        """Get one futures order.

        Orders canceled without any fill are not kept and cannot be queried.

        Args:
            market: Market name, e.g. BTCUSDT.
            order_id: Order id.

        Signed: yes. Rate limit: futures_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/get-order-status
        """
        return self._call(
            _ep.FUTURES_ORDER_STATUS, {"market": market, "order_id": order_id}, FuturesOrder
        )

    def batch_order_status(
        self,
        *,
        market: str,
        order_ids: Sequence[int],
    ) -> list[BatchItem[FuturesOrder]]:
        """Get several futures orders.

        One item (code, data, message) per requested id.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. No futures docs page found: parameters
        inferred from the spot batch-order-status docs (market, order_ids comma-separated) and
        ccxt/feedex listing the futures path; the 100-id limit is from a docs-derived TS SDK.
        Not in CoinEx.Net. No futures example response.

        Args:
            market: Market name, e.g. BTCUSDT.
            order_ids: Order ids (up to 100), sent comma-separated.

        Signed: yes. Rate limit: futures_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/get-multi-order-status
        """
        return self._call(
            _ep.FUTURES_BATCH_ORDER_STATUS,
            {"market": market, "order_ids": order_ids},
            list[BatchItem[FuturesOrder]],
        )

    def pending_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesOrder]:
        """List pending futures orders.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            side: Order side: buy or sell; omit for both.
            client_id: Only orders with this client id.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/list-pending-order
        """
        return self._page(
            _ep.FUTURES_PENDING_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "page": page,
                "limit": limit,
            },
            FuturesOrder,
        )

    def iter_pending_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        limit: int | None = None,
    ) -> Iterator[FuturesOrder]:
        """Every item of :meth:`pending_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_PENDING_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "limit": limit,
            },
            FuturesOrder,
        )

    def finished_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesOrder]:
        """List finished futures orders.

        Orders canceled without any fill are not kept and are not listed.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            side: Order side: buy or sell; omit for both.
            client_id: Only orders with this user-defined ID (not in the docs; CoinEx.Net sends
                it).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/list-finished-order
        """
        return self._page(
            _ep.FUTURES_FINISHED_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "page": page,
                "limit": limit,
            },
            FuturesOrder,
        )

    def iter_finished_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        limit: int | None = None,
    ) -> Iterator[FuturesOrder]:
        """Every item of :meth:`finished_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_FINISHED_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "limit": limit,
            },
            FuturesOrder,
        )

    def pending_stop_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesStopOrder]:
        """List pending futures stop orders.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            side: Order side: buy or sell; omit for both.
            client_id: Only stop orders with this client id.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/list-pending-stop-order
        """
        return self._page(
            _ep.FUTURES_PENDING_STOP_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "page": page,
                "limit": limit,
            },
            FuturesStopOrder,
        )

    def iter_pending_stop_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        limit: int | None = None,
    ) -> Iterator[FuturesStopOrder]:
        """Every item of :meth:`pending_stop_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_PENDING_STOP_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "limit": limit,
            },
            FuturesStopOrder,
        )

    def finished_stop_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesStopOrder]:
        """List finished futures stop orders.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            side: Order side: buy or sell; omit for both.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/list-finished-stop-order
        """
        return self._page(
            _ep.FUTURES_FINISHED_STOP_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "page": page,
                "limit": limit,
            },
            FuturesStopOrder,
        )

    def iter_finished_stop_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        limit: int | None = None,
    ) -> Iterator[FuturesStopOrder]:
        """Every item of :meth:`finished_stop_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_FINISHED_STOP_ORDERS,
            {"market": market, "market_type": market_type, "side": side, "limit": limit},
            FuturesStopOrder,
        )

    def user_deals(
        self,
        *,
        market: str,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesUserDeal]:
        """List the user's futures trades.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            side: Order side: buy or sell; omit for both.
            start_time: Start of the query window (ms).
            end_time: End of the query window (ms).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/deal/http/list-user-deals
        """
        return self._page(
            _ep.FUTURES_USER_DEALS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesUserDeal,
        )

    def iter_user_deals(
        self,
        *,
        market: str,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[FuturesUserDeal]:
        """Every item of :meth:`user_deals`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_USER_DEALS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            FuturesUserDeal,
        )

    def order_deals(
        self,
        *,
        market: str,
        order_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesUserDeal]:
        """List the trades of one futures order.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            order_id: Order id.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/deal/http/list-user-order-deals
        """
        return self._page(
            _ep.FUTURES_ORDER_DEALS,
            {
                "market": market,
                "market_type": market_type,
                "order_id": order_id,
                "page": page,
                "limit": limit,
            },
            FuturesUserDeal,
        )

    def iter_order_deals(
        self,
        *,
        market: str,
        order_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
        limit: int | None = None,
    ) -> Iterator[FuturesUserDeal]:
        """Every item of :meth:`order_deals`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_ORDER_DEALS,
            {"market": market, "market_type": market_type, "order_id": order_id, "limit": limit},
            FuturesUserDeal,
        )


class AsyncFuturesTradingMethods(AsyncResource):
    """The methods of ``acx.futures`` from spec/rest/futures_trading.yaml."""

    async def place_order(
        self,
        *,
        market: str,
        side: Literal["buy", "sell"] | OrderSide,
        type: Literal["limit", "market", "maker_only", "ioc", "fok"] | OrderType,
        amount: Decimal | str | int,
        market_type: Literal["FUTURES"] = "FUTURES",
        price: Decimal | str | int | None = None,
        client_id: str | None = None,
        is_hide: bool | None = None,
        stp_mode: Literal["ct", "cm", "both"] | StpMode | None = None,
    ) -> FuturesOrder:
        """Place a futures order.

        Under heavy server load CoinEx rejects new orders with 3008 while still serving cancels
        first.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            side: Order side.
            type: Order type: limit, market, maker_only (post-only), ioc or fok.
            amount: Order amount.
            price: Order price; required for limit, maker_only, ioc and fok orders, ignored for
                market.
            client_id: Client-defined order id: letters, digits, - and _ only, shorter than 32
                bytes. CoinEx echoes it in order responses; it can also be used to cancel.
            is_hide: Hide the order from the public depth (it still shows in your own depth).
                Default false.
            stp_mode: Self-trade prevention: ct cancels the remaining taker, cm the maker, both
                cancels both. Not effective during the call auction.

        Signed: yes. Rate limit: futures_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/put-order
        """
        return await self._call(
            _ep.FUTURES_PLACE_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "type": type,
                "amount": amount,
                "price": price,
                "client_id": client_id,
                "is_hide": is_hide,
                "stp_mode": stp_mode,
            },
            FuturesOrder,
        )

    async def place_stop_order(
        self,
        *,
        market: str,
        side: Literal["buy", "sell"] | OrderSide,
        type: Literal["limit", "market", "maker_only", "ioc", "fok"] | OrderType,
        amount: Decimal | str | int,
        trigger_price_type: Literal["latest_price", "mark_price", "index_price"] | PriceType,
        trigger_price: Decimal | str | int,
        market_type: Literal["FUTURES"] = "FUTURES",
        price: Decimal | str | int | None = None,
        client_id: str | None = None,
        is_hide: bool | None = None,
        stp_mode: Literal["ct", "cm", "both"] | StpMode | None = None,
    ) -> FuturesStopOrderId:
        """Place a futures stop order.

        The order is placed when the trigger price is reached; returns its stop_id.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            side: Order side.
            type: Order type: limit, market, maker_only (post-only), ioc or fok.
            amount: Order amount.
            price: Order price; required for limit, maker_only, ioc and fok orders, ignored for
                market.
            trigger_price_type: Price that triggers the stop order: latest_price, mark_price or
                index_price.
            trigger_price: Trigger price of the stop order.
            client_id: Client-defined order id: letters, digits, - and _ only, shorter than 32
                bytes. CoinEx echoes it in order responses; it can also be used to cancel.
            is_hide: Hide the order from the public depth (it still shows in your own depth).
                Default false.
            stp_mode: Self-trade prevention: ct cancels the remaining taker, cm the maker, both
                cancels both. Not effective during the call auction.

        Signed: yes. Rate limit: futures_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/put-stop-order
        """
        return await self._call(
            _ep.FUTURES_PLACE_STOP_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "type": type,
                "amount": amount,
                "price": price,
                "trigger_price_type": trigger_price_type,
                "trigger_price": trigger_price,
                "client_id": client_id,
                "is_hide": is_hide,
                "stp_mode": stp_mode,
            },
            FuturesStopOrderId,
        )

    async def place_orders(
        self,
        *,
        orders: Sequence[FuturesOrderRequest],
    ) -> list[BatchItem[FuturesOrder]]:
        """Place several futures orders.

        Each item succeeds or fails on its own (per-item code/message); the rate limit is
        charged per order.

        Args:
            orders: The orders to place (up to 100); each takes the place_order parameters.

        Signed: yes. Rate limit: futures_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/put-multi-order
        """
        return await self._call(
            _ep.FUTURES_PLACE_ORDERS, {"orders": orders}, list[BatchItem[FuturesOrder]]
        )

    async def place_stop_orders(
        self,
        *,
        orders: Sequence[FuturesStopOrderRequest],
    ) -> list[BatchItem[FuturesStopOrderId]]:
        """Place several futures stop orders.

        Each item succeeds or fails on its own; the rate limit is charged per order.

        Args:
            orders: The stop orders to place; each takes the place_stop_order parameters.

        Signed: yes. Rate limit: futures_order group.
        Exactly once: given no client_id, the SDK generates one. If the answer is lost,
        the order is looked up by client_id over the settle window and returned, or
        OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/put-multi-stop-order
        """
        return await self._call(
            _ep.FUTURES_PLACE_STOP_ORDERS, {"orders": orders}, list[BatchItem[FuturesStopOrderId]]
        )

    async def modify_order(
        self,
        *,
        market: str,
        order_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
        amount: Decimal | str | int | None = None,
        price: Decimal | str | int | None = None,
    ) -> FuturesOrder:
        """Modify a pending futures order.

        Modifies the order in place: the order_id stays the same.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            order_id: Order id.
            amount: New amount; must exceed the amount already filled. Pass amount, price or
                both.
            price: New price. Pass amount, price or both.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/edit-order
        """
        return await self._call(
            _ep.FUTURES_MODIFY_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "order_id": order_id,
                "amount": amount,
                "price": price,
            },
            FuturesOrder,
        )

    async def modify_stop_order(
        self,
        *,
        market: str,
        stop_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
        amount: Decimal | str | int | None = None,
        price: Decimal | str | int | None = None,
        trigger_price: Decimal | str | int | None = None,
    ) -> FuturesStopOrderId:
        """Modify a pending futures stop order.

        CoinEx cancels the old stop order and creates a new one: the returned stop_id replaces
        the old one, which becomes invalid.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            stop_id: Stop order id.
            amount: New amount; must exceed the amount already filled. Pass at least one of
                amount, price, trigger_price.
            price: New order price.
            trigger_price: New trigger price.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/edit-stop-order
        """
        return await self._call(
            _ep.FUTURES_MODIFY_STOP_ORDER,
            {
                "market": market,
                "market_type": market_type,
                "stop_id": stop_id,
                "amount": amount,
                "price": price,
                "trigger_price": trigger_price,
            },
            FuturesStopOrderId,
        )

    async def modify_orders(
        self,
        *,
        orders: Sequence[FuturesModifyOrderRequest],
    ) -> list[BatchItem[FuturesOrder]]:
        """Modify several pending futures orders.

        Each item succeeds or fails on its own; order ids stay the same.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Item parameters and the 100-item limit from
        the docs page (English, read up to the response table). The wrapper key orders is not
        visible in the stored copy: taken from feedex (PHP SDK) and the other batch endpoints.
        Not in CoinEx.Net. No example response found.

        Args:
            orders: The modifications (up to 100); each takes the modify_order parameters.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/edit-multi-order
        """
        return await self._call(
            _ep.FUTURES_MODIFY_ORDERS, {"orders": orders}, list[BatchItem[FuturesOrder]]
        )

    async def cancel_all_orders(
        self,
        *,
        market: str,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
    ) -> None:
        """Cancel all pending orders of a futures market.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            side: Only cancel this side; omit for both.

        Signed: yes. Rate limit: futures_batch_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/cancel-all-order
        """
        return await self._call_none(
            _ep.FUTURES_CANCEL_ALL_ORDERS,
            {"market": market, "market_type": market_type, "side": side},
        )

    async def cancel_order(
        self,
        *,
        market: str,
        order_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> FuturesOrder:
        """Cancel a futures order.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            order_id: Order id.

        Signed: yes. Rate limit: futures_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/cancel-order
        """
        return await self._call(
            _ep.FUTURES_CANCEL_ORDER,
            {"market": market, "market_type": market_type, "order_id": order_id},
            FuturesOrder,
        )

    async def cancel_stop_order(
        self,
        *,
        market: str,
        stop_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> FuturesStopOrder:
        """Cancel a futures stop order.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            stop_id: Stop order id.

        Signed: yes. Rate limit: futures_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/cancel-stop-order
        """
        return await self._call(
            _ep.FUTURES_CANCEL_STOP_ORDER,
            {"market": market, "market_type": market_type, "stop_id": stop_id},
            FuturesStopOrder,
        )

    async def cancel_orders(
        self,
        *,
        market: str,
        order_ids: Sequence[int],
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> list[BatchItem[FuturesOrder]]:
        """Cancel several futures orders by id.

        Each id succeeds or fails on its own; the rate limit is charged per id.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            order_ids: Ids of the orders to cancel.

        Signed: yes. Rate limit: futures_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/cancel-batch-order
        """
        return await self._call(
            _ep.FUTURES_CANCEL_ORDERS,
            {"market": market, "market_type": market_type, "order_ids": order_ids},
            list[BatchItem[FuturesOrder]],
        )

    async def cancel_stop_orders(
        self,
        *,
        market: str,
        stop_ids: Sequence[int],
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> list[BatchItem[FuturesStopOrder]]:
        """Cancel several futures stop orders by id.

        Each id succeeds or fails on its own; the rate limit is charged per id.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            stop_ids: Ids of the stop orders to cancel.

        Signed: yes. Rate limit: futures_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/cancel-batch-stop-order
        """
        return await self._call(
            _ep.FUTURES_CANCEL_STOP_ORDERS,
            {"market": market, "market_type": market_type, "stop_ids": stop_ids},
            list[BatchItem[FuturesStopOrder]],
        )

    async def cancel_order_by_client_id(
        self,
        *,
        client_id: str,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> list[BatchItem[FuturesOrder]]:
        """Cancel futures orders by client_id.

        Cancels every pending order with this client_id; one item per order.

        Args:
            market: Market name; omit to cancel matching orders in every market.
            market_type: Market type; futures functions accept only FUTURES.
            client_id: Client-defined id of the orders to cancel.

        Signed: yes. Rate limit: futures_batch_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/cancel-order-by-client-id
        """
        return await self._call(
            _ep.FUTURES_CANCEL_ORDER_BY_CLIENT_ID,
            {"market": market, "market_type": market_type, "client_id": client_id},
            list[BatchItem[FuturesOrder]],
        )

    async def cancel_stop_order_by_client_id(
        self,
        *,
        client_id: str,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> list[BatchItem[FuturesStopOrder]]:
        """Cancel futures stop orders by client_id.

        Cancels every pending stop order with this client_id; one item per order.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Docs page not read: parameters mirror
        cancel-order-by-client-id (market optional per those docs; CoinEx.Net makes it
        required).

        Args:
            market: Market name; omit to cancel matching stop orders in every market.
            market_type: Market type; futures functions accept only FUTURES.
            client_id: Client-defined id of the stop orders to cancel.

        Signed: yes. Rate limit: futures_batch_cancel group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/cancel-stop-order-by-client-id
        """
        return await self._call(
            _ep.FUTURES_CANCEL_STOP_ORDER_BY_CLIENT_ID,
            {"market": market, "market_type": market_type, "client_id": client_id},
            list[BatchItem[FuturesStopOrder]],
        )

    async def order_status(
        self,
        *,
        market: str,
        order_id: int,
    ) -> FuturesOrder:
        """Get one futures order.

        Orders canceled without any fill are not kept and cannot be queried.

        Args:
            market: Market name, e.g. BTCUSDT.
            order_id: Order id.

        Signed: yes. Rate limit: futures_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/get-order-status
        """
        return await self._call(
            _ep.FUTURES_ORDER_STATUS, {"market": market, "order_id": order_id}, FuturesOrder
        )

    async def batch_order_status(
        self,
        *,
        market: str,
        order_ids: Sequence[int],
    ) -> list[BatchItem[FuturesOrder]]:
        """Get several futures orders.

        One item (code, data, message) per requested id.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. No futures docs page found: parameters
        inferred from the spot batch-order-status docs (market, order_ids comma-separated) and
        ccxt/feedex listing the futures path; the 100-id limit is from a docs-derived TS SDK.
        Not in CoinEx.Net. No futures example response.

        Args:
            market: Market name, e.g. BTCUSDT.
            order_ids: Order ids (up to 100), sent comma-separated.

        Signed: yes. Rate limit: futures_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/get-multi-order-status
        """
        return await self._call(
            _ep.FUTURES_BATCH_ORDER_STATUS,
            {"market": market, "order_ids": order_ids},
            list[BatchItem[FuturesOrder]],
        )

    async def pending_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesOrder]:
        """List pending futures orders.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            side: Order side: buy or sell; omit for both.
            client_id: Only orders with this client id.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/list-pending-order
        """
        return await self._page(
            _ep.FUTURES_PENDING_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "page": page,
                "limit": limit,
            },
            FuturesOrder,
        )

    def iter_pending_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[FuturesOrder]:
        """Every item of :meth:`pending_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_PENDING_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "limit": limit,
            },
            FuturesOrder,
        )

    async def finished_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesOrder]:
        """List finished futures orders.

        Orders canceled without any fill are not kept and are not listed.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            side: Order side: buy or sell; omit for both.
            client_id: Only orders with this user-defined ID (not in the docs; CoinEx.Net sends
                it).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/list-finished-order
        """
        return await self._page(
            _ep.FUTURES_FINISHED_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "page": page,
                "limit": limit,
            },
            FuturesOrder,
        )

    def iter_finished_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[FuturesOrder]:
        """Every item of :meth:`finished_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_FINISHED_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "limit": limit,
            },
            FuturesOrder,
        )

    async def pending_stop_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesStopOrder]:
        """List pending futures stop orders.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            side: Order side: buy or sell; omit for both.
            client_id: Only stop orders with this client id.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/list-pending-stop-order
        """
        return await self._page(
            _ep.FUTURES_PENDING_STOP_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "page": page,
                "limit": limit,
            },
            FuturesStopOrder,
        )

    def iter_pending_stop_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        client_id: str | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[FuturesStopOrder]:
        """Every item of :meth:`pending_stop_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_PENDING_STOP_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "client_id": client_id,
                "limit": limit,
            },
            FuturesStopOrder,
        )

    async def finished_stop_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesStopOrder]:
        """List finished futures stop orders.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            side: Order side: buy or sell; omit for both.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/order/http/list-finished-stop-order
        """
        return await self._page(
            _ep.FUTURES_FINISHED_STOP_ORDERS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "page": page,
                "limit": limit,
            },
            FuturesStopOrder,
        )

    def iter_finished_stop_orders(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[FuturesStopOrder]:
        """Every item of :meth:`finished_stop_orders`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_FINISHED_STOP_ORDERS,
            {"market": market, "market_type": market_type, "side": side, "limit": limit},
            FuturesStopOrder,
        )

    async def user_deals(
        self,
        *,
        market: str,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesUserDeal]:
        """List the user's futures trades.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            side: Order side: buy or sell; omit for both.
            start_time: Start of the query window (ms).
            end_time: End of the query window (ms).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/deal/http/list-user-deals
        """
        return await self._page(
            _ep.FUTURES_USER_DEALS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesUserDeal,
        )

    def iter_user_deals(
        self,
        *,
        market: str,
        market_type: Literal["FUTURES"] = "FUTURES",
        side: Literal["buy", "sell"] | OrderSide | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[FuturesUserDeal]:
        """Every item of :meth:`user_deals`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_USER_DEALS,
            {
                "market": market,
                "market_type": market_type,
                "side": side,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            FuturesUserDeal,
        )

    async def order_deals(
        self,
        *,
        market: str,
        order_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesUserDeal]:
        """List the trades of one futures order.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            order_id: Order id.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/deal/http/list-user-order-deals
        """
        return await self._page(
            _ep.FUTURES_ORDER_DEALS,
            {
                "market": market,
                "market_type": market_type,
                "order_id": order_id,
                "page": page,
                "limit": limit,
            },
            FuturesUserDeal,
        )

    def iter_order_deals(
        self,
        *,
        market: str,
        order_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
        limit: int | None = None,
    ) -> AsyncIterator[FuturesUserDeal]:
        """Every item of :meth:`order_deals`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_ORDER_DEALS,
            {"market": market, "market_type": market_type, "order_id": order_id, "limit": limit},
            FuturesUserDeal,
        )
