"""Request authentication exactly as CoinEx documents it, with every rejection code."""

from __future__ import annotations

import hashlib

import pytest

from coinex_sdk._signing import http_prepared, sign
from coinex_sdk.sandbox import (
    AccountSpec,
    Exchange,
    ExchangeConfig,
    SandboxApiError,
    verify_http_request,
    verify_ws_sign,
)
from coinex_sdk.sandbox.engine._accounts import Account

NOW = 1_700_000_000_000
SECRET = b"test-secret"
TARGET = b"/v2/assets/spot/balance?ccy=USDT"


@pytest.fixture
def account() -> Account:
    exchange = Exchange(
        ExchangeConfig(
            market_maker=None,
            accounts=(AccountSpec(name="docs", access_id="docs-key", secret_key="test-secret"),),
        ),
        clock=lambda: NOW,
    )
    return exchange.account("docs")


def _headers(signature: str, timestamp: int = NOW, key: str = "docs-key") -> dict[str, str]:
    return {"X-COINEX-KEY": key, "X-COINEX-SIGN": signature, "X-COINEX-TIMESTAMP": str(timestamp)}


def _verify(
    account: Account,
    headers: dict[str, str],
    *,
    method: str = "GET",
    target: bytes = TARGET,
    body: bytes = b"",
    now: int = NOW,
    strict: bool = False,
) -> Account:
    return verify_http_request(
        lookup={account.access_id: account}.get,
        method=method,
        raw_target=target,
        body=body,
        headers=headers,
        now_ms=now,
        strict_signing=strict,
    )


def _code(call: object) -> int:
    with pytest.raises(SandboxApiError) as error:
        call()  # type: ignore[operator]
    return error.value.code


DOCS_VECTOR = "0ae98f8e934908ae006b1a5e38a398756949d2c926e857cfab2b076c17b47c02"


def test_the_docs_vector_signs_as_documented() -> None:
    prepared = http_prepared("GET", TARGET, b"", 1_700_000_000_000)
    assert prepared == b"GET/v2/assets/spot/balance?ccy=USDT1700000000000"
    assert sign(SECRET, prepared) == DOCS_VECTOR


def test_a_request_signed_like_the_docs_vector_is_accepted(account: Account) -> None:
    assert _verify(account, _headers(DOCS_VECTOR)) is account


def test_upper_case_hex_is_accepted_as_coinex_net_sends_it(account: Account) -> None:
    assert _verify(account, _headers(DOCS_VECTOR.upper())) is account


def test_header_names_are_case_insensitive(account: Account) -> None:
    headers = {name.lower(): value for name, value in _headers(DOCS_VECTOR).items()}
    assert _verify(account, headers) is account


def test_a_post_body_is_part_of_what_is_signed(account: Account) -> None:
    body = b'{"market":"BTCUSDT","market_type":"SPOT"}'
    signature = sign(SECRET, http_prepared("POST", b"/v2/spot/order", body, NOW))
    assert _verify(account, _headers(signature), method="POST", target=b"/v2/spot/order", body=body)
    tampered = body.replace(b"SPOT", b"MARGIN")
    assert (
        _code(
            lambda: _verify(
                account, _headers(signature), method="POST", target=b"/v2/spot/order", body=tampered
            )
        )
        == 4006
    )


def test_the_query_is_signed_exactly_as_received(account: Account) -> None:
    reordered = b"/v2/assets/spot/balance?ccy=USDT&x=1"
    assert _code(lambda: _verify(account, _headers(DOCS_VECTOR), target=reordered)) == 4006


def test_an_unknown_access_id_answers_4005(account: Account) -> None:
    assert _code(lambda: _verify(account, _headers(DOCS_VECTOR, key="who"))) == 4005


def test_a_missing_access_id_answers_4005(account: Account) -> None:
    headers = _headers(DOCS_VECTOR)
    del headers["X-COINEX-KEY"]
    assert _code(lambda: _verify(account, headers)) == 4005


@pytest.mark.parametrize("bad", ["", "abc", DOCS_VECTOR[:-1], DOCS_VECTOR[:-1] + "g"])
def test_a_signature_that_is_not_64_hex_characters_answers_4008(account: Account, bad: str) -> None:
    assert _code(lambda: _verify(account, _headers(bad))) == 4008


def test_a_wrong_signature_answers_4006(account: Account) -> None:
    assert _code(lambda: _verify(account, _headers("0" * 64))) == 4006


def test_a_timestamp_older_than_the_window_answers_4010(account: Account) -> None:
    assert _code(lambda: _verify(account, _headers(DOCS_VECTOR), now=NOW + 5001)) == 4010


def test_a_timestamp_ahead_of_the_exchange_clock_beyond_the_window_answers_4010(
    account: Account,
) -> None:
    assert _code(lambda: _verify(account, _headers(DOCS_VECTOR), now=NOW - 5001)) == 4010


def test_the_edges_of_the_default_5000_ms_window_are_inside(account: Account) -> None:
    assert _verify(account, _headers(DOCS_VECTOR), now=NOW + 5000)
    assert _verify(account, _headers(DOCS_VECTOR), now=NOW - 5000)


def test_x_coinex_windowtime_widens_the_window(account: Account) -> None:
    headers = {**_headers(DOCS_VECTOR), "X-COINEX-WINDOWTIME": "60000"}
    assert _verify(account, headers, now=NOW + 59_000)
    assert _code(lambda: _verify(account, headers, now=NOW + 60_001)) == 4010


def test_a_missing_or_garbled_timestamp_answers_4010(account: Account) -> None:
    headers = _headers(DOCS_VECTOR)
    headers["X-COINEX-TIMESTAMP"] = "yesterday"
    assert _code(lambda: _verify(account, headers)) == 4010
    del headers["X-COINEX-TIMESTAMP"]
    assert _code(lambda: _verify(account, headers)) == 4010


def test_the_legacy_sha256_scheme_is_accepted_by_default(account: Account) -> None:
    prepared = http_prepared("GET", TARGET, b"", NOW)
    legacy = hashlib.sha256(prepared + SECRET).hexdigest()
    assert _verify(account, _headers(legacy)) is account


def test_strict_signing_accepts_only_hmac(account: Account) -> None:
    prepared = http_prepared("GET", TARGET, b"", NOW)
    legacy = hashlib.sha256(prepared + SECRET).hexdigest()
    assert _code(lambda: _verify(account, _headers(legacy), strict=True)) == 4006
    assert _verify(account, _headers(DOCS_VECTOR), strict=True) is account


def test_ws_server_sign_is_an_hmac_of_the_timestamp_alone(account: Account) -> None:
    params = {
        "access_id": "docs-key",
        "signed_str": sign(SECRET, str(NOW).encode()),
        "timestamp": NOW,
    }
    lookup = {account.access_id: account}.get
    assert verify_ws_sign(lookup=lookup, params=params, now_ms=NOW) is account


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"access_id": "who"}, 4005),
        ({"signed_str": "xyz"}, 4008),
        ({"signed_str": "0" * 64}, 4006),
        ({"timestamp": str(NOW)}, 4010),
    ],
)
def test_ws_server_sign_rejections(account: Account, change: dict[str, object], code: int) -> None:
    params: dict[str, object] = {
        "access_id": "docs-key",
        "signed_str": sign(SECRET, str(NOW).encode()),
        "timestamp": NOW,
        **change,
    }
    lookup = {account.access_id: account}.get
    assert _code(lambda: verify_ws_sign(lookup=lookup, params=params, now_ms=NOW)) == code


def test_ws_server_sign_with_a_stale_timestamp_answers_4010(account: Account) -> None:
    params = {
        "access_id": "docs-key",
        "signed_str": sign(SECRET, str(NOW).encode()),
        "timestamp": NOW,
    }
    lookup = {account.access_id: account}.get
    assert _code(lambda: verify_ws_sign(lookup=lookup, params=params, now_ms=NOW + 6000)) == 4010


def test_the_secret_never_appears_in_an_accounts_repr(account: Account) -> None:
    assert "test-secret" not in repr(account)
    assert "test-secret" not in repr(AccountSpec(name="x", access_id="k", secret_key="test-secret"))
