"""Faults that act first and then fail, and faults that keep the request from acting at all, seen
by a raw signed httpx client over loopback: after each one, the exchange's state says whether the
order exists, which is exactly what a client's retry logic must not guess wrong."""

from __future__ import annotations

import asyncio
import gzip
import itertools
import json
import time
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import connect

from coinex_sdk.sandbox import Sandbox

from .test_raw_client import coinex_headers
from .test_ws_raw import receive, request, signed

ORDER = "/v2/spot/order"
_ids = itertools.count(1)


def place(sandbox: Sandbox, client_id: str, *, timeout: float = 5.0) -> httpx.Response:
    """A signed limit order far below the market (it rests) with ``client_id``."""
    body = json.dumps(
        {
            "market": "BTCUSDT",
            "market_type": "SPOT",
            "side": "buy",
            "type": "limit",
            "amount": "0.001",
            "price": "30000",
            "client_id": client_id,
        }
    )
    headers = coinex_headers(sandbox.access_id, sandbox.secret_key, "POST", ORDER, body)
    return httpx.post(sandbox.url + ORDER, content=body, headers=headers, timeout=timeout)


def pending(sandbox: Sandbox, client_id: str) -> list[dict[str, Any]]:
    target = f"/v2/spot/pending-order?market=BTCUSDT&market_type=SPOT&client_id={client_id}"
    headers = coinex_headers(sandbox.access_id, sandbox.secret_key, "GET", target, "")
    answer = httpx.get(sandbox.url + target, headers=headers).json()
    assert answer["code"] == 0
    orders: list[dict[str, Any]] = answer["data"]
    return orders


def new_client_id() -> str:
    return f"fault-{next(_ids)}"


@pytest.fixture(autouse=True)
def _no_faults_left(sandbox: Sandbox) -> Any:
    yield
    sandbox.clear_faults()


def test_fail_after_execution_answers_500_but_the_order_exists(sandbox: Sandbox) -> None:
    sandbox.fail_after_execution(500, path=ORDER)
    client_id = new_client_id()
    answer = place(sandbox, client_id)
    assert answer.status_code == 500
    assert b"<title>500 Internal Server Error</title>" in answer.content
    assert [o["client_id"] for o in pending(sandbox, client_id)] == [client_id]


def test_fail_after_execution_applies_only_to_its_number_of_requests(sandbox: Sandbox) -> None:
    sandbox.fail_after_execution(504, path=ORDER, times=1)
    assert place(sandbox, new_client_id()).status_code == 504
    assert place(sandbox, new_client_id()).json()["code"] == 0


def test_hold_after_execution_times_the_client_out_but_the_order_exists(
    sandbox: Sandbox,
) -> None:
    sandbox.hold_after_execution(3000, path=ORDER)
    client_id = new_client_id()
    with pytest.raises(httpx.ReadTimeout):
        place(sandbox, client_id, timeout=0.3)
    assert len(pending(sandbox, client_id)) == 1  # executed before the answer was held


def test_reset_after_execution_gives_no_answer_but_the_order_exists(sandbox: Sandbox) -> None:
    sandbox.reset_after_execution(path=ORDER)
    client_id = new_client_id()
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        place(sandbox, client_id)
    assert len(pending(sandbox, client_id)) == 1


@pytest.mark.parametrize("mode", ["truncated", "not_json"])
def test_garble_after_execution_answers_200_with_an_undecodable_body(
    sandbox: Sandbox, mode: str
) -> None:
    sandbox.garble_after_execution(path=ORDER, mode=mode)  # type: ignore[arg-type]
    client_id = new_client_id()
    answer = place(sandbox, client_id)
    assert answer.status_code == 200
    with pytest.raises(ValueError):
        json.loads(answer.content)
    if mode == "truncated":
        assert answer.content.startswith(b'{"code":0,')
    assert len(pending(sandbox, client_id)) == 1


def test_a_gateway_status_before_execution_places_nothing_and_names_its_status(
    sandbox: Sandbox,
) -> None:
    sandbox.fail_http(502, path=ORDER)
    client_id = new_client_id()
    answer = place(sandbox, client_id)
    assert answer.status_code == 502
    assert b"<title>502 Bad Gateway</title>" in answer.content
    assert b"503" not in answer.content
    assert pending(sandbox, client_id) == []


def test_a_request_refused_before_execution_does_not_use_up_an_after_execution_fault(
    sandbox: Sandbox,
) -> None:
    sandbox.fail_code(3008, path=ORDER)
    sandbox.fail_after_execution(500, path=ORDER)
    assert place(sandbox, new_client_id()).json()["code"] == 3008
    client_id = new_client_id()
    assert place(sandbox, client_id).status_code == 500
    assert len(pending(sandbox, client_id)) == 1


def test_latency_before_execution_still_executes_after_the_client_gave_up(
    sandbox: Sandbox,
) -> None:
    sandbox.add_latency(1000, path=ORDER, times=1)
    client_id = new_client_id()
    with pytest.raises(httpx.ReadTimeout):
        place(sandbox, client_id, timeout=0.2)
    deadline = time.monotonic() + 10
    while not pending(sandbox, client_id) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(pending(sandbox, client_id)) == 1, "a real exchange executes it anyway"


@pytest.mark.parametrize(
    ("action", "body", "status"),
    [
        ("fail-after-execution", {"status": 503}, 503),
        ("garble-after-execution", {"mode": "not_json"}, 200),
    ],
)
def test_the_after_execution_faults_are_admin_routes_too(
    sandbox: Sandbox, action: str, body: dict[str, Any], status: int
) -> None:
    answer = httpx.post(f"{sandbox.url}/admin/{action}", json={**body, "path": ORDER}).json()
    assert answer["code"] == 0
    client_id = new_client_id()
    reply = place(sandbox, client_id)
    assert reply.status_code == status
    assert reply.headers["content-type"].startswith("text/html") or status == 200
    assert len(pending(sandbox, client_id)) == 1


def test_the_hold_and_reset_admin_routes_take_their_bodies(sandbox: Sandbox) -> None:
    url = sandbox.url + "/admin/"
    assert (
        httpx.post(url + "hold-after-execution", json={"hold_ms": 1, "path": ORDER}).json()["code"]
        == 0
    )
    assert httpx.post(url + "reset-after-execution", json={"path": "/v2/time"}).json()["code"] == 0
    rules = sandbox.run(lambda ex: [(r.path, r.after) for r in ex.faults.rules])
    assert [(path, after.kind if after else None) for path, after in rules] == [
        (ORDER, "hold"),
        ("/v2/time", "reset"),
    ]
    assert httpx.post(url + "garble-after-execution", json={"mode": "bad"}).json()["code"] == 4004


@pytest.mark.parametrize("kind", ["gzip", "json"])
async def test_a_corrupt_websocket_frame_replaces_the_next_push_then_pushes_resume(
    sandbox: Sandbox, kind: str
) -> None:
    async with connect(sandbox.ws_spot_url, compression=None, ping_interval=None) as ws:
        auth = signed(sandbox.access_id, sandbox.secret_key)
        assert (await request(ws, "server.sign", auth, 1))["code"] == 0
        subscribed = await request(ws, "order.subscribe", {"market_list": ["BTCUSDT"]}, 2)
        assert subscribed["code"] == 0
        await asyncio.to_thread(sandbox.corrupt_ws_frame, 1, kind)  # type: ignore[arg-type]
        lost, kept = new_client_id(), new_client_id()
        assert (await asyncio.to_thread(place, sandbox, lost)).json()["code"] == 0
        frame = await asyncio.wait_for(ws.recv(), 10)
        assert isinstance(frame, bytes)
        if kind == "gzip":
            with pytest.raises((OSError, EOFError)):
                gzip.decompress(frame)
        else:
            with pytest.raises(ValueError):
                json.loads(gzip.decompress(frame))
        assert (await asyncio.to_thread(place, sandbox, kept)).json()["code"] == 0
        message = await receive(ws)
        assert message["method"] == "order.update"
        assert message["data"]["order"]["client_id"] == kept, "the corrupted push was lost"
    await asyncio.to_thread(cancel_all, sandbox)


def cancel_all(sandbox: Sandbox) -> None:
    with sandbox.client() as cx:
        cx.spot.cancel_all_orders(market="BTCUSDT", market_type="SPOT")


def test_the_ws_corrupt_admin_route_checks_its_kind(sandbox: Sandbox) -> None:
    url = sandbox.url + "/admin/ws-corrupt"
    assert httpx.post(url, json={"times": 2, "kind": "json"}).json()["code"] == 0
    assert httpx.post(url, json={"kind": "xml"}).json()["code"] == 4004
