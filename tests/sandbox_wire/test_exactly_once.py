"""Exactly-once order placement over real sockets, against an exchange that fails on purpose.

The matrix: {slow exchange, executed-then-500, executed-then-reset, executed-then-garbled,
not-executed 502, timeout before execution, 4213, 4010} x {spot order, spot batch, spot stop
order, futures order, close position} x {caller's client_id, SDK's client_id} x {sync, async}.
Every cell must end with at most one order per client_id on the exchange, and the call either
returns that order or raises a typed error. The exchange's own books are the judge: a resend
after an executed failure would show two orders, a resend after a 502 would show one.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from coinex_sdk import (
    AsyncCoinEx,
    BatchItem,
    CoinEx,
    CoinExError,
    OrderOutcomeUnknownError,
    RetryPolicy,
)
from coinex_sdk.sandbox import Exchange, Sandbox

TIMEOUT = 0.25
SLOW_MS = 600  # longer than the client's timeout, shorter than timeout + settle window
POLICY = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.05, settle_window=1.2)

_cells = itertools.count(1)

# fault name -> (install it on the sandbox for `path`, what the exchange ends with)
FAULTS: dict[str, tuple[Callable[[Sandbox, str], None], str]] = {
    "slow-exchange": (lambda sb, p: sb.hold_after_execution(SLOW_MS, path=p), "executed"),
    "executed-then-500": (lambda sb, p: sb.fail_after_execution(500, path=p), "executed"),
    "executed-then-reset": (lambda sb, p: sb.reset_after_execution(path=p), "executed"),
    "executed-then-garbled": (lambda sb, p: sb.garble_after_execution(path=p), "executed"),
    "not-executed-502": (lambda sb, p: sb.fail_http(502, path=p), "nothing"),
    "timeout-before-execution": (
        lambda sb, p: sb.add_latency(SLOW_MS, path=p, times=1),
        "executed",
    ),
    "4213": (lambda sb, p: sb.fail_code(4213, path=p), "executed"),
    "4010": (lambda sb, p: sb.fail_code(4010, path=p), "executed"),
}

SPOT_ORDER = {
    "market": "BTCUSDT",
    "market_type": "SPOT",
    "side": "buy",
    "type": "limit",
    "amount": Decimal("0.001"),
    "price": Decimal("30000"),
}


def _placement(name: str, client_ids: list[str | None]) -> tuple[str, str, dict[str, Any]]:
    """``(resource.method, path, kwargs)`` placing one order (two for a batch)."""

    def cid(i: int) -> dict[str, Any]:
        return {} if client_ids[i] is None else {"client_id": client_ids[i]}

    if name == "spot.place_order":
        return name, "/v2/spot/order", {**SPOT_ORDER, **cid(0)}
    if name == "spot.place_orders":
        orders = [{**SPOT_ORDER, **cid(0)}, {**SPOT_ORDER, "price": Decimal("29000"), **cid(1)}]
        return name, "/v2/spot/batch-order", {"orders": orders}
    if name == "spot.place_stop_order":
        stop = {**SPOT_ORDER, "trigger_price": Decimal("90000"), **cid(0)}
        return name, "/v2/spot/stop-order", stop
    if name == "futures.place_order":
        order = {"market": "BTCUSDT", "side": "buy", "type": "limit", "amount": Decimal("0.01")}
        return name, "/v2/futures/order", {**order, "price": Decimal("30000"), **cid(0)}
    assert name == "futures.close_position"
    return name, "/v2/futures/close-position", {"market": "BTCUSDT", "type": "market", **cid(0)}


ENDPOINTS = [
    "spot.place_order",
    "spot.place_orders",
    "spot.place_stop_order",
    "futures.place_order",
    "futures.close_position",
]


def _client_ids_on_exchange(exchange: Exchange) -> Counter[str]:
    account = next(a for a in exchange.state.accounts.values() if a.name == "alice")
    orders: list[Any] = [
        *account.open_orders.values(),
        *account.finished_orders,
        *account.stop_orders.values(),
        *account.finished_stops,
    ]
    return Counter(o.client_id for o in orders if o.client_id)


def _open_position(sandbox: Sandbox) -> None:
    with CoinEx(sandbox.access_id, sandbox.secret_key, base_url=sandbox.url) as cx:
        cx.futures.place_order(market="BTCUSDT", side="buy", type="market", amount="0.01")


def _call(flavour: str, sandbox: Sandbox, name: str, kwargs: dict[str, Any]) -> Any:
    options: dict[str, Any] = {"base_url": sandbox.url, "timeout": TIMEOUT, "retry": POLICY}
    resource, method = name.split(".")
    if flavour == "sync":
        with CoinEx(sandbox.access_id, sandbox.secret_key, strict=True, **options) as cx:
            return getattr(getattr(cx, resource), method)(**kwargs)

    async def main() -> Any:
        async with AsyncCoinEx(sandbox.access_id, sandbox.secret_key, strict=True, **options) as a:
            return await getattr(getattr(a, resource), method)(**kwargs)

    return asyncio.run(main())


def _ids_of(result: Any) -> list[Any]:
    """The order (or stop) ids a placement's answer names."""
    items = result if isinstance(result, list) else [result]
    out = []
    for item in items:
        data = item.data if isinstance(item, BatchItem) else item
        if data is not None:
            out.append(getattr(data, "order_id", None) or getattr(data, "stop_id", None))
    return out


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("own_client_id", [True, False], ids=["caller-id", "sdk-id"])
@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("fault", list(FAULTS))
def test_an_order_is_placed_at_most_once_whatever_the_exchange_does(
    sandbox: Sandbox, fault: str, endpoint: str, own_client_id: bool, flavour: str
) -> None:
    cell = next(_cells)
    count = 2 if endpoint == "spot.place_orders" else 1
    given = [f"cell{cell}-{i}" if own_client_id else None for i in range(count)]
    name, path, kwargs = _placement(endpoint, given)
    if endpoint == "futures.close_position":
        _open_position(sandbox)
    install, expected = FAULTS[fault]
    before = sandbox.run(_client_ids_on_exchange)
    install(sandbox, path)
    try:
        result: Any = _call(flavour, sandbox, name, kwargs)
        error: Exception | None = None
    except CoinExError as exc:
        result, error = None, exc
    finally:
        sandbox.clear_faults()
    if fault == "timeout-before-execution":
        sandbox.run(lambda ex: None)  # the delayed request has been served by now
    new = sandbox.run(_client_ids_on_exchange) - before

    assert all(n == 1 for n in new.values()), f"an order was placed twice: {new}"
    assert len(new) <= count
    if own_client_id:
        assert set(new) <= set(given)
    if expected == "nothing":
        assert not new, "a request the exchange never executed was resent"
        assert isinstance(error, OrderOutcomeUnknownError)
        return
    assert len(new) == count, f"{fault}: expected the order(s) on the exchange, found {new}"
    if error is not None:  # only a typed error, and only when the answer could not be found
        assert isinstance(error, OrderOutcomeUnknownError), repr(error)
        assert set(error.client_ids) <= set(new)
        return
    ids = _ids_of(result)
    assert len(ids) == count and all(ids)
    if isinstance(result, list):
        assert all(item.ok for item in result)
