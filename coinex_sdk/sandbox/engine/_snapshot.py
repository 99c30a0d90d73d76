"""Saving and loading the exchange's state as JSON, so a test can start from a fixture.

``save_state(exchange)`` returns a JSON-able dict (decimals as strings): the clock (how far it
was advanced), the id counters, the prices (spot and futures latest, mark and index, the market
maker's fair prices), the money outside the accounts (fees, insurance, what entered), and per
account its balances, open and stop orders, positions (with their take-profits and stop-losses),
futures settings, margin loans and histories (finished orders and stops, deals, finished
positions, transfers, deposits, withdrawals), the funding, liquidation and margin-change
records, and the AMM pools. ``load_state(exchange, state)`` puts an exchange built from the same
configuration into that state: the order books are rebuilt from the open orders (oldest first,
so time priority holds), and the next funding times are the next 8-hour boundaries after the
loaded clock (a fixture saved long ago does not replay every funding time since).

Accounts are matched by name: the state can only be loaded into an exchange configured with
the same accounts. Sub-accounts and API keys created over the API are not saved:
``save_state`` refuses when there is one, rather than writing a state that would lose it.
Records are converted generically from their attrs fields, so a field added to a record is
saved and loaded without changes here.
"""

from __future__ import annotations

import functools
import random
import types
import typing
from decimal import Decimal
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

import attrs

from ._accounts import (
    Account,
    DepositRecord,
    FuturesSettings,
    SubTransferRecord,
    TransferRecord,
    WithdrawRecord,
)
from ._amm import AmmIncome, AmmPool
from ._book import OrderBook
from ._funding import FUNDING_INTERVAL_MS, FundingRateRecord, PositionFundingRecord
from ._ledger import Balance
from ._liquidation import AdlRecord, LiquidationRecord
from ._margin import MarginLoan
from ._orders import Order, StopOrder, UserDeal
from ._positions import MarginChange, Position

if typing.TYPE_CHECKING:
    from ._exchange import Exchange

__all__ = ["STATE_VERSION", "load_state", "save_state"]

STATE_VERSION = 1
T = TypeVar("T")
Json = dict[str, Any]

_ACCOUNT_RECORDS: dict[str, type[Any]] = {
    "finished_orders": Order,
    "finished_stops": StopOrder,
    "deals": UserDeal,
    "finished_positions": Position,
    "transfers": TransferRecord,
    "deposits": DepositRecord,
    "withdrawals": WithdrawRecord,
    "loans": MarginLoan,
    "sub_transfers": SubTransferRecord,
    "amm_income": AmmIncome,
}
"""Account lists saved record by record, by attribute name."""


# -- generic conversion of attrs records ---------------------------------------------------------


def dump(value: Any) -> Any:
    """A record, decimal, list or dict as JSON values (decimals as strings)."""
    if attrs.has(type(value)):
        return {f.name: dump(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, list | tuple):
        return [dump(item) for item in value]
    if isinstance(value, dict):
        return {str(key): dump(item) for key, item in value.items()}
    return value


@functools.cache
def _hints(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def load(cls: type[T], data: Json) -> T:
    """A record of ``cls`` from :func:`dump`'s output (fields it lacks keep their defaults)."""
    record: Any = cls
    hints = _hints(record)
    values = {
        f.name: _load(hints[f.name], data[f.name]) for f in attrs.fields(record) if f.name in data
    }
    return cls(**values)


def _load(tp: Any, value: Any) -> Any:
    origin = get_origin(tp)
    if value is None:
        return None
    if tp is Decimal:
        return Decimal(value)
    if tp is int:
        return int(value)  # dict keys come back from JSON as strings
    if tp in (str, bool) or origin is Literal or tp is Any:
        return value
    if origin in (Union, types.UnionType):
        options = [arg for arg in get_args(tp) if arg is not type(None)]
        return _load(options[0], value) if len(options) == 1 else value
    if origin in (list, tuple):
        (item,) = get_args(tp)[:1]
        loaded = [_load(item, entry) for entry in value]
        return loaded if origin is list else tuple(loaded)
    if origin is dict:
        key_type, item_type = get_args(tp)
        return {_load(key_type, key): _load(item_type, entry) for key, entry in value.items()}
    if attrs.has(tp):
        return load(tp, value)
    return value


# -- the exchange's state ------------------------------------------------------------------------


def save_state(exchange: Exchange) -> Json:
    """The exchange's state as a JSON-able dict (see the module docstring)."""
    state = exchange.state
    configured = {spec.name for spec in exchange.config.accounts}
    maker = exchange.market_maker.account.name if exchange.market_maker else None
    for account in state.accounts.values():
        if account.name not in configured and account.name != maker:
            raise ValueError(
                f"save_state: account {account.name!r} was created over the API; sub-accounts "
                "are not saved (configure the accounts a fixture needs instead)"
            )
        if any(key.credentials != account.credentials for key in account.api_keys):
            raise ValueError(
                f"save_state: account {account.name!r} has API keys created over the API; they "
                "are not saved (configure the accounts a fixture needs instead)"
            )
    return {
        "version": STATE_VERSION,
        "now_ms": exchange.now_ms(),
        "advanced_ms": state.advanced_ms,
        "ids": state.id_counters(),
        "prices": {
            "spot": {m: dump(d.last_price) for m, d in state.spot.data.items()},
            "futures": {
                m: {
                    "last": dump(state.futures.data[m].last_price),
                    "mark": dump(state.mark_prices[m]),
                    "index": dump(state.index_prices[m]),
                }
                for m in state.futures.markets
            },
            "fair": dump(exchange.market_maker.fair) if exchange.market_maker else {},
        },
        "market_maker_rng": _rng_state(exchange, "rng"),
        "market_maker_premium_rng": _rng_state(exchange, "premium_rng"),
        "market_maker_premium_bps": dict(exchange.market_maker.premium_bps)
        if exchange.market_maker
        else {},
        "fees": dump(state.fees),
        "insurance": dump(state.insurance),
        "external": dump(state.external),
        "accounts": [_save_account(account) for account in state.accounts.values()],
        "funding": {
            "rate_history": dump(exchange.funding.rate_history),
            "position_history": dump(exchange.funding.position_history),
        },
        "liquidations": dump(exchange.liquidation.history),
        "adl": dump(exchange.liquidation.adl_history),
        "margin_history": dump(exchange.futures.margin_history),
        "amm_pools": dump(state.amm_pools),
    }


def _rng_state(exchange: Exchange, name: str) -> list[Any] | None:
    """A random state of the market maker, so the loaded market moves on as the saved one
    would."""
    if exchange.market_maker is None:
        return None
    generator: random.Random = getattr(exchange.market_maker, name)
    version, internal, gauss = generator.getstate()
    return [version, list(internal), gauss]


def _save_account(account: Account) -> Json:
    data: Json = {
        "name": account.name,
        "is_frozen": account.is_frozen,
        "balances": [
            [wallet, ccy, dump(bal.available), dump(bal.frozen), bal.updated_at]
            for wallet, ccy, bal in account.ledger.items()
        ],
        "open_orders": dump(sorted(account.open_orders.values(), key=lambda o: o.order_id)),
        "stop_orders": dump(sorted(account.stop_orders.values(), key=lambda s: s.stop_id)),
        "positions": dump(list(account.positions.values())),
        "futures_settings": dump(account.futures_settings),
    }
    for name in _ACCOUNT_RECORDS:
        data[name] = dump(getattr(account, name))
    return data


def load_state(exchange: Exchange, saved: Json) -> None:
    """Put ``exchange`` into the ``saved`` state (from :func:`save_state`), replacing its own."""
    if saved.get("version") != STATE_VERSION:
        raise ValueError(f"unknown exchange state version {saved.get('version')!r}")
    state = exchange.state
    by_name = {account.name: account for account in state.accounts.values()}
    missing = [a["name"] for a in saved["accounts"] if a["name"] not in by_name]
    if missing:
        raise ValueError(f"load_state: this exchange has no accounts named {missing}")
    with state.operation():
        for books in (state.spot.books, state.futures.books):
            for market in books:
                books[market] = OrderBook(market)
        state.advanced_ms = int(saved["advanced_ms"])
        state.restore_id_counters({k: int(v) for k, v in saved["ids"].items()})
        _load_prices(exchange, saved["prices"])
        maker = exchange.market_maker
        if maker is not None:
            for name in ("rng", "premium_rng"):
                rng = saved.get(f"market_maker_{name}")
                if rng is not None:
                    getattr(maker, name).setstate((rng[0], tuple(rng[1]), rng[2]))
            maker.premium_bps.update(
                {m: int(v) for m, v in saved.get("market_maker_premium_bps", {}).items()}
            )
        for pool_name in ("fees", "insurance", "external"):
            pool: dict[str, Decimal] = getattr(state, pool_name)
            pool.clear()
            pool.update({ccy: Decimal(v) for ccy, v in saved[pool_name].items()})
        for data in saved["accounts"]:
            _load_account(exchange, by_name[data["name"]], data)
        funding = exchange.funding
        funding.rate_history[:] = [
            load(FundingRateRecord, r) for r in saved["funding"]["rate_history"]
        ]
        funding.position_history[:] = [
            load(PositionFundingRecord, r) for r in saved["funding"]["position_history"]
        ]
        now = exchange.now_ms()
        for market in funding.next_funding_time:
            funding.next_funding_time[market] = (
                now - now % FUNDING_INTERVAL_MS + FUNDING_INTERVAL_MS
            )
        exchange.liquidation.history[:] = [
            load(LiquidationRecord, r) for r in saved["liquidations"]
        ]
        exchange.liquidation.adl_history[:] = [load(AdlRecord, r) for r in saved.get("adl", [])]
        exchange.futures.margin_history[:] = [
            load(MarginChange, r) for r in saved["margin_history"]
        ]
        state.amm_pools.clear()
        state.amm_pools.update({m: load(AmmPool, p) for m, p in saved["amm_pools"].items()})
        for market in state.spot.books:
            state.touch_market("spot", market)
        for market in state.futures.books:
            state.touch_market("futures", market)


def _load_prices(exchange: Exchange, prices: Json) -> None:
    state = exchange.state
    for market, price in prices["spot"].items():
        if market in state.spot.data:
            state.spot.data[market].last_price = Decimal(price)
    for market, item in prices["futures"].items():
        if market in state.futures.data:
            state.futures.data[market].last_price = Decimal(item["last"])
            state.mark_prices[market] = Decimal(item["mark"])
            state.index_prices[market] = Decimal(item["index"])
    maker = exchange.market_maker
    if maker is not None:
        maker.fair.update({m: Decimal(v) for m, v in prices["fair"].items()})


def _load_account(exchange: Exchange, account: Account, data: Json) -> None:
    state = exchange.state
    account.is_frozen = bool(data.get("is_frozen", False))
    account.ledger.restore(
        {
            (wallet, ccy): Balance(Decimal(available), Decimal(frozen), int(updated_at))
            for wallet, ccy, available, frozen, updated_at in data["balances"]
        }
    )
    account.open_orders = {}
    for entry in data["open_orders"]:
        order = load(Order, entry)
        account.open_orders[order.order_id] = order
        books = state.futures.books if order.market_type == "FUTURES" else state.spot.books
        books[order.market].add(order)
    account.stop_orders = {s.stop_id: s for s in (load(StopOrder, e) for e in data["stop_orders"])}
    account.positions = {p.market: p for p in (load(Position, e) for e in data["positions"])}
    account.futures_settings = {
        market: load(FuturesSettings, entry) for market, entry in data["futures_settings"].items()
    }
    for name, record in _ACCOUNT_RECORDS.items():
        setattr(account, name, [load(record, entry) for entry in data.get(name, [])])
