"""Fixtures for the sandbox exchange: a frozen clock, empty books, and an audit after each test.

Every test that uses ``exchange`` ends by checking the two invariants the sandbox promises:
every frozen balance is explained by an open order or pending withdrawal, and no money was
created or lost (``Exchange.imbalance()`` is empty).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coinex_sdk.sandbox import Account, AccountSpec, Event, Exchange, ExchangeConfig

START_MS = 1_700_000_000_000


class FakeClock:
    """A clock that only moves when a test says so."""

    def __init__(self, ms: int = START_MS) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms

    def advance(self, ms: int) -> None:
        self.ms += ms


def audit(exchange: Exchange) -> None:
    exchange.verify_invariants()
    assert exchange.imbalance() == {}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def exchange(clock: FakeClock) -> Iterator[Exchange]:
    """Default markets and accounts, no market maker: books start empty."""
    exchange = Exchange(ExchangeConfig(market_maker=None), clock=clock)
    yield exchange
    audit(exchange)


@pytest.fixture
def alice(exchange: Exchange) -> Account:
    return exchange.account("alice")


@pytest.fixture
def bob(exchange: Exchange) -> Account:
    return exchange.account("bob")


@pytest.fixture
def carol(exchange: Exchange) -> Account:
    return exchange.add_account(
        AccountSpec(
            name="carol",
            access_id="sandbox-carol",
            secret_key="sandbox-carol-secret",
            spot={"USDT": "100000", "BTC": "2"},
            futures={"USDT": "50000"},
        )
    )


@pytest.fixture
def events(exchange: Exchange) -> list[Event]:
    published: list[Event] = []
    exchange.events.subscribe(published.append)
    return published
