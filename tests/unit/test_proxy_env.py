"""How the async client's aiohttp sender reads the proxy environment (the same rules as httpx)."""

from __future__ import annotations

import pytest
import yarl

from coinex_sdk._aiohttp import _env_proxy

API = yarl.URL("https://api.coinex.com/v2/time")


@pytest.fixture(autouse=True)
def clean(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def test_no_variable_means_no_proxy() -> None:
    assert _env_proxy(API) == (None, None)


def test_the_scheme_variable_wins_over_all_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALL_PROXY", "http://all:1")
    monkeypatch.setenv("HTTPS_PROXY", "http://tls:2")
    assert _env_proxy(API) == (yarl.URL("http://tls:2"), None)
    assert _env_proxy(yarl.URL("http://x/y")) == (yarl.URL("http://all:1"), None)


def test_credentials_stay_in_the_proxy_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://bot:s3cret@10.0.0.2:3128")
    proxy, auth = _env_proxy(API)
    assert isinstance(proxy, yarl.URL) and (proxy.user, proxy.password) == ("bot", "s3cret")
    assert auth is None  # aiohttp sends the URL's credentials as Proxy-Authorization


def test_no_proxy_names_hosts_that_go_direct(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://10.0.0.2:3128")
    monkeypatch.setenv("NO_PROXY", "localhost,.coinex.com")
    assert _env_proxy(API) == (None, None)
    assert _env_proxy(yarl.URL("https://example.org/"))[0] == yarl.URL("http://10.0.0.2:3128")
