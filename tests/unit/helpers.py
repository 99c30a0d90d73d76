"""Scripted fake CoinEx for pure-logic tests (httpx.MockTransport, no sockets)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx

from coinex_sdk import AsyncCoinEx, CoinEx, RetryPolicy
from tests.conftest import CANARY_ACCESS_ID, CANARY_SECRET

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def ok(data: Any = None, **extra: Any) -> httpx.Response:
    return httpx.Response(
        200, json={"code": 0, "data": {} if data is None else data, "message": "OK", **extra}
    )


def err(code: int, message: str = "error", headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(200, json={"code": code, "data": {}, "message": message}, headers=headers)


def server_time(ts: int) -> httpx.Response:
    return ok({"timestamp": ts})


class RawStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Bytes as sent (httpx does not decode them up front), for sync and async clients alike."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        yield self._body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._body


class Script:
    """Replies in order; records every request."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        # a fresh copy: a script may hold one reply several times, for sync or async clients
        return httpx.Response(
            reply.status_code, headers=reply.headers, stream=RawStream(reply.read())
        )

    @property
    def paths(self) -> list[str]:
        return [f"{r.method} {r.url.path}" for r in self.requests]


FAST = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0)


def sync_client(script: Script, **kwargs: Any) -> CoinEx:
    kwargs.setdefault("retry", FAST)
    return CoinEx(
        CANARY_ACCESS_ID,
        CANARY_SECRET,
        base_url="http://coinex.test",
        http_client=httpx.Client(transport=httpx.MockTransport(script)),
        **kwargs,
    )


def async_client(script: Script, **kwargs: Any) -> AsyncCoinEx:
    kwargs.setdefault("retry", FAST)
    return AsyncCoinEx(
        CANARY_ACCESS_ID,
        CANARY_SECRET,
        base_url="http://coinex.test",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(script)),
        **kwargs,
    )


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content)
