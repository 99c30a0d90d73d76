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

__all__ = ["KLINE_PERIODS", "Candle", "MarketData", "PriceSample", "Ticker"]

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
class PriceSample:
    """The futures prices at one moment: mark, index and the latest trade price."""

    ms: int
    mark: Decimal
    index: Decimal
    last: Decimal


@attrs.frozen
class Candle:
    created_at: int
    open: Decimal
    close: Decimal
    high: Decimal
    low: Decimal
    volume: Decimal
    value: Decimal


class _Window:
    """The deals of the last 24 hours with running sums, so a ticker costs O(1) amortized.

    High and low come from monotonic deques (the classic sliding-window maximum): each deal is
    pushed and popped at most once, however many tickers the WebSocket layer renders.
    """

    __slots__ = ("deals", "highs", "lows", "value", "volume", "volume_buy", "volume_sell")

    def __init__(self) -> None:
        self.deals: deque[PublicDeal] = deque()
        self.highs: deque[PublicDeal] = deque()
        self.lows: deque[PublicDeal] = deque()
        self.volume = self.value = self.volume_buy = self.volume_sell = ZERO

    def push(self, deal: PublicDeal) -> None:
        self.deals.append(deal)
        self._count(deal, 1)
        while self.highs and self.highs[-1].price <= deal.price:
            self.highs.pop()
        self.highs.append(deal)
        while self.lows and self.lows[-1].price >= deal.price:
            self.lows.pop()
        self.lows.append(deal)

    def pop_oldest(self) -> None:
        deal = self.deals.popleft()
        self._count(deal, -1)
        if self.highs[0] is deal:
            self.highs.popleft()
        if self.lows[0] is deal:
            self.lows.popleft()

    def _count(self, deal: PublicDeal, sign: int) -> None:
        self.volume += sign * deal.amount
        self.value += sign * deal.amount * deal.price
        if deal.side == "buy":
            self.volume_buy += sign * deal.amount
        else:
            self.volume_sell += sign * deal.amount


class MarketData:
    """Trades and price samples of one market, kept in time order (bounded memory)."""

    __slots__ = ("_window", "deals", "last_price", "market", "max_deals", "samples")

    def __init__(self, market: str, initial_price: Decimal, *, max_deals: int = 20_000) -> None:
        self.market = market
        self.last_price = initial_price
        self.max_deals = max_deals
        self.deals: deque[PublicDeal] = deque(maxlen=max_deals)
        self.samples: deque[PriceSample] = deque(maxlen=max_deals)
        """The futures price path: a sample whenever the mark or index price is set (mark and
        index klines, premium and basis history)."""
        self._window = _Window()

    def sample(self, ms: int, mark: Decimal, index: Decimal) -> None:
        self.samples.append(PriceSample(ms, mark, index, self.last_price))

    def record(self, deal: PublicDeal) -> None:
        self.deals.append(deal)
        self.last_price = deal.price
        self._window.push(deal)
        if len(self._window.deals) > 10 * self.max_deals:
            self._window.pop_oldest()  # bounded memory; a busier day is summarized partly

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
        window = self._window
        since = now_ms - TICKER_PERIOD_S * 1000
        while window.deals and window.deals[0].created_at <= since:
            window.pop_oldest()
        if not window.deals:
            price = self.last_price
            return Ticker(price, price, price, price, ZERO, ZERO, ZERO, ZERO)
        return Ticker(
            last=self.last_price,
            open=window.deals[0].price,
            high=window.highs[0].price,
            low=window.lows[0].price,
            volume=window.volume,
            value=window.value,
            volume_buy=window.volume_buy,
            volume_sell=window.volume_sell,
        )

    def klines(
        self,
        period: str,
        *,
        end: int,
        limit: int,
        start_time: int | None = None,
        price_type: str = "latest_price",
    ) -> list[Candle]:
        """Candles oldest first, gaps after the first trade filled with the previous close: the
        ``limit`` periods up to the one holding ``end`` (ms), none before ``start_time``.

        ``volume`` is the base amount and ``value`` the quote value, as the docs define them;
        ``mark_price`` and ``index_price`` candles follow the price samples (no volume).
        """
        width = KLINE_PERIODS[period] * 1000
        last_bucket = end - end % width
        first_bucket = last_bucket - (limit - 1) * width
        if start_time is not None:
            first_bucket = max(first_bucket, start_time - start_time % width)
        points: Iterable[tuple[int, Decimal, Decimal]]
        if price_type == "mark_price":
            points = ((s.ms, s.mark, ZERO) for s in self.samples)
        elif price_type == "index_price":
            points = ((s.ms, s.index, ZERO) for s in self.samples)
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
