"""Spot and margin trading: orders on the SPOT account or a per-market MARGIN account.

Reservations follow CoinEx: a buy reserves quote currency (``price * amount`` for limit-like
orders, the budget for a market buy), a sell reserves the base amount. A market buy counts its
``amount`` in the quote currency unless ``ccy`` names the base currency, and a market sell counts
it in base unless ``ccy`` names the quote (put-order docs, ``ccy`` parameter).

Fees are charged in what the side receives, as CoinEx does without CET deduction: the buyer pays
``base_fee`` out of the bought amount, the seller ``quote_fee`` out of the proceeds (the finished
market sell in ccxt's real example shows ``quote_fee``). Maker and taker rates come from the
market unless the account overrides them.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from ..render._render import spot_order_ws
from ._accounts import Account
from ._book import MatchPlan
from ._errors import PARAMETER_ERROR, SandboxApiError
from ._ledger import SPOT, margin_wallet, wallet_market
from ._markets import SpotMarket
from ._num import ZERO, step
from ._order_requests import OrderRequest, check_common, order_quantity
from ._orders import Order, Role
from ._trading import FillResult, TradingEngine

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["SpotEngine"]


class SpotEngine(TradingEngine[SpotMarket]):
    scope: ClassVar = "spot"
    id_kind: ClassVar = "spot_order"

    def quantize_price(self, market: str, price: Decimal) -> Decimal:
        return price.quantize(self.market(market).price_step, rounding=ROUND_DOWN)

    def wallet(self, market: SpotMarket, market_type: str) -> str:
        if market_type == "SPOT":
            return SPOT
        if market_type == "MARGIN" and market.is_margin_available:
            return margin_wallet(market.market)
        raise SandboxApiError(PARAMETER_ERROR, "invalid market_type")

    def prepare(
        self,
        account: Account,
        *,
        market_type: str,
        ccy: str | None = None,
        **request: Unpack[OrderRequest],
    ) -> Order:
        """Validate a ``POST /v2/spot/order`` and build the order; changes nothing."""
        spec = self.market(request["market"])
        wallet = self.wallet(spec, market_type)
        basics = check_common(request)
        side, type_ = basics["side"], basics["type"]
        if ccy is not None and ccy not in (spec.base_ccy, spec.quote_ccy):
            raise SandboxApiError(PARAMETER_ERROR, "invalid ccy")
        if type_ == "market":
            ccy = ccy or (spec.quote_ccy if side == "buy" else spec.base_ccy)
        else:
            ccy = spec.base_ccy
        in_quote = ccy == spec.quote_ccy
        limit_price = self.limit_price(spec.market, type_, request.get("price"))
        if in_quote:  # a market order's budget in quote currency has no minimum amount
            quantity = order_quantity(request["amount"], step(spec.quote_ccy_precision), ZERO)
        else:
            quantity = order_quantity(request["amount"], spec.amount_step, spec.min_amount)
        return self.new_order(
            account,
            basics,
            quantity,
            limit_price,
            market_type="SPOT" if wallet == SPOT else "MARGIN",
            wallet=wallet,
            frozen_ccy=spec.quote_ccy if side == "buy" else spec.base_ccy,
            ccy=ccy,
            in_quote=in_quote,
        )

    def required_freeze(self, account: Account, order: Order, plan: MatchPlan) -> Decimal:
        if order.type == "market":
            if order.side == "buy":
                return order.remaining if order.in_quote else plan.filled_value
            return plan.filled_amount if order.in_quote else order.remaining
        if order.side == "buy":
            return order.remaining * order.price
        return order.remaining

    def settle(
        self, account: Account, order: Order, price: Decimal, amount: Decimal, role: Role
    ) -> FillResult:
        with self.state.journaling("trade"):  # the SPOT transaction history's "trade"
            return self._settle(account, order, price, amount, role)

    def _settle(
        self, account: Account, order: Order, price: Decimal, amount: Decimal, role: Role
    ) -> FillResult:
        spec = self.market(order.market)
        rate = order.maker_fee_rate if role == "maker" else order.taker_fee_rate
        value = price * amount
        ledger = account.ledger
        if order.side == "buy":  # pays quote out of its reservation, receives base
            paid_ccy, paid, fee_ccy, received = spec.quote_ccy, value, spec.base_ccy, amount
        else:
            paid_ccy, paid, fee_ccy, received = spec.base_ccy, amount, spec.quote_ccy, value
        ledger.spend_frozen(order.wallet, paid_ccy, paid)
        order.frozen -= paid
        fee = received * rate  # charged in what the side receives
        ledger.credit(order.wallet, fee_ccy, received - fee)
        if order.side == "buy":
            order.base_fee += fee
        else:
            order.quote_fee += fee
        self.state.collect_fee(fee_ccy, fee)
        return FillResult(fee=fee, fee_ccy=fee_ccy)

    def order_event_data(self, order: Order) -> dict[str, Any]:
        return spot_order_ws(order, wallet_market(order.wallet))
