"""An order placement that may have reached CoinEx is never resent blindly: with a client_id,
the SDK looks the order up first and returns it if it exists; without one, it raises."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from coinex_sdk import HTTPStatusError, TimeoutError
from tests.unit.helpers import Script, async_client, ok, sync_client

ORDER = {
    "market": "BTCUSDT",
    "market_type": "SPOT",
    "side": "buy",
    "type": "limit",
    "amount": Decimal("0.001"),
    "price": Decimal("10000"),
}
_EXAMPLE = Path(__file__).parents[2] / "spec" / "examples" / "spot-place-order.json"
PLACED = {**json.loads(_EXAMPLE.read_text())["data"], "order_id": 42, "client_id": "bot-1"}


def test_after_a_timeout_a_found_order_is_returned_not_resent() -> None:
    script = Script(httpx.ReadTimeout("slow"), ok([PLACED], pagination={"has_next": False}))
    with sync_client(script) as cx:
        order = cx.spot.place_order(**ORDER, client_id="bot-1")
    assert order.order_id == 42
    assert script.paths == ["POST /v2/spot/order", "GET /v2/spot/pending-order"]
    assert b"client_id=bot-1" in script.requests[1].url.raw_path


def test_an_order_found_nowhere_is_sent_again() -> None:
    empty = ok([], pagination={"has_next": False})
    script = Script(httpx.Response(502), empty, empty, ok(PLACED))
    with sync_client(script) as cx:
        order = cx.spot.place_order(**ORDER, client_id="bot-1")
    assert order.client_id == "bot-1"
    assert script.paths == [
        "POST /v2/spot/order",
        "GET /v2/spot/pending-order",
        "GET /v2/spot/finished-order",
        "POST /v2/spot/order",
    ]


def test_a_filled_order_is_found_in_the_finished_orders() -> None:
    script = Script(
        httpx.ReadTimeout("slow"),
        ok([], pagination={"has_next": False}),
        ok([PLACED], pagination={"has_next": False}),
    )
    with sync_client(script) as cx:
        assert cx.spot.place_order(**ORDER, client_id="bot-1").order_id == 42


def test_without_a_client_id_an_ambiguous_failure_is_raised() -> None:
    script = Script(httpx.ReadTimeout("slow"), ok(PLACED))
    with sync_client(script) as cx, pytest.raises(TimeoutError):
        cx.spot.place_order(**ORDER)
    assert len(script.requests) == 1


def test_a_failed_lookup_raises_instead_of_guessing() -> None:
    script = Script(httpx.Response(503), httpx.Response(503), ok(PLACED))
    with sync_client(script) as cx, pytest.raises(HTTPStatusError):
        cx.spot.place_order(**ORDER, client_id="bot-1")
    assert script.paths == ["POST /v2/spot/order", "GET /v2/spot/pending-order"]


async def test_async_placement_recovers_the_same_way() -> None:
    script = Script(
        httpx.RemoteProtocolError("reset"), ok([PLACED], pagination={"has_next": False})
    )
    async with async_client(script) as acx:
        order = await acx.spot.place_order(**ORDER, client_id="bot-1")
    assert order.order_id == 42
