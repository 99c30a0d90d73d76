"""Fidelity: a WebSocket client written from CoinEx's docs alone (plain ``websockets``, gzip,
hand-made ``server.sign``) works against the sandbox unchanged, and the depth it receives
rebuilds a book whose CRC32 matches every push (docs/protocol/websocket.md §3, §4, §5, §11)."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import hmac
import json
import time
import zlib
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect

from coinex_sdk.sandbox import Sandbox

TIMEOUT = 10.0


@pytest.fixture(scope="module")
def live() -> Iterator[Sandbox]:
    """A sandbox whose market maker moves the book every 50 ms."""
    with Sandbox(tick_interval=0.05) as sb:
        yield sb


@pytest.fixture
async def spot_ws(live: Sandbox) -> AsyncIterator[ClientConnection]:
    async with connect(live.ws_spot_url, compression=None, ping_interval=None) as ws:
        yield ws


async def request(ws: ClientConnection, method: str, params: dict[str, Any], id: int) -> Any:
    """Send a request and return its reply, skipping pushes (which carry ``id: null``)."""
    await ws.send(json.dumps({"method": method, "params": params, "id": id}))
    while True:
        message = await receive(ws)
        if message.get("id") == id:
            return message


async def receive(ws: ClientConnection) -> Any:
    frame = await asyncio.wait_for(ws.recv(), TIMEOUT)
    assert isinstance(frame, bytes), "every server message is a binary frame"
    return json.loads(gzip.decompress(frame))


def signed(access_id: str, secret_key: str) -> dict[str, Any]:
    timestamp = int(time.time() * 1000)
    signature = hmac.new(secret_key.encode(), str(timestamp).encode(), hashlib.sha256)
    return {"access_id": access_id, "signed_str": signature.hexdigest(), "timestamp": timestamp}


async def test_ping_answers_pong_in_a_gzip_frame(spot_ws: ClientConnection) -> None:
    reply = await request(spot_ws, "server.ping", {}, 1)
    assert reply == {"id": 1, "code": 0, "message": "OK", "data": {"result": "pong"}}


async def test_a_hand_signed_server_sign_is_accepted_and_a_bad_one_gets_21002(
    live: Sandbox, spot_ws: ClientConnection
) -> None:
    bad = {**signed(live.access_id, live.secret_key), "signed_str": "0" * 64}
    assert (await request(spot_ws, "server.sign", bad, 1))["code"] == 21002
    good = signed(live.access_id, live.secret_key)
    assert (await request(spot_ws, "server.sign", good, 2))["code"] == 0


async def test_a_private_channel_before_server_sign_is_refused(spot_ws: ClientConnection) -> None:
    reply = await request(spot_ws, "order.subscribe", {"market_list": []}, 1)
    assert reply["code"] == 21001


async def test_the_futures_venue_signs_with_its_own_failure_code(live: Sandbox) -> None:
    async with connect(live.ws_futures_url, compression=None, ping_interval=None) as ws:
        bad = {**signed(live.access_id, "wrong-secret")}
        assert (await request(ws, "server.sign", bad, 1))["code"] == 31002


def crc(bids: dict[str, str], asks: dict[str, str]) -> int:
    ordered_bids = sorted(bids.items(), key=lambda kv: Decimal(kv[0]), reverse=True)
    ordered_asks = sorted(asks.items(), key=lambda kv: Decimal(kv[0]))
    text = ":".join(f"{p}:{a}" for p, a in [*ordered_bids, *ordered_asks])
    return zlib.crc32(text.encode())


async def test_depth_is_a_full_book_then_deltas_whose_checksums_match_the_rebuilt_book(
    spot_ws: ClientConnection,
) -> None:
    params = {"market_list": [["BTCUSDT", 10, "0", False]]}
    assert (await request(spot_ws, "depth.subscribe", params, 1))["code"] == 0
    bids: dict[str, str] = {}
    asks: dict[str, str] = {}
    kinds: list[bool] = []
    removals = 0
    while len(kinds) < 15 or removals == 0:
        message = await receive(spot_ws)
        if message.get("method") != "depth.update":
            continue
        data = message["data"]
        if not kinds:
            assert data["is_full"] is True, "the first push is the full book"
        kinds.append(data["is_full"])
        if data["is_full"]:
            bids.clear()
            asks.clear()
        for side, levels in ((bids, data["depth"]["bids"]), (asks, data["depth"]["asks"])):
            for price, amount in levels:
                if amount == "0":
                    removals += 1
                    side.pop(price, None)
                else:
                    side[price] = amount
        assert len(bids) <= 10 and len(asks) <= 10
        assert crc(bids, asks) == data["depth"]["checksum"]
    assert kinds.count(False) >= 10, "after the snapshot, pushes are deltas"


async def test_order_updates_arrive_after_signing_when_an_order_fills(
    live: Sandbox, spot_ws: ClientConnection
) -> None:
    assert (await request(spot_ws, "server.sign", signed(live.access_id, live.secret_key), 1))[
        "code"
    ] == 0
    params = {"market_list": ["BTCUSDT"]}
    assert (await request(spot_ws, "order.subscribe", params, 2))["code"] == 0
    with live.client() as cx:
        order = await asyncio.to_thread(
            cx.spot.place_order, market="BTCUSDT", market_type="SPOT", side="buy",
            type="market", amount="50",
        )  # fmt: skip
    events = []
    while "finish" not in events:
        message = await receive(spot_ws)
        if message.get("method") == "order.update":
            assert message["data"]["order"]["order_id"] == order.order_id
            events.append(message["data"]["event"])
    assert events[0] == "put"


async def test_a_full_depth_book_is_pushed_again_every_snapshot_interval_even_unchanged() -> None:
    with Sandbox(tick_interval=None, ws_snapshot_interval=0.2) as quiet:
        async with connect(quiet.ws_spot_url, compression=None, ping_interval=None) as ws:
            params = {"market_list": [["ETHUSDT", 5, "0", False]]}
            assert (await request(ws, "depth.subscribe", params, 1))["code"] == 0
            pushes = [await receive(ws) for _ in range(3)]
    assert [p["data"]["is_full"] for p in pushes] == [True, True, True]
    assert len({p["data"]["depth"]["checksum"] for p in pushes}) == 1  # nothing traded


async def test_notice_is_a_signed_spot_channel_and_unknown_to_futures(live: Sandbox) -> None:
    async with connect(live.ws_spot_url, compression=None, ping_interval=None) as ws:
        await request(ws, "server.sign", signed(live.access_id, live.secret_key), 1)
        reply = await request(ws, "notice.subscribe", {"channels": [101]}, 2)
        assert reply["code"] == 0
    async with connect(live.ws_futures_url, compression=None, ping_interval=None) as ws:
        await request(ws, "server.sign", signed(live.access_id, live.secret_key), 1)
        assert (await request(ws, "notice.subscribe", {"channels": [101]}, 2))["code"] == 30002
