"""Fidelity: a client written from CoinEx's docs alone (plain httpx, HMAC headers made by hand)
works against the sandbox unchanged."""

from __future__ import annotations

import hashlib
import hmac
import json
import time

import httpx

from coinex_sdk.sandbox import Sandbox


def coinex_headers(
    access_id: str, secret_key: str, method: str, target: str, body: str
) -> dict[str, str]:
    """docs.coinex.com/api/v2/authorization: sign METHOD + request_path + body + timestamp."""
    timestamp = str(int(time.time() * 1000))
    prepared = method + target + body + timestamp
    signature = hmac.new(secret_key.encode(), prepared.encode(), hashlib.sha256).hexdigest()
    return {
        "X-COINEX-KEY": access_id,
        "X-COINEX-SIGN": signature.lower(),
        "X-COINEX-TIMESTAMP": timestamp,
        "Content-Type": "application/json; charset=utf-8",
    }


def test_a_hand_written_httpx_client_trades_on_the_sandbox(sandbox: Sandbox) -> None:
    key, secret = sandbox.access_id, sandbox.secret_key
    with httpx.Client(base_url=sandbox.url) as http:
        ticker = http.get("/v2/spot/ticker", params={"market": "BTCUSDT"}).json()
        assert ticker["code"] == 0 and ticker["data"][0]["market"] == "BTCUSDT"

        target = "/v2/assets/spot/balance"
        balance = http.get(target, headers=coinex_headers(key, secret, "GET", target, "")).json()
        assert balance["code"] == 0
        assert {b["ccy"] for b in balance["data"]} >= {"BTC", "USDT"}

        body = json.dumps(
            {
                "market": "BTCUSDT",
                "market_type": "SPOT",
                "side": "buy",
                "type": "limit",
                "amount": "0.001",
                "price": "30000",
                "client_id": "raw-1",
            }
        )
        target = "/v2/spot/order"
        placed = http.post(
            target, content=body, headers=coinex_headers(key, secret, "POST", target, body)
        ).json()
        assert placed["code"] == 0 and placed["data"]["client_id"] == "raw-1"

        target = "/v2/spot/pending-order?market=BTCUSDT&market_type=SPOT&client_id=raw-1"
        pending = http.get(target, headers=coinex_headers(key, secret, "GET", target, "")).json()
        assert [o["order_id"] for o in pending["data"]] == [placed["data"]["order_id"]]
        assert pending["pagination"]["has_next"] is False
