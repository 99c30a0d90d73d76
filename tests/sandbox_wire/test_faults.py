"""Faults, rate limits and the admin controls, seen from a client over the wire."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from coinex_sdk import (
    CoinEx,
    HTTPStatusError,
    RateLimitError,
    RetryPolicy,
    ServiceUnavailableError,
)
from coinex_sdk.sandbox import Sandbox


def usdt(cx: CoinEx) -> Decimal:
    return next(b.available for b in cx.assets.spot_balance() if b.ccy == "USDT")


def test_a_forced_error_code_reaches_the_client_and_then_clears(sandbox: Sandbox) -> None:
    sandbox.fail_code(3008, path="/v2/spot/ticker")
    with sandbox.client(max_retries=0) as cx:
        with pytest.raises(ServiceUnavailableError):
            cx.spot.ticker(market=["BTCUSDT"])
        assert cx.spot.ticker(market=["BTCUSDT"])


def test_an_idempotent_call_is_retried_through_a_gateway_error(sandbox: Sandbox) -> None:
    sandbox.fail_http(502, path="/v2/spot/ticker")
    with sandbox.client(max_retries=0) as cx, pytest.raises(HTTPStatusError) as caught:
        cx.spot.ticker(market=["BTCUSDT"])
    assert caught.value.status_code == 502
    sandbox.fail_http(503, path="/v2/spot/ticker")
    with sandbox.client(retry=RetryPolicy(initial_delay=0.01)) as cx:
        assert cx.spot.ticker(market=["BTCUSDT"])


def test_rate_limits_answer_4213_with_the_headers_when_enforced(sandbox: Sandbox) -> None:
    sandbox.run(lambda ex: ex.rate_limits.limits.__setitem__("account_query", Decimal(1)))
    sandbox.enforce_rate_limits(True)
    try:
        with sandbox.client(rate_limit="off", max_retries=0) as cx:
            cx.account.trade_fee_rate(market="BTCUSDT", market_type="SPOT")
            info = cx.rate_limit_info["account_query"]
            assert (info.limit, info.remaining) == (1, 0)
            with pytest.raises(RateLimitError):
                cx.account.trade_fee_rate(market="BTCUSDT", market_type="SPOT")
    finally:
        sandbox.enforce_rate_limits(False)


def test_a_deposit_from_python_and_one_from_the_admin_route_both_arrive(sandbox: Sandbox) -> None:
    with sandbox.client() as cx:
        before = usdt(cx)
        sandbox.deposit("USDT", "25")
        answer = httpx.post(
            sandbox.url + "/admin/deposit", json={"ccy": "USDT", "amount": "5", "account": "alice"}
        ).json()
        assert answer["code"] == 0
        assert usdt(cx) == before + 30


def test_an_admin_amount_sent_as_a_json_number_keeps_its_digits(sandbox: Sandbox) -> None:
    with sandbox.client() as cx:
        before = usdt(cx)
        body = b'{"ccy": "USDT", "amount": 0.123456789012345678, "account": "alice"}'
        assert httpx.post(sandbox.url + "/admin/deposit", content=body).json()["code"] == 0
    held = sandbox.run(lambda ex: ex.account("alice").ledger.get("SPOT", "USDT").available)
    assert held == before + Decimal("0.123456789012345678")  # every digit, not a float's 17


def test_an_unknown_admin_action_answers_4004(sandbox: Sandbox) -> None:
    assert httpx.post(sandbox.url + "/admin/explode", json={}).json()["code"] == 4004


def test_the_mark_price_set_by_admin_is_the_futures_mark_price(sandbox: Sandbox) -> None:
    sandbox.set_mark_price("BTCUSDT", "61234.5")
    with sandbox.client() as cx:
        (ticker,) = cx.futures.ticker(market=["BTCUSDT"])
    assert ticker.mark_price == Decimal("61234.5")


def test_a_rate_limited_answer_still_reports_the_limit_headers(sandbox: Sandbox) -> None:
    sandbox.run(lambda ex: ex.rate_limits.limits.__setitem__("account_query", Decimal(1)))
    sandbox.enforce_rate_limits(True)
    try:
        with sandbox.client(rate_limit="off", max_retries=0) as cx:
            cx.account.trade_fee_rate(market="BTCUSDT", market_type="SPOT")
            with pytest.raises(RateLimitError) as caught:
                cx.account.trade_fee_rate(market="BTCUSDT", market_type="SPOT")
    finally:
        sandbox.enforce_rate_limits(False)
    headers = {k.lower(): v for k, v in caught.value.headers.items()}
    assert (headers["x-ratelimit-limit"], headers["x-ratelimit-remaining"]) == ("1", "0")


def test_a_latency_fault_delays_only_the_requests_it_names(sandbox: Sandbox) -> None:
    sandbox.add_latency(20, path="/v2/spot/ticker", times=1)
    with sandbox.client() as cx:
        assert cx.spot.ticker(market=["BTCUSDT"])
    assert sandbox.run(lambda ex: ex.faults.rules) == []


async def test_the_admin_route_refuses_clients_that_are_not_on_loopback() -> None:
    from coinex_sdk.sandbox import Exchange, ExchangeConfig
    from coinex_sdk.sandbox._app import build_app

    app = build_app(Exchange(ExchangeConfig(market_maker=None)), tick_interval=None)
    transport = httpx.ASGITransport(app, client=("203.0.113.7", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as http:
        refused = await http.post("/admin/deposit", json={"ccy": "USDT", "amount": "1"})
        assert refused.status_code == 403
        assert (await http.get("/v2/ping")).json()["data"] == {"result": "pong"}
