"""Funding over the wire: a client sees the rate the premium sets, advances the sandbox's clock
past the funding time, and finds the settlement in its balance and its histories."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from coinex_sdk.sandbox import Sandbox

FUT: dict[str, Any] = {"market": "BTCUSDT", "market_type": "FUTURES"}


@pytest.fixture
def own() -> Iterator[Sandbox]:
    with Sandbox(tick_interval=None) as sb:
        yield sb
        assert sb.run(lambda exchange: exchange.imbalance()) == {}


def usdt(balances: list[Any]) -> Decimal:
    available: Decimal = next(b.available for b in balances if b.ccy == "USDT")
    return available


def test_a_long_pays_the_premium_funding_when_the_clock_passes_the_funding_time(
    own: Sandbox,
) -> None:
    with own.client(strict=True) as cx:
        cx.futures.place_order(**FUT, side="buy", type="market", amount="0.01")
        (ticker,) = cx.futures.ticker(market=["BTCUSDT"])
        assert ticker.mark_price is not None
        own.set_index_price("BTCUSDT", ticker.mark_price * Decimal("0.99"))
        (funding,) = cx.futures.funding_rate(market=["BTCUSDT"])
        assert funding.next_funding_rate == Decimal("0.00375")  # a 1% premium, clamped
        before = usdt(cx.assets.futures_balance())
        own.advance((funding.next_funding_time - own.now_ms()) / 1000 + 1)
        (record,) = cx.futures.position_funding_history(**FUT).items
        assert record.funding_rate == Decimal("0.00375") and record.funding_value < 0
        assert usdt(cx.assets.futures_balance()) == before + record.funding_value
        (history,) = cx.futures.funding_rate_history(market="BTCUSDT").items
        assert history.funding_time == funding.next_funding_time
        assert history.actual_funding_rate == Decimal("0.00375")


async def test_the_async_client_reads_the_same_settlements(own: Sandbox) -> None:
    async with own.async_client(strict=True) as acx:
        await acx.futures.place_order(**FUT, side="sell", type="market", amount="0.01")
        await own.arun(lambda ex: ex.advance(24 * 3600))
        records = (await acx.futures.position_funding_history(**FUT)).items
        assert [r.side for r in records] == ["short"] * 3
        for r in records:
            assert r.open_interest is not None and r.settle_price is not None
            assert r.funding_value == r.open_interest * r.settle_price * r.funding_rate
