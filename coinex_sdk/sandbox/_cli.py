"""``coinex sandbox`` and ``python -m coinex_sdk.sandbox``: serve a sandbox until Ctrl-C.

The options are parsed by ``coinex_sdk.cli`` (so ``coinex --help`` loads no sandbox code).

On start it prints its REST and WebSocket URLs and the access_id and secret_key of its default
account: sandbox keys, printed on purpose so a client can be pointed at it at once.
"""

from __future__ import annotations

import argparse
import sys

__all__ = ["run"]


def run(options: argparse.Namespace) -> int:
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        print(
            'the sandbox needs its extra: pip install "coinex-sdk[sandbox]"',
            file=sys.stderr,
        )
        return 1
    from ._server import Sandbox
    from .engine._exchange import ExchangeConfig

    sandbox = Sandbox(
        ExchangeConfig(seed=options.seed),
        host=options.host,
        port=options.port,
        strict_signing=options.strict_signing,
        rate_limits=options.rate_limits,
        tick_interval=options.tick_interval or None,
        log_level="info",
    )
    try:
        sandbox.start()
    except OSError as exc:
        print(f"cannot listen on {options.host}:{options.port}: {exc}", file=sys.stderr)
        return 1
    print(
        f"CoinEx sandbox serving\n"
        f"  REST        {sandbox.url}\n"
        f"  WebSocket   {sandbox.ws_spot_url}\n"
        f"              {sandbox.ws_futures_url}\n"
        f"  access_id   {sandbox.access_id}\n"
        f"  secret_key  {sandbox.secret_key}\n"
        f"Press Ctrl-C to stop.",
        flush=True,
    )
    sandbox.serve_forever()
    return 0
