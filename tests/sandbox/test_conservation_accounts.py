"""Property: borrowing, hourly interest, repaying, sub-account transfers and AMM liquidity
neither create nor lose money.

Flows mix margin loans (borrow, repay part or all, hours passing on the sandbox clock so interest
is charged), margin trading on the borrowed money, transfers into and out of margin accounts,
sub-accounts created and funded by their main account (SPOT and FUTURES, sub to sub), orders
placed by sub-accounts, and AMM liquidity added and removed. After every step the exchange's own
audit must balance, and an independent count must stay constant: everything the accounts hold,
plus the AMM pools and the fees (trading fees and interest paid), minus the loans' principal
still owed. Interest charged but unpaid is a debt, not money: it counts once paid.

Flows are drawn by hypothesis with ``derandomize=True``, so a run is deterministic.
"""

from __future__ import annotations

import contextlib
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coinex_sdk.sandbox import DEFAULT_ACCOUNTS, Account, Exchange, ExchangeConfig, SandboxApiError
from coinex_sdk.sandbox.engine._margin import HOUR_MS
from coinex_sdk.sandbox.engine._num import ZERO

from .conftest import FakeClock

MAINS = ("alice", "bob")
MARGIN_MARKETS = ("BTCUSDT", "ETHUSDT")

main = st.integers(0, len(MAINS) - 1)
borrow = st.tuples(
    st.just("borrow"), main, st.sampled_from(MARGIN_MARKETS), st.booleans(), st.integers(1, 40)
)
repay = st.tuples(
    st.just("repay"), main, st.sampled_from(MARGIN_MARKETS), st.booleans(), st.integers(1, 10)
)
hours = st.tuples(st.just("hours"), st.integers(1, 30))
margin_in = st.tuples(
    st.just("margin_in"), main, st.sampled_from(MARGIN_MARKETS), st.integers(1, 2000)
)
margin_out = st.tuples(
    st.just("margin_out"), main, st.sampled_from(MARGIN_MARKETS), st.integers(1, 2000)
)
margin_trade = st.tuples(
    st.just("margin_trade"), main, st.sampled_from(("buy", "sell")), st.integers(1, 20)
)
sub_create = st.tuples(st.just("sub_create"), main)
sub_transfer = st.tuples(
    st.just("sub_transfer"),
    main,
    st.sampled_from(("down", "up", "across")),
    st.sampled_from(("SPOT", "FUTURES")),
    st.sampled_from(("USDT", "BTC")),
    st.integers(1, 500),
)
sub_trade = st.tuples(st.just("sub_trade"), main, st.sampled_from(("buy", "sell")))
amm_add = st.tuples(st.just("amm_add"), st.integers(0, 3), st.integers(1, 50))
amm_remove = st.tuples(st.just("amm_remove"), st.integers(0, 3))
operation = st.one_of(
    borrow, borrow, repay, repay, hours, margin_in, margin_out, margin_trade,
    sub_create, sub_transfer, sub_transfer, sub_trade, amm_add, amm_remove,
)  # fmt: skip


def _subs(exchange: Exchange, who: Account) -> list[Account]:
    return exchange.subaccounts.subs(who)


def _apply(exchange: Exchange, clock: FakeClock, op: tuple[object, ...]) -> None:
    kind = op[0]
    if kind == "hours":
        clock.advance(HOUR_MS * int(op[1]))  # type: ignore[call-overload]
        return
    if kind in ("amm_add", "amm_remove"):
        users = sorted(exchange.state.accounts)  # mains, the market maker, sub-accounts
        who = exchange.state.accounts[users[int(op[1]) % len(users)]]  # type: ignore[call-overload]
        if kind == "amm_remove":
            exchange.amm.remove(who, "BTCUSDT")
        else:
            units = int(op[2])  # type: ignore[call-overload]
            exchange.amm.add(who, "BTCUSDT", Decimal("0.001") * units, Decimal(55) * units)
        return
    who = exchange.account(MAINS[int(op[1])])  # type: ignore[call-overload]
    if kind == "borrow":
        _, _, market, base, units = op
        spec = exchange.spot.market(str(market))
        ccy = spec.base_ccy if base else spec.quote_ccy
        amount = exchange.margin.terms.min_amount(ccy) * int(units)  # type: ignore[call-overload]
        exchange.margin.borrow(who, market=str(market), ccy=ccy, amount=amount, is_auto_renew=True)
    elif kind == "repay":
        _, _, market, base, tenths = op
        spec = exchange.spot.market(str(market))
        ccy = spec.base_ccy if base else spec.quote_ccy
        owed = sum(exchange.margin.owed(who, str(market), ccy), ZERO)
        part = (owed * int(tenths) / 10).quantize(Decimal("1e-8"))  # type: ignore[call-overload]
        if part > 0:
            exchange.margin.repay(who, market=str(market), ccy=ccy, amount=part)
    elif kind in ("margin_in", "margin_out"):
        inward = kind == "margin_in"
        exchange.assets.transfer(
            who,
            from_account_type="SPOT" if inward else "MARGIN",
            to_account_type="MARGIN" if inward else "SPOT",
            ccy="USDT",
            amount=Decimal(int(op[3])),  # type: ignore[call-overload]
            market=str(op[2]),
        )
    elif kind == "margin_trade":
        side, units = str(op[2]), int(op[3])  # type: ignore[call-overload]
        amount = Decimal("0.001") * units
        exchange.spot.place(
            who, market="BTCUSDT", market_type="MARGIN", side=side, type="market",
            amount=amount * exchange.spot.data("BTCUSDT").last_price if side == "buy" else amount,
        )  # fmt: skip
    elif kind == "sub_create":
        exchange.subaccounts.create(who, f"{who.name}-sub{len(_subs(exchange, who)) + 1}")
    elif kind == "sub_transfer":
        _, _, direction, account_type, ccy, units = op
        subs = [s.name for s in _subs(exchange, who)]
        if not subs:
            return
        names = {
            "down": (None, subs[0]),
            "up": (subs[0], None),
            "across": (subs[0], subs[-1]),
        }[str(direction)]
        amount = Decimal(int(units)) / (10_000 if ccy == "BTC" else 1)  # type: ignore[call-overload]
        exchange.subaccounts.transfer(
            who, from_user_name=names[0], to_user_name=names[1],
            from_account_type=str(account_type), to_account_type=str(account_type),
            ccy=str(ccy), amount=amount,
        )  # fmt: skip
    elif kind == "sub_trade":
        subs = _subs(exchange, who)
        if subs:
            side = str(op[2])
            exchange.spot.place(
                subs[0], market="BTCUSDT", market_type="SPOT", side=side, type="market",
                amount=Decimal(50) if side == "buy" else Decimal("0.001"),
            )  # fmt: skip


def money(exchange: Exchange) -> dict[str, Decimal]:
    """Counted independently of ``Audit.holdings``."""
    totals: dict[str, Decimal] = {}

    def add(ccy: str, amount: Decimal) -> None:
        totals[ccy] = totals.get(ccy, ZERO) + amount

    for acct in exchange.state.accounts.values():
        for _, ccy, bal in acct.ledger.items():
            add(ccy, bal.available + bal.frozen)
        for loan in acct.loans:  # borrowed money is owed back to the exchange
            add(loan.ccy, -loan.principal)
    for pool in exchange.state.amm_pools.values():
        spec = exchange.spot.market(pool.market)
        add(spec.base_ccy, pool.base)
        add(spec.quote_ccy, pool.quote)
    for fees in (exchange.state.fees, exchange.state.insurance):
        for ccy, amount in fees.items():
            add(ccy, amount)
    return {ccy: amount for ccy, amount in totals.items() if amount}


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.integers(0, 2**16), st.lists(operation, min_size=10, max_size=40))
def test_loans_interest_sub_accounts_and_amm_create_no_money(
    seed: int, ops: list[tuple[object, ...]]
) -> None:
    clock = FakeClock()
    exchange = Exchange(ExchangeConfig(accounts=DEFAULT_ACCOUNTS, seed=seed), clock=clock)
    start = money(exchange)
    for op in ops:
        with contextlib.suppress(SandboxApiError):  # a rejection must change nothing
            _apply(exchange, clock, op)
        exchange.verify_invariants()
        assert exchange.imbalance() == {}
        assert money(exchange) == start
        for acct in exchange.state.accounts.values():
            for loan in acct.loans:
                assert ZERO <= loan.principal <= loan.borrow_amount and loan.interest >= 0
                assert (loan.status == "finish") == (loan.owed == 0)
