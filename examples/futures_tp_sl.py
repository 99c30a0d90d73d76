"""Open a futures position with a take-profit and a stop-loss, then close it.

    COINEX_ACCESS_ID=... COINEX_SECRET_KEY=... python examples/futures_tp_sl.py --market BTCUSDT

Take-profit and stop-loss are set on the *position* (CoinEx triggers them on the chosen price:
latest, mark or index) right after the opening order fills. The opening order carries a
client_id, so if its answer is lost the SDK finds it instead of opening a second position.
"""

from __future__ import annotations

import argparse
import uuid
from decimal import Decimal

from coinex_sdk import CoinEx
from coinex_sdk.models import FuturesPosition


def open_with_tp_sl(
    cx: CoinEx,
    *,
    market: str,
    amount: Decimal,
    leverage: int,
    take_profit: Decimal,
    stop_loss: Decimal,
) -> FuturesPosition:
    """A long of ``amount`` with TP/SL at ``+take_profit`` / ``-stop_loss`` of the fill price."""
    cx.futures.adjust_position_leverage(market=market, margin_mode="isolated", leverage=leverage)
    order = cx.futures.place_order(
        market=market,
        side="buy",
        type="market",
        amount=amount,
        client_id=f"open-{uuid.uuid4().hex[:16]}",
    )
    (position,) = cx.futures.pending_positions(market=market)
    entry = position.avg_entry_price
    print(f"opened {order.client_id}: {position.open_interest} {market} @ {entry}")
    cx.futures.set_position_take_profit(
        market=market,
        take_profit_type="mark_price",
        take_profit_price=(entry * (1 + take_profit)).quantize(Decimal("0.01")),
    )
    cx.futures.set_position_stop_loss(
        market=market,
        stop_loss_type="mark_price",
        stop_loss_price=(entry * (1 - stop_loss)).quantize(Decimal("0.01")),
    )
    (position,) = cx.futures.pending_positions(market=market)
    return position


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--market", default="BTCUSDT")
    parser.add_argument("--amount", type=Decimal, default=Decimal("0.01"))
    parser.add_argument("--leverage", type=int, default=5)
    parser.add_argument("--take-profit", type=Decimal, default=Decimal("0.02"), help="0.02 = 2%%")
    parser.add_argument("--stop-loss", type=Decimal, default=Decimal("0.01"))
    parser.add_argument("--keep", action="store_true", help="leave the position open")
    options = parser.parse_args()
    with CoinEx() as cx:
        position = open_with_tp_sl(
            cx,
            market=options.market,
            amount=options.amount,
            leverage=options.leverage,
            take_profit=options.take_profit,
            stop_loss=options.stop_loss,
        )
        print(
            f"take-profit {position.take_profit_price} ({position.take_profit_type}), "
            f"stop-loss {position.stop_loss_price} ({position.stop_loss_type})"
        )
        if not options.keep:
            closed = cx.futures.close_position(market=options.market, type="market")
            print(f"closed with order {closed.order_id}")


if __name__ == "__main__":
    main()
