"""Frames that are not CoinEx messages, pushes that do not fit their model, and a refused
``server.sign``: what the sans-I/O protocol decides (issue: streams tell the truth)."""

from __future__ import annotations

import gzip
import logging
import zlib
from decimal import Decimal
from typing import Any

import pytest

from coinex_sdk import CoinExError
from coinex_sdk.models import DealsPush
from coinex_sdk.ws import Gap, WsAuthenticationError, WsDecodeError, WsProtocol
from coinex_sdk.ws._frames import MAX_MESSAGE_BYTES, FrameError, decode_frame
from coinex_sdk.ws._protocol import Ended, Push, Recycle, SyncClock

from .conftest import CREDENTIALS, DEALS, DEPTH, ORDER, deals_params, depth_params
from .test_ws_protocol import FixedClock, ack, connected, frame, push, sent, subscribed

DEEP = b"[" * 10_000 + b"]" * 10_000

BAD_FRAMES: dict[str, bytes | str] = {
    "not gzip": b"\x1f\x8b\x08\x00garbage",
    "gzip cut short": gzip.compress(b'{"method": "deals.update", "data": {}}')[:20],
    "gzip of bad JSON": gzip.compress(b'{"method": "deals.update", "data": {'),
    "text that is not JSON": "{not json",
    "NaN literal": gzip.compress(b'{"method": "deals.update", "data": {"price": NaN}}'),
    "Infinity literal": '{"id": 1, "code": 0, "data": [Infinity]}',
    "10,000-deep array": gzip.compress(DEEP),
    "10,000-deep text": DEEP.decode(),
    "a JSON list": gzip.compress(b"[1, 2]"),
    "a JSON string": '"deals.update"',
    "method is a list": frame({"method": ["deals.update"], "data": {"market": "BTCUSDT"}}),
    "method is a number": frame({"method": 7, "data": {}}),
    "reply code is a string": frame({"id": 1, "code": "0", "message": "OK"}),
    "reply code is null": frame({"id": 1, "code": None, "message": "OK"}),
    "reply code is a float": '{"id": 1, "code": 0.5, "message": "OK"}',
    "reply message is a list": frame({"id": 1, "code": 20001, "message": ["x"]}),
    "neither push nor reply": frame({"hello": "world"}),
}


@pytest.mark.parametrize("bad", BAD_FRAMES.values(), ids=BAD_FRAMES.keys())
def test_a_frame_that_is_not_a_coinex_message_recycles_the_connection(bad: bytes | str) -> None:
    proto = connected()
    subscribed(proto, DEALS, deals_params("BTCUSDT"))
    (event,) = proto.receive(bad)
    assert isinstance(event, Recycle)
    assert isinstance(event.error, WsDecodeError) and isinstance(event.error, CoinExError)
    assert event.error.frame == bad  # the raw frame, as received


def test_frames_after_a_bad_one_are_ignored_until_the_socket_is_replaced() -> None:
    proto = connected()
    subscribed(proto, DEALS, deals_params("BTCUSDT"))
    proto.receive(b"garbage")
    assert proto.receive(push("deals.update", {"market": "BTCUSDT", "deal_list": []})) == []


def test_every_stream_of_a_recycled_connection_gets_a_gap_carrying_the_bad_frame() -> None:
    clock = FixedClock(1000)
    proto = connected(clock, CREDENTIALS)
    deals = subscribed(proto, DEALS, deals_params("BTCUSDT"))
    depth = subscribed(proto, DEPTH, depth_params("ETHUSDT"))
    orders = proto.subscribe(ORDER, {"market_list": []})
    proto.receive(ack(sent(proto)[0]["id"]))  # server.sign
    proto.receive(ack(sent(proto)[0]["id"]))  # order.subscribe
    proto.receive(b"garbage")
    proto.on_disconnected()
    clock.now = 3000
    events = proto.on_connected(1.0)
    sign = sent(proto)[0]
    events += proto.receive(ack(sign["id"]))
    gaps = {e.targets[0]: e.item for e in events if isinstance(e, Push)}
    assert set(gaps) == {deals, depth, orders}
    for gap in gaps.values():
        assert gap == Gap("reconnect", 1000, 3000)
        assert isinstance(gap.error, WsDecodeError) and gap.error.frame == b"garbage"


def test_a_later_plain_drop_gives_gaps_without_the_old_error() -> None:
    proto = connected()
    sub_id = subscribed(proto, DEALS, deals_params("BTCUSDT"))
    proto.receive(b"garbage")
    proto.on_disconnected()
    proto.on_connected(1.0)
    proto.receive(ack(sent(proto)[0]["id"]))
    proto.on_disconnected()
    (event,) = proto.on_connected(2.0)
    assert event.targets == (sub_id,) and event.item.error is None


def test_an_undecodable_frame_is_logged_as_a_warning_without_its_content(
    caplog: pytest.LogCaptureFixture,
) -> None:
    proto = connected()
    with caplog.at_level(logging.DEBUG, logger="coinex_sdk.ws"):
        proto.receive(gzip.compress(b'{"secret": "s3cr3t-value"'))
    (record,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "recycling" in record.getMessage() and "s3cr3t" not in caplog.text


def test_a_gzip_bomb_is_refused_without_inflating_it() -> None:
    bomb = zlib.compress(b"0" * (MAX_MESSAGE_BYTES + 1), 9)
    with pytest.raises(FrameError, match="inflates to more than"):
        decode_frame(bomb)


def test_numbers_keep_every_digit_and_never_become_floats() -> None:
    decoded = decode_frame('{"a": 0.1000000000000000000000000000001, "b": 1e-8, "c": 12}')
    assert decoded == {
        "a": Decimal("0.1000000000000000000000000000001"),
        "b": Decimal("1e-8"),
        "c": 12,
    }
    assert type(decoded["c"]) is int


# -- routing pushes that name no market -------------------------------------------------------


@pytest.mark.parametrize("data", [None, [], "x", {"deal_list": []}, {"market": ["BTCUSDT"]}])
def test_a_push_that_names_no_market_reaches_every_stream_of_its_channel(data: Any) -> None:
    proto = connected()
    btc = subscribed(proto, DEALS, deals_params("BTCUSDT"))
    eth = subscribed(proto, DEALS, deals_params("ETHUSDT"))
    subscribed(proto, DEPTH, depth_params("BTCUSDT"))
    (event,) = proto.receive(push("deals.update", data))
    assert set(event.targets) == {btc, eth}  # each decodes it, fails, and yields a gap


# -- a push that does not fit its model -------------------------------------------------------


def test_a_malformed_push_is_a_gap_with_the_raw_frame_then_a_resync() -> None:
    proto = connected(FixedClock(5000))
    sub_id = subscribed(proto, DEALS, deals_params("BTCUSDT"))
    raw = push("deals.update", {"market": "BTCUSDT", "deal_list": "x" * 100_000})
    ((data, kept),) = [e.item for e in proto.receive(raw) if isinstance(e, Push)]
    assert kept == raw
    from coinex_sdk._convert import structure

    with pytest.raises(Exception) as problem:
        structure(data, DealsPush)
    gap, events = proto.malformed_push(sub_id, kept, problem.value)
    assert gap == Gap("malformed", 5000, 5000)
    assert isinstance(gap.error, WsDecodeError) and gap.error.frame == raw
    assert gap.error.method == "deals.update" and "deal_list" in gap.error.reason
    assert [m["method"] for m in sent(proto)] == ["deals.unsubscribe", "deals.subscribe"]
    ((resync_gap,),) = [[e.item] for e in events if isinstance(e, Push)]
    assert resync_gap.reason == "resync"


def test_a_decode_problem_becomes_a_short_reason_and_the_frame_is_kept_whole() -> None:
    raw = frame({"method": "deals.update", "data": {}})
    error = WsDecodeError.of_push(ValueError("x" * 1000), frame=raw, method="deals.update")
    assert error.reason == "ValueError: " + "x" * 288 + "..."
    assert error.frame == raw and str(error).startswith("deals.update: undecodable")


# -- a refused server.sign (docs/protocol/websocket.md §4, §12.5) ----------------------------------


def signing(clock_sync: bool = True) -> tuple[WsProtocol, FixedClock, int]:
    clock = FixedClock()
    proto = WsProtocol("spot", credentials=CREDENTIALS, clock=clock, clock_sync=clock_sync)
    proto.on_connected(0.0)
    sub_id = proto.subscribe(ORDER, {"market_list": []})
    return proto, clock, sub_id


def test_a_refused_sign_resyncs_the_clock_and_signs_again_with_a_fresh_timestamp() -> None:
    proto, clock, _ = signing()
    (first,) = sent(proto)
    assert proto.receive(ack(first["id"], 21002, "")) == [SyncClock()]
    assert sent(proto) == []  # nothing until the clock is synced
    clock.now += 30_000
    proto.on_clock_synced()
    (second,) = sent(proto)
    assert second["method"] == "server.sign" and second["params"]["timestamp"] == clock.now
    proto.receive(ack(second["id"]))
    assert [m["method"] for m in sent(proto)] == ["order.subscribe"]


def test_a_second_refusal_ends_the_private_streams() -> None:
    proto, _, sub_id = signing()
    proto.receive(ack(sent(proto)[0]["id"], 21002, ""))
    proto.on_clock_synced()
    (event,) = proto.receive(ack(sent(proto)[0]["id"], 21002, ""))
    assert isinstance(event, Ended) and event.sub_id == sub_id
    assert isinstance(event.error, WsAuthenticationError)


def test_without_a_way_to_sync_the_clock_a_refusal_ends_the_private_streams() -> None:
    proto, _, sub_id = signing(clock_sync=False)
    (event,) = proto.receive(ack(sent(proto)[0]["id"], 21002, ""))
    assert isinstance(event, Ended) and event.sub_id == sub_id


def test_each_new_connection_may_resync_the_clock_once() -> None:
    proto, _, _ = signing()
    proto.receive(ack(sent(proto)[0]["id"], 21002, ""))
    proto.on_clock_synced()
    proto.receive(ack(sent(proto)[0]["id"]))
    sent(proto)
    proto.on_disconnected()
    proto.on_connected(1.0)
    assert proto.receive(ack(sent(proto)[0]["id"], 21002, "")) == [SyncClock()]


def test_the_default_timings_notice_a_silent_connection_within_10_seconds() -> None:
    proto = WsProtocol("spot")
    proto.on_connected(0.0)
    now = 0.0
    while proto.on_timer(now):
        now = proto.next_deadline()
        assert now <= 10.0
    assert now <= 10.0


def test_a_typed_depth_push_checks_each_level_when_it_is_read() -> None:
    from coinex_sdk import DataError
    from coinex_sdk.models import SpotDepth
    from coinex_sdk.ws._streams import _decoder

    depth = {"asks": [], "last": "1", "updated_at": 1, "checksum": 1}
    data = {"market": "BTCUSDT", "is_full": True, "depth": {**depth, "bids": [["NaN", "1"]]}}
    update = _decoder(SpotDepth, False)(data)  # a push per 200 ms: levels are not parsed here
    with pytest.raises(DataError) as error:
        list(update.depth.bids)
    assert error.value.raw == ["NaN", "1"]  # typed, with the level as received; never a NaN
