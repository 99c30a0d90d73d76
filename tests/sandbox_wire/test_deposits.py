"""Deposits over the wire: an address to send to, an admin-driven arrival, the history."""

from __future__ import annotations

from decimal import Decimal

from coinex_sdk import AsyncCoinEx, CoinEx
from coinex_sdk.sandbox import Sandbox

D = Decimal


def test_a_deposit_to_the_accounts_address_arrives_and_is_listed(
    sandbox: Sandbox, cx: CoinEx
) -> None:
    address = cx.assets.deposit_address(ccy="USDT", chain="ERC20")
    assert address.address.startswith("0x") and address.memo == ""
    assert cx.assets.deposit_address(ccy="USDT", chain="ERC20") == address

    deposit_id = sandbox.deposit("USDT", "123.45", chain="ERC20")
    (record,) = [
        r for r in cx.assets.deposit_history(ccy="USDT").items if r.deposit_id == deposit_id
    ]
    assert (record.to_address, record.chain, record.amount) == (
        address.address,
        "ERC20",
        D("123.45"),
    )

    renewed = cx.assets.renew_deposit_address(ccy="USDT", chain="ERC20")
    assert renewed.address != address.address
    assert cx.assets.deposit_address(ccy="USDT", chain="ERC20") == renewed


def test_the_configuration_names_the_chains_withdrawals_accept(cx: CoinEx) -> None:
    config = cx.assets.deposit_withdraw_config(ccy="USDT")
    chains = [chain.chain for chain in config.chains]
    assert chains == ["TRC20", "ERC20"]
    everything = cx.assets.all_deposit_withdraw_config()
    assert {item.asset.ccy for item in everything} == {"BTC", "ETH", "USDT"}
    record = cx.assets.withdraw(ccy="USDT", to_address="TY5vq3", amount="5", chain=chains[0])
    assert record.chain == "TRC20"


async def test_the_async_client_reads_addresses_and_configuration(acx: AsyncCoinEx) -> None:
    address = await acx.assets.deposit_address(ccy="BTC", chain="BTC")
    assert address.address.startswith("bc1q")
    config = await acx.assets.deposit_withdraw_config(ccy="BTC")
    assert config.chains[0].withdrawal_fee == D("0.0002")
    renewed = await acx.assets.renew_deposit_address(ccy="BTC", chain="BTC")
    assert renewed.address != address.address
