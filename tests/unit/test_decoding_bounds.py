"""A success envelope whose ``data`` does not fit the model is one DecodeError that keeps the
body exactly as received, found in time linear in the input; no bare ValueError, TypeError,
AttributeError or InvalidOperation escapes, now or when a level is read later."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import cattrs
import httpx
import pytest

from coinex_sdk import DecodeError
from coinex_sdk._convert import structure
from coinex_sdk.models import SpotDepth, SpotTicker
from tests.unit.helpers import Script, sync_client

TICKER = {
    "market": "LATUSDT",
    "last": "0.008157",
    "open": "0.008286",
    "close": "0.008157",
    "high": "0.008390",
    "low": "0.008106",
    "volume": "807714.49139758",
    "volume_sell": "286170.69645599",
    "volume_buy": "266161.23236408",
    "value": "6689.21644207",
    "period": 86400,
}
DEPTH = {
    "market": "BTCUSDT",
    "is_full": True,
    "depth": {
        "asks": [["30740.00", "0.31763545"]],
        "bids": [["30736.00", "0.04857798"]],
        "last": "30746.28",
        "updated_at": 1689152421692,
        "checksum": 2578768879,
    },
}


def _answer(data: Any, **extra: Any) -> bytes:
    return json.dumps({"code": 0, "data": data, "message": "OK", **extra}).encode()


def _decode_error(body: bytes, call: Any) -> DecodeError:
    # The transport may retry an undecodable envelope of a GET: answer the same each time.
    script = Script(*(httpx.Response(200, content=body) for _ in range(3)))
    with sync_client(script) as cx, pytest.raises(DecodeError) as info:
        call(cx)
    assert info.value.body == body
    return info.value


def test_a_string_where_a_list_goes_is_one_error() -> None:
    with pytest.raises(ValueError, match="expected a list, got str"):
        structure("x" * 100_000, list[SpotTicker])
    nested = {**DEPTH, "depth": {**DEPTH["depth"], "asks": "x" * 100_000}}
    with pytest.raises(cattrs.BaseValidationError) as info:
        structure(nested, SpotDepth)
    assert len(cattrs.transform_error(info.value)) == 1


@pytest.mark.parametrize("data", ["x" * 100_000, 5, None, True, {"market": "X"}])
def test_data_that_is_not_a_list_is_a_decode_error_keeping_the_body(data: Any) -> None:
    body = _answer(data)
    error = _decode_error(body, lambda cx: cx.spot.ticker())
    assert len(str(error)) < 2000


@pytest.mark.parametrize("data", [[], "x", 5, [DEPTH], None])
def test_data_that_is_not_an_object_is_a_decode_error(data: Any) -> None:
    error = _decode_error(
        _answer(data), lambda cx: cx.spot.depth(market="BTCUSDT", limit=5, interval="0")
    )
    assert "expected an object" in str(error) or "SpotDepth" in str(error)


@pytest.mark.parametrize(
    "asks",
    [
        [["1", "2", "3"]],
        [["1"]],
        [[1, "2"]],
        [["NaN", "1"]],
        [["sNaN", "1"]],
        [["Infinity", "1"]],
        [["1e5", "1"]],
        [["1..2", "1"]],
        [["", "1"]],
        [["1\n2", "1"]],
        [["١", "1"]],
        ["12"],
        [None],
        [{"price": "1"}],
    ],
)
def test_every_depth_level_is_checked_when_decoding(asks: Any) -> None:
    data = {**DEPTH, "depth": {**DEPTH["depth"], "asks": asks}}
    for strict in (False, True):
        script = Script(httpx.Response(200, content=_answer(data)))
        with sync_client(script, strict=strict) as cx, pytest.raises(DecodeError):
            cx.spot.depth(market="BTCUSDT", limit=5, interval="0")


def test_levels_that_decode_can_always_be_read() -> None:
    asks = [["30740.00", "0.31763545"], ["-0.5", "00"], ["1.", "2"], [".5", "3"]]
    depth = structure({**DEPTH, "depth": {**DEPTH["depth"], "asks": asks}}, SpotDepth)
    assert [str(p) for p, _ in depth.depth.asks] == ["30740.00", "-0.5", "1", "0.5"]


@pytest.mark.parametrize("value", ["NaN", "sNaN", "-Infinity", "inf", "1E+999999999", "0.1e-5000"])
def test_decimal_fields_refuse_non_finite_and_absurd_numbers(value: str) -> None:
    body = _answer([{**TICKER, "last": value}])
    error = _decode_error(body, lambda cx: cx.spot.ticker())
    assert "last" in str(error)


EXAMPLES = Path(__file__).parents[2] / "spec" / "examples"
SPOT_ORDER = json.loads((EXAMPLES / "spot-cancel-order.json").read_text())["data"]


@pytest.mark.parametrize("order_id", ["1٣", "²", "99999999999999999999999", "1.5", " 1"])
def test_int_fields_accept_only_plain_digit_strings(order_id: str) -> None:
    from coinex_sdk.models import SpotOrder

    assert structure({**SPOT_ORDER, "order_id": "117401168172"}, SpotOrder).order_id == 117401168172
    with pytest.raises(cattrs.BaseValidationError):
        structure({**SPOT_ORDER, "order_id": order_id}, SpotOrder)


@pytest.mark.parametrize(
    "pagination",
    [
        {"has_next": "false"},
        {"has_next": 1},
        {"has_next": None},
        {"has_next": False, "total": "abc"},
        {"has_next": False, "total": {}},
        {"has_next": False, "total": 1.5},
        {"has_next": False, "total": True},
        [],
        "yes",
    ],
)
def test_malformed_pagination_is_a_decode_error_keeping_the_body(pagination: Any) -> None:
    body = _answer([], pagination=pagination)
    _decode_error(body, lambda cx: cx.spot.finished_orders(market_type="SPOT"))


def test_a_total_sent_as_digits_is_read() -> None:
    body = _answer([], pagination={"has_next": False, "total": "7"})
    with sync_client(Script(httpx.Response(200, content=body))) as cx:
        assert cx.spot.finished_orders(market_type="SPOT").total == 7


@pytest.mark.parametrize("market", [{"a": 1}, [1], None, True])
def test_an_object_list_or_null_where_a_string_goes_is_an_error(market: Any) -> None:
    with pytest.raises(cattrs.BaseValidationError):
        structure({**TICKER, "market": market}, SpotTicker)


def test_a_number_where_a_string_goes_is_kept_exactly_as_text() -> None:
    from decimal import Decimal

    assert structure({**TICKER, "market": 5}, SpotTicker).market == "5"
    assert structure({**TICKER, "market": Decimal("1.50")}, SpotTicker).market == "1.50"


def test_enums_still_decode_leniently_and_refuse_non_strings() -> None:
    from coinex_sdk.models import OrderSide

    assert structure("BUY", OrderSide) is OrderSide.BUY
    assert not structure("short", OrderSide).is_known
    with pytest.raises(ValueError):
        structure(5, OrderSide)
