# generated from spec/ by `python -m generator`; do not edit.
"""Market rules by kind of market (``cx.markets.spot(...)``), from the spec's ``x-market-rules``."""

from __future__ import annotations

from .._markets import AsyncMarketsBase, MarketRules, MarketSource, SyncMarketsBase
from . import endpoints as _ep
from .models.futures import FuturesMarket
from .models.spot import SpotMarket

__all__ = ["SOURCES", "AsyncMarkets", "Markets"]

SOURCES = {
    "futures": MarketSource(
        endpoint=_ep.FUTURES_MARKET,
        model=FuturesMarket,
        price_precision="quote_ccy_precision",
        amount_precision="base_ccy_precision",
        min_amount="min_amount",
        tick_size="tick_size",
        trading_enabled="is_market_available",
    ),
    "spot": MarketSource(
        endpoint=_ep.SPOT_MARKET,
        model=SpotMarket,
        price_precision="quote_ccy_precision",
        amount_precision="base_ccy_precision",
        min_amount="min_amount",
        trading_enabled="is_api_trading_available",
    ),
}
"""Which endpoint lists the markets of each kind, and which fields of its model hold the rules."""


class Markets(SyncMarketsBase):
    """Market rules (precision, minimum amount, tick size, open for trading) from a cache
    filled on first use, one call per kind of market; ``refresh()`` fetches again.

    Use as ``cx.markets``.
    """

    _sources = SOURCES

    def futures(self, market: str) -> MarketRules[FuturesMarket]:
        """The rules of futures market ``market`` (e.g. BTCUSDT), from
        ``futures.market()``; ``ValidationError`` when CoinEx has no such market."""
        return self._rules("futures", market)

    def spot(self, market: str) -> MarketRules[SpotMarket]:
        """The rules of spot market ``market`` (e.g. BTCUSDT), from
        ``spot.market()``; ``ValidationError`` when CoinEx has no such market."""
        return self._rules("spot", market)


class AsyncMarkets(AsyncMarketsBase):
    """Market rules (precision, minimum amount, tick size, open for trading) from a cache
    filled on first use, one call per kind of market; ``refresh()`` fetches again.

    Use as ``acx.markets`` (awaited).
    """

    _sources = SOURCES

    async def futures(self, market: str) -> MarketRules[FuturesMarket]:
        """The rules of futures market ``market`` (e.g. BTCUSDT), from
        ``futures.market()``; ``ValidationError`` when CoinEx has no such market."""
        return await self._rules("futures", market)

    async def spot(self, market: str) -> MarketRules[SpotMarket]:
        """The rules of spot market ``market`` (e.g. BTCUSDT), from
        ``spot.market()``; ``ValidationError`` when CoinEx has no such market."""
        return await self._rules("spot", market)
