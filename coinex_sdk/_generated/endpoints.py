# generated from spec/ by `python -m generator`; do not edit.
"""Every CoinEx v2 REST endpoint in spec/rest, as descriptions the transport and sandbox share."""

from __future__ import annotations

from .._endpoint import Endpoint

__all__ = ["ALL", "BY_NAME", "BY_ROUTE"]

COMMON_TIME = Endpoint(
    name="common.time",
    method="GET",
    path="/v2/time",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(),
)

COMMON_PING = Endpoint(
    name="common.ping",
    method="GET",
    path="/v2/ping",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(),
)

COMMON_MAINTAIN_INFO = Endpoint(
    name="common.maintain_info",
    method="GET",
    path="/v2/maintain/info",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(),
)

ALL: tuple[Endpoint, ...] = (
    COMMON_TIME,
    COMMON_PING,
    COMMON_MAINTAIN_INFO,
)
BY_ROUTE: dict[tuple[str, str], Endpoint] = {(e.method, e.path): e for e in ALL}
BY_NAME: dict[str, Endpoint] = {e.name: e for e in ALL}
