"""Admin controls over HTTP: ``POST /admin/<action>`` with a JSON body, from loopback only.

These drive the sandbox from outside Python (a test suite in another language, curl): deposits,
mark prices, market-maker ticks, faults and rate-limit enforcement. The ``Sandbox`` object offers
the same controls as methods. Answers use CoinEx's envelope; a bad request answers 4004.

====================  =========================================================================
action                body
====================  =========================================================================
deposit               ``{"ccy": "USDT", "amount": "100", "account": "alice", "chain": "TRC20"}``
                      (account: a name or access_id, default the first account)
mark-price            ``{"market": "BTCUSDT", "price": "61000"}``
index-price           ``{"market": "BTCUSDT", "price": "60900"}``: the index alone (funding)
tick                  ``{"times": 1}``: advance the market maker
advance               ``{"seconds": 3600}``: move the exchange's clock forward; answers
                      ``{"now_ms": ...}``, the exchange's new time
latency               ``{"latency_ms": 500, "path": "/v2/spot/order", "times": 2}``
http-status           ``{"status": 503, "path": ..., "method": ..., "times": 1}``
error-code            ``{"code": 3008, "message": ..., "path": ..., "method": ..., "times": 1}``
hold-after-execution  ``{"hold_ms": 3000, "path": ..., "method": ..., "times": 1}``: execute,
                      then hold the answer
fail-after-execution  ``{"status": 500, "path": ..., "method": ..., "times": 1}``: execute, then
                      answer a gateway page of that status
reset-after-execution ``{"path": ..., "method": ..., "times": 1}``: execute, then reset the TCP
                      connection (no answer)
garble-after-execution ``{"mode": "truncated" | "not_json", "path": ..., "method": ...,
                      "times": 1}``: execute, then answer 200 with an undecodable body
ws-corrupt            ``{"times": 1, "kind": "gzip" | "json"}``: the next push frame(s) of
                      every open WebSocket connection are sent corrupt
ws-drop               ``{"times": 1}``: cut open WebSocket connections without a close frame
ws-silence            ``{"enabled": true}``: open WebSocket connections stop answering (no
                      pongs) until disabled; new connections are served
clock-skew            ``{"ms": 10000}``: the exchange's clock runs ahead (+) or behind (-)
save-state            ``{}``: answers the exchange's state (``Sandbox.save_state``)
load-state            ``{"state": {...}}``: replace the exchange's state with a saved one
clear-faults          ``{}``
rate-limits           ``{"enabled": true}``
====================  =========================================================================
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from ..engine._accounts import Account
from ..engine._errors import PARAMETER_ERROR, SandboxApiError
from ..engine._exchange import Exchange
from ._faults import Where

__all__ = ["ADMIN_ACTIONS", "find_account", "is_loopback", "run_admin"]

Payload = Mapping[str, Any]


def is_loopback(host: str | None) -> bool:
    return host is not None and (host.startswith("127.") or host in ("::1", "localhost"))


def find_account(exchange: Exchange, who: str | None) -> Account:
    """An account by name or access_id; the first configured account when ``who`` is None."""
    if who is None:
        who = exchange.config.accounts[0].name
    account = exchange.account_by_access_id(who)
    if account is not None:
        return account
    try:
        return exchange.account(who)
    except KeyError:
        raise SandboxApiError(PARAMETER_ERROR, f"invalid argument: unknown account {who}") from None


def _decimal(payload: Payload, name: str) -> Decimal:
    try:
        value = Decimal(str(payload[name]))
    except (KeyError, InvalidOperation):
        raise SandboxApiError(PARAMETER_ERROR, f"invalid argument: {name}") from None
    if not value.is_finite():
        raise SandboxApiError(PARAMETER_ERROR, f"invalid argument: {name}")
    return value


def _int(payload: Payload, name: str, default: int | None = None) -> int:
    value = payload.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise SandboxApiError(PARAMETER_ERROR, f"invalid argument: {name}")
    return value


def _opt_int(payload: Payload, name: str) -> int | None:
    return None if payload.get(name) is None else _int(payload, name)


def _opt_str(payload: Payload, name: str) -> str | None:
    value = payload.get(name)
    if value is not None and not isinstance(value, str):
        raise SandboxApiError(PARAMETER_ERROR, f"invalid argument: {name}")
    return value


def _deposit(exchange: Exchange, payload: Payload) -> Any:
    account = find_account(exchange, _opt_str(payload, "account"))
    ccy = _opt_str(payload, "ccy")
    if not ccy:
        raise SandboxApiError(PARAMETER_ERROR, "invalid argument: ccy")
    record = exchange.deposit(
        account, ccy, _decimal(payload, "amount"), chain=_opt_str(payload, "chain") or ""
    )
    return {"deposit_id": record.deposit_id}


def _mark_price(exchange: Exchange, payload: Payload) -> Any:
    market = _opt_str(payload, "market")
    if market not in exchange.state.futures.markets:
        raise SandboxApiError(PARAMETER_ERROR, "invalid argument: market")
    exchange.set_mark_price(market, _decimal(payload, "price"))
    return {}


def _index_price(exchange: Exchange, payload: Payload) -> Any:
    market = _opt_str(payload, "market")
    price = _decimal(payload, "price")
    if market not in exchange.state.futures.markets or price <= 0:
        raise SandboxApiError(PARAMETER_ERROR, "invalid argument: market or price")
    exchange.set_index_price(market, price)
    return {}


def _tick(exchange: Exchange, payload: Payload) -> Any:
    exchange.tick(_int(payload, "times", 1))
    return {}


def _advance(exchange: Exchange, payload: Payload) -> Any:
    seconds = _decimal(payload, "seconds")
    if seconds < 0:
        raise SandboxApiError(PARAMETER_ERROR, "invalid argument: seconds")
    exchange.advance(seconds)
    return {"now_ms": exchange.now_ms()}


def _latency(exchange: Exchange, payload: Payload) -> Any:
    exchange.faults.add_latency(
        _int(payload, "latency_ms"),
        path=_opt_str(payload, "path"),
        times=_opt_int(payload, "times"),
    )
    return {}


def _where(payload: Payload) -> Where:
    """The requests a request fault applies to (``times`` defaults to 1)."""
    return Where(
        path=_opt_str(payload, "path"),
        method=_opt_str(payload, "method"),
        times=_opt_int(payload, "times") or 1,
    )


def _http_status(exchange: Exchange, payload: Payload) -> Any:
    exchange.faults.fail_http(_int(payload, "status", 503), **_where(payload))
    return {}


def _error_code(exchange: Exchange, payload: Payload) -> Any:
    exchange.faults.fail_code(
        _int(payload, "code"), _opt_str(payload, "message"), **_where(payload)
    )
    return {}


def _hold_after_execution(exchange: Exchange, payload: Payload) -> Any:
    exchange.faults.hold_after_execution(_int(payload, "hold_ms"), **_where(payload))
    return {}


def _fail_after_execution(exchange: Exchange, payload: Payload) -> Any:
    exchange.faults.fail_after_execution(_int(payload, "status", 500), **_where(payload))
    return {}


def _reset_after_execution(exchange: Exchange, payload: Payload) -> Any:
    exchange.faults.reset_after_execution(**_where(payload))
    return {}


def _garble_after_execution(exchange: Exchange, payload: Payload) -> Any:
    mode = payload.get("mode", "truncated")
    if mode not in ("truncated", "not_json"):
        raise SandboxApiError(PARAMETER_ERROR, "invalid argument: mode")
    exchange.faults.garble_after_execution(mode=mode, **_where(payload))
    return {}


def _ws_corrupt(exchange: Exchange, payload: Payload) -> Any:
    kind = payload.get("kind", "gzip")
    if kind not in ("gzip", "json"):
        raise SandboxApiError(PARAMETER_ERROR, "invalid argument: kind")
    exchange.faults.corrupt_ws_frame(_int(payload, "times", 1), kind)
    return {}


def _ws_drop(exchange: Exchange, payload: Payload) -> Any:
    exchange.faults.drop_ws(_int(payload, "times", 1))
    return {}


def _ws_silence(exchange: Exchange, payload: Payload) -> Any:
    exchange.faults.ws_stalled = bool(payload.get("enabled", True))
    return {}


def _clock_skew(exchange: Exchange, payload: Payload) -> Any:
    exchange.faults.clock_skew_ms = _int(payload, "ms")
    return {}


def _save_state(exchange: Exchange, payload: Payload) -> Any:
    try:
        return exchange.save_state()
    except ValueError as error:
        raise SandboxApiError(PARAMETER_ERROR, f"invalid argument: {error}") from None


def _load_state(exchange: Exchange, payload: Payload) -> Any:
    saved = payload.get("state")
    if not isinstance(saved, dict):
        raise SandboxApiError(PARAMETER_ERROR, "invalid argument: state")
    try:
        exchange.load_state(saved)
    except (ValueError, KeyError, TypeError, ArithmeticError) as error:
        raise SandboxApiError(PARAMETER_ERROR, f"invalid argument: state ({error!r})") from None
    return {}


def _clear_faults(exchange: Exchange, payload: Payload) -> Any:
    exchange.faults.clear()
    return {}


def _rate_limits(exchange: Exchange, payload: Payload) -> Any:
    exchange.rate_limits.enabled = bool(payload.get("enabled", True))
    exchange.rate_limits.reset()
    return {}


ADMIN_ACTIONS: dict[str, Callable[[Exchange, Payload], Any]] = {
    "deposit": _deposit,
    "mark-price": _mark_price,
    "index-price": _index_price,
    "tick": _tick,
    "advance": _advance,
    "latency": _latency,
    "http-status": _http_status,
    "error-code": _error_code,
    "hold-after-execution": _hold_after_execution,
    "fail-after-execution": _fail_after_execution,
    "reset-after-execution": _reset_after_execution,
    "garble-after-execution": _garble_after_execution,
    "ws-corrupt": _ws_corrupt,
    "ws-drop": _ws_drop,
    "ws-silence": _ws_silence,
    "clock-skew": _clock_skew,
    "save-state": _save_state,
    "load-state": _load_state,
    "clear-faults": _clear_faults,
    "rate-limits": _rate_limits,
}


def run_admin(exchange: Exchange, action: str, payload: Payload) -> dict[str, Any]:
    """The envelope answering one admin action (``code`` 0, or the error)."""
    run = ADMIN_ACTIONS.get(action)
    try:
        if run is None:
            raise SandboxApiError(PARAMETER_ERROR, f"invalid argument: unknown action {action}")
        data = run(exchange, payload)
    except SandboxApiError as error:
        return {"code": error.code, "data": {}, "message": error.message}
    return {"code": 0, "data": data, "message": "OK"}
