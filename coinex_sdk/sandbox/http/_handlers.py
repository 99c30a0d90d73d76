"""The registry of REST endpoints the sandbox simulates: ``HANDLERS[(method, path)]``.

The HTTP server layer routes each request of the generated endpoint table to
``HANDLERS[(method, "/v2/...")]``, passing the authenticated account (or None) and the validated
wire parameters, and wraps the result in CoinEx's envelope: a plain value becomes
``{"code": 0, "data": value, "message": "OK"}``; a ``PaginatedData`` supplies its own
``envelope()`` with the ``pagination`` object; a ``SandboxApiError`` becomes
``{"code": e.code, "data": {}, "message": e.message}``. Endpoints of the spec that are missing
here are not simulated; those in ``REFUSED`` answer CoinEx's error 4018 saying the sandbox does
not simulate them.
"""

from __future__ import annotations

from typing import Any

from ..engine._accounts import Account
from ..engine._errors import SandboxApiError
from ..engine._exchange import Exchange
from ._routes_account import ROUTES as ACCOUNT_ROUTES
from ._routes_assets import ROUTES as ASSET_ROUTES
from ._routes_futures import ROUTES as FUTURES_ROUTES
from ._routes_market import ROUTES as MARKET_ROUTES
from ._routes_orders import ROUTES as ORDER_ROUTES
from ._routes_positions import ROUTES as POSITION_ROUTES
from ._routes_refer import ROUTES as REFER_ROUTES
from ._routing import Handler, PaginatedData

__all__ = ["HANDLERS", "REFUSED", "Handler", "PaginatedData", "envelope"]

_TABLES = (
    MARKET_ROUTES,
    ORDER_ROUTES,
    FUTURES_ROUTES,
    POSITION_ROUTES,
    ASSET_ROUTES,
    ACCOUNT_ROUTES,
    REFER_ROUTES,
)
HANDLERS: dict[tuple[str, str], Handler] = {
    key: handler for table in _TABLES for key, handler in table.handlers.items()
}
REFUSED: frozenset[tuple[str, str]] = frozenset().union(*(table.refused for table in _TABLES))
"""The routes in ``HANDLERS`` that answer ``NOT_SIMULATED`` (nothing to simulate them from)."""


def envelope(
    exchange: Exchange,
    method: str,
    path: str,
    account: Account | None,
    params: dict[str, Any],
) -> dict[str, Any]:
    """Call the handler for ``(method, path)`` and return the CoinEx response body as a dict.

    A convenience for the server layer and for tests; an unknown route raises ``KeyError``.
    """
    handler = HANDLERS[(method, path)]
    try:
        data = handler(exchange, account, params)
    except SandboxApiError as error:
        return {"code": error.code, "data": {}, "message": error.message}
    if isinstance(data, PaginatedData):
        return data.envelope()
    return {"code": 0, "data": data, "message": "OK"}
