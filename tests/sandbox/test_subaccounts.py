"""Sub-accounts: creation, freezing, API keys of their own, transfers with the main account."""

from __future__ import annotations

import pytest

from coinex_sdk._signing import http_prepared, sign
from coinex_sdk.sandbox import Account, Exchange, SandboxApiError, envelope, verify_http_request
from coinex_sdk.sandbox.engine._accounts import ApiKey
from coinex_sdk.sandbox.engine._ledger import FUTURES
from coinex_sdk.sandbox.engine._subaccounts import KEY_LIFETIME_MS, check_key

from .conftest import FakeClock
from .helpers import D, balance


def create(exchange: Exchange, main: Account, name: str = "sub1", **options: object) -> Account:
    return exchange.subaccounts.create(main, name, **options)  # type: ignore[arg-type]


def key_for(exchange: Exchange, main: Account, name: str = "sub1", **options: object) -> ApiKey:
    opts: dict[str, object] = {"ip_whitelist": [], "trade_enabled": True, **options}
    return exchange.subaccounts.create_key(main, name, **opts)  # type: ignore[arg-type]


def signed_get(exchange: Exchange, key: ApiKey, clock: FakeClock) -> Account:
    """Authenticate a signed GET with ``key`` the way the server does; the account it signs as."""
    target = b"/v2/assets/spot/balance"
    headers = {
        "X-COINEX-KEY": key.access_id,
        "X-COINEX-TIMESTAMP": str(clock.ms),
        "X-COINEX-SIGN": sign(key.secret_bytes, http_prepared("GET", target, b"", clock.ms)),
    }
    verified = verify_http_request(
        lookup=exchange.api_key,
        method="GET",
        raw_target=target,
        body=b"",
        headers=headers,
        now_ms=clock.ms,
    )
    return check_key(verified, now_ms=clock.ms, client="127.0.0.1")


def test_a_sub_account_is_a_separate_user_of_its_main_account(
    exchange: Exchange, alice: Account
) -> None:
    sub = create(exchange, alice, permissions=["FUTURES"], remark="bot")
    assert sub.is_sub and sub.parent_user_id == alice.user_id
    assert sub.permissions == ("FUTURES",) and sub.remark == "bot"
    assert list(sub.ledger.items()) == []
    assert exchange.subaccounts.subs(alice) == [sub]


def test_sub_account_names_are_unique(exchange: Exchange, alice: Account) -> None:
    create(exchange, alice)
    for name in ("sub1", "bob"):
        with pytest.raises(SandboxApiError) as error:
            create(exchange, alice, name)
        assert error.value.code == 4004


def test_a_sub_account_cannot_manage_sub_accounts(exchange: Exchange, alice: Account) -> None:
    sub = create(exchange, alice)
    with pytest.raises(SandboxApiError) as error:
        create(exchange, sub, "subsub")
    assert error.value.code == 4011


def test_a_generated_key_signs_as_the_sub_account(
    exchange: Exchange, alice: Account, clock: FakeClock
) -> None:
    sub = create(exchange, alice)
    key = key_for(exchange, alice)
    assert signed_get(exchange, key, clock) is sub
    assert exchange.account_by_access_id(key.access_id) is sub


def test_a_frozen_sub_accounts_keys_are_refused_until_unfrozen(
    exchange: Exchange, alice: Account, clock: FakeClock
) -> None:
    create(exchange, alice)
    key = key_for(exchange, alice)
    exchange.subaccounts.set_frozen(alice, "sub1", True)
    with pytest.raises(SandboxApiError) as error:
        signed_get(exchange, key, clock)
    assert error.value.code == 4011
    exchange.subaccounts.set_frozen(alice, "sub1", False)
    assert signed_get(exchange, key, clock).name == "sub1"


def test_a_key_without_whitelist_expires_after_three_months(
    exchange: Exchange, alice: Account, clock: FakeClock
) -> None:
    create(exchange, alice)
    temporary = key_for(exchange, alice)
    permanent = key_for(exchange, alice, ip_whitelist=["127.0.0.1"])
    assert temporary.expires_at == clock.ms + KEY_LIFETIME_MS and permanent.expires_at == 0
    clock.advance(KEY_LIFETIME_MS)
    with pytest.raises(SandboxApiError) as error:
        signed_get(exchange, temporary, clock)
    assert error.value.code == 4005
    assert signed_get(exchange, permanent, clock).name == "sub1"


def test_a_whitelisted_key_is_refused_from_other_addresses(
    exchange: Exchange, alice: Account
) -> None:
    create(exchange, alice)
    key = key_for(exchange, alice, ip_whitelist=["10.0.0.1"])
    with pytest.raises(SandboxApiError) as error:
        check_key(key, now_ms=0, client="127.0.0.1")
    assert error.value.code == 4007
    assert check_key(key, now_ms=0, client="10.0.0.1").name == "sub1"


def test_a_key_that_may_not_trade_is_refused_on_trading_endpoints(
    exchange: Exchange, alice: Account
) -> None:
    create(exchange, alice)
    key = key_for(exchange, alice, trade_enabled=False)
    check_key(key, now_ms=0, client=None, method="GET", path="/v2/spot/pending-order")
    with pytest.raises(SandboxApiError) as error:
        check_key(key, now_ms=0, client=None, method="POST", path="/v2/spot/order")
    assert error.value.code == 4115


def test_a_sub_account_without_a_permission_is_refused_its_endpoints(
    exchange: Exchange, alice: Account
) -> None:
    create(exchange, alice, permissions=["API"])
    key = key_for(exchange, alice)
    with pytest.raises(SandboxApiError) as error:
        check_key(key, now_ms=0, client=None, method="POST", path="/v2/futures/order")
    assert error.value.code == 4512
    check_key(key, now_ms=0, client=None, method="POST", path="/v2/spot/order")


def test_keys_need_the_api_permission(exchange: Exchange, alice: Account) -> None:
    create(exchange, alice, permissions=["FUTURES"])
    with pytest.raises(SandboxApiError) as error:
        key_for(exchange, alice)
    assert error.value.code == 4512


def test_keys_are_edited_and_deleted_by_the_main_account(
    exchange: Exchange, alice: Account
) -> None:
    create(exchange, alice)
    key = key_for(exchange, alice)
    exchange.subaccounts.edit_key(
        alice, "sub1", key.api_id, ip_whitelist=["1.1.1.1"], trade_enabled=False, remark="x"
    )
    assert (key.ip_whitelist, key.trade_enabled, key.remark, key.expires_at) == (
        ["1.1.1.1"],
        False,
        "x",
        0,
    )
    exchange.subaccounts.delete_key(alice, key.api_id)
    assert exchange.api_key(key.access_id) is None
    with pytest.raises(SandboxApiError):
        exchange.subaccounts.delete_key(alice, key.api_id)


def test_a_key_repr_never_shows_its_secret(exchange: Exchange, alice: Account) -> None:
    sub = create(exchange, alice)
    key = key_for(exchange, alice)
    secret = key.credentials.secret_key
    for obj in (key, sub, key.credentials, sub.api_keys):
        assert secret not in repr(obj)


def test_transfers_move_money_between_main_and_sub_accounts(
    exchange: Exchange, alice: Account
) -> None:
    sub = create(exchange, alice)
    other = create(exchange, alice, "sub2")

    def move(**kw: object) -> None:
        exchange.subaccounts.transfer(alice, ccy="USDT", amount=D("100"), **kw)  # type: ignore[arg-type]

    move(from_user_name=None, to_user_name="sub1", from_account_type="SPOT", to_account_type="SPOT")
    move(
        from_user_name=None,
        to_user_name="sub1",
        from_account_type="FUTURES",
        to_account_type="FUTURES",
    )
    move(
        from_user_name="sub1", to_user_name="sub2", from_account_type="SPOT", to_account_type="SPOT"
    )
    assert balance(alice, "USDT") == (D("99900"), D("0"))
    assert balance(alice, "USDT", FUTURES) == (D("49900"), D("0"))
    assert balance(sub, "USDT") == (D("0"), D("0"))
    assert balance(sub, "USDT", FUTURES) == (D("100"), D("0"))
    assert balance(other, "USDT") == (D("100"), D("0"))
    assert [r.to_user_name for r in alice.sub_transfers] == ["sub1", "sub1", "sub2"]


def test_between_sub_accounts_only_spot_to_spot(exchange: Exchange, alice: Account) -> None:
    create(exchange, alice)
    create(exchange, alice, "sub2")
    with pytest.raises(SandboxApiError):
        exchange.subaccounts.transfer(
            alice, from_user_name="sub1", to_user_name="sub2", from_account_type="FUTURES",
            to_account_type="FUTURES", ccy="USDT", amount=D("1"),
        )  # fmt: skip


def test_a_transfer_needs_a_sub_account_of_the_caller(
    exchange: Exchange, alice: Account, bob: Account
) -> None:
    exchange.subaccounts.create(bob, "bobsub")
    for names in ((None, None), (None, "bobsub")):
        with pytest.raises(SandboxApiError) as error:
            exchange.subaccounts.transfer(
                alice, from_user_name=names[0], to_user_name=names[1], from_account_type="SPOT",
                to_account_type="SPOT", ccy="USDT", amount=D("1"),
            )  # fmt: skip
        assert error.value.code == 4004


def test_a_transfer_beyond_the_balance_answers_3109(exchange: Exchange, alice: Account) -> None:
    create(exchange, alice)
    with pytest.raises(SandboxApiError) as error:
        exchange.subaccounts.transfer(
            alice, from_user_name="sub1", to_user_name=None, from_account_type="SPOT",
            to_account_type="SPOT", ccy="USDT", amount=D("1"),
        )  # fmt: skip
    assert error.value.code == 3109


def test_the_sub_list_defaults_to_unfrozen_sub_accounts(exchange: Exchange, alice: Account) -> None:
    create(exchange, alice)
    create(exchange, alice, "sub2")
    exchange.subaccounts.set_frozen(alice, "sub2", True)
    body = envelope(exchange, "GET", "/v2/account/subs", alice, {})
    assert [item["sub_user_name"] for item in body["data"]] == ["sub1"]
    body = envelope(exchange, "GET", "/v2/account/subs", alice, {"is_frozen": "true"})
    assert [item["sub_user_name"] for item in body["data"]] == ["sub2"]
    assert body["pagination"] == {"total": 1, "has_next": False}


def test_sub_info_tells_a_sub_account_from_a_main_account(
    exchange: Exchange, alice: Account
) -> None:
    sub = create(exchange, alice)
    main = envelope(exchange, "GET", "/v2/account/subs/info", alice, {})
    assert main["data"] == {"user_type": "NORMAL", "sub_user_name": None}
    assert envelope(exchange, "GET", "/v2/account/subs/info", sub, {})["data"] == {
        "user_type": "SUB_ACCOUNT",
        "sub_user_name": "sub1",
    }


def test_listed_keys_carry_no_secret_and_the_detail_does(
    exchange: Exchange, alice: Account
) -> None:
    create(exchange, alice)
    key = key_for(exchange, alice)
    listed = envelope(exchange, "GET", "/v2/account/subs/api", alice, {"sub_user_name": "sub1"})
    (item,) = listed["data"]
    assert item["access_id"] == key.access_id and "secret_key" not in item
    detail = envelope(exchange, "GET", "/v2/account/subs/api-detail", alice, {"api_id": key.api_id})
    assert detail["data"]["secret_key"] == key.credentials.secret_key


def test_the_transfer_history_filters_by_sub_account(exchange: Exchange, alice: Account) -> None:
    create(exchange, alice)
    create(exchange, alice, "sub2")
    for name in ("sub1", "sub2"):
        exchange.subaccounts.transfer(
            alice, from_user_name=None, to_user_name=name, from_account_type="SPOT",
            to_account_type="SPOT", ccy="USDT", amount=D("5"),
        )  # fmt: skip
    body = envelope(
        exchange, "GET", "/v2/account/subs/transfer-history", alice, {"sub_user_name": "sub2"}
    )
    (item,) = body["data"]
    assert item["to_user_name"] == "sub2" and item["from_user_name"] is None
    assert item["amount"] == "5"


def test_futures_money_needs_the_sub_accounts_futures_permission(
    exchange: Exchange, alice: Account
) -> None:
    create(exchange, alice, permissions=["API"])
    with pytest.raises(SandboxApiError) as error:
        exchange.subaccounts.transfer(
            alice, from_user_name=None, to_user_name="sub1", from_account_type="FUTURES",
            to_account_type="FUTURES", ccy="USDT", amount=D("1"),
        )  # fmt: skip
    assert error.value.code == 4512
