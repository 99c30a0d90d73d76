"""A local CoinEx v2 exchange for tests, demos and users' own test suites (CoinEx has no testnet).

This package is the exchange itself, without any web framework: accounts and balances, spot and
futures markets, a price-time-priority matching engine, stop orders, positions, transfers,
deposits and withdrawals, a seeded market maker, the authentication checks, fault-injection and
rate-limit state, an event bus for WebSocket pushes, and ``HANDLERS``, the REST endpoints as
``(exchange, account, params) -> data`` functions. ``Sandbox`` serves it over HTTP and WebSocket
(extra ``coinex-sdk[sandbox]``); ``coinex sandbox`` and the ``coinex_sandbox`` pytest fixture
start one.

    from decimal import Decimal
    from coinex_sdk.sandbox import Exchange, envelope

    exchange = Exchange()
    alice = exchange.account("alice")
    envelope(exchange, "POST", "/v2/spot/order", alice, {
        "market": "BTCUSDT", "market_type": "SPOT", "side": "buy",
        "type": "market", "amount": "100",
    })

    with Sandbox() as sb:                       # http://127.0.0.1:<port>, ws://.../v2/spot
        CoinEx(sb.access_id, sb.secret_key, base_url=sb.url)

Names load on first use, so importing this package (the pytest plugin does, in every session of
a project that installs coinex-sdk) costs nothing.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._server import Sandbox
    from .admin._faults import Faults, RequestFaults
    from .engine._accounts import DEFAULT_ACCOUNTS, Account, AccountSpec
    from .engine._errors import SandboxApiError
    from .engine._events import Event, EventBus
    from .engine._exchange import Exchange, ExchangeConfig
    from .engine._ledger import LedgerInvariantError
    from .engine._margin import MarginTerms
    from .engine._market_maker import MarketMakerConfig
    from .engine._markets import (
        DEFAULT_FUTURES_MARKETS,
        DEFAULT_SPOT_MARKETS,
        FuturesMarket,
        SpotMarket,
    )
    from .http._auth import WS_AUTH_FAILED, verify_http_request, verify_ws_sign
    from .http._handlers import HANDLERS, envelope
    from .http._ratelimit import RateLimits, RateLimitStatus
    from .http._routing import Handler, PaginatedData

_EXPORTS: dict[str, str] = {
    "DEFAULT_ACCOUNTS": ".engine._accounts",
    "Account": ".engine._accounts",
    "AccountSpec": ".engine._accounts",
    "WS_AUTH_FAILED": ".http._auth",
    "verify_http_request": ".http._auth",
    "verify_ws_sign": ".http._auth",
    "SandboxApiError": ".engine._errors",
    "Event": ".engine._events",
    "EventBus": ".engine._events",
    "Exchange": ".engine._exchange",
    "ExchangeConfig": ".engine._exchange",
    "Faults": ".admin._faults",
    "RequestFaults": ".admin._faults",
    "HANDLERS": ".http._handlers",
    "envelope": ".http._handlers",
    "LedgerInvariantError": ".engine._ledger",
    "MarginTerms": ".engine._margin",
    "MarketMakerConfig": ".engine._market_maker",
    "DEFAULT_FUTURES_MARKETS": ".engine._markets",
    "DEFAULT_SPOT_MARKETS": ".engine._markets",
    "FuturesMarket": ".engine._markets",
    "SpotMarket": ".engine._markets",
    "RateLimits": ".http._ratelimit",
    "RateLimitStatus": ".http._ratelimit",
    "Handler": ".http._routing",
    "PaginatedData": ".http._routing",
    "Sandbox": "._server",
}

__all__ = [
    "DEFAULT_ACCOUNTS",
    "DEFAULT_FUTURES_MARKETS",
    "DEFAULT_SPOT_MARKETS",
    "HANDLERS",
    "WS_AUTH_FAILED",
    "Account",
    "AccountSpec",
    "Event",
    "EventBus",
    "Exchange",
    "ExchangeConfig",
    "Faults",
    "FuturesMarket",
    "Handler",
    "LedgerInvariantError",
    "MarginTerms",
    "MarketMakerConfig",
    "PaginatedData",
    "RateLimitStatus",
    "RateLimits",
    "RequestFaults",
    "Sandbox",
    "SandboxApiError",
    "SpotMarket",
    "envelope",
    "verify_http_request",
    "verify_ws_sign",
]


EXTRA_HINT = 'the sandbox server needs the "sandbox" extra: pip install "coinex-sdk[sandbox]"'
"""What ``Sandbox`` and the ``coinex_sandbox`` fixture say when starlette or uvicorn is missing."""


def require_server_extra() -> None:
    """Raise an ImportError naming the ``sandbox`` extra unless starlette and uvicorn import.

    Only ``Sandbox`` (the HTTP/WebSocket server) needs them: the exchange itself does not.
    """
    for module in ("starlette", "uvicorn"):
        try:
            found = importlib.util.find_spec(module) is not None
        except ValueError:  # a module set to None in sys.modules: "not importable"
            found = False
        if not found:
            raise ImportError(f"{module} is not installed: {EXTRA_HINT}", name=module)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if name == "Sandbox":
        require_server_extra()
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
