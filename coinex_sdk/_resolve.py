"""Order placement: every order gets a client_id, and an unknown outcome is resolved by it.

CoinEx accepts a caller's ``client_id`` (letters, digits, ``-``, ``_``; under 32 bytes) on every
order placement, and its pending and finished order queries return it. So the SDK gives every
order one (unless the caller did, or ``auto_client_id`` is off), and when a placement's answer
is lost (read timeout, reset, 5xx, garbled body) it looks the order up by that client_id, with
backoff, over the settle window: found, the order is the call's answer; not found,
``OrderOutcomeUnknownError``. The placement itself is never sent again.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._actions import Action, Request, Sleep
from ._endpoint import Endpoint, validate
from ._envelope import Envelope
from ._exceptions import CoinExError, OrderOutcomeUnknownError, ValidationError
from ._ratelimit import IP_GROUP
from ._retry import Outcome
from ._wire import encode_query

if TYPE_CHECKING:
    from ._transport import Transport

__all__ = ["CLIENT_ID_PREFIX", "client_ids_note", "new_client_id", "resolve", "with_client_ids"]

logger = logging.getLogger("coinex_sdk")

CLIENT_ID_PREFIX = "cxsdk-"
"""Client ids the SDK generates start with this (CoinEx: letters, digits, ``-``, ``_``; < 32 B)."""
# A lookup accepts an order created this long before our signed timestamp: CoinEx refuses a
# request whose timestamp is outside X-COINEX-WINDOWTIME (default 5000 ms) of its clock.
_LOOKUP_SLACK_MS = 6_000
_LOOKUP_PAGE_LIMIT = 100
_LOOKUP_MAX_PAGES = 10


def new_client_id() -> str:
    """A fresh client_id: the SDK's prefix and 24 random hex digits (30 bytes)."""
    return CLIENT_ID_PREFIX + secrets.token_hex(12)


def with_client_ids(endpoint: Endpoint, args: Mapping[str, Any]) -> Mapping[str, Any]:
    """``args`` with a fresh client_id for the order (or each batch item) that has none."""
    batch = endpoint.batch_param
    if batch is None:
        if args.get("client_id") is None:
            return {**args, "client_id": new_client_id()}
        return args
    items = args.get(batch.name)
    if isinstance(items, (str, bytes, Mapping)) or not isinstance(items, Sequence):
        return args  # validation says what is wrong
    filled = [
        {**item, "client_id": new_client_id()}
        if isinstance(item, Mapping) and item.get("client_id") is None
        else item
        for item in items
    ]
    return {**args, batch.name: filled}


def client_ids_note(endpoint: Endpoint, body: Mapping[str, Any]) -> str:
    if not endpoint.places_orders:
        return ""
    batch = endpoint.batch_param
    items = body.get(batch.name, ()) if batch else (body,)
    ids = [str(i.get("client_id")) for i in items if isinstance(i, Mapping)]
    return f" client_id={','.join(ids)}"


def _int_or(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def resolve(
    transport: Transport,
    endpoint: Endpoint,
    body: Mapping[str, Any],
    cause: CoinExError,
    outcome: Outcome,
    sent_ms: int,
) -> Generator[Action, Any, Envelope]:
    """Find the order(s) by client_id over the settle window; never send the placement again.

    Found: the order as the placement's answer (``recovered``). Not found when the window
    ends: ``OrderOutcomeUnknownError`` (a batch keeps going: its unresolved items carry the
    error). A lookup that fails is retried within the window.
    """
    batch = endpoint.batch_param
    items: list[Mapping[str, Any]] = list(body[batch.name]) if batch else [body]
    ids = [item.get("client_id") for item in items]
    wanted = {i for i, cid in enumerate(ids) if isinstance(cid, str)}
    found: dict[int, Any] = {}
    last: Envelope | None = None
    logger.info(
        "%s %s%s: %s: the outcome is unknown; looking the order up by client_id "
        "(settle window %.1f s), not resending",
        endpoint.method,
        endpoint.path,
        client_ids_note(endpoint, body),
        outcome.reason,
        transport.settle_window,
    )
    deadline = time.monotonic() + transport.settle_window
    delay = 0.25
    while wanted - found.keys():
        for i in sorted(wanted - found.keys()):
            hit = yield from _lookup(transport, endpoint, items[i], str(ids[i]), sent_ms)
            if hit is not None:
                found[i], last = hit
                logger.info(
                    "%s %s client_id=%s: recovered: the order exists; not resending",
                    endpoint.method,
                    endpoint.path,
                    ids[i],
                )
        left = deadline - time.monotonic()
        if left <= 0 or not wanted - found.keys():
            break
        yield Sleep(min(delay, left))
        delay = min(delay * 2, 2.0)
    missing = [i for i in range(len(items)) if i not in found]

    def unknown(indexes: Sequence[int]) -> OrderOutcomeUnknownError:
        cids = tuple(str(ids[i]) for i in indexes if isinstance(ids[i], str))
        why = (
            f"not found by client_id {', '.join(cids)} within the {transport.settle_window:g} s "
            "settle window"
            if cids
            else "no client_id to look it up by (auto_client_id is off)"
        )
        logger.warning(
            "%s %s: outcome unknown after %s, %s; not resending",
            endpoint.method,
            endpoint.path,
            outcome.reason,
            why,
        )
        err = OrderOutcomeUnknownError(
            f"{endpoint.method} {endpoint.path}: the order may or may not have been placed "
            f"({cause}); {why}; it was not resent",
            method=endpoint.method,
            path=endpoint.path,
            client_ids=cids,
            cause=cause,
        )
        err.__cause__ = cause
        return err

    headers = last.headers if last is not None else {}
    if batch is None:
        if missing:
            raise unknown(missing)
        return Envelope(found[0], None, headers, 200, last.raw if last else b"", 0.0, True)
    if not found:
        raise unknown(missing)
    data = [
        {"code": 0, "message": "OK", "data": found[i]}
        if i in found
        else {"code": -1, "message": "outcome unknown; not resent", "data": None}
        for i in range(len(items))
    ]
    errors = {i: unknown([i]) for i in missing}
    return Envelope(data, None, headers, 200, b"", 0.0, True, errors)


def _lookup(
    transport: Transport, endpoint: Endpoint, item: Mapping[str, Any], client_id: str, sent_ms: int
) -> Generator[Action, Any, tuple[Any, Envelope] | None]:
    """The order with ``client_id`` in the pending then the finished orders, or None.

    A failed lookup (timeout, 5xx, garbage) counts as not found this round."""
    oldest = sent_ms - (transport.window_time or 5000) - _LOOKUP_SLACK_MS
    for lookup in endpoint.recover_by_client_id:
        accepted = {p.name for p in lookup.params or ()}
        args: dict[str, Any] = {
            k: v for k, v in item.items() if k in accepted and k not in ("page", "limit")
        }
        if "limit" in accepted:
            args["limit"] = _LOOKUP_PAGE_LIMIT
        for page in range(1, _LOOKUP_MAX_PAGES + 1):
            if "page" in accepted:
                args["page"] = page
            try:
                query, _ = validate(lookup, args)
            except ValidationError as exc:
                logger.warning("%s: cannot look client_id %s up: %s", lookup.name, client_id, exc)
                break
            target = lookup.path + "?" + encode_query(query)
            _reserve_waiting(transport, lookup)
            request = Request("GET", transport.base_url + target, target, b"", True)
            envelope, _, outcome = yield from transport.attempt(lookup, request)
            if envelope is None:
                logger.info(
                    "%s client_id=%s: lookup failed (%s); trying again within the window",
                    lookup.path,
                    client_id,
                    outcome.reason,
                )
                return None
            rows = envelope.data if isinstance(envelope.data, list) else [envelope.data]
            for row in rows:
                if (
                    isinstance(row, dict)
                    and row.get("client_id") == client_id
                    and _int_or(row.get("created_at"), oldest) >= oldest
                ):
                    return row, envelope
            pagination = envelope.pagination or {}
            if not rows or not pagination.get("has_next"):
                break
            # Newest first: a page that reaches back before our request ends the search.
            stamps = [_int_or(r.get("created_at"), oldest) for r in rows if isinstance(r, dict)]
            if not stamps or min(stamps) < oldest:
                break
    return None


def _reserve_waiting(transport: Transport, lookup: Endpoint) -> None:
    # Lookups keep the account under CoinEx's limits too, but never raise: they run inside
    # a call whose order may exist. Their wait is part of the settle window.
    if transport.rate_limit_mode != "off" and lookup.rate_limit:
        transport.limiter.reserve((IP_GROUP, lookup.rate_limit), 1)
