"""A spot grid bot that can be stopped and restarted without doubling a single order.

Every grid order has a client_id derived from the grid itself (``grid-BTCUSDT-buy-2``), so the bot
asks CoinEx what is already there before placing anything: a restart, a crash between two
placements or an order whose answer was lost (the SDK resolves it by client_id, see the order
safety guide) never leaves two orders on one level.

    COINEX_ACCESS_ID=... COINEX_SECRET_KEY=... python examples/grid_bot.py --market BTCUSDT
    (add COINEX_BASE_URL=http://127.0.0.1:8000 to run it against `coinex sandbox`)
"""

from __future__ import annotations

import argparse
from decimal import ROUND_DOWN, Decimal

from coinex_sdk import CoinEx, InvalidOrderError
from coinex_sdk.models import SpotOrder


class GridBot:
    """``levels`` buy orders below and ``levels`` sell orders above the mid price, ``step``
    apart, each for ``amount`` of the base currency."""

    def __init__(
        self,
        cx: CoinEx,
        *,
        market: str,
        levels: int,
        step: Decimal,
        amount: Decimal = Decimal("0.001"),
    ) -> None:
        self.cx = cx
        self.market = market
        self.levels = levels
        self.step = step
        self.amount = amount

    def client_id(self, side: str, level: int) -> str:
        """Deterministic per grid level: the key that makes a restart safe."""
        return f"grid-{self.market}-{side}-{level}"

    def mid_price(self) -> Decimal:
        depth = self.cx.spot.depth(market=self.market, limit=5, interval="0")
        bid, ask = depth.depth.bids[0][0], depth.depth.asks[0][0]
        return ((bid + ask) / 2).quantize(Decimal("0.01"), rounding=ROUND_DOWN)

    def existing(self) -> dict[str, SpotOrder]:
        """The grid's orders already on the exchange, by client_id."""
        orders = self.cx.spot.iter_pending_orders(market=self.market, market_type="SPOT")
        return {o.client_id: o for o in orders if o.client_id.startswith(f"grid-{self.market}-")}

    def start(self) -> list[SpotOrder]:
        """Place every missing grid order; returns the grid as it stands."""
        have = self.existing()
        mid = self.mid_price()
        grid = []
        for level in range(1, self.levels + 1):
            for side, price in (
                ("buy", mid - self.step * level),
                ("sell", mid + self.step * level),
            ):
                cid = self.client_id(side, level)
                if cid in have:
                    grid.append(have[cid])
                    continue
                try:
                    grid.append(
                        self.cx.spot.place_order(
                            market=self.market,
                            market_type="SPOT",
                            side=side,
                            type="maker_only",
                            amount=self.amount,
                            price=price,
                            client_id=cid,
                        )
                    )
                except InvalidOrderError as exc:  # e.g. a maker-only that would take: skip it
                    print(f"level {cid} skipped: {exc.message}")
        return grid

    def stop(self) -> None:
        """Cancel the grid's orders (and nothing else on the account)."""
        for order in self.existing().values():
            self.cx.spot.cancel_order(
                market=self.market, market_type="SPOT", order_id=order.order_id
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--market", default="BTCUSDT")
    parser.add_argument("--levels", type=int, default=3)
    parser.add_argument("--step", type=Decimal, default=Decimal("50"))
    parser.add_argument("--amount", type=Decimal, default=Decimal("0.001"))
    parser.add_argument("--cancel", action="store_true", help="cancel the grid and exit")
    options = parser.parse_args()
    with CoinEx() as cx:
        bot = GridBot(
            cx,
            market=options.market,
            levels=options.levels,
            step=options.step,
            amount=options.amount,
        )
        if options.cancel:
            bot.stop()
            print("grid cancelled")
            return
        for order in sorted(bot.start(), key=lambda o: o.price):
            print(f"{order.client_id:28} {order.side.value:4} {order.amount} @ {order.price}")


if __name__ == "__main__":
    main()
