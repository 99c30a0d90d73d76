"""Mutated CoinEx answers through generated methods and ``request()``, sync and async: bad
envelopes, NaN literals, deep nesting, data of the wrong shape, malformed pagination, huge
strings, garbage bytes, gateway statuses. The caller sees a result with no float in it, or one of
the SDK's exceptions; a ResponseError keeps the body exactly as received."""

from __future__ import annotations

import asyncio
import gzip
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from coinex_sdk import DecodeError, ResponseError
from coinex_sdk._generated.endpoints import ALL
from coinex_sdk._wire import MAX_DEPTH
from tests.property.strategies import (
    BOUNDED,
    Recorder,
    assert_no_float,
    assert_typed,
    async_client,
    json_values,
    sync_client,
    valid_value,
)

EXAMPLES = Path(__file__).parents[2] / "spec" / "examples"


def _example(name: str) -> dict[str, Any]:
    envelope: dict[str, Any] = json.loads((EXAMPLES / name).read_text())
    return envelope


# (call on a client, the answer CoinEx gives when all is well)
CALLS: dict[str, tuple[Callable[[Any], Any], dict[str, Any]]] = {
    "ticker (list)": (lambda c: c.spot.ticker(), _example("spot-ticker.json")),
    "depth (object, levels)": (
        lambda c: c.spot.depth(market="BTCUSDT", limit=5, interval="0"),
        _example("spot-depth.json"),
    ),
    "finished_orders (page)": (
        lambda c: c.spot.finished_orders(market_type="SPOT"),
        _example("spot-finished-orders.json"),
    ),
    "cancel_orders (batch, POST)": (
        lambda c: c.spot.cancel_orders(market="BTCUSDT", order_ids=[1, 2]),
        _example("spot-cancel-orders.json"),
    ),
    "request()": (lambda c: c.request("GET", "/v2/spot/ticker"), _example("spot-ticker.json")),
}

_QUOTED_DECIMAL = re.compile(rb'"(-?[0-9]+\.[0-9]+)"')


def _dump(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


@st.composite
def answers(draw: st.DrawFn, base: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body): a mutation of the good answer ``base``."""
    status, headers = 200, {"Content-Type": "application/json"}
    kind = draw(st.integers(0, 11))
    if kind == 0:  # data of any JSON shape
        body = _dump({**base, "data": draw(json_values)})
    elif kind == 1:  # a non-JSON number literal where a decimal string was
        literal = draw(st.sampled_from([b"NaN", b"Infinity", b"-Infinity", b"1e999999999"]))
        body = _QUOTED_DECIMAL.sub(literal, _dump(base), count=1)
    elif kind == 2:  # deep nesting, in data or in one field
        depth = draw(st.sampled_from([MAX_DEPTH - 2, MAX_DEPTH + 1, 999, 10_000]))
        body = b'{"code":0,"message":"OK","data":' + b"[" * depth + b"]" * depth + b"}"
    elif kind == 3:  # a huge string where a list or an object goes
        size = draw(st.sampled_from([100_000, 300_000]))
        body = _dump({**base, "data": "x" * size})
    elif kind == 4:  # malformed pagination
        pagination = draw(json_values)
        key = draw(st.sampled_from(["pagination", "paginatation"]))
        body = _dump({**base, key: pagination})
    elif kind == 5:  # the envelope's own fields
        code = draw(st.one_of(json_values, st.just(0)))
        message = draw(json_values)
        body = _dump({"code": code, "message": message, "data": base.get("data")})
    elif kind == 6:  # not an object at all
        body = _dump(draw(json_values))
    elif kind == 7:  # the good answer cut short
        good = _dump(base)
        body = good[: draw(st.integers(0, len(good) - 1))]
    elif kind == 8:  # bytes
        body = draw(st.binary(max_size=64))
    elif kind == 9:  # a gateway answer
        status = draw(st.sampled_from([400, 403, 404, 429, 500, 502, 503, 504]))
        body = draw(st.one_of(st.binary(max_size=64), st.just(_dump(base))))
    elif kind == 10:  # Content-Encoding that does not match the body
        headers["Content-Encoding"] = draw(st.sampled_from(["gzip", "deflate", "br", "zstd"]))
        body = _dump(base) if draw(st.booleans()) else gzip.compress(b"[" * 10_000, mtime=0)
    else:  # one field of one item swapped for anything
        data = base.get("data")
        item = data[0] if isinstance(data, list) and data else data
        if isinstance(item, dict) and item:
            field = draw(st.sampled_from(sorted(item)))
            item = {**item, field: draw(json_values)}
            data = [item, *data[1:]] if isinstance(data, list) else item
        body = _dump({**base, "data": data})
    return status, headers, body


def _replier(status: int, headers: dict[str, str], body: bytes) -> Recorder:
    # A stream, not content=: httpx would decode a Content-Encoding of ready content itself.
    return Recorder(
        lambda request: httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))
    )


def _check(body: bytes, result: Any, outcome: BaseException | None) -> None:
    if outcome is None:
        assert_no_float(result)
        return
    assert_typed(outcome)
    if isinstance(outcome, ResponseError):
        assert outcome.body == body, "the error lost the body as received"


def _sync_case(name: str) -> Callable[..., None]:
    call, base = CALLS[name]

    @BOUNDED
    @given(answers(base))
    def test(answer: tuple[int, dict[str, str], bytes]) -> None:
        status, headers, body = answer
        result, outcome = None, None
        with sync_client(_replier(status, headers, body)) as cx:
            try:
                result = call(cx)
            except Exception as exc:
                outcome = exc
        _check(body, result, outcome)

    return test


def _async_case(name: str) -> Callable[..., None]:
    call, base = CALLS[name]

    @BOUNDED
    @given(answers(base))
    def test(answer: tuple[int, dict[str, str], bytes]) -> None:
        status, headers, body = answer

        async def run() -> tuple[Any, BaseException | None]:
            async with async_client(_replier(status, headers, body)) as acx:
                try:
                    return await call(acx), None
                except Exception as exc:
                    return None, exc

        result, outcome = asyncio.run(run())
        _check(body, result, outcome)

    return test


test_ticker_sync = _sync_case("ticker (list)")
test_depth_sync = _sync_case("depth (object, levels)")
test_page_sync = _sync_case("finished_orders (page)")
test_batch_sync = _sync_case("cancel_orders (batch, POST)")
test_request_sync = _sync_case("request()")
test_depth_async = _async_case("depth (object, levels)")
test_page_async = _async_case("finished_orders (page)")
test_request_async = _async_case("request()")


@pytest.mark.parametrize("name", sorted(CALLS))
def test_the_good_answers_decode(name: str) -> None:
    # The mutations start from answers that work: a failure above is the mutation's doing.
    call, base = CALLS[name]
    with sync_client(_replier(200, {}, _dump(base)), strict=True) as cx:
        assert_no_float(call(cx))


# -- answer-side cases the transport owns ------------------------------------------------------


def test_a_body_that_is_not_gzip_under_content_encoding_gzip_is_a_decode_error() -> None:
    body = _dump(_example("spot-ticker.json"))
    recorder = _replier(200, {"Content-Encoding": "gzip"}, body)
    with sync_client(recorder) as cx, pytest.raises(DecodeError) as info:
        cx.spot.ticker()
    assert info.value.body == body


@pytest.mark.parametrize(
    "body",
    [
        b'{"code":0,"message":"OK","data":{}}',
        b'{"code":0,"message":"OK","data":{"timestamp":"soon"}}',
        b'{"code":0,"message":"OK","data":{"timestamp":1.5}}',
        b'{"code":0,"message":"OK","data":[]}',
        b'{"code":0,"message":"OK","data":{"timestamp":NaN}}',
        b"[]",
        b"<html>",
    ],
)
def test_sync_time_on_a_bad_time_answer_is_a_typed_error(body: bytes) -> None:
    recorder = _replier(200, {}, body)
    with sync_client(recorder) as cx, pytest.raises(ResponseError) as info:
        cx.sync_time()
    assert info.value.body == body


def test_sync_time_on_a_transport_failure_is_a_typed_error() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with sync_client(Recorder(fail)) as cx, pytest.raises(Exception) as info:
        cx.sync_time()
    assert_typed(info.value)


async def test_async_sync_time_on_a_bad_time_answer_is_a_typed_error() -> None:
    body = b'{"code":0,"message":"OK","data":{"timestamp":null}}'
    async with async_client(_replier(200, {}, body)) as acx:
        with pytest.raises(ResponseError) as info:
            await acx.sync_time()
    assert info.value.body == body


def _time_then(body: bytes, first: bytes) -> Recorder:
    """``/v2/time`` answers ``body``; every other path answers ``first``."""

    def reply(request: httpx.Request) -> httpx.Response:
        content = body if request.url.path == "/v2/time" else first
        return httpx.Response(200, stream=httpx.ByteStream(content))

    return Recorder(reply)


BAD_TIME = b'{"code":0,"message":"OK","data":{"timestamp":"later"}}'


def test_sync_time_on_first_use_with_a_bad_time_answer_is_a_typed_error() -> None:
    recorder = _time_then(BAD_TIME, _dump(_example("spot-ticker.json")))
    with sync_client(recorder, sync_time=True) as cx, pytest.raises(Exception) as info:
        cx.request("GET", "/v2/assets/spot/balance", auth=True)
    assert_typed(info.value)


def test_the_resync_after_4010_with_a_bad_time_answer_is_a_typed_error() -> None:
    recorder = _time_then(BAD_TIME, b'{"code":4010,"message":"timestamp","data":{}}')
    with sync_client(recorder) as cx, pytest.raises(Exception) as info:
        cx.request("GET", "/v2/assets/spot/balance", auth=True)
    assert_typed(info.value)


# -- every generated method, any data --------------------------------------------------------

ENDPOINTS = sorted(ALL, key=lambda e: e.name)


@BOUNDED
@given(st.sampled_from(ENDPOINTS), json_values, st.one_of(st.none(), json_values))
def test_every_generated_method_survives_any_data(endpoint: Any, data: Any, page: Any) -> None:
    envelope: dict[str, Any] = {"code": 0, "message": "OK", "data": data}
    if page is not None:
        envelope["pagination"] = page
    body = _dump(envelope)
    kwargs = {p.name: valid_value(p) for p in endpoint.params or () if p.required}
    resource, name = endpoint.name.split(".", 1)
    result, outcome = None, None
    with sync_client(_replier(200, {}, body)) as cx:
        try:
            result = getattr(getattr(cx, resource), name)(**kwargs)
        except Exception as exc:
            outcome = exc
    if isinstance(outcome, ResponseError):
        assert outcome.body == body
    _check(body, result, outcome)
