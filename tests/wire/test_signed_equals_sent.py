"""The signature covers exactly the bytes that arrive: request target and body, as received by a
real loopback server, for hundreds of random parameter sets, sync and async (aiohttp and httpx)."""

from __future__ import annotations

import json
import random
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coinex_sdk import AsyncCoinEx, CoinEx
from tests.conftest import CANARY_ACCESS_ID, CANARY_SECRET
from tests.wire.recording_server import RecordingServer

# No control characters: those are rejected before sending (tests/unit/test_request_checks.py).
_TRICKY = " &+#%=?/é,;:@!$'()*[]~\"\\<>{}|^`日本"
names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12)
texts = st.text(alphabet=st.sampled_from(list(_TRICKY) + list("aZ09-_.")), max_size=20)
decimals = st.decimals(allow_nan=False, allow_infinity=False, places=12)
scalars = st.one_of(
    texts,
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    decimals,
    st.floats(allow_nan=False, allow_infinity=False),
)
param_sets = st.dictionaries(names, st.one_of(scalars, st.none()), max_size=6)


def _random_scalar(rng: random.Random) -> Any:
    kind = rng.randrange(6)
    if kind == 0:
        return "".join(rng.choice(_TRICKY + "aZ09-_.") for _ in range(rng.randrange(12)))
    if kind == 1:
        return rng.random() < 0.5
    if kind == 2:
        return rng.randrange(-(2**63), 2**63)
    if kind == 3:
        return Decimal(rng.randrange(-(10**12), 10**12)).scaleb(-rng.randrange(0, 20))
    if kind == 4:
        return rng.uniform(-1e6, 1e6) * 10 ** rng.randrange(-12, 3)
    return None


def _random_params(rng: random.Random) -> dict[str, Any]:
    return {f"p{i}_{rng.randrange(99)}": _random_scalar(rng) for i in range(rng.randrange(7))}


def _expected_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal):
        text = format(value, "f")
        return "0" if text in ("-0", "-0.0") else text
    return str(value)


def _expected_json(value: Any) -> Any:
    if isinstance(value, (Decimal, float)):
        return _expected_text(value)
    return value


@pytest.fixture(scope="module")
def server() -> Any:
    with RecordingServer(CANARY_SECRET.encode()) as srv:
        yield srv


def _check(server: RecordingServer, method: str, params: dict[str, Any]) -> None:
    req = server.requests[-1]
    assert req.signature_ok is True
    present = {k: v for k, v in params.items() if v is not None}
    if method == "GET":
        path, _, query = req.target.partition(b"?")
        assert path == b"/v2/echo"
        assert req.body == b""
        got = parse_qsl(query.decode("ascii"), keep_blank_values=True, strict_parsing=bool(query))
        assert dict(got) == {k: _expected_text(v) for k, v in present.items()}
        assert len(got) == len(present)
    else:
        assert req.target == b"/v2/echo"
        assert req.body.isascii()
        assert json.loads(req.body) == {k: _expected_json(v) for k, v in present.items()}


_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(params=param_sets, method=st.sampled_from(["GET", "POST"]))
def test_sync_signature_covers_the_bytes_received(
    server: RecordingServer, params: dict[str, Any], method: str
) -> None:
    with CoinEx(CANARY_ACCESS_ID, CANARY_SECRET, base_url=server.url, rate_limit="off") as cx:
        cx.request(method, "/v2/echo", params=params)
    _check(server, method, params)


@pytest.mark.parametrize("transport", ["http11", "aiohttp", "httpx"])
async def test_async_signature_covers_the_bytes_received(
    server: RecordingServer, transport: str
) -> None:
    http = httpx.AsyncClient() if transport == "httpx" else None
    rng = random.Random(20261124)
    cases = [_random_params(rng) for _ in range(100)]
    methods = ["GET", "POST"] * 50
    async with AsyncCoinEx(
        CANARY_ACCESS_ID, CANARY_SECRET, base_url=server.url, http_client=http, rate_limit="off"
    ) as acx:
        if transport == "aiohttp":  # the sender used when a proxy applies
            from coinex_sdk._aiohttp import AiohttpSender

            acx._shell.sender = AiohttpSender(acx._transport, timeout=httpx.Timeout(10.0))
        for params, method in zip(cases, methods, strict=True):
            await acx.request(method, "/v2/echo", params=params)
            _check(server, method, params)
    if http is not None:
        await http.aclose()


def test_the_docs_example_request_is_signed_as_documented(server: RecordingServer) -> None:
    params = {"market": "BTCUSDT", "market_type": "SPOT", "side": "buy", "page": 1, "limit": 10}
    with CoinEx(CANARY_ACCESS_ID, CANARY_SECRET, base_url=server.url) as cx:
        cx.request("GET", "/v2/spot/pending-order", params=params)
    req = server.requests[-1]
    assert (
        req.target
        == b"/v2/spot/pending-order?market=BTCUSDT&market_type=SPOT&side=buy&page=1&limit=10"
    )
    assert req.signature_ok is True
    assert req.headers["user-agent"].startswith("coinex-sdk/")
    assert req.headers["x-coinex-key"] == CANARY_ACCESS_ID
    assert len(req.headers["x-coinex-sign"]) == 64
    assert req.headers["x-coinex-sign"] == req.headers["x-coinex-sign"].lower()


def test_public_calls_without_credentials_send_no_auth_headers(server: RecordingServer) -> None:
    with CoinEx(base_url=server.url) as cx:
        cx.request("GET", "/v2/time")
    assert not any(h.startswith("x-coinex") for h in server.requests[-1].headers)


def test_window_time_header_is_sent_when_configured(server: RecordingServer) -> None:
    with CoinEx(CANARY_ACCESS_ID, CANARY_SECRET, base_url=server.url, window_time=8000) as cx:
        cx.request("GET", "/v2/assets/spot/balance")
    assert server.requests[-1].headers["x-coinex-windowtime"] == "8000"
    assert server.requests[-1].signature_ok is True
