"""``coinex``: every endpoint from the command line.

    coinex endpoints                              list every REST endpoint
    coinex call spot.ticker market=BTCUSDT,ETHUSDT
    coinex call spot.place_order market=BTCUSDT market_type=SPOT side=buy type=limit \\
        amount=0.001 price=10000                  (credentials from COINEX_ACCESS_ID/SECRET_KEY)
    coinex sandbox [--port 8000]                  a local CoinEx exchange (extra: [sandbox])
    coinex demo                                   the SDK's story, against an in-process sandbox

Arguments are ``name=value`` with wire names; values are converted by the parameter's type in
the spec (ints, ``true``/``false``, comma-separated lists, JSON for objects). Results print as
JSON with decimals as strings.
"""

from __future__ import annotations

import argparse
import enum
import json
import sys
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

__all__ = ["main", "to_json"]


def to_json(value: Any) -> Any:
    """A result as JSON-ready values with CoinEx's wire names; Decimal as its exact string."""
    import attrs

    if attrs.has(type(value)):
        out: dict[str, Any] = {}
        for field in attrs.fields(type(value)):
            if field.name == "unknown_fields":
                out.update(to_json(getattr(value, field.name)))
            elif field.repr is not False:
                out[field.metadata.get("wire", field.name)] = to_json(getattr(value, field.name))
        return out
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    return value


def _convert(kind: str, text: str) -> Any:
    if kind in ("int", "timestamp"):
        return int(text)
    if kind == "bool":
        if text.lower() not in ("true", "false"):
            raise ValueError(f"expected true or false, got {text!r}")
        return text.lower() == "true"
    if kind == "int_list":
        return [int(x) for x in text.split(",") if x]
    if kind in ("object", "object_list"):
        return json.loads(text)
    return text


def _call(name: str, pairs: Sequence[str], base_url: str | None) -> int:
    from . import CoinEx
    from ._generated.endpoints import BY_NAME

    endpoint = BY_NAME.get(name)
    if endpoint is None:
        print(f"unknown endpoint {name!r}; see `coinex endpoints`", file=sys.stderr)
        return 2
    kinds = {p.name: p.kind for p in endpoint.params or ()}
    args: dict[str, Any] = {}
    for pair in pairs:
        key, sep, text = pair.partition("=")
        if not sep or key not in kinds:
            print(f"{name}: expected name=value with one of {sorted(kinds)}", file=sys.stderr)
            return 2
        args[key] = _convert(kinds[key], text)
    resource, method = name.split(".")
    with CoinEx(base_url=base_url) as cx:
        result = getattr(getattr(cx, resource), method)(**args)
    print(json.dumps(to_json(result), indent=2))
    return 0


def _sandbox_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="default: 127.0.0.1 (loopback)")
    parser.add_argument("--port", type=int, default=8000, help="default: 8000; 0 picks one")
    parser.add_argument(
        "--strict-signing",
        action="store_true",
        help="accept only the documented HMAC signature (not the legacy sha256 scheme)",
    )
    parser.add_argument(
        "--rate-limits", action="store_true", help="enforce CoinEx's rate limits (4213)"
    )
    parser.add_argument(
        "--tick-interval",
        type=float,
        default=0.2,
        metavar="SECONDS",
        help="market-maker period (default 0.2; 0 disables it)",
    )
    parser.add_argument("--seed", type=int, default=0, help="market-maker random seed")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="coinex", description="CoinEx API v2 from the shell.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("endpoints", help="list every REST endpoint")
    call = sub.add_parser("call", help="call an endpoint: coinex call spot.ticker market=BTCUSDT")
    call.add_argument("endpoint")
    call.add_argument("params", nargs="*", metavar="name=value")
    call.add_argument("--base-url", default=None, help="default: COINEX_BASE_URL or CoinEx")
    _sandbox_arguments(sub.add_parser("sandbox", help="serve a local CoinEx v2 exchange"))
    sub.add_parser("demo", help="a tour of the SDK against an in-process sandbox")
    options = parser.parse_args(argv)
    if options.command == "endpoints":
        from ._generated.endpoints import ALL

        for ep in ALL:
            print(f"{ep.method:4} {ep.path:48} {ep.name}{'  (signed)' if ep.auth else ''}")
        return 0
    if options.command == "call":
        from ._exceptions import CoinExError

        try:
            return _call(options.endpoint, options.params, options.base_url)
        except (CoinExError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    if options.command == "sandbox":
        from .sandbox._cli import run

        return run(options)
    if options.command == "demo":
        from .demo import main as demo

        return demo()
    return 2


if __name__ == "__main__":
    sys.exit(main())
