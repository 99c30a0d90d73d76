"""Sub-accounts over the wire: the keys a main account creates really sign as the sub-account."""

from __future__ import annotations

import logging
from decimal import Decimal

import pytest
from websockets.asyncio.client import connect

from coinex_sdk import AsyncCoinEx, AuthenticationError, CoinEx, PermissionDeniedError
from coinex_sdk.sandbox import Sandbox

from .test_ws_raw import receive, request, signed

D = Decimal


def test_a_sub_account_key_signs_as_the_sub_account_with_its_own_balances(
    sandbox: Sandbox, cx: CoinEx, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    cx.account.create_sub(sub_user_name="wire-a", remark="a bot")
    key = cx.account.create_sub_api(sub_user_name="wire-a", ip_whitelist=[], trade_enabled=True)
    assert key.secret_key not in repr(key)
    cx.account.sub_transfer(
        to_user_name="wire-a", from_account_type="SPOT", to_account_type="SPOT", ccy="USDT",
        amount="250",
    )  # fmt: skip

    with CoinEx(key.access_id, key.secret_key, base_url=sandbox.url, strict=True) as sub:
        info = sub.account.sub_info()
        assert info.user_type == "SUB_ACCOUNT" and info.sub_user_name == "wire-a"
        assert [(b.ccy, b.available) for b in sub.assets.spot_balance()] == [("USDT", D("250"))]
        order = sub.spot.place_order(
            market="BTCUSDT", market_type="SPOT", side="buy", type="limit", amount="0.001",
            price="40000",
        )  # fmt: skip
        assert order.order_id
        with pytest.raises(PermissionDeniedError) as error:  # a sub-account manages nothing
            sub.account.create_sub(sub_user_name="wire-a-sub")
        assert error.value.code == 4011

    (balance,) = cx.account.sub_spot_balance(sub_user_name="wire-a", ccy="USDT")
    assert (balance.available, balance.frozen) == (D("210"), D("40"))
    history = cx.account.sub_transfer_history(sub_user_name="wire-a")
    assert [(t.to_user_name, t.amount) for t in history.items] == [("wire-a", D("250"))]
    assert key.secret_key not in caplog.text


def test_a_frozen_sub_accounts_key_is_refused_and_works_again_once_unfrozen(
    sandbox: Sandbox, cx: CoinEx
) -> None:
    cx.account.create_sub(sub_user_name="wire-b")
    key = cx.account.create_sub_api(sub_user_name="wire-b", ip_whitelist=[], trade_enabled=False)
    with CoinEx(key.access_id, key.secret_key, base_url=sandbox.url, strict=True) as sub:
        assert sub.assets.spot_balance() == []
        with pytest.raises(PermissionDeniedError) as error:  # trade_enabled=False
            sub.spot.place_order(
                market="BTCUSDT", market_type="SPOT", side="buy", type="market", amount="10"
            )
        assert error.value.code == 4115

        cx.account.freeze_sub(sub_user_name="wire-b")
        assert [s.sub_user_name for s in cx.account.subs(is_frozen=True).items] == ["wire-b"]
        with pytest.raises(PermissionDeniedError) as error:
            sub.assets.spot_balance()
        assert error.value.code == 4011
        cx.account.unfreeze_sub(sub_user_name="wire-b")
        assert sub.assets.spot_balance() == []


async def test_the_async_client_manages_sub_account_keys(
    sandbox: Sandbox, acx: AsyncCoinEx
) -> None:
    await acx.account.create_sub(sub_user_name="wire-c", permissions=["API", "FUTURES"])
    key = await acx.account.create_sub_api(
        sub_user_name="wire-c", ip_whitelist=["127.0.0.1"], trade_enabled=True, remark="one"
    )
    assert key.expires_at == 0  # whitelisted keys never expire
    edited = await acx.account.edit_sub_api(sub_user_name="wire-c", api_id=key.api_id, remark="two")
    assert edited.remark == "two" and edited.secret_key == key.secret_key
    listed = await acx.account.sub_apis(sub_user_name="wire-c")
    assert [k.access_id for k in listed.items] == [key.access_id]
    await acx.account.sub_transfer(
        to_user_name="wire-c", from_account_type="FUTURES", to_account_type="FUTURES", ccy="USDT",
        amount="75",
    )  # fmt: skip
    async with AsyncCoinEx(key.access_id, key.secret_key, base_url=sandbox.url) as sub:
        (balance,) = await sub.assets.futures_balance()
        assert (balance.ccy, balance.available) == ("USDT", D("75"))
    (same,) = await acx.account.sub_balance(sub_user_name="wire-c", market_type="FUTURES")
    assert same.available == D("75")

    await acx.account.delete_sub_api(api_id=key.api_id)
    async with AsyncCoinEx(key.access_id, key.secret_key, base_url=sandbox.url) as sub:
        with pytest.raises(AuthenticationError) as error:
            await sub.assets.futures_balance()
        assert error.value.code == 4005


async def test_a_sub_account_key_signs_a_websocket_and_sees_its_own_balance_pushes(
    sandbox: Sandbox, acx: AsyncCoinEx
) -> None:
    await acx.account.create_sub(sub_user_name="wire-ws")
    key = await acx.account.create_sub_api(
        sub_user_name="wire-ws", ip_whitelist=[], trade_enabled=True
    )
    async with connect(sandbox.ws_spot_url, compression=None, ping_interval=None) as ws:
        assert (await request(ws, "server.sign", signed(key.access_id, key.secret_key), 1))[
            "code"
        ] == 0
        assert (await request(ws, "balance.subscribe", {"ccy_list": ["USDT"]}, 2))["code"] == 0
        await acx.account.sub_transfer(
            to_user_name="wire-ws", from_account_type="SPOT", to_account_type="SPOT", ccy="USDT",
            amount="12",
        )  # fmt: skip
        push = await receive(ws)
        while push.get("method") != "balance.update":
            push = await receive(ws)
        (item,) = push["data"]["balance_list"]
        assert (item["ccy"], item["available"]) == ("USDT", "12")

    await acx.account.freeze_sub(sub_user_name="wire-ws")
    async with connect(sandbox.ws_spot_url, compression=None, ping_interval=None) as ws:
        reply = await request(ws, "server.sign", signed(key.access_id, key.secret_key), 1)
        assert reply["code"] == 21002 and "frozen" in reply["message"]
