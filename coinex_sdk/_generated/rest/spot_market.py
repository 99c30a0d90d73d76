# generated from spec/ by `python -m generator`; do not edit.
"""The ``cx.spot`` methods of spec/rest/spot_market.yaml.

``resources.spot`` composes them with the other files of the resource.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Literal

from ..._resource import AsyncResource, SyncResource
from ..endpoints import spot_market as _ep
from ..models.enums import KlinePeriod
from ..models.spot import SpotDeal, SpotDepth, SpotIndex, SpotKline, SpotMarket, SpotTicker

__all__ = ["AsyncSpotMarketMethods", "SpotMarketMethods"]


class SpotMarketMethods(SyncResource):
    """The methods of ``cx.spot`` from spec/rest/spot_market.yaml."""

    def market(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[SpotMarket]:
        """Get spot market status.

        Configuration of spot markets: fee rates, minimum amount, precisions, status and which
        features (AMM, margin, pre-market, API trading) are enabled.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/market/http/list-market
        """
        return self._call(_ep.SPOT_MARKET, {"market": market}, list[SpotMarket])

    def ticker(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[SpotTicker]:
        """Get spot market tickers.

        24h tickers (last, open, close, high, low, volumes) of spot markets.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/market/http/list-market-ticker
        """
        return self._call(_ep.SPOT_TICKER, {"market": market}, list[SpotTicker])

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
    ) -> SpotDepth:
        """Get the order book of a spot market.

        A full order book snapshot with `limit` levels per side, merged to `interval`, with a
        CRC32 checksum.

        Args:
            market: Market name, e.g. BTCUSDT.
            limit: Number of levels per side. One of 5, 10, 20, 50.
            interval: Price merge level; "0" for no merging.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/market/http/list-market-depth
        """
        return self._call(
            _ep.SPOT_DEPTH, {"market": market, "limit": limit, "interval": interval}, SpotDepth
        )

    def deals(
        self,
        *,
        market: str,
        limit: int | None = None,
        last_id: int | None = None,
    ) -> list[SpotDeal]:
        """Get recent public trades of a spot market.

        Latest public trades. Page backwards with `last_id` (the trade id to start from; 0 or
        omitted for the latest).

        Args:
            market: Market name, e.g. BTCUSDT.
            limit: Number of trades (default 100, at most 1000).
            last_id: Trade id to start from; 0 means the latest trade.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/market/http/list-market-deals
        """
        return self._call(
            _ep.SPOT_DEALS, {"market": market, "limit": limit, "last_id": last_id}, list[SpotDeal]
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
        price_type: Literal["latest_price", "index_price"] | None = None,
        limit: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
    ) -> list[SpotKline]:
        """Get candlesticks of a spot market.

        Candlesticks for a period. Note the volume/value swap in live responses (see SpotKline).

        Args:
            market: Market name, e.g. BTCUSDT.
            price_type: Price the candles are drawn from (default latest_price; spot has no
                mark_price).
            limit: Number of candles (default 100, at most 1000).
            period: Candle period.
            start_time: Start of the time window, ms (no time filter by default).
            end_time: End of the time window, ms (no time filter by default).

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/market/http/list-market-kline
        """
        return self._call(
            _ep.SPOT_KLINE,
            {
                "market": market,
                "price_type": price_type,
                "limit": limit,
                "period": period,
                "start_time": start_time,
                "end_time": end_time,
            },
            list[SpotKline],
        )

    def index(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[SpotIndex]:
        """Get spot market index prices.

        Index price of spot markets with the exchange prices it is made of.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/market/http/list-market-index
        """
        return self._call(_ep.SPOT_INDEX, {"market": market}, list[SpotIndex])


class AsyncSpotMarketMethods(AsyncResource):
    """The methods of ``acx.spot`` from spec/rest/spot_market.yaml."""

    async def market(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[SpotMarket]:
        """Get spot market status.

        Configuration of spot markets: fee rates, minimum amount, precisions, status and which
        features (AMM, margin, pre-market, API trading) are enabled.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/market/http/list-market
        """
        return await self._call(_ep.SPOT_MARKET, {"market": market}, list[SpotMarket])

    async def ticker(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[SpotTicker]:
        """Get spot market tickers.

        24h tickers (last, open, close, high, low, volumes) of spot markets.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/market/http/list-market-ticker
        """
        return await self._call(_ep.SPOT_TICKER, {"market": market}, list[SpotTicker])

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
    ) -> SpotDepth:
        """Get the order book of a spot market.

        A full order book snapshot with `limit` levels per side, merged to `interval`, with a
        CRC32 checksum.

        Args:
            market: Market name, e.g. BTCUSDT.
            limit: Number of levels per side. One of 5, 10, 20, 50.
            interval: Price merge level; "0" for no merging.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/market/http/list-market-depth
        """
        return await self._call(
            _ep.SPOT_DEPTH, {"market": market, "limit": limit, "interval": interval}, SpotDepth
        )

    async def deals(
        self,
        *,
        market: str,
        limit: int | None = None,
        last_id: int | None = None,
    ) -> list[SpotDeal]:
        """Get recent public trades of a spot market.

        Latest public trades. Page backwards with `last_id` (the trade id to start from; 0 or
        omitted for the latest).

        Args:
            market: Market name, e.g. BTCUSDT.
            limit: Number of trades (default 100, at most 1000).
            last_id: Trade id to start from; 0 means the latest trade.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/market/http/list-market-deals
        """
        return await self._call(
            _ep.SPOT_DEALS, {"market": market, "limit": limit, "last_id": last_id}, list[SpotDeal]
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
        price_type: Literal["latest_price", "index_price"] | None = None,
        limit: int | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
    ) -> list[SpotKline]:
        """Get candlesticks of a spot market.

        Candlesticks for a period. Note the volume/value swap in live responses (see SpotKline).

        Args:
            market: Market name, e.g. BTCUSDT.
            price_type: Price the candles are drawn from (default latest_price; spot has no
                mark_price).
            limit: Number of candles (default 100, at most 1000).
            period: Candle period.
            start_time: Start of the time window, ms (no time filter by default).
            end_time: End of the time window, ms (no time filter by default).

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/market/http/list-market-kline
        """
        return await self._call(
            _ep.SPOT_KLINE,
            {
                "market": market,
                "price_type": price_type,
                "limit": limit,
                "period": period,
                "start_time": start_time,
                "end_time": end_time,
            },
            list[SpotKline],
        )

    async def index(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> list[SpotIndex]:
        """Get spot market index prices.

        Index price of spot markets with the exchange prices it is made of.

        Args:
            market: Market names, at most 10; omit for all markets.

        Signed: no (public). Rate limit: ip group.
        CoinEx docs: https://docs.coinex.com/api/v2/spot/market/http/list-market-index
        """
        return await self._call(_ep.SPOT_INDEX, {"market": market}, list[SpotIndex])
