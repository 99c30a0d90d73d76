"""Wire shapes of markets, positions and asset records (decimals as strings, ids as ints).

Field sets follow the captured real responses (spec/examples/, ccxt's examples) where there is
one, and the docs' field tables otherwise; quirks are kept (``rik_rate``, upper-case
``deposit_method``) because clients must cope with them.
"""

from __future__ import annotations

from decimal import Decimal

from ..engine._accounts import DepositRecord, TransferRecord, WithdrawRecord
from ..engine._margin import MarginLoan
from ..engine._markets import FuturesMarket, SpotMarket
from ..engine._num import ZERO, fmt
from ..engine._positions import Position, TpSl
from ._fields import Json, field_names, fields

__all__ = [
    "deposit",
    "futures_market",
    "loan",
    "position",
    "spot_market",
    "transfer",
    "withdrawal",
]


_TPSL_ITEM = field_names("id price type amount is_all created_at")
_SPOT_MARKET = field_names("""
    market taker_fee_rate maker_fee_rate min_amount base_ccy quote_ccy base_ccy_precision
    quote_ccy_precision status delisted_at is_amm_available is_margin_available
    is_pre_market_trading_available is_api_trading_available
""")
_FUTURES_MARKET = field_names("""
    market contract_type taker_fee_rate maker_fee_rate min_amount base_ccy quote_ccy
    base_ccy_precision quote_ccy_precision tick_size is_market_available is_copy_trading_available
    is_api_trading_available leverage open_interest_volume status delisted_at
""")
_TRANSFER = field_names("""
    id margin_market created_at from_account_type to_account_type ccy amount status
""")
_DEPOSIT = field_names("""
    deposit_id created_at tx_id tx_id_display ccy chain deposit_method amount actual_amount
    to_address confirmations status tx_explorer_url to_addr_explorer_url remark
""")
_WITHDRAWAL = field_names("""
    withdraw_id created_at withdraw_method ccy amount actual_amount chain tx_fee fee_asset
    fee_amount to_address memo tx_id confirmations explorer_address_url explorer_tx_url remark
    status
""")
_LOAN = field_names("""
    borrow_id created_at market ccy daily_interest_rate expired_at borrow_amount to_repaid_amount
    to_repaied_amount is_auto_renew status
""")


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
        **_tpsl_summary(pos.take_profits, "take_profit"),
        **_tpsl_summary(pos.stop_losses, "stop_loss"),
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
    if pos.finished_type:
        data["finished_type"] = pos.finished_type
    if pos.take_profits or pos.stop_losses:
        # The ids the modify/cancel calls take; only shown when there is one (the captured
        # real positions without TP/SL carry neither list).
        data["take_profit_list"] = [_tpsl_item(item) for item in pos.take_profits]
        data["stop_loss_list"] = [_tpsl_item(item) for item in pos.stop_losses]
    if ws:  # position.update (CoinEx.Net's model): no market_type, and settle_val
        data.pop("finished_type", None)
        del data["market_type"]
        data["settle_val"] = data.pop("settle_value")
        data["first_filled_price"] = fmt(pos.first_filled_price)
        data["latest_filled_price"] = fmt(pos.latest_filled_price)
    return data


def _tpsl_summary(items: list[TpSl], kind: str) -> Json:
    """``take_profit_price``/``_type`` (or ``stop_loss_...``): the whole-position one, else the
    first partial one; ``"0"`` and ``""`` when none is set, as CoinEx reports it."""
    shown = next((item for item in items if item.is_all), items[0] if items else None)
    if shown is None:
        return {f"{kind}_price": "0", f"{kind}_type": ""}
    return {f"{kind}_price": fmt(shown.price), f"{kind}_type": shown.price_type}


def _tpsl_item(item: TpSl) -> Json:
    """One ``take_profit_list`` / ``stop_loss_list`` entry."""
    return fields(item, _TPSL_ITEM, type=item.price_type)


def spot_market(market: SpotMarket) -> Json:
    """``GET /v2/spot/market`` item (docs list-market)."""
    return fields(
        market,
        _SPOT_MARKET,
        status="online",
        delisted_at=0,
        is_pre_market_trading_available=False,
        is_api_trading_available=True,
    )


def futures_market(market: FuturesMarket, open_interest: Decimal) -> Json:
    """``GET /v2/futures/market`` item (spec/examples/futures-market.json)."""
    return fields(
        market,
        _FUTURES_MARKET,
        is_market_available=True,
        is_copy_trading_available=False,
        is_api_trading_available=True,
        leverage=[str(level) for level in market.leverage],
        open_interest_volume=open_interest,
        status="online",
        delisted_at=0,
    )


def transfer(record: TransferRecord) -> Json:
    """``GET /v2/assets/transfer-history`` item (docs list-transfer-history)."""
    return fields(record, _TRANSFER)


def deposit(record: DepositRecord) -> Json:
    """``GET /v2/assets/deposit-history`` item; upper-case enums as in ccxt's real example."""
    return fields(
        record,
        _DEPOSIT,
        tx_id_display=record.tx_id,
        deposit_method=record.deposit_method.upper(),
        actual_amount=record.amount,
        status=record.status.upper(),
        tx_explorer_url="",
        to_addr_explorer_url="",
    )


def withdrawal(record: WithdrawRecord) -> Json:
    """``POST``/``GET /v2/assets/withdraw`` item (ccxt's real example: amount includes fee)."""
    return fields(
        record,
        _WITHDRAWAL,
        withdraw_method=record.withdraw_method.upper(),
        amount=record.amount + record.tx_fee,
        actual_amount=record.amount,
        fee_asset=record.ccy,
        fee_amount=record.tx_fee,
        confirmations=0,
        explorer_address_url="",
        explorer_tx_url="",
    )


def loan(record: MarginLoan) -> Json:
    """A ``borrow`` answer / ``borrow-history`` item (the docs' fields; the amount still owed
    under both its docs name and the ``to_repaied_amount`` live responses use)."""
    return fields(record, _LOAN, to_repaid_amount=record.owed, to_repaied_amount=record.owed)
