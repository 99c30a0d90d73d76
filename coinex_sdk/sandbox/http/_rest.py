"""The REST side of the sandbox server, without a web framework: request bytes in, response out.

Every endpoint of the generated endpoint table (``BY_ROUTE``) is served; nothing here names an
endpoint, so a new spec endpoint is served as soon as it is generated. One request goes through
CoinEx's gates in order:

1. faults (``Faults.for_request``): a forced gateway status or CoinEx error code answers first
   (latency is awaited by the server before calling :meth:`RestApi.handle`); an after-execution
   fault lets everything below run, then replaces the answer (a gateway page, a garbled body)
   or tells the server to hold it or reset the connection (``RestResponse.hold_ms``/``reset``);
2. authentication of signed endpoints (``verify_http_request``) over the exact request target
   bytes as received and the raw body, then what the key may do (``check_key``: frozen
   sub-account, expiry, IP whitelist, trading, sub-account permissions);
3. rate limits (``RateLimits``): the endpoint's group per account, plus the IP group per client
   address; ``X-RateLimit-Limit``/``X-RateLimit-Remaining`` report the endpoint's group;
4. validation with the SDK's own :func:`~coinex_sdk._endpoint.validate` against the endpoint's
   ``Param`` descriptions: missing, unknown or invalid parameters answer 4004 naming the
   parameter, HTTP 200, as CoinEx does;
5. the handler in ``HANDLERS`` with the wire parameters (query values as strings, the JSON body
   as sent), or for endpoints without one, CoinEx's 4018 saying the sandbox does not simulate it
   (never made-up data).

The exchange is not thread-safe: the server calls :meth:`RestApi.handle` on its event loop only.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import attrs

from ..._endpoint import Endpoint, Param, validate
from ..._exceptions import ValidationError
from ..._generated.endpoints import BY_ROUTE
from ..admin._faults import RequestFaults
from ..engine._errors import INTERNAL_ERROR, NOT_SIMULATED, PARAMETER_ERROR, SandboxApiError
from ..engine._exchange import Exchange
from ..engine._subaccounts import check_key
from ._auth import verify_http_request
from ._handlers import HANDLERS, REFUSED
from ._routing import PaginatedData

__all__ = ["RestApi", "RestRequest", "RestResponse", "coverage_table", "is_simulated"]

_INT = re.compile(r"-?[0-9]+")
_log = logging.getLogger(__name__)


@attrs.frozen
class RestRequest:
    """One HTTP request as received: the target and body are the exact bytes on the wire."""

    method: str
    raw_path: bytes
    query_string: bytes
    body: bytes
    headers: Mapping[str, str] = attrs.field(repr=False)
    client: str = "127.0.0.1"
    """The peer address (the key of the IP rate-limit group)."""

    @property
    def path(self) -> str:
        return self.raw_path.decode("latin-1")

    @property
    def raw_target(self) -> bytes:
        """What CoinEx signs: the path, and ``?query`` when there is one."""
        return self.raw_path + (b"?" + self.query_string if self.query_string else b"")


@attrs.frozen
class RestResponse:
    status: int
    body: bytes
    headers: dict[str, str] = attrs.field(factory=dict)
    media_type: str = "application/json"
    hold_ms: int = 0
    """The server waits this long before answering (an after-execution hold)."""
    reset: bool = False
    """The server resets the connection instead of answering (an after-execution reset)."""


def is_simulated(endpoint: Endpoint) -> bool:
    """Whether the exchange simulates ``endpoint`` (otherwise it refuses it with 4018)."""
    key = (endpoint.method, endpoint.path)
    return key in HANDLERS and key not in REFUSED


def _json_default(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    raise TypeError(f"cannot serialize {type(value).__name__}")


def _dumps(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, separators=(",", ":"), default=_json_default).encode()


def error_body(error: SandboxApiError) -> bytes:
    return _dumps({"code": error.code, "data": {}, "message": error.message})


class RestApi:
    """Serves the generated endpoint table over one :class:`Exchange`."""

    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange

    def faults(self, request: RestRequest) -> RequestFaults:
        """The faults for this request (consumes them); the server awaits the latency."""
        return self.exchange.faults.for_request(request.method, request.path)

    def handle(self, request: RestRequest, faults: RequestFaults | None = None) -> RestResponse:
        answer = self._handle(request, faults)
        after = faults.after if faults is not None else None
        if after is None or answer.status == 404:
            return answer
        if after.kind == "hold":
            return attrs.evolve(answer, hold_ms=after.hold_ms)
        if after.kind == "reset":
            return attrs.evolve(answer, reset=True)
        if after.kind == "status":
            return RestResponse(after.http_status, after.page(), media_type="text/html")
        return attrs.evolve(answer, body=after.garbled(answer.body))

    def _handle(self, request: RestRequest, faults: RequestFaults | None) -> RestResponse:
        endpoint = BY_ROUTE.get((request.method, request.path))
        if endpoint is None:
            return RestResponse(404, b"404 page not found", media_type="text/plain")
        if faults is not None and faults.http_status is not None:
            return RestResponse(faults.http_status, faults.http_body, media_type="text/html")
        headers: dict[str, str] = {}
        try:
            if faults is not None and faults.api_error is not None:
                raise faults.api_error
            body = self._serve(endpoint, request, headers)
        except SandboxApiError as error:
            return RestResponse(200, error_body(error), headers)
        except Exception:  # a sandbox bug: say so in the log, answer CoinEx's internal error
            _log.exception("sandbox: %s %s failed", request.method, request.path)
            return RestResponse(200, error_body(SandboxApiError(INTERNAL_ERROR)), headers)
        return RestResponse(200, _dumps(body), headers)

    def _serve(
        self, endpoint: Endpoint, request: RestRequest, headers: dict[str, str]
    ) -> dict[str, Any]:
        exchange = self.exchange
        account = None
        if endpoint.auth:
            key = verify_http_request(
                lookup=exchange.api_key,
                method=request.method,
                raw_target=request.raw_target,
                body=request.body,
                headers=request.headers,
                now_ms=exchange.wire_now_ms(),
                strict_signing=exchange.config.strict_signing,
            )
            account = check_key(
                key,
                now_ms=exchange.now_ms(),
                client=request.client,
                method=endpoint.method,
                path=endpoint.path,
            )
        wire = _wire_params(endpoint, request)
        rate_key = f"user:{account.user_id}" if account is not None else None
        self._rate_limit(endpoint, request, rate_key, wire, headers)
        _validate(endpoint, wire)
        handler = HANDLERS.get((endpoint.method, endpoint.path))
        if handler is None:  # never made-up data: say so, like a refused route
            raise SandboxApiError(
                NOT_SIMULATED,
                f"not simulated by the sandbox: {endpoint.method} {endpoint.path}",
            )
        data = handler(exchange, account, wire)
        if isinstance(data, PaginatedData):
            return data.envelope()
        return {"code": 0, "data": data, "message": "OK"}

    def _rate_limit(
        self,
        endpoint: Endpoint,
        request: RestRequest,
        access_id: str | None,
        wire: Mapping[str, Any],
        headers: dict[str, str],
    ) -> None:
        """Take the request's tokens; the headers report the endpoint's group (4213 too)."""
        limits, now = self.exchange.rate_limits, self.exchange.wire_now_ms()
        key, group, cost = f"ip:{request.client}", "ip", 1
        if endpoint.rate_limit is not None and access_id is not None:
            limits.consume(key, group, now)  # every call also costs the IP one
            key, group = access_id, endpoint.rate_limit
            items = wire.get(endpoint.cost_param) if endpoint.cost_param else None
            cost = max(1, len(items)) if isinstance(items, list) else 1
        try:
            status = limits.consume(key, group, now, cost)
        except SandboxApiError:
            headers["X-RateLimit-Limit"] = str(int(limits.limits[group]))
            headers["X-RateLimit-Remaining"] = "0"
            raise
        if status is not None:
            headers["X-RateLimit-Limit"] = str(status.limit)
            headers["X-RateLimit-Remaining"] = str(status.remaining)


def _wire_params(endpoint: Endpoint, request: RestRequest) -> dict[str, Any]:
    """The parameters as CoinEx receives them: query strings for GET, the JSON body for POST."""
    if endpoint.method == "GET":
        query = request.query_string.decode("latin-1")
        return dict(parse_qsl(query, keep_blank_values=True))
    if not request.body.strip():
        return {}
    try:
        body = json.loads(request.body, parse_float=Decimal)
    except ValueError:
        raise SandboxApiError(PARAMETER_ERROR, "invalid argument: body is not JSON") from None
    if not isinstance(body, dict):
        raise SandboxApiError(PARAMETER_ERROR, "invalid argument: body is not a JSON object")
    return body


def _validate(endpoint: Endpoint, wire: Mapping[str, Any]) -> None:
    """Check the wire parameters with the SDK's validation; 4004 naming the parameter."""
    params = {p.name: p for p in endpoint.params or ()}
    args: dict[str, Any] = {}
    for name, value in wire.items():
        if value is None or value == "":
            continue  # an empty query value is an absent parameter
        param = params.get(name)
        args[name] = _checkable(param, value) if param is not None else value
    try:
        validate(endpoint, args)
    except ValidationError as error:
        detail = str(error).removeprefix(f"{endpoint.name}: ")
        raise SandboxApiError(PARAMETER_ERROR, f"invalid argument: {detail}") from None


def _checkable(param: Param, value: Any) -> Any:
    """A wire value as ``Param.check`` expects it (query values are all text)."""
    kind = param.kind
    if kind in ("int", "timestamp") and isinstance(value, str) and _INT.fullmatch(value):
        return int(value)
    if kind == "bool" and value in ("true", "false"):
        return value == "true"
    if kind == "int_list" and isinstance(value, str):
        parts = [part for part in value.split(",") if part]
        return [int(part) if _INT.fullmatch(part) else part for part in parts]
    if kind in ("object", "object_list") and isinstance(value, list | dict):
        return _checkable_fields(param, value)
    return value


def _checkable_fields(param: Param, value: list[Any] | dict[str, Any]) -> Any:
    fields = {f.name: f for f in param.fields}

    def item(entry: Any) -> Any:
        if not isinstance(entry, dict):
            return entry
        return {
            k: _checkable(fields[k], v) if k in fields and v is not None else v
            for k, v in entry.items()
        }

    return [item(entry) for entry in value] if isinstance(value, list) else item(value)


def coverage_table() -> str:
    """The Markdown table of every spec endpoint and how the sandbox serves it (README)."""
    rows = [
        "| Endpoint | SDK method | Served |",
        "|---|---|---|",
    ]
    for endpoint in sorted(BY_ROUTE.values(), key=lambda e: (e.path, e.method)):
        if is_simulated(endpoint):
            served = "simulated"
        else:
            served = "refused: not simulated (4018)"
        rows.append(f"| `{endpoint.method} {endpoint.path}` | `{endpoint.name}` | {served} |")
    return "\n".join(rows) + "\n"
