"""A raw HTTP/1.1 server on loopback that records requests exactly as received and checks their
CoinEx signature over those bytes (not over anything the client says it sent)."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Received:
    method: str
    target: bytes
    headers: dict[str, str]
    body: bytes
    signature_ok: bool | None = None


@dataclass
class RecordingServer:
    secret: bytes
    requests: list[Received] = field(default_factory=list)
    respond: Callable[[Received], tuple[int, bytes, dict[str, str]]] | None = None
    port: int = 0
    _loop: asyncio.AbstractEventLoop | None = None
    _thread: threading.Thread | None = None
    _server: asyncio.base_events.Server | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> RecordingServer:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            self._server = loop.run_until_complete(
                asyncio.start_server(self._handle, "127.0.0.1", 0)
            )
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()
            loop.run_forever()
            self._server.close()
            loop.run_until_complete(self._server.wait_closed())
            loop.close()

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        ready.wait(5)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None and self._thread is not None
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def _verify(self, req: Received) -> bool | None:
        sign = req.headers.get("x-coinex-sign")
        if sign is None:
            return None
        prepared = (
            req.method.encode() + req.target + req.body + req.headers["x-coinex-timestamp"].encode()
        )
        expected = hmac.new(self.secret, prepared, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, sign)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                method, target, _ = line.rstrip(b"\r\n").split(b" ", 2)
                headers: dict[str, str] = {}
                while True:
                    h = await reader.readline()
                    if h in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = h.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                req = Received(method.decode(), target, headers, body)
                req.signature_ok = self._verify(req)
                self.requests.append(req)
                if self.respond is not None:
                    status, payload, extra = self.respond(req)
                else:
                    code = 4006 if req.signature_ok is False else 0
                    status, extra = 200, {}
                    payload = json.dumps({"code": code, "data": {}, "message": "OK"}).encode()
                head = [
                    f"HTTP/1.1 {status} X",
                    f"Content-Length: {len(payload)}",
                    "Content-Type: application/json",
                ]
                head += [f"{k}: {v}" for k, v in extra.items()]
                writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + payload)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            writer.close()
