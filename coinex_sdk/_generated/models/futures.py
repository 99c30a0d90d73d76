# generated from spec/ by `python -m generator`; do not edit.
from __future__ import annotations

from decimal import Decimal
from typing import Any

from attrs import define, field

from coinex_sdk._types import Levels

from . import enums


@define(kw_only=True, frozen=True)
class FuturesMarket:
    """Configuration and status of one futures market."""

    market: str
    """Market name, e.g. BTCUSDT."""
    contract_type: enums.ContractType
    """Contract type: linear (USDT-margined) or inverse (coin-margined)."""
    maker_fee_rate: Decimal
    """Maker fee rate."""
    taker_fee_rate: Decimal
    """Taker fee rate."""
    min_amount: Decimal
    """Minimum order amount."""
    base_ccy: str
    """Base currency."""
    quote_ccy: str
    """Quote currency."""
    base_ccy_precision: int
    """Decimal places of amounts."""
    quote_ccy_precision: int
    """Decimal places of prices."""
    tick_size: Decimal
    """Price tick size."""
    leverage: list[int]
    """Available leverage values. The docs type is []int but responses send them as strings
    ("3", "5", ...); both decode to int."""
    open_interest_volume: Decimal
    """Open interest (futures position size)."""
    is_market_available: bool
    """Whether the market is open for trading."""
    is_copy_trading_available: bool
    """Whether copy trading is enabled."""
    status: enums.MarketStatus | None = None
    """Market status."""
    delisted_at: int | None = None
    """Expected delisting time, ms."""
    is_api_trading_available: bool | None = None
    """Whether trading through the API is enabled."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesTicker:
    """24h ticker of one futures market."""

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
    """Filled volume over the period."""
    value: Decimal
    """Filled value over the period (in the settlement currency on inverse contracts)."""
    volume_sell: Decimal
    """Taker sell volume."""
    volume_buy: Decimal
    """Taker buy volume."""
    index_price: Decimal
    """Index price."""
    mark_price: Decimal
    """Mark price."""
    period: int
    """Period in seconds, always 86400 (the data covers one day)."""
    open_interest_volume: Decimal | None = None
    """Open interest (futures position size); in the current docs, not in older examples."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesDepthBook:
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
class FuturesDeal:
    """One public trade of a futures market."""

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
class FuturesKline:
    """One candlestick of a futures market. Careful: in live spot responses `volume` and
    `value` appear swapped compared with the docs (ccxt's captured BTCUSDT candle has value
    = base amount, volume = quote amount), and ccxt reads futures candles the same way;
    check which one you need."""

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
    """Docs: filled volume. Live responses seen by ccxt carry the quote-currency value here
    (swapped with `value`)."""
    value: Decimal
    """Docs: filled value. Live responses seen by ccxt carry the base-currency volume here
    (swapped with `volume`); ccxt uses this field as the candle volume."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesIndexSource:
    """One exchange price that makes up an index."""

    exchange: str
    """Exchange name (docs examples contain stray spaces)."""
    created_at: int
    """Collection time, ms."""
    index_weight: Decimal
    """Weight of this source in the index."""
    index_price: Decimal | None = None
    """Price from this source (sent on spot; not in the futures docs table or example)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesFundingRate:
    """Current and next funding rate of one futures market."""

    market: str
    """Market name."""
    mark_price: Decimal
    """Mark price."""
    latest_funding_rate: Decimal
    """Current funding rate, recomputed every minute (for reference). Positive: longs pay
    shorts; negative: shorts pay longs."""
    next_funding_rate: Decimal
    """Predicted next funding rate."""
    max_funding_rate: Decimal
    """Upper limit of the funding rate in this market."""
    min_funding_rate: Decimal
    """Lower limit of the funding rate in this market."""
    latest_funding_time: int
    """When the current funding rate is collected, ms (every 8 hours by default, 2h or 4h when
    the premium is high)."""
    next_funding_time: int
    """When the next funding rate will be collected, ms."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesFundingRateHistory:
    """One past funding of a futures market."""

    market: str
    """Market name."""
    funding_time: int
    """Funding time, ms."""
    theoretical_funding_rate: Decimal
    """Funding rate computed for the period."""
    actual_funding_rate: Decimal
    """Funding rate actually charged for the period."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesPremiumIndex:
    """One premium index value of a futures market."""

    market: str
    """Market name."""
    created_at: int
    """Time of the value, ms."""
    premium_index: Decimal
    """Premium index (the main input of the funding rate)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesPositionLevel:
    """One position tier."""

    amount: Decimal
    """Upper limit of the position size in this tier."""
    leverage: int
    """Maximum leverage in this tier (a string on the wire, decoded to int)."""
    maintenance_margin_rate: Decimal
    """Maintenance margin rate."""
    min_initial_margin_rate: Decimal
    """Minimum initial margin rate."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesLiquidation:
    """One public liquidation in a futures market."""

    market: str
    """Market name (the docs example has a stray leading space)."""
    side: enums.PositionSide
    """Side of the liquidated position."""
    liq_price: Decimal
    """Liquidation price."""
    liq_amount: Decimal
    """Liquidated amount."""
    bkr_price: Decimal
    """Bankruptcy price."""
    created_at: int
    """Liquidation time, ms."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesBasis:
    """One basis rate value of a futures market."""

    market: str
    """Market name."""
    created_at: int
    """Time of the value, ms."""
    basis_rate: Decimal
    """Basis rate."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesPositionTpSlOrder:
    """A take-profit or stop-loss order attached to a position."""

    id: int
    """Id (stop_loss_id / take_profit_id in the modify and cancel calls)."""
    price: Decimal
    """Trigger price."""
    type: enums.PriceType
    """Trigger price type."""
    is_all: bool
    """Whether it closes the whole position."""
    created_at: int
    """Creation time, ms."""
    amount: Decimal | None = None
    """Amount closed when triggered."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesPositionLeverage:
    """Margin mode and leverage of a futures market after adjust_position_leverage."""

    margin_mode: enums.MarginMode
    """Margin mode."""
    leverage: int
    """Leverage."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesPositionMarginChange:
    """One margin adjustment of a position."""

    position_id: int
    """Position id."""
    market: str
    """Market name."""
    market_type: enums.MarketType
    """Market type (FUTURES)."""
    margin_mode: enums.MarginMode
    """Margin mode."""
    leverage: int
    """Leverage (sent as a string)."""
    liq_price: Decimal
    """Liquidation price."""
    bkr_pirce: Decimal
    """Bankruptcy price (sic): the real response spells it bkr_pirce."""
    settle_price: Decimal
    """Settlement price (mark price based)."""
    open_interest: Decimal
    """Position size."""
    margin_avbl: Decimal
    """Margin available after the change."""
    margin_change: Decimal
    """Margin added (positive) or removed (negative)."""
    created_at: int
    """Time of the change, ms."""
    bkr_price: Decimal | None = None
    """Bankruptcy price, as the docs spell it."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesPositionFunding:
    """One funding fee settlement of a position."""

    position_id: int
    """Position id."""
    market: str
    """Market name."""
    market_type: enums.MarketType
    """Market type (FUTURES)."""
    ccy: str
    """Settlement currency."""
    side: enums.PositionSide
    """Position side."""
    funding_rate: Decimal
    """Funding rate."""
    funding_value: Decimal
    """Funding fee (paid or received)."""
    created_at: int
    """Settlement time, ms."""
    margin_mode: enums.MarginMode | None = None
    """Margin mode."""
    open_interest: Decimal | None = None
    """Position size."""
    settle_price: Decimal | None = None
    """Settlement price."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesPositionAdl:
    """One auto-deleveraging fill of a position."""

    position_id: int
    """Position id."""
    market: str
    """Market name."""
    market_type: enums.MarketType
    """Market type (FUTURES)."""
    order_id: int
    """Order id."""
    deal_id: int
    """Deal (trade) id."""
    amount: Decimal
    """Filled amount."""
    price: Decimal
    """Fill price."""
    side: enums.OrderSide
    """Side of the fill."""
    role: enums.TradeRole
    """Maker or taker."""
    created_at: int
    """Time, ms."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesPositionSettlement:
    """One auto-settlement of a position (unrealized PNL moved into the margin)."""

    position_id: int
    """Position id."""
    market: str
    """Market name."""
    market_type: enums.MarketType
    """Market type (FUTURES)."""
    margin_mode: enums.MarginMode
    """Margin mode."""
    leverage: int
    """Leverage (sent as a string)."""
    liq_price: Decimal
    """Liquidation price."""
    bkr_price: Decimal
    """Bankruptcy price."""
    settle_price: Decimal
    """Settlement price."""
    open_interest: Decimal
    """Position size."""
    margin_avbl: Decimal
    """Margin available."""
    margin_change: Decimal
    """Margin change."""
    created_at: int
    """Time, ms."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesOrder:
    """A futures order."""

    order_id: int
    """Order id."""
    market: str
    """Market name, e.g. BTCUSDT."""
    market_type: enums.MarketType
    """Market type (FUTURES)."""
    side: enums.OrderSide
    """Order side."""
    type: enums.OrderType
    """Order type."""
    amount: Decimal
    """Order amount."""
    price: Decimal
    """Order price ("0" for market orders)."""
    unfilled_amount: Decimal
    """Amount not filled yet."""
    filled_amount: Decimal
    """Filled amount."""
    filled_value: Decimal
    """Filled value."""
    client_id: str
    """Client-defined id ("" when none was given)."""
    fee: Decimal
    """Trading fee charged."""
    fee_ccy: str
    """Currency of the trading fee."""
    maker_fee_rate: Decimal
    """Maker fee rate."""
    taker_fee_rate: Decimal
    """Taker fee rate."""
    created_at: int
    """Creation time, ms."""
    updated_at: int
    """Last update time, ms."""
    last_filled_amount: Decimal | None = None
    """Amount of the last fill (futures orders spell it last_filled_*; spot orders send
    last_fill_*)."""
    last_filled_price: Decimal | None = None
    """Price of the last fill."""
    realized_pnl: Decimal | None = None
    """Realized profit and loss."""
    status: enums.OrderStatus | None = None
    """Order status; sent by order-status and batch-order-status only."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesStopOrder:
    """A futures stop (trigger) order."""

    stop_id: int
    """Stop order id (the docs table says string, every example is a number)."""
    market: str
    """Market name."""
    market_type: enums.MarketType
    """Market type (FUTURES)."""
    side: enums.OrderSide
    """Order side."""
    type: enums.OrderType
    """Type of the order placed when triggered."""
    amount: Decimal
    """Order amount."""
    price: Decimal
    """Order price ("0" for market orders)."""
    trigger_price: Decimal
    """Trigger price."""
    trigger_price_type: enums.PriceType
    """Price that triggers the order."""
    client_id: str
    """Client-defined id ("" when none was given)."""
    created_at: int
    """Creation time, ms."""
    updated_at: int
    """Last update time, ms."""
    trigger_direction: enums.TriggerDirection | None = None
    """Which way the price must cross the trigger price; None when CoinEx sends "" (real
    finished stop orders do)."""
    taker_fee_rate: Decimal | None = None
    """Taker fee rate (not in the docs examples; other clients read it)."""
    maker_fee_rate: Decimal | None = None
    """Maker fee rate (not in the docs examples; other clients read it)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesStopOrderId:
    """The id of a placed or modified futures stop order."""

    stop_id: int
    """Stop order id."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesUserDeal:
    """One of the user's futures trades (fills)."""

    deal_id: int
    """Deal (trade) id."""
    created_at: int
    """Trade time, ms."""
    market: str
    """Market name."""
    side: enums.OrderSide
    """Side of the user's order."""
    order_id: int
    """Order id."""
    price: Decimal
    """Fill price."""
    amount: Decimal
    """Fill amount."""
    client_id: str | None = None
    """Client id of that order (not in the docs example; other clients read it)."""
    position_id: int | None = None
    """Position id."""
    role: enums.TradeRole | None = None
    """Whether the user was maker or taker."""
    fee: Decimal | None = None
    """Trading fee charged."""
    fee_ccy: str | None = None
    """Currency of the trading fee."""
    realized_pnl: Decimal | None = None
    """Realized profit and loss."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesDepth:
    """Order book snapshot of one futures market."""

    market: str
    """Market name."""
    is_full: bool
    """True for a full snapshot (always true over REST), false for an incremental update."""
    depth: FuturesDepthBook
    """The book."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesIndex:
    """Index price of one futures market with its sources."""

    market: str
    """Market name."""
    created_at: int
    """Index time, ms."""
    price: Decimal
    """Index price."""
    sources: list[FuturesIndexSource]
    """Index components."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesPositionLevels:
    """Position tiers (risk limits) of one futures market."""

    market: str
    """Market name."""
    level: list[FuturesPositionLevel]
    """The tiers, smallest position first."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesPosition:
    """A futures position (current or finished)."""

    position_id: int
    """Position id."""
    market: str
    """Market name."""
    market_type: enums.MarketType
    """Market type (FUTURES)."""
    side: enums.PositionSide
    """Position side."""
    margin_mode: enums.MarginMode
    """Margin mode."""
    open_interest: Decimal
    """Position size."""
    close_avbl: Decimal
    """Amount still available for closing."""
    ath_position_amount: Decimal
    """Largest position size reached."""
    unrealized_pnl: Decimal
    """Unrealized profit and loss."""
    realized_pnl: Decimal
    """Realized profit and loss."""
    avg_entry_price: Decimal
    """Average entry price."""
    cml_position_value: Decimal
    """Cumulative position value."""
    max_position_value: Decimal
    """Largest position value reached."""
    leverage: int
    """Leverage (CoinEx sends it as a string, e.g. "3")."""
    margin_avbl: Decimal
    """Margin available: initial + added - removed margin."""
    ath_margin_size: Decimal
    """Largest margin reached."""
    position_margin_rate: Decimal
    """Position margin rate."""
    maintenance_margin_rate: Decimal
    """Maintenance margin rate."""
    maintenance_margin_value: Decimal
    """Maintenance margin."""
    liq_price: Decimal
    """Liquidation price."""
    bkr_price: Decimal
    """Bankruptcy price."""
    adl_level: int
    """Auto-deleveraging level (1-5)."""
    settle_price: Decimal
    """Settlement price (mark price based)."""
    settle_value: Decimal
    """Settlement value."""
    created_at: int
    """Creation time, ms."""
    updated_at: int
    """Last update time, ms."""
    finished_type: enums.PositionFinishedType | None = None
    """How the position was closed (finished positions only)."""
    take_profit_price: Decimal | None = None
    """Take-profit price ("0" or "" when none is set)."""
    stop_loss_price: Decimal | None = None
    """Stop-loss price ("0" or "" when none is set)."""
    take_profit_type: enums.PriceType | None = None
    """Take-profit trigger price type; None when none is set (CoinEx sends "")."""
    stop_loss_type: enums.PriceType | None = None
    """Stop-loss trigger price type; None when none is set (CoinEx sends "")."""
    stop_loss_list: list[FuturesPositionTpSlOrder] | None = None
    """The position's stop-loss orders (partial TP/SL)."""
    take_profit_list: list[FuturesPositionTpSlOrder] | None = None
    """The position's take-profit orders (partial TP/SL)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""
