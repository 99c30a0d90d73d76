"""Proxies: ``proxy=`` on both clients, and ``HTTP_PROXY`` / ``NO_PROXY`` honoured by the async
client's aiohttp sender as by httpx. A small forwarding proxy on loopback records what went
through it, and the sandbox checks the signature of what arrives."""

from __future__ import annotations

import base64
import socket
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from coinex_sdk import AsyncCoinEx, CoinEx, TransportError, ValidationError
from coinex_sdk.sandbox import Sandbox


class ForwardProxy:
    """An HTTP forward proxy for http:// targets: takes absolute-form requests
    (``GET http://host:port/path HTTP/1.1``), replays each one over a fresh connection to the
    target and relays the answer byte for byte. ``seen`` lists the targets it forwarded."""

    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._server.getsockname()[1]}"
        self.seen: list[str] = []
        self.proxy_auth: list[str | None] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        reader = conn.makefile("rb")
        with conn, reader:
            while True:
                line = reader.readline()
                if not line:
                    return
                method, target, version = line.decode("latin-1").split()
                headers: list[tuple[str, str]] = []
                while (header := reader.readline()) not in (b"\r\n", b"\n", b""):
                    name, _, value = header.decode("latin-1").partition(":")
                    headers.append((name.strip(), value.strip()))
                length = next((int(v) for k, v in headers if k.lower() == "content-length"), 0)
                body = reader.read(length) if length else b""
                self.seen.append(f"{method} {target}")
                auth = [v for k, v in headers if k.lower() == "proxy-authorization"]
                self.proxy_auth.append(auth[0] if auth else None)
                conn.sendall(self._forward(method, target, version, headers, body))

    @staticmethod
    def _forward(
        method: str, target: str, version: str, headers: list[tuple[str, str]], body: bytes
    ) -> bytes:
        url = urlsplit(target)
        path = url.path + (f"?{url.query}" if url.query else "")
        kept = [
            (k, v)
            for k, v in headers
            if k.lower()
            not in ("connection", "proxy-connection", "keep-alive", "proxy-authorization")
        ]
        head = f"{method} {path} {version}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in kept)
        with socket.create_connection((url.hostname, url.port or 80)) as upstream:
            upstream.sendall((head + "Connection: close\r\n\r\n").encode("latin-1") + body)
            chunks = []
            while chunk := upstream.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        self._server.close()


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    server = ForwardProxy()
    yield server
    server.close()


@pytest.fixture(autouse=True)
def no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def _balance_path(sandbox: Sandbox) -> str:
    return f"GET {sandbox.url}/v2/assets/spot/balance"


def test_the_sync_client_sends_through_the_proxy_it_is_given(
    sandbox: Sandbox, proxy: ForwardProxy
) -> None:
    with CoinEx(sandbox.access_id, sandbox.secret_key, base_url=sandbox.url, proxy=proxy.url) as cx:
        assert cx.assets.spot_balance()  # signed: the sandbox verified what arrived
        assert cx.with_options(timeout=5).assets.spot_balance()
    assert proxy.seen == [_balance_path(sandbox)] * 2


async def test_the_async_client_sends_through_the_proxy_it_is_given(
    sandbox: Sandbox, proxy: ForwardProxy
) -> None:
    async with AsyncCoinEx(
        sandbox.access_id, sandbox.secret_key, base_url=sandbox.url, proxy=proxy.url
    ) as acx:
        assert await acx.assets.spot_balance()
        assert await acx.with_options(max_retries=0).assets.spot_balance()
    assert proxy.seen == [_balance_path(sandbox)] * 2


async def test_a_closed_async_client_sends_nothing_more_through_the_proxy(
    sandbox: Sandbox, proxy: ForwardProxy
) -> None:
    acx = AsyncCoinEx(base_url=sandbox.url, proxy=proxy.url, max_retries=0)
    assert await acx.spot.ticker(market=["BTCUSDT"])
    await acx.close()
    with pytest.raises(TransportError, match="closed"):
        await acx.spot.ticker(market=["BTCUSDT"])
    assert acx._shell.sender._pool._session is None  # no new session left open
    assert len(proxy.seen) == 1


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
async def test_both_clients_honour_the_proxy_environment(
    sandbox: Sandbox, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, proxy.url)
    with sandbox.client() as cx:
        cx.assets.spot_balance()
    async with sandbox.async_client() as acx:
        await acx.assets.spot_balance()
    assert proxy.seen == [_balance_path(sandbox)] * 2


async def test_no_proxy_sends_both_clients_direct(
    sandbox: Sandbox, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with sandbox.client() as cx:
        cx.assets.spot_balance()
    async with sandbox.async_client() as acx:
        await acx.assets.spot_balance()
    assert proxy.seen == []


async def test_credentials_in_the_proxy_url_reach_the_proxy(
    sandbox: Sandbox, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_user = proxy.url.replace("http://", "http://bot:s3cret@")
    with sandbox.client(proxy=with_user) as cx:
        cx.common.time()
    monkeypatch.setenv("HTTP_PROXY", with_user)
    async with sandbox.async_client() as acx:
        await acx.common.time()
    expected = "Basic " + base64.b64encode(b"bot:s3cret").decode()
    assert proxy.proxy_auth == [expected, expected]


def test_proxy_with_a_user_supplied_http_client_is_refused(sandbox: Sandbox) -> None:
    import httpx

    with httpx.Client() as http, pytest.raises(ValidationError, match="http_client"):
        CoinEx(base_url=sandbox.url, http_client=http, proxy="http://127.0.0.1:1")
