# generated from spec/ by `python -m generator`; do not edit.
"""Futures.
Futures trading: orders, stop orders, trades and positions."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from ..._resource import AsyncResource, SyncResource
from ..._response import async_raw_method, raw_method
from ..._types import BatchItem, Page
from .. import endpoints as _ep
from ..models.enums import KlinePeriod, MarginMode, OrderSide, OrderType, PriceType, StpMode
from ..models.futures import (
    FuturesBasis,
    FuturesDeal,
    FuturesDepth,
    FuturesFundingRate,
    FuturesFundingRateHistory,
    FuturesIndex,
    FuturesKline,
    FuturesLiquidation,
    FuturesMarket,
    FuturesOrder,
    FuturesPosition,
    FuturesPositionAdl,
    FuturesPositionFunding,
    FuturesPositionLevels,
    FuturesPositionLeverage,
    FuturesPositionMarginChange,
    FuturesPositionSettlement,
    FuturesPremiumIndex,
    FuturesStopOrder,
    FuturesStopOrderId,
    FuturesTicker,
    FuturesUserDeal,
)

if TYPE_CHECKING:
    from ..params import FuturesModifyOrderRequest, FuturesOrderRequest, FuturesStopOrderRequest

__all__ = ["AsyncFutures", "AsyncFuturesWithRawResponse", "Futures", "FuturesWithRawResponse"]


class Futures(SyncResource):
    """Futures

    Use as ``cx.futures``.
    """

    @cached_property
    def with_raw_response(self) -> FuturesWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return FuturesWithRawResponse(self)

    def market(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[FuturesMarket]:
        """Get futures market status.

        Configuration of futures markets: contract type, fee rates, minimum amount, precisions,
        tick size, leverage choices, open interest and which features are enabled.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market
        """
        return self._call(_ep.FUTURES_MARKET, {"market": market}, list[FuturesMarket])

    def ticker(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[FuturesTicker]:
        """Get futures market tickers.

        24h tickers of futures markets, with index and mark prices.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-ticker
        """
        return self._call(_ep.FUTURES_TICKER, {"market": market}, list[FuturesTicker])

    def depth(
        self,
        *,
        market: str,
        limit: Literal[5, 10, 20, 50],
        interval: Literal[
            "0",
            "0.00000000001",
            "0.000000000001",
            "0.0000000001",
            "0.000000001",
            "0.00000001",
            "0.0000001",
            "0.000001",
            "0.00001",
            "0.0001",
            "0.001",
            "0.01",
            "0.1",
            "1",
            "10",
            "100",
            "1000",
        ],
    ) -> FuturesDepth:
        """Get the order book of a futures market.

        A full order book snapshot with `limit` levels per side, merged to `interval`, with a
        CRC32 checksum.

        Args:
            market: Market name, e.g. BTCUSDT.
            limit: Number of levels per side. One of 5, 10, 20, 50.
            interval: Price merge level; "0" for no merging.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-depth
        """
        return self._call(
            _ep.FUTURES_DEPTH,
            {"market": market, "limit": limit, "interval": interval},
            FuturesDepth,
        )

    def deals(
        self,
        *,
        market: str,
        limit: int | None = None,
        last_id: int | None = None,
    ) -> list[FuturesDeal]:
        """Get recent public trades of a futures market.

        Latest public trades. Page backwards with `last_id` (the trade id to start from; 0 or
        omitted for the latest).

        Args:
            market: Market name, e.g. BTCUSDT.
            limit: Number of trades (default 100, at most 1000).
            last_id: Trade id to start from; 0 means the latest trade.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-deals
        """
        return self._call(
            _ep.FUTURES_DEALS,
            {"market": market, "limit": limit, "last_id": last_id},
            list[FuturesDeal],
        )

    def kline(
        self,
        *,
        market: str,
        period: Literal[
            "1min",
            "3min",
            "5min",
            "15min",
            "30min",
            "1hour",
            "2hour",
            "4hour",
            "6hour",
            "12hour",
            "1day",
            "3day",
            "1week",
        ]
        | KlinePeriod,
        price_type: Literal["latest_price", "mark_price", "index_price"] | PriceType | None = None,
        limit: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
    ) -> list[FuturesKline]:
        """Get candlesticks of a futures market.

        Candlesticks for a period, drawn from the latest, mark or index price. Note the
        volume/value swap in live responses (see FuturesKline).

        Args:
            market: Market name, e.g. BTCUSDT.
            price_type: Price the candles are drawn from (default latest_price).
            limit: Number of candles (default 100, at most 1000).
            period: Candle period.
            start_time: Start of the time window, ms (no time filter by default).
            end_time: End of the time window, ms (no time filter by default).

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-kline
        """
        return self._call(
            _ep.FUTURES_KLINE,
            {
                "market": market,
                "price_type": price_type,
                "limit": limit,
                "period": period,
                "start_time": start_time,
                "end_time": end_time,
            },
            list[FuturesKline],
        )

    def index(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[FuturesIndex]:
        """Get futures market index prices.

        Index price of futures markets with the exchange prices it is made of.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-index
        """
        return self._call(_ep.FUTURES_INDEX, {"market": market}, list[FuturesIndex])

    def funding_rate(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[FuturesFundingRate]:
        """Get current funding rates.

        Current and predicted funding rate, its limits, the mark price and the funding times of
        futures markets.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-funding-rate
        """
        return self._call(_ep.FUTURES_FUNDING_RATE, {"market": market}, list[FuturesFundingRate])

    def funding_rate_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesFundingRateHistory]:
        """Get the funding rate history of a futures market.

        Past fundings (theoretical and actual rate), one page at a time.

        Args:
            market: Market name, e.g. BTCUSDT.
            start_time: Start of the time window, ms (no time filter by default).
            end_time: End of the time window, ms (no time filter by default).
            page: Page number (default 1).
            limit: Items per page (default 10).

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-funding-rate-history
        """
        return self._page(
            _ep.FUTURES_FUNDING_RATE_HISTORY,
            {
                "market": market,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesFundingRateHistory,
        )

    def iter_funding_rate_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[FuturesFundingRateHistory]:
        """Every item of :meth:`funding_rate_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_FUNDING_RATE_HISTORY,
            {"market": market, "start_time": start_time, "end_time": end_time, "limit": limit},
            FuturesFundingRateHistory,
        )

    def premium_index_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesPremiumIndex]:
        """Get the premium index history of a futures market.

        Premium index values. Without a time window the last 8 hours are returned; a window may
        span at most 1 day and reach back at most 30 days.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. The docs list page and limit params, but
        the docs response example has no pagination object and CoinEx.Net (like another client)
        decodes a plain list. Unverified whether live responses carry pagination; without it a
        page as long as the limit asked for reports has_next (so iter_premium_index_history
        walks on while pages are full), a shorter one is the last. Doc URL as used by CoinEx.Net
        (list-market-premium-history).

        Args:
            market: Market name, e.g. BTCUSDT.
            start_time: Start of the time window, ms (default the last 8 hours; window at most 1
                day, at most 30 days back).
            end_time: End of the time window, ms (default now).
            page: Page number (default 1).
            limit: Items per page (default 10).

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-premium-history
        """
        return self._page(
            _ep.FUTURES_PREMIUM_INDEX_HISTORY,
            {
                "market": market,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesPremiumIndex,
        )

    def iter_premium_index_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[FuturesPremiumIndex]:
        """Every item of :meth:`premium_index_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_PREMIUM_INDEX_HISTORY,
            {"market": market, "start_time": start_time, "end_time": end_time, "limit": limit},
            FuturesPremiumIndex,
        )

    def position_level(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[FuturesPositionLevels]:
        """Get position tiers of futures markets.

        Position tiers per market: for each position size limit, the maximum leverage and the
        maintenance and minimum initial margin rates.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-position-level
        """
        return self._call(
            _ep.FUTURES_POSITION_LEVEL, {"market": market}, list[FuturesPositionLevels]
        )

    def liquidation_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesLiquidation]:
        """Get the public liquidation history of a futures market.

        Liquidations in a market (side, liquidation and bankruptcy prices, amount), one page at
        a time.

        Args:
            market: Market name, e.g. BTCUSDT.
            start_time: Start of the time window, ms (no time filter by default).
            end_time: End of the time window, ms (no time filter by default).
            page: Page number (default 1).
            limit: Items per page (default 10).

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-liquidation-history
        """
        return self._page(
            _ep.FUTURES_LIQUIDATION_HISTORY,
            {
                "market": market,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesLiquidation,
        )

    def iter_liquidation_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[FuturesLiquidation]:
        """Every item of :meth:`liquidation_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_LIQUIDATION_HISTORY,
            {"market": market, "start_time": start_time, "end_time": end_time, "limit": limit},
            FuturesLiquidation,
        )

    def basis_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
    ) -> list[FuturesBasis]:
        """Get the basis rate history of a futures market.

        Basis rate values; without a time window the last 7 days are returned.

        Args:
            market: Market name, e.g. BTCUSDT.
            start_time: Start of the time window, ms (default the last 7 days).
            end_time: End of the time window, ms (default now).

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-basis-history
        """
        return self._call(
            _ep.FUTURES_BASIS_HISTORY,
            {"market": market, "start_time": start_time, "end_time": end_time},
            list[FuturesBasis],
        )

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


class FuturesWithRawResponse:
    """``cx.futures.with_raw_response``: the methods of
    :class:`Futures`, returning ``RawResponse``."""

    def __init__(self, resource: Futures) -> None:
        raw = Futures(resource._client, raw=True)
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


class AsyncFutures(AsyncResource):
    """Futures

    Use as ``acx.futures`` (awaited).
    """

    @cached_property
    def with_raw_response(self) -> AsyncFuturesWithRawResponse:
        """The same methods, returning CoinEx's HTTP answer (``RawResponse``: status, headers,
        elapsed time, bytes) with the typed result one ``parse()`` away."""
        return AsyncFuturesWithRawResponse(self)

    async def market(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[FuturesMarket]:
        """Get futures market status.

        Configuration of futures markets: contract type, fee rates, minimum amount, precisions,
        tick size, leverage choices, open interest and which features are enabled.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market
        """
        return await self._call(_ep.FUTURES_MARKET, {"market": market}, list[FuturesMarket])

    async def ticker(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[FuturesTicker]:
        """Get futures market tickers.

        24h tickers of futures markets, with index and mark prices.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-ticker
        """
        return await self._call(_ep.FUTURES_TICKER, {"market": market}, list[FuturesTicker])

    async def depth(
        self,
        *,
        market: str,
        limit: Literal[5, 10, 20, 50],
        interval: Literal[
            "0",
            "0.00000000001",
            "0.000000000001",
            "0.0000000001",
            "0.000000001",
            "0.00000001",
            "0.0000001",
            "0.000001",
            "0.00001",
            "0.0001",
            "0.001",
            "0.01",
            "0.1",
            "1",
            "10",
            "100",
            "1000",
        ],
    ) -> FuturesDepth:
        """Get the order book of a futures market.

        A full order book snapshot with `limit` levels per side, merged to `interval`, with a
        CRC32 checksum.

        Args:
            market: Market name, e.g. BTCUSDT.
            limit: Number of levels per side. One of 5, 10, 20, 50.
            interval: Price merge level; "0" for no merging.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-depth
        """
        return await self._call(
            _ep.FUTURES_DEPTH,
            {"market": market, "limit": limit, "interval": interval},
            FuturesDepth,
        )

    async def deals(
        self,
        *,
        market: str,
        limit: int | None = None,
        last_id: int | None = None,
    ) -> list[FuturesDeal]:
        """Get recent public trades of a futures market.

        Latest public trades. Page backwards with `last_id` (the trade id to start from; 0 or
        omitted for the latest).

        Args:
            market: Market name, e.g. BTCUSDT.
            limit: Number of trades (default 100, at most 1000).
            last_id: Trade id to start from; 0 means the latest trade.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-deals
        """
        return await self._call(
            _ep.FUTURES_DEALS,
            {"market": market, "limit": limit, "last_id": last_id},
            list[FuturesDeal],
        )

    async def kline(
        self,
        *,
        market: str,
        period: Literal[
            "1min",
            "3min",
            "5min",
            "15min",
            "30min",
            "1hour",
            "2hour",
            "4hour",
            "6hour",
            "12hour",
            "1day",
            "3day",
            "1week",
        ]
        | KlinePeriod,
        price_type: Literal["latest_price", "mark_price", "index_price"] | PriceType | None = None,
        limit: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
    ) -> list[FuturesKline]:
        """Get candlesticks of a futures market.

        Candlesticks for a period, drawn from the latest, mark or index price. Note the
        volume/value swap in live responses (see FuturesKline).

        Args:
            market: Market name, e.g. BTCUSDT.
            price_type: Price the candles are drawn from (default latest_price).
            limit: Number of candles (default 100, at most 1000).
            period: Candle period.
            start_time: Start of the time window, ms (no time filter by default).
            end_time: End of the time window, ms (no time filter by default).

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-kline
        """
        return await self._call(
            _ep.FUTURES_KLINE,
            {
                "market": market,
                "price_type": price_type,
                "limit": limit,
                "period": period,
                "start_time": start_time,
                "end_time": end_time,
            },
            list[FuturesKline],
        )

    async def index(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[FuturesIndex]:
        """Get futures market index prices.

        Index price of futures markets with the exchange prices it is made of.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-index
        """
        return await self._call(_ep.FUTURES_INDEX, {"market": market}, list[FuturesIndex])

    async def funding_rate(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[FuturesFundingRate]:
        """Get current funding rates.

        Current and predicted funding rate, its limits, the mark price and the funding times of
        futures markets.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-funding-rate
        """
        return await self._call(
            _ep.FUTURES_FUNDING_RATE, {"market": market}, list[FuturesFundingRate]
        )

    async def funding_rate_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesFundingRateHistory]:
        """Get the funding rate history of a futures market.

        Past fundings (theoretical and actual rate), one page at a time.

        Args:
            market: Market name, e.g. BTCUSDT.
            start_time: Start of the time window, ms (no time filter by default).
            end_time: End of the time window, ms (no time filter by default).
            page: Page number (default 1).
            limit: Items per page (default 10).

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-funding-rate-history
        """
        return await self._page(
            _ep.FUTURES_FUNDING_RATE_HISTORY,
            {
                "market": market,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesFundingRateHistory,
        )

    def iter_funding_rate_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[FuturesFundingRateHistory]:
        """Every item of :meth:`funding_rate_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_FUNDING_RATE_HISTORY,
            {"market": market, "start_time": start_time, "end_time": end_time, "limit": limit},
            FuturesFundingRateHistory,
        )

    async def premium_index_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesPremiumIndex]:
        """Get the premium index history of a futures market.

        Premium index values. Without a time window the last 8 hours are returned; a window may
        span at most 1 day and reach back at most 30 days.

        Unverified: CoinEx's documentation for this endpoint was not available when it was
        specified; parameters and fields may differ. The docs list page and limit params, but
        the docs response example has no pagination object and CoinEx.Net (like another client)
        decodes a plain list. Unverified whether live responses carry pagination; without it a
        page as long as the limit asked for reports has_next (so iter_premium_index_history
        walks on while pages are full), a shorter one is the last. Doc URL as used by CoinEx.Net
        (list-market-premium-history).

        Args:
            market: Market name, e.g. BTCUSDT.
            start_time: Start of the time window, ms (default the last 8 hours; window at most 1
                day, at most 30 days back).
            end_time: End of the time window, ms (default now).
            page: Page number (default 1).
            limit: Items per page (default 10).

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-premium-history
        """
        return await self._page(
            _ep.FUTURES_PREMIUM_INDEX_HISTORY,
            {
                "market": market,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesPremiumIndex,
        )

    def iter_premium_index_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[FuturesPremiumIndex]:
        """Every item of :meth:`premium_index_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_PREMIUM_INDEX_HISTORY,
            {"market": market, "start_time": start_time, "end_time": end_time, "limit": limit},
            FuturesPremiumIndex,
        )

    async def position_level(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[FuturesPositionLevels]:
        """Get position tiers of futures markets.

        Position tiers per market: for each position size limit, the maximum leverage and the
        maintenance and minimum initial margin rates.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-position-level
        """
        return await self._call(
            _ep.FUTURES_POSITION_LEVEL, {"market": market}, list[FuturesPositionLevels]
        )

    async def liquidation_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Page[FuturesLiquidation]:
        """Get the public liquidation history of a futures market.

        Liquidations in a market (side, liquidation and bankruptcy prices, amount), one page at
        a time.

        Args:
            market: Market name, e.g. BTCUSDT.
            start_time: Start of the time window, ms (no time filter by default).
            end_time: End of the time window, ms (no time filter by default).
            page: Page number (default 1).
            limit: Items per page (default 10).

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-liquidation-history
        """
        return await self._page(
            _ep.FUTURES_LIQUIDATION_HISTORY,
            {
                "market": market,
                "start_time": start_time,
                "end_time": end_time,
                "page": page,
                "limit": limit,
            },
            FuturesLiquidation,
        )

    def iter_liquidation_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[FuturesLiquidation]:
        """Every item of :meth:`liquidation_history`, page by page.

        Follows ``pagination.has_next`` and requests the next page when the items run out.
        """
        return self._iter(
            _ep.FUTURES_LIQUIDATION_HISTORY,
            {"market": market, "start_time": start_time, "end_time": end_time, "limit": limit},
            FuturesLiquidation,
        )

    async def basis_history(
        self,
        *,
        market: str,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
    ) -> list[FuturesBasis]:
        """Get the basis rate history of a futures market.

        Basis rate values; without a time window the last 7 days are returned.

        Args:
            market: Market name, e.g. BTCUSDT.
            start_time: Start of the time window, ms (default the last 7 days).
            end_time: End of the time window, ms (default now).

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/futures/market/http/list-market-basis-history
        """
        return await self._call(
            _ep.FUTURES_BASIS_HISTORY,
            {"market": market, "start_time": start_time, "end_time": end_time},
            list[FuturesBasis],
        )

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


class AsyncFuturesWithRawResponse:
    """``acx.futures.with_raw_response``: the methods of
    :class:`AsyncFutures`, returning ``RawResponse``."""

    def __init__(self, resource: AsyncFutures) -> None:
        raw = AsyncFutures(resource._client, raw=True)
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
