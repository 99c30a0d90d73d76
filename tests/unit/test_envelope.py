"""Decoding CoinEx's envelope: status first, then JSON, then ``code``; errors keep the raw body."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import yaml

import coinex_sdk
from coinex_sdk import (
    ApiError,
    AuthenticationError,
    DecodeError,
    HTTPStatusError,
    InsufficientBalanceError,
    InvalidOrderError,
    RateLimitError,
    TimestampError,
)
from coinex_sdk._envelope import error_class
from tests.unit.helpers import Script, err, ok, sync_client

ERRORS = yaml.safe_load((Path(__file__).parents[2] / "spec" / "errors.yaml").read_text())["codes"]


def test_data_is_returned_with_decimals() -> None:
    with sync_client(Script(ok({"price": "1.5", "rate": 0.25}))) as cx:
        assert cx.request("GET", "/v2/x") == {"price": "1.5", "rate": coinex_sdk_decimal("0.25")}


def coinex_sdk_decimal(text: str) -> object:
    from decimal import Decimal

    return Decimal(text)


def test_non_200_raises_http_status_error_keeping_the_raw_body() -> None:
    reply = httpx.Response(502, content=b"<html>Bad Gateway</html>")
    with sync_client(Script(reply), max_retries=0) as cx, pytest.raises(HTTPStatusError) as info:
        cx.request("POST", "/v2/spot/order", params={"market": "BTCUSDT"})
    assert info.value.status_code == 502
    assert info.value.body == b"<html>Bad Gateway</html>"
    assert "502" in str(info.value) and "/v2/spot/order" in str(info.value)


def test_non_json_body_raises_decode_error_keeping_the_raw_body() -> None:
    script = Script(*[httpx.Response(200, content=b"not json")] * 3)
    with sync_client(script) as cx:
        with pytest.raises(DecodeError) as info:
            cx.request("GET", "/v2/time")
    assert info.value.body == b"not json"
    assert len(script.requests) == 3  # a GET whose answer is garbled is asked again


def test_json_without_an_integer_code_is_not_an_envelope() -> None:
    with sync_client(Script(httpx.Response(200, json=[1, 2])), max_retries=0) as cx:
        with pytest.raises(DecodeError, match="envelope"):
            cx.request("GET", "/v2/time")


@pytest.mark.parametrize("code", sorted(ERRORS))
def test_every_documented_code_raises_its_error_class(code: int) -> None:
    expected = getattr(coinex_sdk, ERRORS[code]["class"])
    # timestamp errors re-sync the clock and try once more before raising
    script = Script(err(code, "nope"), ok({"timestamp": 1}), err(code, "nope"))
    with sync_client(script, max_retries=0) as cx, pytest.raises(expected) as info:
        cx.request("POST", "/v2/spot/order", params={"market": "BTCUSDT"})
    exc = info.value
    assert isinstance(exc, ApiError)
    assert (exc.code, exc.message, exc.method, exc.path) == (code, "nope", "POST", "/v2/spot/order")
    assert exc.body.startswith(b"{")


def test_error_families_group_codes() -> None:
    assert issubclass(error_class(4006), AuthenticationError)
    assert issubclass(error_class(4010), TimestampError)
    assert error_class(3109) is InsufficientBalanceError
    assert error_class(4213) is RateLimitError
    assert issubclass(error_class(3699), InvalidOrderError)  # undocumented 36xx
    assert error_class(987654) is ApiError


def test_misspelled_paginatation_key_is_understood() -> None:
    from coinex_sdk._endpoint import Endpoint
    from coinex_sdk._envelope import Response, decode_envelope

    def decoded(reply: httpx.Response) -> object:
        return decode_envelope(ep, Response(200, reply.headers, reply.content)).pagination

    ep = Endpoint(name="x", method="GET", path="/v2/assets/deposit-history", auth=False)
    typo = ok([], paginatation={"has_next": True, "total": 3})
    assert decoded(typo) == {"has_next": True, "total": 3}
    right = ok([], pagination={"has_next": False})
    assert decoded(right) == {"has_next": False}


def test_rate_limit_headers_are_readable_per_group() -> None:
    reply = ok(
        {},
    )
    reply.headers.update(
        {
            "X-RateLimit-Limit": "30",
            "X-RateLimit-Remaining": "29",
            "X-RateLimit-LongPeriod-24H-Remaining": "9000",
        }
    )
    with sync_client(Script(reply)) as cx:
        cx.request("POST", "/v2/spot/order", params={"market": "BTCUSDT"})
        info = cx.rate_limit_info["spot_order"]
    assert (info.limit, info.remaining, info.long_period_remaining) == (30, 29, {"24H": 9000})
