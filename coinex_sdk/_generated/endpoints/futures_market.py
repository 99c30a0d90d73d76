# generated from spec/ by `python -m generator`; do not edit.
"""The endpoints of spec/rest/futures_market.yaml.

Descriptions the transport and sandbox share; ``endpoints`` gathers every file's table.
"""

from __future__ import annotations

from decimal import Decimal

from ..._endpoint import Endpoint, Param

FUTURES_MARKET = Endpoint(
    name="futures.market",
    method="GET",
    path="/v2/futures/market",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(Param("market", "list", max_items=10),),
)

FUTURES_TICKER = Endpoint(
    name="futures.ticker",
    method="GET",
    path="/v2/futures/ticker",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(Param("market", "list", max_items=10),),
)

FUTURES_DEPTH = Endpoint(
    name="futures.depth",
    method="GET",
    path="/v2/futures/depth",
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

FUTURES_DEALS = Endpoint(
    name="futures.deals",
    method="GET",
    path="/v2/futures/deals",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("limit", "int", minimum=Decimal("1"), maximum=Decimal("1000")),
        Param("last_id", "int", minimum=Decimal("0")),
    ),
)

FUTURES_KLINE = Endpoint(
    name="futures.kline",
    method="GET",
    path="/v2/futures/kline",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("price_type", "string", enum=("latest_price", "mark_price", "index_price")),
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

FUTURES_INDEX = Endpoint(
    name="futures.index",
    method="GET",
    path="/v2/futures/index",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(Param("market", "list", max_items=10),),
)

FUTURES_FUNDING_RATE = Endpoint(
    name="futures.funding_rate",
    method="GET",
    path="/v2/futures/funding-rate",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(Param("market", "list", max_items=10),),
)

FUTURES_FUNDING_RATE_HISTORY = Endpoint(
    name="futures.funding_rate_history",
    method="GET",
    path="/v2/futures/funding-rate-history",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

FUTURES_PREMIUM_INDEX_HISTORY = Endpoint(
    name="futures.premium_index_history",
    method="GET",
    path="/v2/futures/premium-index-history",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

FUTURES_POSITION_LEVEL = Endpoint(
    name="futures.position_level",
    method="GET",
    path="/v2/futures/position-level",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(Param("market", "list", max_items=10),),
)

FUTURES_LIQUIDATION_HISTORY = Endpoint(
    name="futures.liquidation_history",
    method="GET",
    path="/v2/futures/liquidation-history",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

FUTURES_BASIS_HISTORY = Endpoint(
    name="futures.basis_history",
    method="GET",
    path="/v2/futures/basis-history",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
    ),
)
