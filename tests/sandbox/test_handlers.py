"""REST handlers: CoinEx's exact wire shapes (fields of the real samples), pagination, batches.

The expected field sets are those of the captured responses in the spec's examples (spec/examples/)
(ccxt's real responses and the docs examples), so a model generated from the spec decodes what
the sandbox sends in strict mode.
"""

from __future__ import annotations

import zlib
from typing import Any

import pytest

from coinex_sdk.sandbox import HANDLERS, Account, Exchange, PaginatedData, envelope

from .conftest import FakeClock
from .helpers import D, futures, spot

SPOT_ORDER = {
    "amount", "base_fee", "ccy", "client_id", "created_at", "discount_fee", "filled_amount",
    "filled_value", "last_fill_amount", "last_fill_price", "maker_fee_rate", "market",
    "market_type", "order_id", "price", "quote_fee", "side", "taker_fee_rate", "type",
    "unfilled_amount", "updated_at",
}  # fmt: skip
FUTURES_ORDER = {
    "amount", "client_id", "created_at", "fee", "fee_ccy", "filled_amount", "filled_value",
    "last_filled_amount", "last_filled_price", "maker_fee_rate", "market", "market_type",
    "order_id", "price", "realized_pnl", "side", "taker_fee_rate", "type", "unfilled_amount",
    "updated_at",
}  # fmt: skip
POSITION = {
    "adl_level", "ath_margin_size", "ath_position_amount", "avg_entry_price", "bkr_price",
    "close_avbl", "cml_position_value", "created_at", "leverage", "liq_price",
    "maintenance_margin_rate", "maintenance_margin_value", "margin_avbl", "margin_mode", "market",
    "market_type", "max_position_value", "open_interest", "position_id", "position_margin_rate",
    "realized_pnl", "settle_price", "settle_value", "side", "stop_loss_price", "stop_loss_type",
    "take_profit_price", "take_profit_type", "unrealized_pnl", "updated_at",
}  # fmt: skip
USER_DEAL_SAMPLE = {
    "amount", "created_at", "deal_id", "margin_market", "market", "order_id", "price", "side"
}  # fmt: skip
FUTURES_BALANCE = {"available", "ccy", "frozen", "margin", "transferrable", "unrealized_pnl"}
SPOT_TICKER = {
    "market", "last", "open", "close", "high", "low", "volume", "volume_sell", "volume_buy",
    "value", "period",
}  # fmt: skip
FUNDING = {
    "market", "mark_price", "latest_funding_rate", "next_funding_rate", "max_funding_rate",
    "min_funding_rate", "latest_funding_time", "next_funding_time",
}  # fmt: skip
FUTURES_MARKET_SAMPLE = {
    "market", "contract_type", "taker_fee_rate", "maker_fee_rate", "min_amount", "base_ccy",
    "quote_ccy", "base_ccy_precision", "quote_ccy_precision", "tick_size", "is_market_available",
    "is_copy_trading_available", "leverage", "open_interest_volume",
}  # fmt: skip
INT_FIELDS = {"order_id", "deal_id", "position_id", "created_at", "updated_at", "adl_level"}


def call(exchange: Exchange, method: str, path: str, account: Account | None, **params: Any) -> Any:
    body = envelope(exchange, method, path, account, params)
    assert body["code"] == 0, body
    return body


def assert_wire_types(item: dict[str, Any]) -> None:
    """Ids and times are ints; amounts, prices, rates and fees are decimal strings."""
    for key, value in item.items():
        if key in INT_FIELDS:
            assert isinstance(value, int) and not isinstance(value, bool), key
        elif key.endswith(("amount", "price", "fee", "_rate", "value", "pnl")):
            assert isinstance(value, str), key
            D(value)  # parses


def test_every_registered_handler_is_keyed_by_method_and_a_v2_path() -> None:
    assert all(method in ("GET", "POST") for method, _ in HANDLERS)
    assert all(path.startswith("/v2/") for _, path in HANDLERS)
    assert ("POST", "/v2/spot/order") in HANDLERS and ("GET", "/v2/time") in HANDLERS


def test_time_and_ping(exchange: Exchange, clock: FakeClock) -> None:
    assert call(exchange, "GET", "/v2/time", None)["data"] == {"timestamp": clock.ms}
    assert call(exchange, "GET", "/v2/ping", None)["data"] == {"result": "pong"}


def test_a_placed_spot_order_has_the_fields_of_the_real_response(
    exchange: Exchange, alice: Account
) -> None:
    body = call(
        exchange,
        "POST",
        "/v2/spot/order",
        alice,
        market="BTCUSDT",
        market_type="SPOT",
        side="buy",
        type="limit",
        amount="0.0001",
        price="61000",
        client_id="x-167673045-a0a3c6461459a801",
    )
    order = body["data"]
    assert set(order) == SPOT_ORDER
    assert_wire_types(order)
    assert (order["amount"], order["price"], order["ccy"]) == ("0.0001", "61000", "BTC")


def test_order_status_adds_the_status(exchange: Exchange, alice: Account) -> None:
    order = spot(exchange, alice, "buy", "0.1", "50000")
    body = call(
        exchange, "GET", "/v2/spot/order-status", alice, market="BTCUSDT", order_id=order.order_id
    )
    assert body["data"]["status"] == "open"


def test_pending_orders_are_paginated_with_total(exchange: Exchange, alice: Account) -> None:
    for price in ("50000", "49000", "48000"):
        spot(exchange, alice, "buy", "0.01", price)
    body = call(exchange, "GET", "/v2/spot/pending-order", alice, market_type="SPOT", limit=2)
    assert len(body["data"]) == 2
    assert body["pagination"] == {"total": 3, "has_next": True}
    assert body["data"][0]["price"] == "48000"  # newest first


def test_pending_orders_filter_by_client_id(exchange: Exchange, alice: Account) -> None:
    spot(exchange, alice, "buy", "0.01", "50000", client_id="mine")
    spot(exchange, alice, "buy", "0.01", "49000")
    body = call(
        exchange, "GET", "/v2/spot/pending-order", alice, market_type="SPOT", client_id="mine"
    )
    assert [item["client_id"] for item in body["data"]] == ["mine"]


def test_user_deals_have_the_real_fields(exchange: Exchange, alice: Account, bob: Account) -> None:
    spot(exchange, bob, "sell", "0.1", "50000")
    spot(exchange, alice, "buy", "0.1", "50000")
    body = call(exchange, "GET", "/v2/spot/user-deals", alice, market="BTCUSDT", market_type="SPOT")
    (deal,) = body["data"]
    assert set(deal) >= USER_DEAL_SAMPLE
    assert (deal["role"], deal["fee_ccy"], deal["side"]) == ("taker", "BTC", "buy")
    assert body["pagination"] == {"has_next": False}


def test_spot_batch_order_returns_bare_orders_and_wrapped_failures_like_the_real_api(
    exchange: Exchange, alice: Account
) -> None:
    ok = {"market": "BTCUSDT", "market_type": "SPOT", "side": "buy", "type": "limit",
          "amount": "0.01", "price": "50000"}  # fmt: skip
    too_big = {**ok, "amount": "100"}
    body = call(exchange, "POST", "/v2/spot/batch-order", alice, orders=[ok, too_big])
    first, second = body["data"]
    assert set(first) == SPOT_ORDER
    assert second == {"code": 3109, "data": None, "message": "balance not enough"}


def test_cancel_batch_order_reports_each_item(exchange: Exchange, alice: Account) -> None:
    order = spot(exchange, alice, "buy", "0.01", "50000")
    body = call(
        exchange, "POST", "/v2/spot/cancel-batch-order", alice, market="BTCUSDT",
        order_ids=[order.order_id, 42],
    )  # fmt: skip
    assert [item["code"] for item in body["data"]] == [0, 3600]
    assert body["data"][0]["data"]["order_id"] == order.order_id


def test_a_missing_parameter_answers_4004(exchange: Exchange, alice: Account) -> None:
    body = envelope(exchange, "POST", "/v2/spot/order", alice, {"market": "BTCUSDT"})
    assert body["code"] == 4004 and body["data"] == {}


def test_a_signed_endpoint_without_an_account_answers_4005(exchange: Exchange) -> None:
    assert envelope(exchange, "GET", "/v2/assets/spot/balance", None, {})["code"] == 4005


def test_depth_levels_and_checksum_follow_coinex(exchange: Exchange, alice: Account) -> None:
    spot(exchange, alice, "buy", "0.1", "50000.55")
    spot(exchange, alice, "buy", "0.2", "50000.10")
    spot(exchange, alice, "sell", "0.3", "50100")
    body = call(exchange, "GET", "/v2/spot/depth", None, market="BTCUSDT", limit=5, interval="1")
    depth = body["data"]["depth"]
    assert depth["bids"] == [["50000", "0.30000000"]]  # merged down to the interval
    assert depth["asks"] == [["50100", "0.30000000"]]
    expected = zlib.crc32(b"50000:0.30000000:50100:0.30000000") & 0xFFFFFFFF
    assert depth["checksum"] == expected


@pytest.mark.parametrize("params", [{"limit": 7, "interval": "0"}, {"limit": 5, "interval": "2"}])
def test_depth_accepts_only_coinexs_limits_and_intervals(
    exchange: Exchange, params: dict[str, Any]
) -> None:
    body = envelope(exchange, "GET", "/v2/spot/depth", None, {"market": "BTCUSDT", **params})
    assert body["code"] == 4004


def test_tickers_have_the_real_fields_and_24h_statistics(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "50000")
    spot(exchange, alice, "buy", "0.1", "50000")
    spot(exchange, bob, "buy", "0.2", "51000")
    spot(exchange, alice, "sell", "0.2", "51000")
    (ticker,) = call(exchange, "GET", "/v2/spot/ticker", None, market="BTCUSDT")["data"]
    assert set(ticker) == SPOT_TICKER
    assert (ticker["open"], ticker["last"], ticker["high"], ticker["low"]) == (
        "50000", "51000", "51000", "50000",
    )  # fmt: skip
    assert (ticker["volume"], ticker["volume_buy"], ticker["volume_sell"]) == ("0.3", "0.1", "0.2")
    assert ticker["value"] == "15200"


def test_klines_bucket_trades_by_period_with_base_volume_and_quote_value(
    exchange: Exchange, alice: Account, bob: Account, clock: FakeClock
) -> None:
    clock.ms = 1_700_000_020_000  # 40 s into a minute
    spot(exchange, bob, "sell", "0.1", "50000")
    spot(exchange, alice, "buy", "0.1", "50000")
    clock.advance(30_000)  # next minute
    spot(exchange, bob, "sell", "0.1", "50500")
    spot(exchange, alice, "buy", "0.1", "50500")
    clock.advance(60_000)  # a minute without trades
    candles = call(exchange, "GET", "/v2/spot/kline", None, market="BTCUSDT", period="1min")["data"]
    assert [(c["open"], c["close"], c["volume"], c["value"]) for c in candles] == [
        ("50000", "50000", "0.1", "5000"),
        ("50500", "50500", "0.1", "5050"),
        ("50500", "50500", "0", "0"),
    ]
    assert candles[1]["created_at"] - candles[0]["created_at"] == 60_000


def test_public_deals_are_newest_first_with_the_taker_side(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    spot(exchange, bob, "sell", "0.1", "50000")
    spot(exchange, alice, "buy", "0.1", "50000")
    spot(exchange, bob, "buy", "0.1", "49000")
    spot(exchange, alice, "sell", "0.1", "49000")
    deals = call(exchange, "GET", "/v2/spot/deals", None, market="BTCUSDT")["data"]
    assert [(d["side"], d["price"]) for d in deals] == [("sell", "49000"), ("buy", "50000")]
    older = call(
        exchange, "GET", "/v2/spot/deals", None, market="BTCUSDT", last_id=deals[0]["deal_id"]
    )
    assert [d["deal_id"] for d in older["data"]] == [deals[1]["deal_id"]]


def test_futures_order_position_and_balance_have_the_real_fields(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    futures(exchange, bob, "sell", "0.01", "60000")
    body = call(
        exchange, "POST", "/v2/futures/order", alice, market="BTCUSDT", market_type="FUTURES",
        side="buy", type="limit", amount="0.01", price="60000",
    )  # fmt: skip
    assert set(body["data"]) == FUTURES_ORDER
    assert_wire_types(body["data"])
    positions = call(exchange, "GET", "/v2/futures/pending-position", alice, market_type="FUTURES")
    (pos,) = positions["data"]
    assert set(pos) == POSITION
    assert_wire_types(pos)
    assert (pos["side"], pos["open_interest"], pos["leverage"]) == ("long", "0.01", "3")
    balances = call(exchange, "GET", "/v2/assets/futures/balance", alice)["data"]
    assert all(set(item) == FUTURES_BALANCE for item in balances)


def test_futures_market_ticker_and_funding_have_the_real_fields(exchange: Exchange) -> None:
    (market,) = call(exchange, "GET", "/v2/futures/market", None, market="BTCUSDT")["data"]
    assert set(market) >= FUTURES_MARKET_SAMPLE
    (ticker,) = call(exchange, "GET", "/v2/futures/ticker", None, market="BTCUSDT")["data"]
    assert SPOT_TICKER | {"index_price", "mark_price"} <= set(ticker)
    (funding,) = call(exchange, "GET", "/v2/futures/funding-rate", None, market="BTCUSDT")["data"]
    assert set(funding) == FUNDING
    assert funding["next_funding_time"] - funding["latest_funding_time"] == 8 * 3600 * 1000


def test_futures_batch_order_wraps_every_item(exchange: Exchange, alice: Account) -> None:
    ok = {"market": "BTCUSDT", "market_type": "FUTURES", "side": "buy", "type": "limit",
          "amount": "0.01", "price": "50000"}  # fmt: skip
    body = call(
        exchange, "POST", "/v2/futures/batch-order", alice, orders=[ok, {**ok, "amount": "0"}]
    )
    assert body["data"][0]["code"] == 0 and set(body["data"][0]["data"]) == FUTURES_ORDER
    assert body["data"][1]["code"] == 4004


def test_adjust_position_leverage_answers_mode_and_leverage(
    exchange: Exchange, alice: Account
) -> None:
    body = call(
        exchange, "POST", "/v2/futures/adjust-position-leverage", alice, market="BTCUSDT",
        market_type="FUTURES", margin_mode="isolated", leverage=10,
    )  # fmt: skip
    assert body["data"] == {"margin_mode": "isolated", "leverage": 10}


def test_close_position_returns_the_closing_order(
    exchange: Exchange, alice: Account, bob: Account, carol: Account
) -> None:
    futures(exchange, bob, "sell", "0.01", "60000")
    futures(exchange, alice, "buy", "0.01", "60000")
    futures(exchange, carol, "buy", "0.01", "60000")
    body = call(
        exchange, "POST", "/v2/futures/close-position", alice, market="BTCUSDT",
        market_type="FUTURES", type="market",
    )  # fmt: skip
    assert body["data"]["side"] == "sell" and body["data"]["filled_amount"] == "0.01"
    finished = call(exchange, "GET", "/v2/futures/finished-position", alice, market_type="FUTURES")
    assert finished["data"][0]["open_interest"] == "0"


def test_futures_functions_accept_only_market_type_futures(
    exchange: Exchange, alice: Account
) -> None:
    body = envelope(exchange, "GET", "/v2/futures/pending-order", alice, {"market_type": "SPOT"})
    assert body["code"] == 4004


def test_spot_and_margin_balances_have_the_real_shapes(exchange: Exchange, alice: Account) -> None:
    spot_items = call(exchange, "GET", "/v2/assets/spot/balance", alice)["data"]
    assert {"ccy": "USDT", "available": "100000", "frozen": "0"} in spot_items
    (margin,) = call(exchange, "GET", "/v2/assets/margin/balance", alice)["data"]
    assert margin["margin_account"] == "BTCUSDT"
    assert margin["available"] == {"base_ccy": "0", "quote_ccy": "10000"}
    assert "rik_rate" in margin  # sic, as CoinEx sends it


def test_a_page_knows_its_envelope() -> None:
    page = PaginatedData(items=[1], has_next=False, total=1)
    assert page.envelope() == {
        "code": 0, "data": [1], "pagination": {"total": 1, "has_next": False}, "message": "OK",
    }  # fmt: skip


def test_stop_order_endpoints_round_trip(exchange: Exchange, alice: Account) -> None:
    placed = call(
        exchange, "POST", "/v2/spot/stop-order", alice, market="BTCUSDT", market_type="SPOT",
        side="buy", type="limit", amount="0.01", price="61000", trigger_price="61000",
    )  # fmt: skip
    stop_id = placed["data"]["stop_id"]
    pending = call(exchange, "GET", "/v2/spot/pending-stop-order", alice, market_type="SPOT")
    assert pending["data"][0]["stop_id"] == stop_id
    assert pending["data"][0]["trigger_direction"] == "higher"
    canceled = call(
        exchange, "POST", "/v2/spot/cancel-stop-order", alice, market="BTCUSDT",
        market_type="SPOT", stop_id=stop_id,
    )  # fmt: skip
    assert canceled["data"]["stop_id"] == stop_id
    finished = call(exchange, "GET", "/v2/spot/finished-stop-order", alice, market_type="SPOT")
    assert finished["data"][0]["stop_id"] == stop_id
    assert "status" not in finished["data"][0]  # REST stop orders carry no status (real API)


def test_the_ticker_forgets_trades_older_than_24_hours(
    exchange: Exchange, alice: Account, bob: Account, clock: FakeClock
) -> None:
    spot(exchange, bob, "sell", "0.1", "52000")
    spot(exchange, alice, "buy", "0.1", "52000")
    clock.advance(12 * 3600 * 1000)
    spot(exchange, bob, "sell", "0.1", "50000")
    spot(exchange, alice, "buy", "0.1", "50000")
    clock.advance(12 * 3600 * 1000)  # the 52000 trade is now exactly 24 h old
    (ticker,) = call(exchange, "GET", "/v2/spot/ticker", None, market="BTCUSDT")["data"]
    assert (ticker["open"], ticker["high"], ticker["volume"]) == ("50000", "50000", "0.1")
    clock.advance(12 * 3600 * 1000)
    (ticker,) = call(exchange, "GET", "/v2/spot/ticker", None, market="BTCUSDT")["data"]
    assert (ticker["open"], ticker["last"], ticker["volume"]) == ("50000", "50000", "0")


def test_futures_market_type_may_be_left_out(exchange: Exchange, alice: Account) -> None:
    body = envelope(exchange, "GET", "/v2/futures/pending-order", alice, {})
    assert body["code"] == 0


def test_the_sandbox_exports_no_name_the_sdk_exports_too() -> None:
    """``from coinex_sdk import *`` and ``from coinex_sdk.sandbox import *`` never shadow each
    other (the sandbox's answer page is ``PaginatedData``, the client's ``Page``)."""
    import coinex_sdk
    import coinex_sdk.sandbox

    assert set(coinex_sdk.sandbox.__all__) & set(coinex_sdk.__all__) == set()
