"""Public market data derived from trades: last price, recent deals, 24h ticker and klines.

Everything here is computed from the deals the matching engine records (and, for futures mark and
index klines, from the price samples the market maker records), so tickers, klines and the deals
list always agree with each other and with the trades users made.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from decimal import Decimal

import attrs

from ._num import ZERO
from ._orders import PublicDeal

__all__ = ["KLINE_PERIODS", "Candle", "MarketData", "Ticker"]

KLINE_PERIODS: dict[str, int] = {
    "1min": 60,
    "3min": 180,
    "5min": 300,
    "15min": 900,
    "30min": 1800,
    "1hour": 3600,
    "2hour": 7200,
    "4hour": 14400,
    "6hour": 21600,
    "12hour": 43200,
    "1day": 86400,
    "3day": 259200,
    "1week": 604800,
}
"""CoinEx's kline ``period`` enum, in seconds."""

TICKER_PERIOD_S = 86400


@attrs.frozen
class Ticker:
    """24h statistics (``GET /v2/spot/ticker``): volumes in base, value in quote."""

    last: Decimal
    open: Decimal
    high: Decimal
    low: Decimal
    volume: Decimal
    value: Decimal
    volume_buy: Decimal
    volume_sell: Decimal


@attrs.frozen
class Candle:
    created_at: int
    open: Decimal
    close: Decimal
    high: Decimal
    low: Decimal
    volume: Decimal
    value: Decimal


class MarketData:
    """Trades and price samples of one market, kept in time order (bounded memory)."""

    __slots__ = ("deals", "last_price", "market", "samples")

    def __init__(self, market: str, initial_price: Decimal, *, max_deals: int = 20_000) -> None:
        self.market = market
        self.last_price = initial_price
        self.deals: deque[PublicDeal] = deque(maxlen=max_deals)
        self.samples: deque[tuple[int, Decimal]] = deque(maxlen=max_deals)
        """``(ms, price)`` index/mark samples (futures ``price_type`` klines)."""

    def record(self, deal: PublicDeal) -> None:
        self.deals.append(deal)
        self.last_price = deal.price

    def recent(self, limit: int, last_id: int = 0) -> list[PublicDeal]:
        """Newest first; with ``last_id`` only deals older than that id (CoinEx's cursor)."""
        result: list[PublicDeal] = []
        for deal in reversed(self.deals):
            if last_id and deal.deal_id >= last_id:
                continue
            result.append(deal)
            if len(result) >= limit:
                break
        return result

    def ticker(self, now_ms: int) -> Ticker:
        since = now_ms - TICKER_PERIOD_S * 1000
        window = [deal for deal in self.deals if deal.created_at > since]
        if not window:
            price = self.last_price
            return Ticker(price, price, price, price, ZERO, ZERO, ZERO, ZERO)
        prices = [deal.price for deal in window]
        return Ticker(
            last=self.last_price,
            open=window[0].price,
            high=max(prices),
            low=min(prices),
            volume=sum((deal.amount for deal in window), ZERO),
            value=sum((deal.amount * deal.price for deal in window), ZERO),
            volume_buy=sum((deal.amount for deal in window if deal.side == "buy"), ZERO),
            volume_sell=sum((deal.amount for deal in window if deal.side == "sell"), ZERO),
        )

    def klines(
        self,
        period: str,
        *,
        now_ms: int,
        limit: int,
        start_time: int | None = None,
        end_time: int | None = None,
        from_samples: bool = False,
    ) -> list[Candle]:
        """Candles oldest first, gaps after the first trade filled with the previous close.

        ``volume`` is the base amount and ``value`` the quote value, as the docs define them.
        """
        width = KLINE_PERIODS[period] * 1000
        end = now_ms if end_time is None else end_time
        last_bucket = end - end % width
        first_bucket = last_bucket - (limit - 1) * width
        if start_time is not None:
            first_bucket = max(first_bucket, start_time - start_time % width)
        points: Iterable[tuple[int, Decimal, Decimal]]
        if from_samples:
            points = ((ms, price, ZERO) for ms, price in self.samples)
        else:
            points = ((deal.created_at, deal.price, deal.amount) for deal in self.deals)
        previous_close: Decimal | None = None
        buckets: dict[int, list[tuple[Decimal, Decimal]]] = {}
        for ms, price, amount in points:
            if ms < first_bucket:
                previous_close = price
            elif ms < last_bucket + width:
                buckets.setdefault(ms - ms % width, []).append((price, amount))
        candles: list[Candle] = []
        for bucket in range(first_bucket, last_bucket + width, width):
            trades = buckets.get(bucket)
            if trades:
                prices = [price for price, _ in trades]
                candle = Candle(
                    created_at=bucket,
                    open=prices[0],
                    close=prices[-1],
                    high=max(prices),
                    low=min(prices),
                    volume=sum((amount for _, amount in trades), ZERO),
                    value=sum((amount * price for price, amount in trades), ZERO),
                )
            elif previous_close is not None:
                close = previous_close
                candle = Candle(bucket, close, close, close, close, ZERO, ZERO)
            else:
                continue
            candles.append(candle)
            previous_close = candle.close
        return candles
