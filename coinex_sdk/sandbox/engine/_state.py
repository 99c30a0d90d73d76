"""The shared core of the sandbox exchange: clock, ids, accounts, books and the operation scope.

Every engine (spot, futures, assets, market maker) holds the one ``ExchangeState`` and mutates it
only inside ``operation()``. An operation runs under the exact Decimal context, and when the
outermost one ends it (1) runs the settle hooks, which fire stop orders whose trigger price was
crossed, until nothing more happens, (2) turns the balances and markets that changed into events,
and (3) publishes every event of the operation in order. Subscribers therefore see each request's
complete effect at once, never a half-applied trade.

The exchange is not thread-safe: the server layer must call it from one thread (its event loop).
"""

from __future__ import annotations

import decimal
import functools
import itertools
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar

from ..._credentials import Credentials
from ._accounts import Account, AccountSpec, ApiKey, JournalEntry
from ._book import OrderBook
from ._events import Event, EventBus, Scope
from ._ledger import SPOT, Balance, Ledger, Wallet
from ._marketdata import MarketData
from ._markets import FuturesMarket, SpotMarket
from ._num import EXACT, ZERO

if TYPE_CHECKING:
    from ._amm import AmmPool

__all__ = ["ExchangeState", "HasState", "VenueState", "operation", "system_clock"]

P = ParamSpec("P")
R = TypeVar("R")
M = TypeVar("M", SpotMarket, FuturesMarket)

# Realistic id ranges (spec/examples: order ids ~1.2e11, deal ids ~4e9): clients must use int64.
_ID_STARTS: dict[str, int] = {
    "spot_order": 117_000_000_001,
    "futures_order": 136_000_000_001,
    "stop": 118_000_000_001,
    "deal": 4_100_000_001,
    "position": 306_000_001,
    "deposit": 5_170_001,
    "withdraw": 31_190_001,
    "transfer": 18_470_001,
    "borrow": 13_784_001,
    "user": 1_001,
    "api": 551,
}


def system_clock() -> int:
    """Milliseconds since the epoch from the machine clock."""
    return time.time_ns() // 1_000_000


class VenueState(Generic[M]):
    """One venue's markets, their order books and their market data (prices, deals, klines)."""

    def __init__(self, markets: tuple[M, ...]) -> None:
        self.markets: dict[str, M] = {m.market: m for m in markets}
        self.books = {name: OrderBook(name) for name in self.markets}
        self.data = {m.market: MarketData(m.market, m.initial_price) for m in markets}


class ExchangeState:
    """Mutable exchange-wide state shared by the engines."""

    def __init__(
        self,
        *,
        clock: Callable[[], int],
        spot_markets: tuple[SpotMarket, ...],
        futures_markets: tuple[FuturesMarket, ...],
    ) -> None:
        self.clock = clock
        self.spot = VenueState(spot_markets)
        self.futures = VenueState(futures_markets)
        self.venues: dict[Scope, VenueState[Any]] = {"spot": self.spot, "futures": self.futures}
        self.mark_prices: dict[str, Decimal] = {m.market: m.initial_price for m in futures_markets}
        """Futures mark price per market (PnL, margin, liquidation, mark-price triggers)."""
        self.index_prices: dict[str, Decimal] = {m.market: m.initial_price for m in futures_markets}
        """Futures index price per market (the spot market's price; the market maker and the
        admin set it). The premium of the futures price over it drives funding."""
        self.accounts: dict[int, Account] = {}
        self._by_access_id: dict[str, ApiKey] = {}
        self.fees: dict[str, Decimal] = {}
        """Trading and withdrawal fees and loan interest the exchange collected, per currency."""
        self.insurance: dict[str, Decimal] = {}
        """Losses beyond what a trader held, covered by the exchange (futures bankruptcies)."""
        self.external: dict[str, Decimal] = {}
        """Net money that entered (deposits, starting balances) minus what left (withdrawals)."""
        self.events = EventBus()
        self._ids = {kind: itertools.count(start) for kind, start in _ID_STARTS.items()}
        self._depth = 0
        self._pending: list[Event] = []
        self._dirty_balances: dict[tuple[int, Wallet, str], None] = {}
        self._dirty_markets: dict[tuple[Scope, str], None] = {}
        self.settle_hooks: list[Callable[[], bool]] = []
        """Run after each operation until all return False (stop-order triggers)."""
        self.journal_kind: str | None = None
        """What SPOT balance changes are journaled as now (see :meth:`journaling`)."""
        self.amm_pools: dict[str, AmmPool] = {}
        """AMM liquidity pools per spot market (``_amm``)."""
        self.time_hooks: list[Callable[[], None]] = []
        """Run when time has passed (``Exchange.advance``, market-maker ticks): whatever is due
        by ``now_ms()`` happens (funding settlements, interest), each at its own time."""
        self.advanced_ms = 0
        """How far :meth:`advance` has moved the exchange's clock past the machine's."""
        self.render_balance: Callable[[Account, Wallet, str], Event | None] = lambda *_: None
        self.render_market: Callable[[Scope, str], list[Event]] = lambda *_: []

    # -- time and ids ---------------------------------------------------------------------------

    def now_ms(self) -> int:
        """The exchange's clock: the one "now" of everything simulated (orders, deals, prices,
        funding, interest), moved forward by :meth:`advance`."""
        return self.clock() + self.advanced_ms

    def wire_now_ms(self) -> int:
        """The clock a client can sync with (``GET /v2/time``) and signatures are checked
        against: the machine clock plus any injected skew, never the simulated advance, so a
        client that does not re-sync its clock keeps working after :meth:`advance`."""
        return self.clock()

    def advance(self, ms: int) -> None:
        """Move the exchange's clock ``ms`` forward; the time hooks then catch up."""
        if ms < 0:
            raise ValueError("the exchange's clock only moves forward")
        self.advanced_ms += ms

    def next_id(self, kind: str) -> int:
        return next(self._ids[kind])

    def id_counters(self) -> dict[str, int]:
        """The next id of each kind, without using it (saving the exchange state)."""
        upcoming = {kind: next(counter) for kind, counter in self._ids.items()}
        self.restore_id_counters(upcoming)
        return upcoming

    def restore_id_counters(self, upcoming: dict[str, int]) -> None:
        for kind, value in upcoming.items():
            if kind in self._ids:
                self._ids[kind] = itertools.count(value)

    # -- accounts -------------------------------------------------------------------------------

    def add_account(self, spec: AccountSpec) -> Account:
        if spec.access_id in self._by_access_id:
            raise ValueError(f"duplicate access_id for account {spec.name!r}")
        if any(account.name == spec.name for account in self.accounts.values()):
            raise ValueError(f"duplicate account name {spec.name!r}")
        parent_id = None
        if spec.parent is not None:
            parent = next((a for a in self.accounts.values() if a.name == spec.parent), None)
            if parent is None:
                raise ValueError(f"unknown parent account {spec.parent!r}")
            parent_id = parent.user_id
        user_id = self.next_id("user")

        def touched(wallet: Wallet, ccy: str, balance: Balance) -> None:
            balance.updated_at = self.now_ms()
            self._dirty_balances[(user_id, wallet, ccy)] = None
            if wallet == SPOT:
                self._journal(self.accounts[user_id], ccy, balance)

        account = Account(
            user_id=user_id, spec=spec, ledger=Ledger(touched), parent_user_id=parent_id
        )
        self.accounts[user_id] = account
        if account.credentials is not None:
            self.add_api_key(account, account.credentials)
        return account

    def _journal(self, account: Account, ccy: str, balance: Balance) -> None:
        """Record a SPOT total change under the current ``journaling`` kind, if any."""
        previous = account.spot_totals.get(ccy, ZERO)
        if balance.total == previous:
            return  # a freeze or unfreeze: the balance itself did not change
        account.spot_totals[ccy] = balance.total
        if self.journal_kind is not None:
            entry = JournalEntry(
                self.now_ms(), ccy, self.journal_kind, balance.total, balance.total - previous
            )
            account.spot_journal.append(entry)

    @contextmanager
    def journaling(self, kind: str) -> Iterator[None]:
        """SPOT balance changes inside are journaled as ``kind`` (``TranscationType``)."""
        previous, self.journal_kind = self.journal_kind, kind
        try:
            yield
        finally:
            self.journal_kind = previous

    def add_api_key(self, account: Account, credentials: Credentials, **options: Any) -> ApiKey:
        """A new key signing as ``account`` (``options``: the ``ApiKey`` fields to set)."""
        if credentials.access_id in self._by_access_id:
            raise ValueError("duplicate access_id")
        key = ApiKey(
            api_id=self.next_id("api"),
            account=account,
            credentials=credentials,
            created_at=self.now_ms(),
            **options,
        )
        account.api_keys.append(key)
        self._by_access_id[key.access_id] = key
        return key

    def remove_api_key(self, key: ApiKey) -> None:
        key.account.api_keys.remove(key)
        del self._by_access_id[key.access_id]

    def api_key(self, access_id: str) -> ApiKey | None:
        """The key with this access_id (the lookup the authentication checks use)."""
        return self._by_access_id.get(access_id)

    def account_by_access_id(self, access_id: str) -> Account | None:
        key = self._by_access_id.get(access_id)
        return key.account if key is not None else None

    def account_by_name(self, name: str) -> Account:
        for account in self.accounts.values():
            if account.name == name:
                return account
        raise KeyError(name)

    # -- money outside the accounts -------------------------------------------------------------

    def collect_fee(self, ccy: str, amount: Decimal) -> None:
        if amount:
            self.fees[ccy] = self.fees.get(ccy, ZERO) + amount

    def add_external(self, ccy: str, amount: Decimal) -> None:
        self.external[ccy] = self.external.get(ccy, ZERO) + amount

    def add_insurance(self, ccy: str, amount: Decimal) -> None:
        self.insurance[ccy] = self.insurance.get(ccy, ZERO) + amount

    # -- events ---------------------------------------------------------------------------------

    def emit(self, event: Event) -> None:
        self._pending.append(event)

    def touch_balance(self, user_id: int, wallet: Wallet, ccy: str) -> None:
        """A balance view changed without a ledger move (futures margin, unrealized PnL)."""
        self._dirty_balances[(user_id, wallet, ccy)] = None

    def touch_market(self, scope: Scope, market: str) -> None:
        self._dirty_markets[(scope, market)] = None

    @contextmanager
    def operation(self) -> Iterator[None]:
        """Scope of one engine operation (see the module docstring)."""
        with decimal.localcontext(EXACT):
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._finish_operation()

    def _finish_operation(self) -> None:
        self._depth += 1  # hooks run engine operations; keep them nested
        try:
            for _ in range(1000):  # a stop may trigger a stop: settle until quiet
                if not any([hook() for hook in self.settle_hooks]):
                    break
            for user_id, wallet, ccy in list(self._dirty_balances):
                event = self.render_balance(self.accounts[user_id], wallet, ccy)
                if event is not None:
                    self._pending.append(event)
            for scope, market in list(self._dirty_markets):
                self._pending.extend(self.render_market(scope, market))
        finally:
            self._depth -= 1
            pending, self._pending = self._pending, []
            self._dirty_balances.clear()
            self._dirty_markets.clear()
        for event in pending:
            self.events.publish(event)


class HasState(Protocol):
    @property
    def state(self) -> ExchangeState: ...


S = TypeVar("S", bound=HasState)


def operation(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Run an engine method as one ``ExchangeState.operation``."""

    @functools.wraps(method)
    def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self.state.operation():
            return method(self, *args, **kwargs)

    return wrapper
