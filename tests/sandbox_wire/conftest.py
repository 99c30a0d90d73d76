"""Fixtures for the wire tests: a real sandbox server on loopback, and clients pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from coinex_sdk import AsyncCoinEx, CoinEx
from coinex_sdk.sandbox import Sandbox


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    """One sandbox per test module; the market maker moves only when a test ticks it.

    Afterwards the exchange's books must balance: whatever the module did over the wire, no
    money was created or lost and every frozen amount is explained.
    """
    with Sandbox(tick_interval=None) as sb:
        yield sb
        sb.run(lambda exchange: exchange.verify_invariants())
        assert sb.run(lambda exchange: exchange.imbalance()) == {}


@pytest.fixture
def cx(sandbox: Sandbox) -> Iterator[CoinEx]:
    with CoinEx(sandbox.access_id, sandbox.secret_key, base_url=sandbox.url, strict=True) as cx:
        yield cx


@pytest.fixture
async def acx(sandbox: Sandbox) -> AsyncIterator[AsyncCoinEx]:
    async with AsyncCoinEx(
        sandbox.access_id, sandbox.secret_key, base_url=sandbox.url, strict=True
    ) as acx:
        yield acx
