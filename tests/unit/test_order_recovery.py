"""Exactly-once order placement, as pure logic over a scripted fake CoinEx.

A placement is resent only when CoinEx's answer proves it was not acted on (4213, 4010/4017,
HTTP 429, a connection that never opened). After any other failure the SDK looks the order up by
client_id over the settle window and returns it, or raises ``OrderOutcomeUnknownError``: never
a second order. (The same over real sockets and an exchange that fails on purpose:
``tests/sandbox_wire/test_exactly_once.py``.)
"""

from __future__ import annotations

import json
import logging
import re
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from coinex_sdk import (
    DecodeError,
    InsufficientBalanceError,
    OrderOutcomeUnknownError,
    RetryPolicy,
    TimeoutError,
    TransportError,
)
from tests.unit.helpers import RawStream, Script, async_client, body_of, err, ok, sync_client

ORDER = {
    "market": "BTCUSDT",
    "market_type": "SPOT",
    "side": "buy",
    "type": "limit",
    "amount": Decimal("0.001"),
    "price": Decimal("10000"),
}
_EXAMPLE = Path(__file__).parents[2] / "spec" / "examples" / "spot-place-order.json"
_PLACED = json.loads(_EXAMPLE.read_text())["data"]
NOT_FOUND = ok([], pagination={"has_next": False})
QUICK = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0, settle_window=0.05)


def placed(client_id: str = "bot-1", order_id: int = 42, **extra: Any) -> dict[str, Any]:
    now = int(time.time() * 1000)
    return {**_PLACED, "order_id": order_id, "client_id": client_id, "created_at": now, **extra}


def found(*rows: dict[str, Any]) -> httpx.Response:
    return ok(list(rows), pagination={"has_next": False})


def posts(script: Script) -> list[str]:
    return [p for p in script.paths if p.startswith("POST")]


def test_after_a_read_timeout_the_order_is_found_and_returned_not_resent() -> None:
    script = Script(httpx.ReadTimeout("slow"), found(placed()))
    with sync_client(script, retry=QUICK) as cx:
        order = cx.spot.place_order(**ORDER, client_id="bot-1")
    assert order.order_id == 42
    assert script.paths == ["POST /v2/spot/order", "GET /v2/spot/pending-order"]
    assert b"client_id=bot-1" in script.requests[1].url.raw_path


def test_an_order_the_exchange_shows_only_later_is_still_found_within_the_window() -> None:
    window = RetryPolicy(initial_delay=0.0, settle_window=2.0)
    script = Script(httpx.ReadTimeout("slow"), NOT_FOUND, NOT_FOUND, found(placed()))
    with sync_client(script, retry=window) as cx:
        assert cx.spot.place_order(**ORDER, client_id="bot-1").order_id == 42
    assert posts(script) == ["POST /v2/spot/order"]


def test_an_order_found_nowhere_raises_outcome_unknown_and_is_never_resent() -> None:
    script = Script(httpx.Response(502), *[NOT_FOUND] * 20)
    with sync_client(script, retry=QUICK) as cx, pytest.raises(OrderOutcomeUnknownError) as info:
        cx.spot.place_order(**ORDER, client_id="bot-1")
    assert posts(script) == ["POST /v2/spot/order"]
    assert info.value.client_ids == ("bot-1",)
    assert info.value.path == "/v2/spot/order"
    assert "HTTP 502" in str(info.value.cause)
    assert info.value.__cause__ is info.value.cause


def test_a_filled_order_is_found_in_the_finished_orders() -> None:
    script = Script(httpx.ReadTimeout("slow"), NOT_FOUND, found(placed()))
    with sync_client(script, retry=QUICK) as cx:
        assert cx.spot.place_order(**ORDER, client_id="bot-1").order_id == 42
    assert script.paths[-1] == "GET /v2/spot/finished-order"


def test_the_finished_orders_are_paged_until_a_page_reaches_back_before_the_request() -> None:
    others = [placed(f"other-{i}", i) for i in range(100)]
    old = [placed(f"old-{i}", i, created_at=1) for i in range(100)]
    script = Script(
        httpx.ReadTimeout("slow"),
        NOT_FOUND,
        ok(others, pagination={"has_next": True}),
        ok([*others[:50], placed()], pagination={"has_next": True}),
    )
    with sync_client(script, retry=QUICK) as cx:
        assert cx.spot.place_order(**ORDER, client_id="bot-1").order_id == 42
    stale = Script(httpx.ReadTimeout("slow"), NOT_FOUND, ok(old, pagination={"has_next": True}))
    stale.replies += [NOT_FOUND, ok(old, pagination={"has_next": True})] * 5
    with sync_client(stale, retry=QUICK) as cx, pytest.raises(OrderOutcomeUnknownError):
        cx.spot.place_order(**ORDER, client_id="bot-1")
    assert "page=2" not in " ".join(str(r.url) for r in stale.requests)


def test_an_older_order_that_reused_the_client_id_is_not_taken_for_this_one() -> None:
    script = Script(httpx.ReadTimeout("slow"), *[found(placed(created_at=1))] * 20)
    with sync_client(script, retry=QUICK) as cx, pytest.raises(OrderOutcomeUnknownError):
        cx.spot.place_order(**ORDER, client_id="bot-1")
    assert posts(script) == ["POST /v2/spot/order"]


@pytest.mark.parametrize(
    "lookup_failure",
    [httpx.ReadTimeout("lookup slow"), httpx.Response(500), httpx.Response(200, text="<html>")],
    ids=["timeout", "http-500", "garbage"],
)
def test_a_failing_lookup_is_tried_again_within_the_window(lookup_failure: Any) -> None:
    window = RetryPolicy(initial_delay=0.0, settle_window=1.0)
    script = Script(httpx.ReadTimeout("slow"), lookup_failure, found(placed()))
    with sync_client(script, retry=window) as cx:
        assert cx.spot.place_order(**ORDER, client_id="bot-1").order_id == 42
    assert posts(script) == ["POST /v2/spot/order"]


def test_lookups_that_keep_failing_end_in_outcome_unknown_never_a_raw_httpx_error() -> None:
    script = Script(httpx.ReadTimeout("slow"), *[httpx.ReadTimeout("lookup")] * 20)
    with sync_client(script, retry=QUICK) as cx, pytest.raises(OrderOutcomeUnknownError) as info:
        cx.spot.place_order(**ORDER, client_id="bot-1")
    assert isinstance(info.value.cause, TimeoutError)


def test_the_sdk_gives_every_order_a_client_id() -> None:
    script = Script(ok(placed()))
    with sync_client(script) as cx:
        cx.spot.place_order(**ORDER)
    client_id = body_of(script.requests[0])["client_id"]
    assert re.fullmatch(r"cxsdk-[0-9a-f]{24}", client_id)
    assert len(client_id.encode()) < 32


def test_every_batch_item_gets_its_own_client_id_and_a_given_one_is_kept() -> None:
    script = Script(ok([{"code": 0, "message": "OK", "data": placed()}] * 3))
    with sync_client(script) as cx:
        cx.spot.place_orders(orders=[ORDER, {**ORDER, "client_id": "mine"}, ORDER])
    ids = [item["client_id"] for item in body_of(script.requests[0])["orders"]]
    assert ids[1] == "mine"
    assert ids[0] != ids[2]
    assert all(i.startswith("cxsdk-") for i in (ids[0], ids[2]))


def test_auto_client_id_off_sends_none_and_an_unknown_outcome_raises_at_once() -> None:
    script = Script(httpx.ReadTimeout("slow"))
    with sync_client(script, retry=QUICK, auto_client_id=False) as cx:
        with pytest.raises(OrderOutcomeUnknownError, match="no client_id"):
            cx.spot.place_order(**ORDER)
    assert "client_id" not in body_of(script.requests[0])
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    "proof",
    [
        err(4213, "too frequent"),
        httpx.Response(429),
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("no route"),
    ],
    ids=["4213", "http-429", "connect-error", "connect-timeout"],
)
def test_an_answer_that_proves_nothing_was_done_is_resent(proof: Any) -> None:
    script = Script(proof, ok(placed()))
    with sync_client(script) as cx:
        assert cx.spot.place_order(**ORDER, client_id="bot-1").order_id == 42
    assert posts(script) == ["POST /v2/spot/order"] * 2


def test_an_expired_timestamp_resyncs_the_clock_and_resends_once() -> None:
    script = Script(err(4010), ok({"timestamp": int(time.time() * 1000)}), ok(placed()))
    with sync_client(script) as cx:
        assert cx.spot.place_order(**ORDER, client_id="bot-1").order_id == 42
    assert script.paths == ["POST /v2/spot/order", "GET /v2/time", "POST /v2/spot/order"]


@pytest.mark.parametrize("code", [3008, 4001, 4002, 4003])
def test_a_server_side_failure_code_is_resolved_by_lookup_not_resent(code: int) -> None:
    script = Script(err(code), found(placed()))
    with sync_client(script, retry=QUICK) as cx:
        assert cx.spot.place_order(**ORDER, client_id="bot-1").order_id == 42
    assert posts(script) == ["POST /v2/spot/order"]


def test_a_definitive_refusal_is_raised_without_a_lookup() -> None:
    script = Script(err(3109, "insufficient"))
    with sync_client(script) as cx, pytest.raises(InsufficientBalanceError):
        cx.spot.place_order(**ORDER, client_id="bot-1")
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    "answer",
    [httpx.Response(200, text='{"code": 0, "data": {"order_'), httpx.Response(200, text="<html>")],
    ids=["cut-short", "not-json"],
)
def test_a_garbled_success_is_an_unknown_outcome(answer: httpx.Response) -> None:
    script = Script(answer, found(placed()))
    with sync_client(script, retry=QUICK) as cx:
        assert cx.spot.place_order(**ORDER, client_id="bot-1").order_id == 42
    assert posts(script) == ["POST /v2/spot/order"]


def test_a_recovered_stop_order_answers_like_the_placement_strict_models_too() -> None:
    stop = {"stop_id": 7, "client_id": "s-1", "created_at": int(time.time() * 1000), "x": 1}
    script = Script(httpx.ReadTimeout("slow"), found(stop))
    with sync_client(script, retry=QUICK, strict=True) as cx:
        answer = cx.spot.place_stop_order(**ORDER, trigger_price=Decimal("9000"), client_id="s-1")
    assert answer.stop_id == 7


def test_a_batch_resolves_per_item() -> None:
    mine = placed("a")
    script = Script(httpx.ReadTimeout("slow"), found(mine), *[NOT_FOUND] * 30)
    orders = [{**ORDER, "client_id": "a"}, {**ORDER, "client_id": "b"}]
    with sync_client(script, retry=QUICK) as cx:
        items = cx.spot.place_orders(orders=orders)
    assert posts(script) == ["POST /v2/spot/batch-order"]
    assert items[0].ok and items[0].unwrap().order_id == 42
    assert not items[1].ok
    with pytest.raises(OrderOutcomeUnknownError) as info:
        items[1].unwrap()
    assert info.value.client_ids == ("b",)


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("withdraw", {"ccy": "USDT", "to_address": "addr", "amount": Decimal("1")}),
        (
            "transfer",
            {
                "from_account_type": "SPOT",
                "to_account_type": "FUTURES",
                "ccy": "USDT",
                "amount": Decimal("1"),
            },
        ),
    ],
)
def test_a_money_movement_is_never_resent_after_an_unknown_outcome(
    name: str, args: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    script = Script(httpx.ReadTimeout("slow"), ok())
    with sync_client(script) as cx, pytest.raises(TimeoutError):
        getattr(cx.assets, name)(**args)
    assert len(script.requests) == 1
    assert "moves money; not resending" in caplog.text


def test_decisions_are_logged_with_path_client_id_and_reason(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="coinex_sdk")
    script = Script(err(4213), httpx.ReadTimeout("slow"), found(placed()))
    with sync_client(script, retry=QUICK) as cx:
        cx.spot.place_order(**ORDER, client_id="bot-1")
    lines = [r.getMessage() for r in caplog.records if r.name == "coinex_sdk"]
    assert any(
        "client_id=bot-1" in x and "CoinEx code 4213" in x and "resending" in x for x in lines
    )
    assert any("looking the order up" in x and "ReadTimeout" in x for x in lines)
    assert any("recovered" in x and "bot-1" in x for x in lines)


def test_sync_time_on_a_bad_answer_or_a_dead_server_raises_typed_errors() -> None:
    for reply in (ok({"nope": 1}), ok([1, 2]), httpx.Response(200, text="x")):
        with sync_client(Script(reply)) as cx, pytest.raises(DecodeError):
            cx.sync_time()
    with sync_client(Script(httpx.ConnectError("down"))) as cx, pytest.raises(TransportError):
        cx.sync_time()


def test_a_body_that_is_not_the_gzip_it_claims_keeps_its_raw_bytes() -> None:
    def reply(_: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=RawStream(b"!gz"))

    with sync_client(Script(reply), max_retries=0) as cx, pytest.raises(DecodeError) as info:
        cx.spot.ticker(market=["BTCUSDT"])
    assert info.value.body == b"!gz"


async def test_async_placement_recovers_the_same_way() -> None:
    script = Script(httpx.RemoteProtocolError("reset"), NOT_FOUND, found(placed()))
    async with async_client(script, retry=QUICK) as acx:
        order = await acx.spot.place_order(**ORDER, client_id="bot-1")
    assert order.order_id == 42
    assert posts(script) == ["POST /v2/spot/order"]


async def test_async_unknown_outcome_raises_the_same_way() -> None:
    script = Script(httpx.ReadTimeout("slow"), *[NOT_FOUND] * 20)
    async with async_client(script, retry=QUICK) as acx:
        with pytest.raises(OrderOutcomeUnknownError):
            await acx.futures.place_order(
                market="BTCUSDT", side="buy", type="market", amount=Decimal("1")
            )
    assert posts(script) == ["POST /v2/futures/order"]
