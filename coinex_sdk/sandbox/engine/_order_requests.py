"""Order requests: what CoinEx refuses before an order exists, and how an ``Order`` is made.

Step 1 of placing an order in either engine (``prepare``, see ``_trading``): check the request
against the venue's markets and build the ``Order``, changing nothing yet. The rules both venues
share live here: the side, type, ``stp_mode`` and ``client_id`` a request may name (put-order
docs), a limit price on the market's price grid, an amount cut to the market's precision and at
least its minimum (3127), and the stamp every new order gets from the exchange (an id, its owner,
the time and the fee rates that apply to it).
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable
from decimal import ROUND_DOWN, Decimal
from typing import Any, ClassVar, Generic, TypedDict, cast

from ._accounts import Account
from ._errors import BELOW_MIN_AMOUNT, PARAMETER_ERROR, SandboxApiError
from ._events import Scope
from ._num import ZERO
from ._orders import Order, OrderType, Side, StpMode
from ._state import ExchangeState, M, VenueState

__all__ = [
    "ORDER_TYPES",
    "RESTING_TYPES",
    "OrderBasics",
    "OrderOptions",
    "OrderRequest",
    "OrderRequests",
    "check_client_id",
    "check_common",
    "order_quantity",
]

_CLIENT_ID = re.compile(r"[A-Za-z0-9_-]{1,32}")
ORDER_TYPES: frozenset[str] = frozenset({"limit", "market", "maker_only", "ioc", "fok"})
RESTING_TYPES: frozenset[str] = frozenset({"limit", "maker_only"})


class OrderOptions(TypedDict, total=False):
    """What an order request may name besides its market, side, type and amount (put-order
    docs), as keyword arguments: ``prepare`` checks them; ``close_position`` passes them on."""

    price: Decimal | None
    client_id: str
    is_hide: bool
    stp_mode: str
    stop_id: int
    """The stop order placing this order (the engine's own, when a stop fires)."""


class OrderRequest(OrderOptions):
    """An order request of either venue, as the keyword arguments of its ``prepare``."""

    market: str
    side: str
    type: str
    amount: Decimal


class OrderBasics(TypedDict):
    """What ``new_order`` copies from a request onto the order: checked (``check_common``)
    where CoinEx checks it, as it came otherwise."""

    market: str
    side: Side
    type: OrderType
    stp_mode: StpMode
    client_id: str
    is_hide: bool
    stop_id: int


def check_client_id(client_id: str) -> str:
    """CoinEx: letters, digits, ``-`` and ``_`` only, shorter than 32 bytes (put-order docs)."""
    if client_id and not _CLIENT_ID.fullmatch(client_id):
        raise SandboxApiError(PARAMETER_ERROR, "invalid client_id")
    return client_id


def check_common(request: OrderRequest) -> OrderBasics:
    """The request fields every order names, checked in the order CoinEx checks them."""
    side, type_, stp_mode = request["side"], request["type"], request.get("stp_mode", "")
    if side not in ("buy", "sell"):
        raise SandboxApiError(PARAMETER_ERROR, "invalid side")
    if type_ not in ORDER_TYPES:
        raise SandboxApiError(PARAMETER_ERROR, "invalid type")
    if stp_mode not in ("", "ct", "cm", "both"):
        raise SandboxApiError(PARAMETER_ERROR, "invalid stp_mode")
    return OrderBasics(
        market=request["market"],
        side=cast(Side, side),
        type=cast(OrderType, type_),
        stp_mode=cast(StpMode, stp_mode),
        client_id=check_client_id(request.get("client_id", "")),
        is_hide=request.get("is_hide", False),
        stop_id=request.get("stop_id", 0),
    )


def order_quantity(amount: Decimal, increment: Decimal, min_amount: Decimal) -> Decimal:
    """``amount`` cut down to ``increment``; 3127 if that leaves nothing or less than
    ``min_amount``."""
    if amount <= 0:
        raise SandboxApiError(PARAMETER_ERROR, "invalid amount")
    quantity = amount.quantize(increment, rounding=ROUND_DOWN)
    if quantity <= 0 or quantity < min_amount:
        raise SandboxApiError(BELOW_MIN_AMOUNT)
    return quantity


class OrderRequests(ABC, Generic[M]):
    """The markets of one venue, and the order requests they accept."""

    scope: ClassVar[Scope]
    id_kind: ClassVar[str]

    def __init__(self, state: ExchangeState) -> None:
        self.state = state

    @property
    def venue(self) -> VenueState[M]:
        """The markets, books and market data of this engine's scope."""
        return self.state.venues[self.scope]

    def market(self, name: str) -> M:
        market = self.venue.markets.get(name)
        if market is None:
            raise SandboxApiError(PARAMETER_ERROR, "invalid market")
        return market

    def amount_places(self, market: str) -> int:
        return self.market(market).base_ccy_precision

    def quantize_amount(self, market: str, amount: Decimal) -> Decimal:
        return amount.quantize(self.market(market).amount_step, rounding=ROUND_DOWN)

    @abstractmethod
    def quantize_price(self, market: str, price: Decimal) -> Decimal: ...

    def limit_price(self, market: str, type_: OrderType, price: Decimal | None) -> Decimal:
        """``0`` for a market order (as CoinEx reports them), else ``price`` on the market's
        price grid; a limit-like order needs a price that stays positive there."""
        if type_ == "market":
            return ZERO
        if price is None or price <= 0:
            raise SandboxApiError(PARAMETER_ERROR, "invalid price")
        limit_price = self.quantize_price(market, price)
        if limit_price <= 0:
            raise SandboxApiError(PARAMETER_ERROR, "invalid price")
        return limit_price

    prepare: Callable[..., Order]
    """``prepare(account, *, market, side, type, amount, ...) -> Order``: validate an order of
    the venue's ``POST /v2/<venue>/order`` and build it, changing nothing (see each engine)."""

    def new_order(
        self, account: Account, basics: OrderBasics, amount: Decimal, price: Decimal, **fields: Any
    ) -> Order:
        """An order of ``account`` for ``amount`` at ``price`` with the exchange's stamp: a fresh
        id, the time, and the fee rates that apply to the account in the order's market
        (``fields``: the venue's part of ``Order``)."""
        market = self.market(basics["market"])
        maker_rate, taker_rate = account.fee_rates(market.maker_fee_rate, market.taker_fee_rate)
        return Order(
            order_id=self.state.next_id(self.id_kind),
            user_id=account.user_id,
            created_at=self.state.now_ms(),
            maker_fee_rate=maker_rate,
            taker_fee_rate=taker_rate,
            amount=amount,
            price=price,
            **basics,
            **fields,
        )
