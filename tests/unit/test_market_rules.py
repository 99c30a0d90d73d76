"""MarketRules as pure logic: quantizing and checking against precision, tick and minimum."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

import pytest

from coinex_sdk import ValidationError
from coinex_sdk._markets import MarketRules

D = Decimal
SPOT = MarketRules(
    market="XUSDT", price_precision=4, amount_precision=2, min_amount=D("1"), info=None
)
TICKED = MarketRules(
    market="XUSDT",
    price_precision=2,
    amount_precision=0,
    min_amount=D("1"),
    tick_size=D("0.05"),
    info=None,
)


def test_toward_zero_is_the_default_for_negative_numbers_too() -> None:
    assert SPOT.quantize_price("-1.23456") == D("-1.2345")
    assert SPOT.quantize_price("-1.23456", ROUND_FLOOR) == D("-1.2346")


def test_prices_land_on_the_tick() -> None:
    assert TICKED.quantize_price("10.07") == D("10.05")
    assert TICKED.quantize_price("10.07", ROUND_CEILING) == D("10.10")
    TICKED.check_order(type="limit", amount=3, price="10.10")
    with pytest.raises(ValidationError, match=r"multiple of 0\.05"):
        TICKED.check_order(type="limit", amount=3, price="10.12")


def test_a_market_order_has_no_price_to_check() -> None:
    TICKED.check_order(type="market", amount=3, price="10.12")


def test_trailing_zeros_are_not_extra_precision() -> None:
    SPOT.check_order(type="limit", amount="1.5000", price="2.100000")


def test_a_closed_market_refuses_every_order() -> None:
    closed = MarketRules(
        market="X",
        price_precision=2,
        amount_precision=2,
        min_amount=D(0),
        trading_enabled=False,
        info=None,
    )
    with pytest.raises(ValidationError, match="does not take orders"):
        closed.check_order(type="limit", amount=1, price=1)


@pytest.mark.parametrize("bad", [1.5, True, "abc", "NaN", None])
def test_only_exact_numbers_are_quantized(bad: object) -> None:
    with pytest.raises(ValidationError):
        SPOT.quantize_amount(bad)  # type: ignore[arg-type]
