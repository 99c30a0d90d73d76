"""Read-only views in CoinEx's wire shapes, shared by the REST handlers and the WebSocket layer.

``MarketDataView`` renders books (with CoinEx's merge intervals and CRC32 checksum), best bid and
offer, 24h tickers and funding; ``BalanceView`` renders the spot, futures and margin balances.
Each also builds the events for what changed in an operation (``state``, ``depth``, ``bbo``,
``balance``), which ``ExchangeState`` publishes when the operation ends.
"""

from __future__ import annotations

import zlib
from decimal import Decimal
from typing import Any

import attrs

from ..engine._accounts import Account
from ..engine._book import OrderBook
from ..engine._errors import PARAMETER_ERROR, SandboxApiError
from ..engine._events import Event, Scope
from ..engine._funding import FUNDING_INTERVAL_MS, MAX_FUNDING_RATE, MIN_FUNDING_RATE, FundingEngine
from ..engine._futures import FuturesEngine
from ..engine._ledger import FUTURES, SPOT, Wallet, margin_wallet, wallet_market
from ..engine._margin import MarginEngine
from ..engine._marketdata import MarketData, Ticker
from ..engine._num import ZERO, ceil_to_step, floor_to_step, fmt, fmt_fixed
from ..engine._orders import Side
from ..engine._spot import SpotEngine
from ..engine._state import ExchangeState, operation

__all__ = ["DEPTH_INTERVALS", "DEPTH_LIMITS", "BalanceView", "MarketDataView"]

DEPTH_LIMITS = (5, 10, 20, 50)
DEPTH_INTERVALS = (
    "0", "0.00000000001", "0.000000000001", "0.0000000001", "0.000000001", "0.00000001",
    "0.0000001", "0.000001", "0.00001", "0.0001", "0.001", "0.01", "0.1", "1", "10", "100", "1000",
)  # fmt: skip
"""The docs' depth ``interval`` (merge level) enum; ``"0"`` means no merging."""
_SIDES: tuple[tuple[Side, str], ...] = (("buy", "bids"), ("sell", "asks"))


@attrs.frozen
class MarketDataView:
    state: ExchangeState
    spot: SpotEngine
    futures: FuturesEngine
    funding_engine: FundingEngine = attrs.field(alias="funding")
    """The exchange's funding engine (its settlements and the current rate estimate)."""
    _last_bbo: dict[tuple[Scope, str], tuple[Any, ...]] = attrs.field(factory=dict, init=False)
    """The best levels last pushed per market: a ``bbo`` event only when they move."""

    def _market(self, scope: Scope, market: str) -> tuple[OrderBook, MarketData, int, int]:
        """Book, data, price decimals and amount decimals of a market (4004 if unknown)."""
        if scope == "spot":
            spot = self.spot.market(market)
            precision = spot.quote_ccy_precision, spot.base_ccy_precision
            return self.spot.book(market), self.spot.data(market), *precision
        fut = self.futures.market(market)
        precision = fut.quote_ccy_precision, fut.base_ccy_precision
        return self.futures.book(market), self.futures.data(market), *precision

    @operation
    def depth(
        self, scope: Scope, market: str, *, limit: int = 20, interval: str = "0"
    ) -> dict[str, Any]:
        """``GET /v2/<scope>/depth`` data (also the body of a full ``depth.update`` push).

        With an ``interval``, bids merge down and asks merge up to multiples of it. The checksum
        is CRC32 of ``bid1_price:bid1_amount:...:ask1_price:ask1_amount...`` over the very strings
        sent (docs/protocol/websocket.md §11), as an unsigned 32-bit int.
        """
        if limit not in DEPTH_LIMITS or interval not in DEPTH_INTERVALS:
            raise SandboxApiError(PARAMETER_ERROR, "invalid limit or interval")
        book, data, price_places, amount_places = self._market(scope, market)
        merge = Decimal(interval)
        if merge:
            price_places = max(0, -int(merge.as_tuple().exponent))
        sides: dict[str, list[list[str]]] = {}
        for side, key in _SIDES:
            merged: dict[Decimal, Decimal] = {}
            for price, amount in book.levels(side):
                if merge:  # bids merge down, asks up: a merged level never looks better
                    rounding = floor_to_step if side == "buy" else ceil_to_step
                    price = rounding(price, merge)
                merged[price] = merged.get(price, ZERO) + amount
            sides[key] = [
                [fmt_fixed(price, price_places), fmt_fixed(amount, amount_places)]
                for price, amount in list(merged.items())[:limit]
            ]
        parts = [value for level in sides["bids"] + sides["asks"] for value in level]
        return {
            "market": market,
            "is_full": True,
            "depth": {
                "asks": sides["asks"],
                "bids": sides["bids"],
                "last": fmt(data.last_price),
                "updated_at": self.state.now_ms(),
                "checksum": zlib.crc32(":".join(parts).encode()) & 0xFFFFFFFF,
            },
        }

    @operation
    def bbo(self, scope: Scope, market: str) -> dict[str, Any]:
        """``bbo.update`` data: the best visible bid and ask with their sizes."""
        book, _, price_places, amount_places = self._market(scope, market)
        data: dict[str, Any] = {"market": market, "updated_at": self.state.now_ms()}
        for side, key in _SIDES:
            name = key[:-1]
            levels = book.levels(side)
            price, size = levels[0] if levels else (ZERO, ZERO)
            data[f"best_{name}_price"] = fmt_fixed(price, price_places) if levels else ""
            data[f"best_{name}_size"] = fmt_fixed(size, amount_places) if levels else ""
        return data

    @operation
    def ticker(self, scope: Scope, market: str, *, ws: bool = False) -> dict[str, Any]:
        """``GET /v2/<scope>/ticker`` item, or the ``state.update`` item when ``ws``."""
        _, data, _, _ = self._market(scope, market)
        item: dict[str, Any] = {
            "market": market,
            **_ticker_fields(data.ticker(self.state.now_ms())),
        }
        if scope == "futures":
            item["index_price"] = fmt(self.state.index_prices[market])
            item["mark_price"] = fmt(self.futures.mark_price(market))
            open_interest = fmt(self.futures.open_interest(market))
            if ws:
                settle_ccy = self.futures.market(market).settle_ccy
                item["open_interest_size"] = open_interest
                item["insurance_fund_size"] = fmt(self.state.insurance.get(settle_ccy, ZERO))
                funding = self.funding(market)
                for key in ("latest_funding_rate", "next_funding_rate"):
                    item[key] = funding[key]
                for key in ("latest_funding_time", "next_funding_time"):
                    item[key] = funding[key]
            else:
                item["open_interest_volume"] = open_interest
            item["period"] = item.pop("period")  # keep CoinEx's field order: period last
        return item

    def funding(self, market: str) -> dict[str, Any]:
        """``GET /v2/futures/funding-rate`` item: the rate of the last settlement (the current
        estimate before the first one) and the one the next settlement will use (``_funding``)."""
        self.futures.market(market)
        engine = self.funding_engine
        upcoming = engine.current_rate(market)
        latest = engine.latest(market)
        next_time = engine.next_funding_time[market]
        latest_time = latest.funding_time if latest else next_time - FUNDING_INTERVAL_MS
        return {
            "market": market,
            "mark_price": fmt(self.futures.mark_price(market)),
            "latest_funding_rate": fmt(latest.actual_rate if latest else upcoming),
            "next_funding_rate": fmt(upcoming),
            "max_funding_rate": fmt(MAX_FUNDING_RATE),
            "min_funding_rate": fmt(MIN_FUNDING_RATE),
            "latest_funding_time": latest_time,
            "next_funding_time": next_time,
        }

    def events(self, scope: Scope, market: str) -> list[Event]:
        """``state`` and ``depth`` for a changed market, ``bbo`` only if the best level moved."""
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


@attrs.frozen
class BalanceView:
    spot: SpotEngine
    futures: FuturesEngine
    margin: MarginEngine

    def spot_balances(self, account: Account) -> list[dict[str, str]]:
        """``GET /v2/assets/spot/balance`` data (spec/examples/assets-spot-balance.json)."""
        return [
            {"ccy": ccy, "available": fmt(bal.available), "frozen": fmt(bal.frozen)}
            for wallet, ccy, bal in sorted(account.ledger.items(), key=lambda item: item[1])
            if wallet == SPOT
        ]

    @operation
    def futures_balances(self, account: Account, *, ws: bool = False) -> list[dict[str, str]]:
        """``GET /v2/assets/futures/balance`` data; ``ws`` adds ``equity`` (balance.update)."""
        return [
            self.futures_balance(account, ccy, ws=ws)
            for wallet, ccy, _ in sorted(account.ledger.items(), key=lambda item: item[1])
            if wallet == FUTURES
        ]

    @property
    def state(self) -> ExchangeState:
        return self.spot.state

    def futures_balance(self, account: Account, ccy: str, *, ws: bool = False) -> dict[str, str]:
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
        """``GET /v2/assets/margin/balance`` data (ccxt's real example, ``rik_rate`` sic):
        ``repaid`` and ``interest`` are the principal and interest still owed on loans."""
        result = []
        markets = {
            wallet_market(w) for w, _, _ in account.ledger.items() if w.startswith("MARGIN:")
        }
        markets.update(loan.market for loan in account.loans if loan.is_open)
        for market in sorted(markets):
            spec = self.spot.market(market)
            wallet = margin_wallet(market)
            base = account.ledger.get(wallet, spec.base_ccy)
            quote = account.ledger.get(wallet, spec.quote_ccy)
            base_owed = self.margin.owed(account, market, spec.base_ccy)
            quote_owed = self.margin.owed(account, market, spec.quote_ccy)
            risk_rate = self.margin.risk_rate(account, spec)
            result.append(
                {
                    "margin_account": spec.market,
                    "base_ccy": spec.base_ccy,
                    "quote_ccy": spec.quote_ccy,
                    "available": _pair(base.available, quote.available),
                    "frozen": _pair(base.frozen, quote.frozen),
                    "repaid": _pair(base_owed[0], quote_owed[0]),
                    "interest": _pair(base_owed[1], quote_owed[1]),
                    "rik_rate": "" if risk_rate is None else fmt(risk_rate),
                    "liq_price": "",
                }
            )
        return result

    def event(self, account: Account, wallet: Wallet, ccy: str) -> Event:
        """The ``balance.update`` of one changed balance, on the endpoint that owns it."""
        if wallet == FUTURES:
            item = self.futures_balance(account, ccy, ws=True)
            return Event("balance", "futures", None, {"balance_list": [item]}, account.user_id, ccy)
        bal = account.ledger.get(wallet, ccy)
        spot_item = {
            "margin_market": wallet_market(wallet),
            "ccy": ccy,
            "available": fmt(bal.available),
            "frozen": fmt(bal.frozen),
            "updated_at": bal.updated_at,
        }
        return Event("balance", "spot", None, {"balance_list": [spot_item]}, account.user_id, ccy)


def _pair(base: Decimal, quote: Decimal) -> dict[str, str]:
    return {"base_ccy": fmt(base), "quote_ccy": fmt(quote)}
