# generated from spec/ by `python -m generator`; do not edit.
from __future__ import annotations

from decimal import Decimal
from typing import Any

from attrs import define, field

from coinex_sdk._types import Levels

from . import enums


@define(kw_only=True, frozen=True)
class SpotMarket:
    """Configuration and status of one spot market."""

    market: str
    """Market name, e.g. BTCUSDT."""
    maker_fee_rate: Decimal
    """Maker fee rate."""
    taker_fee_rate: Decimal
    """Taker fee rate."""
    min_amount: Decimal
    """Minimum order amount (base currency)."""
    base_ccy: str
    """Base currency."""
    quote_ccy: str
    """Quote currency."""
    base_ccy_precision: int
    """Decimal places of amounts (base currency)."""
    quote_ccy_precision: int
    """Decimal places of prices (quote currency)."""
    status: enums.MarketStatus
    """Market status."""
    delisted_at: int
    """Expected delisting time, ms (0 when none is scheduled)."""
    is_amm_available: bool
    """Whether AMM is enabled."""
    is_margin_available: bool
    """Whether margin trading is enabled."""
    is_api_trading_available: bool
    """Whether trading through the API is enabled."""
    is_pre_market_trading_available: bool | None = None
    """Whether pre-market trading is enabled (the name in the docs' field table and in live
    responses)."""
    is_pre_trading_available: bool | None = None
    """Name used for the pre-market flag in the docs' response example only (live responses and
    the docs' field table use is_pre_market_trading_available)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SpotTicker:
    """24h ticker of one spot market."""

    market: str
    """Market name."""
    last: Decimal
    """Latest price."""
    open: Decimal
    """Opening price of the period."""
    close: Decimal
    """Closing price of the period."""
    high: Decimal
    """Highest price of the period."""
    low: Decimal
    """Lowest price of the period."""
    volume: Decimal
    """Filled volume over the period (base currency)."""
    value: Decimal
    """Filled value over the period (quote currency)."""
    volume_sell: Decimal
    """Taker sell volume."""
    volume_buy: Decimal
    """Taker buy volume."""
    period: int
    """Period in seconds, always 86400 (the data covers one day)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SpotDepthBook:
    """Asks and bids as [price, size] pairs, plus the last price and a checksum."""

    asks: Levels
    """Sell side, best first: [price, size] pairs."""
    bids: Levels
    """Buy side, best first: [price, size] pairs."""
    last: Decimal
    """Latest price."""
    updated_at: int
    """Update time, ms."""
    checksum: int
    """CRC32 of "bid1_price:bid1_amount:bid2_price:...:ask1_price:ask1_amount:..." over the
    full book (the docs call it a signed 32-bit integer; examples show unsigned values)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SpotDeal:
    """One public trade of a spot market."""

    deal_id: int
    """Trade id."""
    created_at: int
    """Trade time, ms."""
    side: enums.OrderSide
    """Taker side."""
    price: Decimal
    """Filled price."""
    amount: Decimal
    """Filled amount."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SpotKline:
    """One candlestick of a spot market. Careful: in live responses `volume` and `value` appear
    swapped compared with the docs (ccxt's captured BTCUSDT candle has value = base amount,
    volume = quote amount); check which one you need."""

    market: str
    """Market name."""
    created_at: int
    """Open time of the candle, ms."""
    open: Decimal
    """Opening price."""
    close: Decimal
    """Closing price."""
    high: Decimal
    """Highest price."""
    low: Decimal
    """Lowest price."""
    volume: Decimal
    """Docs: filled volume (base currency). Live responses seen by ccxt carry the quote-
    currency value here (swapped with `value`)."""
    value: Decimal
    """Docs: filled value (quote currency). Live responses seen by ccxt carry the base-currency
    volume here (swapped with `volume`); ccxt uses this field as the candle volume."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SpotIndexSource:
    """One exchange price that makes up an index."""

    exchange: str
    """Exchange name (docs examples contain stray spaces)."""
    created_at: int
    """Collection time, ms."""
    index_weight: Decimal
    """Weight of this source in the index."""
    index_price: Decimal
    """Price from this source."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SpotOrder:
    """A spot or margin order. Real responses name the last-fill fields last_fill_amount and
    last_fill_price, while the docs tables and examples say last_filled_amount and
    last_filled_price; both spellings are modelled as optional."""

    order_id: int
    """Order ID (docs examples sometimes show it as a string)."""
    market: str
    """Market name, e.g. BTCUSDT."""
    market_type: enums.MarketType
    """SPOT or MARGIN."""
    ccy: str
    """Currency the amount is denominated in (base or quote currency for market orders)."""
    side: enums.OrderSide
    """Order side."""
    type: enums.OrderType
    """Order type."""
    amount: Decimal
    """Order amount."""
    price: Decimal
    """Order price; 0 for market orders."""
    unfilled_amount: Decimal
    """Amount not yet filled."""
    filled_amount: Decimal
    """Filled amount."""
    filled_value: Decimal
    """Filled value."""
    client_id: str
    """User-defined ID; empty string when none was given."""
    base_fee: Decimal
    """Fee charged in the base currency."""
    quote_fee: Decimal
    """Fee charged in the quote currency."""
    discount_fee: Decimal
    """Fee charged in the discount currency (CET)."""
    maker_fee_rate: Decimal
    """Maker fee rate."""
    taker_fee_rate: Decimal
    """Taker fee rate."""
    created_at: int
    """Creation time, ms."""
    updated_at: int
    """Last update time, ms (0 on some finished orders)."""
    last_fill_amount: Decimal | None = None
    """Amount of the last fill (the name real responses use; the docs say last_filled_amount)."""
    last_fill_price: Decimal | None = None
    """Price of the last fill (the name real responses use; the docs say last_filled_price)."""
    last_filled_amount: Decimal | None = None
    """Amount of the last fill (the name in the docs; real spot responses send
    last_fill_amount)."""
    last_filled_price: Decimal | None = None
    """Price of the last fill (the name in the docs; real spot responses send last_fill_price)."""
    status: enums.OrderStatus | None = None
    """Order status; sent by order-status, batch-order-status and modify-order."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SpotStopOrder:
    """A spot or margin stop (trigger) order."""

    stop_id: int
    """Stop order ID."""
    market: str
    """Market name, e.g. BTCUSDT."""
    market_type: enums.MarketType
    """SPOT or MARGIN."""
    ccy: str
    """Currency the amount is denominated in."""
    side: enums.OrderSide
    """Order side."""
    type: enums.OrderType
    """Type of the order placed when triggered."""
    amount: Decimal
    """Order amount."""
    price: Decimal
    """Order price; 0 for market orders."""
    trigger_price: Decimal
    """Trigger price."""
    trigger_price_type: enums.PriceType
    """Price the trigger watches."""
    client_id: str
    """User-defined ID; empty string when none was given."""
    created_at: int
    """Creation time, ms."""
    updated_at: int
    """Last update time, ms (0 on some finished stop orders)."""
    trigger_direction: enums.TriggerDirection | None = None
    """Which way the price must cross the trigger price; None when CoinEx sends "" (real
    finished futures stop orders do, so it is not required although every spot example
    carries it)."""
    margin_market: str | None = None
    """Margin market ("" for spot); not in the docs examples, other clients read it."""
    taker_fee_rate: Decimal | None = None
    """Taker fee rate (not in the docs examples; other clients read it)."""
    maker_fee_rate: Decimal | None = None
    """Maker fee rate (not in the docs examples; other clients read it)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SpotStopOrderId:
    """The ID of a placed or modified stop order."""

    stop_id: int
    """Stop order ID (a modification issues a new ID; the old one becomes invalid)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SpotUserDeal:
    """One of the user's own spot or margin deals (fills)."""

    deal_id: int
    """Deal ID."""
    created_at: int
    """Deal time, ms."""
    market: str
    """Market name."""
    side: enums.OrderSide
    """Side of the user's order."""
    order_id: int
    """ID of the order that filled."""
    margin_market: str
    """Margin market; empty string for non-margin deals."""
    price: Decimal
    """Fill price."""
    amount: Decimal
    """Fill amount."""
    client_id: str | None = None
    """Client id of that order (not in the docs example; other clients read it)."""
    role: enums.TradeRole | None = None
    """maker or taker (in the docs; absent from a real ccxt-captured response)."""
    fee: Decimal | None = None
    """Fee charged (in the docs; absent from a real ccxt-captured response)."""
    fee_ccy: str | None = None
    """Fee currency (in the docs; absent from a real ccxt-captured response)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SpotDepth:
    """Order book snapshot of one spot market."""

    market: str
    """Market name."""
    is_full: bool
    """True for a full snapshot (always true over REST), false for an incremental update."""
    depth: SpotDepthBook
    """The book."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SpotIndex:
    """Index price of one spot market with its sources."""

    market: str
    """Market name."""
    created_at: int
    """Index time, ms."""
    price: Decimal
    """Index price."""
    sources: list[SpotIndexSource]
    """Index components."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""
