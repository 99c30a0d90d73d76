"""The sandbox's handlers agree with the spec's endpoint table (``coinex_sdk._generated``).

The server layer routes each request of the generated table to ``HANDLERS`` after validating it
against the spec, so every handler must be a spec route with the same auth requirement, and every
parameter a handler reads must be one the spec declares (or the validator would never pass it).

The parameter check records what handlers read at run time: every route is called once over
loopback with the generated endpoint's arguments (``helpers.arguments``), and the wire parameters
reach the handler as a mapping that notes each name read from it, and from each item of a batch
parameter. However a handler is written (a factory, a shared helper, a venue description), what
it reads is what is checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from coinex_sdk import CoinEx
from coinex_sdk._endpoint import Endpoint
from coinex_sdk._generated.endpoints import ALL, BY_ROUTE
from coinex_sdk.sandbox import HANDLERS, Exchange, Sandbox, SandboxApiError
from coinex_sdk.sandbox.engine._errors import AUTH_ACCESS_ID
from coinex_sdk.sandbox.http._handlers import REFUSED
from coinex_sdk.sandbox.http._routing import Handler

from .helpers import arguments

Route = tuple[str, str]


class _Recording(dict[str, Any]):
    """Wire parameters that note each name read; a batch's items note theirs in ``item_reads``."""

    def __init__(self, data: dict[str, Any], reads: set[str], item_reads: set[str]) -> None:
        super().__init__(data)
        self.reads, self.item_reads = reads, item_reads

    def _note(self, name: str, value: Any) -> Any:
        self.reads.add(name)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            return [_Recording(v, self.item_reads, self.item_reads) for v in value]
        if isinstance(value, dict):
            return _Recording(value, self.item_reads, self.item_reads)
        return value

    def get(self, name: str, default: Any = None) -> Any:
        return self._note(name, super().get(name, default))

    def __getitem__(self, name: str) -> Any:
        return self._note(name, super().__getitem__(name))

    def __contains__(self, name: object) -> bool:
        if isinstance(name, str):
            self.reads.add(name)
        return super().__contains__(name)


class _Run:
    """What each handler read, and the wire parameters it was called with."""

    def __init__(self) -> None:
        self.reads: dict[Route, set[str]] = {}
        self.item_reads: dict[Route, set[str]] = {}
        self.wire: dict[Route, dict[str, Any]] = {}

    def wrap(self, key: Route, handler: Handler) -> Handler:
        reads = self.reads.setdefault(key, set())
        item_reads = self.item_reads.setdefault(key, set())

        def recorded(exchange: Exchange, account: Any, params: dict[str, Any]) -> Any:
            self.wire[key] = dict(params)
            return handler(exchange, account, _Recording(params, reads, item_reads))

        return recorded


def _simulated() -> list[Endpoint]:
    return [e for e in ALL if (e.method, e.path) in HANDLERS and (e.method, e.path) not in REFUSED]


@pytest.fixture(scope="module")
def run(sandbox: Sandbox) -> Iterator[_Run]:
    """Every simulated route called once, in the generated table's order, while recording."""
    recorder = _Run()
    with pytest.MonkeyPatch.context() as patch:
        for key, handler in list(HANDLERS.items()):
            patch.setitem(HANDLERS, key, recorder.wrap(key, handler))
        with CoinEx(sandbox.access_id, sandbox.secret_key, base_url=sandbox.url) as cx:
            for endpoint in _simulated():
                resource, name = endpoint.name.split(".")
                getattr(getattr(cx, resource), name)(**arguments(sandbox, endpoint))
    yield recorder


def test_every_handler_is_a_route_of_the_spec() -> None:
    assert sorted(set(HANDLERS) - set(BY_ROUTE)) == []


_ROUTES = [(e.method, e.path) for e in _simulated()]


@pytest.mark.parametrize("route", _ROUTES, ids=str)
def test_handlers_read_only_parameters_the_spec_declares(run: _Run, route: Route) -> None:
    endpoint = BY_ROUTE[route]
    assert route in run.wire, "the handler was never called"
    assert run.reads[route] <= {param.name for param in endpoint.params or ()}
    if run.item_reads[route]:
        (batch,) = [param for param in endpoint.params or () if param.fields]
        assert run.item_reads[route] <= {field.name for field in batch.fields}


def test_the_recording_sees_reads_through_helpers_and_batch_items(run: _Run) -> None:
    """The recorder itself: a read through a shared helper, and a batch item's fields, count."""
    assert {"market", "market_type", "amount", "client_id"} <= run.reads[("POST", "/v2/spot/order")]
    batch = ("POST", "/v2/futures/batch-order")
    assert run.reads[batch] == {"orders"}
    assert {"market", "side", "type", "amount"} <= run.item_reads[batch]


@pytest.mark.parametrize("route", _ROUTES, ids=str)
def test_signed_handlers_are_the_spec_endpoints_that_need_a_signature(
    sandbox: Sandbox, run: _Run, route: Route
) -> None:
    """Called without an account, a handler refuses with CoinEx's auth error iff it is signed."""
    wire = run.wire[route]

    def anonymous(exchange: Exchange) -> int:
        try:
            HANDLERS[route](exchange, None, dict(wire))
        except SandboxApiError as error:
            return error.code
        return 0

    assert (sandbox.run(anonymous) == AUTH_ACCESS_ID) == BY_ROUTE[route].auth
