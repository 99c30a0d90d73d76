# generated from spec/ by `python -m generator`; do not edit.
"""Every CoinEx v2 REST endpoint in spec/rest, as descriptions the transport and sandbox share."""

from __future__ import annotations

from decimal import Decimal

from .._endpoint import Endpoint, Param

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

ALL: tuple[Endpoint, ...] = (
    COMMON_TIME,
    COMMON_PING,
    COMMON_MAINTAIN_INFO,
    FUTURES_MARKET,
    FUTURES_TICKER,
    FUTURES_DEPTH,
    FUTURES_DEALS,
    FUTURES_KLINE,
    FUTURES_INDEX,
    FUTURES_FUNDING_RATE,
    FUTURES_FUNDING_RATE_HISTORY,
    FUTURES_PREMIUM_INDEX_HISTORY,
    FUTURES_POSITION_LEVEL,
    FUTURES_LIQUIDATION_HISTORY,
    FUTURES_BASIS_HISTORY,
    SPOT_MARKET,
    SPOT_TICKER,
    SPOT_DEPTH,
    SPOT_DEALS,
    SPOT_KLINE,
    SPOT_INDEX,
)
BY_ROUTE: dict[tuple[str, str], Endpoint] = {(e.method, e.path): e for e in ALL}
BY_NAME: dict[str, Endpoint] = {e.name: e for e in ALL}
