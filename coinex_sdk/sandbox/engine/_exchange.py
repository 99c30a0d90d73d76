"""The sandbox exchange: one object that owns the state, the engines and the admin controls.

    exchange = Exchange()                      # default markets, accounts alice/bob, market maker
    alice = exchange.account("alice")
    exchange.spot.place(alice, market="BTCUSDT", market_type="SPOT", side="buy",
                        type="limit", amount=Decimal("0.01"), price=Decimal("59000"))
    exchange.tick()                            # the market maker moves the price

Engines: ``spot`` and ``futures`` (orders, matching, positions; each with its ``stops``),
``position_tpsl`` (position take-profit / stop-loss), ``assets`` (transfers,
deposits, withdrawals), ``margin`` (loans), ``subaccounts``, ``amm`` (liquidity pools),
``market_maker``. Views: ``market_data`` (depth, bbo, tickers, funding) and ``balances``.
``audit`` checks that no money was
created. Controls that the server layer applies: ``faults`` and ``rate_limits``. ``events`` is the
bus the WebSocket layer subscribes to. The REST endpoints live in ``_handlers``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from ..admin._faults import Faults
from ..http._ratelimit import RateLimits
from ..render._views import BalanceView, MarketDataView
from ._accounts import (
    DEFAULT_ACCOUNTS,
    Account,
    AccountSpec,
    ApiKey,
    DepositRecord,
    MarginMode,
)
from ._amm import AmmEngine
from ._assets import DEFAULT_CHAINS, AssetEngine
from ._audit import Audit
from ._events import EventBus
from ._funding import FundingEngine
from ._futures import FuturesEngine
from ._ledger import FUTURES, SPOT, Wallet, margin_wallet
from ._liquidation import LiquidationEngine
from ._margin import MarginEngine, MarginTerms
from ._market_maker import MarketMaker, MarketMakerConfig
from ._markets import DEFAULT_FUTURES_MARKETS, DEFAULT_SPOT_MARKETS, FuturesMarket, SpotMarket
from ._orders import TriggerPriceType
from ._spot import SpotEngine
from ._state import ExchangeState, operation, system_clock
from ._stops import StopEngine
from ._subaccounts import SubAccountEngine
from ._tpsl import TpSlEngine

__all__ = ["Exchange", "ExchangeConfig"]


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
    margin: MarginTerms = attrs.field(factory=MarginTerms)
    """Lending terms of the margin markets (interest rate, leverage, loan limits)."""
    withdraw_fees: dict[str, Decimal] = attrs.field(
        factory=lambda: _fees({"BTC": "0.0002", "ETH": "0.002", "USDT": "1"}), converter=_fees
    )
    auto_complete_withdrawals: bool = True
    chains: dict[str, tuple[str, ...]] = attrs.field(factory=lambda: dict(DEFAULT_CHAINS))
    """The chains each currency is deposited and withdrawn on (``_assets.DEFAULT_CHAINS``)."""
    strict_signing: bool = False
    """For the server layer: accept only the documented HMAC signature, not the legacy scheme."""
    enforce_rate_limits: bool = False


class Exchange:
    """A local CoinEx: accounts, markets, matching engines, market maker and fault controls."""

    def __init__(
        self,
        config: ExchangeConfig | None = None,
        *,
        clock: Callable[[], int] | None = None,
        initial_state: Mapping[str, Any] | None = None,
    ) -> None:
        """``initial_state``: a state saved by :meth:`save_state` to start from."""
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
        self.spot.stops = StopEngine(self.spot, self.spot.prepare, self._spot_trigger_price)
        self.futures.stops = StopEngine(
            self.futures, self.futures.prepare, self._futures_trigger_price
        )
        self.margin = MarginEngine(state, config.margin)
        self.subaccounts = SubAccountEngine(state)
        self.amm = AmmEngine(state)
        self.assets = AssetEngine(
            state,
            withdraw_fees=config.withdraw_fees,
            auto_complete_withdrawals=config.auto_complete_withdrawals,
            margin=self.margin,
            chains=config.chains,
        )
        self.position_tpsl = TpSlEngine(self.futures, self._futures_trigger_price)
        self.funding = FundingEngine(self.futures)
        state.time_hooks.append(self.funding.settle_due)
        self.market_data = MarketDataView(state, self.spot, self.futures, funding=self.funding)
        self.balances = BalanceView(self.spot, self.futures, self.margin)
        self.audit = Audit(state, self.futures)
        self.liquidation = LiquidationEngine(self.futures)
        state.settle_hooks.extend(
            (
                self.spot.stops.check,
                self.futures.stops.check,
                self.position_tpsl.check,
                self.liquidation.check,
            )
        )
        state.render_balance = self.balances.event
        state.render_market = self.market_data.events
        for spec in config.accounts:
            self.add_account(spec)
        self.market_maker: MarketMaker | None = None
        if config.market_maker is not None:
            maker_account = self.add_account(config.market_maker.account)
            self.market_maker = MarketMaker(
                state, self.spot, self.futures, maker_account, config.market_maker, config.seed
            )
            self.market_maker.quote_all()
        if initial_state is not None:
            self.load_state(initial_state)

    def save_state(self) -> dict[str, Any]:
        """The exchange's state as a JSON-able dict (``_snapshot``)."""
        from ._snapshot import save_state

        return save_state(self)

    def load_state(self, saved: Mapping[str, Any]) -> None:
        """Replace the exchange's state with a saved one (same configured accounts)."""
        from ._snapshot import load_state

        load_state(self, dict(saved))

    @property
    def events(self) -> EventBus:
        return self.state.events

    def now_ms(self) -> int:
        """The exchange's clock, the one "now" everything simulated reads: the machine clock,
        any injected skew, and how far :meth:`advance` moved it."""
        return self.state.now_ms()

    def wire_now_ms(self) -> int:
        """``GET /v2/time`` and the signature freshness checks: the machine clock plus skew,
        without the simulated advance (see ``ExchangeState.wire_now_ms``)."""
        return self.state.wire_now_ms()

    @operation
    def advance(self, seconds: Decimal | int | float) -> None:
        """Move the exchange's clock forward by ``seconds``; whatever falls due meanwhile
        (funding settlements, interest) happens, each at its own time."""
        self.state.advance(int(Decimal(str(seconds)) * 1000))
        self.run_time_hooks()

    def run_time_hooks(self) -> None:
        """Let due time-based events happen (called on advance and on market-maker ticks)."""
        with self.state.operation():
            for hook in self.state.time_hooks:
                hook()

    # -- accounts -------------------------------------------------------------------------------

    @operation
    def add_account(self, spec: AccountSpec) -> Account:
        """Open an account with its starting balances (counted as money entering)."""
        account = self.state.add_account(spec)
        grants: list[tuple[Wallet, dict[str, Decimal]]] = [
            (SPOT, spec.spot),
            (FUTURES, spec.futures),
        ]
        grants += [(margin_wallet(market), balances) for market, balances in spec.margin.items()]
        for wallet, balances in grants:
            for ccy, amount in balances.items():
                account.ledger.credit(wallet, ccy, amount)
                self.state.add_external(ccy, amount)
        return account

    def account(self, name: str) -> Account:
        return self.state.account_by_name(name)

    def account_by_access_id(self, access_id: str) -> Account | None:
        """The account an API key signs as (None for an unknown key)."""
        return self.state.account_by_access_id(access_id)

    def api_key(self, access_id: str) -> ApiKey | None:
        """The lookup the authentication checks use (``_auth.verify_http_request``)."""
        return self.state.api_key(access_id)

    # -- admin ----------------------------------------------------------------------------------

    def tick(self, times: int = 1) -> None:
        """Advance the market maker ``times`` steps (no-op without a market maker)."""
        if self.market_maker is not None:
            for _ in range(times):
                self.market_maker.tick()
        self.run_time_hooks()

    @operation
    def set_mark_price(self, market: str, price: Decimal) -> None:
        """Admin: set a futures market's mark (and index) price; fires mark/index stops."""
        settle_ccy = self.futures.market(market).settle_ccy
        self.state.mark_prices[market] = price
        self.state.index_prices[market] = price
        self.state.futures.data[market].sample(self.now_ms(), price, price)
        for account in self.state.accounts.values():
            if market in account.positions:  # unrealized PnL changed
                self.state.touch_balance(account.user_id, FUTURES, settle_ccy)
        self.state.touch_market("futures", market)

    @operation
    def set_index_price(self, market: str, price: Decimal) -> None:
        """Admin: set a futures market's index price alone (the mark price stays): a premium
        or discount of the futures price over the index, which funding follows."""
        self.futures.market(market)
        if price <= 0:
            raise ValueError("an index price is positive")
        self.state.index_prices[market] = price
        mark = self.state.mark_prices[market]
        self.state.futures.data[market].sample(self.now_ms(), mark, price)
        self.state.touch_market("futures", market)

    def deposit(
        self, account: Account, ccy: str, amount: Decimal, *, chain: str = ""
    ) -> DepositRecord:
        """Admin: simulate an on-chain deposit arriving (``AssetEngine.deposit`` for details)."""
        return self.assets.deposit(account, ccy, amount, chain=chain)

    # -- audit shortcuts used throughout the tests ----------------------------------------------

    def imbalance(self) -> dict[str, Decimal]:
        """Currencies whose books do not balance (``Audit.imbalance``); empty is healthy."""
        return self.audit.imbalance()

    def verify_invariants(self) -> None:
        """Raise unless every frozen balance is explained (``Audit.verify``)."""
        self.audit.verify()

    # -- stop triggers --------------------------------------------------------------------------

    def _spot_trigger_price(self, market: str, price_type: TriggerPriceType) -> Decimal:
        return self.state.spot.data[market].last_price

    def _futures_trigger_price(self, market: str, price_type: TriggerPriceType) -> Decimal:
        if price_type == "latest_price":
            return self.state.futures.data[market].last_price
        if price_type == "index_price":
            return self.state.index_prices[market]
        return self.state.mark_prices[market]
