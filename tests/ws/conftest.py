"""Shared pieces of the WebSocket tests: a fake CoinEx per test, fast timings, test channels."""

from __future__ import annotations

import asyncio
import concurrent.futures
import faulthandler
from collections.abc import AsyncIterator, Iterator
from typing import Any, TypeVar

import pytest

from coinex_sdk._credentials import Credentials
from coinex_sdk.ws import Channel, WsTimings

from .fake_server import FakeCoinEx

T = TypeVar("T")

CREDENTIALS = Credentials("test-access-id", "test-secret-key")

# Short everything so dead connections and reconnects take a fraction of a second.
FAST = WsTimings(
    ping_interval=0.2,
    pong_timeout=0.2,
    open_timeout=2.0,
    request_timeout=2.0,
    close_timeout=0.5,
    reconnect_min_delay=0.02,
    reconnect_max_delay=0.1,
)

DEPTH = Channel("depth", "spot")
DEALS = Channel("deals", "spot")
ORDER = Channel("order", "spot", auth=True, route_path=("order", "market"))

WAIT = 5.0  # an upper bound for "eventually"; never a performance assertion


def raw(data: Any) -> Any:
    """The identity decoder: tests look at the push ``data`` itself."""
    return data


def depth_params(market: str, limit: int = 5) -> dict[str, Any]:
    return {"market_list": [[market, limit, "0", False]]}


def deals_params(*markets: str) -> dict[str, Any]:
    return {"market_list": list(markets)}


async def next_item(stream: AsyncIterator[T]) -> T:
    return await asyncio.wait_for(stream.__anext__(), WAIT)


_pool = concurrent.futures.ThreadPoolExecutor(4, thread_name_prefix="next-item")


def next_sync(stream: Iterator[T]) -> T:
    """``next(stream)`` that fails the test instead of hanging it."""
    return _pool.submit(next, stream).result(WAIT)


@pytest.fixture
def server() -> Iterator[FakeCoinEx]:
    with FakeCoinEx(CREDENTIALS) as fake:
        yield fake


@pytest.fixture(autouse=True)
def _no_hang() -> Iterator[None]:
    """A last-resort watchdog: a test stuck for 30 s dumps every thread's stack and exits."""
    faulthandler.dump_traceback_later(30, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()
