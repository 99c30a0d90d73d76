"""Futures positions and the contract arithmetic behind them.

CoinEx futures use one-way positions: one ``long`` or ``short`` position per market and account;
a buy first reduces a short, and only the rest opens (or grows) a long.

A position keeps ``basis``, the settlement-currency value paid to open what is still open, rather
than an average price: reducing by part of the amount removes exactly the matching part of the
basis, so realized PnL plus what remains unrealized always adds up to what was paid and received,
to the last digit. Values by contract type:

* linear (BTCUSDT, settled in USDT): ``value = amount * price``; a long gains ``value - basis``.
* inverse (BTCUSD, amount in USD contracts, settled in BTC): ``value = amount / price``; a long
  gains ``basis - value`` (the BTC it takes to buy the contracts back falls as the price rises).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, TypedDict

import attrs

from ._accounts import MarginMode
from ._markets import FuturesMarket
from ._num import ZERO, div
from ._orders import TriggerPriceType

__all__ = [
    "MarginChange",
    "Position",
    "PositionKey",
    "PositionSide",
    "TpSl",
    "TpSlKind",
    "contract_value",
    "initial_margin",
    "pnl",
]

PositionSide = Literal["long", "short"]
TpSlKind = Literal["take_profit", "stop_loss"]


class PositionKey(TypedDict):
    """The fields every record of a position's history takes from the position: whose it is,
    which one, and its market (``Position.key``)."""

    user_id: int
    position_id: int
    market: str


@attrs.frozen
class MarginChange:
    """One margin adjustment of a position (``GET /v2/futures/position-margin-history``),
    with the position's figures right after it."""

    user_id: int
    position_id: int
    market: str
    margin_mode: str
    leverage: int
    liq_price: Decimal
    bkr_price: Decimal
    settle_price: Decimal
    open_interest: Decimal
    margin_avbl: Decimal
    margin_change: Decimal
    created_at: int


@attrs.define(eq=False)
class TpSl:
    """A take-profit or stop-loss attached to a position: when the ``price_type`` price
    reaches ``price``, a market order closes ``amount`` (None: the whole position)."""

    id: int
    kind: TpSlKind
    price: Decimal
    price_type: TriggerPriceType
    amount: Decimal | None
    created_at: int

    @property
    def is_all(self) -> bool:
        return self.amount is None

    def reached(self, side: PositionSide, current: Decimal) -> bool:
        """Whether ``current`` has reached the trigger (a long takes profit above, stops
        its loss below; a short the other way round)."""
        above = (side == "long") == (self.kind == "take_profit")
        return current >= self.price if above else current <= self.price


def contract_value(market: FuturesMarket, amount: Decimal, price: Decimal) -> Decimal:
    """Settlement-currency value of ``amount`` contracts at ``price``."""
    if market.contract_type == "linear":
        return amount * price
    return div(amount, price, market.settle_precision)


def pnl(market: FuturesMarket, side: PositionSide, basis: Decimal, value: Decimal) -> Decimal:
    """Profit of closing a position bought for ``basis`` at current ``value``."""
    gain = value - basis if market.contract_type == "linear" else basis - value
    return gain if side == "long" else -gain


def initial_margin(market: FuturesMarket, value: Decimal, leverage: int) -> Decimal:
    return div(value, Decimal(leverage), market.settle_precision, up=True)


@attrs.define(eq=False)
class Position:
    position_id: int
    user_id: int
    market: str
    side: PositionSide
    margin_mode: MarginMode
    leverage: int
    created_at: int
    updated_at: int
    amount: Decimal = ZERO
    basis: Decimal = ZERO
    margin: Decimal = ZERO
    realized_pnl: Decimal = ZERO
    """Closing PnL minus fees, as CoinEx reports it (a fresh position shows ``-fee``)."""
    ath_position_amount: Decimal = ZERO
    ath_margin_size: Decimal = ZERO
    cml_position_value: Decimal = ZERO
    max_position_value: Decimal = ZERO
    first_filled_price: Decimal = ZERO
    latest_filled_price: Decimal = ZERO
    finished_type: str = ""
    take_profits: list[TpSl] = attrs.field(factory=list)
    stop_losses: list[TpSl] = attrs.field(factory=list)
    closing_reason: str = ""
    """Set while an automatic close runs (take_profit, stop_loss, liq): the finished_type."""
    funding_paid: Decimal = ZERO
    """Funding fees paid (+) or received (-) over the position's life."""

    @property
    def key(self) -> PositionKey:
        return PositionKey(user_id=self.user_id, position_id=self.position_id, market=self.market)

    def tpsl(self, kind: TpSlKind) -> list[TpSl]:
        return self.take_profits if kind == "take_profit" else self.stop_losses

    def increase(self, amount: Decimal, price: Decimal, value: Decimal, margin: Decimal) -> None:
        if self.amount == 0:
            self.first_filled_price = price
        self.amount += amount
        self.basis += value
        self.margin += margin
        self.latest_filled_price = price
        self.cml_position_value += value
        self.ath_position_amount = max(self.ath_position_amount, self.amount)
        self.ath_margin_size = max(self.ath_margin_size, self.margin)
        self.max_position_value = max(self.max_position_value, self.basis)

    def reduce(
        self, market: FuturesMarket, amount: Decimal, price: Decimal
    ) -> tuple[Decimal, Decimal]:
        """Close ``amount`` at ``price``; returns ``(margin_released, realized_pnl)``."""
        if amount == self.amount:
            basis_removed, margin_released = self.basis, self.margin
        else:
            places = market.settle_precision
            basis_removed = div(self.basis * amount, self.amount, places)
            margin_released = div(self.margin * amount, self.amount, places)
        realized = pnl(market, self.side, basis_removed, contract_value(market, amount, price))
        self.amount -= amount
        self.basis -= basis_removed
        self.margin -= margin_released
        self.latest_filled_price = price
        return margin_released, realized

    def avg_entry_price(self, market: FuturesMarket) -> Decimal:
        if self.amount == 0 or self.basis == 0:
            return ZERO
        if market.contract_type == "linear":
            return div(self.basis, self.amount, market.quote_ccy_precision + 6)
        return div(self.amount, self.basis, market.quote_ccy_precision + 6)

    def value_at(self, market: FuturesMarket, price: Decimal) -> Decimal:
        return contract_value(market, self.amount, price)

    def unrealized_pnl(self, market: FuturesMarket, mark_price: Decimal) -> Decimal:
        return pnl(market, self.side, self.basis, self.value_at(market, mark_price))

    def bankruptcy_price(self, market: FuturesMarket, rate: Decimal = ZERO) -> Decimal:
        """Mark price at which margin minus loss equals ``rate`` x value (0 = bankruptcy).

        With ``rate`` = the maintenance margin rate this is the liquidation price; it matches the
        CoinEx sample (margin 3.034928, value 6.104784, 0.0001 BTC, rate 0.005 -> 30852.82...).
        """
        if self.amount == 0:
            return ZERO
        one = Decimal(1)
        places = 20
        if market.contract_type == "linear":
            if self.side == "long":
                price = div(self.basis - self.margin, self.amount * (one - rate), places)
            else:
                price = div(self.basis + self.margin, self.amount * (one + rate), places)
        elif self.side == "long":
            price = div(self.amount * (one + rate), self.margin + self.basis, places)
        elif self.basis > self.margin:
            price = div(self.amount * (one - rate), self.basis - self.margin, places)
        else:
            price = ZERO
        return max(price, ZERO)
