"""Bad arguments to generated methods fail with a ValidationError naming the parameter, before
anything is sent."""

from __future__ import annotations

import contextlib
from decimal import Decimal
from typing import Any

import pytest

from coinex_sdk import ValidationError
from tests.unit.helpers import Script, async_client, ok, sync_client

ORDER: dict[str, Any] = {
    "market": "BTCUSDT",
    "market_type": "SPOT",
    "side": "buy",
    "type": "limit",
    "amount": Decimal("0.001"),
    "price": "10000",
}


@pytest.mark.parametrize(
    ("change", "param"),
    [
        ({"side": "long"}, "side"),
        ({"market_type": "FUTURES"}, "market_type"),
        ({"amount": Decimal("-1")}, "amount"),
        ({"amount": "0"}, "amount"),
        ({"amount": "abc"}, "amount"),
        ({"amount": Decimal("NaN")}, "amount"),
        ({"price": 1.5j}, "price"),
        ({"client_id": "has space"}, "client_id"),
        ({"client_id": "x" * 40}, "client_id"),
        ({"market": None}, "market"),
        ({"is_hide": "yes"}, "is_hide"),
    ],
)
def test_invalid_order_arguments_are_rejected_before_sending(
    change: dict[str, Any], param: str
) -> None:
    script = Script(ok())
    with sync_client(script) as cx, pytest.raises(ValidationError) as info:
        cx.spot.place_order(**{**ORDER, **change})
    assert info.value.param == param
    assert param in str(info.value)
    assert script.requests == []


def test_too_many_markets_are_rejected() -> None:
    script = Script(ok([]))
    with sync_client(script) as cx, pytest.raises(ValidationError, match="at most 10"):
        cx.spot.ticker(market=[f"M{i}USDT" for i in range(11)])
    assert script.requests == []


def test_enum_values_are_accepted_in_any_case_and_sent_as_coinex_spells_them() -> None:
    from tests.unit.helpers import body_of

    script = Script(ok({}))
    with sync_client(script) as cx:
        with contextlib.suppress(Exception):
            cx.spot.place_order(**{**ORDER, "side": "BUY", "market_type": "spot"})
    body = body_of(script.requests[0])
    assert (body["side"], body["market_type"]) == ("buy", "SPOT")


def test_unknown_keyword_arguments_are_a_type_error() -> None:
    with sync_client(Script()) as cx, pytest.raises(TypeError):
        cx.spot.ticker(markets=["BTCUSDT"])  # type: ignore[call-arg]


async def test_async_methods_validate_the_same_way() -> None:
    script = Script()
    async with async_client(script) as acx:
        with pytest.raises(ValidationError):
            await acx.spot.place_order(**{**ORDER, "side": "long"})
    assert script.requests == []
