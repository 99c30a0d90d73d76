"""The secret never shows up in a repr, a str, an exception or a log line."""

from __future__ import annotations

import logging
import pickle

import httpx
import pytest

from coinex_sdk import AsyncCoinEx, CoinEx, Credentials, ValidationError
from coinex_sdk._auth import CoinExAuth
from coinex_sdk._config import ClientConfig
from tests.conftest import CANARY_ACCESS_ID, CANARY_SECRET


def test_credentials_repr_and_str_hide_the_secret() -> None:
    creds = Credentials(CANARY_ACCESS_ID, CANARY_SECRET)
    for text in (repr(creds), str(creds), f"{creds}", repr([creds]), repr({"c": creds})):
        assert CANARY_SECRET not in text
        assert CANARY_ACCESS_ID in text


def test_clients_and_auth_reprs_hide_the_secret() -> None:
    cx = CoinEx(CANARY_ACCESS_ID, CANARY_SECRET)
    acx = AsyncCoinEx(CANARY_ACCESS_ID, CANARY_SECRET)
    for obj in (cx, acx, cx._transport, cx._auth, cx.credentials, vars(cx), vars(cx._transport)):
        assert CANARY_SECRET not in repr(obj)
    cx.close()


def test_credentials_survive_pickling_without_exposing_the_secret_in_repr() -> None:
    creds = pickle.loads(pickle.dumps(Credentials(CANARY_ACCESS_ID, CANARY_SECRET)))
    assert creds.secret_key == CANARY_SECRET
    assert CANARY_SECRET not in repr(creds)


def test_invalid_secret_errors_do_not_echo_the_value() -> None:
    with pytest.raises(ValueError) as info:
        Credentials("id", "sécret-ü-日本")
    assert "sécret" not in str(info.value)


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COINEX_ACCESS_ID", CANARY_ACCESS_ID)
    monkeypatch.setenv("COINEX_SECRET_KEY", CANARY_SECRET)
    with CoinEx() as cx:
        assert cx.credentials == Credentials(CANARY_ACCESS_ID, CANARY_SECRET)


def test_half_a_key_pair_is_rejected() -> None:
    with pytest.raises(ValidationError):
        CoinEx(access_id="only-the-id")


def test_debug_logs_name_method_path_status_and_time_but_never_the_signature(
    caplog: pytest.LogCaptureFixture,
) -> None:
    signatures: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        signatures.append(request.headers["x-coinex-sign"])
        return httpx.Response(200, json={"code": 0, "data": {}, "message": "OK"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with (
        caplog.at_level(logging.DEBUG, logger="coinex_sdk"),
        CoinEx(CANARY_ACCESS_ID, CANARY_SECRET, http_client=http) as cx,
    ):
        cx.request("GET", "/v2/assets/spot/balance")
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("coinex_sdk")]
    assert any("GET /v2/assets/spot/balance -> 200 in" in m and "ms" in m for m in ours)
    everything = " ".join(r.getMessage() for r in caplog.records)
    assert signatures[0] not in everything
    assert CANARY_SECRET not in everything


def test_auth_flow_object_repr_shows_only_the_access_id() -> None:
    from coinex_sdk._clock import Clock

    auth = CoinExAuth(Credentials(CANARY_ACCESS_ID, CANARY_SECRET), Clock(), None)
    assert repr(auth) == f"CoinExAuth(access_id={CANARY_ACCESS_ID!r})"


@pytest.mark.parametrize(
    ("proxy", "shown"),
    [
        (f"http://user:{CANARY_SECRET}@127.0.0.1:3128", "http://user:***@127.0.0.1:3128"),
        (f"user:{CANARY_SECRET}@proxy:8080", "user:***@proxy:8080"),
        ("http://127.0.0.1:3128", "http://127.0.0.1:3128"),
    ],
)
def test_a_proxy_password_stays_out_of_the_config_repr(proxy: str, shown: str) -> None:
    config = ClientConfig(proxy=proxy)
    assert config.proxy == proxy  # what the client sends through is the whole URL
    text = repr(config)
    assert CANARY_SECRET not in text
    assert f"proxy={shown!r}" in text
