"""Every sandbox response decodes into the SDK's generated model in strict mode.

The strict converter rejects unknown fields, missing required fields, wrong types and unknown
enum values, so this is the check that the sandbox speaks exactly the wire format the spec (and
through it the real CoinEx samples) describes. One scenario fills the exchange with orders, deals,
stops, positions, transfers, deposits and withdrawals, then every handler is called once and its
answer decoded into the type the generated resource method returns. The calls run in order
against the one scenario (cancels before cancel-all).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from coinex_sdk._convert import structure
from coinex_sdk._generated import endpoints as generated
from coinex_sdk.sandbox import (
    HANDLERS,
    AccountSpec,
    Exchange,
    ExchangeConfig,
    PaginatedData,
    envelope,
)
from coinex_sdk.sandbox.http._handlers import REFUSED

from .conftest import FakeClock
from .helpers import D, futures, spot

Route = tuple[str, str]


def _response_types() -> dict[Route, tuple[str, Any]]:
    """``(method, path) -> (call kind, type)`` from the generated sync methods of each spec file."""
    result: dict[Route, tuple[str, Any]] = {}
    methods = importlib.import_module("coinex_sdk._generated.rest")
    for info in pkgutil.iter_modules(methods.__path__):
        module = importlib.import_module(f"{methods.__name__}.{info.name}")
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in ("_call", "_page", "_call_none"):
                continue
            endpoint = getattr(generated, node.args[0].attr)  # type: ignore[attr-defined]
            into = None
            if node.func.attr != "_call_none":
                into = eval(ast.unparse(node.args[2]), vars(module))
            result.setdefault((endpoint.method, endpoint.path), (node.func.attr, into))
    return result


TYPES = _response_types()


@pytest.fixture(scope="module")
def scenario() -> tuple[Exchange, dict[str, Any]]:
    clock = FakeClock()
    exchange = Exchange(ExchangeConfig(market_maker=None), clock=clock)
    alice, bob = exchange.account("alice"), exchange.account("bob")
    ids: dict[str, Any] = {}
    spot(exchange, bob, "sell", "0.1", "50000")
    ids["filled"] = spot(exchange, alice, "buy", "0.05", "50000").order_id
    ids["open"] = spot(exchange, alice, "buy", "0.01", "49000", client_id="c1").order_id
    spot(exchange, alice, "buy", "0.01", "48000", market_type="MARGIN")
    stop = exchange.spot.stops.place(
        alice, market="BTCUSDT", market_type="SPOT", side="buy", type="limit",
        amount=D("0.01"), price=D("51000"), trigger_price=D("51000"), client_id="s1",
    )  # fmt: skip
    ids["stop"] = stop.stop_id
    done = exchange.spot.stops.place(
        alice, market="BTCUSDT", market_type="SPOT", side="sell", type="market",
        amount=D("0.01"), trigger_price=D("40000"),
    )  # fmt: skip
    exchange.spot.stops.cancel(alice, "BTCUSDT", done.stop_id)
    futures(exchange, bob, "sell", "0.2", "60000")
    ids["f_filled"] = futures(exchange, alice, "buy", "0.1", "60000").order_id
    ids["f_open"] = futures(exchange, alice, "buy", "0.01", "59000", client_id="f1").order_id
    fstop = exchange.futures.stops.place(
        alice, market="BTCUSDT", side="sell", type="market", amount=D("0.01"),
        trigger_price=D("55000"), trigger_price_type="mark_price", client_id="fs1",
    )  # fmt: skip
    ids["f_stop"] = fstop.stop_id
    fdone = exchange.futures.stops.place(
        alice, market="BTCUSDT", side="buy", type="limit", amount=D("0.01"), price=D("50000"),
        trigger_price=D("50000"), trigger_price_type="latest_price",
    )  # fmt: skip
    exchange.futures.stops.cancel(alice, "BTCUSDT", fdone.stop_id)
    exchange.futures.adjust_leverage(alice, market="ETHUSDT", margin_mode="isolated", leverage=5)
    futures(exchange, bob, "sell", "1", "3000", market="ETHUSDT")
    futures(exchange, alice, "buy", "1", "3000", market="ETHUSDT")
    futures(exchange, bob, "buy", "1", "3100", market="ETHUSDT")
    exchange.futures.close_position(alice, market="ETHUSDT", type="market")
    exchange.deposit(alice, "USDT", Decimal("30"), chain="TRC20")
    exchange.assets.transfer(
        alice, from_account_type="SPOT", to_account_type="FUTURES", ccy="USDT", amount=D("10")
    )
    ids["withdraw"] = exchange.assets.withdraw(
        alice, ccy="USDT", to_address="TY5vq3", amount=D("15"), chain="TRC20"
    ).withdraw_id
    ids["cancel_me"] = spot(exchange, alice, "buy", "0.01", "47000").order_id
    ids["f_cancel_me"] = futures(exchange, alice, "buy", "0.01", "58000").order_id
    ids["cancel_stop"] = exchange.spot.stops.place(
        alice, market="BTCUSDT", market_type="SPOT", side="buy", type="market",
        amount=D("10"), trigger_price=D("70000"),
    ).stop_id  # fmt: skip
    ids["f_cancel_stop"] = exchange.futures.stops.place(
        alice, market="BTCUSDT", side="buy", type="market", amount=D("0.01"),
        trigger_price=D("70000"), trigger_price_type="index_price",
    ).stop_id  # fmt: skip
    # What the batch cancels cancel (one success item each, beside one unknown id).
    ids["batch"] = spot(exchange, alice, "buy", "0.01", "46000").order_id
    ids["f_batch"] = futures(exchange, alice, "buy", "0.01", "57000").order_id
    ids["batch_stop"] = exchange.spot.stops.place(
        alice, market="BTCUSDT", market_type="SPOT", side="buy", type="market",
        amount=D("10"), trigger_price=D("71000"),
    ).stop_id  # fmt: skip
    ids["f_batch_stop"] = exchange.futures.stops.place(
        alice, market="BTCUSDT", side="buy", type="market", amount=D("0.01"),
        trigger_price=D("71000"), trigger_price_type="index_price",
    ).stop_id  # fmt: skip
    exchange.futures.adjust_leverage(alice, market="BTCUSD", margin_mode="isolated", leverage=10)
    futures(exchange, bob, "sell", "600", "60000", market="BTCUSD")
    futures(exchange, alice, "buy", "600", "60000", market="BTCUSD")
    exchange.assets.auto_complete_withdrawals = False
    ids["pending_withdraw"] = exchange.assets.withdraw(
        alice, ccy="BTC", to_address="bc1q", amount=D("0.01"), chain="BTC"
    ).withdraw_id
    exchange.assets.auto_complete_withdrawals = True
    ids["loan"] = exchange.margin.borrow(
        alice, market="BTCUSDT", ccy="USDT", amount=D("100"), is_auto_renew=False
    ).borrow_id
    tpsl = exchange.position_tpsl
    ids["tp"] = tpsl.set(
        alice, "take_profit", market="BTCUSDT", price_type="latest_price", price=D("66000"),
        amount=D("0.01"),
    ).take_profits[-1].id  # fmt: skip
    ids["sl"] = (
        tpsl.set(alice, "stop_loss", market="BTCUSDT", price_type="index_price", price=D("52000"))
        .stop_losses[-1]
        .id
    )
    dave = exchange.add_account(
        AccountSpec(name="dave", access_id="sandbox-dave", secret_key="d", futures={"USDT": "500"})
    )
    exchange.futures.adjust_leverage(dave, market="ETHUSDT", margin_mode="isolated", leverage=50)
    futures(exchange, bob, "sell", "1", "3000", market="ETHUSDT")
    futures(exchange, dave, "buy", "1", "3000", market="ETHUSDT")
    futures(exchange, bob, "buy", "1", "2900", market="ETHUSDT")
    exchange.set_mark_price("ETHUSDT", D("2900"))  # dave's 60 margin is gone: liquidated
    erin = exchange.add_account(
        AccountSpec(name="erin", access_id="sandbox-erin", secret_key="e", futures={"USDT": "500"})
    )
    exchange.futures.adjust_leverage(erin, market="ETHUSDT", margin_mode="isolated", leverage=50)
    futures(exchange, alice, "sell", "1", "2900", market="ETHUSDT")
    futures(exchange, erin, "buy", "1", "2900", market="ETHUSDT")
    exchange.set_mark_price("ETHUSDT", D("2800"))  # no bids: alice's short is auto-deleveraged
    clock.advance(60_000)
    exchange.advance(8 * 3600)  # a funding settlement
    exchange.subaccounts.create(alice, "sub1")
    exchange.subaccounts.transfer(
        alice, from_user_name=None, to_user_name="sub1", from_account_type="FUTURES",
        to_account_type="FUTURES", ccy="USDT", amount=D("10"),
    )  # fmt: skip
    for _ in range(2):
        key = exchange.subaccounts.create_key(alice, "sub1", ip_whitelist=[], trade_enabled=True)
        ids.setdefault("api_ids", []).append(key.api_id)
    exchange.amm.add(alice, "BTCUSDT", D("0.1"), D("6000"))
    exchange.amm.add(bob, "BTCUSDT", D("0.1"), D("6000"))
    clock.advance(86_400_000)  # one AMM income settlement
    return exchange, ids


BTC = {"market": "BTCUSDT"}
SPOT = {**BTC, "market_type": "SPOT"}
FUT = {**BTC, "market_type": "FUTURES"}
SPOT_ORDER = {**SPOT, "side": "buy", "type": "limit", "amount": "0.001", "price": "45000"}
FUTURES_ORDER = {**FUT, "side": "buy", "type": "limit", "amount": "0.001", "price": "45000"}
DEPTH = {**BTC, "limit": 5, "interval": "0"}
KLINE = {**BTC, "period": "1min"}
Params = Callable[[dict[str, Any]], dict[str, Any]]


def fixed(params: dict[str, Any]) -> Params:
    return lambda ids: params


CALLS: list[tuple[str, str, Params]] = [
    ("GET", "/v2/time", fixed({})),
    ("GET", "/v2/ping", fixed({})),
    ("GET", "/v2/maintain/info", fixed({})),
    ("GET", "/v2/spot/market", fixed({})),
    ("GET", "/v2/spot/ticker", fixed(BTC)),
    ("GET", "/v2/spot/depth", fixed(DEPTH)),
    ("GET", "/v2/spot/deals", fixed(BTC)),
    ("GET", "/v2/spot/kline", fixed(KLINE)),
    ("GET", "/v2/futures/market", fixed({})),
    ("GET", "/v2/futures/ticker", fixed({})),
    ("GET", "/v2/futures/depth", fixed(DEPTH)),
    ("GET", "/v2/futures/deals", fixed(BTC)),
    ("GET", "/v2/futures/kline", fixed(KLINE)),
    ("GET", "/v2/futures/funding-rate", fixed({})),
    ("GET", "/v2/assets/spot/balance", fixed({})),
    ("GET", "/v2/assets/futures/balance", fixed({})),
    ("GET", "/v2/assets/margin/balance", fixed({})),
    ("GET", "/v2/assets/transfer-history", fixed({"ccy": "USDT", "transfer_type": "FUTURES"})),
    ("GET", "/v2/assets/deposit-history", fixed({})),
    ("GET", "/v2/assets/withdraw", fixed({})),
    ("GET", "/v2/account/trade-fee-rate", fixed(SPOT)),
    ("GET", "/v2/spot/order-status", lambda ids: {**BTC, "order_id": ids["filled"]}),
    (
        "GET",
        "/v2/spot/batch-order-status",
        lambda ids: {**BTC, "order_ids": f"{ids['filled']},{ids['open']}"},
    ),
    ("GET", "/v2/spot/pending-order", fixed({"market_type": "SPOT"})),
    ("GET", "/v2/spot/finished-order", fixed({"market_type": "SPOT"})),
    ("GET", "/v2/spot/pending-stop-order", fixed({"market_type": "SPOT"})),
    ("GET", "/v2/spot/finished-stop-order", fixed({"market_type": "SPOT"})),
    ("GET", "/v2/spot/user-deals", fixed(SPOT)),
    ("GET", "/v2/spot/order-deals", lambda ids: {**SPOT, "order_id": ids["filled"]}),
    ("GET", "/v2/futures/order-status", lambda ids: {**BTC, "order_id": ids["f_filled"]}),
    ("GET", "/v2/futures/batch-order-status", lambda ids: {**BTC, "order_ids": str(ids["f_open"])}),
    ("GET", "/v2/futures/pending-order", fixed({"market_type": "FUTURES"})),
    ("GET", "/v2/futures/finished-order", fixed({"market_type": "FUTURES"})),
    ("GET", "/v2/futures/pending-stop-order", fixed({"market_type": "FUTURES"})),
    ("GET", "/v2/futures/finished-stop-order", fixed({"market_type": "FUTURES"})),
    ("GET", "/v2/futures/user-deals", fixed(FUT)),
    ("GET", "/v2/futures/order-deals", lambda ids: {**FUT, "order_id": ids["f_filled"]}),
    ("GET", "/v2/futures/pending-position", fixed({"market_type": "FUTURES"})),
    ("GET", "/v2/futures/finished-position", fixed({"market_type": "FUTURES"})),
    ("GET", "/v2/futures/funding-rate-history", fixed(BTC)),
    ("GET", "/v2/futures/position-funding-history", fixed({"market_type": "FUTURES"})),
    ("GET", "/v2/futures/liquidation-history", fixed({"market": "ETHUSDT"})),
    ("GET", "/v2/futures/position-adl-history", fixed({"market_type": "FUTURES"})),
    ("GET", "/v2/spot/index", fixed({})),
    ("GET", "/v2/futures/index", fixed({"market": "BTCUSDT,ETHUSDT"})),
    (
        "GET",
        "/v2/futures/premium-index-history",
        fixed({"market": "ETHUSDT", "start_time": 1_600_000_000_000}),
    ),
    ("GET", "/v2/futures/basis-history", fixed({"market": "ETHUSDT", "start_time": 1600000000000})),
    ("GET", "/v2/futures/position-level", fixed({})),
    ("POST", "/v2/spot/cancel-order", lambda ids: {**SPOT, "order_id": ids["cancel_me"]}),
    ("POST", "/v2/spot/cancel-stop-order", lambda ids: {**SPOT, "stop_id": ids["cancel_stop"]}),
    ("POST", "/v2/futures/cancel-order", lambda ids: {**FUT, "order_id": ids["f_cancel_me"]}),
    ("POST", "/v2/futures/cancel-stop-order", lambda ids: {**FUT, "stop_id": ids["f_cancel_stop"]}),
    ("POST", "/v2/spot/order", fixed(SPOT_ORDER)),
    ("POST", "/v2/spot/stop-order", fixed({**SPOT_ORDER, "trigger_price": "60000"})),
    (
        "POST",
        "/v2/spot/batch-order",
        fixed({"orders": [SPOT_ORDER, {**SPOT_ORDER, "amount": "9"}]}),
    ),
    (
        "POST",
        "/v2/spot/batch-stop-order",
        fixed({"orders": [{**SPOT_ORDER, "trigger_price": "6e4"}]}),
    ),
    (
        "POST",
        "/v2/spot/modify-order",
        lambda ids: {**SPOT, "order_id": ids["open"], "price": "48500"},
    ),
    (
        "POST",
        "/v2/spot/batch-modify-order",
        lambda ids: {"orders": [{**SPOT, "order_id": ids["open"], "amount": "0.02"}]},
    ),
    (
        "POST",
        "/v2/spot/modify-stop-order",
        lambda ids: {**SPOT, "stop_id": ids["stop"], "amount": "0.02", "trigger_price": "52000"},
    ),
    ("POST", "/v2/spot/cancel-order-by-client-id", fixed({**SPOT, "client_id": "c1"})),
    ("POST", "/v2/spot/cancel-stop-order-by-client-id", fixed({**SPOT, "client_id": "s1"})),
    ("POST", "/v2/spot/cancel-batch-order", lambda ids: {**BTC, "order_ids": [ids["batch"], 1]}),
    (
        "POST",
        "/v2/spot/cancel-batch-stop-order",
        lambda ids: {**BTC, "stop_ids": [ids["batch_stop"]]},
    ),
    ("POST", "/v2/spot/cancel-all-order", fixed(SPOT)),
    ("POST", "/v2/futures/order", fixed(FUTURES_ORDER)),
    (
        "POST",
        "/v2/futures/stop-order",
        fixed({**FUTURES_ORDER, "trigger_price": "70000", "trigger_price_type": "latest_price"}),
    ),
    ("POST", "/v2/futures/batch-order", fixed({"orders": [FUTURES_ORDER]})),
    (
        "POST",
        "/v2/futures/batch-stop-order",
        fixed(
            {
                "orders": [
                    {**FUTURES_ORDER, "trigger_price": "70000", "trigger_price_type": "mark_price"}
                ]
            }
        ),
    ),
    (
        "POST",
        "/v2/futures/modify-order",
        lambda ids: {**FUT, "order_id": ids["f_open"], "price": "58000"},
    ),
    (
        "POST",
        "/v2/futures/batch-modify-order",
        lambda ids: {"orders": [{**FUT, "order_id": ids["f_open"], "amount": "0.02"}]},
    ),
    (
        "POST",
        "/v2/futures/modify-stop-order",
        lambda ids: {**FUT, "stop_id": ids["f_stop"], "amount": "0.02", "trigger_price": "54000"},
    ),
    ("POST", "/v2/futures/cancel-order-by-client-id", fixed({**FUT, "client_id": "f1"})),
    ("POST", "/v2/futures/cancel-stop-order-by-client-id", fixed({**FUT, "client_id": "fs1"})),
    ("POST", "/v2/futures/cancel-batch-order", lambda ids: {**FUT, "order_ids": [ids["f_batch"]]}),
    (
        "POST",
        "/v2/futures/cancel-batch-stop-order",
        lambda ids: {**FUT, "stop_ids": [ids["f_batch_stop"]]},
    ),
    ("POST", "/v2/futures/cancel-all-order", fixed(FUT)),
    (
        "POST",
        "/v2/futures/adjust-position-leverage",
        fixed({**FUT, "margin_mode": "cross", "leverage": 5}),
    ),
    (
        "POST",
        "/v2/futures/modify-position-take-profit",
        lambda ids: {**FUT, "take_profit_id": ids["tp"], "take_profit_price": "67000"},
    ),
    (
        "POST",
        "/v2/futures/modify-position-stop-loss",
        lambda ids: {**FUT, "stop_loss_id": ids["sl"], "stop_loss_type": "mark_price"},
    ),
    (
        "POST",
        "/v2/futures/set-position-take-profit",
        fixed({**FUT, "take_profit_type": "mark_price", "take_profit_price": "70000"}),
    ),
    (
        "POST",
        "/v2/futures/set-position-stop-loss",
        fixed(
            {
                **FUT,
                "stop_loss_type": "latest_price",
                "stop_loss_price": "50000",
                "stop_loss_amount": "0.05",
            }
        ),
    ),
    (
        "POST",
        "/v2/futures/cancel-position-take-profit",
        lambda ids: {**FUT, "take_profit_id": ids["tp"]},
    ),
    ("POST", "/v2/futures/cancel-position-stop-loss", fixed(FUT)),
    ("POST", "/v2/futures/close-position", fixed({**FUT, "type": "limit", "price": "65000"})),
    (
        "POST",
        "/v2/assets/transfer",
        fixed(
            {
                "from_account_type": "FUTURES",
                "to_account_type": "SPOT",
                "ccy": "USDT",
                "amount": "1",
            }
        ),
    ),
    (
        "POST",
        "/v2/assets/withdraw",
        fixed({"ccy": "USDT", "to_address": "bob", "amount": "1", "withdraw_method": "inter_user"}),
    ),
    (
        "POST",
        "/v2/futures/adjust-position-margin",
        fixed({"market": "BTCUSD", "market_type": "FUTURES", "amount": "0.001"}),
    ),
    ("GET", "/v2/futures/position-margin-history", fixed({"market_type": "FUTURES"})),
    ("POST", "/v2/assets/cancel-withdraw", lambda ids: {"withdraw_id": ids["pending_withdraw"]}),
    # margin loans
    (
        "POST",
        "/v2/assets/margin/borrow",
        fixed({**BTC, "ccy": "BTC", "borrow_amount": "0.01", "is_auto_renew": True}),
    ),
    (
        "POST",
        "/v2/assets/margin/repay",
        lambda ids: {**BTC, "ccy": "USDT", "amount": "1", "borrow_id": ids["loan"]},
    ),
    ("GET", "/v2/assets/margin/borrow-history", fixed({})),
    ("GET", "/v2/assets/margin/interest-limit", fixed({**BTC, "ccy": "USDT"})),
    # sub-accounts
    ("POST", "/v2/account/subs", fixed({"sub_user_name": "sub2", "permissions": ["API"]})),
    ("GET", "/v2/account/subs", fixed({})),
    ("POST", "/v2/account/subs/frozen", fixed({"sub_user_name": "sub2"})),
    ("POST", "/v2/account/subs/unfrozen", fixed({"sub_user_name": "sub2"})),
    ("GET", "/v2/account/subs/info", fixed({})),
    (
        "POST",
        "/v2/account/subs/api",
        fixed({"sub_user_name": "sub1", "ip_whitelist": ["1.1.1.1"], "trade_enabled": False}),
    ),
    ("GET", "/v2/account/subs/api", fixed({"sub_user_name": "sub1"})),
    ("GET", "/v2/account/subs/api-detail", lambda ids: {"api_id": ids["api_ids"][0]}),
    (
        "POST",
        "/v2/account/subs/edit-api",
        lambda ids: {"sub_user_name": "sub1", "api_id": ids["api_ids"][0], "remark": "r"},
    ),
    ("POST", "/v2/account/subs/delete-api", lambda ids: {"api_id": ids["api_ids"][1]}),
    ("GET", "/v2/account/subs/balance", fixed({"sub_user_name": "sub1", "market_type": "FUTURES"})),
    (
        "POST",
        "/v2/account/subs/transfer",
        fixed(
            {
                "to_user_name": "sub1",
                "from_account_type": "SPOT",
                "to_account_type": "SPOT",
                "ccy": "USDT",
                "amount": "1",
            }
        ),
    ),
    ("GET", "/v2/account/subs/spot-balance", fixed({"sub_user_name": "sub1"})),  # after a transfer
    ("GET", "/v2/account/subs/transfer-history", fixed({})),
    # AMM
    (
        "POST",
        "/v2/assets/amm/add-liquidity",
        fixed({**BTC, "base_ccy_amount": "0.01", "quote_ccy_amount": "600"}),
    ),
    ("GET", "/v2/assets/amm/liquidity", fixed({})),
    ("GET", "/v2/assets/amm/liquidity-pool", fixed(BTC)),
    ("GET", "/v2/assets/amm/income-history", fixed(BTC)),
    ("POST", "/v2/assets/amm/remove-liquidity", fixed(BTC)),
    # deposits
    ("GET", "/v2/assets/deposit-address", fixed({"ccy": "USDT", "chain": "TRC20"})),
    ("POST", "/v2/assets/renewal-deposit-address", fixed({"ccy": "USDT", "chain": "ERC20"})),
    ("GET", "/v2/assets/deposit-withdraw-config", fixed({"ccy": "BTC"})),
    ("GET", "/v2/assets/all-deposit-withdraw-config", fixed({})),
    # the rest
    ("POST", "/v2/account/settings", fixed({"cet_discount_enabled": True})),
    ("GET", "/v2/account/futures-market-settings", fixed({})),
    ("POST", "/v2/account/futures-market-settings", fixed({"settle_switch": 2})),
    ("GET", "/v2/assets/spot/transcation-history", fixed({"type": "trade"})),
    ("GET", "/v2/assets/financial/balance", fixed({})),
    ("GET", "/v2/assets/info", fixed({})),
]


def test_the_scenario_calls_every_handler_that_answers_data() -> None:
    assert {(method, path) for method, path, _ in CALLS} == set(HANDLERS) - REFUSED


@pytest.mark.parametrize("route", sorted(REFUSED), ids=lambda r: f"{r[0]} {r[1]}")
def test_a_refused_endpoint_answers_4018_saying_the_sandbox_does_not_simulate_it(
    scenario: tuple[Exchange, dict[str, Any]], route: Route
) -> None:
    exchange, _ = scenario
    body = envelope(exchange, *route, exchange.account("alice"), {})
    assert body["code"] == 4018
    assert body["message"].startswith(f"not simulated by the sandbox: {route[0]} {route[1]}")


@pytest.mark.parametrize(("method", "path", "params"), CALLS, ids=[f"{m} {p}" for m, p, _ in CALLS])
def test_the_response_decodes_strictly_into_the_sdk_model(
    scenario: tuple[Exchange, dict[str, Any]], method: str, path: str, params: Params
) -> None:
    exchange, ids = scenario
    account = exchange.account("alice")
    data = HANDLERS[(method, path)](exchange, account, params(ids))
    kind, into = TYPES[(method, path)]
    if kind == "_page":
        assert isinstance(data, PaginatedData)
        assert data.items, "the scenario should produce at least one item"
        structure(data.items, list[into], strict=True)  # type: ignore[valid-type]
    elif kind == "_call":
        structure(data, into, strict=True)
    else:
        assert data == {}
