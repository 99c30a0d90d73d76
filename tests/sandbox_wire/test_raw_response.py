"""``with_raw_response``: every generated method, sync and awaited, returns CoinEx's HTTP answer
(status, headers with ``X-RateLimit-*``, elapsed time, bytes) and ``parse()`` gives the typed
result the plain method returns."""

from __future__ import annotations

import json

import pytest

from coinex_sdk import AsyncCoinEx, CoinEx, DeprecatedEndpointError, RawResponse
from coinex_sdk._endpoint import Endpoint
from coinex_sdk._generated.endpoints import ALL
from coinex_sdk.sandbox import Sandbox

from .helpers import arguments
from .test_endpoints import _check, _refused


def _check_raw(endpoint: Endpoint, raw: object) -> None:
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.elapsed > 0
    assert json.loads(raw.content)["code"] == 0
    assert raw.json()["code"] == 0
    _check(endpoint, raw.parse())


@pytest.mark.parametrize("endpoint", ALL, ids=[e.name for e in ALL])
def test_every_method_has_a_raw_twin_on_the_sync_client(
    sandbox: Sandbox, cx: CoinEx, endpoint: Endpoint
) -> None:
    resource, name = endpoint.name.split(".")
    twin = getattr(getattr(cx, resource).with_raw_response, name)
    if _refused(endpoint):  # the sandbox says it does not simulate it: an error, not data
        with pytest.raises(DeprecatedEndpointError, match="not simulated by the sandbox"):
            twin(**arguments(sandbox, endpoint))
        return
    _check_raw(endpoint, twin(**arguments(sandbox, endpoint)))


@pytest.mark.parametrize("endpoint", ALL, ids=[e.name for e in ALL])
async def test_every_method_has_an_awaited_raw_twin_on_the_async_client(
    sandbox: Sandbox, acx: AsyncCoinEx, endpoint: Endpoint
) -> None:
    resource, name = endpoint.name.split(".")
    twin = getattr(getattr(acx, resource).with_raw_response, name)
    if _refused(endpoint):
        with pytest.raises(DeprecatedEndpointError, match="not simulated by the sandbox"):
            await twin(**arguments(sandbox, endpoint))
        return
    _check_raw(endpoint, await twin(**arguments(sandbox, endpoint)))


def test_the_raw_answer_carries_the_rate_limit_headers(cx: CoinEx) -> None:
    raw = cx.account.with_raw_response.trade_fee_rate(market="BTCUSDT", market_type="SPOT")
    assert int(raw.headers["X-RateLimit-Limit"]) > 0
    assert "x-ratelimit-remaining" in raw.headers  # case-insensitive
    assert raw.rate_limit is not None and raw.rate_limit.limit == int(
        raw.headers["X-RateLimit-Limit"]
    )
    assert raw.parse().market == "BTCUSDT"


def test_parse_gives_what_the_plain_method_returns(cx: CoinEx) -> None:
    raw = cx.spot.with_raw_response.market(market=["BTCUSDT"])
    assert raw.parse() == cx.spot.market(market=["BTCUSDT"])
    assert json.loads(raw.text)["data"][0]["market"] == "BTCUSDT"
    assert "RawResponse [200]" in repr(raw)


def test_a_derived_client_has_raw_twins_with_its_own_options(cx: CoinEx) -> None:
    raw = cx.with_options(max_retries=0).common.with_raw_response.time()
    assert raw.parse().timestamp > 0


async def test_async_raw_answer_keeps_the_bytes_as_received(acx: AsyncCoinEx) -> None:
    raw = await acx.spot.with_raw_response.ticker(market=["BTCUSDT"])
    assert raw.http_content  # as received (compressed if CoinEx compressed it)
    assert raw.content.startswith(b"{")
    (ticker,) = raw.parse()
    assert ticker.market == "BTCUSDT"
