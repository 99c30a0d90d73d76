# generated from spec/ by `python -m generator`; do not edit.
"""The ``cx.futures`` methods of spec/rest/futures_market.yaml.

``resources.futures`` composes them with the other files of the resource.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import Literal

from ..._resource import AsyncResource, SyncResource
from ..._types import Page
from ..endpoints import futures_market as _ep
from ..models.enums import KlinePeriod, PriceType
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
    FuturesPositionLevels,
    FuturesPremiumIndex,
    FuturesTicker,
)

__all__ = ["AsyncFuturesMarketMethods", "FuturesMarketMethods"]


class FuturesMarketMethods(SyncResource):
    """The methods of ``cx.futures`` from spec/rest/futures_market.yaml."""

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


class AsyncFuturesMarketMethods(AsyncResource):
    """The methods of ``acx.futures`` from spec/rest/futures_market.yaml."""

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
