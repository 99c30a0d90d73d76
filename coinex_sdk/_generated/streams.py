# generated from spec/ by `python -m generator`; do not edit.
"""Typed WebSocket streams per venue: ``cx.ws.spot`` / ``cx.ws.futures`` (and async)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from ..ws._channel import Channel
from ..ws._streams import AsyncStreams, SyncStreams, book_args
from .models.futures import FuturesDepth
from .models.spot import SpotDepth
from .models.ws import (
    BboPush,
    DealsPush,
    FuturesBalancePush,
    FuturesOrderPush,
    FuturesStatePush,
    IndexPush,
    NoticePush,
    PositionPush,
    PremiumPush,
    SpotBalancePush,
    SpotOrderPush,
    SpotStatePush,
    StopPush,
    UserDealPush,
)
from .ws_args import (
    FUTURES_BALANCE_ARGS,
    FUTURES_BBO_ARGS,
    FUTURES_DEALS_ARGS,
    FUTURES_DEPTH_ARGS,
    FUTURES_INDEX_ARGS,
    FUTURES_ORDER_ARGS,
    FUTURES_POSITION_ARGS,
    FUTURES_PREMIUM_ARGS,
    FUTURES_STATE_ARGS,
    FUTURES_STOP_ARGS,
    FUTURES_USER_DEALS_ARGS,
    SPOT_BALANCE_ARGS,
    SPOT_BBO_ARGS,
    SPOT_DEALS_ARGS,
    SPOT_DEPTH_ARGS,
    SPOT_INDEX_ARGS,
    SPOT_NOTICE_ARGS,
    SPOT_ORDER_ARGS,
    SPOT_STATE_ARGS,
    SPOT_STOP_ARGS,
    SPOT_USER_DEALS_ARGS,
)

if TYPE_CHECKING:
    from ..ws import AsyncOrderBookStream, AsyncSubscription, OrderBookStream, Subscription

__all__ = ["AsyncFuturesStreams", "AsyncSpotStreams", "FuturesStreams", "SpotStreams"]

SPOT_STATE = Channel(
    "state",
    "spot",
    auth=False,
    list_param="market_list",
    route_path=(),
)

SPOT_DEALS = Channel(
    "deals",
    "spot",
    auth=False,
    list_param="market_list",
    route_path=("market",),
)

SPOT_DEPTH = Channel(
    "depth",
    "spot",
    auth=False,
    list_param="market_list",
    route_path=("market",),
)

SPOT_BBO = Channel(
    "bbo",
    "spot",
    auth=False,
    list_param="market_list",
    route_path=("market",),
)

SPOT_INDEX = Channel(
    "index",
    "spot",
    auth=False,
    list_param="market_list",
    route_path=("market",),
)

SPOT_ORDER = Channel(
    "order",
    "spot",
    auth=True,
    list_param="market_list",
    route_path=("order", "market"),
)

SPOT_STOP = Channel(
    "stop",
    "spot",
    auth=True,
    list_param="market_list",
    route_path=("stop", "market"),
)

SPOT_USER_DEALS = Channel(
    "user_deals",
    "spot",
    auth=True,
    list_param="market_list",
    route_path=("market",),
)

SPOT_BALANCE = Channel(
    "balance",
    "spot",
    auth=True,
    list_param="ccy_list",
    route_path=(),
)

SPOT_NOTICE = Channel(
    "notice",
    "spot",
    auth=True,
    list_param=None,
    route_path=(),
)

FUTURES_STATE = Channel(
    "state",
    "futures",
    auth=False,
    list_param="market_list",
    route_path=(),
)

FUTURES_DEALS = Channel(
    "deals",
    "futures",
    auth=False,
    list_param="market_list",
    route_path=("market",),
)

FUTURES_DEPTH = Channel(
    "depth",
    "futures",
    auth=False,
    list_param="market_list",
    route_path=("market",),
)

FUTURES_BBO = Channel(
    "bbo",
    "futures",
    auth=False,
    list_param="market_list",
    route_path=("market",),
)

FUTURES_INDEX = Channel(
    "index",
    "futures",
    auth=False,
    list_param="market_list",
    route_path=("market",),
)

FUTURES_PREMIUM = Channel(
    "premium",
    "futures",
    auth=False,
    list_param="market_list",
    route_path=("market",),
)

FUTURES_ORDER = Channel(
    "order",
    "futures",
    auth=True,
    list_param="market_list",
    route_path=("order", "market"),
)

FUTURES_STOP = Channel(
    "stop",
    "futures",
    auth=True,
    list_param="market_list",
    route_path=("stop", "market"),
)

FUTURES_USER_DEALS = Channel(
    "user_deals",
    "futures",
    auth=True,
    list_param="market_list",
    route_path=("market",),
)

FUTURES_BALANCE = Channel(
    "balance",
    "futures",
    auth=True,
    list_param="ccy_list",
    route_path=(),
)

FUTURES_POSITION = Channel(
    "position",
    "futures",
    auth=True,
    list_param="market_list",
    route_path=("position", "market"),
)


class SpotStreams(SyncStreams):
    """Spot WebSocket channels: ``cx.ws.spot``."""

    venue = "spot"

    def state(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> Subscription[SpotStatePush]:
        """24h market state, pushed about every 200 ms.

        Args:
            market: Markets; omit for all markets.

        Yields ``SpotStatePush`` per ``state.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market
        """
        args = SPOT_STATE_ARGS.check({"market": market})
        return self._client().subscribe(
            SPOT_STATE, {"market_list": args.get("market", [])}, self._decoder(SpotStatePush)
        )

    def deals(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> Subscription[DealsPush]:
        """Latest public trades, pushed about every 200 ms.

        Args:
            market: Markets; omit for all markets.

        Yields ``DealsPush`` per ``deals.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-deals
        """
        args = SPOT_DEALS_ARGS.check({"market": market})
        return self._client().subscribe(
            SPOT_DEALS, {"market_list": args.get("market", [])}, self._decoder(DealsPush)
        )

    def depth(
        self,
        *,
        market: str | Sequence[str],
        limit: Literal[5, 10, 20, 50] = 20,
        interval: Literal[
            "0",
            "0.00000000001",
            "0.000000000001",
            "0.0000000001",
            "0.000000001",
            "0.00000001",
            "0.0000001",
            "0.000001",
            "0.00001",
            "0.0001",
            "0.001",
            "0.01",
            "0.1",
            "1",
            "10",
            "100",
            "1000",
        ] = "0",
        is_full: bool = False,
    ) -> Subscription[SpotDepth]:
        """Order book updates (every 200 ms when changed; a full snapshot every minute).

        With is_full false, pushes after the first are deltas (a size "0" removes a level); use
        order_book() for a maintained, checksum-verified book.

        Args:
            market: Market name, or several: one subscription (CoinEx's market_list), pushes
                name their market.
            limit: Levels per side. One of 5, 10, 20, 50.
            interval: Merge level ("0" for none).
            is_full: Full book on every push instead of deltas.

        Yields ``SpotDepth`` per ``depth.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-depth
        """
        args = SPOT_DEPTH_ARGS.check(
            {"market": market, "limit": limit, "interval": interval, "is_full": is_full}
        )
        return self._client().subscribe(
            SPOT_DEPTH,
            {
                "market_list": [
                    [key, args["limit"], args["interval"], args["is_full"]]
                    for key in args["market"]
                ]
            },
            self._decoder(SpotDepth),
        )

    def bbo(
        self,
        *,
        market: str | Sequence[str],
    ) -> Subscription[BboPush]:
        """Best bid and offer, pushed in real time.

        Args:
            market: Markets.

        Yields ``BboPush`` per ``bbo.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-bbo
        """
        args = SPOT_BBO_ARGS.check({"market": market})
        return self._client().subscribe(
            SPOT_BBO, {"market_list": args.get("market", [])}, self._decoder(BboPush)
        )

    def index(
        self,
        *,
        market: str | Sequence[str],
    ) -> Subscription[IndexPush]:
        """Index (and on futures mark) prices, pushed about every 5 s.

        Args:
            market: Markets.

        Yields ``IndexPush`` per ``index.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-index
        """
        args = SPOT_INDEX_ARGS.check({"market": market})
        return self._client().subscribe(
            SPOT_INDEX, {"market_list": args.get("market", [])}, self._decoder(IndexPush)
        )

    def orders(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> Subscription[SpotOrderPush]:
        """The account's order updates (put, update, modify, finish).

        Args:
            market: Markets; omit for all markets.

        Yields ``SpotOrderPush`` per ``order.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/spot/order/ws/user-order
        """
        args = SPOT_ORDER_ARGS.check({"market": market})
        return self._client().subscribe(
            SPOT_ORDER, {"market_list": args.get("market", [])}, self._decoder(SpotOrderPush)
        )

    def stop_orders(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> Subscription[StopPush]:
        """The account's stop-order updates (put, active, cancel).

        Args:
            market: Markets; omit for all markets.

        Yields ``StopPush`` per ``stop.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/spot/order/ws/user-stop-order
        """
        args = SPOT_STOP_ARGS.check({"market": market})
        return self._client().subscribe(
            SPOT_STOP, {"market_list": args.get("market", [])}, self._decoder(StopPush)
        )

    def user_deals(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> Subscription[UserDealPush]:
        """The account's own fills, one per push.

        Args:
            market: Markets; omit for all markets.

        Yields ``UserDealPush`` per ``user_deals.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/spot/deal/ws/user-deals
        """
        args = SPOT_USER_DEALS_ARGS.check({"market": market})
        return self._client().subscribe(
            SPOT_USER_DEALS, {"market_list": args.get("market", [])}, self._decoder(UserDealPush)
        )

    def balances(
        self,
        *,
        ccy: str | Sequence[str] | None = None,
    ) -> Subscription[SpotBalancePush]:
        """The account's balance changes.

        Args:
            ccy: Currencies; omit for all.

        Yields ``SpotBalancePush`` per ``balance.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/ws/spot_balance
        """
        args = SPOT_BALANCE_ARGS.check({"ccy": ccy})
        return self._client().subscribe(
            SPOT_BALANCE, {"ccy_list": args.get("ccy", [])}, self._decoder(SpotBalancePush)
        )

    def notices(self) -> Subscription[NoticePush]:
        """System notices (channel 101, maintenance).

        Yields ``NoticePush`` per ``notice.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/common/ws/notice
        """
        SPOT_NOTICE_ARGS.check({})
        return self._client().subscribe(SPOT_NOTICE, {"channels": [101]}, self._decoder(NoticePush))

    def order_book(
        self,
        *,
        market: str | Sequence[str],
        limit: Literal[5, 10, 20, 50] = 20,
        interval: Literal[
            "0",
            "0.00000000001",
            "0.000000000001",
            "0.0000000001",
            "0.000000001",
            "0.00000001",
            "0.0000001",
            "0.000001",
            "0.00001",
            "0.0001",
            "0.001",
            "0.01",
            "0.1",
            "1",
            "10",
            "100",
            "1000",
        ] = "0",
    ) -> OrderBookStream:
        """Local order books kept from ``depth.update`` pushes, CRC32-verified.

        One subscription for every market given. Iterating yields a market's ``OrderBook``
        (Decimal levels, best first) after each push that left it verified, and a ``Gap``
        whenever the books stopped being current (reconnect, resync, a malformed push): every
        book then has ``synced`` False until CoinEx's next full snapshot of it. No item means no
        change. A checksum mismatch resubscribes for a fresh snapshot. ``.books`` holds the
        books by market (``.book`` when there is one).

        Args:
            market: Market name, or several: one subscription (CoinEx's market_list), pushes
                name their market.
            limit: Levels per side. One of 5, 10, 20, 50.
            interval: Merge level ("0" for none).
        """
        args = SPOT_DEPTH_ARGS.check(
            {"market": market, "limit": limit, "interval": interval, "is_full": False}
        )
        return self._client().order_book(channel=SPOT_DEPTH, **book_args(args))


class AsyncSpotStreams(AsyncStreams):
    """Spot WebSocket channels (async): ``acx.ws.spot``."""

    venue = "spot"

    def state(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> AsyncSubscription[SpotStatePush]:
        """24h market state, pushed about every 200 ms.

        Args:
            market: Markets; omit for all markets.

        Yields ``SpotStatePush`` per ``state.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market
        """
        args = SPOT_STATE_ARGS.check({"market": market})
        return self._client().subscribe(
            SPOT_STATE, {"market_list": args.get("market", [])}, self._decoder(SpotStatePush)
        )

    def deals(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> AsyncSubscription[DealsPush]:
        """Latest public trades, pushed about every 200 ms.

        Args:
            market: Markets; omit for all markets.

        Yields ``DealsPush`` per ``deals.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-deals
        """
        args = SPOT_DEALS_ARGS.check({"market": market})
        return self._client().subscribe(
            SPOT_DEALS, {"market_list": args.get("market", [])}, self._decoder(DealsPush)
        )

    def depth(
        self,
        *,
        market: str | Sequence[str],
        limit: Literal[5, 10, 20, 50] = 20,
        interval: Literal[
            "0",
            "0.00000000001",
            "0.000000000001",
            "0.0000000001",
            "0.000000001",
            "0.00000001",
            "0.0000001",
            "0.000001",
            "0.00001",
            "0.0001",
            "0.001",
            "0.01",
            "0.1",
            "1",
            "10",
            "100",
            "1000",
        ] = "0",
        is_full: bool = False,
    ) -> AsyncSubscription[SpotDepth]:
        """Order book updates (every 200 ms when changed; a full snapshot every minute).

        With is_full false, pushes after the first are deltas (a size "0" removes a level); use
        order_book() for a maintained, checksum-verified book.

        Args:
            market: Market name, or several: one subscription (CoinEx's market_list), pushes
                name their market.
            limit: Levels per side. One of 5, 10, 20, 50.
            interval: Merge level ("0" for none).
            is_full: Full book on every push instead of deltas.

        Yields ``SpotDepth`` per ``depth.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-depth
        """
        args = SPOT_DEPTH_ARGS.check(
            {"market": market, "limit": limit, "interval": interval, "is_full": is_full}
        )
        return self._client().subscribe(
            SPOT_DEPTH,
            {
                "market_list": [
                    [key, args["limit"], args["interval"], args["is_full"]]
                    for key in args["market"]
                ]
            },
            self._decoder(SpotDepth),
        )

    def bbo(
        self,
        *,
        market: str | Sequence[str],
    ) -> AsyncSubscription[BboPush]:
        """Best bid and offer, pushed in real time.

        Args:
            market: Markets.

        Yields ``BboPush`` per ``bbo.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-bbo
        """
        args = SPOT_BBO_ARGS.check({"market": market})
        return self._client().subscribe(
            SPOT_BBO, {"market_list": args.get("market", [])}, self._decoder(BboPush)
        )

    def index(
        self,
        *,
        market: str | Sequence[str],
    ) -> AsyncSubscription[IndexPush]:
        """Index (and on futures mark) prices, pushed about every 5 s.

        Args:
            market: Markets.

        Yields ``IndexPush`` per ``index.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-index
        """
        args = SPOT_INDEX_ARGS.check({"market": market})
        return self._client().subscribe(
            SPOT_INDEX, {"market_list": args.get("market", [])}, self._decoder(IndexPush)
        )

    def orders(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> AsyncSubscription[SpotOrderPush]:
        """The account's order updates (put, update, modify, finish).

        Args:
            market: Markets; omit for all markets.

        Yields ``SpotOrderPush`` per ``order.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/spot/order/ws/user-order
        """
        args = SPOT_ORDER_ARGS.check({"market": market})
        return self._client().subscribe(
            SPOT_ORDER, {"market_list": args.get("market", [])}, self._decoder(SpotOrderPush)
        )

    def stop_orders(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> AsyncSubscription[StopPush]:
        """The account's stop-order updates (put, active, cancel).

        Args:
            market: Markets; omit for all markets.

        Yields ``StopPush`` per ``stop.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/spot/order/ws/user-stop-order
        """
        args = SPOT_STOP_ARGS.check({"market": market})
        return self._client().subscribe(
            SPOT_STOP, {"market_list": args.get("market", [])}, self._decoder(StopPush)
        )

    def user_deals(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> AsyncSubscription[UserDealPush]:
        """The account's own fills, one per push.

        Args:
            market: Markets; omit for all markets.

        Yields ``UserDealPush`` per ``user_deals.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/spot/deal/ws/user-deals
        """
        args = SPOT_USER_DEALS_ARGS.check({"market": market})
        return self._client().subscribe(
            SPOT_USER_DEALS, {"market_list": args.get("market", [])}, self._decoder(UserDealPush)
        )

    def balances(
        self,
        *,
        ccy: str | Sequence[str] | None = None,
    ) -> AsyncSubscription[SpotBalancePush]:
        """The account's balance changes.

        Args:
            ccy: Currencies; omit for all.

        Yields ``SpotBalancePush`` per ``balance.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/ws/spot_balance
        """
        args = SPOT_BALANCE_ARGS.check({"ccy": ccy})
        return self._client().subscribe(
            SPOT_BALANCE, {"ccy_list": args.get("ccy", [])}, self._decoder(SpotBalancePush)
        )

    def notices(self) -> AsyncSubscription[NoticePush]:
        """System notices (channel 101, maintenance).

        Yields ``NoticePush`` per ``notice.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/common/ws/notice
        """
        SPOT_NOTICE_ARGS.check({})
        return self._client().subscribe(SPOT_NOTICE, {"channels": [101]}, self._decoder(NoticePush))

    def order_book(
        self,
        *,
        market: str | Sequence[str],
        limit: Literal[5, 10, 20, 50] = 20,
        interval: Literal[
            "0",
            "0.00000000001",
            "0.000000000001",
            "0.0000000001",
            "0.000000001",
            "0.00000001",
            "0.0000001",
            "0.000001",
            "0.00001",
            "0.0001",
            "0.001",
            "0.01",
            "0.1",
            "1",
            "10",
            "100",
            "1000",
        ] = "0",
    ) -> AsyncOrderBookStream:
        """Local order books kept from ``depth.update`` pushes, CRC32-verified.

        One subscription for every market given. ``async for`` yields a market's ``OrderBook``
        (Decimal levels, best first) after each push that left it verified, and a ``Gap``
        whenever the books stopped being current (reconnect, resync, a malformed push): every
        book then has ``synced`` False until CoinEx's next full snapshot of it. No item means no
        change. A checksum mismatch resubscribes for a fresh snapshot. ``.books`` holds the
        books by market (``.book`` when there is one).

        Args:
            market: Market name, or several: one subscription (CoinEx's market_list), pushes
                name their market.
            limit: Levels per side. One of 5, 10, 20, 50.
            interval: Merge level ("0" for none).
        """
        args = SPOT_DEPTH_ARGS.check(
            {"market": market, "limit": limit, "interval": interval, "is_full": False}
        )
        return self._client().order_book(channel=SPOT_DEPTH, **book_args(args))


class FuturesStreams(SyncStreams):
    """Futures WebSocket channels: ``cx.ws.futures``."""

    venue = "futures"

    def state(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> Subscription[FuturesStatePush]:
        """24h market state, pushed about every 200 ms.

        Args:
            market: Markets; omit for all markets.

        Yields ``FuturesStatePush`` per ``state.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market
        """
        args = FUTURES_STATE_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_STATE, {"market_list": args.get("market", [])}, self._decoder(FuturesStatePush)
        )

    def deals(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> Subscription[DealsPush]:
        """Latest public trades, pushed about every 200 ms.

        Args:
            market: Markets; omit for all markets.

        Yields ``DealsPush`` per ``deals.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-deals
        """
        args = FUTURES_DEALS_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_DEALS, {"market_list": args.get("market", [])}, self._decoder(DealsPush)
        )

    def depth(
        self,
        *,
        market: str | Sequence[str],
        limit: Literal[5, 10, 20, 50] = 20,
        interval: Literal[
            "0",
            "0.00000000001",
            "0.000000000001",
            "0.0000000001",
            "0.000000001",
            "0.00000001",
            "0.0000001",
            "0.000001",
            "0.00001",
            "0.0001",
            "0.001",
            "0.01",
            "0.1",
            "1",
            "10",
            "100",
            "1000",
        ] = "0",
        is_full: bool = False,
    ) -> Subscription[FuturesDepth]:
        """Order book updates (every 200 ms when changed; a full snapshot every minute).

        With is_full false, pushes after the first are deltas (a size "0" removes a level); use
        order_book() for a maintained, checksum-verified book.

        Args:
            market: Market name, or several: one subscription (CoinEx's market_list), pushes
                name their market.
            limit: Levels per side. One of 5, 10, 20, 50.
            interval: Merge level ("0" for none).
            is_full: Full book on every push instead of deltas.

        Yields ``FuturesDepth`` per ``depth.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-depth
        """
        args = FUTURES_DEPTH_ARGS.check(
            {"market": market, "limit": limit, "interval": interval, "is_full": is_full}
        )
        return self._client().subscribe(
            FUTURES_DEPTH,
            {
                "market_list": [
                    [key, args["limit"], args["interval"], args["is_full"]]
                    for key in args["market"]
                ]
            },
            self._decoder(FuturesDepth),
        )

    def bbo(
        self,
        *,
        market: str | Sequence[str],
    ) -> Subscription[BboPush]:
        """Best bid and offer, pushed in real time.

        Args:
            market: Markets.

        Yields ``BboPush`` per ``bbo.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-bbo
        """
        args = FUTURES_BBO_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_BBO, {"market_list": args.get("market", [])}, self._decoder(BboPush)
        )

    def index(
        self,
        *,
        market: str | Sequence[str],
    ) -> Subscription[IndexPush]:
        """Index (and on futures mark) prices, pushed about every 5 s.

        Args:
            market: Markets.

        Yields ``IndexPush`` per ``index.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-index
        """
        args = FUTURES_INDEX_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_INDEX, {"market_list": args.get("market", [])}, self._decoder(IndexPush)
        )

    def premium(
        self,
        *,
        market: str | Sequence[str],
    ) -> Subscription[PremiumPush]:
        """Premium index of futures markets.

        Unverified: The docs page text was not available; fields follow CoinEx.Net's model.

        Args:
            market: Markets.

        Yields ``PremiumPush`` per ``premium.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/futures/market/ws/market-premium
        """
        args = FUTURES_PREMIUM_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_PREMIUM, {"market_list": args.get("market", [])}, self._decoder(PremiumPush)
        )

    def orders(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> Subscription[FuturesOrderPush]:
        """The account's order updates (put, update, modify, finish).

        Args:
            market: Markets; omit for all markets.

        Yields ``FuturesOrderPush`` per ``order.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/spot/order/ws/user-order
        """
        args = FUTURES_ORDER_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_ORDER, {"market_list": args.get("market", [])}, self._decoder(FuturesOrderPush)
        )

    def stop_orders(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> Subscription[StopPush]:
        """The account's stop-order updates (put, active, cancel).

        Args:
            market: Markets; omit for all markets.

        Yields ``StopPush`` per ``stop.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/spot/order/ws/user-stop-order
        """
        args = FUTURES_STOP_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_STOP, {"market_list": args.get("market", [])}, self._decoder(StopPush)
        )

    def user_deals(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> Subscription[UserDealPush]:
        """The account's own fills, one per push.

        Args:
            market: Markets; omit for all markets.

        Yields ``UserDealPush`` per ``user_deals.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/spot/deal/ws/user-deals
        """
        args = FUTURES_USER_DEALS_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_USER_DEALS, {"market_list": args.get("market", [])}, self._decoder(UserDealPush)
        )

    def balances(
        self,
        *,
        ccy: str | Sequence[str] | None = None,
    ) -> Subscription[FuturesBalancePush]:
        """The account's balance changes.

        Args:
            ccy: Currencies; omit for all.

        Yields ``FuturesBalancePush`` per ``balance.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/ws/spot_balance
        """
        args = FUTURES_BALANCE_ARGS.check({"ccy": ccy})
        return self._client().subscribe(
            FUTURES_BALANCE, {"ccy_list": args.get("ccy", [])}, self._decoder(FuturesBalancePush)
        )

    def positions(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> Subscription[PositionPush]:
        """The account's position updates.

        Args:
            market: Markets; omit for all markets.

        Yields ``PositionPush`` per ``position.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/futures/position/ws/user-position
        """
        args = FUTURES_POSITION_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_POSITION, {"market_list": args.get("market", [])}, self._decoder(PositionPush)
        )

    def order_book(
        self,
        *,
        market: str | Sequence[str],
        limit: Literal[5, 10, 20, 50] = 20,
        interval: Literal[
            "0",
            "0.00000000001",
            "0.000000000001",
            "0.0000000001",
            "0.000000001",
            "0.00000001",
            "0.0000001",
            "0.000001",
            "0.00001",
            "0.0001",
            "0.001",
            "0.01",
            "0.1",
            "1",
            "10",
            "100",
            "1000",
        ] = "0",
    ) -> OrderBookStream:
        """Local order books kept from ``depth.update`` pushes, CRC32-verified.

        One subscription for every market given. Iterating yields a market's ``OrderBook``
        (Decimal levels, best first) after each push that left it verified, and a ``Gap``
        whenever the books stopped being current (reconnect, resync, a malformed push): every
        book then has ``synced`` False until CoinEx's next full snapshot of it. No item means no
        change. A checksum mismatch resubscribes for a fresh snapshot. ``.books`` holds the
        books by market (``.book`` when there is one).

        Args:
            market: Market name, or several: one subscription (CoinEx's market_list), pushes
                name their market.
            limit: Levels per side. One of 5, 10, 20, 50.
            interval: Merge level ("0" for none).
        """
        args = FUTURES_DEPTH_ARGS.check(
            {"market": market, "limit": limit, "interval": interval, "is_full": False}
        )
        return self._client().order_book(channel=FUTURES_DEPTH, **book_args(args))


class AsyncFuturesStreams(AsyncStreams):
    """Futures WebSocket channels (async): ``acx.ws.futures``."""

    venue = "futures"

    def state(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> AsyncSubscription[FuturesStatePush]:
        """24h market state, pushed about every 200 ms.

        Args:
            market: Markets; omit for all markets.

        Yields ``FuturesStatePush`` per ``state.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market
        """
        args = FUTURES_STATE_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_STATE, {"market_list": args.get("market", [])}, self._decoder(FuturesStatePush)
        )

    def deals(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> AsyncSubscription[DealsPush]:
        """Latest public trades, pushed about every 200 ms.

        Args:
            market: Markets; omit for all markets.

        Yields ``DealsPush`` per ``deals.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-deals
        """
        args = FUTURES_DEALS_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_DEALS, {"market_list": args.get("market", [])}, self._decoder(DealsPush)
        )

    def depth(
        self,
        *,
        market: str | Sequence[str],
        limit: Literal[5, 10, 20, 50] = 20,
        interval: Literal[
            "0",
            "0.00000000001",
            "0.000000000001",
            "0.0000000001",
            "0.000000001",
            "0.00000001",
            "0.0000001",
            "0.000001",
            "0.00001",
            "0.0001",
            "0.001",
            "0.01",
            "0.1",
            "1",
            "10",
            "100",
            "1000",
        ] = "0",
        is_full: bool = False,
    ) -> AsyncSubscription[FuturesDepth]:
        """Order book updates (every 200 ms when changed; a full snapshot every minute).

        With is_full false, pushes after the first are deltas (a size "0" removes a level); use
        order_book() for a maintained, checksum-verified book.

        Args:
            market: Market name, or several: one subscription (CoinEx's market_list), pushes
                name their market.
            limit: Levels per side. One of 5, 10, 20, 50.
            interval: Merge level ("0" for none).
            is_full: Full book on every push instead of deltas.

        Yields ``FuturesDepth`` per ``depth.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-depth
        """
        args = FUTURES_DEPTH_ARGS.check(
            {"market": market, "limit": limit, "interval": interval, "is_full": is_full}
        )
        return self._client().subscribe(
            FUTURES_DEPTH,
            {
                "market_list": [
                    [key, args["limit"], args["interval"], args["is_full"]]
                    for key in args["market"]
                ]
            },
            self._decoder(FuturesDepth),
        )

    def bbo(
        self,
        *,
        market: str | Sequence[str],
    ) -> AsyncSubscription[BboPush]:
        """Best bid and offer, pushed in real time.

        Args:
            market: Markets.

        Yields ``BboPush`` per ``bbo.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-bbo
        """
        args = FUTURES_BBO_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_BBO, {"market_list": args.get("market", [])}, self._decoder(BboPush)
        )

    def index(
        self,
        *,
        market: str | Sequence[str],
    ) -> AsyncSubscription[IndexPush]:
        """Index (and on futures mark) prices, pushed about every 5 s.

        Args:
            market: Markets.

        Yields ``IndexPush`` per ``index.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/spot/market/ws/market-index
        """
        args = FUTURES_INDEX_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_INDEX, {"market_list": args.get("market", [])}, self._decoder(IndexPush)
        )

    def premium(
        self,
        *,
        market: str | Sequence[str],
    ) -> AsyncSubscription[PremiumPush]:
        """Premium index of futures markets.

        Unverified: The docs page text was not available; fields follow CoinEx.Net's model.

        Args:
            market: Markets.

        Yields ``PremiumPush`` per ``premium.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: no. CoinEx docs: https://docs.coinex.com/api/v2/futures/market/ws/market-premium
        """
        args = FUTURES_PREMIUM_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_PREMIUM, {"market_list": args.get("market", [])}, self._decoder(PremiumPush)
        )

    def orders(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> AsyncSubscription[FuturesOrderPush]:
        """The account's order updates (put, update, modify, finish).

        Args:
            market: Markets; omit for all markets.

        Yields ``FuturesOrderPush`` per ``order.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/spot/order/ws/user-order
        """
        args = FUTURES_ORDER_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_ORDER, {"market_list": args.get("market", [])}, self._decoder(FuturesOrderPush)
        )

    def stop_orders(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> AsyncSubscription[StopPush]:
        """The account's stop-order updates (put, active, cancel).

        Args:
            market: Markets; omit for all markets.

        Yields ``StopPush`` per ``stop.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/spot/order/ws/user-stop-order
        """
        args = FUTURES_STOP_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_STOP, {"market_list": args.get("market", [])}, self._decoder(StopPush)
        )

    def user_deals(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> AsyncSubscription[UserDealPush]:
        """The account's own fills, one per push.

        Args:
            market: Markets; omit for all markets.

        Yields ``UserDealPush`` per ``user_deals.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/spot/deal/ws/user-deals
        """
        args = FUTURES_USER_DEALS_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_USER_DEALS, {"market_list": args.get("market", [])}, self._decoder(UserDealPush)
        )

    def balances(
        self,
        *,
        ccy: str | Sequence[str] | None = None,
    ) -> AsyncSubscription[FuturesBalancePush]:
        """The account's balance changes.

        Args:
            ccy: Currencies; omit for all.

        Yields ``FuturesBalancePush`` per ``balance.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/assets/balance/ws/spot_balance
        """
        args = FUTURES_BALANCE_ARGS.check({"ccy": ccy})
        return self._client().subscribe(
            FUTURES_BALANCE, {"ccy_list": args.get("ccy", [])}, self._decoder(FuturesBalancePush)
        )

    def positions(
        self,
        *,
        market: str | Sequence[str] | None = None,
    ) -> AsyncSubscription[PositionPush]:
        """The account's position updates.

        Args:
            market: Markets; omit for all markets.

        Yields ``PositionPush`` per ``position.update`` push, and a ``Gap`` when updates
        may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``
        keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.
        Signed connection: yes. CoinEx docs: https://docs.coinex.com/api/v2/futures/position/ws/user-position
        """
        args = FUTURES_POSITION_ARGS.check({"market": market})
        return self._client().subscribe(
            FUTURES_POSITION, {"market_list": args.get("market", [])}, self._decoder(PositionPush)
        )

    def order_book(
        self,
        *,
        market: str | Sequence[str],
        limit: Literal[5, 10, 20, 50] = 20,
        interval: Literal[
            "0",
            "0.00000000001",
            "0.000000000001",
            "0.0000000001",
            "0.000000001",
            "0.00000001",
            "0.0000001",
            "0.000001",
            "0.00001",
            "0.0001",
            "0.001",
            "0.01",
            "0.1",
            "1",
            "10",
            "100",
            "1000",
        ] = "0",
    ) -> AsyncOrderBookStream:
        """Local order books kept from ``depth.update`` pushes, CRC32-verified.

        One subscription for every market given. ``async for`` yields a market's ``OrderBook``
        (Decimal levels, best first) after each push that left it verified, and a ``Gap``
        whenever the books stopped being current (reconnect, resync, a malformed push): every
        book then has ``synced`` False until CoinEx's next full snapshot of it. No item means no
        change. A checksum mismatch resubscribes for a fresh snapshot. ``.books`` holds the
        books by market (``.book`` when there is one).

        Args:
            market: Market name, or several: one subscription (CoinEx's market_list), pushes
                name their market.
            limit: Levels per side. One of 5, 10, 20, 50.
            interval: Merge level ("0" for none).
        """
        args = FUTURES_DEPTH_ARGS.check(
            {"market": market, "limit": limit, "interval": interval, "is_full": False}
        )
        return self._client().order_book(channel=FUTURES_DEPTH, **book_args(args))
