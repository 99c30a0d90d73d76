"""AMM liquidity: spot money pooled per market, shares of the pool, daily income settlements.

CoinEx (docs assets/amm): a user adds a market's base and quote currency from the SPOT account
to its AMM pool (``POST /v2/assets/amm/add-liquidity``) and takes the whole share back out
(``remove-liquidity``). A pool holds ``base`` and ``quote`` and issues shares: the first provider
sets the pool's ratio (its shares are the value added, in quote currency at the spot last price);
later providers add at the pool's ratio, the smaller side of what they offer deciding how much
(the excess of the other side stays in their SPOT account), and receive shares in proportion.
Taking liquidity out pays the share of each side, rounded down to 1e-8; rounding dust stays in
the pool, and the last provider out takes everything.

The sandbox's pools do not trade against the order book, so they earn no fees: the daily income
settlements (``amm/income-history``, one record per market and day the account held a share, at
00:00 UTC of the sandbox clock) report the account's share with a ``fee_dividend`` of 0, and the
pool's APYs, 7-day value and fee dividend (``amm/liquidity-pool``) are 0.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from ._accounts import Account
from ._errors import PARAMETER_ERROR, SandboxApiError
from ._ledger import SPOT
from ._markets import SpotMarket
from ._num import ZERO, div, fmt, fmt_fixed
from ._state import ExchangeState, operation

__all__ = ["AmmEngine", "AmmIncome", "AmmPool"]

DAY_MS = 24 * 3_600_000
_PLACES = 8
"""Amounts paid out of a pool are rounded down to 1e-8."""


@attrs.define
class AmmPool:
    market: str
    base: Decimal = ZERO
    quote: Decimal = ZERO
    shares: Decimal = ZERO
    holders: dict[int, Decimal] = attrs.field(factory=dict)
    """user_id -> shares."""
    settled_at: int = 0
    """The last daily settlement (ms, a multiple of a day)."""

    def portion(self, shares: Decimal) -> tuple[Decimal, Decimal]:
        """``(base, quote)`` that ``shares`` are worth, rounded down."""
        if not shares:
            return ZERO, ZERO
        if shares == self.shares:
            return self.base, self.quote
        return (
            div(self.base * shares, self.shares, _PLACES),
            div(self.quote * shares, self.shares, _PLACES),
        )


@attrs.frozen
class AmmIncome:
    """One daily settlement of an account's share (``amm/income-history`` item)."""

    created_at: int
    market: str
    base_amount: Decimal
    quote_amount: Decimal
    liquidity: Decimal
    proportion: Decimal
    fee_dividend: Decimal = ZERO


class AmmEngine:
    def __init__(self, state: ExchangeState) -> None:
        self.state = state
        self.pools: dict[str, AmmPool] = state.amm_pools
        state.time_hooks.append(self.settle)

    def market(self, market: str) -> SpotMarket:
        spec = self.state.spot.markets.get(market)
        if spec is None or not spec.is_amm_available:
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: market")
        return spec

    def pool(self, market: str) -> AmmPool:
        self.market(market)
        pool = self.pools.get(market)
        if pool is None:
            now = self.state.now_ms()
            pool = self.pools[market] = AmmPool(market, settled_at=now - now % DAY_MS)
        return pool

    # -- liquidity ------------------------------------------------------------------------------

    @operation
    def add(
        self, account: Account, market: str, base_amount: Decimal, quote_amount: Decimal
    ) -> AmmPool:
        spec = self.market(market)
        if base_amount <= 0 or quote_amount <= 0:
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: amount")
        self.settle()
        pool = self.pool(market)
        if not pool.shares:
            base, quote = base_amount, quote_amount
            minted = quote + base * self.state.spot.data[market].last_price
        else:
            ratio = min(div(base_amount, pool.base, 12), div(quote_amount, pool.quote, 12))
            base, quote, minted = pool.base * ratio, pool.quote * ratio, pool.shares * ratio
            if not base or not quote:
                raise SandboxApiError(PARAMETER_ERROR, "invalid argument: amount too small")
        account.ledger.debit(SPOT, spec.base_ccy, base)
        account.ledger.debit(SPOT, spec.quote_ccy, quote)
        pool.base += base
        pool.quote += quote
        pool.shares += minted
        pool.holders[account.user_id] = pool.holders.get(account.user_id, ZERO) + minted
        return pool

    @operation
    def remove(self, account: Account, market: str) -> AmmPool:
        """Take the account's whole share out into its SPOT account."""
        spec = self.market(market)
        self.settle()
        pool = self.pool(market)
        shares = pool.holders.pop(account.user_id, ZERO)
        if not shares:
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: no liquidity in market")
        base, quote = pool.portion(shares)
        pool.base -= base
        pool.quote -= quote
        pool.shares -= shares
        account.ledger.credit(SPOT, spec.base_ccy, base)
        account.ledger.credit(SPOT, spec.quote_ccy, quote)
        return pool

    def holding(self, account: Account, market: str) -> dict[str, str]:
        """The account's liquidity in ``market`` (``AmmLiquidity``)."""
        spec = self.market(market)
        pool = self.pool(market)
        shares = pool.holders.get(account.user_id, ZERO)
        base, quote = pool.portion(shares)
        return {
            "market": market,
            "base_ccy": spec.base_ccy,
            "quote_ccy": spec.quote_ccy,
            "base_ccy_amount": fmt(base),
            "quote_ccy_amount": fmt(quote),
            "liquidity_proportion": fmt(div(shares, pool.shares, 6) if shares else ZERO),
        }

    def holdings(self, account: Account) -> list[dict[str, str]]:
        return [
            self.holding(account, market)
            for market, pool in sorted(self.pools.items())
            if pool.holders.get(account.user_id)
        ]

    def pool_info(self, market: str) -> dict[str, str]:
        """``amm/liquidity-pool`` item: the pool's reserves and value (no fees: see above)."""
        spec = self.market(market)
        pool = self.pool(market)
        return {
            "market": market,
            "type": "infinite",
            "base_ccy": spec.base_ccy,
            "quote_ccy": spec.quote_ccy,
            "base_ccy_amount": fmt(pool.base),
            "quote_ccy_amount": fmt(pool.quote),
            "total_liquidity": fmt_fixed(self._value(pool, pool.base, pool.quote), 2),
            "apy_1day": "0",
            "apy_7day": "0",
            "value_7day": "0",
            "fee_dividend_7day": "0",
        }

    def _value(self, pool: AmmPool, base: Decimal, quote: Decimal) -> Decimal:
        return quote + base * self.state.spot.data[pool.market].last_price

    # -- income ---------------------------------------------------------------------------------

    def settle(self) -> None:
        """Record every daily settlement due by now (called before each change and read)."""
        now = self.state.now_ms()
        for pool in self.pools.values():
            while pool.settled_at + DAY_MS <= now:
                pool.settled_at += DAY_MS
                for user_id, shares in pool.holders.items():
                    base, quote = pool.portion(shares)
                    self.state.accounts[user_id].amm_income.append(
                        AmmIncome(
                            created_at=pool.settled_at,
                            market=pool.market,
                            base_amount=base,
                            quote_amount=quote,
                            liquidity=self._value(pool, base, quote),
                            proportion=div(shares, pool.shares, 6),
                        )
                    )
