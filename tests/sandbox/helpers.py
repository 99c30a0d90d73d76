"""Small builders that keep sandbox tests about behaviour, not about argument lists."""

from __future__ import annotations

from decimal import Decimal

from coinex_sdk.sandbox import Account, Exchange
from coinex_sdk.sandbox.engine._ledger import FUTURES, SPOT
from coinex_sdk.sandbox.engine._orders import Order

D = Decimal


def spot(
    exchange: Exchange,
    account: Account,
    side: str,
    amount: str,
    price: str | None = None,
    *,
    type: str = "limit",
    market: str = "BTCUSDT",
    **extra: object,
) -> Order:
    """Place a spot order; ``price`` None for market orders."""
    return exchange.spot.place(
        account,
        market=market,
        market_type=str(extra.pop("market_type", "SPOT")),
        side=side,
        type=type,
        amount=D(amount),
        price=None if price is None else D(price),
        **extra,  # type: ignore[arg-type]
    )


def futures(
    exchange: Exchange,
    account: Account,
    side: str,
    amount: str,
    price: str | None = None,
    *,
    type: str = "limit",
    market: str = "BTCUSDT",
    **extra: object,
) -> Order:
    return exchange.futures.place(
        account,
        market=market,
        side=side,
        type=type,
        amount=D(amount),
        price=None if price is None else D(price),
        **extra,  # type: ignore[arg-type]
    )


def balance(account: Account, ccy: str, wallet: str = SPOT) -> tuple[Decimal, Decimal]:
    """``(available, frozen)``."""
    bal = account.ledger.get(wallet, ccy)
    return bal.available, bal.frozen


def futures_balance(account: Account, ccy: str = "USDT") -> tuple[Decimal, Decimal]:
    return balance(account, ccy, FUTURES)
