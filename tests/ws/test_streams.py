"""Typed streams generated from spec/ws: ``cx.ws.spot.depth(...)`` and friends, sync and async,
through the REST client's credentials and clock, decoded strictly into the spec's models."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from coinex_sdk import AsyncCoinEx, CoinEx, ValidationError
from coinex_sdk._convert import structure
from coinex_sdk.models import DealsPush, SpotDepth, SpotOrderPush
from coinex_sdk.ws import Gap
from generator.spec import load_spec

from .conftest import CREDENTIALS, FAST, next_item, next_sync
from .fake_server import FakeCoinEx

SPEC = load_spec(Path(__file__).resolve().parents[2] / "spec")
EXAMPLES = [(ch, e) for ch in SPEC.channels for e in ch.examples]
METHODS = [(ch, e) for ch in SPEC.channels for e in ch.venues]


def _client(server: FakeCoinEx) -> CoinEx:
    return CoinEx(
        CREDENTIALS.access_id,
        CREDENTIALS.secret_key,
        base_url=f"http://127.0.0.1:{server.port}",
        ws_timings=FAST,
        strict=True,
    )


@pytest.mark.parametrize(("ch", "venue"), EXAMPLES, ids=[f"{e}.{c.name}" for c, e in EXAMPLES])
def test_every_channel_example_decodes_strictly(ch: Any, venue: str) -> None:
    from coinex_sdk import models

    model = getattr(models, ch.models[venue])
    assert isinstance(structure(ch.examples[venue]["data"], model, strict=True), model)


class _Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, Any]] = []

    def subscribe(self, channel: Any, params: Any, decode: Any) -> str:
        self.calls.append((channel, params))
        return "subscription"


def _sample(p: Any) -> Any:
    if p.enum_values:
        return p.enum_values[0]
    return {"string": "BTCUSDT", "list": ["BTCUSDT"], "integer": 5, "boolean": True}[p.type]


@pytest.mark.parametrize(("ch", "venue"), METHODS, ids=[f"{e}.{c.method}" for c, e in METHODS])
def test_every_channel_method_subscribes_with_coinex_params(
    ch: Any, venue: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = _Recorder()
    with CoinEx() as cx:
        hub = cx.ws
        monkeypatch.setattr(hub, "client", lambda _: recorder)
        streams = getattr(hub, venue)
        args = {p.name: _sample(p) for p in ch.params if p.required or p.type == "list"}
        assert getattr(streams, ch.method)(**args) == "subscription"
    ((channel, params),) = recorder.calls
    assert (channel.name, channel.venue, channel.auth) == (ch.name, venue, ch.auth)
    if ch.fixed is not None:
        assert params == ch.fixed
    elif isinstance(ch.item, list):
        values = [args.get(n, next(p.default for p in ch.params if p.name == n)) for n in ch.item]
        keys = values[0] if isinstance(values[0], list) else [values[0]]  # one tuple per market
        assert params == {ch.list_param: [[key, *values[1:]] for key in keys]}
    else:
        assert params == {ch.list_param: args.get(ch.item, [])}


def test_bad_stream_arguments_fail_before_connecting() -> None:
    with CoinEx() as cx, pytest.raises(ValidationError, match="limit"):
        cx.ws.spot.depth(market="BTCUSDT", limit=7)  # type: ignore[arg-type]


def test_a_missing_required_stream_argument_is_named() -> None:
    from coinex_sdk._generated.ws_args import SPOT_DEPTH_ARGS

    with pytest.raises(ValidationError, match=r"ws\.spot\.depth: parameter 'market' is required"):
        SPOT_DEPTH_ARGS.check({"market": None, "limit": 5})


def test_stream_arguments_are_checked_and_normalised_by_the_spec() -> None:
    from coinex_sdk._generated.ws_args import SPOT_DEPTH_ARGS

    args = SPOT_DEPTH_ARGS.check({"market": "BTCUSDT", "limit": 5, "interval": None})
    assert args == {"market": ["BTCUSDT"], "limit": 5}
    assert SPOT_DEPTH_ARGS.allowed("limit") == (5, 10, 20, 50)


def test_ws_url_follows_the_rest_host() -> None:
    assert CoinEx().ws.url("spot") == "wss://socket.coinex.com/v2/spot"
    assert CoinEx(base_url="http://127.0.0.1:8000").ws.url("futures") == (
        "ws://127.0.0.1:8000/v2/futures"
    )
    assert CoinEx(ws_url="ws://x:1").ws.url("spot") == "ws://x:1/v2/spot"


def test_sync_depth_stream_yields_typed_models(server: FakeCoinEx) -> None:
    server.set_book("BTCUSDT", [["100", "1.5"]], [["101", "2"]])
    with _client(server) as cx:
        stream = cx.ws.spot.depth(market="BTCUSDT", limit=5)
        update = next_sync(iter(stream))
        assert isinstance(update, SpotDepth)
        assert update.depth.bids == [[Decimal("100"), Decimal("1.5")]]
        (request,) = server.requests("depth.subscribe")
        assert request["params"] == {"market_list": [["BTCUSDT", 5, "0", False]]}
        stream.close()


def test_private_stream_signs_with_the_clients_key(server: FakeCoinEx) -> None:
    example = next(ch for ch in SPEC.channels if ch.name == "order").examples["spot"]
    with _client(server) as cx:
        stream = cx.ws.spot.orders(market=["ERGUSDT"])
        server.push_once_subscribed("order", "ERGUSDT", "order.update", example["data"])
        push = next_sync(iter(stream))
        assert isinstance(push, SpotOrderPush)
        assert push.order.price == Decimal("1.5")
        assert server.requests("server.sign")[0]["params"]["access_id"] == CREDENTIALS.access_id
        stream.close()


async def test_async_deals_stream_yields_typed_models_and_gaps(server: FakeCoinEx) -> None:
    data = {
        "market": "BTCUSDT",
        "deal_list": [
            {"deal_id": 1, "created_at": 1, "side": "buy", "price": "10.5", "amount": "2"}
        ],
    }
    async with AsyncCoinEx(
        base_url=f"http://127.0.0.1:{server.port}", ws_timings=FAST, strict=True
    ) as acx:
        stream = acx.ws.spot.deals(market=["BTCUSDT"])
        server.push_once_subscribed("deals", "BTCUSDT", "deals.update", data)
        first = await next_item(stream)
        assert isinstance(first, DealsPush) and first.deal_list[0].price == Decimal("10.5")
        server.drop()
        gap = await next_item(stream)
        assert isinstance(gap, Gap) and gap.reason == "reconnect"
        await stream.aclose()
