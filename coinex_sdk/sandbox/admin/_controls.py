"""The ``Sandbox`` object's controls: deposits, prices, the clock, state and injected faults.

Each control runs on the exchange through :meth:`SandboxControls.run` (on the server's loop
when it is serving); the admin routes (``_admin``) drive the same engine operations over HTTP.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Concatenate, ParamSpec, TypeVar

from ..engine._exchange import Exchange
from ._admin import find_account
from ._faults import Faults

__all__ = ["SandboxControls"]

R = TypeVar("R")
P = ParamSpec("P")


def _on_faults(
    method: Callable[Concatenate[Faults, P], object],
) -> Callable[Concatenate[SandboxControls, P], None]:
    """A control that runs ``Faults.<method>`` on the exchange (``Sandbox.run``)."""

    def control(self: SandboxControls, /, *args: P.args, **kwargs: P.kwargs) -> None:
        self.run(lambda exchange: method(exchange.faults, *args, **kwargs))

    described: Any = functools.update_wrapper(control, method)  # name and doc, for help()
    described.__signature__ = inspect.signature(method).replace(return_annotation=None)
    return control


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

    # Request and WebSocket faults: each runs the ``Faults`` method of the same name (same
    # parameters and doc) on the exchange.
    add_latency = _on_faults(Faults.add_latency)
    fail_http = _on_faults(Faults.fail_http)
    fail_code = _on_faults(Faults.fail_code)
    hold_after_execution = _on_faults(Faults.hold_after_execution)
    fail_after_execution = _on_faults(Faults.fail_after_execution)
    reset_after_execution = _on_faults(Faults.reset_after_execution)
    garble_after_execution = _on_faults(Faults.garble_after_execution)
    drop_ws = _on_faults(Faults.drop_ws)
    corrupt_ws_frame = _on_faults(Faults.corrupt_ws_frame)

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
