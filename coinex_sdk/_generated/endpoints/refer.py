# generated from spec/ by `python -m generator`; do not edit.
"""The endpoints of spec/rest/refer.yaml.

Descriptions the transport and sandbox share; ``endpoints`` gathers every file's table.
"""

from __future__ import annotations

from decimal import Decimal

from ..._endpoint import Endpoint, Param

REFER_REFEREES = Endpoint(
    name="refer.referees",
    method="GET",
    path="/v2/refer/referee",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("search", "string"),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

REFER_REFEREE_REBATE_RECORDS = Endpoint(
    name="refer.referee_rebate_records",
    method="GET",
    path="/v2/refer/referee-rebate/record",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1"), maximum=Decimal("100")),
    ),
)

REFER_REFEREE_REBATE_DETAILS = Endpoint(
    name="refer.referee_rebate_details",
    method="GET",
    path="/v2/refer/referee-rebate/detail",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("search", "string"),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

REFER_AGENT_REFEREES = Endpoint(
    name="refer.agent_referees",
    method="GET",
    path="/v2/refer/agent-referee",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("search", "string"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

REFER_AGENT_REBATE_RECORDS = Endpoint(
    name="refer.agent_rebate_records",
    method="GET",
    path="/v2/refer/agent-rebate/record",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1"), maximum=Decimal("100")),
    ),
)

REFER_AGENT_REBATE_DETAILS = Endpoint(
    name="refer.agent_rebate_details",
    method="GET",
    path="/v2/refer/agent-rebate/detail",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("search", "string"),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)
