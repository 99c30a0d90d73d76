"""The clients the bench compares, each doing the same four CoinEx calls.

Floors are the least a Python client can do: the raw HTTP library, a hand-made HMAC signature
(method + request target + body + timestamp) and ``json.loads`` of the reply. ccxt calls its
implicit v2 methods (``v2PublicGetSpotTicker``, ``v2PrivatePostSpotOrder``, ...), no unified
parsing, with its rate limiter off. Ours calls the generated methods with their validation,
signing, envelope decoding and typed models, with ``rate_limit="off"``.

Every client gets the same arguments; the server (:mod:`benchmarks._server`) ignores them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

ACCESS_ID = "bench-access-id"
SECRET = "bench-secret-key"

MARKET = "BTCUSDT"
ORDER_ID = 117401168172
ORDER = {
    "market": MARKET,
    "market_type": "SPOT",
    "side": "buy",
    "type": "limit",
    "amount": "0.0001",
    "price": "61000",
    "client_id": "bench-order-1",
}
PENDING = {"market": MARKET, "market_type": "SPOT"}
CANCEL = {"market": MARKET, "market_type": "SPOT", "order_id": ORDER_ID}

CALLS = ("ticker", "place_order", "pending_orders", "cancel_order")


def sign(method: str, target: str, body: bytes = b"") -> dict[str, str]:
    """CoinEx v2 signature headers, made by hand as a floor client would."""
    ts = str(time.time_ns() // 1_000_000)
    prepared = method.encode() + target.encode() + body + ts.encode()
    signature = hmac.new(SECRET.encode(), prepared, hashlib.sha256).hexdigest()
    return {"X-COINEX-KEY": ACCESS_ID, "X-COINEX-SIGN": signature, "X-COINEX-TIMESTAMP": ts}


def _target(path: str, params: dict[str, Any]) -> str:
    return path + "?" + "&".join(f"{k}={v}" for k, v in params.items())


TICKER_TARGET = _target("/v2/spot/ticker", {"market": MARKET})
PENDING_TARGET = _target("/v2/spot/pending-order", PENDING)
ORDER_BODY = json.dumps(ORDER, separators=(",", ":")).encode()
CANCEL_BODY = json.dumps(CANCEL, separators=(",", ":")).encode()
JSON = {"Content-Type": "application/json"}


class AsyncClient:
    """One open client: ``calls`` maps a call name to a coroutine function doing one call."""

    calls: dict[str, Callable[[], Awaitable[Any]]]

    async def aclose(self) -> None:
        raise NotImplementedError


class SyncClient:
    calls: dict[str, Callable[[], Any]]

    def close(self) -> None:
        raise NotImplementedError


# -- async ------------------------------------------------------------------------------------


class RawAiohttp(AsyncClient):
    """The async floor: ``aiohttp.ClientSession`` + hand signing + ``json.loads``."""

    def __init__(self, url: str) -> None:
        import aiohttp

        self._session = aiohttp.ClientSession()
        self._url = url
        self.calls = {
            "ticker": self.ticker,
            "place_order": self.place_order,
            "pending_orders": self.pending_orders,
            "cancel_order": self.cancel_order,
        }

    async def _get(self, target: str, headers: dict[str, str] | None) -> Any:
        async with self._session.get(self._url + target, headers=headers) as response:
            return json.loads(await response.read())

    async def _post(self, path: str, body: bytes) -> Any:
        headers = {**sign("POST", path, body), **JSON}
        async with self._session.post(self._url + path, data=body, headers=headers) as response:
            return json.loads(await response.read())

    async def ticker(self) -> Any:
        return await self._get(TICKER_TARGET, None)

    async def place_order(self) -> Any:
        return await self._post("/v2/spot/order", ORDER_BODY)

    async def pending_orders(self) -> Any:
        return await self._get(PENDING_TARGET, sign("GET", PENDING_TARGET))

    async def cancel_order(self) -> Any:
        return await self._post("/v2/spot/cancel-order", CANCEL_BODY)

    async def aclose(self) -> None:
        await self._session.close()


class RawHttpxAsync(RawAiohttp):
    """``httpx.AsyncClient`` with its own transport + hand signing + ``json.loads``."""

    def __init__(self, url: str) -> None:
        import httpx

        self._client = httpx.AsyncClient(base_url=url)
        self.calls = {
            "ticker": self.ticker,
            "place_order": self.place_order,
            "pending_orders": self.pending_orders,
            "cancel_order": self.cancel_order,
        }

    async def _get(self, target: str, headers: dict[str, str] | None) -> Any:
        return json.loads((await self._client.get(target, headers=headers)).content)

    async def _post(self, path: str, body: bytes) -> Any:
        headers = {**sign("POST", path, body), **JSON}
        return json.loads((await self._client.post(path, content=body, headers=headers)).content)

    async def aclose(self) -> None:
        await self._client.aclose()


class CcxtAsync(AsyncClient):
    """ccxt.async_support.coinex's implicit v2 methods, rate limiter off."""

    def __init__(self, url: str) -> None:
        import ccxt.async_support as ccxt_async  # type: ignore[import-not-found]

        self._exchange = ccxt_async.coinex(
            {"apiKey": ACCESS_ID, "secret": SECRET, "enableRateLimit": False}
        )
        _point_ccxt_at(self._exchange, url)
        ex = self._exchange
        self.calls = {
            "ticker": lambda: ex.v2PublicGetSpotTicker({"market": MARKET}),
            "place_order": lambda: ex.v2PrivatePostSpotOrder(dict(ORDER)),
            "pending_orders": lambda: ex.v2PrivateGetSpotPendingOrder(dict(PENDING)),
            "cancel_order": lambda: ex.v2PrivatePostSpotCancelOrder(dict(CANCEL)),
        }

    async def aclose(self) -> None:
        await self._exchange.close()


class OursAsync(AsyncClient):
    """``AsyncCoinEx`` as users make it (its default transport), rate limiting off."""

    def __init__(self, url: str, http_client: Any = None) -> None:
        from coinex_sdk import AsyncCoinEx

        self._client = AsyncCoinEx(
            ACCESS_ID, SECRET, base_url=url, rate_limit="off", http_client=http_client
        )
        spot = self._client.spot
        amount, price = Decimal(ORDER["amount"]), Decimal(ORDER["price"])
        self.calls = {
            "ticker": lambda: spot.ticker(market=[MARKET]),
            "place_order": lambda: spot.place_order(
                market=MARKET,
                market_type="SPOT",
                side="buy",
                type="limit",
                amount=amount,
                price=price,
                client_id=ORDER["client_id"],
            ),
            "pending_orders": lambda: spot.pending_orders(market=MARKET, market_type="SPOT"),
            "cancel_order": lambda: spot.cancel_order(
                market=MARKET, market_type="SPOT", order_id=ORDER_ID
            ),
        }

    async def aclose(self) -> None:
        await self._client.close()


class OursAsyncOverHttpx(OursAsync):
    """``AsyncCoinEx(http_client=httpx.AsyncClient())``: the user's own httpx client."""

    def __init__(self, url: str) -> None:
        import httpx

        self._http = httpx.AsyncClient()
        super().__init__(url, http_client=self._http)

    async def aclose(self) -> None:
        await super().aclose()
        await self._http.aclose()


# -- sync -------------------------------------------------------------------------------------


class RawHttpxSync(SyncClient):
    """The sync floor: ``httpx.Client`` + ``json.loads``."""

    def __init__(self, url: str) -> None:
        import httpx

        self._client = httpx.Client(base_url=url)
        self.calls = {"ticker": lambda: json.loads(self._client.get(TICKER_TARGET).content)}

    def close(self) -> None:
        self._client.close()


class CcxtSync(SyncClient):
    def __init__(self, url: str) -> None:
        import ccxt

        self._exchange = ccxt.coinex(
            {"apiKey": ACCESS_ID, "secret": SECRET, "enableRateLimit": False}
        )
        _point_ccxt_at(self._exchange, url)
        self.calls = {"ticker": lambda: self._exchange.v2PublicGetSpotTicker({"market": MARKET})}

    def close(self) -> None:
        self._exchange.session.close()


class OursSync(SyncClient):
    def __init__(self, url: str) -> None:
        from coinex_sdk import CoinEx

        self._client = CoinEx(ACCESS_ID, SECRET, base_url=url, rate_limit="off")
        spot = self._client.spot
        self.calls = {"ticker": lambda: spot.ticker(market=[MARKET])}

    def close(self) -> None:
        self._client.close()


def _point_ccxt_at(exchange: Any, url: str) -> None:
    """ccxt's coinex builds every URL as ``urls['api'][<api>] + '/' + version + '/' + path``."""
    exchange.urls["api"] = {
        "public": url,
        "private": url,
        "perpetualPublic": url + "/perpetual",
        "perpetualPrivate": url + "/perpetual",
    }


ASYNC_CLIENTS: dict[str, Callable[[str], AsyncClient]] = {
    "aiohttp": RawAiohttp,
    "httpx-async": RawHttpxAsync,
    "ccxt-async": CcxtAsync,
    "ours-async": OursAsync,
    "ours-async-httpx": OursAsyncOverHttpx,
}
SYNC_CLIENTS: dict[str, Callable[[str], SyncClient]] = {
    "httpx-sync": RawHttpxSync,
    "ccxt-sync": CcxtSync,
    "ours-sync": OursSync,
}
CCXT_CLIENTS = frozenset({"ccxt-async", "ccxt-sync"})
