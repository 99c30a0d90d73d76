"""The two clients: low-level ``request()``, auth choice, owned vs. user-supplied http clients."""

from __future__ import annotations

import httpx
import pytest

from coinex_sdk import AsyncCoinEx, CoinEx, CredentialsError, TransportError, ValidationError
from tests.unit.helpers import Script, async_client, body_of, ok, sync_client


def test_get_params_go_in_the_query_and_post_params_in_a_json_body() -> None:
    script = Script(ok(), ok())
    with sync_client(script) as cx:
        cx.request("GET", "/v2/spot/pending-order", params={"market_type": "SPOT", "page": 1})
        cx.request("POST", "/v2/spot/cancel-order", params={"market": "BTCUSDT", "order_id": 7})
    get, post = script.requests
    assert get.url.raw_path == b"/v2/spot/pending-order?market_type=SPOT&page=1"
    assert post.url.raw_path == b"/v2/spot/cancel-order"
    assert post.headers["content-type"] == "application/json"
    assert body_of(post) == {"market": "BTCUSDT", "order_id": 7}


def test_auth_false_forces_an_unsigned_request() -> None:
    script = Script(ok())
    with sync_client(script) as cx:
        cx.request("GET", "/v2/spot/ticker", auth=False)
    assert "x-coinex-sign" not in script.requests[0].headers


def test_auth_true_without_credentials_raises_before_sending() -> None:
    script = Script(ok())
    http = httpx.Client(transport=httpx.MockTransport(script))
    with CoinEx(http_client=http) as cx, pytest.raises(CredentialsError):
        cx.request("GET", "/v2/assets/spot/balance", auth=True)
    assert script.requests == []


def test_without_credentials_requests_go_unsigned() -> None:
    script = Script(ok())
    with CoinEx(http_client=httpx.Client(transport=httpx.MockTransport(script))) as cx:
        cx.request("GET", "/v2/time")
    assert "x-coinex-key" not in script.requests[0].headers


@pytest.mark.parametrize(
    ("method", "path"),
    [("DELETE", "/v2/spot/order"), ("GET", "/v1/market"), ("GET", "/v2/x?a=1"), ("PUT", "/v2/x")],
)
def test_bad_method_or_path_is_rejected_before_sending(method: str, path: str) -> None:
    script = Script()
    with sync_client(script) as cx, pytest.raises(ValidationError):
        cx.request(method, path)
    assert script.requests == []


def test_base_url_defaults_to_coinex_and_accepts_a_v2_suffix() -> None:
    assert CoinEx().base_url == "https://api.coinex.com"
    assert CoinEx(base_url="http://127.0.0.1:8000/v2/").base_url == "http://127.0.0.1:8000"


def test_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COINEX_BASE_URL", "http://127.0.0.1:9")
    assert CoinEx().base_url == "http://127.0.0.1:9"


def test_a_user_supplied_http_client_is_used_and_left_open() -> None:
    script = Script(ok())
    http = httpx.Client(transport=httpx.MockTransport(script))
    with CoinEx(http_client=http, timeout=3.0) as cx:
        cx.request("GET", "/v2/time")
    assert not http.is_closed
    assert script.requests[0].extensions["timeout"] == httpx.Timeout(3.0).as_dict()
    assert http.timeout == httpx.Timeout(5.0)  # httpx's default: the user's client is not changed
    http.close()


def test_an_owned_http_client_is_closed_with_the_client() -> None:
    from coinex_sdk._http.sync import Http11Sender

    cx = CoinEx()
    sender = cx._shell.sender
    assert isinstance(sender, Http11Sender)
    with cx:
        pass
    assert sender._pool._closed


async def test_async_request_and_context_manager() -> None:
    script = Script(ok({"timestamp": 5}))
    async with async_client(script) as acx:
        assert await acx.request("GET", "/v2/time") == {"timestamp": 5}
    assert script.paths == ["GET /v2/time"]


async def test_async_client_defaults_to_the_lean_http11_sender() -> None:
    from coinex_sdk._http.asyncio import AsyncHttp11Sender

    acx = AsyncCoinEx(base_url="http://127.0.0.1:9")
    assert isinstance(acx._shell.sender, AsyncHttp11Sender)
    with pytest.raises(TransportError):
        await acx.request("GET", "/v2/time")  # nothing listens there
    await acx.close()
