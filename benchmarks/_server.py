"""A minimal keep-alive HTTP/1.1 server answering every request with a small CoinEx envelope.

Runs in its own process so the client's CPU time can be measured alone.
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp

BODY = (
    b'{"code":0,"data":[{"market":"BTCUSDT","last":"30746.28","open":"30000.00",'
    b'"close":"30746.28","high":"31000.00","low":"29900.00","volume":"123.456",'
    b'"value":"3790000.12","volume_sell":"60.1","volume_buy":"63.3","period":86400}],'
    b'"message":"OK"}'
)
RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
    + str(len(BODY)).encode()
    + b"\r\n\r\n"
    + BODY
)


async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if length:
                await reader.readexactly(length)
            writer.write(RESPONSE)
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


def _serve(port_queue: mp.Queue[int]) -> None:
    async def main() -> None:
        server = await asyncio.start_server(_handle, "127.0.0.1", 0)
        port_queue.put(server.sockets[0].getsockname()[1])
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def start() -> tuple[mp.Process, str]:
    queue: mp.Queue[int] = mp.Queue()
    proc = mp.Process(target=_serve, args=(queue,), daemon=True)
    proc.start()
    return proc, f"http://127.0.0.1:{queue.get(timeout=10)}"
