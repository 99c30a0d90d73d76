# generated from spec/ by `python -m generator`; do not edit.
from __future__ import annotations

from decimal import Decimal
from typing import Any

from attrs import define, field

from . import enums, futures, spot


@define(kw_only=True, frozen=True)
class FuturesState:
    """24h state of one futures market, pushed by state.update."""

    market: str
    """Market name; index-type markets (ETHUSD_SIGNPRICE) lack mark and index prices."""
    last: Decimal
    """Latest price."""
    open: Decimal
    """Opening price of the 24h window."""
    close: Decimal
    """Latest price (close of the window)."""
    high: Decimal
    """Highest price."""
    low: Decimal
    """Lowest price."""
    volume: Decimal
    """Filled volume."""
    value: Decimal
    """Filled value."""
    volume_sell: Decimal
    """Taker sell volume."""
    volume_buy: Decimal
    """Taker buy volume."""
    open_interest_size: Decimal
    """Open interest."""
    insurance_fund_size: Decimal
    """Insurance fund."""
    latest_funding_rate: Decimal
    """Current funding rate."""
    next_funding_rate: Decimal
    """Predicted next funding rate."""
    latest_funding_time: int
    """Time of the current funding (ms)."""
    next_funding_time: int
    """Time of the next funding (ms)."""
    period: int
    """Window length in seconds (86400)."""
    mark_price: Decimal | None = None
    """Mark price."""
    index_price: Decimal | None = None
    """Index price."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SpotStatePush:
    """state.update on the spot venue."""

    state_list: list[spot.SpotTicker]
    """One entry per market."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesStatePush:
    """state.update on the futures venue."""

    state_list: list[FuturesState]
    """One entry per market."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class WsDeal:
    """One public trade."""

    deal_id: int
    """Deal id."""
    created_at: int
    """Time of the deal (ms)."""
    side: enums.OrderSide
    """Taker side."""
    price: Decimal
    """Price."""
    amount: Decimal
    """Amount."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class DealsPush:
    """deals.update, latest public trades of one market."""

    market: str
    """Market name."""
    deal_list: list[WsDeal]
    """Deals"""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class BboPush:
    """bbo.update, best bid and offer of one market."""

    market: str
    """Market name."""
    updated_at: int
    """Update time (ms)."""
    best_bid_price: Decimal
    """Best bid price."""
    best_bid_size: Decimal
    """Best bid size."""
    best_ask_price: Decimal
    """Best ask price."""
    best_ask_size: Decimal
    """Best ask size."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class IndexPush:
    """index.update: the index price (futures also send the mark price)."""

    market: str
    """Market name."""
    index_price: Decimal
    """Index price."""
    mark_price: Decimal | None = None
    """Mark price (futures only)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class PremiumPush:
    """premium.update (futures only; shape from CoinEx.Net's model)."""

    market: str
    """Market name."""
    premium_index: Decimal
    """Premium index."""
    updated_at: int | None = None
    """Update time (ms)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class WsSpotOrder:
    """A spot order as pushed by order.update."""

    order_id: int
    """Order id."""
    market: str
    """Market name."""
    margin_market: str
    """Margin market ("" for spot orders)."""
    type: enums.OrderType
    """Order type."""
    side: enums.OrderSide
    """Order side."""
    amount: Decimal
    """Order amount."""
    price: Decimal
    """Order price."""
    unfilled_amount: Decimal
    """Amount not filled yet."""
    filled_amount: Decimal
    """Filled amount."""
    filled_value: Decimal
    """Filled value."""
    taker_fee_rate: Decimal
    """Taker fee rate."""
    maker_fee_rate: Decimal
    """Maker fee rate."""
    base_ccy_fee: Decimal
    """Fee paid in the base currency."""
    quote_ccy_fee: Decimal
    """Fee paid in the quote currency."""
    discount_ccy_fee: Decimal
    """Fee paid in the discount currency (CET)."""
    last_filled_amount: Decimal
    """Amount of the latest fill."""
    last_filled_price: Decimal
    """Price of the latest fill."""
    client_id: str
    """Client id."""
    created_at: int
    """Creation time (ms)."""
    updated_at: int
    """Update time (ms)."""
    unfill_amount: Decimal | None = None
    """Older name of unfilled_amount (seen in a ccxt comment)."""
    fill_value: Decimal | None = None
    """Older name of filled_value (seen in a ccxt comment)."""
    last_fill_amount: Decimal | None = None
    """Older name of last_filled_amount (seen in a ccxt comment)."""
    last_fill_price: Decimal | None = None
    """Older name of last_filled_price (seen in a ccxt comment)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SpotOrderPush:
    """order.update on the spot venue."""

    event: enums.OrderEvent
    """What happened: put, update, modify or finish."""
    order: WsSpotOrder
    """The order after the event."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class WsFuturesOrder:
    """A futures order as pushed by order.update."""

    order_id: int
    """Order id."""
    market: str
    """Market name."""
    side: enums.OrderSide
    """Order side."""
    type: enums.OrderType
    """Order type."""
    amount: Decimal
    """Order amount."""
    price: Decimal
    """Order price."""
    created_at: int
    """Creation time (ms)."""
    updated_at: int
    """Update time (ms)."""
    stop_id: int | None = None
    """Id of the stop order that created it"""
    unfilled_amount: Decimal | None = None
    """Amount not filled yet."""
    filled_amount: Decimal | None = None
    """Filled amount."""
    filled_value: Decimal | None = None
    """Filled value."""
    fee: Decimal | None = None
    """Fee paid."""
    fee_ccy: str | None = None
    """Fee currency."""
    taker_fee_rate: Decimal | None = None
    """Taker fee rate."""
    maker_fee_rate: Decimal | None = None
    """Maker fee rate."""
    client_id: str | None = None
    """Client id."""
    last_filled_amount: Decimal | None = None
    """Amount of the latest fill."""
    last_filled_price: Decimal | None = None
    """Price of the latest fill."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesOrderPush:
    """order.update on the futures venue."""

    event: enums.OrderEvent
    """What happened: put, update, modify or finish."""
    order: WsFuturesOrder
    """The order after the event."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class WsStopOrder:
    """A stop order as pushed by stop.update."""

    stop_id: int
    """Stop order id."""
    market: str
    """Market name."""
    side: enums.OrderSide
    """Order side."""
    type: enums.OrderType
    """Order type."""
    amount: Decimal
    """Order amount."""
    trigger_price: Decimal
    """Trigger price."""
    created_at: int
    """Creation time (ms)."""
    updated_at: int
    """Update time (ms)."""
    margin_market: str | None = None
    """Margin market (spot)."""
    price: Decimal | None = None
    """Order price."""
    trigger_direction: enums.TriggerDirection | None = None
    """Which way the price must cross the trigger price; None when CoinEx sends ""."""
    trigger_price_type: enums.PriceType | None = None
    """Price the trigger watches (futures); None when CoinEx sends ""."""
    taker_fee_rate: Decimal | None = None
    """Taker fee rate."""
    maker_fee_rate: Decimal | None = None
    """Maker fee rate."""
    client_id: str | None = None
    """Client id."""
    status: str | None = None
    """Stop order status."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class StopPush:
    """stop.update: event is put, active or cancel (a CoinEx.Net fixture shows a number)."""

    event: str | int
    """What happened."""
    stop: WsStopOrder
    """The stop order after the event."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class UserDealPush:
    """user_deals.update, one of the user's own fills."""

    deal_id: int
    """Deal id."""
    created_at: int
    """Time of the fill (ms)."""
    market: str
    """Market name."""
    side: enums.OrderSide
    """The user's side."""
    order_id: int
    """The user's order."""
    price: Decimal
    """Fill price."""
    amount: Decimal
    """Fill amount."""
    client_id: str | None = None
    """Client id of that order."""
    margin_market: str | None = None
    """Margin market (spot)."""
    position_id: int | None = None
    """Position id (futures)."""
    role: enums.TradeRole | None = None
    """Maker or taker."""
    fee: Decimal | None = None
    """Fee paid."""
    fee_ccy: str | None = None
    """Fee currency."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SpotBalanceItem:
    """One balance in a spot balance.update."""

    ccy: str
    """Currency."""
    available: Decimal
    """Available balance."""
    frozen: Decimal
    """Frozen balance."""
    margin_market: str | None = None
    """Margin market ("" for the spot account)."""
    updated_at: int | None = None
    """Update time (ms)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class SpotBalancePush:
    """balance.update on the spot venue."""

    balance_list: list[SpotBalanceItem]
    """Changed balances."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesBalanceItem:
    """One balance in a futures balance.update."""

    ccy: str
    """Currency."""
    available: Decimal
    """Available balance."""
    frozen: Decimal
    """Frozen balance."""
    margin: Decimal
    """Position margin."""
    transferrable: Decimal
    """Transferable amount."""
    unrealized_pnl: Decimal
    """Unrealized PnL."""
    equity: Decimal
    """Equity."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class FuturesBalancePush:
    """balance.update on the futures venue."""

    balance_list: list[FuturesBalanceItem]
    """Changed balances."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class WsPosition:
    """A futures position as pushed by position.update."""

    position_id: int
    """Position id."""
    market: str
    """Market name."""
    side: enums.PositionSide
    """Long or short."""
    margin_mode: enums.MarginMode
    """Isolated or cross."""
    open_interest: Decimal
    """Position size."""
    leverage: int
    """Leverage."""
    created_at: int
    """Creation time (ms)."""
    updated_at: int
    """Update time (ms)."""
    close_avbl: Decimal | None = None
    """Amount that can be closed."""
    ath_position_amount: Decimal | None = None
    """Largest size reached."""
    unrealized_pnl: Decimal | None = None
    """Unrealized PnL."""
    realized_pnl: Decimal | None = None
    """Realized PnL."""
    avg_entry_price: Decimal | None = None
    """Average entry price."""
    cml_position_value: Decimal | None = None
    """Cumulative position value."""
    max_position_value: Decimal | None = None
    """Largest position value."""
    take_profit_price: Decimal | None = None
    """Take-profit price."""
    stop_loss_price: Decimal | None = None
    """Stop-loss price."""
    take_profit_type: enums.PriceType | None = None
    """Price type of the take-profit; None when none is set ("")."""
    stop_loss_type: enums.PriceType | None = None
    """Price type of the stop-loss; None when none is set ("")."""
    margin_avbl: Decimal | None = None
    """Available margin."""
    ath_margin_size: Decimal | None = None
    """Largest margin reached."""
    position_margin_rate: Decimal | None = None
    """Margin rate."""
    maintenance_margin_value: Decimal | None = None
    """Maintenance margin."""
    maintenance_margin_rate: Decimal | None = None
    """Maintenance margin rate."""
    liq_price: Decimal | None = None
    """Liquidation price."""
    bkr_price: Decimal | None = None
    """Bankruptcy price."""
    adl_level: int | None = None
    """Auto-deleveraging level."""
    settle_price: Decimal | None = None
    """Settlement price."""
    settle_val: Decimal | None = None
    """Settlement value (the WS docs' name)."""
    settle_value: Decimal | None = None
    """Settlement value (the REST position's name)."""
    stop_loss_list: list[futures.FuturesPositionTpSlOrder] | None = None
    """The position's stop-loss orders"""
    take_profit_list: list[futures.FuturesPositionTpSlOrder] | None = None
    """The position's take-profit orders"""
    first_filled_price: Decimal | None = None
    """First fill price."""
    latest_filled_price: Decimal | None = None
    """Latest fill price."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class PositionPush:
    """position.update (futures only)."""

    event: enums.PositionEvent
    """What happened: update, close, sys_close, adl, liq."""
    position: WsPosition
    """The position after the event."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class NoticeInfo:
    """Details of a maintenance notice."""

    start_time: int | None = None
    """Maintenance start (ms)."""
    end_time: int | None = None
    """Maintenance end (ms)."""
    scope: list[enums.MaintenanceScope] | None = None
    """What is affected."""
    protect_duration_start: int | None = None
    """Protection period start (ms)."""
    protect_duration_end: int | None = None
    """Protection period end (ms)."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class NoticePush:
    """notice.update (channel 101 is system maintenance)."""

    channel: int
    """Notice channel (101)."""
    info: NoticeInfo
    """The notice."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""
