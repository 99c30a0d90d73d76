"""Fault injection: the failures a real CoinEx connection has, on demand and deterministic.

This module only holds state; the server layer applies it. For each HTTP request it asks
``Faults.for_request(method, path)`` and gets back what to do: wait ``latency_ms`` first, answer
``http_status`` with a gateway body instead of calling the handler, or answer a CoinEx error
envelope (``api_error``). A rule can be limited to one path and to a number of requests, so a
test can say "the next two order placements get 3008 service busy" and then see the client retry.

WebSocket faults: ``take_ws_drop`` (close the next connection(s) abruptly) and ``ws_stalled``
(keep the socket open but stop answering, including ``server.ping``: the case ccxt issue #22334
describes). ``clock_skew_ms`` shifts the exchange's clock, which moves ``GET /v2/time`` and makes
signed requests from an unsynced client fail with 4010.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ._errors import SandboxApiError

__all__ = ["FaultRule", "Faults", "RequestFaults"]


@attrs.define
class FaultRule:
    kind: Literal["latency", "http_status", "api_error"]
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

    @property
    def any(self) -> bool:
        return bool(self.latency_ms or self.http_status or self.api_error)


@attrs.define
class Faults:
    rules: list[FaultRule] = attrs.field(factory=list)
    ws_drops: int = 0
    """Connections still to be dropped (the server closes the socket without a close frame)."""
    ws_stalled: bool = False
    """While True, open WebSocket connections receive nothing (no pongs, no pushes)."""
    clock_skew_ms: int = 0
    """How far the exchange's clock runs ahead (+) or behind (-) the machine clock."""

    def add_latency(
        self, latency_ms: int, *, path: str | None = None, times: int | None = None
    ) -> FaultRule:
        return self._add(FaultRule("latency", path, remaining=times, latency_ms=latency_ms))

    def fail_http(
        self,
        status: int = 503,
        *,
        path: str | None = None,
        method: str | None = None,
        times: int | None = 1,
        body: bytes = b"<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>",
    ) -> FaultRule:
        """Answer with a gateway error (non-200, maybe not JSON) instead of calling the handler."""
        rule = FaultRule(
            "http_status", path, method, remaining=times, http_status=status, http_body=body
        )
        return self._add(rule)

    def fail_code(
        self,
        code: int,
        message: str | None = None,
        *,
        path: str | None = None,
        method: str | None = None,
        times: int | None = 1,
    ) -> FaultRule:
        """Answer ``{"code": code, ...}`` (e.g. 3008 busy) instead of calling the handler."""
        rule = FaultRule("api_error", path, method, remaining=times, code=code, message=message)
        return self._add(rule)

    def drop_ws(self, times: int = 1) -> None:
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

    def _add(self, rule: FaultRule) -> FaultRule:
        self.rules.append(rule)
        return rule

    def for_request(self, method: str, path: str) -> RequestFaults:
        """The faults for one request; consumes one use of every rule that applies."""
        latency = 0
        status: int | None = None
        body = b""
        error: SandboxApiError | None = None
        for rule in self.rules:
            if not rule.matches(method, path):
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
        self.rules = [r for r in self.rules if r.remaining is None or r.remaining > 0]
        return RequestFaults(latency, status, body, error)
