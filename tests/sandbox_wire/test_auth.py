"""Authentication and validation over the wire: CoinEx's codes for bad keys, signatures, clocks
and parameters, and the strict-signing mode that refuses the legacy signature."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator

import httpx
import pytest

from coinex_sdk import AuthenticationError, CoinEx, ParameterError
from coinex_sdk.sandbox import Sandbox


def legacy_headers(access_id: str, secret_key: str, target: str) -> dict[str, str]:
    """The older ``sha256(prepared + secret)`` signature CoinEx's first demo and ccxt sent."""
    timestamp = str(int(time.time() * 1000))
    prepared = "GET" + target + timestamp + secret_key
    return {
        "X-COINEX-KEY": access_id,
        "X-COINEX-SIGN": hashlib.sha256(prepared.encode()).hexdigest(),
        "X-COINEX-TIMESTAMP": timestamp,
    }


@pytest.fixture(scope="module")
def strict_sandbox() -> Iterator[Sandbox]:
    with Sandbox(strict_signing=True, tick_interval=None) as sb:
        yield sb


def test_a_wrong_secret_raises_authentication_error(sandbox: Sandbox) -> None:
    with CoinEx(sandbox.access_id, "not-the-secret", base_url=sandbox.url) as cx:
        with pytest.raises(AuthenticationError) as caught:
            cx.assets.spot_balance()
    assert caught.value.code == 4006


def test_an_unknown_access_id_raises_authentication_error(sandbox: Sandbox) -> None:
    with CoinEx("nobody", "secret", base_url=sandbox.url) as cx:
        with pytest.raises(AuthenticationError) as caught:
            cx.assets.spot_balance()
    assert caught.value.code == 4005


def test_the_legacy_signature_is_accepted_unless_signing_is_strict(
    sandbox: Sandbox, strict_sandbox: Sandbox
) -> None:
    target = "/v2/assets/spot/balance"
    for sb, code in ((sandbox, 0), (strict_sandbox, 4006)):
        headers = legacy_headers(sb.access_id, sb.secret_key, target)
        assert httpx.get(sb.url + target, headers=headers).json()["code"] == code


def test_the_sdk_signs_what_strict_signing_requires(strict_sandbox: Sandbox) -> None:
    with strict_sandbox.client(strict=True) as cx:
        assert cx.assets.spot_balance()


def test_a_skewed_exchange_clock_is_learned_by_the_client_after_4010(sandbox: Sandbox) -> None:
    sandbox.set_clock_skew(60_000)
    try:
        with sandbox.client() as cx:
            assert cx.assets.spot_balance()
            assert cx.clock.offset_ms > 50_000
    finally:
        sandbox.clear_faults()


def test_a_missing_parameter_answers_4004_naming_it_with_http_200(sandbox: Sandbox) -> None:
    response = httpx.get(sandbox.url + "/v2/spot/depth", params={"market": "BTCUSDT"})
    assert response.status_code == 200
    body = response.json()
    assert body["code"] == 4004 and "limit" in body["message"]


def test_an_unknown_or_invalid_parameter_answers_4004_naming_it(sandbox: Sandbox) -> None:
    depth = {"market": "BTCUSDT", "limit": "5", "interval": "0"}
    unknown = httpx.get(sandbox.url + "/v2/spot/depth", params={**depth, "colour": "red"}).json()
    assert unknown["code"] == 4004 and "colour" in unknown["message"]
    invalid = httpx.get(sandbox.url + "/v2/spot/depth", params={**depth, "limit": "7"}).json()
    assert invalid["code"] == 4004 and "limit" in invalid["message"]


def test_the_sdk_maps_a_server_side_parameter_error(sandbox: Sandbox) -> None:
    with sandbox.client() as cx, pytest.raises(ParameterError) as caught:
        cx.request("GET", "/v2/spot/kline", params={"market": "BTCUSDT", "period": "2min"})
    assert caught.value.code == 4004 and "period" in caught.value.message
