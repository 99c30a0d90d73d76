"""What is retried, what never is, and how (fresh signature, backoff, Retry-After)."""

from __future__ import annotations

import httpx
import pytest

from coinex_sdk import (
    HTTPStatusError,
    RateLimitError,
    RetryPolicy,
    ServiceUnavailableError,
    TimeoutError,
    TransportError,
)
from coinex_sdk._retry import parse_retry_after
from tests.unit.helpers import Script, async_client, err, ok, sync_client

ORDER = {"market": "BTCUSDT", "side": "buy"}


def _connect_error() -> httpx.ConnectError:
    return httpx.ConnectError("refused")


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("reset"),
        httpx.Response(503),
        httpx.Response(429),
        err(3008),
        err(4001),
    ],
    ids=["read-timeout", "broken", "503", "429", "3008", "4001"],
)
def test_idempotent_get_is_retried_after_transient_failures(failure: object) -> None:
    script = Script(failure, ok({"n": 1}))  # type: ignore[arg-type]
    with sync_client(script) as cx:
        assert cx.request("GET", "/v2/spot/ticker") == {"n": 1}
    assert len(script.requests) == 2


@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (httpx.ReadTimeout("slow"), TimeoutError),
        (httpx.RemoteProtocolError("x"), TransportError),
        (httpx.Response(503), HTTPStatusError),
        (err(3008), ServiceUnavailableError),
    ],
    ids=["read-timeout", "broken", "503", "3008"],
)
def test_an_order_that_may_have_reached_coinex_is_never_resent(
    failure: object, error: type[Exception]
) -> None:
    script = Script(failure, ok())  # type: ignore[arg-type]
    with sync_client(script) as cx, pytest.raises(error):
        cx.request("POST", "/v2/spot/order", params=ORDER)
    assert len(script.requests) == 1


@pytest.mark.parametrize("code", [4213, 4010, 4017])
def test_gate_rejections_are_retried_even_for_orders(code: int) -> None:
    replies = [err(code), ok({"order_id": 1})]
    if code != 4213:  # timestamp errors re-sync the clock first
        replies.insert(1, ok({"timestamp": 1_700_000_000_000}))
    script = Script(*replies)
    with sync_client(script) as cx:
        assert cx.request("POST", "/v2/spot/order", params=ORDER) == {"order_id": 1}
    assert script.paths[0] == script.paths[-1] == "POST /v2/spot/order"


def test_a_connection_that_never_opened_is_retried_even_for_orders() -> None:
    script = Script(_connect_error(), ok({"order_id": 1}))
    with sync_client(script) as cx:
        assert cx.request("POST", "/v2/spot/order", params=ORDER) == {"order_id": 1}
    assert len(script.requests) == 2


def test_every_retry_is_signed_again_with_a_fresh_timestamp(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = iter(range(1_700_000_000_000, 1_700_000_100_000, 1000))
    monkeypatch.setattr("coinex_sdk._clock.Clock.local_ms", staticmethod(lambda: next(now)))
    script = Script(err(4213), err(4213), ok())
    with sync_client(script) as cx:
        cx.request("POST", "/v2/spot/order", params=ORDER)
    stamps = [r.headers["x-coinex-timestamp"] for r in script.requests]
    signs = [r.headers["x-coinex-sign"] for r in script.requests]
    assert len(set(stamps)) == 3 and len(set(signs)) == 3


def test_retries_stop_after_max_retries() -> None:
    script = Script(err(4213), err(4213), err(4213), ok())
    with sync_client(script) as cx, pytest.raises(RateLimitError):
        cx.request("GET", "/v2/spot/ticker")
    assert len(script.requests) == 3


def test_max_retries_zero_disables_retries() -> None:
    script = Script(httpx.Response(503), ok())
    with (
        sync_client(script, retry=RetryPolicy(max_retries=0)) as cx,
        pytest.raises(HTTPStatusError),
    ):
        cx.request("GET", "/v2/spot/ticker")


def test_retry_after_header_sets_the_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr("coinex_sdk._transport.time.sleep", slept.append)
    script = Script(httpx.Response(429, headers={"Retry-After": "1.5"}), ok())
    with sync_client(script, retry=RetryPolicy()) as cx:
        cx.request("GET", "/v2/spot/ticker")
    assert slept == [1.5]


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=4.0, jitter=0.25)
    for n, base in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (8, 4.0)]:
        for _ in range(20):
            assert base * 0.75 <= policy.delay(n) <= base


def test_retry_after_parsing() -> None:
    assert parse_retry_after("2") == 2.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("-1") is None


async def test_async_client_follows_the_same_retry_rules() -> None:
    script = Script(httpx.ReadTimeout("slow"), ok({"n": 1}), httpx.ReadTimeout("slow"))
    async with async_client(script) as acx:
        assert await acx.request("GET", "/v2/spot/ticker") == {"n": 1}
        with pytest.raises(TimeoutError):
            await acx.request("POST", "/v2/spot/order", params=ORDER)
    assert len(script.requests) == 3
