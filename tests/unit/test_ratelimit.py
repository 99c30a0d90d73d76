"""Client-side token buckets per CoinEx rate-limit group."""

from __future__ import annotations

import pytest

from coinex_sdk import LocalRateLimitError
from coinex_sdk._ratelimit import RateLimiter
from tests.unit.helpers import Script, ok, sync_client


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_full_bucket_lets_a_burst_through_then_asks_to_wait() -> None:
    t = FakeTime()
    limiter = RateLimiter({"g": 10}, clock=t)
    assert [limiter.reserve(["g"]) for _ in range(10)] == [0.0] * 10
    assert limiter.reserve(["g"]) == pytest.approx(0.1)
    assert limiter.reserve(["g"]) == pytest.approx(0.2)  # queued behind the previous caller


def test_tokens_refill_with_time() -> None:
    t = FakeTime()
    limiter = RateLimiter({"g": 10}, clock=t)
    for _ in range(10):
        limiter.reserve(["g"])
    t.now = 0.5
    assert [limiter.reserve(["g"]) for _ in range(5)] == [0.0] * 5


def test_the_slowest_group_decides_and_every_group_pays() -> None:
    t = FakeTime()
    limiter = RateLimiter({"ip": 400, "spot_order": 30}, clock=t)
    for _ in range(30):
        assert limiter.reserve(["ip", "spot_order"]) == 0.0
    assert limiter.reserve(["ip", "spot_order"]) == pytest.approx(1 / 30)
    assert limiter.peek(["ip"])[1] == 0.0


def test_a_batch_costs_its_item_count() -> None:
    t = FakeTime()
    limiter = RateLimiter({"g": 30}, clock=t)
    assert limiter.reserve(["g"], cost=20) == 0.0
    assert limiter.reserve(["g"], cost=20) == pytest.approx(10 / 30)


def test_unknown_groups_are_not_limited() -> None:
    assert RateLimiter({}).reserve(["nope"]) == 0.0


def test_raise_mode_raises_instead_of_waiting_and_sends_nothing() -> None:
    script = Script(*[ok()] * 40)
    with sync_client(script, rate_limit="raise") as cx:
        cx._transport.limiter._clock = lambda: 1000.0  # the wall clock stands still: no refill
        for _ in range(30):
            cx.request("POST", "/v2/spot/order", params={"market": "BTCUSDT"})
        with pytest.raises(LocalRateLimitError) as info:
            cx.request("POST", "/v2/spot/order", params={"market": "BTCUSDT"})
    assert info.value.group == "spot_order"
    assert len(script.requests) == 30


def test_wait_mode_sleeps_for_the_reserved_time(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr("coinex_sdk._shell.time.sleep", slept.append)
    script = Script(*[ok()] * 31)
    with sync_client(script) as cx:
        cx._transport.limiter._clock = lambda: 1000.0  # the wall clock stands still: no refill
        for _ in range(31):
            cx.request("POST", "/v2/spot/order", params={"market": "BTCUSDT"})
    assert len(slept) == 1 and 0 < slept[0] <= 1 / 30 + 0.01
