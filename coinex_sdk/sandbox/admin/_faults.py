"""Fault injection: the failures a real CoinEx connection has, on demand and deterministic.

This module only holds state; the server layer applies it. For each HTTP request it asks
``Faults.for_request(method, path)`` and gets back what to do. Faults come in two families, and
the difference is the one a client's retry logic lives or dies by:

*Before execution* (nothing happens on the exchange, or it happens late):

- ``latency_ms``: wait first, then execute. A client that gave up meanwhile does not undo the
  request: it is still executed after the delay, as a real exchange would.
- ``http_status``: answer a gateway error page (each status its own page) instead of calling the
  handler: the request is **not** executed.
- ``api_error``: answer a CoinEx error envelope (e.g. 3008) instead of calling the handler.

*After execution* (``after``: the handler runs and changes the exchange, then the answer fails):

- ``hold``: the answer is held ``hold_ms`` (a slow exchange: the client times out, the order
  exists);
- ``status``: the handler's answer is replaced by a gateway error page of ``http_status``;
- ``reset``: the TCP connection is reset (RST, no HTTP answer at all);
- ``garble``: HTTP 200 with a body cut short (``truncated``) or not JSON (``not_json``).

A rule can be limited to one path, one method and a number of requests, so a test can say "the
next two order placements get 3008 service busy" and then see the client retry. A request that a
before-execution fault answers (status, error code) is not executed, so it consumes no
after-execution rule.

WebSocket faults: ``take_ws_drop`` (close the next connection(s) abruptly), ``ws_stalled`` (keep
the socket open but stop answering, including ``server.ping``: the case ccxt issue #22334
describes) and ``corrupt_ws_frame`` (the next push frame(s) of every open connection are sent
corrupt instead of the real push, which is lost). ``clock_skew_ms`` shifts the exchange's clock,
which moves ``GET /v2/time`` and makes signed requests from an unsynced client fail with 4010.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Literal, TypedDict

import attrs

from ..engine._errors import SandboxApiError

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = [
    "AfterExecution",
    "FaultRule",
    "Faults",
    "GarbleMode",
    "RequestFaults",
    "Where",
    "WsCorruptKind",
    "WsCorruption",
    "gateway_page",
]

GarbleMode = Literal["truncated", "not_json"]
WsCorruptKind = Literal["gzip", "json"]
AfterKind = Literal["hold", "status", "reset", "garble"]


def gateway_page(status: int) -> bytes:
    """The HTML page a gateway (nginx, a CDN) answers with ``status``, titled by that status."""
    try:
        title = f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        title = str(status)
    return (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
        f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n"
    ).encode()


@attrs.frozen
class AfterExecution:
    """How the answer of an executed request fails (see the module docstring)."""

    kind: AfterKind
    hold_ms: int = 0
    http_status: int = 0
    garble: GarbleMode = "truncated"

    def page(self) -> bytes:
        return gateway_page(self.http_status)

    def garbled(self, body: bytes) -> bytes:
        """The handler's body made undecodable: cut in the middle, or replaced by non-JSON."""
        if self.garble == "not_json":
            return b"<html><body>upstream sent an invalid response</body></html>"
        return body[: max(1, len(body) // 2)]


@attrs.frozen
class WsCorruption:
    """The next ``times`` push frames of a connection are replaced by corrupt bytes."""

    times: int
    kind: WsCorruptKind = "gzip"


class Where(TypedDict, total=False):
    """Which requests a request fault applies to: the keywords every ``Faults`` request fault
    (and the ``Sandbox`` control of the same name) takes, each optional.

    ``path`` (a ``/v2/...`` path) and ``method``: only those requests (None or absent: every
    path, any method); ``times``: how many of them (None: until cleared; absent: 1, except
    latency, which stays until cleared)."""

    path: str | None
    method: str | None
    times: int | None


@attrs.define
class FaultRule:
    kind: Literal["latency", "http_status", "api_error", "after_execution"]
    path: str | None = None
    """Only requests to this ``/v2/...`` path; None for every path."""
    method: str | None = None
    remaining: int | None = None
    """How many more requests it applies to; None until cleared."""
    latency_ms: int = 0
    http_status: int = 0
    http_body: bytes = b""
    code: int = 0
    message: str | None = None
    after: AfterExecution | None = None

    def matches(self, method: str, path: str) -> bool:
        if self.remaining is not None and self.remaining <= 0:
            return False
        if self.path is not None and self.path != path:
            return False
        return self.method is None or self.method.upper() == method.upper()


@attrs.frozen
class RequestFaults:
    """What the server layer must do to one request."""

    latency_ms: int = 0
    http_status: int | None = None
    http_body: bytes = b""
    api_error: SandboxApiError | None = None
    after: AfterExecution | None = None
    """How the answer fails once the handler has run (None: it is answered normally)."""

    @property
    def executes(self) -> bool:
        """Whether the handler runs (no gateway status or forced error code answers first)."""
        return self.http_status is None and self.api_error is None

    @property
    def any(self) -> bool:
        return bool(self.latency_ms or self.http_status or self.api_error or self.after)


@attrs.define
class Faults:
    """The faults in force. Each request fault applies to the requests its ``Where`` keywords
    (``path``, ``method``, ``times``) name."""

    rules: list[FaultRule] = attrs.field(factory=list)
    ws_drops: int = 0
    """Connections still to be dropped (the server closes the socket without a close frame)."""
    ws_stalled: bool = False
    """While True, open WebSocket connections receive nothing (no pongs, no pushes)."""
    clock_skew_ms: int = 0
    """How far the exchange's clock runs ahead (+) or behind (-) the machine clock."""
    ws_corruptions: list[WsCorruption] = attrs.field(factory=list)
    """Frame corruptions not yet handed to the open connections (the WS server takes them)."""

    def add_latency(self, latency_ms: int, **where: Unpack[Where]) -> FaultRule:
        """Delay requests (those ``where`` names; until cleared unless ``times``) by
        ``latency_ms``."""
        return self._add(FaultRule("latency", latency_ms=latency_ms), where, times=None)

    def fail_http(
        self, status: int = 503, *, body: bytes | None = None, **where: Unpack[Where]
    ) -> FaultRule:
        """Answer the next ``times`` requests with a gateway error page (``body``, default the
        page of ``status``) instead of executing them (nothing happens on the exchange)."""
        page = gateway_page(status) if body is None else body
        return self._add(FaultRule("http_status", http_status=status, http_body=page), where)

    def hold_after_execution(self, hold_ms: int, **where: Unpack[Where]) -> FaultRule:
        """A slow exchange: execute the next ``times`` requests, then hold each answer
        ``hold_ms`` (a client that times out meanwhile never sees it; the order exists)."""
        return self._after(AfterExecution("hold", hold_ms=hold_ms), where)

    def fail_after_execution(self, status: int = 500, **where: Unpack[Where]) -> FaultRule:
        """Execute the next ``times`` requests, then answer a gateway page of ``status``
        instead of the handler's answer."""
        return self._after(AfterExecution("status", http_status=status), where)

    def reset_after_execution(self, **where: Unpack[Where]) -> FaultRule:
        """Execute the next ``times`` requests, then reset the TCP connection (no answer)."""
        return self._after(AfterExecution("reset"), where)

    def garble_after_execution(
        self, *, mode: GarbleMode = "truncated", **where: Unpack[Where]
    ) -> FaultRule:
        """Execute the next ``times`` requests, then answer HTTP 200 with the body cut in the
        middle (``"truncated"``) or replaced by an HTML page (``"not_json"``)."""
        if mode not in ("truncated", "not_json"):
            raise ValueError(f"unknown garble mode {mode!r}")
        return self._after(AfterExecution("garble", garble=mode), where)

    def corrupt_ws_frame(self, times: int = 1, kind: WsCorruptKind = "gzip") -> None:
        """The next ``times`` push frames on every open WebSocket connection are sent corrupt
        instead of the real push, which is lost: ``"gzip"`` (gzip bytes cut short) or
        ``"json"`` (valid gzip of invalid JSON). Replies to requests are not corrupted."""
        if kind not in ("gzip", "json"):
            raise ValueError(f"unknown WebSocket corruption {kind!r}")
        self.ws_corruptions.append(WsCorruption(times, kind))

    def take_ws_corruptions(self) -> list[WsCorruption]:
        """The pending frame corruptions (consumed: the open connections get them now)."""
        taken, self.ws_corruptions = self.ws_corruptions, []
        return taken

    def fail_code(self, code: int, message: str | None = None, **where: Unpack[Where]) -> FaultRule:
        """Answer the next ``times`` requests with CoinEx error ``code`` (e.g. 3008 busy)
        instead of executing them."""
        return self._add(FaultRule("api_error", code=code, message=message), where)

    def drop_ws(self, times: int = 1) -> None:
        """Cut ``times`` open WebSocket connections (no close frame), like a network failure."""
        self.ws_drops += times

    def take_ws_drop(self) -> bool:
        """Whether the server should drop a connection now (consumes one drop)."""
        if self.ws_drops <= 0:
            return False
        self.ws_drops -= 1
        return True

    def clear(self) -> None:
        self.rules.clear()
        self.ws_drops = 0
        self.ws_stalled = False
        self.clock_skew_ms = 0
        self.ws_corruptions.clear()

    def _after(self, after: AfterExecution, where: Where) -> FaultRule:
        return self._add(FaultRule("after_execution", after=after), where)

    def _add(self, rule: FaultRule, where: Where, times: int | None = 1) -> FaultRule:
        """Put ``rule`` in force for the requests ``where`` names (``times`` of them when it
        does not say how many)."""
        rule.path, rule.method = where.get("path"), where.get("method")
        rule.remaining = where.get("times", times)
        self.rules.append(rule)
        return rule

    def for_request(self, method: str, path: str) -> RequestFaults:
        """The faults for one request; consumes one use of every rule that applies."""
        latency = 0
        status: int | None = None
        body = b""
        error: SandboxApiError | None = None
        for rule in self.rules:
            if rule.after is not None or not rule.matches(method, path):
                continue
            if rule.kind == "latency":
                latency += rule.latency_ms
            elif rule.kind == "http_status":
                if status is not None or error is not None:
                    continue
                status, body = rule.http_status, rule.http_body
            elif status is None and error is None:
                error = SandboxApiError(rule.code, rule.message)
            else:
                continue
            if rule.remaining is not None:
                rule.remaining -= 1
        after = None
        if status is None and error is None:  # executed: the first after-execution rule applies
            after = self._take_after(method, path)
        self.rules = [r for r in self.rules if r.remaining is None or r.remaining > 0]
        return RequestFaults(latency, status, body, error, after)

    def _take_after(self, method: str, path: str) -> AfterExecution | None:
        for rule in self.rules:
            if rule.after is not None and rule.matches(method, path):
                if rule.remaining is not None:
                    rule.remaining -= 1
                return rule.after
        return None
