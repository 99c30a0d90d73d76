# generated from spec/ by `python -m generator`; do not edit.
from __future__ import annotations

from coinex_sdk._enum import CoinExEnum


class MarketType(CoinExEnum):
    """Market type: spot functions accept SPOT or MARGIN, futures functions FUTURES."""

    SPOT = "SPOT"
    MARGIN = "MARGIN"
    FUTURES = "FUTURES"


class MarketStatus(CoinExEnum):
    """Market status."""

    BIDDING = "bidding"
    COUNTING_DOWN = "counting_down"
    ONLINE = "online"


class OrderSide(CoinExEnum):
    """Order side."""

    BUY = "buy"
    SELL = "sell"


class OrderType(CoinExEnum):
    """Order type: limit (GTC), market, maker_only (post-only), ioc, fok."""

    LIMIT = "limit"
    MARKET = "market"
    MAKER_ONLY = "maker_only"
    IOC = "ioc"
    FOK = "fok"


class StpMode(CoinExEnum):
    """Self-trade prevention: ct cancels the taker, cm the maker, both cancels both."""

    CT = "ct"
    CM = "cm"
    BOTH = "both"


class OrderStatus(CoinExEnum):
    """Order status."""

    OPEN = "open"
    PART_FILLED = "part_filled"
    FILLED = "filled"
    PART_CANCELED = "part_canceled"
    CANCELED = "canceled"


class OrderEvent(CoinExEnum):
    """Event of a WebSocket order update."""

    PUT = "put"
    UPDATE = "update"
    MODIFY = "modify"
    FINISH = "finish"


class StopOrderEvent(CoinExEnum):
    """Event of a WebSocket stop-order update."""

    PUT = "put"
    ACTIVE = "active"
    CANCEL = "cancel"


class StopOrderStatus(CoinExEnum):
    """Stop order status."""

    PUT = "put"
    ACTIVE_SUCCESS = "active_success"
    ACTIVE_FAIL = "active_fail"
    CANCEL = "cancel"


class TriggerDirection(CoinExEnum):
    """Which way the price must cross the trigger price."""

    HIGHER = "higher"
    LOWER = "lower"


class PriceType(CoinExEnum):
    """Price used for triggers, take-profit/stop-loss and klines."""

    LATEST_PRICE = "latest_price"
    MARK_PRICE = "mark_price"
    INDEX_PRICE = "index_price"


class PositionEvent(CoinExEnum):
    """Event of a WebSocket position update (alert is seen in CoinEx.Net, not in the docs)."""

    UPDATE = "update"
    CLOSE = "close"
    SYS_CLOSE = "sys_close"
    ADL = "adl"
    LIQ = "liq"
    ALERT = "alert"


class PositionSide(CoinExEnum):
    """Position side."""

    LONG = "long"
    SHORT = "short"


class MarginMode(CoinExEnum):
    """Position margin mode."""

    ISOLATED = "isolated"
    CROSS = "cross"


class ContractType(CoinExEnum):
    """Futures contract type: linear (USDT-margined) or inverse (coin-margined)."""

    LINEAR = "linear"
    INVERSE = "inverse"


class PositionFinishedType(CoinExEnum):
    """How a position was closed."""

    LIQ = "liq"
    ADL = "adl"
    SYS = "sys"
    LIMIT = "limit"
    MARKET = "market"
    MARKET_CLOSE_ALL = "market_close_all"
    TAKE_PROFIT = "take_profit"
    STOP_LOSS = "stop_loss"


class TransferStatus(CoinExEnum):
    """Transfer status."""

    CREATED = "created"
    DEDUCTED = "deducted"
    FAILED = "failed"
    FINISHED = "finished"


class LoanStatus(CoinExEnum):
    """Margin loan status."""

    LOAN = "loan"
    DEBT = "debt"
    LIQUIDATED = "liquidated"
    FINISH = "finish"


class DepositStatus(CoinExEnum):
    """Deposit status (responses may be upper case)."""

    PROCESSING = "processing"
    CONFIRMING = "confirming"
    CANCELLED = "cancelled"
    FINISHED = "finished"
    TOO_SMALL = "too_small"
    EXCEPTION = "exception"


class WithdrawStatus(CoinExEnum):
    """Withdrawal status."""

    CREATED = "created"
    AUDIT_REQUIRED = "audit_required"
    AUDITED = "audited"
    PROCESSING = "processing"
    CONFIRMING = "confirming"
    FINISHED = "finished"
    CANCELLED = "cancelled"
    CANCELLATION_FAILED = "cancellation_failed"
    FAILED = "failed"


class WithdrawMethod(CoinExEnum):
    """Withdrawal method (responses show upper case ON_CHAIN)."""

    ON_CHAIN = "on_chain"
    INTER_USER = "inter_user"


class TranscationType(CoinExEnum):
    """Asset transaction type (CoinEx spells the name 'transcation_type')."""

    DEPOSIT = "deposit"
    WITHDRAW = "withdraw"
    TRADE = "trade"
    MAKER_CASH_BACK = "maker_cash_back"
    INVESTMENT_INTEREST = "investment_interest"
    EXCHANGE_ORDER_TRANSFER = "exchange_order_transfer"


class AmmType(CoinExEnum):
    """AMM market type."""

    INFINITE = "infinite"
    FINITE = "finite"


class SubAccountPermission(CoinExEnum):
    """Sub-account permissions."""

    FUTURES = "FUTURES"
    MARGIN = "MARGIN"
    AMM = "AMM"
    API = "API"


class KlinePeriod(CoinExEnum):
    """Kline period."""

    FIELD_1MIN = "1min"
    FIELD_3MIN = "3min"
    FIELD_5MIN = "5min"
    FIELD_15MIN = "15min"
    FIELD_30MIN = "30min"
    FIELD_1HOUR = "1hour"
    FIELD_2HOUR = "2hour"
    FIELD_4HOUR = "4hour"
    FIELD_6HOUR = "6hour"
    FIELD_12HOUR = "12hour"
    FIELD_1DAY = "1day"
    FIELD_3DAY = "3day"
    FIELD_1WEEK = "1week"


class TradeRole(CoinExEnum):
    """Whether the user's side of a deal was maker or taker."""

    MAKER = "maker"
    TAKER = "taker"


class MaintenanceScope(CoinExEnum):
    """What a maintenance window covers."""

    FUTURES = "FUTURES"
    SPOT = "SPOT"
    ALL_SITE = "ALL_SITE"


class AccountType(CoinExEnum):
    """Account type for transfers (sub-account transfers allow only SPOT or FUTURES)."""

    SPOT = "SPOT"
    MARGIN = "MARGIN"
    FUTURES = "FUTURES"
