"""The httpx adapter of CoinEx's HTTP signing (httpx's ``Auth`` flow).

It sees the request exactly as httpx will send it and signs ``url.raw_path`` (path and query as
on the request line) and ``content`` (the body bytes) with the one pure function
:func:`~coinex_sdk._signing.http_sign_headers`, so what is signed cannot drift from what is sent.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._clock import Clock
from ._credentials import Credentials
from ._signing import http_sign_headers

__all__ = ["CoinExAuth"]


class CoinExAuth(httpx.Auth):
    """Signs a request in httpx's auth flow, over ``url.raw_path`` and ``content`` as sent."""

    requires_request_body = True

    def __init__(self, credentials: Credentials, clock: Clock, window_time: int | None) -> None:
        self._credentials = credentials
        self._clock = clock
        self._window_time = window_time

    def __repr__(self) -> str:
        return f"CoinExAuth(access_id={self._credentials.access_id!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(
            http_sign_headers(
                self._credentials,
                request.method,
                request.url.raw_path,
                request.content,
                self._clock.now_ms(),
                self._window_time,
            )
        )
        yield request
