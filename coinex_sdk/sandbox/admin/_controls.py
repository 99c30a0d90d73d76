"""The ``Sandbox`` object's controls: deposits, prices, the clock, state and injected faults.

Each control runs on the exchange through :meth:`SandboxControls.run` (on the server's loop
when it is serving); the admin routes (``_admin``) drive the same engine operations over HTTP.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ..engine._exchange import Exchange
from ._admin import find_account
from ._faults import GarbleMode, WsCorruptKind

__all__ = ["SandboxControls"]

R = TypeVar("R")


class SandboxControls:
    """What a test does to the exchange besides trading (mixed into ``Sandbox``)."""

    def run(self, fn: Callable[[Exchange], R], timeout: float = 10.0) -> R:
        """``fn(exchange)`` where the exchange lives (``Sandbox.run``)."""
        raise NotImplementedError

    def deposit(
        self, ccy: str, amount: Decimal | str | int, *, account: str | None = None, chain: str = ""
    ) -> int:
        """An on-chain deposit arrives in ``account``'s spot wallet; returns the deposit id."""
        value = Decimal(amount)
        record = self.run(lambda ex: ex.deposit(find_account(ex, account), ccy, value, chain=chain))
        return record.deposit_id

    def set_mark_price(self, market: str, price: Decimal | str | int) -> None:
        """Set a futures market's mark (and index) price; fires mark-price stops."""
        value = Decimal(price)
        self.run(lambda ex: ex.set_mark_price(market, value))

    def set_index_price(self, market: str, price: Decimal | str | int) -> None:
        """Set a futures market's index price alone: the mark's premium over it drives funding
        and index-price triggers watch it."""
        value = Decimal(price)
        self.run(lambda ex: ex.set_index_price(market, value))

    def advance(self, seconds: Decimal | int | float) -> None:
        """Move the exchange's clock ``seconds`` forward, at once: orders, deals and prices are
        stamped with the new time, and whatever fell due meanwhile (funding settlements,
        margin interest) happens, each at its own time. ``GET /v2/time`` and the signature
        checks keep the machine clock, so clients keep working without re-syncing."""
        self.run(lambda ex: ex.advance(seconds))

    def now_ms(self) -> int:
        """The exchange's clock (ms), including what :meth:`advance` added."""
        return self.run(lambda ex: ex.now_ms())

    def save_state(self) -> dict[str, Any]:
        """The exchange's state (balances, orders, positions, prices, clock...) as a JSON-able
        dict; ``Sandbox(state=...)`` or :meth:`load_state` start from it."""
        return self.run(lambda ex: ex.save_state())

    def load_state(self, state: Mapping[str, Any]) -> None:
        """Replace the exchange's state with a saved one (same configured accounts)."""
        self.run(lambda ex: ex.load_state(state))

    def tick(self, times: int = 1) -> None:
        """Advance the market maker ``times`` steps now."""
        self.run(lambda ex: ex.tick(times))

    def add_latency(
        self, latency_ms: int, *, path: str | None = None, times: int | None = None
    ) -> None:
        """Delay requests (to ``path``, the next ``times`` ones) by ``latency_ms``."""
        self.run(lambda ex: ex.faults.add_latency(latency_ms, path=path, times=times))

    def fail_http(
        self,
        status: int = 503,
        *,
        path: str | None = None,
        method: str | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` requests with a gateway error page of ``status`` instead of
        executing them (nothing happens on the exchange)."""
        self.run(lambda ex: ex.faults.fail_http(status, path=path, method=method, times=times))

    def hold_after_execution(
        self,
        hold_ms: int,
        *,
        path: str | None = None,
        method: str | None = None,
        times: int = 1,
    ) -> None:
        """A slow exchange: execute the next ``times`` requests, then hold each answer
        ``hold_ms`` (a client that times out meanwhile never sees it; the order exists)."""
        self.run(
            lambda ex: ex.faults.hold_after_execution(
                hold_ms, path=path, method=method, times=times
            )
        )

    def fail_after_execution(
        self,
        status: int = 500,
        *,
        path: str | None = None,
        method: str | None = None,
        times: int = 1,
    ) -> None:
        """Execute the next ``times`` requests, then answer a gateway page of ``status``
        instead of the handler's answer."""
        self.run(
            lambda ex: ex.faults.fail_after_execution(status, path=path, method=method, times=times)
        )

    def reset_after_execution(
        self, *, path: str | None = None, method: str | None = None, times: int = 1
    ) -> None:
        """Execute the next ``times`` requests, then reset the TCP connection (no answer)."""
        self.run(lambda ex: ex.faults.reset_after_execution(path=path, method=method, times=times))

    def garble_after_execution(
        self,
        *,
        path: str | None = None,
        method: str | None = None,
        times: int = 1,
        mode: GarbleMode = "truncated",
    ) -> None:
        """Execute the next ``times`` requests, then answer HTTP 200 with the body cut in the
        middle (``"truncated"``) or replaced by an HTML page (``"not_json"``)."""
        self.run(
            lambda ex: ex.faults.garble_after_execution(
                path=path, method=method, times=times, mode=mode
            )
        )

    def fail_code(
        self,
        code: int,
        message: str | None = None,
        *,
        path: str | None = None,
        method: str | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` requests with CoinEx error ``code`` (e.g. 3008 busy)."""
        self.run(
            lambda ex: ex.faults.fail_code(code, message, path=path, method=method, times=times)
        )

    def drop_ws(self, times: int = 1) -> None:
        """Cut ``times`` open WebSocket connections (no close frame), like a network failure."""
        self.run(lambda ex: ex.faults.drop_ws(times))

    def corrupt_ws_frame(self, times: int = 1, kind: WsCorruptKind = "gzip") -> None:
        """The next ``times`` push frames on every open WebSocket connection are sent corrupt
        instead of the real push, which is lost: ``"gzip"`` (gzip bytes cut short) or
        ``"json"`` (valid gzip of invalid JSON). Replies to requests are not corrupted."""
        self.run(lambda ex: ex.faults.corrupt_ws_frame(times, kind))

    def silence_ws(self, silent: bool = True) -> None:
        """Freeze the open WebSocket connections: they stay open but receive nothing, not even
        pongs, until ``silence_ws(False)``. Connections opened meanwhile are served normally,
        so a client that notices the silence and reconnects recovers."""

        def apply(ex: Exchange) -> None:
            ex.faults.ws_stalled = silent

        self.run(apply)

    def set_clock_skew(self, ms: int) -> None:
        """Run the exchange's clock ``ms`` ahead (or behind, negative) of the machine's."""

        def apply(ex: Exchange) -> None:
            ex.faults.clock_skew_ms = ms

        self.run(apply)

    def clear_faults(self) -> None:
        self.run(lambda ex: ex.faults.clear())

    def enforce_rate_limits(self, enabled: bool = True) -> None:
        """Turn CoinEx's per-account limits on (4213 beyond them) or off; buckets start full."""

        def apply(ex: Exchange) -> None:
            ex.rate_limits.enabled = enabled
            ex.rate_limits.reset()

        self.run(apply)
