"""The ``Sandbox`` object: where it listens, what it shows, and running code on its loop."""

from __future__ import annotations

import httpx

from coinex_sdk.sandbox import Sandbox


def test_it_listens_on_loopback_and_names_its_rest_and_websocket_urls(sandbox: Sandbox) -> None:
    assert sandbox.url == f"http://127.0.0.1:{sandbox.port}" and sandbox.port > 0
    assert sandbox.ws_spot_url == f"ws://127.0.0.1:{sandbox.port}/v2/spot"
    assert sandbox.ws_futures_url == f"ws://127.0.0.1:{sandbox.port}/v2/futures"
    assert httpx.get(sandbox.url + "/v2/ping").json()["data"] == {"result": "pong"}


def test_its_repr_names_the_access_id_but_never_the_secret(sandbox: Sandbox) -> None:
    assert sandbox.access_id in repr(sandbox)
    assert sandbox.secret_key not in repr(sandbox)


def test_run_executes_on_the_server_loop_and_may_nest(sandbox: Sandbox) -> None:
    now = sandbox.run(lambda exchange: sandbox.run(lambda inner: inner.now_ms()))
    assert now > 0


def test_accounts_other_than_the_default_have_their_own_credentials(sandbox: Sandbox) -> None:
    access_id, _ = sandbox.credentials("bob")
    assert access_id == "sandbox-bob"
    with sandbox.client("bob", strict=True) as cx:
        assert cx.assets.spot_balance()


def test_stopping_releases_the_port_and_ends_the_thread() -> None:
    sandbox = Sandbox(tick_interval=None).start()
    assert sandbox.running
    sandbox.stop()
    assert not sandbox.running


def test_advance_moves_the_exchange_clock_and_clients_keep_signing(sandbox: Sandbox) -> None:
    before = sandbox.now_ms()
    sandbox.advance(3600)
    answer = httpx.post(sandbox.url + "/admin/advance", json={"seconds": 60}).json()
    assert answer["code"] == 0 and answer["data"]["now_ms"] >= before + 3_660_000
    with sandbox.client(strict=True) as cx:
        assert cx.common.time().timestamp < before + 3_600_000  # the wire clock did not move
        order = cx.spot.place_order(
            market="BTCUSDT", market_type="SPOT", side="buy", type="limit",
            amount="0.001", price="30000",
        )  # fmt: skip
        cx.spot.cancel_order(market="BTCUSDT", market_type="SPOT", order_id=order.order_id)
    assert order.created_at >= before + 3_660_000
    assert httpx.post(sandbox.url + "/admin/advance", json={"seconds": -1}).json()["code"] == 4004
