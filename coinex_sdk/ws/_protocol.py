"""The CoinEx v2 WebSocket protocol as a state machine with no I/O, no timers and no asyncio.

Like ``websockets.protocol``: the asyncio and sync clients only move frames and run timers; every
decision is made here, once. Facts are from ``docs/protocol/websocket.md`` (cited as §n).

Contract for the code generator
-------------------------------
Emit one :class:`~coinex_sdk.ws.Channel` per channel and venue (spec fields: ``name``,
``venue``, ``auth`` for private channels, ``list_param`` = the key list param, ``route_path`` =
where a push names its key, ``()`` when a push carries many keys), and per stream method build
the params with wire names and call the generic client with a decoder::

    SPOT_DEPTH = Channel("depth", "spot")
    SPOT_ORDER = Channel("order", "spot", auth=True, route_path=("order", "market"))
    SPOT_BALANCE = Channel("balance", "spot", auth=True, list_param="ccy_list", route_path=())

    def depth(self, *, market: str, limit: Literal[5, 10, 20, 50], interval: str = "0",
              ) -> AsyncSubscription[DepthUpdate]:       # SyncWsClient -> Subscription[...]
        return self._client.subscribe(
            SPOT_DEPTH, {"market_list": [[market, limit, interval, False]]}, DepthUpdate.from_wire)

* ``subscribe(channel, params, decode)`` returns at once; the subscribe request is sent when the
  subscription is entered (``async with`` / ``with``) or first iterated, and a CoinEx error reply
  is raised there as a typed :class:`~coinex_sdk.ws.WsApiError`.
* Iterating yields ``decode(data)`` for each push routed to the subscription (``data`` is the
  push's JSON ``data``, numbers with a fraction already ``Decimal``), or a :class:`Gap` when
  updates may have been missed (reconnect, resync, a consumer too slow, a malformed push). The
  element type is therefore ``T | Gap``. ``decode`` runs in the consumer, once per item, on the
  hot path: keep it a plain constructor. Whatever it raises means the push did not fit: the
  stream yields ``Gap("malformed")`` carrying a :class:`~coinex_sdk.ws.WsDecodeError` with the
  raw frame, and resyncs; nothing else on the connection is touched.
* Leaving the ``async with``/``with`` block or calling ``aclose()``/``close()`` unsubscribes, only
  from keys no other live subscription still needs.
* All subscriptions of one client share one connection; spot and futures need one client each
  (§1), and a channel whose ``venue`` differs from the client's is refused.
* ``client.order_book(market=..., limit=..., decode=...)`` builds on the same ``subscribe`` (one
  market or several in one ``market_list``) and yields an ``OrderBook`` or a ``Gap``; pass a
  decoder returning :class:`~coinex_sdk.ws.BookUpdate` if the generated depth model is used.

What this module decides
------------------------
request ids and reply matching (§2); gzip/text frame decoding, bounded (§3, :mod:`._frames`);
that a frame which is not a CoinEx message recycles the connection (:class:`Recycle`: every
stream gets a gap, nothing is silently dropped); ``server.sign`` with a fresh timestamp on every
connection, private subscriptions held back until its ack, and a refused sign answered once per
connection by a clock re-sync (:class:`SyncClock`) and a new sign (§4, §12); when to send
``server.ping`` (§5, the schedule is :mod:`._keepalive`'s); error codes to typed errors (§7); the
subscription registry: what to resend after a reconnect, what to unsubscribe, which subscriptions
a push belongs to (§9-10); a malformed push's gap and resync. Reconnect delays are in
:mod:`._reconnect`. Gaps and reconnects are logged at INFO/WARNING; a frame's content or a
signature never is.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any, Literal

from .._clock import Clock
from .._credentials import Credentials
from .._exceptions import CredentialsError, ValidationError, WebSocketError, WsApiError
from .._generated.ws_errors import WsAuthenticationError
from .._signing import WS_SIGN_METHOD, ws_sign_params
from ._channel import Channel, Venue
from ._errors import WsDecodeError, api_error
from ._events import Ended, Event, Gap, Push, Recycle, Subscribed, SyncClock
from ._frames import FrameError, decode_frame, envelope_problem
from ._keepalive import Keepalive
from ._registry import Registry, SubscriptionState

__all__ = [
    "Ended",
    "Event",
    "Gap",
    "Push",
    "Recycle",
    "Subscribed",
    "SyncClock",
    "WsProtocol",
    "decode_frame",
]

log = logging.getLogger("coinex_sdk.ws")

PING_METHOD = "server.ping"

_json_encode = json.JSONEncoder(separators=(",", ":")).encode


class WsProtocol:
    """The state of one logical connection to one venue, across reconnects.

    The shell calls :meth:`on_connected` / :meth:`on_disconnected` as the socket comes and goes,
    feeds every frame to :meth:`receive`, calls :meth:`on_timer` at :meth:`next_deadline`, and after
    every call sends :meth:`data_to_send` and delivers the returned events. ``now`` arguments are
    the shell's monotonic seconds; times shown to users come from ``clock`` (CoinEx ms).
    """

    def __init__(
        self,
        venue: Venue,
        *,
        credentials: Credentials | None = None,
        clock: Clock | None = None,
        ping_interval: float = 4.0,
        pong_timeout: float = 5.0,
        clock_sync: bool = False,
    ) -> None:
        self.venue = venue
        self._credentials = credentials
        self._clock = clock or Clock()
        self.keepalive = Keepalive(ping_interval, pong_timeout)
        self._next_request_id = 1
        self._subs = Registry()
        # request id -> (kind, sub id, method); kind is "sign" | "ping" | "sub" | "unsub"
        self._pending: dict[int, tuple[str, int, str]] = {}
        self._outbox: list[str] = []
        self.connected = False
        self._auth: Literal["none", "pending", "syncing", "ok"] = "none"
        self._clock_sync = clock_sync  # the shell can re-sync the clock (SyncClock events)
        self._clock_resynced = False  # on this connection
        self._broken = False  # a frame did not decode: ignore the rest until the socket is gone
        self._gap_error: WsDecodeError | None = None  # why this connection is being recycled

    # -- connection lifecycle -------------------------------------------------------------

    def on_connected(self, now: float) -> list[Event]:
        """A fresh socket is open: sign if private channels are wanted, restore subscriptions."""
        self.connected = True
        self._auth = "none"
        self._clock_resynced = False
        self._broken = False
        self._pending.clear()
        self._outbox.clear()
        self.keepalive.start(now)
        events: list[Event] = []
        if any(s.channel.auth for s in self._subs):
            self._sign()
        for sub in self._subs:
            if not sub.channel.auth:
                self._send_subscribe(sub, events)
        return events

    def on_disconnected(self) -> None:
        """The socket is gone. Subscriptions stay registered and are resent on the next connect."""
        if not self.connected:
            return
        self.connected = False
        now_ms = self._clock.now_ms()
        for sub in self._subs:
            sub.sent = False
            if sub.confirmed and sub.gap_since is None:
                sub.gap_since = now_ms
                sub.gap_error = self._gap_error
        self._gap_error = None
        self._pending.clear()
        self._outbox.clear()
        self._auth = "none"
        self.keepalive.answered()

    @property
    def has_data_to_send(self) -> bool:
        return bool(self._outbox)

    def data_to_send(self) -> list[str]:
        """Text frames to send now, in order (requests are plain JSON text, §2-3)."""
        if not self._outbox:
            return []
        out, self._outbox = self._outbox, []
        return out

    # -- subscriptions --------------------------------------------------------------------

    def subscribe(self, channel: Channel, params: Mapping[str, Any]) -> int:
        """Register a subscription and return its id; sends its request when it can."""
        if channel.venue != self.venue:
            raise ValidationError(
                f"channel {channel.name!r} is on the {channel.venue} venue; "
                f"this connection is {self.venue}",
                param="channel",
            )
        if channel.auth and self._credentials is None:
            raise CredentialsError(f"channel {channel.name!r} needs credentials (server.sign)")
        sub = self._subs.add(channel, dict(params))
        if self.connected:
            if not channel.auth or self._auth == "ok":
                self._send_subscribe(sub, [])
            elif self._auth == "none":
                self._sign()
        return sub.id

    def unsubscribe(self, sub_id: int) -> None:
        """Forget a subscription; unsubscribe the keys no other subscription still needs."""
        sub = self._subs.remove(sub_id)
        if sub is not None and self.connected and sub.sent:
            self._send_unsubscribe(sub)

    def resync(self, sub_id: int, error: WebSocketError | None = None) -> list[Event]:
        """Ask for a fresh snapshot: unsubscribe what is ours alone, then subscribe again.

        §11: a depth checksum mismatch is repaired by resubscribing (CoinEx then pushes a full
        book). The subscription gets a ``Gap("resync")`` before anything the new request brings.
        """
        sub = self._subs.get(sub_id)
        if sub is None or not self.connected or not sub.sent:
            return []  # the next connect resubscribes anyway
        self._send_unsubscribe(sub)
        sub.gap_since = self._clock.now_ms()
        sub.gap_error = error
        events: list[Event] = []
        self._send_subscribe(sub, events, reason="resync")
        return events

    def malformed_push(
        self, sub_id: int, frame: bytes | str, problem: BaseException
    ) -> tuple[Gap, list[Event]]:
        """A push of ``sub_id`` did not fit its model: the stream yields the returned gap, then
        resyncs (a delta may have been lost). Nothing else on the connection is touched."""
        sub = self._subs.get(sub_id)
        method = sub.channel.update_method if sub else None
        error = WsDecodeError.of_push(problem, frame=frame, method=method)
        log.warning("%s: the stream gets a gap and resyncs", error)
        now_ms = self._clock.now_ms()
        return Gap("malformed", now_ms, now_ms, error=error), self.resync(sub_id, error)

    @property
    def subscription_ids(self) -> list[int]:
        return [s.id for s in self._subs]

    # -- ping schedule (§5) ---------------------------------------------------------------

    def next_deadline(self) -> float:
        """Monotonic time at which :meth:`on_timer` must run next."""
        return self.keepalive.next_deadline()

    def on_timer(self, now: float) -> bool:
        """Queue a ``server.ping`` when due. False means no pong in time: the connection is dead."""
        due = self.keepalive.poll(now) if self.connected else "wait"
        if due == "ping":
            self._request(PING_METHOD, {}, "ping", 0)
        elif due == "dead":
            log.debug("no pong within %gs: connection dead", self.keepalive.timeout)
        return due != "dead"

    # -- incoming -------------------------------------------------------------------------

    def receive(self, frame: bytes | str) -> list[Event]:
        """Decode one frame and route it: pushes by ``method``, replies by ``id`` (§2).

        A push is delivered as ``(data, frame)``: the consumer decodes ``data`` into its model
        and keeps ``frame`` for the error if that fails. A frame that is not a CoinEx message
        (bad gzip or JSON, too large or deep, a ``method`` that is not a string, a reply whose
        ``code`` is not an int) may have carried anything, so it is a gap on every stream of
        the connection: a :class:`Recycle` tells the shell to drop the socket, and the
        reconnect restores every subscription, each with a ``Gap``.
        """
        if self._broken:
            return []
        try:
            msg = decode_frame(frame)
        except FrameError as exc:
            return self._recycle(str(exc), frame)
        if type(msg) is dict and type(method := msg.get("method")) is str:  # a push: hot path
            data = msg.get("data")
            targets = self._subs.targets(method, data)
            return [Push(targets, (data, frame))] if targets else []
        problem = envelope_problem(msg)
        if problem is not None:
            return self._recycle(problem, frame)
        return self._on_reply(msg)

    def _recycle(self, reason: str, frame: bytes | str) -> list[Event]:
        error = WsDecodeError(reason, frame=frame)
        log.warning("%s: recycling the %s connection (every stream gets a gap)", error, self.venue)
        self._broken = True
        self._gap_error = error
        return [Recycle(error)]

    def on_clock_synced(self) -> None:
        """The shell re-synced the clock (or tried to) after a :class:`SyncClock`: sign again."""
        if self.connected and self._auth == "syncing":
            self._sign()

    def _on_reply(self, msg: dict[str, Any]) -> list[Event]:
        request_id = msg.get("id")
        pending = self._pending.pop(request_id, None) if type(request_id) is int else None
        if pending is None:
            log.debug("reply to unknown request id %r", request_id)
            return []
        kind, sub_id, method = pending
        code = msg.get("code", 0)
        error = None if code == 0 else api_error(code, msg.get("message") or "", method)
        events: list[Event] = []
        if kind == "ping":
            self.keepalive.answered()
        elif kind == "sign":
            self._on_sign_reply(error, events)
        elif kind == "sub":
            self._on_subscribe_reply(sub_id, error, events)
        elif error is not None:  # unsub: nothing waits for it
            log.warning("%s", error)
        return events

    def _on_sign_reply(self, error: WsApiError | None, events: list[Event]) -> None:
        if error is None:
            log.debug("server.sign acknowledged")
            self._auth = "ok"
            for sub in self._subs:
                if sub.channel.auth and not sub.sent:
                    self._send_subscribe(sub, events)
            return
        if self._clock_sync and not self._clock_resynced:
            # CoinEx answers a stale timestamp like a bad key (21002, no message, §4). A clock
            # that drifted while we were connected must not end the private streams: re-sync
            # it once per connection and sign again; a second refusal is the key's fault.
            self._clock_resynced = True
            self._auth = "syncing"
            log.warning("%s: re-syncing the clock and signing again", error)
            events.append(SyncClock())
            return
        self._auth = "none"
        if not isinstance(error, WsAuthenticationError):
            error = WsAuthenticationError(
                code=error.code, message=error.message, method=error.method
            )
        log.warning("server.sign rejected: %s; private streams end", error)
        for sub in self._subs:
            if sub.channel.auth and not sub.sent:
                self._end(sub, error, events)

    def _on_subscribe_reply(
        self, sub_id: int, error: WsApiError | None, events: list[Event]
    ) -> None:
        sub = self._subs.get(sub_id)
        if sub is None:
            return  # left while the request was in flight
        if error is not None:
            self._end(sub, error, events)
        elif not sub.confirmed:
            sub.confirmed = True
            events.append(Subscribed(sub_id))

    # -- outgoing -------------------------------------------------------------------------

    def _request(self, method: str, params: Mapping[str, Any], kind: str, sub_id: int) -> None:
        request_id = self._next_request_id
        self._next_request_id += 1
        self._pending[request_id] = (kind, sub_id, method)
        self._outbox.append(_json_encode({"method": method, "params": params, "id": request_id}))
        log.debug("-> %s id=%d", method, request_id)  # never params: server.sign holds signed_str

    def _sign(self) -> None:
        assert self._credentials is not None
        self._auth = "pending"
        params = ws_sign_params(self._credentials, self._clock.now_ms())  # fresh timestamp, §12.5
        self._request(WS_SIGN_METHOD, params, "sign", 0)

    def _send_subscribe(
        self,
        sub: SubscriptionState,
        events: list[Event],
        reason: Literal["reconnect", "resync"] = "reconnect",
    ) -> None:
        self._request(sub.channel.subscribe_method, sub.params, "sub", sub.id)
        sub.sent = True
        if sub.gap_since is not None:
            # Queued before anything the new request brings, so consumers reset first.
            gap = Gap(reason, sub.gap_since, self._clock.now_ms(), error=sub.gap_error)
            log.info(
                "%s again after a gap (%s, %d ms): the stream yields a Gap",
                sub.channel.subscribe_method,
                reason,
                gap.until_ms - gap.since_ms,
            )
            events.append(Push((sub.id,), gap))
            sub.gap_since = None
            sub.gap_error = None

    def _send_unsubscribe(self, sub: SubscriptionState) -> None:
        keys = self._subs.keys_to_drop(sub)
        if keys is not None:
            params = sub.channel.unsubscribe_params(sub.params, keys)
            self._request(sub.channel.unsubscribe_method, params, "unsub", sub.id)

    def _end(self, sub: SubscriptionState, error: WebSocketError, events: list[Event]) -> None:
        self._subs.remove(sub.id)
        events.append(Ended(sub.id, error))
