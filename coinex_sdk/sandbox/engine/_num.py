"""Decimal arithmetic the way the sandbox needs it: exact, and rounded only on purpose.

CoinEx sends every amount, price, rate and balance as a JSON string and returns long exact values
(``"0.0199931699632"`` for a fee): the sandbox does the same. Sums and products are exact under
``EXACT`` (60 significant digits, far beyond any balance the sandbox holds), so moving money between
accounts never rounds. The only rounding happens where CoinEx rounds too: quantizing an order's
amount and price to the market's precision, and divisions (inverse contract values, margins),
which go through ``div`` with an explicit number of places.
"""

from __future__ import annotations

import decimal
from decimal import ROUND_DOWN, ROUND_UP, Decimal

__all__ = [
    "EXACT",
    "ONE",
    "ZERO",
    "ceil_to_step",
    "div",
    "floor_to_step",
    "fmt",
    "fmt_fixed",
    "step",
]

EXACT = decimal.Context(prec=60, rounding=decimal.ROUND_HALF_EVEN)
"""The context every engine operation runs in (see ``ExchangeState.operation``)."""

ZERO = Decimal(0)
ONE = Decimal(1)


def step(places: int) -> Decimal:
    """The smallest increment with ``places`` decimals: ``step(2) == Decimal("0.01")``."""
    return Decimal(1).scaleb(-places)


def div(numerator: Decimal, denominator: Decimal, places: int, *, up: bool = False) -> Decimal:
    """``numerator / denominator`` rounded to ``places`` decimals (down unless ``up``)."""
    quotient = EXACT.divide(numerator, denominator)
    return quotient.quantize(step(places), rounding=ROUND_UP if up else ROUND_DOWN, context=EXACT)


def floor_to_step(value: Decimal, increment: Decimal) -> Decimal:
    """The largest multiple of ``increment`` not above ``value`` (price ticks, depth merging)."""
    units = EXACT.divide_int(value, increment)
    if units * increment > value:
        units -= 1
    return (units * increment).quantize(increment, context=EXACT)


def ceil_to_step(value: Decimal, increment: Decimal) -> Decimal:
    """The smallest multiple of ``increment`` not below ``value``."""
    floored = floor_to_step(value, increment)
    return floored if floored == value else floored + increment


def fmt(value: Decimal) -> str:
    """A decimal as CoinEx writes it: plain notation, no exponent, no trailing zeros."""
    if value == 0:
        return "0"
    return format(value.normalize(EXACT), "f")


def fmt_fixed(value: Decimal, places: int) -> str:
    """A decimal with exactly ``places`` decimals, as in CoinEx depth levels (``"30740.00"``)."""
    return format(value.quantize(step(places), context=EXACT), "f")
