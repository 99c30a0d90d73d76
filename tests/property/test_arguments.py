"""Wrong-typed and extreme arguments to every generated method (driven from the generated
endpoint table) and to ``request()``, sync and async: the only outcomes are a result or one of
the SDK's exceptions, and a ValidationError means nothing was sent."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coinex_sdk import ValidationError
from coinex_sdk._endpoint import Endpoint
from coinex_sdk._generated.endpoints import ALL
from tests.property.strategies import (
    BOUNDED,
    Recorder,
    argument,
    assert_typed,
    async_client,
    hostile,
    sync_client,
    valid_value,
)

ENDPOINTS = sorted(ALL, key=lambda e: e.name)


@st.composite
def calls(draw: st.DrawFn) -> tuple[Endpoint, dict[str, Any]]:
    """One parameter gets a drawn (mostly hostile) value, the others valid ones or nothing,
    so the hostile value is the one validation has to catch."""
    endpoint = draw(st.sampled_from([e for e in ENDPOINTS if e.params]))
    params = endpoint.params or ()
    target = draw(st.sampled_from(params))
    kwargs: dict[str, Any] = {}
    for param in params:
        if param is target:
            kwargs[param.name] = draw(argument(param))
        elif param.required or draw(st.booleans()):
            kwargs[param.name] = valid_value(param)
    return endpoint, kwargs


def _method(client: Any, endpoint: Endpoint) -> Any:
    resource, name = endpoint.name.split(".", 1)
    return getattr(getattr(client, resource), name)


def _check(recorder: Recorder, outcome: BaseException | None) -> None:
    if outcome is None:
        return
    assert_typed(outcome)
    if isinstance(outcome, ValidationError):
        assert recorder.requests == [], f"sent before a ValidationError: {outcome}"


@BOUNDED
@given(calls())
def test_generated_methods_raise_only_typed_errors_sync(call: tuple[Endpoint, Any]) -> None:
    endpoint, kwargs = call
    recorder = Recorder()
    outcome: BaseException | None = None
    with sync_client(recorder) as cx:
        try:
            _method(cx, endpoint)(**kwargs)
        except Exception as exc:
            outcome = exc
    _check(recorder, outcome)


@BOUNDED
@given(calls())
def test_generated_methods_raise_only_typed_errors_async(call: tuple[Endpoint, Any]) -> None:
    endpoint, kwargs = call
    recorder = Recorder()

    async def run() -> BaseException | None:
        async with async_client(recorder) as acx:
            try:
                await _method(acx, endpoint)(**kwargs)
            except Exception as exc:
                return exc
        return None

    _check(recorder, asyncio.run(run()))


@pytest.mark.parametrize("endpoint", ENDPOINTS[::7], ids=lambda e: e.name)
def test_an_unknown_keyword_is_a_type_error(endpoint: Endpoint) -> None:
    recorder = Recorder()
    with sync_client(recorder) as cx, pytest.raises(TypeError):
        _method(cx, endpoint)(no_such_parameter=1)
    assert recorder.requests == []


def test_every_parameter_refuses_an_int_beyond_int64_and_a_lone_surrogate() -> None:
    # Not sampled: every parameter of every endpoint, once each.
    for endpoint in ENDPOINTS:
        for param in endpoint.params or ():
            for bad in (10**5000, "\ud800"):
                recorder = Recorder()
                with sync_client(recorder) as cx, pytest.raises(ValidationError):
                    required = {p.name: valid_value(p) for p in endpoint.params or () if p.required}
                    _method(cx, endpoint)(**{**required, param.name: bad})
                assert recorder.requests == [], (endpoint.name, param.name)


# -- request() ---------------------------------------------------------------------------------

methods = st.one_of(
    st.sampled_from(["GET", "POST", "get", "Post"]),
    st.sampled_from(["PUT", "DELETE", "", "G\x00T", b"GET", None, 1, ["GET"]]),
)
paths = st.one_of(
    st.sampled_from(
        [
            "/v2/time",
            "/v2/spot/ticker",
            "/v2/../x",
            "/v2/%2e%2e/x",
            "/v2/a/./b",
            "/v2/%zz",
            "/v2/x?y=1",
            "/v2/x#f",
            "/v2/\x00",
            "/v2/\ud800",
            b"/v2/time",
            None,
            "v2/time",
            "/v2/" + "a" * 5000,
        ]
    ),
    st.text(max_size=20).map(lambda s: "/v2/" + s),
)
params = st.one_of(
    st.none(),
    st.dictionaries(st.text(max_size=6), hostile, max_size=3),
    st.sampled_from([[("a", 1)], "a=1", {1: "x"}, {b"k": 1}, {"a\x00": 1}]),
)
auths = st.sampled_from([None, False, "yes", 1])


def _check_request(recorder: Recorder, path: Any, outcome: BaseException | None) -> None:
    _check(recorder, outcome)
    for request in recorder.requests:
        # What went out is the path as given (nothing normalised away after the check).
        assert request.url.raw_path.split(b"?")[0] == path.encode()


@st.composite
def requests(draw: st.DrawFn) -> tuple[Any, Any, Any, Any]:
    """``(method, path, params, auth)``: one drawn from its hostile pool, the others valid."""
    args: list[Any] = ["GET", "/v2/time", None, None]
    which = draw(st.integers(0, 3))
    args[which] = draw((methods, paths, params, auths)[which])
    return args[0], args[1], args[2], args[3]


@BOUNDED
@given(requests())
def test_request_raises_only_typed_errors_sync(args: tuple[Any, Any, Any, Any]) -> None:
    method, path, p, auth = args
    recorder = Recorder()
    outcome: BaseException | None = None
    with sync_client(recorder) as cx:
        try:
            cx.request(method, path, params=p, auth=auth)
        except Exception as exc:
            outcome = exc
    _check_request(recorder, path, outcome)


@BOUNDED
@given(requests())
def test_request_raises_only_typed_errors_async(args: tuple[Any, Any, Any, Any]) -> None:
    method, path, p, auth = args
    recorder = Recorder()

    async def run() -> BaseException | None:
        async with async_client(recorder) as acx:
            try:
                await acx.request(method, path, params=p, auth=auth)
            except Exception as exc:
                return exc
        return None

    _check_request(recorder, path, asyncio.run(run()))
