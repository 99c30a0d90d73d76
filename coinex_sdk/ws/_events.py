"""What the protocol tells its shell: the events :class:`~coinex_sdk.ws.WsProtocol` returns, and
the :class:`Gap` a stream yields when updates may be missing. Values only, no behaviour."""

from __future__ import annotations

from typing import Any, Literal

import attrs

from .._exceptions import WebSocketError
from ._errors import WsDecodeError

__all__ = ["Ended", "Event", "Gap", "GapReason", "Push", "Recycle", "Subscribed", "SyncClock"]

GapReason = Literal["reconnect", "resync", "overflow", "malformed"]


@attrs.frozen
class Gap:
    """Updates between ``since_ms`` and ``until_ms`` (CoinEx clock) may be missing.

    ``reason`` is ``"reconnect"`` (the connection dropped, or was recycled after a frame that
    did not decode, and the subscription was restored), ``"resync"`` (a fresh snapshot was
    requested, e.g. after a depth checksum mismatch), ``"overflow"`` (the consumer fell behind
    and queued updates were dropped) or ``"malformed"`` (a push of this stream did not fit its
    model; a resync follows). ``error`` is the :class:`~coinex_sdk.ws.WsDecodeError`, with the
    raw frame, when a bad frame caused the gap.
    """

    reason: GapReason
    since_ms: int
    until_ms: int
    error: WebSocketError | None = attrs.field(default=None, eq=False, kw_only=True)


@attrs.define  # not frozen: one per frame on the hot path, and a frozen __init__ costs more
class Push:
    """Deliver ``item`` (a push's ``(data, frame)``, or a :class:`Gap`) to every id in
    ``targets``."""

    targets: tuple[int, ...]
    item: Any


@attrs.frozen
class Subscribed:
    """The first subscribe request of subscription ``sub_id`` was acknowledged."""

    sub_id: int


@attrs.frozen
class Ended:
    """Subscription ``sub_id`` is over: CoinEx refused it (again) or ``server.sign`` failed."""

    sub_id: int
    error: WebSocketError


@attrs.frozen
class Recycle:
    """The connection is unusable (a frame did not decode): the shell must drop the socket.

    Every restored subscription then yields a ``Gap("reconnect")`` carrying ``error``.
    """

    error: WsDecodeError


@attrs.frozen
class SyncClock:
    """``server.sign`` was refused: re-sync the clock (``GET /v2/time``), then call
    :meth:`WsProtocol.on_clock_synced`, which signs again with a fresh timestamp."""


Event = Push | Subscribed | Ended | Recycle | SyncClock
