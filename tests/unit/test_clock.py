"""Server-time sync: offset from the round trip; re-sync once on 4010/4017."""

from __future__ import annotations

import pytest

from coinex_sdk import Clock, TimestampError
from tests.unit.helpers import Script, async_client, err, ok, server_time, sync_client


def test_offset_is_server_time_minus_the_round_trip_midpoint() -> None:
    clock = Clock()
    clock.learn(sent_ms=1000, received_ms=1100, server_ms=6050)
    assert clock.offset_ms == 5000
    assert clock.synced


def test_sync_time_uses_get_v2_time(monkeypatch: pytest.MonkeyPatch) -> None:
    local = iter([1_000_000, 1_000_200])
    monkeypatch.setattr("coinex_sdk._clock.Clock.local_ms", staticmethod(lambda: next(local)))
    script = Script(server_time(1_003_100))
    with sync_client(script) as cx:
        assert cx.sync_time() == 3000
    assert script.paths == ["GET /v2/time"]
    assert "x-coinex-sign" not in script.requests[0].headers


def test_signed_requests_carry_the_corrected_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coinex_sdk._clock.Clock.local_ms", staticmethod(lambda: 1_000_000))
    script = Script(server_time(1_060_000), ok())
    with sync_client(script, sync_time=True) as cx:
        cx.request("GET", "/v2/assets/spot/balance")
    assert script.paths == ["GET /v2/time", "GET /v2/assets/spot/balance"]
    assert script.requests[1].headers["x-coinex-timestamp"] == "1060000"


def test_expired_timestamp_resyncs_and_retries_once_then_gives_up() -> None:
    script = Script(err(4010), server_time(1), err(4010))
    with sync_client(script, max_retries=0) as cx, pytest.raises(TimestampError):
        cx.request("GET", "/v2/assets/spot/balance")
    assert script.paths == [
        "GET /v2/assets/spot/balance",
        "GET /v2/time",
        "GET /v2/assets/spot/balance",
    ]


async def test_async_client_resyncs_on_4017() -> None:
    script = Script(err(4017), server_time(5), ok({"done": True}))
    async with async_client(script, max_retries=0) as acx:
        assert await acx.request("POST", "/v2/spot/order", params={"a": 1}) == {"done": True}
