"""The sandbox's ASGI application (Starlette): REST, WebSocket and admin routes on one port.

    /v2/...             every REST endpoint of the spec (``http._rest.RestApi``)
    /v2/spot[/]         WebSocket, spot endpoint      (``ws._server``)
    /v2/futures[/]      WebSocket, futures endpoint (with or without the trailing slash, as
                        CoinEx: ccxt and others connect to ``/v2/spot/``)
    /admin/<action>     POST, loopback only           (``admin._admin``)

The exchange is not thread-safe, so everything that touches it runs on the server's event loop:
request handlers call it synchronously (each call is short), the market maker is a task on the
same loop calling ``exchange.tick()`` every ``tick_interval`` seconds, and the ``Sandbox``
object's methods hop onto the loop with ``asyncio.run_coroutine_threadsafe``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import struct
from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import ASGIApp, Receive, Scope, Send

from .admin._admin import is_loopback, run_admin
from .engine._exchange import Exchange
from .http._rest import RestApi, RestRequest
from .ws._server import RAW_SEND, WsServer

__all__ = ["build_app"]

_log = logging.getLogger(__name__)


def build_app(
    exchange: Exchange,
    *,
    ws: WsServer | None = None,
    tick_interval: float | None = 0.2,
    on_ready: Callable[[asyncio.AbstractEventLoop], None] | None = None,
) -> ASGIApp:
    """The app serving ``exchange`` (and ``ws``, default a ``WsServer`` with CoinEx's timings);
    ``on_ready`` is called on the loop once it is running."""
    api = RestApi(exchange)
    ws = ws or WsServer(exchange)

    async def rest(request: Request) -> Response:
        body = await request.body()
        scope = request.scope
        incoming = RestRequest(
            method=request.method,
            raw_path=scope.get("raw_path") or scope["path"].encode(),
            query_string=scope.get("query_string", b""),
            body=body,
            headers=request.headers,
            client=request.client.host if request.client else "",
        )
        faults = api.faults(incoming)
        if faults.latency_ms:
            # Latency before execution: a client that gave up meanwhile does not undo the
            # request; it is executed after the delay, as a real exchange would.
            await asyncio.sleep(faults.latency_ms / 1000)
        answer = api.handle(incoming, faults)
        if answer.hold_ms:
            await asyncio.sleep(answer.hold_ms / 1000)
        if answer.reset:
            await _reset_connection(scope)
        return Response(
            answer.body, answer.status, headers=answer.headers, media_type=answer.media_type
        )

    async def admin(request: Request) -> Response:
        if not is_loopback(request.client.host if request.client else None):
            return JSONResponse({"code": 4001, "data": {}, "message": "loopback only"}, 403)
        raw = await request.body()
        try:
            payload: Any = json.loads(raw, parse_float=Decimal) if raw.strip() else {}
        except ValueError:
            payload = None
        if not isinstance(payload, dict):
            return JSONResponse({"code": 4004, "data": {}, "message": "body is not JSON"})
        return JSONResponse(run_admin(exchange, request.path_params["action"], payload))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        ws.start()
        maker = None
        if tick_interval is not None and exchange.market_maker is not None:
            maker = asyncio.create_task(_market_maker(exchange, tick_interval))
        if on_ready is not None:
            on_ready(asyncio.get_running_loop())
        try:
            yield
        finally:
            if maker is not None:
                maker.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await maker
            await ws.close()

    routes = [
        WebSocketRoute("/v2/spot", ws.spot),
        WebSocketRoute("/v2/spot/", ws.spot),
        WebSocketRoute("/v2/futures", ws.futures),
        WebSocketRoute("/v2/futures/", ws.futures),
        Route("/v2/{rest:path}", rest, methods=["GET", "POST"]),
        Route("/admin/{action}", admin, methods=["POST"]),
    ]
    return _keep_raw_send(Starlette(routes=routes, lifespan=lifespan))


def _keep_raw_send(app: ASGIApp) -> ASGIApp:
    """Hand handlers the server's own ``send`` (Starlette wraps it): dropping a WebSocket
    without a close frame (``WsServer``) or resetting an HTTP connection needs the transport
    behind it."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("websocket", "http"):
            scope = {**scope, RAW_SEND: send}
        await app(scope, receive, send)

    return wrapped


def _transport(scope: Scope) -> asyncio.Transport | None:
    """The TCP transport under uvicorn's ``send`` (its bound method's owner holds it)."""
    raw_send = scope.get(RAW_SEND)
    transport = getattr(getattr(raw_send, "__self__", None), "transport", None)
    return transport if isinstance(transport, asyncio.Transport) else None


async def _reset_connection(scope: Scope) -> None:
    """Reset the TCP connection (RST: SO_LINGER 0, then abort): no HTTP answer at all."""
    transport = _transport(scope)
    if transport is None:  # not served by uvicorn over TCP (e.g. an in-memory test transport)
        raise RuntimeError("resetting the connection needs uvicorn's TCP transport")
    sock = transport.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    await asyncio.sleep(0)  # connection_lost runs: the server then skips sending the response


async def _market_maker(exchange: Exchange, interval: float) -> None:
    """Move the market every ``interval`` seconds so prices, books and fills change."""
    while True:
        await asyncio.sleep(interval)
        try:
            exchange.tick()
        except Exception:  # a failing tick must not stop the market for good
            _log.exception("sandbox market maker tick failed")
