"""Funding: rates from the simulated premium, settled every 8 hours into positions and balances.

CoinEx perpetuals settle funding at 00:00, 08:00 and 16:00 UTC (docs futures funding-rate). The
sandbox follows CoinEx's formula on its own prices:

* premium index ``P = (mark - index) / index`` (the mark price's premium over the index; the
  market maker keeps them equal, ``set_index_price`` moves the index alone);
* theoretical rate ``P + clamp(I - P, -0.05%, +0.05%)`` with the interest rate ``I = 0.01%``;
* actual rate: the theoretical one clamped to ``[min_funding_rate, max_funding_rate]``.

At each funding time, every open position pays (rate > 0: longs pay, shorts receive; rate < 0 the
other way round) ``value x rate`` at the mark price, rounded to the settlement currency's
precision. A cross position pays from the account's available balance (then its margin) and
receives into it; an isolated position pays from and receives into its margin. What the rounding
leaves over (and what a position could not pay) goes through the insurance fund, so no money is
created or lost. Each settlement is recorded in ``funding_rate_history`` (per market) and in
``position_funding_history`` (per position: ``funding_value`` negative when the position paid).

The settlement runs when the exchange's clock passes a funding time: ``Exchange.advance`` past
it (every funding time passed settles, each at its own time) or the market maker's ticks.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

import attrs

from ._accounts import Account
from ._futures import FuturesEngine
from ._ledger import FUTURES
from ._num import ZERO
from ._positions import Position, PositionSide

__all__ = [
    "FUNDING_INTERVAL_MS",
    "FundingEngine",
    "FundingRateRecord",
    "PositionFundingRecord",
]

FUNDING_INTERVAL_MS = 8 * 3600 * 1000
INTEREST_RATE = Decimal("0.0001")
INTEREST_CLAMP = Decimal("0.0005")
MAX_FUNDING_RATE = Decimal("0.00375")
MIN_FUNDING_RATE = -MAX_FUNDING_RATE
RATE_STEP = Decimal("0.00000001")


@attrs.frozen
class FundingRateRecord:
    """One funding settlement of a market (``GET /v2/futures/funding-rate-history`` item)."""

    market: str
    funding_time: int
    theoretical_rate: Decimal
    actual_rate: Decimal


@attrs.frozen
class PositionFundingRecord:
    """What one position paid or received (``GET /v2/futures/position-funding-history``)."""

    position_id: int
    user_id: int
    market: str
    ccy: str
    side: PositionSide
    margin_mode: str
    open_interest: Decimal
    settle_price: Decimal
    funding_rate: Decimal
    funding_value: Decimal
    """Received (+) or paid (-) by the position."""
    created_at: int


def _clamp(value: Decimal, low: Decimal, high: Decimal) -> Decimal:
    return max(low, min(high, value))


class FundingEngine:
    """Funding rates and their settlement for every futures market."""

    def __init__(self, futures: FuturesEngine) -> None:
        self.futures = futures
        self.state = state = futures.state
        now = state.now_ms()
        first = now - now % FUNDING_INTERVAL_MS + FUNDING_INTERVAL_MS
        self.next_funding_time: dict[str, int] = dict.fromkeys(state.futures.markets, first)
        """The next funding time of each market (settled when the clock passes it)."""
        self.rate_history: list[FundingRateRecord] = []
        self.position_history: list[PositionFundingRecord] = []

    # -- rates ----------------------------------------------------------------------------------

    def premium_index(self, market: str) -> Decimal:
        """``(mark - index) / index``, to 8 decimals."""
        index = self.state.index_prices[market]
        if index <= 0:
            return ZERO
        premium = (self.state.mark_prices[market] - index) / index
        return premium.quantize(RATE_STEP, rounding=ROUND_HALF_EVEN)

    def theoretical_rate(self, market: str) -> Decimal:
        premium = self.premium_index(market)
        return premium + _clamp(INTEREST_RATE - premium, -INTEREST_CLAMP, INTEREST_CLAMP)

    def current_rate(self, market: str) -> Decimal:
        """The rate the next settlement will use if prices stay where they are."""
        return _clamp(self.theoretical_rate(market), MIN_FUNDING_RATE, MAX_FUNDING_RATE)

    def latest(self, market: str) -> FundingRateRecord | None:
        for record in reversed(self.rate_history):
            if record.market == market:
                return record
        return None

    # -- settlement -----------------------------------------------------------------------------

    def settle_due(self) -> None:
        """Settle every funding time the exchange's clock has passed (a time hook)."""
        now = self.state.now_ms()
        for market in sorted(self.next_funding_time):
            while self.next_funding_time[market] <= now:
                at = self.next_funding_time[market]
                self.settle(market, at)
                self.next_funding_time[market] = at + FUNDING_INTERVAL_MS

    def settle(self, market: str, at: int) -> FundingRateRecord:
        """One funding settlement of ``market`` at time ``at``."""
        spec = self.futures.market(market)
        theoretical = self.theoretical_rate(market)
        rate = _clamp(theoretical, MIN_FUNDING_RATE, MAX_FUNDING_RATE)
        record = FundingRateRecord(market, at, theoretical, rate)
        self.rate_history.append(record)
        mark = self.state.mark_prices[market]
        places = Decimal(1).scaleb(-spec.settle_precision)
        residue = ZERO  # paid minus received: the insurance fund absorbs rounding and shortfalls
        for account in list(self.state.accounts.values()):
            pos = account.positions.get(market)
            if pos is None or pos.amount == 0 or rate == 0:
                continue
            fee = (pos.value_at(spec, mark) * rate).quantize(places, rounding=ROUND_HALF_EVEN)
            received = -fee if pos.side == "long" else fee  # longs pay shorts when rate > 0
            if received >= 0:
                self._receive(account, pos, spec.settle_ccy, received)
                residue -= received
            else:
                residue += self._pay(account, pos, spec.settle_ccy, -received)
            pos.funding_paid -= received
            pos.updated_at = at
            self.position_history.append(
                PositionFundingRecord(
                    **pos.key,
                    ccy=spec.settle_ccy,
                    side=pos.side,
                    margin_mode=pos.margin_mode,
                    open_interest=pos.amount,
                    settle_price=mark,
                    funding_rate=rate,
                    funding_value=received,
                    created_at=at,
                )
            )
            self.state.touch_balance(account.user_id, FUTURES, spec.settle_ccy)
            self.futures.emit_position(account, pos, "update")
        if residue:
            self.state.add_insurance(spec.settle_ccy, residue)
        return record

    def _receive(self, account: Account, pos: Position, ccy: str, amount: Decimal) -> None:
        if pos.margin_mode == "isolated":
            pos.margin += amount
        else:
            account.ledger.credit(FUTURES, ccy, amount)

    def _pay(self, account: Account, pos: Position, ccy: str, amount: Decimal) -> Decimal:
        """Take ``amount`` from the position's funds; returns what was actually taken."""
        taken = ZERO
        if pos.margin_mode == "cross":
            taken = min(amount, account.ledger.get(FUTURES, ccy).available)
            account.ledger.debit(FUTURES, ccy, taken)
        from_margin = min(amount - taken, pos.margin)
        pos.margin -= from_margin
        return taken + from_margin
