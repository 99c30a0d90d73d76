"""Save and load the sandbox's state: a user's test suite starts from a JSON fixture."""

from __future__ import annotations

import json
from typing import Any

import httpx

from coinex_sdk.sandbox import Sandbox

FUT: dict[str, Any] = {"market": "BTCUSDT", "market_type": "FUTURES"}


def prepare(sb: Sandbox) -> None:
    with sb.client(strict=True) as cx:
        cx.spot.place_order(market="BTCUSDT", market_type="SPOT", side="buy", type="limit",
                            amount="0.001", price="30000", client_id="fixture-1")  # fmt: skip
        cx.futures.place_order(**FUT, side="buy", type="market", amount="0.01")
    sb.advance(3600)


def view(sb: Sandbox) -> Any:
    with sb.client(strict=True) as cx:
        orders = cx.spot.pending_orders(market="BTCUSDT", market_type="SPOT").items
        pending = [o.client_id for o in orders]
        (position,) = cx.futures.pending_positions(**FUT).items
        balances = sorted((b.ccy, b.available, b.frozen) for b in cx.assets.spot_balance())
        return pending, position.open_interest, position.avg_entry_price, balances


def test_a_sandbox_started_from_a_saved_state_shows_the_same_account() -> None:
    with Sandbox(tick_interval=None) as first:
        prepare(first)
        saved = json.loads(json.dumps(first.save_state()))  # what a fixture file holds
        seen = view(first)
        now = first.now_ms()
    with Sandbox(tick_interval=None, state=saved) as second:
        assert view(second) == seen
        assert second.now_ms() >= now
        assert second.run(lambda exchange: exchange.imbalance()) == {}


def test_the_admin_routes_save_and_load_the_state() -> None:
    with Sandbox(tick_interval=None) as sb:
        before = view_or_none(sb)
        saved = httpx.post(sb.url + "/admin/save-state", json={}).json()
        assert saved["code"] == 0 and saved["data"]["version"] == 1
        prepare(sb)
        assert view_or_none(sb) != before
        loaded = httpx.post(sb.url + "/admin/load-state", json={"state": saved["data"]}).json()
        assert loaded["code"] == 0
        assert view_or_none(sb) == before
        refused = httpx.post(sb.url + "/admin/load-state", json={"state": {"version": 9}}).json()
        assert refused["code"] == 4004


def view_or_none(sb: Sandbox) -> Any:
    with sb.client(strict=True) as cx:
        positions = cx.futures.pending_positions(**FUT).items
        pending = cx.spot.pending_orders(market="BTCUSDT", market_type="SPOT").items
        return [p.open_interest for p in positions], [o.client_id for o in pending]
