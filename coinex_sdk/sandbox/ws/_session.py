"""One WebSocket connection's protocol, without I/O: requests in, messages out.

A :class:`WsSession` answers ``server.sign``, ``server.ping`` and ``<channel>.subscribe`` /
``.unsubscribe`` for every spec channel (docs/protocol/websocket.md §8-10), remembers what the
connection subscribed to, and turns exchange events into the pushes this connection should get:
public channels filtered by market, private ones by the signed account and by market (or
currency, for balance). The server (``_server``) moves the messages and runs the timers.

Depth (§11) is kept per market: the first push after a subscribe is the full book; later pushes
carry only the levels that changed, a size ``"0"`` removing a level, with the CRC32 checksum of
the whole book the client should now hold; every ``snapshot_interval`` a full book again.
Subscribers with ``is_full`` get the whole book on every change.

Error codes (§7) are the venue's: spot 2xxxx, futures 3xxxx.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..engine._accounts import Account
from ..engine._errors import SandboxApiError
from ..engine._events import Event, Scope
from ..engine._exchange import Exchange
from ..engine._num import fmt
from ..engine._subaccounts import check_key
from ..http._auth import WS_AUTH_FAILED, verify_ws_sign
from ..render._views import DEPTH_INTERVALS, DEPTH_LIMITS

__all__ = ["CHANNELS", "WsSession", "push"]

CHANNELS: dict[str, frozenset[Scope]] = {
    "state": frozenset(("spot", "futures")),
    "deals": frozenset(("spot", "futures")),
    "depth": frozenset(("spot", "futures")),
    "bbo": frozenset(("spot", "futures")),
    "index": frozenset(("spot", "futures")),
    "premium": frozenset(("futures",)),
    "order": frozenset(("spot", "futures")),
    "stop": frozenset(("spot", "futures")),
    "user_deals": frozenset(("spot", "futures")),
    "balance": frozenset(("spot", "futures")),
    "position": frozenset(("futures",)),
    "notice": frozenset(("spot",)),
}
"""Every channel of spec/ws/channels.yaml and the venues that serve it (its ``venues:``)."""
PRIVATE = frozenset(("order", "stop", "user_deals", "balance", "position", "notice"))
_LIST_PARAM = {"balance": "ccy_list", "notice": "channels"}

_PARAMS, _NO_METHOD, _AUTH_REQUIRED = 1, 2, 1001
Message = dict[str, Any]
Levels = list[list[str]]


class _Refused(Exception):
    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset = offset
        self.message = message


def push(channel: str, data: Any) -> Message:
    """A server push (§2): ``id`` is null, the method names the channel."""
    return {"method": f"{channel}.update", "data": data, "id": None}


@attrs.define
class DepthSubscription:
    limit: int
    interval: str
    is_full: bool
    bids: Levels | None = None
    """The book the client holds after the last push (None until the first)."""
    asks: Levels | None = None
    full_at_ms: int = 0


def _delta(old: Levels, new: Levels) -> Levels:
    """Levels that changed or appeared, then ``[price, "0"]`` for the ones that went away."""
    before = {price: amount for price, amount in old}
    prices = {price for price, _ in new}
    changed = [[price, amount] for price, amount in new if before.get(price) != amount]
    return changed + [[price, "0"] for price, _ in old if price not in prices]


class WsSession:
    """The state of one connection to ``/v2/spot`` or ``/v2/futures``."""

    def __init__(self, exchange: Exchange, scope: Scope, client: str | None = None) -> None:
        self.exchange = exchange
        self.scope: Scope = scope
        self.client = client
        """The peer address (checked against an API key's IP whitelist)."""
        self.account: Account | None = None
        self.subscriptions: dict[str, set[str] | None] = {}
        """Channel -> subscribed markets (currencies for balance); None means all of them."""
        self.depth: dict[str, DepthSubscription] = {}
        self._base = 20000 if scope == "spot" else 30000

    @property
    def markets(self) -> Mapping[str, object]:
        return self.exchange.state.venues[self.scope].markets

    # -- requests ---------------------------------------------------------------------------

    def handle(self, request: Any) -> list[Message]:
        """The reply to one client request, then any pushes it starts (a depth snapshot...)."""
        if not isinstance(request, dict) or not isinstance(request.get("method"), str):
            return [self._error(None, _PARAMS, "invalid request")]
        request_id = request.get("id")
        method: str = request["method"]
        params = request.get("params")
        if params is None:
            params = {}
        try:
            if not isinstance(params, dict):
                raise _Refused(_PARAMS, "params must be an object")
            if method == "server.ping":
                return [self._ok(request_id, {"result": "pong"})]
            if method == "server.sign":
                return self._sign(request_id, params)
            channel, _, action = method.rpartition(".")
            if channel not in CHANNELS or self.scope not in CHANNELS[channel]:
                raise _Refused(_NO_METHOD, f"method not found: {method}")
            if action == "subscribe":
                return [self._ok(request_id), *self._subscribe(channel, params)]
            if action == "unsubscribe":
                self._unsubscribe(channel, params)
                return [self._ok(request_id)]
            raise _Refused(_NO_METHOD, f"method not found: {method}")
        except _Refused as refused:
            return [self._error(request_id, refused.offset, refused.message)]

    def _ok(self, request_id: Any, data: Any = None) -> Message:
        reply: Message = {"id": request_id, "code": 0, "message": "OK"}
        if data is not None:
            reply["data"] = data
        return reply

    def _error(self, request_id: Any, offset: int, message: str) -> Message:
        return {"id": request_id, "code": self._base + offset, "message": message}

    def _sign(self, request_id: Any, params: Mapping[str, Any]) -> list[Message]:
        try:
            key = verify_ws_sign(
                lookup=self.exchange.api_key, params=params, now_ms=self.exchange.wire_now_ms()
            )
            self.account = check_key(key, now_ms=self.exchange.now_ms(), client=self.client)
        except SandboxApiError as error:
            self.account = None
            code = WS_AUTH_FAILED[self.scope]
            return [{"id": request_id, "code": code, "message": error.message}]
        return [self._ok(request_id)]

    def _keys(self, channel: str, params: Mapping[str, Any]) -> list[Any] | None:
        """The subscribed keys; None (an empty or missing list) means every key."""
        name = _LIST_PARAM.get(channel, "market_list")
        items = params.get(name)
        if not items:
            return None
        if not isinstance(items, list):
            raise _Refused(_PARAMS, f"invalid {name}")
        return items

    def _markets(self, items: list[Any]) -> set[str]:
        known = self.markets
        if not all(isinstance(item, str) and item in known for item in items):
            raise _Refused(_PARAMS, "invalid market_list")
        return set(items)

    def _subscribe(self, channel: str, params: Mapping[str, Any]) -> list[Message]:
        if channel in PRIVATE and self.account is None:
            raise _Refused(_AUTH_REQUIRED, "authentication required: call server.sign first")
        items = self._keys(channel, params)
        if channel == "depth":
            return self._subscribe_depth(items)
        if channel == "notice":
            self.subscriptions[channel] = None  # only maintenance (101); the sandbox has none
            return []
        keys: set[str] | None
        if channel == "balance":
            if items is not None and not all(isinstance(ccy, str) for ccy in items):
                raise _Refused(_PARAMS, "invalid ccy_list")
            keys = None if items is None else set(items)
        else:
            keys = None if items is None else self._markets(items)
        current = self.subscriptions.get(channel, set())
        self.subscriptions[channel] = None if current is None or keys is None else current | keys
        return self._snapshots(channel, keys)

    def _subscribe_depth(self, items: list[Any] | None) -> list[Message]:
        if items is None:
            raise _Refused(_PARAMS, "depth needs [market, limit, interval, is_full] items")
        subscriptions: dict[str, DepthSubscription] = {}
        for item in items:
            if not (isinstance(item, list) and len(item) == 4):
                raise _Refused(_PARAMS, "depth items are [market, limit, interval, is_full]")
            market, limit, interval, is_full = item
            if market not in self.markets or limit not in DEPTH_LIMITS:
                raise _Refused(_PARAMS, "invalid market or limit")
            if interval not in DEPTH_INTERVALS or not isinstance(is_full, bool):
                raise _Refused(_PARAMS, "invalid interval or is_full")
            subscriptions[market] = DepthSubscription(limit, interval, is_full)
        self.depth.update(subscriptions)  # a new subscription starts again from a full book
        return [m for market in subscriptions if (m := self.depth_push(market)) is not None]

    def _unsubscribe(self, channel: str, params: Mapping[str, Any]) -> None:
        items = self._keys(channel, params)
        if channel == "depth":
            if items is None:
                self.depth.clear()
            for market in items or ():
                self.depth.pop(market, None)
            return
        current = self.subscriptions.get(channel, set())
        if items is None:
            self.subscriptions.pop(channel, None)
        elif current is not None:
            current.difference_update(items)
            if not current:
                self.subscriptions.pop(channel, None)

    def _snapshots(self, channel: str, keys: set[str] | None) -> list[Message]:
        """What a new subscription receives at once: the current state, bbo, index, premium."""
        if channel not in ("state", "bbo", "index", "premium"):
            return []
        markets = sorted(self.markets) if keys is None else sorted(keys)
        if channel == "state":
            items = [self.exchange.market_data.ticker(self.scope, m, ws=True) for m in markets]
            return [push("state", {"state_list": items})]
        if channel == "bbo":
            return [push("bbo", self.exchange.market_data.bbo(self.scope, m)) for m in markets]
        return [push(channel, self.price_data(channel, m)) for m in markets]

    # -- pushes -----------------------------------------------------------------------------

    def wants(self, event: Event) -> bool:
        """Whether this connection gets ``event`` (depth is pushed by :meth:`depth_push`)."""
        if event.scope != self.scope or event.channel == "depth":
            return False
        keys = self.subscriptions.get(event.channel, set())
        if event.user_id is not None:
            if self.account is None or event.user_id != self.account.user_id:
                return False
            if event.channel == "balance":
                return keys is None or event.ccy in keys
        elif event.channel in PRIVATE:
            return False
        return keys is None or event.market in keys

    def wants_depth(self, market: str) -> bool:
        return market in self.depth

    def depth_push(
        self, market: str, now_ms: int = 0, snapshot_interval_ms: int | None = None
    ) -> Message | None:
        """The depth push for ``market`` now: a full book or a delta; None when unchanged."""
        sub = self.depth.get(market)
        if sub is None:
            return None
        data = self.exchange.market_data.depth(
            self.scope, market, limit=sub.limit, interval=sub.interval
        )
        book = data["depth"]
        bids: Levels = book["bids"]
        asks: Levels = book["asks"]
        due = snapshot_interval_ms is not None and now_ms - sub.full_at_ms >= snapshot_interval_ms
        if sub.bids is None or sub.asks is None or due:
            sub.full_at_ms = now_ms
        elif bids == sub.bids and asks == sub.asks:
            return None
        elif not sub.is_full:
            data = {
                **data,
                "is_full": False,
                "depth": {**book, "bids": _delta(sub.bids, bids), "asks": _delta(sub.asks, asks)},
            }
        sub.bids, sub.asks = bids, asks
        return push("depth", data)

    def price_data(self, channel: str, market: str) -> dict[str, Any]:
        """``index.update`` or ``premium.update`` data for one market."""
        state = self.exchange.state
        if self.scope == "spot":
            return {"market": market, "index_price": fmt(state.spot.data[market].last_price)}
        mark, index = state.mark_prices[market], state.index_prices[market]
        if channel == "index":
            return {"market": market, "index_price": fmt(index), "mark_price": fmt(mark)}
        premium = self.exchange.funding.premium_index(market)
        return {"market": market, "premium_index": fmt(premium), "updated_at": state.now_ms()}

    def price_pushes(self) -> list[Message]:
        """The periodic index and premium pushes (CoinEx: about every 5 s)."""
        out: list[Message] = []
        for channel in ("index", "premium"):
            if channel not in self.subscriptions:
                continue
            keys = self.subscriptions[channel]
            for market in sorted(self.markets) if keys is None else sorted(keys):
                out.append(push(channel, self.price_data(channel, market)))
        return out
