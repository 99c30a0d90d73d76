"""``Sandbox``: the exchange served over HTTP and WebSocket on loopback, from a background thread.

    from coinex_sdk import CoinEx
    from coinex_sdk.sandbox import Sandbox

    with Sandbox() as sb:
        with CoinEx(sb.access_id, sb.secret_key, base_url=sb.url) as cx:
            cx.spot.ticker(market=["BTCUSDT"])
        sb.deposit("USDT", "1000")              # admin controls, run on the server's loop
        sb.fail_code(3008, path="/v2/spot/order")

uvicorn runs in a daemon thread with its own event loop, on a socket bound before the thread
starts (port 0 picks a free port, so ``sb.url`` is known at once). The exchange lives on that
loop; the methods here hop onto it with ``asyncio.run_coroutine_threadsafe`` and wait for the
result, so they are safe to call from any thread except the server's own.

starlette and uvicorn (the ``sandbox`` extra) are imported when the server starts, not before.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .admin._controls import SandboxControls
from .engine._exchange import Exchange, ExchangeConfig

if TYPE_CHECKING:
    from .._client import AsyncCoinEx, CoinEx
    from .ws._server import WsServer

__all__ = ["Sandbox"]

R = TypeVar("R")

DEFAULT_TICK_INTERVAL = 0.2
"""Seconds between market-maker ticks."""


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY on accepted sockets only when the listening
    # socket says TCP (with proto 0 every response paid a 40 ms delayed-ACK stall).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def _ws_protocol() -> str:
    """uvicorn's sans-I/O websockets protocol where available (no deprecated legacy API)."""
    from uvicorn.config import WS_PROTOCOLS

    return "websockets-sansio" if "websockets-sansio" in WS_PROTOCOLS else "websockets"


class Sandbox(SandboxControls):
    """A local CoinEx v2 exchange on ``host:port`` (REST and both WebSocket endpoints).

    ``config`` chooses markets, accounts and the market maker; ``strict_signing`` and
    ``rate_limits`` override its signing and rate-limit settings. The market maker ticks every
    ``tick_interval`` seconds (None: only when :meth:`tick` is called, for deterministic tests).
    ``log_level`` (e.g. ``"info"``) sets up uvicorn's own log output, as ``coinex sandbox``
    does; by default the sandbox leaves logging configuration to the application.
    """

    def __init__(
        self,
        config: ExchangeConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        strict_signing: bool | None = None,
        rate_limits: bool | None = None,
        tick_interval: float | None = DEFAULT_TICK_INTERVAL,
        ws_snapshot_interval: float = 60.0,
        ws_price_interval: float = 5.0,
        log_level: str | None = None,
        state: Mapping[str, Any] | None = None,
    ) -> None:
        config = config or ExchangeConfig()
        if strict_signing is not None:
            config = attrs.evolve(config, strict_signing=strict_signing)
        if rate_limits is not None:
            config = attrs.evolve(config, enforce_rate_limits=rate_limits)
        self.exchange = Exchange(config, initial_state=state)
        """The exchange itself. Not thread-safe: touch it through :meth:`run` while serving."""
        self.host = host
        self.tick_interval = tick_interval
        self.ws_snapshot_interval = ws_snapshot_interval
        """Seconds between the full depth books pushed to incremental subscribers
        (docs/protocol/websocket.md §11)."""
        self.ws_price_interval = ws_price_interval
        """Seconds between ``index.update`` / ``premium.update`` pushes."""
        self._requested_port = port
        self._log_level = log_level
        self._sock: socket.socket | None = None
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._failure: BaseException | None = None
        self._ws: WsServer | None = None
        default = config.accounts[0]
        self.access_id: str = default.access_id
        """The access_id of the default account (the first configured, ``alice``)."""
        self.secret_key: str = default.secret_key
        """Its secret key (a sandbox key, printed by ``coinex sandbox`` on purpose)."""

    def __repr__(self) -> str:
        state = "serving" if self.running else "stopped"
        return f"Sandbox(url={self.url!r}, access_id={self.access_id!r}, {state})"

    # -- addresses ------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._sock is None:
            return self._requested_port
        port: int = self._sock.getsockname()[1]
        return port

    @property
    def url(self) -> str:
        """The REST base URL, e.g. ``http://127.0.0.1:8000`` (pass as ``base_url``)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def ws_url(self) -> str:
        """The WebSocket base URL (pass as ``ws_url``); the SDK derives it from ``url`` too."""
        return "ws://" + self.url.removeprefix("http://")

    @property
    def ws_spot_url(self) -> str:
        return f"{self.ws_url}/v2/spot"

    @property
    def ws_futures_url(self) -> str:
        return f"{self.ws_url}/v2/futures"

    @property
    def ws_connections_accepted(self) -> int:
        """How many WebSocket connections the server has accepted so far (reconnects count)."""
        return self._ws.accepted if self._ws is not None else 0

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def credentials(self, account: str | None = None) -> tuple[str, str]:
        """``(access_id, secret_key)`` of a configured account (by name; default the first)."""
        for spec in self.exchange.config.accounts:
            if account is None or spec.name == account:
                return spec.access_id, spec.secret_key
        raise KeyError(account)

    def client(self, account: str | None = None, **options: Any) -> CoinEx:
        """A blocking client signed as ``account`` (default the first), pointed here."""
        from .._client import CoinEx

        access_id, secret_key = self.credentials(account)
        return CoinEx(access_id, secret_key, base_url=self.url, **options)

    def async_client(self, account: str | None = None, **options: Any) -> AsyncCoinEx:
        """An asyncio client signed as ``account`` (default the first), pointed here."""
        from .._client import AsyncCoinEx

        access_id, secret_key = self.credentials(account)
        return AsyncCoinEx(access_id, secret_key, base_url=self.url, **options)

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> Sandbox:
        """Bind, start serving in a background thread and wait until requests are accepted."""
        if self._thread is not None:
            raise RuntimeError("this sandbox was already started")
        import uvicorn

        from ._app import build_app
        from .ws._server import WsServer

        def on_ready(loop: asyncio.AbstractEventLoop) -> None:
            self._loop = loop

        self._ws = ws = WsServer(
            self.exchange,
            snapshot_interval=self.ws_snapshot_interval,
            price_interval=self.ws_price_interval,
        )
        app = build_app(self.exchange, ws=ws, tick_interval=self.tick_interval, on_ready=on_ready)
        self._sock = _bind(self.host, self._requested_port)
        config = uvicorn.Config(
            app,
            log_config=uvicorn.config.LOGGING_CONFIG if self._log_level else None,
            log_level=self._log_level,
            access_log=self._log_level in ("info", "debug", "trace"),
            server_header=False,
            lifespan="on",
            ws=_ws_protocol(),
            ws_ping_interval=None,  # CoinEx ignores protocol pings; clients send server.ping
            ws_per_message_deflate=False,  # CoinEx gzips each message itself instead
            timeout_graceful_shutdown=1,
        )
        self._server = server = uvicorn.Server(config)
        sock = self._sock

        def serve() -> None:
            loop = asyncio.new_event_loop()
            try:
                loop.run_until_complete(server.serve(sockets=[sock]))
            except BaseException as exc:  # start() reports it
                self._failure = exc
            finally:
                loop.close()

        self._thread = threading.Thread(target=serve, name="coinex-sandbox", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started and self._thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.005)
        if not server.started:
            self.stop()
            raise RuntimeError(f"the sandbox did not start: {self._failure!r}")
        return self

    def stop(self) -> None:
        """Stop serving (closes WebSocket connections) and release the port."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        if self._sock is not None:
            self._sock.close()
        self._loop = None

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def serve_forever(self) -> None:
        """Block until interrupted (Ctrl-C) or until the server stops."""
        try:
            while self._thread is not None and self._thread.is_alive():
                self._thread.join(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    # -- running code on the exchange's loop ----------------------------------------------------

    def run(self, fn: Callable[[Exchange], R], timeout: float = 10.0) -> R:
        """``fn(exchange)`` on the server's event loop (the exchange is not thread-safe)."""
        loop = self._loop
        if loop is None or not self.running or threading.current_thread() is self._thread:
            # Not serving (nothing else touches the exchange), or already on the server's loop
            # (e.g. from an event subscriber): call directly instead of waiting on ourselves.
            return fn(self.exchange)

        async def call() -> R:
            return fn(self.exchange)

        return asyncio.run_coroutine_threadsafe(call(), loop).result(timeout)

    async def arun(self, fn: Callable[[Exchange], R]) -> R:
        """:meth:`run` for asyncio code on another loop: awaits instead of blocking it."""
        loop = self._loop
        if loop is None or not self.running:
            return fn(self.exchange)

        async def call() -> R:
            return fn(self.exchange)

        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(call(), loop))
