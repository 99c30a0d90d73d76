"""The handler interface the HTTP server layer routes to, independent of any web framework.

A handler is ``handler(exchange, account, params) -> data``: ``account`` is the authenticated
caller (None on public endpoints), ``params`` the validated wire parameters (query string for GET,
JSON body for POST), and the return value is the ``data`` of CoinEx's envelope
``{"code": 0, "data": ..., "message": "OK"}``. Paginated endpoints return a ``PaginatedData``
(named apart from ``coinex_sdk.Page``, what a client receives), which also knows its
``pagination`` object (and deposit-history's ``paginatation`` typo). A handler signals a
CoinEx error by raising ``SandboxApiError``.

Route modules build their tables with ``RouteTable``; each handler it registers runs as one
exchange operation, so the events of a request are published together when it returns.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ..engine._accounts import Account
from ..engine._errors import AUTH_ACCESS_ID, NOT_SIMULATED, SandboxApiError
from ._params import page

if TYPE_CHECKING:
    from ..engine._exchange import Exchange

__all__ = ["Handler", "PaginatedData", "RouteTable", "error_item", "ok_item", "paginate", "require"]

Handler = Callable[["Exchange", Account | None, dict[str, Any]], Any]
"""``(exchange, account or None, params) -> envelope data`` (or a ``PaginatedData``)."""


@attrs.frozen
class PaginatedData:
    """One page of a paginated endpoint: ``data`` plus the ``pagination`` object."""

    items: list[Any]
    has_next: bool
    total: int | None = None
    """Only some endpoints report it (pending orders, transfers, withdrawals, deposits)."""
    pagination_key: str = "pagination"
    """``"paginatation"`` for deposit-history: CoinEx's own typo, kept so clients handle it."""

    def pagination(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        if self.total is not None:
            result["total"] = self.total
        result["has_next"] = self.has_next
        return result

    def envelope(self) -> dict[str, Any]:
        """The full success body the server layer sends for this page."""
        return {
            "code": 0,
            "data": self.items,
            self.pagination_key: self.pagination(),
            "message": "OK",
        }


def paginate(
    items: list[Any],
    params: Mapping[str, Any],
    *,
    with_total: bool = False,
    pagination_key: str = "pagination",
    max_limit: int = 1000,
) -> PaginatedData:
    """The page of ``items`` the request asks for (its ``page`` and ``limit``)."""
    number, limit = page(params, max_limit=max_limit)
    start = (number - 1) * limit
    return PaginatedData(
        items=items[start : start + limit],
        has_next=len(items) > start + limit,
        total=len(items) if with_total else None,
        pagination_key=pagination_key,
    )


def ok_item(data: Any) -> dict[str, Any]:
    """One successful item of a batch endpoint's ``data`` list."""
    return {"code": 0, "data": data, "message": "OK"}


def error_item(error: SandboxApiError) -> dict[str, Any]:
    """One failed item: batch endpoints answer code 0 overall and report failures per item."""
    return {"code": error.code, "data": None, "message": error.message}


def require(account: Account | None) -> Account:
    """The caller of a signed endpoint (the server layer authenticates before calling)."""
    if account is None:
        raise SandboxApiError(AUTH_ACCESS_ID)
    return account


class RouteTable:
    """``(method, path) -> handler`` for one area of the API, filled by the ``route`` decorator."""

    def __init__(self) -> None:
        self.handlers: dict[tuple[str, str], Handler] = {}
        self.refused: set[tuple[str, str]] = set()
        """Routes whose handler refuses with ``NOT_SIMULATED`` (see :meth:`refuse`)."""

    def refuse(self, method: str, path: str, reason: str) -> None:
        """Serve ``(method, path)`` with CoinEx's error ``NOT_SIMULATED`` instead of data the
        sandbox cannot back with state; ``reason`` says why (in the message)."""

        def refuse(exchange: Exchange, account: Account | None, params: dict[str, Any]) -> Any:
            raise SandboxApiError(
                NOT_SIMULATED, f"not simulated by the sandbox: {method} {path} ({reason})"
            )

        self.route(method, path)(refuse)
        self.refused.add((method, path))

    def route(self, method: str, path: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            def run(exchange: Exchange, account: Account | None, params: dict[str, Any]) -> Any:
                with exchange.state.operation():
                    return handler(exchange, account, params)

            run.__name__ = handler.__name__
            run.__doc__ = handler.__doc__
            key = (method, path)
            if key in self.handlers:
                raise ValueError(f"duplicate route {method} {path}")
            self.handlers[key] = run
            return handler

        return register
