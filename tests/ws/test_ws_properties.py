"""Property-based: whatever frame arrives, a stream yields only its model or a ``Gap``, every
error is one of the SDK's with the raw frame kept, no float reaches a model, nothing hangs, and
the connection's other streams keep going. Hypothesis with a fixed seed and a bounded number of
examples: the protocol core on many frames, then the sync and async clients over a socket."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from coinex_sdk import CoinExError, Levels
from coinex_sdk._streams import _decoder
from coinex_sdk.models import DealsPush, SpotDepth, SpotOrderPush
from coinex_sdk.ws import (
    AsyncWsClient,
    Gap,
    OrderBook,
    SyncWsClient,
    WsDecodeError,
    WsProtocol,
    parse_depth_update,
)
from coinex_sdk.ws._book import OrderBooks
from coinex_sdk.ws._protocol import Ended, Push, Recycle, Subscribed, SyncClock
from generator.spec import load_spec

from .conftest import (
    CREDENTIALS,
    DEALS,
    DEPTH,
    FAST,
    ORDER,
    deals_params,
    depth_params,
    next_sync,
)
from .fake_server import FakeCoinEx, gzip_frame

# -- frames -----------------------------------------------------------------------------------


class Raw(str):
    """JSON text spliced in as is: number literals with every digit, NaN, Infinity."""


def dump(value: Any) -> str:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(str(k))}:{dump(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(dump(v) for v in value) + "]"
    return json.dumps(value)


numbers = st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False, places=8).map(lambda d: Raw(str(d))),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e400", "-0.0", "1E-9"]).map(Raw),
    st.integers(min_value=-(2**70), max_value=2**70),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    numbers,
    st.text(max_size=12),
    st.sampled_from(["0", "100.5", "NaN", "", "BTCUSDT", "x" * 5000]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)

SPEC = load_spec(Path(__file__).resolve().parents[2] / "spec")
EXAMPLES = {ch.name: ch.examples.get("spot") for ch in SPEC.channels}
DEALS_DATA: dict[str, Any] = {
    "market": "BTCUSDT",
    "deal_list": [{"deal_id": 1, "created_at": 1, "side": "buy", "price": "1", "amount": "2"}],
}
DEPTH_DATA: dict[str, Any] = {**EXAMPLES["depth"]["data"], "market": "BTCUSDT"}
ORDER_DATA: dict[str, Any] = EXAMPLES["order"]["data"]
ORDER_DATA = {**ORDER_DATA, "order": {**ORDER_DATA["order"], "market": "BTCUSDT"}}
REAL = {"deals.update": DEALS_DATA, "depth.update": DEPTH_DATA, "order.update": ORDER_DATA}


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _replace(value[path[0]], path[1:], new)
    return copy


@st.composite
def mutated_push(draw: st.DrawFn) -> dict[str, Any]:
    """A real push with one value anywhere in its data swapped for another."""
    method = draw(st.sampled_from(sorted(REAL)))
    data = REAL[method]
    path = draw(st.sampled_from(_paths(data)))
    return {"method": method, "data": _replace(data, path, draw(values)), "id": None}


envelopes = st.one_of(
    mutated_push(),
    st.fixed_dictionaries(
        {"method": st.one_of(st.sampled_from(sorted(REAL)), values), "data": values}
    ),
    st.fixed_dictionaries(
        {"id": st.one_of(st.integers(0, 5), values), "code": values, "message": values}
    ),
    values,
)


BOMB = gzip.compress(b" " * (17 * 2**20), compresslevel=1, mtime=0)  # inflates past the cap


@st.composite
def frames(draw: st.DrawFn) -> bytes | str:
    text = dump(draw(envelopes))
    how = draw(st.sampled_from(["gzip", "text", "cut", "deep", "bytes", "bomb"]))
    if how == "gzip":
        return gzip.compress(text.encode("utf-8", "surrogatepass"), mtime=0)
    if how == "text":
        return text
    if how == "cut":
        packed = gzip.compress(text.encode("utf-8", "surrogatepass"), mtime=0)
        return packed[: draw(st.integers(0, len(packed) - 1))]
    if how == "deep":
        depth = draw(st.sampled_from([100, 10_000]))
        return gzip.compress(("[" * depth + "]" * depth).encode(), mtime=0)
    if how == "bomb":
        return BOMB
    return draw(st.binary(max_size=64))


# -- what the streams do with an item ---------------------------------------------------------

DECODERS: dict[str, Callable[[Any], Any]] = {
    "deals": _decoder(DealsPush, False),
    "depth": _decoder(SpotDepth, False),
    "order": _decoder(SpotOrderPush, False),
}


def no_float(value: Any) -> None:
    """Walk a decoded model: every number is an int or a finite Decimal, never a float."""
    assert not isinstance(value, float), value
    if isinstance(value, Decimal):
        assert value.is_finite(), value
    elif isinstance(value, Levels):
        try:
            for level in value:
                no_float(level)
        except CoinExError:
            pass  # a bad level is a DataError when read: typed
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            no_float(getattr(value, field.name))
    elif isinstance(value, dict):
        for item in value.values():
            no_float(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            no_float(item)


def consume(proto: WsProtocol, sub_id: int, name: str, item: Any) -> Any:
    """What ``Subscription.__next__`` does with one queued item: the model, or a gap."""
    if type(item) is Gap:
        return item
    data, frame = item
    try:
        model = DECODERS[name](data)
    except Exception as exc:
        gap, _ = proto.malformed_push(sub_id, frame, exc)
        assert isinstance(gap.error, WsDecodeError) and gap.error.frame is frame
        return gap
    no_float(model)
    return model


def connected_protocol() -> tuple[WsProtocol, dict[int, str]]:
    proto = WsProtocol("spot", credentials=CREDENTIALS, clock_sync=True)
    proto.on_connected(0.0)
    subs = {
        proto.subscribe(DEALS, deals_params("BTCUSDT")): "deals",
        proto.subscribe(DEPTH, depth_params("BTCUSDT")): "depth",
        proto.subscribe(ORDER, {"market_list": []}): "order",
    }
    for request in [json.loads(m) for m in proto.data_to_send()]:  # sign, deals, depth
        proto.receive(gzip_frame({"id": request["id"], "code": 0, "message": "OK"}))
    for request in [json.loads(m) for m in proto.data_to_send()]:  # order, after the sign ack
        proto.receive(gzip_frame({"id": request["id"], "code": 0, "message": "OK"}))
    return proto, subs


@seed(20261128)
@settings(
    max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow], database=None
)
@given(frame=frames())
def test_any_frame_gives_typed_items_only_and_the_streams_survive(frame: bytes | str) -> None:
    proto, subs = connected_protocol()
    events = proto.receive(frame)  # never raises
    recycled = False
    for event in events:
        assert isinstance(event, (Push, Recycle, Subscribed, Ended, SyncClock))
        if isinstance(event, Recycle):
            recycled = True
            assert isinstance(event.error, WsDecodeError) and event.error.frame is frame
        if isinstance(event, Push):
            for sub_id in event.targets:
                item = consume(proto, sub_id, subs[sub_id], event.item)
                assert isinstance(item, (Gap, DealsPush, SpotDepth, SpotOrderPush))
    if recycled:  # the shell drops the socket; the new one restores every stream
        proto.on_disconnected()
        proto.on_connected(1.0)
        for request in [json.loads(m) for m in proto.data_to_send()]:
            proto.receive(gzip_frame({"id": request["id"], "code": 0, "message": "OK"}))
        proto.data_to_send()
    for method, data in REAL.items():  # every stream still gets its next good push
        (event,) = [e for e in proto.receive(gzip_frame({"method": method, "data": data}))]
        assert isinstance(event, Push)
        for sub_id in event.targets:
            assert subs[sub_id] == method.split(".")[0]
            model = consume(proto, sub_id, subs[sub_id], event.item)
            assert not isinstance(model, Gap)


@seed(20261128)
@settings(max_examples=100, deadline=2000, database=None)
@given(data=values, levels=st.lists(st.lists(values, max_size=3), max_size=4))
def test_any_depth_push_is_a_book_a_skip_or_a_typed_error(data: Any, levels: list[Any]) -> None:
    books = OrderBooks(["BTCUSDT"], 5)
    pushes = [data, {**DEPTH_DATA, "depth": {**DEPTH_DATA["depth"], "bids": levels}}]
    for push in pushes:
        try:
            out, _ = books.feed(parse_depth_update(push))
        except ValueError:  # BookDataError: the stream yields a gap and resyncs
            continue
        assert out is None or isinstance(out, OrderBook)
        if isinstance(out, OrderBook):
            no_float(out.bids)
            no_float(out.asks)


# -- the same over a socket, sync and async ---------------------------------------------------

WIRE = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)


@contextlib.contextmanager
def pushing_good_data(server: FakeCoinEx) -> Iterator[None]:
    """Push a good deal and order every 50 ms (a stream may be resubscribing after a bad
    frame, and a push sent meanwhile is lost) until the block ends."""
    stop = threading.Event()

    def run() -> None:
        while not stop.wait(0.05):
            server.push("deals.update", DEALS_DATA)
            server.push("order.update", ORDER_DATA)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(5)


def check(item: Any, kind: type) -> bool:
    """True for a model of ``kind`` (checked for floats); False for a gap (checked typed)."""
    if isinstance(item, Gap):
        assert item.error is None or isinstance(item.error, CoinExError)
        return False
    assert isinstance(item, kind)
    no_float(item)
    return True


async def _next_model(stream: Any, kind: type) -> None:
    while not check(await asyncio.wait_for(stream.__anext__(), 5.0), kind):
        pass


@pytest.fixture(scope="module")
def wire_server() -> Any:
    with FakeCoinEx(CREDENTIALS) as fake:
        yield fake


@seed(20261128)
@WIRE
@given(frame=frames())
def test_async_streams_survive_any_frame(wire_server: FakeCoinEx, frame: bytes | str) -> None:
    async def run() -> None:
        client = AsyncWsClient(wire_server.url, credentials=CREDENTIALS, timings=FAST)
        deals = client.subscribe(DEALS, deals_params("BTCUSDT"), DECODERS["deals"])
        orders = client.subscribe(ORDER, {"market_list": []}, DECODERS["order"])
        async with client, deals, orders:
            wire_server.send_raw(frame)
            with pushing_good_data(wire_server):
                await _next_model(deals, DealsPush)
                await _next_model(orders, SpotOrderPush)

    asyncio.run(run())


@seed(20261128)
@WIRE
@given(frame=frames())
def test_sync_streams_survive_any_frame(wire_server: FakeCoinEx, frame: bytes | str) -> None:
    with SyncWsClient(wire_server.url, credentials=CREDENTIALS, timings=FAST) as client:
        deals = client.subscribe(DEALS, deals_params("BTCUSDT"), DECODERS["deals"])
        orders = client.subscribe(ORDER, {"market_list": []}, DECODERS["order"])
        with deals, orders:
            wire_server.send_raw(frame)
            with pushing_good_data(wire_server):
                for stream, kind in ((deals, DealsPush), (orders, SpotOrderPush)):
                    while not check(next_sync(stream), kind):
                        pass
