# generated from spec/ by `python -m generator`; do not edit.
"""The endpoints of spec/rest/spot_market.yaml.

Descriptions the transport and sandbox share; ``endpoints`` gathers every file's table.
"""

from __future__ import annotations

from decimal import Decimal

from ..._endpoint import Endpoint, Param

SPOT_MARKET = Endpoint(
    name="spot.market",
    method="GET",
    path="/v2/spot/market",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(Param("market", "list", max_items=10),),
)

SPOT_TICKER = Endpoint(
    name="spot.ticker",
    method="GET",
    path="/v2/spot/ticker",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(Param("market", "list", max_items=10),),
)

SPOT_DEPTH = Endpoint(
    name="spot.depth",
    method="GET",
    path="/v2/spot/depth",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("limit", "int", required=True, enum=(5, 10, 20, 50)),
        Param(
            "interval",
            "string",
            required=True,
            enum=(
                "0",
                "0.00000000001",
                "0.000000000001",
                "0.0000000001",
                "0.000000001",
                "0.00000001",
                "0.0000001",
                "0.000001",
                "0.00001",
                "0.0001",
                "0.001",
                "0.01",
                "0.1",
                "1",
                "10",
                "100",
                "1000",
            ),
        ),
    ),
)

SPOT_DEALS = Endpoint(
    name="spot.deals",
    method="GET",
    path="/v2/spot/deals",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("limit", "int", minimum=Decimal("1"), maximum=Decimal("1000")),
        Param("last_id", "int", minimum=Decimal("0")),
    ),
)

SPOT_KLINE = Endpoint(
    name="spot.kline",
    method="GET",
    path="/v2/spot/kline",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("price_type", "string", enum=("latest_price", "index_price")),
        Param("limit", "int", minimum=Decimal("1"), maximum=Decimal("1000")),
        Param(
            "period",
            "string",
            required=True,
            enum=(
                "1min",
                "3min",
                "5min",
                "15min",
                "30min",
                "1hour",
                "2hour",
                "4hour",
                "6hour",
                "12hour",
                "1day",
                "3day",
                "1week",
            ),
        ),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
    ),
)

SPOT_INDEX = Endpoint(
    name="spot.index",
    method="GET",
    path="/v2/spot/index",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(Param("market", "list", max_items=10),),
)
