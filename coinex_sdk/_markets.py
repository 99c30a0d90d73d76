"""Market rules: ``cx.markets.spot("BTCUSDT")`` / ``cx.markets.futures(...)`` from a cache.

Which endpoint lists the markets of a kind and which fields of its model hold the rules (price
and amount precision, minimum amount, tick size, whether trading is open) comes from the spec
(``x-market-rules`` on ``SpotMarket`` / ``FuturesMarket``); the generated
``coinex_sdk._generated.markets`` names the kinds. The first lookup of a kind fetches every
market of that kind in one call; a market not in the cache triggers one refresh (a new listing)
before it is reported unknown.

An order is checked with CoinEx's own order vocabulary (``market``, ``type``, ``amount``,
``price``, ``trigger_price``), for every placement endpoint of the spec (``places_orders``) and
every item of a batch.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from ._endpoint import Endpoint
from ._endpoint import _decimal as parse_decimal
from ._exceptions import ValidationError

if TYPE_CHECKING:
    from ._client import AsyncCoinEx, CoinEx

__all__ = ["AsyncMarketsBase", "MarketRules", "MarketSource", "SyncMarketsBase"]

M = TypeVar("M")
_NUMBER = (Decimal, str, int)


@attrs.frozen(kw_only=True)
class MarketSource:
    """Where the markets of one kind come from (generated from the spec's ``x-market-rules``)."""

    endpoint: Endpoint
    model: type[Any]
    price_precision: str
    amount_precision: str
    min_amount: str
    tick_size: str | None = None
    trading_enabled: str | None = None

    def rules(self, info: Any) -> MarketRules[Any]:
        tick = getattr(info, self.tick_size) if self.tick_size else None
        enabled = getattr(info, self.trading_enabled) if self.trading_enabled else None
        return MarketRules(
            market=info.market,
            price_precision=getattr(info, self.price_precision),
            amount_precision=getattr(info, self.amount_precision),
            min_amount=getattr(info, self.min_amount),
            tick_size=tick or None,
            trading_enabled=enabled,
            info=info,
        )


def _decimal(value: Any, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, _NUMBER):
        raise ValidationError(
            f"{name}: expected Decimal, str or int, got {type(value).__name__}", param=name
        )
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValidationError(f"{name}: {value!r} is not a number", param=name) from None
    if not number.is_finite():
        raise ValidationError(f"{name}: {value!r} is not a finite number", param=name)
    return number


def _quantize(number: Decimal, step: Decimal, rounding: str, name: str) -> Decimal:
    try:
        return number.quantize(step, rounding)
    except InvalidOperation:  # more digits than the decimal context holds
        raise ValidationError(f"{name}: {number} is too large for the market", param=name) from None


@attrs.frozen(kw_only=True)
class MarketRules(Generic[M]):
    """What CoinEx accepts in one market, and the market's full description (``info``).

    >>> rules = cx.markets.spot("BTCUSDT")                   # doctest: +SKIP
    >>> rules.quantize_price("43210.123456")                  # doctest: +SKIP
    Decimal('43210.12')
    >>> rules.check_order(type="limit", amount="0.00001", price="43210.12")  # doctest: +SKIP
    ValidationError: amount: 0.00001 is below the minimum 0.0001 of BTCUSDT
    """

    market: str
    price_precision: int
    """Decimal places a price may have."""
    amount_precision: int
    """Decimal places an amount may have."""
    min_amount: Decimal
    tick_size: Decimal | None = None
    """Prices must be multiples of it (futures)."""
    trading_enabled: bool | None = None
    """False when the market does not take orders (through the API) now."""
    info: M = attrs.field(repr=False)
    """The market as the spec's model describes it (``SpotMarket``, ``FuturesMarket``)."""

    def quantize_price(self, price: Decimal | str | int, rounding: str = ROUND_DOWN) -> Decimal:
        """``price`` at the market's precision (and on its tick), rounded with ``rounding``
        (a ``decimal`` rounding mode; default toward zero, so a bid never creeps up)."""
        number = _decimal(price, "price")
        step = Decimal(1).scaleb(-self.price_precision)
        if self.tick_size is None:
            return _quantize(number, step, rounding, "price")
        ticks = _quantize(number / self.tick_size, Decimal(1), rounding, "price")
        return _quantize(ticks * self.tick_size, step, rounding, "price")

    def quantize_amount(self, amount: Decimal | str | int, rounding: str = ROUND_DOWN) -> Decimal:
        """``amount`` at the market's precision, rounded with ``rounding`` (default toward
        zero, so an order never spends more than it was given)."""
        step = Decimal(1).scaleb(-self.amount_precision)
        return _quantize(_decimal(amount, "amount"), step, rounding, "amount")

    def check_order(
        self,
        *,
        type: str | None = None,
        amount: Decimal | str | int | None = None,
        price: Decimal | str | int | None = None,
        trigger_price: Decimal | str | int | None = None,
        amount_in_quote: bool = False,
    ) -> None:
        """Raise ``ValidationError`` when CoinEx would refuse this order for the market's rules:
        trading closed, a price or trigger price off the precision or the tick, an amount off
        the precision or below the minimum. ``amount_in_quote``: the amount is in the quote
        currency (a spot market order), so the base-currency rules do not apply to it."""
        if self.trading_enabled is False:
            raise ValidationError(f"{self.market} does not take orders now", param="market")
        for name, value in (("price", price), ("trigger_price", trigger_price)):
            if value is None or (type == "market" and name == "price"):
                continue
            number = _decimal(value, name)
            if number != self.quantize_price(number):
                step = self.tick_size or Decimal(1).scaleb(-self.price_precision)
                raise ValidationError(
                    f"{name}: {value} is not a multiple of {step} in {self.market} "
                    f"(quantize_price() rounds it)",
                    param=name,
                )
        if amount is None or amount_in_quote:
            return
        number = _decimal(amount, "amount")
        if number != self.quantize_amount(number):
            raise ValidationError(
                f"amount: {amount} has more than {self.amount_precision} decimal places in "
                f"{self.market} (quantize_amount() rounds it)",
                param="amount",
            )
        if number < self.min_amount:
            raise ValidationError(
                f"amount: {amount} is below the minimum {self.min_amount} of {self.market}",
                param="amount",
            )


def _orders(endpoint: Endpoint, args: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    batch = endpoint.batch_param
    if batch is None:
        return [args]
    items = args.get(batch.name)
    return [item for item in items or () if isinstance(item, Mapping)]


def _check(rules: MarketRules[Any], endpoint: Endpoint, order: Mapping[str, Any]) -> None:
    params = {p.name for p in endpoint.batch_param.fields} if endpoint.batch_param else set()
    params |= {p.name for p in endpoint.params or ()}
    type_ = order.get("type")
    type_ = str(getattr(type_, "value", type_)) if type_ is not None else None

    def number(name: str) -> Decimal | None:  # read as the endpoint's validation reads it
        value = order.get(name)
        return None if value is None else parse_decimal(value, name, name)

    rules.check_order(
        type=type_,
        amount=number("amount"),
        price=number("price"),
        trigger_price=number("trigger_price"),
        # An endpoint that takes `ccy` lets a market order's amount be in the quote currency.
        amount_in_quote=type_ == "market" and "ccy" in params,
    )


class _MarketRulesCache:
    """What ``cx.markets`` and ``acx.markets`` share: the rules by kind and market, and which
    orders of a placement to check; the two only differ in how they fetch."""

    _sources: Mapping[str, MarketSource]

    def __init__(self) -> None:
        self._cache: dict[str, dict[str, MarketRules[Any]]] = {}

    def _store(self, kind: str, infos: list[Any]) -> dict[str, MarketRules[Any]]:
        source = self._sources[kind]
        table = {info.market: source.rules(info) for info in infos}
        self._cache[kind] = table
        return table

    @staticmethod
    def _unknown(kind: str, market: str) -> ValidationError:
        return ValidationError(f"{market!r} is not a {kind} market on CoinEx", param="market")

    def _to_check(
        self, endpoint: Endpoint, args: Mapping[str, Any]
    ) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
        """``(kind, market, order)`` for each order a placement's arguments hold; nothing for
        another endpoint or a kind of market without rules."""
        kind = endpoint.name.partition(".")[0]
        if not endpoint.places_orders or kind not in self._sources:
            return
        for order in _orders(endpoint, args):
            market = order.get("market")
            if isinstance(market, str):
                yield kind, market, order


class SyncMarketsBase(_MarketRulesCache):
    """Base of the generated ``cx.markets``."""

    def __init__(self, client: CoinEx) -> None:
        super().__init__()
        self._client = client

    def refresh(self, kind: str | None = None) -> None:
        """Fetch the markets of ``kind`` (``"spot"``, ``"futures"``), or of every kind already
        cached, again."""
        for each in [kind] if kind else list(self._cache):
            self._fetch(each)

    def _fetch(self, kind: str) -> dict[str, MarketRules[Any]]:
        from ._resource import SyncResource

        source = self._sources[kind]
        model = source.model
        infos = SyncResource(self._client)._call(source.endpoint, {}, list[model])  # type: ignore[valid-type]
        return self._store(kind, infos)

    def _rules(self, kind: str, market: str) -> MarketRules[Any]:
        table = self._cache.get(kind)
        if table is None or market not in table:
            table = self._fetch(kind)
        if market not in table:
            raise self._unknown(kind, market)
        return table[market]

    def check(self, endpoint: Endpoint, args: Mapping[str, Any]) -> None:
        """Check an order placement's arguments against its market's rules (the client's
        ``check_orders`` option runs this before every placement)."""
        for kind, market, order in self._to_check(endpoint, args):
            _check(self._rules(kind, market), endpoint, order)


class AsyncMarketsBase(_MarketRulesCache):
    """Base of the generated ``acx.markets``."""

    def __init__(self, client: AsyncCoinEx) -> None:
        super().__init__()
        self._client = client
        self._locks: dict[str, asyncio.Lock] = {}

    async def refresh(self, kind: str | None = None) -> None:
        """Fetch the markets of ``kind``, or of every kind already cached, again."""
        for each in [kind] if kind else list(self._cache):
            await self._fetch(each)

    async def _fetch(self, kind: str) -> dict[str, MarketRules[Any]]:
        from ._resource import AsyncResource

        source = self._sources[kind]
        model = source.model
        infos = await AsyncResource(self._client)._call(source.endpoint, {}, list[model])  # type: ignore[valid-type]
        return self._store(kind, infos)

    async def _rules(self, kind: str, market: str) -> MarketRules[Any]:
        table = self._cache.get(kind)
        if table is None or market not in table:
            # One fetch at a time per kind: concurrent first lookups share it.
            lock = self._locks.setdefault(kind, asyncio.Lock())
            async with lock:
                table = self._cache.get(kind)
                if table is None or market not in table:
                    table = await self._fetch(kind)
        if market not in table:
            raise self._unknown(kind, market)
        return table[market]

    async def check(self, endpoint: Endpoint, args: Mapping[str, Any]) -> None:
        """Check an order placement's arguments against its market's rules."""
        for kind, market, order in self._to_check(endpoint, args):
            _check(await self._rules(kind, market), endpoint, order)
