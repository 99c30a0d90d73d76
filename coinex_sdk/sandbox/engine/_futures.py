"""Perpetual futures: orders that open, grow, reduce and close one-way positions.

Margin works like CoinEx's: every order reserves the initial margin ``value / leverage`` of what
it may open plus its worst-case fee, taken from the FUTURES account's available balance. When a
fill opens or grows a position, that margin moves into the position (``margin_avbl``); when a fill
reduces it, the proportional margin comes back to available together with the realized PnL.
``close-position`` places a reduce-only order that reserves nothing.

Losses larger than what a trader holds are covered by the exchange's insurance fund, so no
account ever goes negative and the books still balance (see ``Exchange.holdings``); positions
whose margin runs out are liquidated (``_liquidation``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, cast

from ..render._render import futures_order_ws
from ..render._render_records import position
from ._accounts import Account, FuturesSettings, MarginMode
from ._book import MatchPlan
from ._errors import PARAMETER_ERROR, SandboxApiError
from ._events import Event
from ._ledger import FUTURES, LedgerInvariantError
from ._markets import FuturesMarket
from ._num import ZERO, floor_to_step
from ._order_requests import (
    RESTING_TYPES,
    OrderOptions,
    OrderRequest,
    check_common,
    order_quantity,
)
from ._orders import Order, Role
from ._positions import MarginChange, Position, PositionSide, contract_value, initial_margin
from ._state import ExchangeState, operation
from ._trading import FillResult, TradingEngine

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["FuturesEngine"]


class FuturesEngine(TradingEngine[FuturesMarket]):
    scope: ClassVar = "futures"
    id_kind: ClassVar = "futures_order"

    def __init__(
        self,
        state: ExchangeState,
        *,
        default_leverage: int = 3,
        default_margin_mode: MarginMode = "cross",
    ) -> None:
        super().__init__(state)
        self.default_leverage = default_leverage
        self.default_margin_mode: MarginMode = default_margin_mode
        self.margin_history: list[MarginChange] = []
        """Every ``adjust-position-margin`` (position-margin-history)."""

    def quantize_price(self, market: str, price: Decimal) -> Decimal:
        return floor_to_step(price, self.market(market).tick_size)

    def settings(self, account: Account, market: str) -> FuturesSettings:
        settings = account.futures_settings.get(market)
        if settings is None:
            settings = account.futures_settings[market] = FuturesSettings(
                self.default_leverage, self.default_margin_mode
            )
        return settings

    def mark_price(self, market: str) -> Decimal:
        return self.state.mark_prices[market]

    # -- orders ---------------------------------------------------------------------------------

    def prepare(
        self, account: Account, *, reduce_only: bool = False, **request: Unpack[OrderRequest]
    ) -> Order:
        """Validate a ``POST /v2/futures/order`` and build the order; changes nothing."""
        spec = self.market(request["market"])
        basics = check_common(request)
        limit_price = self.limit_price(spec.market, basics["type"], request.get("price"))
        return self.new_order(
            account,
            basics,
            order_quantity(request["amount"], spec.amount_step, spec.min_amount),
            limit_price,
            market_type="FUTURES",
            wallet=FUTURES,
            frozen_ccy=spec.settle_ccy,
            fee_ccy=spec.settle_ccy,
            reduce_only=reduce_only,
        )

    def required_freeze(self, account: Account, order: Order, plan: MatchPlan) -> Decimal:
        """Initial margin plus worst-case fee of everything the order may open."""
        if order.reduce_only:
            return ZERO
        spec = self.market(order.market)
        leverage = self.settings(account, order.market).leverage
        total = ZERO
        for fill in plan.fills:
            value = contract_value(spec, fill.amount, fill.price)
            total += initial_margin(spec, value, leverage) + value * order.taker_fee_rate
        rest = order.remaining - plan.filled_amount
        if order.type in RESTING_TYPES and not plan.stops_taker and rest > 0:
            value = contract_value(spec, rest, order.price)
            rate = max(order.maker_fee_rate, order.taker_fee_rate)
            total += initial_margin(spec, value, leverage) + value * rate
        return total

    def _charge(self, account: Account, order: Order | None, ccy: str, amount: Decimal) -> None:
        """Pay ``amount`` from the order's reservation, then available, then insurance."""
        if amount <= 0:
            return
        from_frozen = min(amount, order.frozen) if order is not None else ZERO
        if order is not None and from_frozen:
            account.ledger.spend_frozen(FUTURES, ccy, from_frozen)
            order.frozen -= from_frozen
        rest = amount - from_frozen
        taken = min(rest, account.ledger.get(FUTURES, ccy).available)
        account.ledger.debit(FUTURES, ccy, taken)
        if rest > taken:
            self.state.add_insurance(ccy, -(rest - taken))

    def settle(
        self, account: Account, order: Order, price: Decimal, amount: Decimal, role: Role
    ) -> FillResult:
        spec = self.market(order.market)
        ccy = spec.settle_ccy
        rate = order.maker_fee_rate if role == "maker" else order.taker_fee_rate
        fee = contract_value(spec, amount, price) * rate
        direction: PositionSide = "long" if order.side == "buy" else "short"
        now = self.state.now_ms()
        pos = account.positions.get(order.market)
        closing = min(amount, pos.amount) if pos is not None and pos.side != direction else ZERO
        realized = ZERO
        if pos is not None and closing:
            released, realized = pos.reduce(spec, closing, price)
            account.ledger.credit(FUTURES, ccy, released)
            if realized >= 0:
                account.ledger.credit(FUTURES, ccy, realized)
            else:
                self._charge(account, None, ccy, -realized)
            pos.realized_pnl += realized
            pos.updated_at = now
            order.realized_pnl += realized
        opening = amount - closing
        if opening:
            if pos is None or pos.amount == 0:
                if pos is not None:
                    self._close_position(account, pos, order)
                settings = self.settings(account, order.market)
                pos = Position(
                    position_id=self.state.next_id("position"),
                    user_id=account.user_id,
                    market=order.market,
                    side=direction,
                    margin_mode=settings.margin_mode,
                    leverage=settings.leverage,
                    created_at=now,
                    updated_at=now,
                )
                account.positions[order.market] = pos
            value = contract_value(spec, opening, price)
            margin = initial_margin(spec, value, pos.leverage)
            self._charge(account, order, ccy, margin)
            pos.increase(opening, price, value, margin)
            pos.updated_at = now
        if pos is None:  # a fill either reduces an existing position or opens one
            raise LedgerInvariantError("fill without a position")
        self._charge(account, order, ccy, fee)
        self.state.collect_fee(ccy, fee)
        pos.realized_pnl -= fee
        order.fee += fee
        if pos.amount == 0:
            self._close_position(account, pos, order)
        else:
            self.emit_position(account, pos, "update")
        self.state.touch_balance(account.user_id, FUTURES, ccy)
        return FillResult(fee=fee, fee_ccy=ccy, position_id=pos.position_id, realized_pnl=realized)

    def _close_position(self, account: Account, pos: Position, by: Order) -> None:
        if account.positions.get(pos.market) is pos:
            del account.positions[pos.market]
            pos.finished_type = pos.closing_reason or ("market" if by.type == "market" else "limit")
            pos.take_profits.clear()  # a finished position's TP/SL are gone with it
            pos.stop_losses.clear()
            account.finished_positions.append(pos)
            event = pos.closing_reason if pos.closing_reason in ("liq", "adl") else "close"
            self.emit_position(account, pos, event)

    def after_trade(self, account: Account, order: Order) -> None:
        """Reduce-only orders outlive their purpose once the position is flat: cancel them."""
        if order.market in account.positions:
            return
        for other in self.pending(account):
            if other.reduce_only and other.market == order.market and other is not order:
                self.finish(account, other)

    def order_event_data(self, order: Order) -> dict[str, Any]:
        return futures_order_ws(order)

    # -- positions ------------------------------------------------------------------------------

    def emit_position(self, account: Account, pos: Position, event: str) -> None:
        spec = self.market(pos.market)
        data = position(pos, spec, self.mark_price(pos.market), ws=True)
        self.state.emit(
            Event(
                "position",
                "futures",
                pos.market,
                {"event": event, "position": data},
                user_id=account.user_id,
            )
        )

    def position_of(self, account: Account, market: str) -> Position:
        pos = account.positions.get(market)
        if pos is None:
            raise SandboxApiError(PARAMETER_ERROR, "position not found")
        return pos

    @operation
    def close_position(
        self,
        account: Account,
        *,
        market: str,
        type: str,
        amount: Decimal | None = None,
        **options: Unpack[OrderOptions],
    ) -> Order:
        """``POST /v2/futures/close-position``: a reduce-only limit or market order for all of
        the position, or ``amount`` of it (``options``: as ``prepare`` takes them)."""
        self.market(market)
        pos = self.position_of(account, market)
        if type not in ("limit", "market"):
            raise SandboxApiError(PARAMETER_ERROR, "invalid type")
        quantity = pos.amount if amount is None else min(amount, pos.amount)
        order = self.prepare(
            account,
            market=market,
            side="sell" if pos.side == "long" else "buy",
            type=type,
            amount=quantity,
            reduce_only=True,
            **options,
        )
        return self.submit(account, order)

    @operation
    def adjust_leverage(
        self, account: Account, *, market: str, margin_mode: str, leverage: int
    ) -> FuturesSettings:
        """Set leverage and margin mode; an open position's margin follows the new leverage."""
        spec = self.market(market)
        if leverage not in spec.leverage:
            raise SandboxApiError(PARAMETER_ERROR, "invalid leverage")
        if margin_mode not in ("isolated", "cross"):
            raise SandboxApiError(PARAMETER_ERROR, "invalid margin_mode")
        settings = self.settings(account, market)
        pos = account.positions.get(market)
        if pos is not None:
            if pos.margin_mode != margin_mode:
                raise SandboxApiError(PARAMETER_ERROR, "margin mode is locked by an open position")
            required = initial_margin(spec, pos.basis, leverage)
            if required > pos.margin:
                account.ledger.debit(FUTURES, spec.settle_ccy, required - pos.margin)
            else:
                account.ledger.credit(FUTURES, spec.settle_ccy, pos.margin - required)
            pos.margin = required
            pos.ath_margin_size = max(pos.ath_margin_size, required)
            pos.leverage = leverage
            pos.updated_at = self.state.now_ms()
            self.emit_position(account, pos, "update")
        settings.leverage = leverage
        settings.margin_mode = cast(MarginMode, margin_mode)
        return settings

    @operation
    def adjust_margin(self, account: Account, *, market: str, amount: Decimal) -> Position:
        """``POST /v2/futures/adjust-position-margin``: add (+) or remove (-) isolated margin."""
        spec = self.market(market)
        pos = self.position_of(account, market)
        if pos.margin_mode != "isolated" or amount == 0:
            raise SandboxApiError(PARAMETER_ERROR, "only isolated positions take margin changes")
        if amount > 0:
            account.ledger.debit(FUTURES, spec.settle_ccy, amount)
            pos.margin += amount
        else:
            if pos.margin + amount < initial_margin(spec, pos.basis, pos.leverage):
                raise SandboxApiError(PARAMETER_ERROR, "margin below the initial margin")
            pos.margin += amount
            account.ledger.credit(FUTURES, spec.settle_ccy, -amount)
        pos.ath_margin_size = max(pos.ath_margin_size, pos.margin)
        pos.updated_at = self.state.now_ms()
        self.margin_history.append(
            MarginChange(
                **pos.key,
                margin_mode=pos.margin_mode,
                leverage=pos.leverage,
                liq_price=pos.bankruptcy_price(spec, spec.maintenance_margin_rate),
                bkr_price=pos.bankruptcy_price(spec),
                settle_price=pos.avg_entry_price(spec),
                open_interest=pos.amount,
                margin_avbl=pos.margin,
                margin_change=amount,
                created_at=pos.updated_at,
            )
        )
        self.emit_position(account, pos, "update")
        return pos

    # -- views ----------------------------------------------------------------------------------

    def balance_extras(self, account: Account, ccy: str) -> tuple[Decimal, Decimal]:
        """``(margin, unrealized_pnl)`` of the positions settled in ``ccy``."""
        margin = unrealized = ZERO
        for pos in account.positions.values():
            spec = self.market(pos.market)
            if spec.settle_ccy == ccy:
                margin += pos.margin
                unrealized += pos.unrealized_pnl(spec, self.mark_price(pos.market))
        return margin, unrealized

    def open_interest(self, market: str) -> Decimal:
        return sum(
            (
                pos.amount
                for account in self.state.accounts.values()
                for pos in account.positions.values()
                if pos.market == market and pos.side == "long"
            ),
            ZERO,
        )
