"""A local CoinEx v2 exchange for tests, demos and users' own test suites (CoinEx has no testnet).

This package is the exchange itself, without any web framework: accounts and balances, spot and
futures markets, a price-time-priority matching engine, stop orders, positions, transfers,
deposits and withdrawals, a seeded market maker, the authentication checks, fault-injection and
rate-limit state, an event bus for WebSocket pushes, and ``HANDLERS``, the REST endpoints as
``(exchange, account, params) -> data`` functions. The HTTP/WebSocket server routes to these.

    from decimal import Decimal
    from coinex_sdk.sandbox import Exchange, envelope

    exchange = Exchange()
    alice = exchange.account("alice")
    envelope(exchange, "POST", "/v2/spot/order", alice, {
        "market": "BTCUSDT", "market_type": "SPOT", "side": "buy",
        "type": "market", "amount": "100",
    })
"""

from __future__ import annotations

from ._accounts import DEFAULT_ACCOUNTS, Account, AccountSpec
from ._auth import WS_AUTH_FAILED, verify_http_request, verify_ws_sign
from ._errors import SandboxApiError
from ._events import Event, EventBus
from ._exchange import Exchange, ExchangeConfig
from ._faults import Faults, RequestFaults
from ._handlers import HANDLERS, envelope
from ._ledger import LedgerInvariantError
from ._market_maker import MarketMakerConfig
from ._markets import DEFAULT_FUTURES_MARKETS, DEFAULT_SPOT_MARKETS, FuturesMarket, SpotMarket
from ._ratelimit import RateLimits, RateLimitStatus
from ._routing import Handler, Page

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
    "MarketMakerConfig",
    "Page",
    "RateLimitStatus",
    "RateLimits",
    "RequestFaults",
    "SandboxApiError",
    "SpotMarket",
    "envelope",
    "verify_http_request",
    "verify_ws_sign",
]
