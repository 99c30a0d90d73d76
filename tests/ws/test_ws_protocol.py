"""The sans-I/O protocol core, frame by frame, with no sockets and no timers."""

from __future__ import annotations

import gzip
import json
import logging
import random
import zlib
from decimal import Decimal
from typing import Any

import pytest

from coinex_sdk._clock import Clock
from coinex_sdk._exceptions import (
    ApiError,
    AuthenticationError,
    CredentialsError,
    ParameterError,
    RateLimitError,
    ServiceUnavailableError,
    ValidationError,
    WebSocketError,
)
from coinex_sdk._signing import sign
from coinex_sdk.ws import (
    Channel,
    Gap,
    WsApiError,
    WsAuthenticationError,
    WsAuthRequiredError,
    WsInternalError,
    WsMethodNotFoundError,
    WsParameterError,
    WsProtocol,
    WsRateLimitError,
    WsServiceTimeoutError,
    WsServiceUnavailableError,
)
from coinex_sdk.ws._inbox import Inbox
from coinex_sdk.ws._protocol import Ended, Push, Recycle, Subscribed, decode_frame
from coinex_sdk.ws._reconnect import Reconnect
from coinex_sdk.ws._settings import WsTimings, venue_of

from .conftest import CREDENTIALS, DEALS, DEPTH, ORDER, deals_params, depth_params


class FixedClock(Clock):
    def __init__(self, now: int = 1_700_000_000_000) -> None:
        super().__init__()
        self.now = now

    def now_ms(self) -> int:
        return self.now


def frame(message: dict[str, Any]) -> bytes:
    return gzip.compress(json.dumps(message).encode())


def ack(request_id: int, code: int = 0, message: str = "OK") -> bytes:
    return frame({"id": request_id, "code": code, "message": message})


def push(method: str, data: dict[str, Any]) -> bytes:
    return frame({"method": method, "data": data, "id": None})


def sent(proto: WsProtocol) -> list[dict[str, Any]]:
    return [json.loads(m) for m in proto.data_to_send()]


def connected(clock: Clock | None = None, credentials: Any = None) -> WsProtocol:
    proto = WsProtocol("spot", credentials=credentials, clock=clock or FixedClock())
    proto.on_connected(0.0)
    return proto


def subscribed(proto: WsProtocol, channel: Channel, params: dict[str, Any]) -> int:
    sub_id = proto.subscribe(channel, params)
    (request,) = sent(proto)
    assert proto.receive(ack(request["id"])) == [Subscribed(sub_id)]
    return sub_id


# -- frames (docs/protocol/websocket.md §3) --------------------------------------------------------


def test_a_binary_frame_is_a_gzip_member() -> None:
    assert decode_frame(gzip.compress(b'{"id":1}')) == {"id": 1}


def test_a_zlib_frame_is_accepted_too() -> None:
    assert decode_frame(zlib.compress(b'{"id":1}')) == {"id": 1}


def test_a_text_frame_is_plain_json() -> None:
    assert decode_frame('{"id":1}') == {"id": 1}


def test_numbers_with_a_fraction_decode_as_decimal() -> None:
    assert decode_frame('{"price": 0.1}') == {"price": Decimal("0.1")}


def test_an_undecodable_frame_recycles_the_connection() -> None:
    (event,) = connected().receive(b"not gzip")
    assert isinstance(event, Recycle)
    assert event.error.frame == b"not gzip" and "gzip" in event.error.reason


# -- requests and replies (§2, §7) ------------------------------------------------------------


def test_subscribe_sends_the_channel_method_with_params_and_a_fresh_id() -> None:
    proto = connected()
    proto.subscribe(DEALS, deals_params("BTCUSDT"))
    proto.subscribe(DEALS, deals_params("ETHUSDT"))
    first, second = sent(proto)
    assert first == {"method": "deals.subscribe", "params": deals_params("BTCUSDT"), "id": 1}
    assert second["id"] == 2


def test_a_subscribe_made_offline_is_sent_on_connect() -> None:
    proto = WsProtocol("spot")
    proto.subscribe(DEALS, deals_params("BTCUSDT"))
    assert proto.data_to_send() == []
    proto.on_connected(0.0)
    assert [m["method"] for m in sent(proto)] == ["deals.subscribe"]


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (20001, WsParameterError),
        (30001, WsParameterError),
        (20002, WsMethodNotFoundError),
        (21001, WsAuthRequiredError),
        (31002, WsAuthenticationError),
        (23001, WsServiceTimeoutError),
        (33002, WsRateLimitError),
        (24001, WsInternalError),
        (34002, WsServiceUnavailableError),
        (29999, WsApiError),
    ],
)
def test_an_error_reply_ends_the_subscription_with_an_error_typed_by_code(
    code: int, error: type[WsApiError]
) -> None:
    proto = connected()
    sub_id = proto.subscribe(DEALS, deals_params("BTCUSDT"))
    (event,) = proto.receive(ack(sent(proto)[0]["id"], code, "nope"))
    assert isinstance(event, Ended) and event.sub_id == sub_id
    assert type(event.error) is error
    assert (event.error.code, event.error.method) == (code, "deals.subscribe")


@pytest.mark.parametrize(
    ("code", "category"),
    [
        (23002, RateLimitError),
        (33002, RateLimitError),
        (21002, AuthenticationError),
        (31001, AuthenticationError),
        (20001, ParameterError),
        (24002, ServiceUnavailableError),
        (29999, ApiError),
    ],
)
def test_a_websocket_error_is_caught_by_the_rest_category_of_the_same_meaning(
    code: int, category: type[ApiError]
) -> None:
    proto = connected()
    proto.subscribe(DEALS, deals_params("BTCUSDT"))
    (event,) = proto.receive(ack(sent(proto)[0]["id"], code, "nope"))
    assert isinstance(event, Ended)
    assert isinstance(event.error, category) and isinstance(event.error, WebSocketError)
    with pytest.raises(category, match=f"deals.subscribe: CoinEx error {code}: nope"):
        raise event.error


def test_a_reply_to_an_unknown_id_is_ignored() -> None:
    assert connected().receive(ack(99)) == []


# -- routing (§2, §9) -------------------------------------------------------------------------


def test_a_push_goes_to_the_subscriptions_of_its_market() -> None:
    proto = connected()
    btc = subscribed(proto, DEALS, deals_params("BTCUSDT"))
    subscribed(proto, DEALS, deals_params("ETHUSDT"))
    frame = push("deals.update", {"market": "BTCUSDT", "deal_list": []})
    (event,) = proto.receive(frame)
    assert event == Push((btc,), ({"market": "BTCUSDT", "deal_list": []}, frame))


def test_an_all_markets_subscription_gets_every_market() -> None:
    proto = connected()
    btc = subscribed(proto, DEALS, deals_params("BTCUSDT"))
    everything = subscribed(proto, DEALS, deals_params())
    (to_btc,) = proto.receive(push("deals.update", {"market": "BTCUSDT"}))
    (to_eth,) = proto.receive(push("deals.update", {"market": "ETHUSDT"}))
    assert set(to_btc.targets) == {btc, everything}
    assert to_eth.targets == (everything,)


def test_a_push_nobody_subscribed_to_is_dropped() -> None:
    proto = connected()
    subscribed(proto, DEALS, deals_params("BTCUSDT"))
    assert proto.receive(push("deals.update", {"market": "ETHUSDT"})) == []
    assert proto.receive(push("bbo.update", {"market": "BTCUSDT"})) == []


def test_a_nested_route_path_routes_order_pushes_by_their_order_market() -> None:
    proto = connected(credentials=CREDENTIALS)
    sub_id = proto.subscribe(ORDER, {"market_list": ["BTCUSDT"]})
    sign_request = sent(proto)[0]
    proto.receive(ack(sign_request["id"]))
    proto.receive(ack(sent(proto)[0]["id"]))
    (event,) = proto.receive(push("order.update", {"event": "put", "order": {"market": "BTCUSDT"}}))
    assert event.targets == (sub_id,)


def test_the_depth_key_is_the_market_of_its_four_tuple() -> None:
    assert DEPTH.keys(depth_params("BTCUSDT")) == ("BTCUSDT",)


# -- unsubscribe (§9) -------------------------------------------------------------------------


def test_depth_unsubscribes_by_plain_market_name() -> None:
    proto = connected()
    sub_id = subscribed(proto, DEPTH, depth_params("BTCUSDT"))
    proto.unsubscribe(sub_id)
    (request,) = sent(proto)
    assert request["method"] == "depth.unsubscribe"
    assert request["params"] == {"market_list": ["BTCUSDT"]}


def test_a_market_another_subscription_needs_is_not_unsubscribed() -> None:
    proto = connected()
    first = subscribed(proto, DEALS, deals_params("BTCUSDT", "ETHUSDT"))
    subscribed(proto, DEALS, deals_params("BTCUSDT"))
    proto.unsubscribe(first)
    (request,) = sent(proto)
    assert request["params"] == {"market_list": ["ETHUSDT"]}


def test_nothing_is_unsubscribed_while_an_all_markets_subscription_lives() -> None:
    proto = connected()
    btc = subscribed(proto, DEALS, deals_params("BTCUSDT"))
    subscribed(proto, DEALS, deals_params())
    proto.unsubscribe(btc)
    assert sent(proto) == []


def test_the_last_all_markets_subscription_unsubscribes_with_an_empty_list() -> None:
    proto = connected()
    proto.unsubscribe(subscribed(proto, DEALS, deals_params()))
    assert sent(proto)[0]["params"] == {"market_list": []}


def test_an_all_markets_subscription_leaving_does_not_cut_off_the_others() -> None:
    proto = connected()
    subscribed(proto, DEALS, deals_params("BTCUSDT"))
    proto.unsubscribe(subscribed(proto, DEALS, deals_params()))
    assert sent(proto) == []


# -- auth (§4) --------------------------------------------------------------------------------


def test_a_private_subscription_waits_for_the_server_sign_ack() -> None:
    clock = FixedClock()
    proto = connected(clock, CREDENTIALS)
    proto.subscribe(ORDER, {"market_list": []})
    (sign_request,) = sent(proto)
    assert sign_request["method"] == "server.sign"
    assert sign_request["params"] == {
        "access_id": CREDENTIALS.access_id,
        "signed_str": sign(CREDENTIALS.secret_bytes, str(clock.now).encode()),
        "timestamp": clock.now,
    }
    proto.receive(ack(sign_request["id"]))
    assert [m["method"] for m in sent(proto)] == ["order.subscribe"]


def test_a_failed_sign_ends_the_private_subscriptions_with_an_auth_error() -> None:
    proto = connected(credentials=CREDENTIALS)
    sub_id = proto.subscribe(ORDER, {"market_list": []})
    (event,) = proto.receive(ack(sent(proto)[0]["id"], 21002, ""))
    assert isinstance(event, Ended) and event.sub_id == sub_id
    assert isinstance(event.error, WsAuthenticationError)


def test_a_private_channel_without_credentials_is_refused_before_sending() -> None:
    with pytest.raises(CredentialsError):
        connected().subscribe(ORDER, {"market_list": []})


def test_a_channel_of_the_other_venue_is_refused() -> None:
    with pytest.raises(ValidationError):
        connected().subscribe(Channel("depth", "futures"), depth_params("BTCUSDT"))


def test_a_client_reads_its_venue_from_the_url() -> None:
    assert venue_of("wss://socket.coinex.com/v2/futures", None) == "futures"
    assert venue_of("ws://127.0.0.1:8000/v2/spot/?x=1", None) == "spot"


def test_a_url_that_names_no_venue_needs_the_venue_given() -> None:
    with pytest.raises(ValidationError) as refused:
        venue_of("ws://proxy.example/stream", None)
    assert refused.value.param == "venue"
    assert venue_of("ws://proxy.example/stream", "futures") == "futures"


def test_a_venue_other_than_spot_or_futures_is_refused() -> None:
    with pytest.raises(ValidationError):
        venue_of("wss://socket.coinex.com/v2/spot", "margin")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="venue"):
        Channel("depth", "margin")  # type: ignore[arg-type]


def test_the_signature_is_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="coinex_sdk.ws")
    proto = connected(credentials=CREDENTIALS)
    proto.subscribe(ORDER, {"market_list": []})
    request = sent(proto)[0]
    proto.receive(ack(request["id"]))
    assert request["params"]["signed_str"] not in caplog.text
    assert CREDENTIALS.secret_key not in caplog.text


# -- reconnect (§12) --------------------------------------------------------------------------


def test_a_reconnect_signs_first_then_restores_public_then_private_subscriptions() -> None:
    clock = FixedClock()
    proto = connected(clock, CREDENTIALS)
    subscribed(proto, DEALS, deals_params("BTCUSDT"))
    proto.subscribe(ORDER, {"market_list": []})
    proto.receive(ack(sent(proto)[0]["id"]))
    proto.receive(ack(sent(proto)[0]["id"]))
    proto.on_disconnected()
    clock.now += 1500
    proto.on_connected(10.0)
    sign_request, deals_request = sent(proto)
    assert (sign_request["method"], deals_request["method"]) == ("server.sign", "deals.subscribe")
    assert sign_request["params"]["timestamp"] == clock.now  # fresh, not reused
    proto.receive(ack(sign_request["id"]))
    assert [m["method"] for m in sent(proto)] == ["order.subscribe"]


def test_a_restored_subscription_gets_a_gap_spanning_the_outage() -> None:
    clock = FixedClock(1000)
    proto = connected(clock)
    sub_id = subscribed(proto, DEALS, deals_params("BTCUSDT"))
    proto.on_disconnected()
    clock.now = 4000
    assert proto.on_connected(1.0) == [Push((sub_id,), Gap("reconnect", 1000, 4000))]


def test_a_subscription_never_acknowledged_gets_no_gap() -> None:
    proto = connected()
    proto.subscribe(DEALS, deals_params("BTCUSDT"))
    proto.on_disconnected()
    assert proto.on_connected(1.0) == []


def test_resync_resubscribes_after_a_gap_marker() -> None:
    proto = connected()
    sub_id = subscribed(proto, DEPTH, depth_params("BTCUSDT"))
    (event,) = proto.resync(sub_id)
    assert event.targets == (sub_id,) and event.item.reason == "resync"
    assert [m["method"] for m in sent(proto)] == ["depth.unsubscribe", "depth.subscribe"]


# -- ping schedule (§5) -----------------------------------------------------------------------


def test_a_ping_is_sent_when_the_interval_has_passed() -> None:
    proto = WsProtocol("spot", ping_interval=20.0, pong_timeout=5.0)
    proto.on_connected(100.0)
    assert proto.next_deadline() == 120.0
    assert proto.on_timer(119.9) and sent(proto) == []
    assert proto.on_timer(120.0)
    assert sent(proto)[0]["method"] == "server.ping"


def test_a_pong_in_time_keeps_the_connection_alive() -> None:
    proto = WsProtocol("spot", ping_interval=20.0, pong_timeout=5.0)
    proto.on_connected(0.0)
    proto.on_timer(20.0)
    proto.receive(frame({"id": sent(proto)[0]["id"], "code": 0, "data": {"result": "pong"}}))
    assert proto.on_timer(30.0)
    assert proto.next_deadline() == 40.0


def test_no_pong_within_the_timeout_means_the_connection_is_dead() -> None:
    proto = WsProtocol("spot", ping_interval=20.0, pong_timeout=5.0)
    proto.on_connected(0.0)
    proto.on_timer(20.0)
    assert proto.next_deadline() == 25.0
    assert proto.on_timer(24.9)
    assert not proto.on_timer(25.0)


# -- backoff and inbox ------------------------------------------------------------------------


TIMINGS = WsTimings(ping_interval=4.0, reconnect_min_delay=1.0, reconnect_max_delay=8.0)


def test_a_first_connection_that_fails_is_reported_not_retried() -> None:
    assert Reconnect(TIMINGS).connect_failed() is None


def test_backoff_grows_exponentially_with_jitter_up_to_the_cap() -> None:
    reconnect = Reconnect(TIMINGS, rng=random.Random(7))
    reconnect.connected(0.0)
    delays = [reconnect.connect_failed() for _ in range(6)]
    for delay, ceiling in zip(delays, [1, 2, 4, 8, 8, 8], strict=True):
        assert delay is not None and ceiling / 2 <= delay <= ceiling


def test_a_connection_that_dropped_at_once_keeps_backing_off() -> None:
    reconnect = Reconnect(TIMINGS)
    for n in range(4):
        reconnect.connected(float(n))
        delay = reconnect.disconnected(n + 0.5)
    assert 4.0 <= delay <= 8.0


def test_backoff_starts_over_after_a_connection_that_lived_a_ping_interval() -> None:
    reconnect = Reconnect(TIMINGS)
    reconnect.connected(0.0)
    for _ in range(5):
        reconnect.connect_failed()
    reconnect.connected(100.0)
    assert reconnect.disconnected(104.0) <= 1.0


def test_an_overflowing_inbox_drops_what_waits_and_marks_a_gap() -> None:
    inbox = Inbox(max_size=3, now_ms=lambda: 7)
    for item in range(5):
        inbox.put(item)
    gap = inbox.take()
    assert isinstance(gap, Gap) and gap.reason == "overflow"
    assert [inbox.take(), inbox.take()] == [3, 4]
