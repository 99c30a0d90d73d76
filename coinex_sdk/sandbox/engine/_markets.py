"""Market definitions: what can be traded in the sandbox and with which precision and fees.

The defaults mirror what ``GET /v2/spot/market`` and ``GET /v2/futures/market`` return for the
real markets (spec/examples/futures-market.json): BTCUSDT, ETHUSDT and ETHBTC spot with 8
base decimals and the quote precision CoinEx uses; BTCUSDT and ETHUSDT linear futures settled in
USDT, and BTCUSD inverse futures whose amount is counted in USD contracts and which are settled in
BTC. Configuration is a value: an ``ExchangeConfig`` holds tuples of these frozen classes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

import attrs

from ._num import step

__all__ = [
    "DEFAULT_FUTURES_MARKETS",
    "DEFAULT_SPOT_MARKETS",
    "ContractType",
    "FuturesMarket",
    "SpotMarket",
]

ContractType = Literal["linear", "inverse"]


def _decimal(value: Decimal | str | int) -> Decimal:
    if isinstance(value, float):  # a float already lost the digits CoinEx would have sent
        raise TypeError("use Decimal or str for amounts, never float")
    return Decimal(value)


@attrs.frozen
class SpotMarket:
    """One spot market (``GET /v2/spot/market`` item) plus the sandbox's starting price."""

    market: str
    base_ccy: str
    quote_ccy: str
    base_ccy_precision: int
    quote_ccy_precision: int
    min_amount: Decimal = attrs.field(converter=_decimal)
    maker_fee_rate: Decimal = attrs.field(converter=_decimal, default=Decimal("0.002"))
    taker_fee_rate: Decimal = attrs.field(converter=_decimal, default=Decimal("0.002"))
    initial_price: Decimal = attrs.field(converter=_decimal, default=Decimal(1))
    is_margin_available: bool = True
    is_amm_available: bool = True
    """Whether the market has an AMM liquidity pool (``_amm``)."""
    market_maker_amount: Decimal = attrs.field(converter=_decimal, default=Decimal(1))
    """Size of the simulated market maker's innermost quote, in base currency."""

    @property
    def amount_step(self) -> Decimal:
        return step(self.base_ccy_precision)

    @property
    def price_step(self) -> Decimal:
        return step(self.quote_ccy_precision)


@attrs.frozen
class FuturesMarket:
    """One perpetual futures market (``GET /v2/futures/market`` item).

    ``linear`` contracts count ``amount`` in the base currency and settle in the quote currency;
    ``inverse`` contracts count ``amount`` in quote-currency contracts (USD) and settle in the base
    currency, so a position's value is ``amount / price`` BTC.
    """

    market: str
    contract_type: ContractType
    base_ccy: str
    quote_ccy: str
    base_ccy_precision: int
    """Decimals of ``amount`` (contracts for inverse markets)."""
    quote_ccy_precision: int
    tick_size: Decimal = attrs.field(converter=_decimal)
    min_amount: Decimal = attrs.field(converter=_decimal)
    maker_fee_rate: Decimal = attrs.field(converter=_decimal, default=Decimal("0.0003"))
    taker_fee_rate: Decimal = attrs.field(converter=_decimal, default=Decimal("0.0005"))
    leverage: tuple[int, ...] = (1, 2, 3, 5, 8, 10, 15, 20, 30, 50, 100)
    maintenance_margin_rate: Decimal = attrs.field(converter=_decimal, default=Decimal("0.005"))
    index_market: str = ""
    """The spot market whose price is this market's index (and mark) price."""
    initial_price: Decimal = attrs.field(converter=_decimal, default=Decimal(1))
    market_maker_amount: Decimal = attrs.field(converter=_decimal, default=Decimal(1))
    settle_precision: int = 8
    """Decimals of the settlement currency used for margins and inverse contract values."""

    @property
    def settle_ccy(self) -> str:
        return self.quote_ccy if self.contract_type == "linear" else self.base_ccy

    @property
    def amount_step(self) -> Decimal:
        return step(self.base_ccy_precision)


DEFAULT_SPOT_MARKETS: tuple[SpotMarket, ...] = (
    SpotMarket(
        market="BTCUSDT",
        base_ccy="BTC",
        quote_ccy="USDT",
        base_ccy_precision=8,
        quote_ccy_precision=2,
        min_amount="0.0001",
        initial_price="60000",
        market_maker_amount="0.05",
    ),
    SpotMarket(
        market="ETHUSDT",
        base_ccy="ETH",
        quote_ccy="USDT",
        base_ccy_precision=8,
        quote_ccy_precision=2,
        min_amount="0.005",
        initial_price="3000",
        market_maker_amount="0.5",
    ),
    SpotMarket(
        market="ETHBTC",
        base_ccy="ETH",
        quote_ccy="BTC",
        base_ccy_precision=8,
        quote_ccy_precision=6,
        min_amount="0.005",
        initial_price="0.05",
        market_maker_amount="0.5",
        is_margin_available=False,
    ),
)

DEFAULT_FUTURES_MARKETS: tuple[FuturesMarket, ...] = (
    FuturesMarket(
        market="BTCUSDT",
        contract_type="linear",
        base_ccy="BTC",
        quote_ccy="USDT",
        base_ccy_precision=4,
        quote_ccy_precision=2,
        tick_size="0.1",
        min_amount="0.0001",
        index_market="BTCUSDT",
        initial_price="60000",
        market_maker_amount="0.05",
    ),
    FuturesMarket(
        market="ETHUSDT",
        contract_type="linear",
        base_ccy="ETH",
        quote_ccy="USDT",
        base_ccy_precision=3,
        quote_ccy_precision=2,
        tick_size="0.01",
        min_amount="0.005",
        index_market="ETHUSDT",
        initial_price="3000",
        market_maker_amount="0.5",
    ),
    FuturesMarket(
        market="BTCUSD",
        contract_type="inverse",
        base_ccy="BTC",
        quote_ccy="USD",
        base_ccy_precision=0,
        quote_ccy_precision=1,
        tick_size="0.5",
        min_amount="1",
        index_market="BTCUSDT",
        initial_price="60000",
        market_maker_amount="2000",
    ),
)
