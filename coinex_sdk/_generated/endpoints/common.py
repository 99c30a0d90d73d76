# generated from spec/ by `python -m generator`; do not edit.
"""The endpoints of spec/rest/common.yaml.

Descriptions the transport and sandbox share; ``endpoints`` gathers every file's table.
"""

from __future__ import annotations

from ..._endpoint import Endpoint

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
