"""A simulated market maker, so the sandbox has a book to trade against and prices that move.

Each ``tick`` moves a fair price per spot market by a seeded random walk (whole basis points, no
floats), cancels the maker's quotes and posts a ladder of bids and asks around the new price, then
with some probability sends a small IOC order into its own ladder so that deals, tickers and
klines keep moving. Futures markets quote around their index price, which is the fair price of
their ``index_market``. The mark price carries a small premium over the index (a mean-reverting
walk of whole basis points, at most ``max_premium_bps``, drawn from its own seeded generator so
the spot walk is the same with or without it): funding follows that premium (``_funding``).

The market maker is an ordinary account (``market-maker``) with large balances and zero fees: its
quotes trade with users' orders like anyone's, and a fresh quote that crosses a user's resting
order fills it, which is how limit orders get filled as the price moves. Because it is a real
account, no money is created or lost by the simulation. Same seed, same ticks, same market.
"""

from __future__ import annotations

import contextlib
import random
from decimal import ROUND_DOWN, Decimal
from typing import Any

import attrs

from ._accounts import Account, AccountSpec
from ._errors import SandboxApiError
from ._futures import FuturesEngine
from ._num import ceil_to_step, floor_to_step
from ._spot import SpotEngine
from ._state import ExchangeState, operation

__all__ = ["MARKET_MAKER_SPEC", "MarketMaker", "MarketMakerConfig"]

MARKET_MAKER_SPEC = AccountSpec(
    name="market-maker",
    access_id="sandbox-market-maker",
    secret_key="sandbox-market-maker-secret",
    spot={"BTC": "1000", "ETH": "20000", "USDT": "100000000"},
    futures={"USDT": "100000000", "BTC": "1000"},
    maker_fee_rate="0",
    taker_fee_rate="0",
)


@attrs.frozen
class MarketMakerConfig:
    levels: int = 5
    """Quotes per side."""
    spread_bps: int = 5
    """Distance of the best bid and ask from the fair price, in basis points."""
    level_step_bps: int = 5
    """Distance between consecutive levels."""
    volatility_bps: int = 20
    """Largest random-walk step per tick."""
    trade_percent: int = 60
    """Chance per market and tick that the maker trades against its own book."""
    leverage: int = 100
    max_premium_bps: int = 8
    """Largest premium (or discount) of the mark price over the index, in basis points."""
    account: AccountSpec = MARKET_MAKER_SPEC


class MarketMaker:
    def __init__(
        self,
        state: ExchangeState,
        spot: SpotEngine,
        futures: FuturesEngine,
        account: Account,
        config: MarketMakerConfig,
        seed: int,
    ) -> None:
        self.state = state
        self.spot = spot
        self.futures = futures
        self.account = account
        self.config = config
        self.rng = random.Random(seed)
        self.premium_rng = random.Random(seed + 1)
        self.premium_bps: dict[str, int] = dict.fromkeys(state.futures.markets, 0)
        """The mark price's premium over the index per futures market (changes on ticks)."""
        self.fair: dict[str, Decimal] = {
            name: market.initial_price for name, market in state.spot.markets.items()
        }
        for name, market in state.futures.markets.items():
            leverage = max(lev for lev in market.leverage if lev <= config.leverage)
            futures.settings(account, name).leverage = leverage

    @operation
    def set_fair_price(self, market: str, price: Decimal) -> None:
        """Admin: jump a spot market's fair price (and the index of futures that follow it)."""
        self.fair[market] = price
        self._requote_market(market)

    @operation
    def quote_all(self) -> None:
        for market in self.state.spot.markets:
            self._quote_spot(market)
        for market in self.state.futures.markets:
            self._quote_futures(market)

    @operation
    def tick(self) -> None:
        """One step of the simulation: walk, requote, maybe trade."""
        for market, spec in self.state.spot.markets.items():
            step = self.rng.randint(-self.config.volatility_bps, self.config.volatility_bps)
            moved = self.fair[market] * (10_000 + step) / 10_000
            self.fair[market] = max(floor_to_step(moved, spec.price_step), spec.price_step)
        for market in self.state.spot.markets:
            self._quote_spot(market)
            self._noise_trade(self.spot, market, market_type="SPOT")
        limit = self.config.max_premium_bps
        for market, premium in self.premium_bps.items():  # mean-reverting, within the limit
            toward_zero = (premium > 0) - (premium < 0)
            walked = premium - toward_zero + self.premium_rng.randint(-2, 2)
            self.premium_bps[market] = max(-limit, min(limit, walked))
        for market in self.state.futures.markets:
            self._quote_futures(market)
            self._noise_trade(self.futures, market)

    def _requote_market(self, spot_market: str) -> None:
        self._quote_spot(spot_market)
        for name, spec in self.state.futures.markets.items():
            if spec.index_market == spot_market:
                self._quote_futures(name)

    def _ladder(self, fair: Decimal, step: Decimal) -> list[tuple[Decimal, Decimal, int]]:
        """``(bid, ask, level)`` prices around ``fair`` rounded away from it to ``step``."""
        ladder = []
        for level in range(self.config.levels):
            bps = self.config.spread_bps + level * self.config.level_step_bps
            bid = floor_to_step(fair * (10_000 - bps) / 10_000, step)
            ask = ceil_to_step(fair * (10_000 + bps) / 10_000, step)
            if bid > 0:
                ladder.append((bid, ask, level))
        return ladder

    def _quote_spot(self, market: str) -> None:
        spec = self.state.spot.markets[market]
        self._quote(self.spot, market, self.fair[market], spec.price_step, market_type="SPOT")

    def index_price(self, futures_market: str) -> Decimal:
        spec = self.state.futures.markets[futures_market]
        fair = self.fair.get(spec.index_market, self.state.mark_prices[futures_market])
        return floor_to_step(fair, spec.tick_size)

    def _quote_futures(self, market: str) -> None:
        spec = self.state.futures.markets[market]
        index = self.index_price(market)
        premium = self.premium_bps.get(market, 0)
        mark = floor_to_step(index * (10_000 + premium) / 10_000, spec.tick_size)
        self.state.mark_prices[market] = mark
        self.state.index_prices[market] = index
        self.state.futures.data[market].sample(self.state.now_ms(), mark, index)
        self._quote(self.futures, market, index, spec.tick_size)

    def _quote(
        self,
        engine: SpotEngine | FuturesEngine,
        market: str,
        fair: Decimal,
        step: Decimal,
        **venue_fields: Any,
    ) -> None:
        """Replace the market maker's orders in ``market`` with a fresh ladder around ``fair``."""
        engine.cancel_all(self.account, market)
        spec = engine.market(market)
        for bid, ask, level in self._ladder(fair, step):
            amount = spec.market_maker_amount * (level + 1)
            for side, price in (("buy", bid), ("sell", ask)):
                self._try_place(engine, market, side, "limit", amount, price, venue_fields)

    def _noise_amount(self, base: Decimal, places: int) -> Decimal:
        fraction = Decimal(self.rng.randint(1, 9)) / 10
        return (base * fraction).quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)

    def _noise_trade(
        self, engine: SpotEngine | FuturesEngine, market: str, **venue_fields: Any
    ) -> None:
        """Maybe an immediate-or-cancel trade against the best level (spot or futures)."""
        if self.rng.randrange(100) >= self.config.trade_percent:
            return
        spec = engine.market(market)
        side = self.rng.choice(("buy", "sell"))
        best = engine.book(market).best("sell" if side == "buy" else "buy")
        amount = self._noise_amount(spec.market_maker_amount, spec.base_ccy_precision)
        if best is None or amount < spec.min_amount:
            return
        self._try_place(engine, market, side, "ioc", amount, best, venue_fields)

    def _try_place(
        self,
        engine: SpotEngine | FuturesEngine,
        market: str,
        side: str,
        type_: str,
        amount: Decimal,
        price: Decimal,
        venue_fields: dict[str, Any],
    ) -> None:
        """Place one of the market maker's orders; one CoinEx would refuse (out of inventory
        on this side, nothing left to take) is simply not placed: it quotes or trades less."""
        with contextlib.suppress(SandboxApiError):
            engine.place(
                self.account,
                market=market,
                side=side,
                type=type_,
                amount=amount,
                price=price,
                **venue_fields,
            )
