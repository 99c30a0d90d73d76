"""An async bot that reacts to its fills over WebSocket, and to gaps by reconciling over REST.

It keeps its own view of its open orders from ``order.update`` pushes. When a stream yields a
``Gap`` (a reconnect, a dropped frame, or the bot falling behind), pushes may be missing, so it
re-reads its open orders over REST instead of trusting a view that may be stale. Each fill
(``user_deals``) is answered with an order on the other side one ``step`` away: a tiny
market-making loop.

    COINEX_ACCESS_ID=... COINEX_SECRET_KEY=... python examples/ws_bot.py --seconds 60
"""

from __future__ import annotations

import argparse
import asyncio
from decimal import Decimal

from coinex_sdk import AsyncCoinEx
from coinex_sdk.models import SpotOrder, SpotOrderPush, UserDealPush
from coinex_sdk.ws import Gap


class FillBot:
    def __init__(self, acx: AsyncCoinEx, *, market: str, step: Decimal) -> None:
        self.acx = acx
        self.market = market
        self.step = step
        self.open_orders: dict[int, SpotOrder | SpotOrderPush] = {}
        self.fills: list[UserDealPush] = []
        self.gaps = 0
        self.replies = 0
        self.listening = asyncio.Event()  # both streams are subscribed
        self._subscribed = 0

    async def reconcile(self) -> None:
        """The source of truth after a gap: what CoinEx says is open."""
        self.open_orders = {
            o.order_id: o
            async for o in self.acx.spot.iter_pending_orders(market=self.market, market_type="SPOT")
        }

    async def watch_orders(self) -> None:
        async with self.acx.ws.spot.orders(market=[self.market]) as orders:
            self._ready()
            async for push in orders:
                if isinstance(push, Gap):
                    self.gaps += 1
                    await self.reconcile()
                elif push.event.value == "finish":
                    self.open_orders.pop(push.order.order_id, None)
                else:
                    self.open_orders[push.order.order_id] = push

    async def watch_fills(self) -> None:
        async with self.acx.ws.spot.user_deals(market=[self.market]) as deals:
            self._ready()
            async for deal in deals:
                if isinstance(deal, Gap):
                    self.gaps += 1
                    await self.reconcile()  # a fill may have been missed: trust REST
                    continue
                self.fills.append(deal)
                await self.reply_to(deal)

    def _ready(self) -> None:
        self._subscribed += 1
        if self._subscribed == 2:
            self.listening.set()

    async def reply_to(self, deal: UserDealPush) -> None:
        """A fill on one side: quote the other side one step away (maker-only)."""
        side = "sell" if deal.side.value == "buy" else "buy"
        price = deal.price + self.step if side == "sell" else deal.price - self.step
        order = await self.acx.spot.place_order(
            market=self.market,
            market_type="SPOT",
            side=side,
            type="maker_only",
            amount=deal.amount,
            price=price,
            client_id=f"reply-{deal.deal_id}",
        )
        self.replies += 1
        print(
            f"filled {deal.side.value} {deal.amount} @ {deal.price}: quoted {side} @ {order.price}"
        )

    async def run(self, seconds: float, kick: bool = False) -> None:
        await self.reconcile()
        tasks = [asyncio.create_task(self.watch_orders()), asyncio.create_task(self.watch_fills())]
        try:
            if kick:  # a first trade of our own, so there is a fill to react to
                # Trade only once both streams are subscribed, or the fill's push is missed.
                await asyncio.wait_for(self.listening.wait(), timeout=30)
                await self.acx.spot.place_order(
                    market=self.market,
                    market_type="SPOT",
                    side="buy",
                    type="market",
                    amount="25",
                )
            await asyncio.sleep(seconds)
        finally:
            for task in tasks:
                task.cancel()
            for outcome in await asyncio.gather(*tasks, return_exceptions=True):
                if isinstance(outcome, Exception):  # a watcher that failed, not one cancelled
                    raise outcome


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--market", default="BTCUSDT")
    parser.add_argument("--step", type=Decimal, default=Decimal("20"))
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--kick", action="store_true", help="place one market order first")
    options = parser.parse_args()
    async with AsyncCoinEx() as acx:
        bot = FillBot(acx, market=options.market, step=options.step)
        await bot.run(options.seconds, kick=options.kick)
    print(
        f"fills={len(bot.fills)} replies={bot.replies} gaps={bot.gaps} open={len(bot.open_orders)}"
    )


if __name__ == "__main__":
    asyncio.run(main())
