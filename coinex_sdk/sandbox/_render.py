"""Wire shapes: engine objects as the JSON CoinEx sends (decimals as strings, ids as ints).

Each function returns exactly the fields of the matching real response or push
(reference/samples/*.json, docs.coinex.com field tables). REST and WebSocket disagree on some
names and the sandbox keeps both quirks: spot orders say ``last_fill_amount`` over REST but
``last_filled_amount`` (and ``base_ccy_fee``) in ``order.update``; futures orders say
``last_filled_*`` everywhere.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ._accounts import DepositRecord, TransferRecord, WithdrawRecord
from ._markets import FuturesMarket, SpotMarket
from ._num import ZERO, fmt
from ._orders import Order, PublicDeal, StopOrder, UserDeal
from ._positions import Position

__all__ = [
    "deposit",
    "futures_market",
    "futures_order",
    "futures_order_ws",
    "futures_user_deal",
    "position",
    "public_deal",
    "spot_market",
    "spot_order",
    "spot_order_ws",
    "spot_user_deal",
    "stop_order",
    "stop_order_ws",
    "transfer",
    "user_deal_ws",
    "withdrawal",
]

Json = dict[str, Any]


def _unfilled(order: Order) -> str:
    """What is left; a quote-budget market order that filled reports 0, not its dust."""
    return "0" if order.status == "filled" else fmt(order.remaining)


def spot_order(order: Order, *, with_status: bool = False) -> Json:
    """``POST /v2/spot/order`` / pending / finished item (samples/rest-post-v2-spot-order.json)."""
    data: Json = {
        "order_id": order.order_id,
        "market": order.market,
        "market_type": order.market_type,
        "side": order.side,
        "type": order.type,
        "ccy": order.ccy,
        "amount": fmt(order.amount),
        "price": fmt(order.price),
        "client_id": order.client_id,
        "created_at": order.created_at,
        "updated_at": order.updated_at,
        "base_fee": fmt(order.base_fee),
        "quote_fee": fmt(order.quote_fee),
        "discount_fee": "0",
        "maker_fee_rate": fmt(order.maker_fee_rate),
        "taker_fee_rate": fmt(order.taker_fee_rate),
        "last_fill_amount": fmt(order.last_fill_amount),
        "last_fill_price": fmt(order.last_fill_price),
        "unfilled_amount": _unfilled(order),
        "filled_amount": fmt(order.filled_amount),
        "filled_value": fmt(order.filled_value),
    }
    if with_status:
        data["status"] = order.status
    return data


def spot_order_ws(order: Order, margin_market: str) -> Json:
    """The ``order`` of a spot ``order.update`` push (samples/ws-order-update-spot.json)."""
    return {
        "order_id": order.order_id,
        "market": order.market,
        "margin_market": margin_market,
        "type": order.type,
        "side": order.side,
        "amount": fmt(order.amount),
        "price": fmt(order.price),
        "unfilled_amount": _unfilled(order),
        "filled_amount": fmt(order.filled_amount),
        "filled_value": fmt(order.filled_value),
        "taker_fee_rate": fmt(order.taker_fee_rate),
        "maker_fee_rate": fmt(order.maker_fee_rate),
        "base_ccy_fee": fmt(order.base_fee),
        "quote_ccy_fee": fmt(order.quote_fee),
        "discount_ccy_fee": "0",
        "last_filled_amount": fmt(order.last_fill_amount),
        "last_filled_price": fmt(order.last_fill_price),
        "created_at": order.created_at,
        "updated_at": order.updated_at,
        "client_id": order.client_id,
    }


def futures_order(order: Order, *, with_status: bool = False) -> Json:
    """``POST /v2/futures/order`` item (samples/rest-post-v2-futures-order.json)."""
    data: Json = {
        "order_id": order.order_id,
        "market": order.market,
        "market_type": order.market_type,
        "side": order.side,
        "type": order.type,
        "amount": fmt(order.amount),
        "price": fmt(order.price),
        "client_id": order.client_id,
        "created_at": order.created_at,
        "updated_at": order.updated_at,
        "unfilled_amount": _unfilled(order),
        "filled_amount": fmt(order.filled_amount),
        "filled_value": fmt(order.filled_value),
        "fee": fmt(order.fee),
        "fee_ccy": order.fee_ccy,
        "maker_fee_rate": fmt(order.maker_fee_rate),
        "taker_fee_rate": fmt(order.taker_fee_rate),
        "last_filled_amount": fmt(order.last_fill_amount),
        "last_filled_price": fmt(order.last_fill_price),
        "realized_pnl": fmt(order.realized_pnl),
    }
    if with_status:
        data["status"] = order.status
    return data


def futures_order_ws(order: Order) -> Json:
    data: Json = {
        "order_id": order.order_id,
        "market": order.market,
        "side": order.side,
        "type": order.type,
        "amount": fmt(order.amount),
        "price": fmt(order.price),
        "unfilled_amount": _unfilled(order),
        "filled_amount": fmt(order.filled_amount),
        "filled_value": fmt(order.filled_value),
        "fee": fmt(order.fee),
        "fee_ccy": order.fee_ccy,
        "taker_fee_rate": fmt(order.taker_fee_rate),
        "maker_fee_rate": fmt(order.maker_fee_rate),
        "client_id": order.client_id,
        "last_filled_amount": fmt(order.last_fill_amount),
        "last_filled_price": fmt(order.last_fill_price),
        "created_at": order.created_at,
        "updated_at": order.updated_at,
    }
    if order.stop_id:
        data["stop_id"] = order.stop_id
    return data


def stop_order(stop: StopOrder, *, with_status: bool = False) -> Json:
    """Pending/canceled stop order (docs list-pending-stop-order; spot adds ``ccy``)."""
    data: Json = {
        "stop_id": stop.stop_id,
        "market": stop.market,
        "market_type": stop.market_type,
    }
    if stop.market_type != "FUTURES":
        data["ccy"] = stop.ccy
    data.update(
        {
            "side": stop.side,
            "type": stop.type,
            "amount": fmt(stop.amount),
            "price": fmt(stop.price),
            "trigger_price": fmt(stop.trigger_price),
            "trigger_direction": stop.trigger_direction,
            "trigger_price_type": stop.trigger_price_type,
            "client_id": stop.client_id,
            "created_at": stop.created_at,
            "updated_at": stop.updated_at,
        }
    )
    if with_status:
        data["status"] = stop.status
    return data


def stop_order_ws(stop: StopOrder, margin_market: str) -> Json:
    data: Json = {"stop_id": stop.stop_id, "market": stop.market}
    if stop.market_type != "FUTURES":
        data["margin_market"] = margin_market
    data.update(
        {
            "side": stop.side,
            "type": stop.type,
            "price": fmt(stop.price),
            "amount": fmt(stop.amount),
            "trigger_price": fmt(stop.trigger_price),
            "trigger_direction": stop.trigger_direction,
            "trigger_price_type": stop.trigger_price_type,
            "taker_fee_rate": fmt(stop.taker_fee_rate),
            "maker_fee_rate": fmt(stop.maker_fee_rate),
            "client_id": stop.client_id,
            "status": stop.status,
            "created_at": stop.created_at,
            "updated_at": stop.updated_at,
        }
    )
    return data


def public_deal(deal: PublicDeal) -> Json:
    """``GET /v2/spot/deals`` item; ``side`` is the taker's (samples/rest-get-v2-spot-deals)."""
    return {
        "deal_id": deal.deal_id,
        "created_at": deal.created_at,
        "side": deal.side,
        "price": fmt(deal.price),
        "amount": fmt(deal.amount),
    }


def spot_user_deal(deal: UserDeal) -> Json:
    """``GET /v2/spot/user-deals`` item (sample fields plus the docs' role and fee)."""
    return {
        "deal_id": deal.deal_id,
        "created_at": deal.created_at,
        "market": deal.market,
        "side": deal.side,
        "order_id": deal.order_id,
        "margin_market": deal.margin_market,
        "price": fmt(deal.price),
        "amount": fmt(deal.amount),
        "role": deal.role,
        "fee": fmt(deal.fee),
        "fee_ccy": deal.fee_ccy,
    }


def futures_user_deal(deal: UserDeal) -> Json:
    return {
        "deal_id": deal.deal_id,
        "created_at": deal.created_at,
        "market": deal.market,
        "side": deal.side,
        "order_id": deal.order_id,
        "position_id": deal.position_id,
        "price": fmt(deal.price),
        "amount": fmt(deal.amount),
        "role": deal.role,
        "fee": fmt(deal.fee),
        "fee_ccy": deal.fee_ccy,
    }


def user_deal_ws(deal: UserDeal) -> Json:
    data: Json = {
        "deal_id": deal.deal_id,
        "created_at": deal.created_at,
        "market": deal.market,
        "side": deal.side,
        "order_id": deal.order_id,
        "client_id": deal.client_id,
        "price": fmt(deal.price),
        "amount": fmt(deal.amount),
        "role": deal.role,
        "fee": fmt(deal.fee),
        "fee_ccy": deal.fee_ccy,
    }
    if deal.market_type == "FUTURES":
        data["position_id"] = deal.position_id
    else:
        data["margin_market"] = deal.margin_market
    return data


def position(
    pos: Position, market: FuturesMarket, mark_price: Decimal, *, ws: bool = False
) -> Json:
    """``GET /v2/futures/pending-position`` item (ccxt's real example)."""
    value = pos.value_at(market, mark_price)
    unrealized = pos.unrealized_pnl(market, mark_price)
    mmr = market.maintenance_margin_rate
    if pos.amount and value:
        margin_rate = (pos.margin + unrealized) / value
    else:
        margin_rate = ZERO
    if pos.margin_mode == "isolated":
        liq_price = pos.bankruptcy_price(market, mmr)
        bkr_price = pos.bankruptcy_price(market)
    else:  # CoinEx reports 0 for cross positions (ccxt's real cross example)
        liq_price = bkr_price = ZERO
    settle_value = pos.basis
    data: Json = {
        "position_id": pos.position_id,
        "market": pos.market,
        "market_type": "FUTURES",
        "side": pos.side,
        "margin_mode": pos.margin_mode,
        "open_interest": fmt(pos.amount),
        "close_avbl": fmt(pos.amount),
        "ath_position_amount": fmt(pos.ath_position_amount),
        "unrealized_pnl": fmt(unrealized),
        "realized_pnl": fmt(pos.realized_pnl),
        "avg_entry_price": fmt(pos.avg_entry_price(market)),
        "cml_position_value": fmt(pos.cml_position_value),
        "max_position_value": fmt(pos.max_position_value),
        "created_at": pos.created_at,
        "updated_at": pos.updated_at,
        "take_profit_price": "0",
        "stop_loss_price": "0",
        "take_profit_type": "",
        "stop_loss_type": "",
        "settle_price": fmt(pos.avg_entry_price(market)),
        "settle_value": fmt(settle_value),
        "leverage": str(pos.leverage),
        "margin_avbl": fmt(pos.margin),
        "ath_margin_size": fmt(pos.ath_margin_size),
        "position_margin_rate": fmt(margin_rate.quantize(Decimal("1E-20"))),
        "maintenance_margin_rate": fmt(mmr),
        "maintenance_margin_value": fmt(value * mmr),
        "liq_price": fmt(liq_price),
        "bkr_price": fmt(bkr_price),
        "adl_level": 1,
    }
    if ws:
        data["first_filled_price"] = fmt(pos.first_filled_price)
        data["latest_filled_price"] = fmt(pos.latest_filled_price)
    return data


def spot_market(market: SpotMarket) -> Json:
    """``GET /v2/spot/market`` item (docs list-market)."""
    return {
        "market": market.market,
        "taker_fee_rate": fmt(market.taker_fee_rate),
        "maker_fee_rate": fmt(market.maker_fee_rate),
        "min_amount": fmt(market.min_amount),
        "base_ccy": market.base_ccy,
        "quote_ccy": market.quote_ccy,
        "base_ccy_precision": market.base_ccy_precision,
        "quote_ccy_precision": market.quote_ccy_precision,
        "status": "online",
        "delisted_at": 0,
        "is_amm_available": False,
        "is_margin_available": market.is_margin_available,
        "is_pre_market_trading_available": False,
        "is_api_trading_available": True,
    }


def futures_market(market: FuturesMarket, open_interest: Decimal) -> Json:
    """``GET /v2/futures/market`` item (samples/rest-get-v2-futures-market.json)."""
    return {
        "market": market.market,
        "contract_type": market.contract_type,
        "taker_fee_rate": fmt(market.taker_fee_rate),
        "maker_fee_rate": fmt(market.maker_fee_rate),
        "min_amount": fmt(market.min_amount),
        "base_ccy": market.base_ccy,
        "quote_ccy": market.quote_ccy,
        "base_ccy_precision": market.base_ccy_precision,
        "quote_ccy_precision": market.quote_ccy_precision,
        "tick_size": fmt(market.tick_size),
        "is_market_available": True,
        "is_copy_trading_available": False,
        "is_api_trading_available": True,
        "leverage": [str(level) for level in market.leverage],
        "open_interest_volume": fmt(open_interest),
        "status": "online",
        "delisted_at": 0,
    }


def transfer(record: TransferRecord) -> Json:
    """``GET /v2/assets/transfer-history`` item (docs list-transfer-history)."""
    return {
        "id": record.id,
        "margin_market": record.margin_market,
        "created_at": record.created_at,
        "from_account_type": record.from_account_type,
        "to_account_type": record.to_account_type,
        "ccy": record.ccy,
        "amount": fmt(record.amount),
        "status": record.status,
    }


def deposit(record: DepositRecord) -> Json:
    """``GET /v2/assets/deposit-history`` item; upper-case enums as in ccxt's real example."""
    return {
        "deposit_id": record.deposit_id,
        "created_at": record.created_at,
        "tx_id": record.tx_id,
        "tx_id_display": record.tx_id,
        "ccy": record.ccy,
        "chain": record.chain,
        "deposit_method": record.deposit_method.upper(),
        "amount": fmt(record.amount),
        "actual_amount": fmt(record.amount),
        "to_address": record.to_address,
        "confirmations": record.confirmations,
        "status": record.status.upper(),
        "tx_explorer_url": "",
        "to_addr_explorer_url": "",
        "remark": record.remark,
    }


def withdrawal(record: WithdrawRecord) -> Json:
    """``POST``/``GET /v2/assets/withdraw`` item (ccxt's real example: amount includes fee)."""
    return {
        "withdraw_id": record.withdraw_id,
        "created_at": record.created_at,
        "withdraw_method": record.withdraw_method.upper(),
        "ccy": record.ccy,
        "amount": fmt(record.amount + record.tx_fee),
        "actual_amount": fmt(record.amount),
        "chain": record.chain,
        "tx_fee": fmt(record.tx_fee),
        "fee_asset": record.ccy,
        "fee_amount": fmt(record.tx_fee),
        "to_address": record.to_address,
        "memo": record.memo,
        "tx_id": record.tx_id,
        "confirmations": 0,
        "explorer_address_url": "",
        "explorer_tx_url": "",
        "remark": record.remark,
        "status": record.status,
    }
