"""Configuration is one frozen value; ``with_options()`` gives a client of the same class with
other per-call options that shares the connection pool, credentials, clock and rate limiter."""

from __future__ import annotations

import attrs
import httpx
import pytest

from coinex_sdk import (
    AsyncCoinEx,
    CoinEx,
    HTTPStatusError,
    RetryPolicy,
    ServiceUnavailableError,
    TimeoutError,
)
from coinex_sdk._config import CallOptions, ClientConfig, ClientOptions
from coinex_sdk.sandbox import Sandbox

FAST = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0)


def test_the_configuration_is_one_frozen_value(cx: CoinEx) -> None:
    assert isinstance(cx.config, ClientConfig)
    assert cx.config.strict is True
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        cx.config.strict = False  # type: ignore[misc]


def test_the_options_typed_dicts_list_exactly_the_config_fields() -> None:
    fields = {a.name for a in attrs.fields(ClientConfig)}
    assert set(ClientOptions.__annotations__) | set(CallOptions.__annotations__) == fields
    assert set(CallOptions.__annotations__) < fields


def test_a_derived_client_shares_pool_credentials_clock_and_limiter(cx: CoinEx) -> None:
    fast = cx.with_options(timeout=2.5, max_retries=0)
    assert type(fast) is CoinEx
    assert fast._shell.sender._pool is cx._shell.sender._pool  # type: ignore[attr-defined]
    assert fast.credentials is cx.credentials and fast.clock is cx.clock
    assert fast._transport.limiter is cx._transport.limiter
    assert fast.config.timeout == httpx.Timeout(2.5)
    assert fast.config.retry_policy.max_retries == 0
    assert cx.config.retry_policy.max_retries == RetryPolicy().max_retries
    fast.account.trade_fee_rate(market="BTCUSDT", market_type="SPOT")
    assert "account_query" in cx.rate_limit_info  # what the derived client learned is shared


def test_max_retries_applies_to_the_derived_client_only(sandbox: Sandbox) -> None:
    with sandbox.client(retry=FAST) as cx:
        once = cx.with_options(max_retries=0)
        sandbox.fail_http(502, path="/v2/spot/ticker")
        with pytest.raises(HTTPStatusError):
            once.spot.ticker(market=["BTCUSDT"])
        sandbox.fail_http(502, path="/v2/spot/ticker")
        assert cx.spot.ticker(market=["BTCUSDT"])  # the original still retries


def test_a_timeout_applies_to_the_derived_client_only(sandbox: Sandbox) -> None:
    with sandbox.client(retry=FAST) as cx:
        impatient = cx.with_options(timeout=0.05, max_retries=0)
        sandbox.add_latency(1000, path="/v2/spot/ticker", times=1)
        with pytest.raises(TimeoutError):
            impatient.spot.ticker(market=["BTCUSDT"])
        sandbox.add_latency(200, path="/v2/spot/ticker", times=1)
        assert cx.spot.ticker(market=["BTCUSDT"])


def test_closing_a_derived_client_leaves_the_shared_connections_open(cx: CoinEx) -> None:
    with cx.with_options(max_retries=0) as derived:
        derived.common.time()
    assert not cx._shell.sender._pool._closed  # type: ignore[attr-defined]
    assert cx.common.time()


async def test_async_with_options_shares_the_session_and_limits_retries(
    sandbox: Sandbox, acx: AsyncCoinEx
) -> None:
    once = acx.with_options(max_retries=0, timeout=3)
    assert type(once) is AsyncCoinEx
    assert once._shell.sender._pool is acx._shell.sender._pool  # type: ignore[attr-defined]
    assert once._transport.limiter is acx._transport.limiter and once.clock is acx.clock
    sandbox.fail_code(3008, path="/v2/spot/ticker")
    with pytest.raises(ServiceUnavailableError):
        await once.spot.ticker(market=["BTCUSDT"])
    async with once:
        pass
    assert (await acx.common.time()).timestamp > 0


async def test_async_timeout_applies_to_the_derived_client(sandbox: Sandbox) -> None:
    async with sandbox.async_client(retry=FAST) as acx:
        impatient = acx.with_options(timeout=0.05, max_retries=0)
        sandbox.add_latency(1000, path="/v2/spot/ticker", times=1)
        with pytest.raises(TimeoutError):
            await impatient.spot.ticker(market=["BTCUSDT"])
        assert await acx.spot.ticker(market=["BTCUSDT"])
