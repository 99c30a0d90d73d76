"""Referral and agent endpoints: refused, as the sandbox has no referral program to simulate.

CoinEx's referral and agent pages (docs refer/*) describe reports over a real referral program:
who registered with a user's code, their deposits and trading, and daily rebates in USDT and CET
decided by CoinEx's referral and agent tiers. The sandbox has no registrations, no CET and no
rebate tiers, so any data would be made up: these endpoints answer CoinEx's error 4018 with a
message saying the sandbox does not simulate them.
"""

from __future__ import annotations

from ._routing import RouteTable

__all__ = ["ROUTES"]

ROUTES = RouteTable()

_REASON = "the sandbox has no referral program"
for _path in (
    "/v2/refer/referee",
    "/v2/refer/referee-rebate/record",
    "/v2/refer/referee-rebate/detail",
    "/v2/refer/agent-referee",
    "/v2/refer/agent-rebate/record",
    "/v2/refer/agent-rebate/detail",
):
    ROUTES.refuse("GET", _path, _REASON)
