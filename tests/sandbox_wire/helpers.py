"""Arguments for every generated endpoint, and the exchange state some of them need.

Arguments are synthesized from the endpoint's ``Param`` descriptions (every parameter, optional
ones too, so the server's validation sees them all); endpoints that act on something that must
exist first (an order to cancel, a position to close) get it prepared on the exchange through
``Sandbox.run`` and its id passed in.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from coinex_sdk._endpoint import Endpoint, Param
from coinex_sdk.sandbox import Exchange, Sandbox

D = Decimal
ALICE = "alice"

_NAMED: dict[str, Any] = {
    "market": "BTCUSDT",
    "ccy": "USDT",
    "client_id": "wire1",
    "sub_user_name": "wiresub",
    "chain": "TRC20",
    "to_address": "bob",
    "amount": D("0.001"),
    "price": D("45000"),
    "trigger_price": D("70000"),
}


def value(param: Param) -> Any:
    """A valid value for ``param``: a realistic one by name, else the first that fits its rules."""
    if param.name in _NAMED and param.kind in ("string", "decimal"):
        return _NAMED[param.name]
    if param.enum:
        return [str(e) for e in param.enum[:1]] if param.kind == "list" else param.enum[0]
    if param.kind == "string":
        candidates = ("abc123", "abc-123", "1.2.3.4", "x")
        return next(c for c in candidates if not param.pattern or re.fullmatch(param.pattern, c))
    if param.kind == "int":
        return int(param.minimum) + 1 if param.minimum is not None else 1
    if param.kind == "timestamp":
        return int(time.time() * 1000) - 3_600_000
    if param.kind == "bool":
        return True
    if param.kind == "decimal":
        return D("1")
    if param.kind == "list":
        return ["BTCUSDT"]
    if param.kind == "int_list":
        return [1]
    item = {field.name: value(field) for field in param.fields}
    return item if param.kind == "object" else [item]


def _spot_order(ex: Exchange, *, filled: bool = False, client_id: str = "") -> int:
    order = ex.spot.place(
        ex.account(ALICE),
        market="BTCUSDT",
        market_type="SPOT",
        side="buy",
        type="market" if filled else "limit",
        amount=D("100") if filled else D("0.001"),
        price=None if filled else D("45000"),
        client_id=client_id,
    )
    return order.order_id


def _futures_order(ex: Exchange, *, filled: bool = False, client_id: str = "") -> int:
    order = ex.futures.place(
        ex.account(ALICE),
        market="BTCUSDT",
        side="buy",
        type="market" if filled else "limit",
        amount=D("0.001"),
        price=None if filled else D("45000"),
        client_id=client_id,
    )
    return order.order_id


def _spot_stop(ex: Exchange) -> int:
    stop = ex.spot.stops.place(
        ex.account(ALICE), market="BTCUSDT", market_type="SPOT", side="buy", type="market",
        amount=D("10"), trigger_price=D("70000"),
    )  # fmt: skip
    return stop.stop_id


def _futures_stop(ex: Exchange) -> int:
    stop = ex.futures.stops.place(
        ex.account(ALICE), market="BTCUSDT", side="buy", type="market", amount=D("0.001"),
        trigger_price=D("70000"), trigger_price_type="latest_price",
    )  # fmt: skip
    return stop.stop_id


def _position(ex: Exchange, market: str = "BTCUSDT") -> None:
    ex.futures.place(ex.account(ALICE), market=market, side="buy", type="market", amount=D("0.01"))


def _isolated_position(ex: Exchange) -> None:
    alice = ex.account(ALICE)
    if "ETHUSDT" not in alice.positions:
        ex.futures.adjust_leverage(alice, market="ETHUSDT", margin_mode="isolated", leverage=10)
    _position(ex, "ETHUSDT")


def _pending_withdrawal(ex: Exchange) -> int:
    ex.assets.auto_complete_withdrawals = False
    try:
        record = ex.assets.withdraw(
            ex.account(ALICE), ccy="USDT", to_address="TY5vq3", amount=D("5"), chain="TRC20"
        )
    finally:
        ex.assets.auto_complete_withdrawals = True
    return record.withdraw_id


SPOT = {"market": "BTCUSDT", "market_type": "SPOT"}
FUTURES = {"market": "BTCUSDT", "market_type": "FUTURES"}
Prepare = Callable[[Exchange], dict[str, Any]]
PREPARE: dict[str, Prepare] = {}


def prepares(name: str) -> Callable[[Prepare], Prepare]:
    """Register what ``name`` needs on the exchange; it returns the arguments that use it."""

    def register(prepare: Prepare) -> Prepare:
        PREPARE[name] = prepare
        return prepare

    return register


@prepares("spot.order_status")
def _spot_order_status(ex: Exchange) -> dict[str, Any]:
    return {"market": "BTCUSDT", "order_id": _spot_order(ex)}


@prepares("spot.order_deals")
def _spot_order_deals(ex: Exchange) -> dict[str, Any]:
    return {**SPOT, "order_id": _spot_order(ex, filled=True)}


@prepares("spot.modify_order")
def _spot_modify_order(ex: Exchange) -> dict[str, Any]:
    return {**SPOT, "order_id": _spot_order(ex), "price": D("44000")}


@prepares("spot.cancel_order")
def _spot_cancel_order(ex: Exchange) -> dict[str, Any]:
    return {**SPOT, "order_id": _spot_order(ex)}


@prepares("spot.cancel_order_by_client_id")
def _spot_cancel_by_client_id(ex: Exchange) -> dict[str, Any]:
    _spot_order(ex, client_id="cancel-me")
    return {**SPOT, "client_id": "cancel-me"}


@prepares("spot.modify_stop_order")
def _spot_modify_stop(ex: Exchange) -> dict[str, Any]:
    return {**SPOT, "stop_id": _spot_stop(ex), "amount": D("20"), "trigger_price": D("71000")}


@prepares("spot.cancel_stop_order")
def _spot_cancel_stop(ex: Exchange) -> dict[str, Any]:
    return {**SPOT, "stop_id": _spot_stop(ex)}


@prepares("futures.order_status")
def _futures_order_status(ex: Exchange) -> dict[str, Any]:
    return {"market": "BTCUSDT", "order_id": _futures_order(ex)}


@prepares("futures.order_deals")
def _futures_order_deals(ex: Exchange) -> dict[str, Any]:
    return {**FUTURES, "order_id": _futures_order(ex, filled=True)}


@prepares("futures.modify_order")
def _futures_modify_order(ex: Exchange) -> dict[str, Any]:
    return {**FUTURES, "order_id": _futures_order(ex), "price": D("44000")}


@prepares("futures.cancel_order")
def _futures_cancel_order(ex: Exchange) -> dict[str, Any]:
    return {**FUTURES, "order_id": _futures_order(ex)}


@prepares("futures.cancel_order_by_client_id")
def _futures_cancel_by_client_id(ex: Exchange) -> dict[str, Any]:
    _futures_order(ex, client_id="f-cancel-me")
    return {**FUTURES, "client_id": "f-cancel-me"}


@prepares("futures.modify_stop_order")
def _futures_modify_stop(ex: Exchange) -> dict[str, Any]:
    stop_id = _futures_stop(ex)
    return {**FUTURES, "stop_id": stop_id, "amount": D("0.002"), "trigger_price": D("71000")}


@prepares("futures.cancel_stop_order")
def _futures_cancel_stop(ex: Exchange) -> dict[str, Any]:
    return {**FUTURES, "stop_id": _futures_stop(ex)}


@prepares("futures.close_position")
def _close_position(ex: Exchange) -> dict[str, Any]:
    _position(ex)
    return {**FUTURES, "type": "market", "amount": None, "price": None}


@prepares("futures.adjust_position_margin")
def _adjust_position_margin(ex: Exchange) -> dict[str, Any]:
    _isolated_position(ex)
    return {"market": "ETHUSDT", "market_type": "FUTURES", "amount": D("1")}


def _tpsl(ex: Exchange, kind: str) -> int:
    _position(ex)
    pos = ex.position_tpsl.set(
        ex.account(ALICE),
        "take_profit" if kind == "take_profit" else "stop_loss",
        market="BTCUSDT",
        price_type="latest_price",
        price=D("90000") if kind == "take_profit" else D("10000"),
        amount=D("0.001"),
    )
    return pos.tpsl("take_profit" if kind == "take_profit" else "stop_loss")[-1].id


@prepares("futures.set_position_take_profit")
def _set_take_profit(ex: Exchange) -> dict[str, Any]:
    _position(ex)
    return {**FUTURES, "take_profit_price": D("90000"), "take_profit_amount": None}


@prepares("futures.set_position_stop_loss")
def _set_stop_loss(ex: Exchange) -> dict[str, Any]:
    _position(ex)
    return {**FUTURES, "stop_loss_price": D("10000"), "stop_loss_amount": D("0.001")}


@prepares("futures.modify_position_take_profit")
def _modify_take_profit(ex: Exchange) -> dict[str, Any]:
    tp = _tpsl(ex, "take_profit")
    return {**FUTURES, "take_profit_id": tp, "take_profit_price": D("91000")}


@prepares("futures.modify_position_stop_loss")
def _modify_stop_loss(ex: Exchange) -> dict[str, Any]:
    sl = _tpsl(ex, "stop_loss")
    return {**FUTURES, "stop_loss_id": sl, "stop_loss_price": D("9000")}


@prepares("futures.cancel_position_take_profit")
def _cancel_take_profit(ex: Exchange) -> dict[str, Any]:
    return {**FUTURES, "take_profit_id": _tpsl(ex, "take_profit")}


@prepares("futures.cancel_position_stop_loss")
def _cancel_stop_loss(ex: Exchange) -> dict[str, Any]:
    return {**FUTURES, "stop_loss_id": _tpsl(ex, "stop_loss")}


@prepares("assets.transfer")
def _transfer(ex: Exchange) -> dict[str, Any]:
    return {"from_account_type": "SPOT", "to_account_type": "FUTURES", "ccy": "USDT", "amount": 1}


@prepares("assets.cancel_withdraw")
def _cancel_withdraw(ex: Exchange) -> dict[str, Any]:
    return {"withdraw_id": _pending_withdrawal(ex)}


@prepares("assets.margin_borrow")
def _margin_borrow(ex: Exchange) -> dict[str, Any]:
    return {"borrow_amount": D("100")}


@prepares("assets.margin_repay")
def _margin_repay(ex: Exchange) -> dict[str, Any]:
    loan = ex.margin.borrow(
        ex.account(ALICE), market="BTCUSDT", ccy="USDT", amount=D("100"), is_auto_renew=False
    )
    return {"borrow_id": loan.borrow_id, "amount": D("1")}


_SUB_NAMES = itertools.count(1)


def _wiresub(ex: Exchange) -> str:
    """The sub-account the generic arguments name (``sub_user_name``), created once."""
    alice = ex.account(ALICE)
    if "wiresub" not in {sub.name for sub in ex.subaccounts.subs(alice)}:
        ex.subaccounts.create(alice, "wiresub")
    return "wiresub"


def _wiresub_key(ex: Exchange) -> int:
    key = ex.subaccounts.create_key(
        ex.account(ALICE), _wiresub(ex), ip_whitelist=[], trade_enabled=True
    )
    return key.api_id


@prepares("account.create_sub")
def _create_sub(ex: Exchange) -> dict[str, Any]:
    return {"sub_user_name": f"wiresub-{next(_SUB_NAMES)}"}


for _name in (
    "account.freeze_sub",
    "account.unfreeze_sub",
    "account.create_sub_api",
    "account.sub_apis",
    "account.sub_balance",
    "account.sub_spot_balance",
    "account.sub_transfer_history",
):
    prepares(_name)(lambda ex: {"sub_user_name": _wiresub(ex)})


@prepares("account.sub_api_detail")
def _sub_api_detail(ex: Exchange) -> dict[str, Any]:
    return {"api_id": _wiresub_key(ex)}


@prepares("account.delete_sub_api")
def _delete_sub_api(ex: Exchange) -> dict[str, Any]:
    return {"api_id": _wiresub_key(ex)}


@prepares("account.edit_sub_api")
def _edit_sub_api(ex: Exchange) -> dict[str, Any]:
    return {"sub_user_name": _wiresub(ex), "api_id": _wiresub_key(ex)}


@prepares("account.sub_transfer")
def _sub_transfer(ex: Exchange) -> dict[str, Any]:
    return {"from_user_name": None, "to_user_name": _wiresub(ex), "amount": D("1")}


@prepares("assets.add_amm_liquidity")
def _add_amm_liquidity(ex: Exchange) -> dict[str, Any]:
    return {"base_ccy_amount": D("0.01"), "quote_ccy_amount": D("600")}


@prepares("assets.remove_amm_liquidity")
def _remove_amm_liquidity(ex: Exchange) -> dict[str, Any]:
    ex.amm.add(ex.account(ALICE), "BTCUSDT", D("0.01"), D("600"))
    return {}


def arguments(sandbox: Sandbox, endpoint: Endpoint) -> dict[str, Any]:
    """Keyword arguments for the endpoint's generated method that the sandbox accepts."""
    args = {param.name: value(param) for param in endpoint.params or ()}
    prepare = PREPARE.get(endpoint.name)
    if prepare is not None:
        args.update(sandbox.run(prepare))
    return {name: arg for name, arg in args.items() if arg is not None}
