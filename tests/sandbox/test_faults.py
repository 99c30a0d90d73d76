"""Fault-injection and rate-limit state: what the server layer will apply to requests."""

from __future__ import annotations

import pytest

from coinex_sdk._signing import http_prepared, sign
from coinex_sdk.sandbox import (
    Exchange,
    ExchangeConfig,
    Faults,
    RateLimits,
    SandboxApiError,
    envelope,
    verify_http_request,
)

from .conftest import FakeClock


def test_a_forced_error_code_applies_to_its_path_for_its_number_of_requests() -> None:
    faults = Faults()
    faults.fail_code(3008, path="/v2/spot/order", times=2)
    assert faults.for_request("GET", "/v2/time").api_error is None
    first = faults.for_request("POST", "/v2/spot/order").api_error
    assert first is not None and (first.code, first.message) == (3008, "service too busy")
    assert faults.for_request("POST", "/v2/spot/order").api_error is not None
    assert faults.for_request("POST", "/v2/spot/order").api_error is None


def test_a_forced_http_status_comes_with_a_gateway_body() -> None:
    faults = Faults()
    faults.fail_http(502, body=b"<html>bad gateway</html>")
    result = faults.for_request("GET", "/v2/ping")
    assert (result.http_status, result.http_body) == (502, b"<html>bad gateway</html>")
    assert not faults.for_request("GET", "/v2/ping").any


def test_latency_rules_add_up_and_last_until_cleared() -> None:
    faults = Faults()
    faults.add_latency(100)
    faults.add_latency(50, path="/v2/time")
    assert faults.for_request("GET", "/v2/time").latency_ms == 150
    assert faults.for_request("GET", "/v2/ping").latency_ms == 100
    faults.clear()
    assert not faults.for_request("GET", "/v2/time").any


def test_a_method_filter_spares_other_methods() -> None:
    faults = Faults()
    faults.fail_code(4001, path="/v2/assets/withdraw", method="POST", times=None)
    assert faults.for_request("GET", "/v2/assets/withdraw").api_error is None
    assert faults.for_request("POST", "/v2/assets/withdraw").api_error is not None


def test_websocket_drops_are_counted_and_stalls_are_a_switch() -> None:
    faults = Faults()
    faults.drop_ws(2)
    assert [faults.take_ws_drop() for _ in range(3)] == [True, True, False]
    faults.ws_stalled = True
    faults.clear()
    assert not faults.ws_stalled


def test_clock_skew_moves_the_exchange_clock_and_breaks_unsynced_signatures(
    clock: FakeClock,
) -> None:
    exchange = Exchange(ExchangeConfig(market_maker=None), clock=clock)
    exchange.faults.clock_skew_ms = 10_000
    body = envelope(exchange, "GET", "/v2/time", None, {})
    assert body["data"]["timestamp"] == clock.ms + 10_000
    alice = exchange.account("alice")
    signature = sign(alice.secret_bytes, http_prepared("GET", b"/v2/ping", b"", clock.ms))
    headers = {
        "X-COINEX-KEY": alice.access_id,
        "X-COINEX-SIGN": signature,
        "X-COINEX-TIMESTAMP": str(clock.ms),
    }
    with pytest.raises(SandboxApiError) as error:
        verify_http_request(
            lookup=exchange.account_by_access_id,
            method="GET",
            raw_target=b"/v2/ping",
            body=b"",
            headers=headers,
            now_ms=exchange.now_ms(),
        )
    assert error.value.code == 4010


def test_rate_limits_report_but_do_not_reject_unless_enforced() -> None:
    limits = RateLimits()
    statuses = [limits.consume("alice", "spot_order", 0) for _ in range(40)]
    assert statuses[0] is not None and statuses[0].limit == 30
    assert statuses[-1] is not None and statuses[-1].remaining == 0


def test_enforced_rate_limits_answer_4213_past_the_group_quota() -> None:
    limits = RateLimits(enabled=True)
    for _ in range(30):
        limits.consume("alice", "spot_order", 0)
    with pytest.raises(SandboxApiError) as error:
        limits.consume("alice", "spot_order", 0)
    assert error.value.code == 4213
    assert limits.consume("bob", "spot_order", 0) is not None  # per account


def test_the_bucket_refills_at_the_group_rate() -> None:
    limits = RateLimits(enabled=True)
    for _ in range(30):
        limits.consume("alice", "spot_order", 0)
    status = limits.consume("alice", "spot_order", 34)  # 34 ms x 30/s = 1.02 tokens
    assert status is not None and status.remaining == 0
    with pytest.raises(SandboxApiError):
        limits.consume("alice", "spot_order", 34)
    full = limits.consume("alice", "spot_order", 2000)
    assert full is not None and full.remaining == 29


def test_a_batch_costs_one_token_per_sub_request() -> None:
    limits = RateLimits(enabled=True)
    limits.consume("alice", "spot_order", 0, cost=20)
    with pytest.raises(SandboxApiError):
        limits.consume("alice", "spot_order", 0, cost=11)


def test_a_group_without_a_limit_is_not_limited() -> None:
    assert RateLimits(enabled=True).consume("alice", "no_such_group", 0) is None


def test_each_gateway_status_serves_its_own_page() -> None:
    faults = Faults()
    faults.fail_http(502)
    faults.fail_http(504)
    first, second = (faults.for_request("GET", "/v2/ping") for _ in range(2))
    assert first.http_status == 502 and b"<title>502 Bad Gateway</title>" in first.http_body
    assert second.http_status == 504 and b"<title>504 Gateway Timeout</title>" in second.http_body


def test_an_after_execution_fault_lets_the_request_execute_and_then_says_how_it_fails() -> None:
    faults = Faults()
    faults.hold_after_execution(2000, path="/v2/spot/order")
    result = faults.for_request("POST", "/v2/spot/order")
    assert result.executes and result.after is not None
    assert (result.after.kind, result.after.hold_ms) == ("hold", 2000)
    assert faults.for_request("POST", "/v2/spot/order").after is None


def test_a_request_that_is_not_executed_leaves_the_after_execution_fault_in_place() -> None:
    faults = Faults()
    faults.fail_http(502, path="/v2/spot/order")
    faults.reset_after_execution(path="/v2/spot/order")
    refused = faults.for_request("POST", "/v2/spot/order")
    assert not refused.executes and refused.after is None
    after = faults.for_request("POST", "/v2/spot/order").after
    assert after is not None and after.kind == "reset"


def test_a_garbled_body_is_cut_short_or_not_json() -> None:
    faults = Faults()
    faults.garble_after_execution(mode="truncated")
    faults.garble_after_execution(mode="not_json")
    body = b'{"code":0,"data":{"order_id":1},"message":"OK"}'
    cut, html = (faults.for_request("GET", "/v2/ping").after for _ in range(2))
    assert cut is not None and html is not None
    assert body.startswith(cut.garbled(body)) and cut.garbled(body) != body
    assert html.garbled(body).startswith(b"<html>")


def test_websocket_corruptions_wait_for_the_server_and_clear_with_the_faults() -> None:
    faults = Faults()
    faults.corrupt_ws_frame(2, "json")
    assert [(c.times, c.kind) for c in faults.take_ws_corruptions()] == [(2, "json")]
    assert faults.take_ws_corruptions() == []
    faults.corrupt_ws_frame()
    faults.clear()
    assert faults.take_ws_corruptions() == []
    with pytest.raises(ValueError):
        faults.corrupt_ws_frame(1, "xml")  # type: ignore[arg-type]


def test_every_request_fault_takes_the_same_where() -> None:
    """``path``, ``method`` and ``times`` mean the same to each request fault (``Where``):
    latency too can spare other methods and stop after ``times`` requests."""
    faults = Faults()
    faults.add_latency(100, path="/v2/spot/order", method="POST", times=1)
    assert faults.for_request("GET", "/v2/spot/order").latency_ms == 0
    assert faults.for_request("POST", "/v2/spot/order").latency_ms == 100
    assert faults.for_request("POST", "/v2/spot/order").latency_ms == 0
