# generated from spec/ by `python -m generator`; do not edit.
"""The ``cx.futures`` methods of spec/rest/futures_position.yaml.

``resources.futures`` composes them with the other files of the resource.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from decimal import Decimal
from typing import Literal

from ..._resource import AsyncResource, SyncResource
from ..._types import Page
from ..endpoints import futures_position as _ep
from ..models.enums import MarginMode, OrderType, PriceType, StpMode
from ..models.futures import (
    FuturesOrder,
    FuturesPosition,
    FuturesPositionAdl,
    FuturesPositionFunding,
    FuturesPositionLeverage,
    FuturesPositionMarginChange,
    FuturesPositionSettlement,
)

__all__ = ["AsyncFuturesPositionMethods", "FuturesPositionMethods"]


class FuturesPositionMethods(SyncResource):
    """The methods of ``cx.futures`` from spec/rest/futures_position.yaml."""

    def close_position(
        self,
        *,
        market: str,
        type: Literal["limit", "market", "maker_only", "ioc", "fok"] | OrderType,
        market_type: Literal["FUTURES"] = "FUTURES",
        price: Decimal | str | int | None = None,
        amount: Decimal | str | int | None = None,
        client_id: str | None = None,
        is_hide: bool | None = None,
        stp_mode: Literal["ct", "cm", "both"] | StpMode | None = None,
    ) -> FuturesOrder:
        """Close a futures position.

        Places a closing order (limit or market) for all or part of the position.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            type: Order type of the closing order (limit or market; ccxt also documents
                maker_only, ioc, fok).
            price: Order price; required for a limit close.
            amount: Amount to close; omit to close the whole position.
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
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/close-position
        """
        return self._call(
            _ep.FUTURES_CLOSE_POSITION,
            {
                "market": market,
                "market_type": market_type,
                "type": type,
                "price": price,
                "amount": amount,
                "client_id": client_id,
                "is_hide": is_hide,
                "stp_mode": stp_mode,
            },
            FuturesOrder,
        )

    def adjust_position_margin(
        self,
        *,
        market: str,
        amount: Decimal | str | int,
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> FuturesPosition:
        """Add or remove margin of an isolated position.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            amount: Margin to add (positive) or remove (negative).

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/adjust-position-margin
        """
        return self._call(
            _ep.FUTURES_ADJUST_POSITION_MARGIN,
            {"market": market, "market_type": market_type, "amount": amount},
            FuturesPosition,
        )

    def adjust_position_leverage(
        self,
        *,
        market: str,
        margin_mode: Literal["isolated", "cross"] | MarginMode,
        leverage: int,
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> FuturesPositionLeverage:
        """Set the margin mode and leverage of a futures market.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            margin_mode: Margin mode: isolated or cross.
            leverage: Leverage, within the market's leverage options.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/adjust-position-leverage
        """
        return self._call(
            _ep.FUTURES_ADJUST_POSITION_LEVERAGE,
            {
                "market": market,
                "market_type": market_type,
                "margin_mode": margin_mode,
                "leverage": leverage,
            },
            FuturesPositionLeverage,
        )

    def set_position_stop_loss(
        self,
        *,
        market: str,
        stop_loss_type: Literal["latest_price", "mark_price", "index_price"] | PriceType,
        stop_loss_price: Decimal | str | int,
        market_type: Literal["FUTURES"] = "FUTURES",
        stop_loss_amount: Decimal | str | int | None = None,
    ) -> FuturesPosition:
        """Set a stop-loss on a futures position.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Docs page not read. market, market_type,
        stop_loss_type, stop_loss_price from ccxt and CoinEx.Net; stop_loss_amount (partial
        stop-loss) only from CoinEx.Net v11.3.0, consistent with the docs' modify-position-stop-
        loss page.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            stop_loss_type: Price that triggers the stop-loss: latest_price, mark_price or
                index_price.
            stop_loss_price: Stop-loss trigger price.
            stop_loss_amount: Amount to close when triggered (partial stop-loss); omit for the
                whole position.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/set-position-stop-loss
        """
        return self._call(
            _ep.FUTURES_SET_POSITION_STOP_LOSS,
            {
                "market": market,
                "market_type": market_type,
                "stop_loss_type": stop_loss_type,
                "stop_loss_price": stop_loss_price,
                "stop_loss_amount": stop_loss_amount,
            },
            FuturesPosition,
        )

    def set_position_take_profit(
        self,
        *,
        market: str,
        take_profit_type: Literal["latest_price", "mark_price", "index_price"] | PriceType,
        take_profit_price: Decimal | str | int,
        market_type: Literal["FUTURES"] = "FUTURES",
        take_profit_amount: Decimal | str | int | None = None,
    ) -> FuturesPosition:
        """Set a take-profit on a futures position.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Docs page not read. market, market_type,
        take_profit_type, take_profit_price from ccxt and CoinEx.Net; take_profit_amount only
        from CoinEx.Net v11.3.0, consistent with the docs' modify-position-take-profit page. The
        docs example (as copied by CoinEx.Net) carries spot fee fields in a position and was not
        used; the example is ccxt's real response.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            take_profit_type: Price that triggers the take-profit: latest_price, mark_price or
                index_price.
            take_profit_price: Take-profit trigger price.
            take_profit_amount: Amount to close when triggered (partial take-profit); omit for
                the whole position.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/set-position-take-profit
        """
        return self._call(
            _ep.FUTURES_SET_POSITION_TAKE_PROFIT,
            {
                "market": market,
                "market_type": market_type,
                "take_profit_type": take_profit_type,
                "take_profit_price": take_profit_price,
                "take_profit_amount": take_profit_amount,
            },
            FuturesPosition,
        )

    def modify_position_stop_loss(
        self,
        *,
        market: str,
        stop_loss_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
        stop_loss_type: Literal["latest_price", "mark_price", "index_price"]
        | PriceType
        | None = None,
        stop_loss_price: Decimal | str | int | None = None,
        stop_loss_amount: Decimal | str | int | None = None,
    ) -> FuturesPosition:
        """Modify a stop-loss order of a futures position.

        Pass at least one of stop_loss_type, stop_loss_price, stop_loss_amount.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            stop_loss_id: Id of the stop-loss order (see the position's stop_loss_list).
            stop_loss_type: Price that triggers the stop-loss: latest_price, mark_price or
                index_price.
            stop_loss_price: Stop-loss trigger price.
            stop_loss_amount: Amount to close when triggered (partial stop-loss); omit for the
                whole position.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/modify-position-stop-loss
        """
        return self._call(
            _ep.FUTURES_MODIFY_POSITION_STOP_LOSS,
            {
                "market": market,
                "market_type": market_type,
                "stop_loss_id": stop_loss_id,
                "stop_loss_type": stop_loss_type,
                "stop_loss_price": stop_loss_price,
                "stop_loss_amount": stop_loss_amount,
            },
            FuturesPosition,
        )

    def modify_position_take_profit(
        self,
        *,
        market: str,
        take_profit_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
        take_profit_type: Literal["latest_price", "mark_price", "index_price"]
        | PriceType
        | None = None,
        take_profit_price: Decimal | str | int | None = None,
        take_profit_amount: Decimal | str | int | None = None,
    ) -> FuturesPosition:
        """Modify a take-profit order of a futures position.

        Pass at least one of take_profit_type, take_profit_price, take_profit_amount.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            take_profit_id: Id of the take-profit order (see the position's take_profit_list).
            take_profit_type: Price that triggers the take-profit: latest_price, mark_price or
                index_price.
            take_profit_price: Take-profit trigger price.
            take_profit_amount: Amount to close when triggered (partial take-profit); omit for
                the whole position.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/modify-position-take-profit
        """
        return self._call(
            _ep.FUTURES_MODIFY_POSITION_TAKE_PROFIT,
            {
                "market": market,
                "market_type": market_type,
                "take_profit_id": take_profit_id,
                "take_profit_type": take_profit_type,
                "take_profit_price": take_profit_price,
                "take_profit_amount": take_profit_amount,
            },
            FuturesPosition,
        )

    def cancel_position_stop_loss(
        self,
        *,
        market: str,
        market_type: Literal["FUTURES"] = "FUTURES",
        stop_loss_id: int | None = None,
    ) -> FuturesPosition:
        """Cancel stop-loss orders of a futures position.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Docs page not read. market and market_type
        from ccxt and CoinEx.Net; the optional stop_loss_id only from CoinEx.Net v11.3.0. Rate-
        limit group per the docs table (place & edit & adjust position).

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            stop_loss_id: Id of the stop-loss order (see the position's stop_loss_list);
                optional (CoinEx.Net only, effect of omitting it not documented).

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/cancel-position-stop-loss
        """
        return self._call(
            _ep.FUTURES_CANCEL_POSITION_STOP_LOSS,
            {"market": market, "market_type": market_type, "stop_loss_id": stop_loss_id},
            FuturesPosition,
        )

    def cancel_position_take_profit(
        self,
        *,
        market: str,
        market_type: Literal["FUTURES"] = "FUTURES",
        take_profit_id: int | None = None,
    ) -> FuturesPosition:
        """Cancel take-profit orders of a futures position.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Docs page not read. market and market_type
        from ccxt and CoinEx.Net; the optional take_profit_id only from CoinEx.Net v11.3.0.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            take_profit_id: Id of the take-profit order (see the position's take_profit_list);
                optional (CoinEx.Net only, effect of omitting it not documented).

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/cancel-position-take-profit
        """
        return self._call(
            _ep.FUTURES_CANCEL_POSITION_TAKE_PROFIT,
            {"market": market, "market_type": market_type, "take_profit_id": take_profit_id},
            FuturesPosition,
        )

    def pending_positions(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesPosition]:
        """List current futures positions.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/list-pending-position
        """
        return self._page(
            _ep.FUTURES_PENDING_POSITIONS,
            {"market": market, "market_type": market_type, "page": page, "limit": limit},
            FuturesPosition,
        )

    def iter_pending_positions(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        limit: int | None = None,
    ) -> Iterator[FuturesPosition]:
        """Every item of :meth:`pending_positions`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_PENDING_POSITIONS,
            {"market": market, "market_type": market_type, "limit": limit},
            FuturesPosition,
        )

    def finished_positions(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesPosition]:
        """List closed futures positions.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            start_time: Start of the query window (ms).
            end_time: End of the query window (ms).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/list-finished-position
        """
        return self._page(
            _ep.FUTURES_FINISHED_POSITIONS,
            {
                "market": market,
                "market_type": market_type,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesPosition,
        )

    def iter_finished_positions(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[FuturesPosition]:
        """Every item of :meth:`finished_positions`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_FINISHED_POSITIONS,
            {
                "market": market,
                "market_type": market_type,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            FuturesPosition,
        )

    def position_margin_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        position_id: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesPositionMarginChange]:
        """List margin changes of futures positions.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            position_id: Position id; omit for all positions.
            start_time: Start of the query window (ms).
            end_time: End of the query window (ms).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/list-position-margin-history
        """
        return self._page(
            _ep.FUTURES_POSITION_MARGIN_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "position_id": position_id,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesPositionMarginChange,
        )

    def iter_position_margin_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        position_id: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[FuturesPositionMarginChange]:
        """Every item of :meth:`position_margin_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_POSITION_MARGIN_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "position_id": position_id,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            FuturesPositionMarginChange,
        )

    def position_funding_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesPositionFunding]:
        """List funding fees of futures positions.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            start_time: Start of the query window (ms).
            end_time: End of the query window (ms).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/list-position-funding-history
        """
        return self._page(
            _ep.FUTURES_POSITION_FUNDING_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesPositionFunding,
        )

    def iter_position_funding_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[FuturesPositionFunding]:
        """Every item of :meth:`position_funding_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_POSITION_FUNDING_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            FuturesPositionFunding,
        )

    def position_adl_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        position_id: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesPositionAdl]:
        """List auto-deleveraging fills of futures positions.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            position_id: Position id; omit for all positions.
            start_time: Start of the query window (ms).
            end_time: End of the query window (ms).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/list-positiing-adl-history
        """
        return self._page(
            _ep.FUTURES_POSITION_ADL_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "position_id": position_id,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesPositionAdl,
        )

    def iter_position_adl_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        position_id: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[FuturesPositionAdl]:
        """Every item of :meth:`position_adl_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_POSITION_ADL_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "position_id": position_id,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            FuturesPositionAdl,
        )

    def position_settle_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        position_id: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesPositionSettlement]:
        """List auto-settlements of futures positions.

        Auto-settlement moves unrealized PNL into the position margin, every 8 hours by default
        (dynamically 4 or 2 hours).

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            position_id: Position id; omit for all positions.
            start_time: Start of the query window (ms).
            end_time: End of the query window (ms).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/list-position-settle-history
        """
        return self._page(
            _ep.FUTURES_POSITION_SETTLE_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "position_id": position_id,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesPositionSettlement,
        )

    def iter_position_settle_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        position_id: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[FuturesPositionSettlement]:
        """Every item of :meth:`position_settle_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_POSITION_SETTLE_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "position_id": position_id,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            FuturesPositionSettlement,
        )


class AsyncFuturesPositionMethods(AsyncResource):
    """The methods of ``acx.futures`` from spec/rest/futures_position.yaml."""

    async def close_position(
        self,
        *,
        market: str,
        type: Literal["limit", "market", "maker_only", "ioc", "fok"] | OrderType,
        market_type: Literal["FUTURES"] = "FUTURES",
        price: Decimal | str | int | None = None,
        amount: Decimal | str | int | None = None,
        client_id: str | None = None,
        is_hide: bool | None = None,
        stp_mode: Literal["ct", "cm", "both"] | StpMode | None = None,
    ) -> FuturesOrder:
        """Close a futures position.

        Places a closing order (limit or market) for all or part of the position.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            type: Order type of the closing order (limit or market; ccxt also documents
                maker_only, ioc, fok).
            price: Order price; required for a limit close.
            amount: Amount to close; omit to close the whole position.
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
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/close-position
        """
        return await self._call(
            _ep.FUTURES_CLOSE_POSITION,
            {
                "market": market,
                "market_type": market_type,
                "type": type,
                "price": price,
                "amount": amount,
                "client_id": client_id,
                "is_hide": is_hide,
                "stp_mode": stp_mode,
            },
            FuturesOrder,
        )

    async def adjust_position_margin(
        self,
        *,
        market: str,
        amount: Decimal | str | int,
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> FuturesPosition:
        """Add or remove margin of an isolated position.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            amount: Margin to add (positive) or remove (negative).

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/adjust-position-margin
        """
        return await self._call(
            _ep.FUTURES_ADJUST_POSITION_MARGIN,
            {"market": market, "market_type": market_type, "amount": amount},
            FuturesPosition,
        )

    async def adjust_position_leverage(
        self,
        *,
        market: str,
        margin_mode: Literal["isolated", "cross"] | MarginMode,
        leverage: int,
        market_type: Literal["FUTURES"] = "FUTURES",
    ) -> FuturesPositionLeverage:
        """Set the margin mode and leverage of a futures market.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            margin_mode: Margin mode: isolated or cross.
            leverage: Leverage, within the market's leverage options.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/adjust-position-leverage
        """
        return await self._call(
            _ep.FUTURES_ADJUST_POSITION_LEVERAGE,
            {
                "market": market,
                "market_type": market_type,
                "margin_mode": margin_mode,
                "leverage": leverage,
            },
            FuturesPositionLeverage,
        )

    async def set_position_stop_loss(
        self,
        *,
        market: str,
        stop_loss_type: Literal["latest_price", "mark_price", "index_price"] | PriceType,
        stop_loss_price: Decimal | str | int,
        market_type: Literal["FUTURES"] = "FUTURES",
        stop_loss_amount: Decimal | str | int | None = None,
    ) -> FuturesPosition:
        """Set a stop-loss on a futures position.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Docs page not read. market, market_type,
        stop_loss_type, stop_loss_price from ccxt and CoinEx.Net; stop_loss_amount (partial
        stop-loss) only from CoinEx.Net v11.3.0, consistent with the docs' modify-position-stop-
        loss page.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            stop_loss_type: Price that triggers the stop-loss: latest_price, mark_price or
                index_price.
            stop_loss_price: Stop-loss trigger price.
            stop_loss_amount: Amount to close when triggered (partial stop-loss); omit for the
                whole position.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/set-position-stop-loss
        """
        return await self._call(
            _ep.FUTURES_SET_POSITION_STOP_LOSS,
            {
                "market": market,
                "market_type": market_type,
                "stop_loss_type": stop_loss_type,
                "stop_loss_price": stop_loss_price,
                "stop_loss_amount": stop_loss_amount,
            },
            FuturesPosition,
        )

    async def set_position_take_profit(
        self,
        *,
        market: str,
        take_profit_type: Literal["latest_price", "mark_price", "index_price"] | PriceType,
        take_profit_price: Decimal | str | int,
        market_type: Literal["FUTURES"] = "FUTURES",
        take_profit_amount: Decimal | str | int | None = None,
    ) -> FuturesPosition:
        """Set a take-profit on a futures position.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Docs page not read. market, market_type,
        take_profit_type, take_profit_price from ccxt and CoinEx.Net; take_profit_amount only
        from CoinEx.Net v11.3.0, consistent with the docs' modify-position-take-profit page. The
        docs example (as copied by CoinEx.Net) carries spot fee fields in a position and was not
        used; the example is ccxt's real response.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            take_profit_type: Price that triggers the take-profit: latest_price, mark_price or
                index_price.
            take_profit_price: Take-profit trigger price.
            take_profit_amount: Amount to close when triggered (partial take-profit); omit for
                the whole position.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/set-position-take-profit
        """
        return await self._call(
            _ep.FUTURES_SET_POSITION_TAKE_PROFIT,
            {
                "market": market,
                "market_type": market_type,
                "take_profit_type": take_profit_type,
                "take_profit_price": take_profit_price,
                "take_profit_amount": take_profit_amount,
            },
            FuturesPosition,
        )

    async def modify_position_stop_loss(
        self,
        *,
        market: str,
        stop_loss_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
        stop_loss_type: Literal["latest_price", "mark_price", "index_price"]
        | PriceType
        | None = None,
        stop_loss_price: Decimal | str | int | None = None,
        stop_loss_amount: Decimal | str | int | None = None,
    ) -> FuturesPosition:
        """Modify a stop-loss order of a futures position.

        Pass at least one of stop_loss_type, stop_loss_price, stop_loss_amount.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            stop_loss_id: Id of the stop-loss order (see the position's stop_loss_list).
            stop_loss_type: Price that triggers the stop-loss: latest_price, mark_price or
                index_price.
            stop_loss_price: Stop-loss trigger price.
            stop_loss_amount: Amount to close when triggered (partial stop-loss); omit for the
                whole position.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/modify-position-stop-loss
        """
        return await self._call(
            _ep.FUTURES_MODIFY_POSITION_STOP_LOSS,
            {
                "market": market,
                "market_type": market_type,
                "stop_loss_id": stop_loss_id,
                "stop_loss_type": stop_loss_type,
                "stop_loss_price": stop_loss_price,
                "stop_loss_amount": stop_loss_amount,
            },
            FuturesPosition,
        )

    async def modify_position_take_profit(
        self,
        *,
        market: str,
        take_profit_id: int,
        market_type: Literal["FUTURES"] = "FUTURES",
        take_profit_type: Literal["latest_price", "mark_price", "index_price"]
        | PriceType
        | None = None,
        take_profit_price: Decimal | str | int | None = None,
        take_profit_amount: Decimal | str | int | None = None,
    ) -> FuturesPosition:
        """Modify a take-profit order of a futures position.

        Pass at least one of take_profit_type, take_profit_price, take_profit_amount.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            take_profit_id: Id of the take-profit order (see the position's take_profit_list).
            take_profit_type: Price that triggers the take-profit: latest_price, mark_price or
                index_price.
            take_profit_price: Take-profit trigger price.
            take_profit_amount: Amount to close when triggered (partial take-profit); omit for
                the whole position.

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/modify-position-take-profit
        """
        return await self._call(
            _ep.FUTURES_MODIFY_POSITION_TAKE_PROFIT,
            {
                "market": market,
                "market_type": market_type,
                "take_profit_id": take_profit_id,
                "take_profit_type": take_profit_type,
                "take_profit_price": take_profit_price,
                "take_profit_amount": take_profit_amount,
            },
            FuturesPosition,
        )

    async def cancel_position_stop_loss(
        self,
        *,
        market: str,
        market_type: Literal["FUTURES"] = "FUTURES",
        stop_loss_id: int | None = None,
    ) -> FuturesPosition:
        """Cancel stop-loss orders of a futures position.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Docs page not read. market and market_type
        from ccxt and CoinEx.Net; the optional stop_loss_id only from CoinEx.Net v11.3.0. Rate-
        limit group per the docs table (place & edit & adjust position).

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            stop_loss_id: Id of the stop-loss order (see the position's stop_loss_list);
                optional (CoinEx.Net only, effect of omitting it not documented).

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/cancel-position-stop-loss
        """
        return await self._call(
            _ep.FUTURES_CANCEL_POSITION_STOP_LOSS,
            {"market": market, "market_type": market_type, "stop_loss_id": stop_loss_id},
            FuturesPosition,
        )

    async def cancel_position_take_profit(
        self,
        *,
        market: str,
        market_type: Literal["FUTURES"] = "FUTURES",
        take_profit_id: int | None = None,
    ) -> FuturesPosition:
        """Cancel take-profit orders of a futures position.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. Docs page not read. market and market_type
        from ccxt and CoinEx.Net; the optional take_profit_id only from CoinEx.Net v11.3.0.

        Args:
            market: Market name, e.g. BTCUSDT.
            market_type: Market type; futures functions accept only FUTURES.
            take_profit_id: Id of the take-profit order (see the position's take_profit_list);
                optional (CoinEx.Net only, effect of omitting it not documented).

        Signed: yes. Rate limit: futures_order group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/cancel-position-take-profit
        """
        return await self._call(
            _ep.FUTURES_CANCEL_POSITION_TAKE_PROFIT,
            {"market": market, "market_type": market_type, "take_profit_id": take_profit_id},
            FuturesPosition,
        )

    async def pending_positions(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesPosition]:
        """List current futures positions.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/list-pending-position
        """
        return await self._page(
            _ep.FUTURES_PENDING_POSITIONS,
            {"market": market, "market_type": market_type, "page": page, "limit": limit},
            FuturesPosition,
        )

    def iter_pending_positions(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        limit: int | None = None,
    ) -> AsyncIterator[FuturesPosition]:
        """Every item of :meth:`pending_positions`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_PENDING_POSITIONS,
            {"market": market, "market_type": market_type, "limit": limit},
            FuturesPosition,
        )

    async def finished_positions(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesPosition]:
        """List closed futures positions.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            start_time: Start of the query window (ms).
            end_time: End of the query window (ms).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_history group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/list-finished-position
        """
        return await self._page(
            _ep.FUTURES_FINISHED_POSITIONS,
            {
                "market": market,
                "market_type": market_type,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesPosition,
        )

    def iter_finished_positions(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[FuturesPosition]:
        """Every item of :meth:`finished_positions`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_FINISHED_POSITIONS,
            {
                "market": market,
                "market_type": market_type,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            FuturesPosition,
        )

    async def position_margin_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        position_id: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesPositionMarginChange]:
        """List margin changes of futures positions.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            position_id: Position id; omit for all positions.
            start_time: Start of the query window (ms).
            end_time: End of the query window (ms).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/list-position-margin-history
        """
        return await self._page(
            _ep.FUTURES_POSITION_MARGIN_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "position_id": position_id,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesPositionMarginChange,
        )

    def iter_position_margin_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        position_id: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[FuturesPositionMarginChange]:
        """Every item of :meth:`position_margin_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_POSITION_MARGIN_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "position_id": position_id,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            FuturesPositionMarginChange,
        )

    async def position_funding_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesPositionFunding]:
        """List funding fees of futures positions.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            start_time: Start of the query window (ms).
            end_time: End of the query window (ms).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/list-position-funding-history
        """
        return await self._page(
            _ep.FUTURES_POSITION_FUNDING_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesPositionFunding,
        )

    def iter_position_funding_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[FuturesPositionFunding]:
        """Every item of :meth:`position_funding_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_POSITION_FUNDING_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            FuturesPositionFunding,
        )

    async def position_adl_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        position_id: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesPositionAdl]:
        """List auto-deleveraging fills of futures positions.

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            position_id: Position id; omit for all positions.
            start_time: Start of the query window (ms).
            end_time: End of the query window (ms).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/list-positiing-adl-history
        """
        return await self._page(
            _ep.FUTURES_POSITION_ADL_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "position_id": position_id,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesPositionAdl,
        )

    def iter_position_adl_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        position_id: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[FuturesPositionAdl]:
        """Every item of :meth:`position_adl_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_POSITION_ADL_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "position_id": position_id,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            FuturesPositionAdl,
        )

    async def position_settle_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        position_id: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesPositionSettlement]:
        """List auto-settlements of futures positions.

        Auto-settlement moves unrealized PNL into the position margin, every 8 hours by default
        (dynamically 4 or 2 hours).

        Args:
            market: Market name, e.g. BTCUSDT; omit for all markets.
            market_type: Market type; futures functions accept only FUTURES.
            position_id: Position id; omit for all positions.
            start_time: Start of the query window (ms).
            end_time: End of the query window (ms).
            page: Page number, from 1 (default 1).
            limit: Items per page (default 10).

        Signed: yes. Rate limit: futures_account_query group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/position/http/list-position-settle-history
        """
        return await self._page(
            _ep.FUTURES_POSITION_SETTLE_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "position_id": position_id,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesPositionSettlement,
        )

    def iter_position_settle_history(
        self,
        *,
        market: str | None = None,
        market_type: Literal["FUTURES"] = "FUTURES",
        position_id: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[FuturesPositionSettlement]:
        """Every item of :meth:`position_settle_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_POSITION_SETTLE_HISTORY,
            {
                "market": market,
                "market_type": market_type,
                "position_id": position_id,
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
            },
            FuturesPositionSettlement,
        )
