"""Server frames -> JSON, bounded and exact; and the envelope check that comes right after.

docs/protocol/websocket.md §3: every server message is a gzip binary frame (text frames are plain
JSON). Hostile or broken input must cost little and end in one known error, never in a float,
a ``RecursionError`` escaping, or a gzip bomb filling memory:

* the decompressed size is capped (:data:`MAX_MESSAGE_BYTES`), checked while inflating;
* JSON is decoded by msgspec, whose nesting limit raises instead of exhausting the stack, with
  every number that has a fraction or an exponent handed over as its exact text to ``Decimal``
  (``float_hook``); ``NaN``/``Infinity`` are not JSON and are rejected;
* the envelope is checked (:func:`envelope_problem`) before anything routes on it: a ``method``
  that is not a string or a ``code`` that is not an int is as undecodable as bad gzip.

Everything that fails here is a :class:`FrameError`; the protocol treats it as a gap on every
stream of the connection and recycles the connection (docs/guides/websocket.md, Gaps).
"""

from __future__ import annotations

import zlib
from typing import Any

import msgspec

from .._wire import decode_exact_json, inflate

__all__ = ["MAX_MESSAGE_BYTES", "FrameError", "decode_frame", "envelope_problem"]

MAX_MESSAGE_BYTES = 16 * 2**20
"""The largest decompressed message accepted (an all-markets ``state.update`` is ~0.5 MB)."""

# The REST decoder's number hook: every digit kept, exponents bounded like REST answers.
_decode_json = decode_exact_json


class FrameError(ValueError):
    """A frame that is not a CoinEx message: bad gzip, too large, bad JSON, bad envelope."""


def decode_frame(frame: bytes | str) -> Any:
    """One server frame as JSON (§3): binary frames are a gzip member each, text frames plain.

    ``wbits=47`` accepts a gzip or a zlib header; raw deflate is tried only as a fallback, as no
    source shows CoinEx using it. Raises :class:`FrameError` and nothing else.
    """
    try:
        if type(frame) is bytes:  # a gzip member
            try:
                frame = inflate(frame, 47, MAX_MESSAGE_BYTES)
            except zlib.error:
                frame = inflate(frame, -15, MAX_MESSAGE_BYTES)
        elif len(frame) > MAX_MESSAGE_BYTES:
            raise FrameError(f"larger than {MAX_MESSAGE_BYTES} bytes")
    except zlib.error as exc:
        raise FrameError(f"not gzip: {exc}") from None
    except ValueError as exc:  # too large once inflated, or cut short
        raise FrameError(str(exc)) from None
    try:
        return _decode_json(frame)
    except (ValueError, msgspec.DecodeError, RecursionError, MemoryError) as exc:
        # msgspec.DecodeError is a ValueError in recent msgspec, not in 0.18 (our floor)
        raise FrameError(f"not JSON: {exc}") from None


def envelope_problem(msg: Any) -> str | None:
    """What is wrong with a decoded message as a CoinEx envelope (§2), or None if nothing.

    A push has a string ``method``; a reply has an int ``id`` and an int ``code``.
    """
    if type(msg) is not dict:
        return f"a JSON {type(msg).__name__}, not an object"
    method = msg.get("method")
    if method is not None:
        return None if type(method) is str else f"method is a {type(method).__name__}"
    request_id = msg.get("id")
    if type(request_id) is not int:
        return f"a reply whose id is {type(request_id).__name__}"
    code = msg.get("code", 0)
    if type(code) is not int:
        return f"a reply whose code is {type(code).__name__}"
    message = msg.get("message")
    if message is not None and type(message) is not str:
        return f"a reply whose message is {type(message).__name__}"
    return None
