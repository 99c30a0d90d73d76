"""Isolated-margin loans: borrow into a margin account, interest by the hour, repay, expiry.

CoinEx lends per margin market (docs assets/loan-flat): ``POST /v2/assets/margin/borrow`` credits
the borrowed currency to the market's MARGIN account and opens a loan with a daily interest rate
and an expiry (``expired_at``, 10 days later in the docs' example records). Interest is charged by
the hour, one hour in advance: the first hour at the moment of borrowing (the docs' borrow example
owes ``60.0025`` right after borrowing 60 at a daily rate of 0.001, i.e. ``60 * 0.001 / 24``),
then one more at each full hour since, on the principal still owed then. ``POST
/v2/assets/margin/repay`` pays interest first, then principal, oldest loan first unless a
``borrow_id`` is named. A loan that reaches its expiry renews for another period when
``is_auto_renew`` is set and otherwise turns ``debt`` (it keeps accruing until repaid).

Charges are computed lazily from the exchange's clock (``ExchangeState.now_ms``), before every
change to a loan and every view of it: the principal only changes on repayment, which charges
every hour due first, so the lazy result equals charging on the hour.

Limits (``GET /v2/assets/margin/interest-limit``): a loan is between ``min_amount`` and what is
still free of ``max_amount`` for the currency, and after borrowing the value of everything the
margin account owes must stay within ``leverage - 1`` times its net value (both at the spot last
price); a transfer out of a margin account that owes anything must keep that too. Breaking a limit
answers CoinEx's parameter error 4004 naming the limit, never a silent success.

Money: borrowing credits the account and records the principal as owed to the exchange;
``Audit.holdings`` subtracts the principal owed, so borrowing creates no money. Interest paid goes
to the exchange's collected fees.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal

import attrs

from ._accounts import Account
from ._errors import PARAMETER_ERROR, SandboxApiError
from ._ledger import margin_wallet
from ._markets import SpotMarket
from ._num import ONE, ZERO, div, fmt, step
from ._state import ExchangeState, operation

__all__ = ["HOUR_MS", "LoanStatus", "MarginEngine", "MarginLoan", "MarginTerms"]

HOUR_MS = 3_600_000
DAY_MS = 24 * HOUR_MS
INTEREST_PLACES = 8
"""Interest is charged in whole units of 1e-8 (rounded up), as CoinEx books balances."""

LoanStatus = Literal["loan", "debt", "liquidated", "finish"]


def _decimals(values: Mapping[str, Decimal | str | int]) -> dict[str, Decimal]:
    return {ccy: Decimal(value) for ccy, value in values.items()}


@attrs.frozen(eq=False)
class MarginTerms:
    """The lending terms of every margin market (``interest-limit``); a value like all config."""

    daily_interest_rate: Decimal = attrs.field(default=Decimal("0.001"), converter=Decimal)
    leverage: int = 10
    loan_days: int = 10
    min_amounts: dict[str, Decimal] = attrs.field(
        factory=lambda: _decimals({"USDT": "60", "BTC": "0.001", "ETH": "0.01"}),
        converter=_decimals,
    )
    """Smallest loan per currency (the docs' example: 60 USDT); 1e-8 for others."""
    max_amounts: dict[str, Decimal] = attrs.field(
        factory=lambda: _decimals({"USDT": "500000", "BTC": "10", "ETH": "200"}),
        converter=_decimals,
    )
    """Most a user may owe in principal per currency and margin market (docs: 500000 USDT)."""

    def min_amount(self, ccy: str) -> Decimal:
        return self.min_amounts.get(ccy, step(INTEREST_PLACES))

    def max_amount(self, ccy: str) -> Decimal:
        return self.max_amounts.get(ccy, ZERO)


@attrs.define
class MarginLoan:
    """One loan (a ``borrow-history`` record)."""

    borrow_id: int
    created_at: int
    market: str
    ccy: str
    daily_interest_rate: Decimal
    expired_at: int
    borrow_amount: Decimal
    is_auto_renew: bool
    principal: Decimal
    """Still owed of ``borrow_amount``."""
    interest: Decimal = ZERO
    """Charged and not yet paid."""
    charges: int = 0
    """Hourly interest charges made so far (the first one at borrowing)."""
    status: LoanStatus = "loan"

    @property
    def owed(self) -> Decimal:
        return self.principal + self.interest

    @property
    def is_open(self) -> bool:
        return self.status in ("loan", "debt")


class MarginEngine:
    def __init__(self, state: ExchangeState, terms: MarginTerms) -> None:
        self.state = state
        self.terms = terms

    # -- lookups --------------------------------------------------------------------------------

    def market(self, market: str, ccy: str | None = None) -> SpotMarket:
        """A margin market (4004 unless margin trading is available there), checking ``ccy``."""
        spec = self.state.spot.markets.get(market)
        if spec is None or not spec.is_margin_available:
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: market")
        if ccy is not None and ccy not in (spec.base_ccy, spec.quote_ccy):
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: ccy")
        return spec

    def limit(self, market: str, ccy: str) -> dict[str, Any]:
        """``GET /v2/assets/margin/interest-limit`` data."""
        self.market(market, ccy)
        terms = self.terms
        return {
            "market": market,
            "ccy": ccy,
            "leverage": terms.leverage,
            "min_amount": fmt(terms.min_amount(ccy)),
            "max_amount": fmt(terms.max_amount(ccy)),
            "daily_interest_rate": fmt(terms.daily_interest_rate),
        }

    def loans(self, account: Account, market: str | None = None) -> list[MarginLoan]:
        """The account's loans, oldest first, with interest charged up to now."""
        now = self.state.now_ms()
        result = []
        for loan in account.loans:
            if market in (None, loan.market):
                self._accrue(loan, now)
                result.append(loan)
        return result

    def owed(self, account: Account, market: str, ccy: str) -> tuple[Decimal, Decimal]:
        """``(principal, interest)`` the account owes in ``ccy`` in one margin market."""
        loans = [loan for loan in self.loans(account, market) if loan.ccy == ccy]
        return sum((loan.principal for loan in loans), ZERO), sum(
            (loan.interest for loan in loans), ZERO
        )

    # -- borrowing and repaying -----------------------------------------------------------------

    @operation
    def borrow(
        self, account: Account, *, market: str, ccy: str, amount: Decimal, is_auto_renew: bool
    ) -> MarginLoan:
        spec = self.market(market, ccy)
        terms = self.terms
        if amount < terms.min_amount(ccy):
            raise SandboxApiError(
                PARAMETER_ERROR, "invalid argument: borrow_amount below min_amount"
            )
        principal, _ = self.owed(account, market, ccy)
        if principal + amount > terms.max_amount(ccy):
            raise SandboxApiError(
                PARAMETER_ERROR, "invalid argument: borrow_amount above max_amount"
            )
        self.check_leverage(
            account,
            spec,
            "borrow_amount exceeds the leverage limit",
            ccy=ccy,
            held=amount,
            owed=amount + self._hourly(amount, terms.daily_interest_rate),
        )
        now = self.state.now_ms()
        loan = MarginLoan(
            borrow_id=self.state.next_id("borrow"),
            created_at=now,
            market=market,
            ccy=ccy,
            daily_interest_rate=terms.daily_interest_rate,
            expired_at=now + terms.loan_days * DAY_MS,
            borrow_amount=amount,
            is_auto_renew=is_auto_renew,
            principal=amount,
        )
        account.ledger.credit(margin_wallet(market), ccy, amount)
        account.loans.append(loan)
        self._accrue(loan, now)
        return loan

    @operation
    def repay(
        self,
        account: Account,
        *,
        market: str,
        ccy: str,
        amount: Decimal,
        borrow_id: int | None = None,
    ) -> None:
        """Pay ``amount`` of ``ccy`` back: interest first, then principal, oldest loan first."""
        self.market(market, ccy)
        loans = [
            loan
            for loan in self.loans(account, market)
            if loan.ccy == ccy and loan.is_open and borrow_id in (None, loan.borrow_id)
        ]
        if borrow_id is not None and not loans:
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: borrow_id")
        if amount <= 0 or amount > sum((loan.owed for loan in loans), ZERO):
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: amount exceeds what is owed")
        wallet = margin_wallet(market)
        account.ledger.debit(wallet, ccy, amount)
        left = amount
        for loan in loans:  # all interest first, then principal
            paid = min(left, loan.interest)
            loan.interest -= paid
            left -= paid
            self.state.collect_fee(ccy, paid)
        for loan in loans:
            paid = min(left, loan.principal)
            loan.principal -= paid
            left -= paid
            if loan.owed == 0:
                loan.status = "finish"

    def check_leverage(
        self,
        account: Account,
        spec: SpotMarket,
        message: str,
        *,
        ccy: str = "",
        held: Decimal = ZERO,
        owed: Decimal = ZERO,
    ) -> None:
        """4004 unless, after changing what the margin account holds in ``ccy`` by ``held`` and
        owes by ``owed``, what it owes is within ``leverage - 1`` times its net value (valued in
        the quote currency at the spot last price). Called before the change is made."""
        total_held, total_owed = self._values(account, spec, ccy, held, owed)
        if total_owed and total_owed > (self.terms.leverage - 1) * (total_held - total_owed):
            raise SandboxApiError(PARAMETER_ERROR, f"invalid argument: {message}")

    def risk_rate(self, account: Account, spec: SpotMarket) -> Decimal | None:
        """What the margin account holds over what it owes (None when it owes nothing)."""
        held, owed = self._values(account, spec)
        return div(held, owed, 4) if owed else None

    def _values(
        self,
        account: Account,
        spec: SpotMarket,
        ccy: str = "",
        held_delta: Decimal = ZERO,
        owed_delta: Decimal = ZERO,
    ) -> tuple[Decimal, Decimal]:
        """``(held, owed)`` of a margin account in its quote currency at the spot last price."""
        price = self.state.spot.data[spec.market].last_price
        wallet = margin_wallet(spec.market)
        held = owed = ZERO
        for name, weight in ((spec.base_ccy, price), (spec.quote_ccy, ONE)):
            delta = ccy == name
            held += weight * (account.ledger.get(wallet, name).total + (held_delta if delta else 0))
            owed += weight * (
                sum(self.owed(account, spec.market, name), ZERO) + (owed_delta if delta else 0)
            )
        return held, owed

    # -- interest -------------------------------------------------------------------------------

    def _accrue(self, loan: MarginLoan, now: int) -> None:
        """Charge every hourly interest due by ``now`` and apply the expiry (see module doc)."""
        if not loan.is_open:
            return
        while loan.expired_at <= now and loan.status == "loan":
            self._charge_until(loan, loan.expired_at - 1)
            if loan.is_auto_renew:
                loan.expired_at += self.terms.loan_days * DAY_MS
            else:
                loan.status = "debt"
        self._charge_until(loan, now)

    def _charge_until(self, loan: MarginLoan, now: int) -> None:
        due = (now - loan.created_at) // HOUR_MS + 1
        while loan.charges < due and loan.principal > 0:
            loan.interest += self._hourly(loan.principal, loan.daily_interest_rate)
            loan.charges += 1
        loan.charges = max(loan.charges, due)

    @staticmethod
    def _hourly(principal: Decimal, daily_rate: Decimal) -> Decimal:
        return div(principal * daily_rate, Decimal(24), INTEREST_PLACES, up=True)
