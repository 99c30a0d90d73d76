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


def _spot(
    base: str,
    quote: str,
    quote_ccy_precision: int,
    min_amount: str,
    initial_price: str,
    market_maker_amount: str,
    *,
    is_margin_available: bool = True,
) -> SpotMarket:
    """A default spot market ``<base><quote>`` (amounts have 8 decimals, as on CoinEx)."""
    return SpotMarket(
        base + quote,
        base,
        quote,
        8,
        quote_ccy_precision,
        min_amount,
        initial_price=initial_price,
        market_maker_amount=market_maker_amount,
        is_margin_available=is_margin_available,
    )


def _futures(
    contract_type: ContractType,
    base: str,
    quote: str,
    base_ccy_precision: int,
    quote_ccy_precision: int,
    tick_size: str,
    min_amount: str,
    initial_price: str,
    market_maker_amount: str,
) -> FuturesMarket:
    """A default perpetual ``<base><quote>`` whose index is the ``<base>USDT`` spot market."""
    return FuturesMarket(
        base + quote,
        contract_type,
        base,
        quote,
        base_ccy_precision,
        quote_ccy_precision,
        tick_size,
        min_amount,
        index_market=base + "USDT",
        initial_price=initial_price,
        market_maker_amount=market_maker_amount,
    )


DEFAULT_SPOT_MARKETS: tuple[SpotMarket, ...] = (
    #     base   quote   quote dp  min amount  price    maker amount
    _spot("BTC", "USDT", 2,        "0.0001",   "60000", "0.05"),
    _spot("ETH", "USDT", 2,        "0.005",    "3000",  "0.5"),
    _spot("ETH", "BTC",  6,        "0.005",    "0.05",  "0.5", is_margin_available=False),
)  # fmt: skip

DEFAULT_FUTURES_MARKETS: tuple[FuturesMarket, ...] = (
    #        contract   base   quote   amount dp  price dp  tick    min amount  price    maker amt
    _futures("linear",  "BTC", "USDT", 4,         2,        "0.1",  "0.0001",   "60000", "0.05"),
    _futures("linear",  "ETH", "USDT", 3,         2,        "0.01", "0.005",    "3000",  "0.5"),
    _futures("inverse", "BTC", "USD",  0,         1,        "0.5",  "1",        "60000", "2000"),
)  # fmt: skip
