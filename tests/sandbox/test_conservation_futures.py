"""Property: funding settlements and liquidations create and destroy no money.

Random flows of leveraged futures trading (isolated and cross, up to 100x), mark and index moves
(premiums that set the funding rate, crashes that empty margins), clock advances across funding
times and take-profits / stop-losses, drawn by hypothesis with ``derandomize=True`` and a bounded
number of examples. After every step the exchange's books balance (``imbalance()`` is empty) and
every frozen amount is explained. A companion test checks that such flows do liquidate and settle
funding, so the property is not vacuous.
"""

from __future__ import annotations

import contextlib
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coinex_sdk.sandbox import (
    DEFAULT_ACCOUNTS,
    AccountSpec,
    Exchange,
    ExchangeConfig,
    SandboxApiError,
)

from .conftest import FakeClock

TRADERS = (
    AccountSpec(name="dave", access_id="sandbox-dave", secret_key="d", futures={"USDT": "300"}),
    AccountSpec(name="erin", access_id="sandbox-erin", secret_key="e", futures={"USDT": "500"}),
)
NAMES = ("alice", "bob", "dave", "erin")
MARKETS = ("BTCUSDT", "ETHUSDT")

who = st.integers(0, len(NAMES) - 1)
market = st.sampled_from(MARKETS)
bps = st.integers(-800, 800)
operation = st.one_of(
    st.tuples(st.just("open"), who, market, st.sampled_from(("buy", "sell")), st.integers(1, 40)),
    st.tuples(
        st.just("leverage"),
        who,
        market,
        st.sampled_from(("isolated", "cross")),
        st.sampled_from((3, 10, 50, 100)),
    ),
    st.tuples(st.just("mark"), market, bps),
    st.tuples(st.just("index"), market, bps),
    st.tuples(st.just("advance"), st.integers(1, 3)),
    st.tuples(st.just("tpsl"), who, market, st.sampled_from(("take_profit", "stop_loss")), bps),
    st.tuples(st.just("tick"), st.integers(1, 2)),
)


def _shift(price: Decimal, points: int) -> Decimal:
    return (price * (10_000 + points) / 10_000).quantize(Decimal("0.0001"))


def _apply(exchange: Exchange, op: tuple[object, ...]) -> None:
    kind = op[0]
    if kind == "mark":
        name, points = str(op[1]), int(str(op[2]))
        exchange.set_mark_price(name, _shift(exchange.futures.mark_price(name), points))
    elif kind == "index":
        name, points = str(op[1]), int(str(op[2]))
        exchange.set_index_price(name, _shift(exchange.state.index_prices[name], points))
    elif kind == "advance":
        exchange.advance(int(str(op[1])) * 8 * 3600)
    elif kind == "tick":
        exchange.tick(int(str(op[1])))
    else:
        account = exchange.account(NAMES[int(str(op[1]))])
        name = str(op[2])
        if kind == "open":
            spec = exchange.futures.market(name)
            exchange.futures.place(
                account, market=name, side=str(op[3]), type="market",
                amount=spec.min_amount * int(str(op[4])),
            )  # fmt: skip
        elif kind == "leverage":
            exchange.futures.adjust_leverage(
                account, market=name, margin_mode=str(op[3]), leverage=int(str(op[4]))
            )
        elif kind == "tpsl" and name in account.positions:
            price = _shift(exchange.futures.mark_price(name), int(str(op[4])))
            exchange.position_tpsl.set(
                account, "take_profit" if op[3] == "take_profit" else "stop_loss",
                market=name, price_type="mark_price", price=price,
            )  # fmt: skip


def _run(exchange: Exchange, ops: list[tuple[object, ...]]) -> None:
    for op in ops:
        with contextlib.suppress(SandboxApiError):  # refusals are part of the flow
            _apply(exchange, op)
        assert exchange.imbalance() == {}, op
        exchange.verify_invariants()


def _exchange(seed: int) -> Exchange:
    return Exchange(
        ExchangeConfig(accounts=(*DEFAULT_ACCOUNTS, *TRADERS), seed=seed), clock=FakeClock()
    )


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.integers(0, 2**16), st.lists(operation, min_size=5, max_size=25))
def test_funding_and_liquidation_create_no_money(seed: int, ops: list[tuple[object, ...]]) -> None:
    _run(_exchange(seed), ops)


def test_a_crash_and_a_premium_do_liquidate_and_settle_funding() -> None:
    exchange = _exchange(seed=1)
    ops: list[tuple[object, ...]] = [
        ("leverage", 2, "BTCUSDT", "isolated", 100),
        ("open", 2, "BTCUSDT", "buy", 30),
        ("index", "BTCUSDT", -100),  # the mark at a 1% premium: longs pay the maximum rate
        ("advance", 1),
        ("open", 3, "ETHUSDT", "sell", 20),
        ("mark", "BTCUSDT", -300),  # dave's 100x long is underwater
        ("advance", 2),
    ]
    _run(exchange, ops)
    assert exchange.liquidation.history, "the 100x long was liquidated"
    assert exchange.funding.position_history, "funding was settled"
    assert any(r.funding_value < 0 for r in exchange.funding.position_history)
