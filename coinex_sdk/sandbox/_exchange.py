"""The sandbox exchange: one object that owns the state, the engines and the admin controls.

    exchange = Exchange()                      # default markets, accounts alice/bob, market maker
    alice = exchange.account("alice")
    exchange.spot.place(alice, market="BTCUSDT", market_type="SPOT", side="buy",
                        type="limit", amount=Decimal("0.01"), price=Decimal("59000"))
    exchange.tick()                            # the market maker moves the price

Engines: ``spot`` and ``futures`` (orders, matching, positions), ``spot_stops`` and
``futures_stops``, ``assets`` (transfers, deposits, withdrawals), ``market_maker``. Controls that
the server layer applies: ``faults`` and ``rate_limits``. ``events`` is the bus the WebSocket
layer subscribes to. Handlers for the REST endpoints live in ``_handlers``.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from ._accounts import DEFAULT_ACCOUNTS, Account, AccountSpec, MarginMode
from ._assets import AssetEngine
from ._errors import PARAMETER_ERROR, SandboxApiError
from ._events import Event, EventBus, Scope
from ._faults import Faults
from ._futures import FuturesEngine
from ._ledger import FUTURES, SPOT, LedgerInvariantError, Wallet, wallet_market
from ._market_maker import MarketMaker, MarketMakerConfig
from ._marketdata import Ticker
from ._markets import DEFAULT_FUTURES_MARKETS, DEFAULT_SPOT_MARKETS, FuturesMarket, SpotMarket
from ._num import ZERO, ceil_to_step, floor_to_step, fmt, fmt_fixed
from ._orders import TriggerPriceType
from ._ratelimit import RateLimits
from ._spot import SpotEngine
from ._state import ExchangeState, operation, system_clock
from ._stops import StopEngine

__all__ = ["DEPTH_INTERVALS", "DEPTH_LIMITS", "Exchange", "ExchangeConfig"]

DEPTH_LIMITS = (5, 10, 20, 50)
DEPTH_INTERVALS = (
    "0", "0.00000000001", "0.000000000001", "0.0000000001", "0.000000001", "0.00000001",
    "0.0000001", "0.000001", "0.00001", "0.0001", "0.001", "0.01", "0.1", "1", "10", "100", "1000",
)  # fmt: skip
FUNDING_INTERVAL_MS = 8 * 3600 * 1000
FUNDING_RATE = Decimal("0.0001")


def _fees(values: Mapping[str, Decimal | str]) -> dict[str, Decimal]:
    return {ccy: Decimal(value) for ccy, value in values.items()}


@attrs.frozen(eq=False)
class ExchangeConfig:
    """Everything that makes one sandbox differ from another; a value, like all configuration."""

    accounts: tuple[AccountSpec, ...] = DEFAULT_ACCOUNTS
    spot_markets: tuple[SpotMarket, ...] = DEFAULT_SPOT_MARKETS
    futures_markets: tuple[FuturesMarket, ...] = DEFAULT_FUTURES_MARKETS
    market_maker: MarketMakerConfig | None = attrs.field(factory=MarketMakerConfig)
    """None: empty books, prices move only when users trade (matching tests)."""
    seed: int = 0
    """Seeds the market maker's random walk: same seed and ticks, same market."""
    default_leverage: int = 3
    default_margin_mode: MarginMode = "cross"
    withdraw_fees: dict[str, Decimal] = attrs.field(
        factory=lambda: _fees({"BTC": "0.0002", "ETH": "0.002", "USDT": "1"}), converter=_fees
    )
    auto_complete_withdrawals: bool = True
    strict_signing: bool = False
    """Accept only the documented HMAC signature (not the legacy ``sha256(str + secret)``)."""
    enforce_rate_limits: bool = False


class Exchange:
    """A local CoinEx: accounts, markets, matching engines, market maker and fault controls."""

    def __init__(
        self, config: ExchangeConfig | None = None, *, clock: Callable[[], int] | None = None
    ) -> None:
        self.config = config = config or ExchangeConfig()
        base_clock = clock or system_clock
        self.faults = Faults()
        self.rate_limits = RateLimits(enabled=config.enforce_rate_limits)
        self.state = state = ExchangeState(
            clock=lambda: base_clock() + self.faults.clock_skew_ms,
            spot_markets=config.spot_markets,
            futures_markets=config.futures_markets,
        )
        self.spot = SpotEngine(state)
        self.futures = FuturesEngine(
            state,
            default_leverage=config.default_leverage,
            default_margin_mode=config.default_margin_mode,
        )
        self.spot_stops = StopEngine(self.spot, self.spot.prepare, self._spot_trigger_price)
        self.futures_stops = StopEngine(
            self.futures, self.futures.prepare, self._futures_trigger_price
        )
        self.assets = AssetEngine(
            state,
            withdraw_fees=config.withdraw_fees,
            auto_complete_withdrawals=config.auto_complete_withdrawals,
        )
        state.settle_hooks.extend((self.spot_stops.check, self.futures_stops.check))
        state.render_balance = self._balance_event
        state.render_market = self._market_events
        self._last_bbo: dict[tuple[Scope, str], tuple[Any, ...]] = {}
        for spec in config.accounts:
            self.add_account(spec)
        self.market_maker: MarketMaker | None = None
        if config.market_maker is not None:
            mm_account = self.add_account(config.market_maker.account)
            self.market_maker = MarketMaker(
                state, self.spot, self.futures, mm_account, config.market_maker, config.seed
            )
            self.market_maker.quote_all()

    @property
    def events(self) -> EventBus:
        return self.state.events

    def now_ms(self) -> int:
        """The exchange's clock (``GET /v2/time``), including any injected skew."""
        return self.state.now_ms()

    # -- accounts -------------------------------------------------------------------------------

    @operation
    def add_account(self, spec: AccountSpec) -> Account:
        """Open an account with its starting balances (counted as money entering)."""
        account = self.state.add_account(spec)
        grants: list[tuple[Wallet, dict[str, Decimal]]] = [
            (SPOT, spec.spot),
            (FUTURES, spec.futures),
        ]
        grants += [(f"MARGIN:{market}", balances) for market, balances in spec.margin.items()]
        for wallet, balances in grants:
            for ccy, amount in balances.items():
                account.ledger.credit(wallet, ccy, amount)
                self.state.add_external(ccy, amount)
        return account

    def account(self, name: str) -> Account:
        return self.state.account_by_name(name)

    def account_by_access_id(self, access_id: str) -> Account | None:
        return self.state.account_by_access_id(access_id)

    # -- admin ----------------------------------------------------------------------------------

    def tick(self, times: int = 1) -> None:
        """Advance the market maker ``times`` steps (no-op without a market maker)."""
        if self.market_maker is not None:
            for _ in range(times):
                self.market_maker.tick()

    @operation
    def set_mark_price(self, market: str, price: Decimal) -> None:
        """Admin: set a futures market's mark (and index) price; fires mark/index stops."""
        self.futures.market(market)
        self.state.mark_prices[market] = price
        self.state.futures_data[market].samples.append((self.now_ms(), price))
        for account in self.state.accounts.values():
            if market in account.positions:
                settle_ccy = self.futures.market(market).settle_ccy
                self.state.touch_balance(account.user_id, FUTURES, settle_ccy)
        self.state.touch_market("futures", market)

    def deposit(self, account: Account, ccy: str, amount: Decimal, **details: Any) -> Any:
        """Admin: simulate a deposit arriving (see ``AssetEngine.deposit``)."""
        return self.assets.deposit(account, ccy, amount, **details)

    def _spot_trigger_price(self, market: str, price_type: TriggerPriceType) -> Decimal:
        return self.state.spot_data[market].last_price

    def _futures_trigger_price(self, market: str, price_type: TriggerPriceType) -> Decimal:
        if price_type == "latest_price":
            return self.state.futures_data[market].last_price
        return self.state.mark_prices[market]  # the sandbox's mark price is its index price

    # -- market data views (shared by REST handlers and the WS layer) ---------------------------

    def _scope_data(self, scope: Scope, market: str) -> tuple[Any, int, int]:
        if scope == "spot":
            spot = self.spot.market(market)
            return self.state.spot_books[market], spot.quote_ccy_precision, spot.base_ccy_precision
        fut = self.futures.market(market)
        return self.state.futures_books[market], fut.quote_ccy_precision, fut.base_ccy_precision

    @operation
    def depth(
        self, scope: Scope, market: str, *, limit: int = 20, interval: str = "0"
    ) -> dict[str, Any]:
        """``GET /v2/<scope>/depth`` data, with CoinEx's merge levels and CRC32 checksum."""
        if limit not in DEPTH_LIMITS or interval not in DEPTH_INTERVALS:
            raise SandboxApiError(PARAMETER_ERROR, "invalid limit or interval")
        book, price_places, amount_places = self._scope_data(scope, market)
        merge = Decimal(interval)
        if merge:
            price_places = max(0, -merge.as_tuple().exponent)  # type: ignore[operator]
        sides: dict[str, list[list[str]]] = {}
        for side, key in (("buy", "bids"), ("sell", "asks")):
            merged: dict[Decimal, Decimal] = {}
            for price, amount in book.levels(side):
                if merge:
                    price = (
                        floor_to_step(price, merge) if side == "buy" else ceil_to_step(price, merge)
                    )
                merged[price] = merged.get(price, ZERO) + amount
            sides[key] = [
                [fmt_fixed(price, price_places), fmt_fixed(amount, amount_places)]
                for price, amount in list(merged.items())[:limit]
            ]
        parts = [value for level in sides["bids"] + sides["asks"] for value in level]
        checksum = zlib.crc32(":".join(parts).encode()) & 0xFFFFFFFF
        data = self.spot.data(market) if scope == "spot" else self.futures.data(market)
        return {
            "market": market,
            "is_full": True,
            "depth": {
                "asks": sides["asks"],
                "bids": sides["bids"],
                "last": fmt(data.last_price),
                "updated_at": self.now_ms(),
                "checksum": checksum,
            },
        }

    @operation
    def bbo(self, scope: Scope, market: str) -> dict[str, Any]:
        """``bbo.update`` data: best bid and ask with their visible sizes."""
        book, price_places, amount_places = self._scope_data(scope, market)
        data: dict[str, Any] = {"market": market, "updated_at": self.now_ms()}
        for side, name in (("buy", "bid"), ("sell", "ask")):
            levels = book.levels(side)
            price, size = levels[0] if levels else (ZERO, ZERO)
            data[f"best_{name}_price"] = fmt_fixed(price, price_places) if levels else ""
            data[f"best_{name}_size"] = fmt_fixed(size, amount_places) if levels else ""
        return data

    @operation
    def ticker(self, scope: Scope, market: str, *, ws: bool = False) -> dict[str, Any]:
        """``GET /v2/<scope>/ticker`` item, or the ``state.update`` item when ``ws``."""
        if scope == "spot":
            self.spot.market(market)
            stats = self.spot.data(market).ticker(self.now_ms())
            return {"market": market, **_ticker_fields(stats)}
        self.futures.market(market)
        stats = self.futures.data(market).ticker(self.now_ms())
        mark = fmt(self.state.mark_prices[market])
        data: dict[str, Any] = {"market": market, **_ticker_fields(stats)}
        data["index_price"] = mark
        data["mark_price"] = mark
        open_interest = fmt(self.futures.open_interest(market))
        if ws:
            funding = self.funding(market)
            data["open_interest_size"] = open_interest
            data["insurance_fund_size"] = fmt(
                self.state.insurance.get(self.futures.market(market).settle_ccy, ZERO)
            )
            for key in ("latest_funding_rate", "next_funding_rate", "latest_funding_time",
                        "next_funding_time"):  # fmt: skip
                data[key] = funding[key]
        else:
            data["open_interest_volume"] = open_interest
        data["period"] = data.pop("period")
        return data

    def funding(self, market: str) -> dict[str, Any]:
        """``GET /v2/futures/funding-rate`` item: a constant rate, 8-hour funding times."""
        self.futures.market(market)
        now = self.now_ms()
        latest = now - now % FUNDING_INTERVAL_MS
        return {
            "market": market,
            "mark_price": fmt(self.state.mark_prices[market]),
            "latest_funding_rate": fmt(FUNDING_RATE),
            "next_funding_rate": fmt(FUNDING_RATE),
            "max_funding_rate": "0.00375",
            "min_funding_rate": "-0.00375",
            "latest_funding_time": latest,
            "next_funding_time": latest + FUNDING_INTERVAL_MS,
        }

    # -- balances -------------------------------------------------------------------------------

    def spot_balances(self, account: Account) -> list[dict[str, str]]:
        """``GET /v2/assets/spot/balance`` data (samples: ccy, available, frozen)."""
        return [
            {"ccy": ccy, "available": fmt(bal.available), "frozen": fmt(bal.frozen)}
            for wallet, ccy, bal in sorted(account.ledger.items(), key=lambda item: item[1])
            if wallet == SPOT
        ]

    @operation
    def futures_balances(self, account: Account, *, ws: bool = False) -> list[dict[str, str]]:
        """``GET /v2/assets/futures/balance`` data; ``ws`` adds ``equity`` (balance.update)."""
        result = []
        for wallet, ccy, _ in sorted(account.ledger.items(), key=lambda item: item[1]):
            if wallet == FUTURES:
                result.append(self._futures_balance(account, ccy, ws=ws))
        return result

    def _futures_balance(self, account: Account, ccy: str, *, ws: bool) -> dict[str, str]:
        bal = account.ledger.get(FUTURES, ccy)
        margin, unrealized = self.futures.balance_extras(account, ccy)
        data = {
            "ccy": ccy,
            "available": fmt(bal.available),
            "frozen": fmt(bal.frozen),
            "margin": fmt(margin),
            "transferrable": fmt(bal.available),
            "unrealized_pnl": fmt(unrealized),
        }
        if ws:
            data["equity"] = fmt(bal.available + bal.frozen + margin + unrealized)
        return data

    def margin_balances(self, account: Account) -> list[dict[str, Any]]:
        """``GET /v2/assets/margin/balance`` data (ccxt's real example, ``rik_rate`` sic)."""
        result = []
        markets = sorted(
            {wallet_market(w) for w, _, _ in account.ledger.items() if w.startswith("MARGIN:")}
        )
        for market in markets:
            spec = self.spot.market(market)
            wallet = f"MARGIN:{market}"
            base = account.ledger.get(wallet, spec.base_ccy)
            quote = account.ledger.get(wallet, spec.quote_ccy)
            result.append(
                {
                    "margin_account": market,
                    "base_ccy": spec.base_ccy,
                    "quote_ccy": spec.quote_ccy,
                    "available": {
                        "base_ccy": fmt(base.available),
                        "quote_ccy": fmt(quote.available),
                    },
                    "frozen": {"base_ccy": fmt(base.frozen), "quote_ccy": fmt(quote.frozen)},
                    "repaid": {"base_ccy": "0", "quote_ccy": "0"},
                    "interest": {"base_ccy": "0", "quote_ccy": "0"},
                    "rik_rate": "",
                    "liq_price": "",
                }
            )
        return result

    # -- auditing -------------------------------------------------------------------------------

    @operation
    def holdings(self) -> dict[str, Decimal]:
        """Everything the exchange holds, per currency: balances, margins, fees, insurance.

        An open futures position counts at what was paid to open it (its ``basis``, with the
        sign of the side that owes it). Because every contract bought was sold by someone, this
        equals counting positions at any common mark price with their unrealized PnL, so the
        total only changes when money enters or leaves (see ``imbalance``).
        """
        totals: dict[str, Decimal] = {}

        def add(ccy: str, amount: Decimal) -> None:
            totals[ccy] = totals.get(ccy, ZERO) + amount

        for account in self.state.accounts.values():
            for _, ccy, bal in account.ledger.items():
                add(ccy, bal.total)
            for pos in account.positions.values():
                spec = self.futures.market(pos.market)
                owes = (pos.side == "long") == (spec.contract_type == "linear")
                add(spec.settle_ccy, pos.margin + (-pos.basis if owes else pos.basis))
        for pool in (self.state.fees, self.state.insurance):
            for ccy, amount in pool.items():
                add(ccy, amount)
        return totals

    def imbalance(self) -> dict[str, Decimal]:
        """``holdings`` minus the net money that entered; all zero unless money was created."""
        holdings = self.holdings()
        ccys = set(holdings) | set(self.state.external)
        result = {ccy: holdings.get(ccy, ZERO) - self.state.external.get(ccy, ZERO) for ccy in ccys}
        return {ccy: amount for ccy, amount in result.items() if amount != 0}

    def verify_invariants(self) -> None:
        """Raise ``LedgerInvariantError`` unless every frozen balance is explained.

        For each account, wallet and currency, ``frozen`` must equal what its open orders and
        pending withdrawals reserve, and no balance may be negative.
        """
        for account in self.state.accounts.values():
            expected: dict[tuple[str, str], Decimal] = {}
            for order in account.open_orders.values():
                if order.frozen < 0:
                    raise LedgerInvariantError(f"order {order.order_id} reserves {order.frozen}")
                key = (order.wallet, order.frozen_ccy)
                expected[key] = expected.get(key, ZERO) + order.frozen
            for record in account.withdrawals:
                if record.status == "created":
                    key = (SPOT, record.ccy)
                    expected[key] = expected.get(key, ZERO) + record.amount + record.tx_fee
            for wallet, ccy, bal in account.ledger.items():
                if bal.available < 0 or bal.frozen < 0:
                    raise LedgerInvariantError(f"{account.name} {wallet} {ccy} is negative")
                if bal.frozen != expected.pop((wallet, ccy), ZERO):
                    raise LedgerInvariantError(
                        f"{account.name} {wallet} {ccy} frozen {bal.frozen} unexplained"
                    )
            if any(expected.values()):
                raise LedgerInvariantError(f"{account.name} reserves without a balance")
            for pos in account.positions.values():
                if pos.amount <= 0 or pos.margin < 0:
                    raise LedgerInvariantError(f"{account.name} position {pos.position_id}")

    # -- event rendering hooks ------------------------------------------------------------------

    def _balance_event(self, account: Account, wallet: Wallet, ccy: str) -> Event | None:
        if wallet == FUTURES:
            item = self._futures_balance(account, ccy, ws=True)
            return Event("balance", "futures", None, {"balance_list": [item]}, account.user_id, ccy)
        bal = account.ledger.get(wallet, ccy)
        item2 = {
            "margin_market": wallet_market(wallet),
            "ccy": ccy,
            "available": fmt(bal.available),
            "frozen": fmt(bal.frozen),
            "updated_at": bal.updated_at,
        }
        return Event("balance", "spot", None, {"balance_list": [item2]}, account.user_id, ccy)

    def _market_events(self, scope: Scope, market: str) -> list[Event]:
        events = [
            Event("state", scope, market, {"state_list": [self.ticker(scope, market, ws=True)]}),
            Event("depth", scope, market, {"market": market}),
        ]
        bbo = self.bbo(scope, market)
        key = tuple(value for name, value in bbo.items() if name != "updated_at")
        if self._last_bbo.get((scope, market)) != key:
            self._last_bbo[(scope, market)] = key
            events.append(Event("bbo", scope, market, bbo))
        return events


def _ticker_fields(stats: Ticker) -> dict[str, Any]:
    return {
        "last": fmt(stats.last),
        "open": fmt(stats.open),
        "close": fmt(stats.last),
        "high": fmt(stats.high),
        "low": fmt(stats.low),
        "volume": fmt(stats.volume),
        "value": fmt(stats.value),
        "volume_sell": fmt(stats.volume_sell),
        "volume_buy": fmt(stats.volume_buy),
        "period": 86400,
    }
