"""Property: over any flow of orders, cancels, edits, transfers and market-maker ticks, no money
is created or lost, and every frozen balance is explained by what reserves it.

"Money" per currency is what all accounts hold (available + frozen, in every account type), plus
the margin inside open futures positions and their unrealized PnL at the mark price, plus the
fees and insurance the exchange itself holds. Unrealized PnL has to be counted: when a trader
closes a futures position at a profit, the counterparty who is still holding the other side has
not paid yet; the two add up to zero at any common mark price.

Flows are drawn by hypothesis with ``derandomize=True``, so a run is deterministic.
"""

from __future__ import annotations

import contextlib
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coinex_sdk.sandbox import (
    DEFAULT_ACCOUNTS,
    DEFAULT_FUTURES_MARKETS,
    AccountSpec,
    Exchange,
    ExchangeConfig,
    SandboxApiError,
)
from coinex_sdk.sandbox.engine._num import ZERO

from .conftest import FakeClock

CAROL = AccountSpec(
    name="carol",
    access_id="sandbox-carol",
    secret_key="sandbox-carol-secret",
    spot={"USDT": "20000", "BTC": "0.5", "ETH": "5"},
    futures={"USDT": "5000", "BTC": "0.1"},
    margin={"ETHUSDT": {"USDT": "1000"}},
)
NAMES = ("alice", "bob", "carol", "market-maker")
SPOT_MARKETS = ("BTCUSDT", "ETHUSDT", "ETHBTC")
SIDES = ("buy", "sell")
TYPES = ("limit", "limit", "market", "ioc", "fok", "maker_only")

account = st.integers(0, len(NAMES) - 1)
offset = st.integers(-120, 120)  # basis points around the reference price
size = st.integers(1, 60)  # multiples of the market's minimum amount

spot_order = st.tuples(
    st.just("spot"),
    account,
    st.sampled_from(SPOT_MARKETS),
    st.sampled_from(SIDES),
    st.sampled_from(TYPES),
    offset,
    size,
    st.sampled_from(("SPOT", "SPOT", "MARGIN")),
)
futures_order = st.tuples(
    st.just("futures"),
    account,
    st.sampled_from(("BTCUSDT", "ETHUSDT", "BTCUSD")),
    st.sampled_from(SIDES),
    st.sampled_from(TYPES),
    offset,
    size,
)
operation = st.one_of(
    spot_order,
    spot_order,
    futures_order,
    futures_order,
    st.tuples(st.just("cancel"), account, st.integers(0, 30)),
    st.tuples(st.just("modify"), account, st.integers(0, 30), offset, size),
    st.tuples(st.just("tick"), st.integers(1, 3)),
    st.tuples(st.just("transfer"), account, st.booleans(), st.integers(1, 3000)),
    st.tuples(st.just("close"), account, st.sampled_from(("BTCUSDT", "ETHUSDT", "BTCUSD"))),
    st.tuples(st.just("mark"), st.sampled_from(("BTCUSDT", "ETHUSDT", "BTCUSD")), offset),
    st.tuples(st.just("leverage"), account, st.sampled_from((1, 3, 10, 50))),
    st.tuples(st.just("stop"), account, st.sampled_from(SIDES), offset, size),
)


def _shift(price: Decimal, bps: int) -> Decimal:
    return price * (10_000 + bps) / 10_000


def _apply(exchange: Exchange, op: tuple[object, ...]) -> None:
    kind = op[0]
    if kind == "tick":
        exchange.tick(int(op[1]))  # type: ignore[call-overload]
        return
    if kind == "mark":
        market, bps = str(op[1]), int(op[2])  # type: ignore[call-overload]
        exchange.set_mark_price(market, _shift(exchange.futures.mark_price(market), bps))
        return
    who = exchange.account(NAMES[int(op[1])])  # type: ignore[call-overload]
    if kind == "spot":
        _, _, market, side, type_, bps, units, market_type = op
        spec = exchange.spot.market(str(market))
        price = _shift(exchange.spot.data(str(market)).last_price, int(bps))  # type: ignore[call-overload]
        amount = spec.min_amount * int(units)  # type: ignore[call-overload]
        if type_ == "market" and side == "buy":
            amount = amount * price
        exchange.spot.place(
            who,
            market=str(market),
            market_type=str(market_type),
            side=str(side),
            type=str(type_),
            amount=amount,
            price=None if type_ == "market" else price,
        )
    elif kind == "futures":
        _, _, market, side, type_, bps, units = op
        fut = exchange.futures.market(str(market))
        price = _shift(exchange.futures.mark_price(str(market)), int(bps))  # type: ignore[call-overload]
        exchange.futures.place(
            who,
            market=str(market),
            side=str(side),
            type=str(type_),
            amount=fut.min_amount * int(units),  # type: ignore[call-overload]
            price=None if type_ == "market" else price,
        )
    elif kind in ("cancel", "modify"):
        orders = sorted(who.open_orders.values(), key=lambda o: o.order_id)
        if not orders:
            return
        order = orders[int(op[2]) % len(orders)]  # type: ignore[call-overload]
        engine = exchange.futures if order.market_type == "FUTURES" else exchange.spot
        if kind == "cancel":
            engine.cancel(who, order.market, order.order_id)
        else:
            engine.modify(
                who,
                order.market,
                order.order_id,
                price=_shift(order.price, int(op[3])),  # type: ignore[call-overload]
                amount=order.filled_amount + order.amount * int(op[4]) / 10,  # type: ignore[call-overload]
            )
    elif kind == "transfer":
        to_futures, amount = bool(op[2]), Decimal(int(op[3]))  # type: ignore[call-overload]
        exchange.assets.transfer(
            who,
            from_account_type="SPOT" if to_futures else "FUTURES",
            to_account_type="FUTURES" if to_futures else "SPOT",
            ccy="USDT",
            amount=amount,
        )
    elif kind == "close":
        exchange.futures.close_position(who, market=str(op[2]), type="market")
    elif kind == "leverage":
        exchange.futures.adjust_leverage(
            who,
            market="BTCUSDT",
            margin_mode="cross",
            leverage=int(op[2]),  # type: ignore[call-overload]
        )
    elif kind == "stop":
        _, _, side, bps, units = op
        last = exchange.spot.data("BTCUSDT").last_price
        exchange.spot.stops.place(
            who,
            market="BTCUSDT",
            market_type="SPOT",
            side=str(side),
            type="limit",
            amount=Decimal("0.0001") * int(units),  # type: ignore[call-overload]
            price=_shift(last, int(bps)),  # type: ignore[call-overload]
            trigger_price=_shift(last, -int(bps) // 4),  # type: ignore[call-overload]
        )


def _run(exchange: Exchange, ops: list[tuple[object, ...]], check: object) -> None:
    for op in ops:
        with contextlib.suppress(SandboxApiError):  # a rejection must change nothing
            _apply(exchange, op)
        exchange.verify_invariants()
        check()  # type: ignore[operator]


@settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.integers(0, 2**16), st.lists(operation, min_size=10, max_size=40))
def test_no_money_is_created_or_lost_over_random_flows(
    seed: int, ops: list[tuple[object, ...]]
) -> None:
    exchange = Exchange(
        ExchangeConfig(accounts=(*DEFAULT_ACCOUNTS, CAROL), seed=seed), clock=FakeClock()
    )
    _run(exchange, ops, lambda: _assert_no_imbalance(exchange))


def _assert_no_imbalance(exchange: Exchange) -> None:
    assert exchange.imbalance() == {}


def money(exchange: Exchange) -> dict[str, Decimal]:
    """Counted independently of ``Exchange.holdings``: positions at the mark with their PnL."""
    totals: dict[str, Decimal] = {}

    def add(ccy: str, amount: Decimal) -> None:
        totals[ccy] = totals.get(ccy, ZERO) + amount

    for acct in exchange.state.accounts.values():
        for _, ccy, bal in acct.ledger.items():
            add(ccy, bal.available + bal.frozen)
        for pos in acct.positions.values():
            spec = exchange.futures.market(pos.market)
            mark = exchange.futures.mark_price(pos.market)
            add(spec.settle_ccy, pos.margin + pos.unrealized_pnl(spec, mark))
    for pool in (exchange.state.fees, exchange.state.insurance):
        for ccy, amount in pool.items():
            add(ccy, amount)
    return {ccy: amount for ccy, amount in totals.items() if amount}


LINEAR_ONLY = tuple(m for m in DEFAULT_FUTURES_MARKETS if m.contract_type == "linear")
linear_operation = st.one_of(
    spot_order,
    spot_order,
    futures_order.filter(lambda op: op[2] != "BTCUSD"),
    st.tuples(st.just("cancel"), account, st.integers(0, 30)),
    st.tuples(st.just("tick"), st.integers(1, 3)),
    st.tuples(st.just("close"), account, st.sampled_from(("BTCUSDT", "ETHUSDT"))),
    st.tuples(st.just("mark"), st.sampled_from(("BTCUSDT", "ETHUSDT")), offset),
)


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.integers(0, 2**16), st.lists(linear_operation, min_size=10, max_size=40))
def test_balances_plus_fees_plus_open_pnl_at_the_mark_stay_constant(
    seed: int, ops: list[tuple[object, ...]]
) -> None:
    exchange = Exchange(
        ExchangeConfig(accounts=(*DEFAULT_ACCOUNTS, CAROL), futures_markets=LINEAR_ONLY, seed=seed),
        clock=FakeClock(),
    )
    start = money(exchange)

    def check() -> None:
        assert money(exchange) == start

    _run(exchange, ops, check)
