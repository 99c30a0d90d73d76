"""Where to connect and how patient to be: values shared by the asyncio and sync clients."""

from __future__ import annotations

import attrs

from .._exceptions import ValidationError
from ._channel import Venue

__all__ = ["FUTURES_URL", "SPOT_URL", "WsTimings", "venue_of"]

# docs/protocol/websocket.md §1: one connection per endpoint, with its own auth and subscriptions.
SPOT_URL = "wss://socket.coinex.com/v2/spot"
FUTURES_URL = "wss://socket.coinex.com/v2/futures"


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not value > 0:
        raise ValueError(f"{attribute.name} must be > 0, not {value!r}")


@attrs.frozen
class WsTimings:
    """Timers of the WebSocket clients, in seconds.

    CoinEx ignores protocol-level pings (§5), so liveness is an app-level
    ``server.ping`` every ``ping_interval`` answered within ``pong_timeout``; CoinEx.Net uses
    30 s / 5 s and the official demo pings every 3 s. The server's idle timeout is unknown. A
    connection gone silent is noticed within ``ping_interval + pong_timeout`` (9 s by default),
    then replaced.
    """

    ping_interval: float = attrs.field(default=4.0, validator=_positive)
    pong_timeout: float = attrs.field(default=5.0, validator=_positive)
    open_timeout: float = attrs.field(default=10.0, validator=_positive)
    """TCP + TLS + WebSocket handshake."""
    request_timeout: float = attrs.field(default=10.0, validator=_positive)
    """A subscribe waits this long for its reply once the connection is open."""
    close_timeout: float = attrs.field(default=2.0, validator=_positive)
    """How long a close waits for the server's close frame before dropping the socket."""
    reconnect_min_delay: float = attrs.field(default=0.5, validator=_positive)
    reconnect_max_delay: float = attrs.field(default=30.0, validator=_positive)


def venue_of(url: str, venue: Venue | None) -> Venue:
    """The venue a client talks to: given, or read from a URL ending in /spot or /futures."""
    if venue is not None:
        if venue not in ("spot", "futures"):
            raise ValidationError(f"venue must be 'spot' or 'futures', not {venue!r}")
        return venue
    tail = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    if tail in ("spot", "futures"):
        return tail  # type: ignore[return-value]  # narrowed by the check above
    raise ValidationError(
        f"cannot tell spot from futures in {url!r}; pass venue='spot' or 'futures'",
        param="venue",
    )
