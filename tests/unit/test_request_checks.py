"""Every argument is checked before anything is sent: CoinEx's int ranges, characters that cannot
travel, list separators inside items, and each argument of the low-level ``request()``."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coinex_sdk import ValidationError
from tests.unit.helpers import Script, async_client, ok, sync_client


def _rejected(call: Any, param: str | None = None) -> ValidationError:
    script = Script(ok([]))
    with sync_client(script) as cx, pytest.raises(ValidationError) as info:
        call(cx)
    assert script.requests == []
    if param is not None:
        assert info.value.param == param
        assert param in str(info.value)
    return info.value


@pytest.mark.parametrize(
    "value", [10**5000, 2**63, -(2**63) - 1], ids=["10**5000", "2**63", "-(2**63)-1"]
)
def test_ids_beyond_int64_are_rejected(value: int) -> None:
    error = _rejected(
        lambda cx: cx.spot.cancel_order(market="BTCUSDT", market_type="SPOT", order_id=value),
        "order_id",
    )
    assert "int64" in str(error)
    assert len(str(error)) < 200


def test_a_page_beyond_int64_is_rejected() -> None:
    _rejected(lambda cx: cx.spot.pending_orders(market_type="SPOT", page=10**5000), "page")


def test_the_spec_maximum_still_applies_below_int64() -> None:
    _rejected(lambda cx: cx.spot.deals(market="BTCUSDT", limit=1001), "limit")


def test_int_list_items_beyond_int64_are_rejected() -> None:
    _rejected(
        lambda cx: cx.spot.cancel_orders(market="BTCUSDT", order_ids=[1, 10**30]), "order_ids"
    )


@pytest.mark.parametrize("value", [-1, dt.datetime(1, 1, 1, tzinfo=dt.timezone.utc)])
def test_negative_times_are_rejected(value: Any) -> None:
    _rejected(lambda cx: cx.account.sub_transfer_history(start_time=value), "start_time")


@pytest.mark.parametrize("text", ["\ud800", "BTC\udfffUSDT", "BTC\x00USDT", "BTC\nUSDT", "\x7f"])
def test_lone_surrogates_and_control_characters_are_rejected(text: str) -> None:
    _rejected(lambda cx: cx.spot.ticker(market=[text]), "market")
    _rejected(lambda cx: cx.spot.depth(market=text, limit=5, interval="0"), "market")


def test_a_list_item_holding_the_separator_is_rejected() -> None:
    error = _rejected(lambda cx: cx.spot.ticker(market=["BTC,USDT"]), "market")
    assert "separator" in str(error)


def test_a_comma_separated_string_is_still_a_list_of_markets() -> None:
    script = Script(ok([]))
    with sync_client(script) as cx:
        cx.spot.ticker(market="BTCUSDT,ETHUSDT")
    assert script.requests[0].url.raw_path == b"/v2/spot/ticker?market=BTCUSDT,ETHUSDT"


# -- request() ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        (b"GET", "/v2/time"),
        (None, "/v2/time"),
        ("DELETE", "/v2/time"),
        ("GET", b"/v2/time"),
        ("GET", None),
        ("GET", "/v2/ti\x00me"),
        ("GET", "/v2/ti\nme"),
        ("GET", "/v2/ti me"),
        ("GET", "/v2/tiмe"),
        ("GET", "/v2/../x"),
        ("GET", "/v2/a/../../x"),
        ("GET", "/v2/./time"),
        ("GET", "/v2/%2e%2e/x"),
        ("GET", "/v2/%2E./x"),
        ("GET", "/v2/..%2fx"),
        ("GET", "/v2/%zz"),
        ("GET", "/v2/%4"),
        ("GET", "/v2/time%"),
        ("GET", "/v2/time?x=1"),
        ("GET", "/v2/time#x"),
        ("GET", "/v1/time"),
        ("GET", "/v2/"),
        ("GET", "http://evil.test/v2/time"),
    ],
)
def test_request_rejects_a_bad_method_or_path(method: Any, path: Any) -> None:
    _rejected(lambda cx: cx.request(method, path))


@pytest.mark.parametrize(
    ("params", "auth"),
    [
        ([("a", 1)], None),
        ("a=1", None),
        ({1: "a"}, None),
        ({b"a": "a"}, None),
        pytest.param({"a": 10**5000}, None, id="10**5000"),
        ({"a": "\ud800"}, None),
        ({"a": ["x,y"]}, None),
        ({"a\x00": 1}, None),
        ({}, "yes"),
        ({}, 1),
    ],
)
def test_request_rejects_bad_params_or_auth(params: Any, auth: Any) -> None:
    _rejected(lambda cx: cx.request("GET", "/v2/spot/ticker", params=params, auth=auth))


def test_request_rejects_bodies_it_cannot_send() -> None:
    loop: list[Any] = []
    loop.append(loop)
    for params in ({"a": loop}, {"a": {1: "x"}}, {"a": {"k": "\ud800"}}, {"a": 2**64}):
        _rejected(lambda cx, p=params: cx.request("POST", "/v2/x", params=p))


def test_request_sends_a_valid_unusual_path_exactly_as_given() -> None:
    script = Script(ok({}))
    with sync_client(script) as cx:
        cx.request("get", "/v2/a%20b/c:d@e.f~g", auth=False)
    assert script.requests[0].url.raw_path == b"/v2/a%20b/c:d@e.f~g"
    assert script.requests[0].method == "GET"


async def test_async_request_checks_the_same_way() -> None:
    script = Script(ok({}))
    async with async_client(script) as acx:
        with pytest.raises(ValidationError):
            await acx.request("GET", "/v2/../time")
        with pytest.raises(ValidationError):
            await acx.request("GET", "/v2/time", params=[("a", 1)])  # type: ignore[arg-type]
        with pytest.raises(ValidationError):
            await acx.spot.ticker(market=["BTC,USDT"])
    assert script.requests == []


@pytest.mark.parametrize(
    "change", [{"side": "x" * 100_000}, {"amount": "x" * 100_000}, {"amount": "9" * 100_000}]
)
def test_messages_stay_short_whatever_the_value(change: dict[str, Any]) -> None:
    order = {
        "market": "BTCUSDT",
        "market_type": "SPOT",
        "side": "buy",
        "type": "limit",
        "amount": "1",
        "price": "1",
        **change,
    }
    error = _rejected(lambda cx: cx.spot.place_order(**order))
    assert len(str(error)) < 300
