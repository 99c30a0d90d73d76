# generated from spec/ by `python -m generator`; do not edit.
"""The endpoints of spec/rest/spot_trading.yaml.

Descriptions the transport and sandbox share; ``endpoints`` gathers every file's table.
"""

from __future__ import annotations

from decimal import Decimal

from ..._endpoint import Endpoint, Param

SPOT_MODIFY_ORDER = Endpoint(
    name="spot.modify_order",
    method="POST",
    path="/v2/spot/modify-order",
    auth=True,
    rate_limit="spot_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", required=True, enum=("SPOT", "MARGIN")),
        Param("order_id", "int", location="body", required=True),
        Param("amount", "decimal", location="body", exclusive_minimum=Decimal("0")),
        Param("price", "decimal", location="body", exclusive_minimum=Decimal("0")),
    ),
)

SPOT_MODIFY_STOP_ORDER = Endpoint(
    name="spot.modify_stop_order",
    method="POST",
    path="/v2/spot/modify-stop-order",
    auth=True,
    rate_limit="spot_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", required=True, enum=("SPOT", "MARGIN")),
        Param("stop_id", "int", location="body", required=True),
        Param("amount", "decimal", location="body", exclusive_minimum=Decimal("0")),
        Param("price", "decimal", location="body", exclusive_minimum=Decimal("0")),
        Param("trigger_price", "decimal", location="body", exclusive_minimum=Decimal("0")),
    ),
)

SPOT_MODIFY_ORDERS = Endpoint(
    name="spot.modify_orders",
    method="POST",
    path="/v2/spot/batch-modify-order",
    auth=True,
    rate_limit="spot_order",
    idempotent=False,
    params=(
        Param(
            "orders",
            "object_list",
            location="body",
            required=True,
            fields=(
                Param("market", "string", location="body", required=True),
                Param(
                    "market_type", "string", location="body", required=True, enum=("SPOT", "MARGIN")
                ),
                Param("order_id", "int", location="body", required=True),
                Param("amount", "decimal", location="body", exclusive_minimum=Decimal("0")),
                Param("price", "decimal", location="body", exclusive_minimum=Decimal("0")),
            ),
        ),
    ),
    cost_param="orders",
)

SPOT_CANCEL_ALL_ORDERS = Endpoint(
    name="spot.cancel_all_orders",
    method="POST",
    path="/v2/spot/cancel-all-order",
    auth=True,
    rate_limit="spot_batch_cancel",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", required=True, enum=("SPOT", "MARGIN")),
        Param("side", "string", location="body", enum=("buy", "sell")),
    ),
)

SPOT_CANCEL_ORDER = Endpoint(
    name="spot.cancel_order",
    method="POST",
    path="/v2/spot/cancel-order",
    auth=True,
    rate_limit="spot_cancel",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", required=True, enum=("SPOT", "MARGIN")),
        Param("order_id", "int", location="body", required=True),
    ),
)

SPOT_CANCEL_STOP_ORDER = Endpoint(
    name="spot.cancel_stop_order",
    method="POST",
    path="/v2/spot/cancel-stop-order",
    auth=True,
    rate_limit="spot_cancel",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", required=True, enum=("SPOT", "MARGIN")),
        Param("stop_id", "int", location="body", required=True),
    ),
)

SPOT_CANCEL_ORDERS = Endpoint(
    name="spot.cancel_orders",
    method="POST",
    path="/v2/spot/cancel-batch-order",
    auth=True,
    rate_limit="spot_cancel",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("order_ids", "int_list", location="body", required=True),
    ),
    cost_param="order_ids",
)

SPOT_CANCEL_STOP_ORDERS = Endpoint(
    name="spot.cancel_stop_orders",
    method="POST",
    path="/v2/spot/cancel-batch-stop-order",
    auth=True,
    rate_limit="spot_cancel",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("stop_ids", "int_list", location="body", required=True),
    ),
    cost_param="stop_ids",
)

SPOT_CANCEL_ORDER_BY_CLIENT_ID = Endpoint(
    name="spot.cancel_order_by_client_id",
    method="POST",
    path="/v2/spot/cancel-order-by-client-id",
    auth=True,
    rate_limit="spot_batch_cancel",
    idempotent=False,
    params=(
        Param("market", "string", location="body"),
        Param("market_type", "string", location="body", required=True, enum=("SPOT", "MARGIN")),
        Param(
            "client_id",
            "string",
            location="body",
            required=True,
            pattern="^[A-Za-z0-9_-]{1,32}$",
            max_length=31,
        ),
    ),
)

SPOT_CANCEL_STOP_ORDER_BY_CLIENT_ID = Endpoint(
    name="spot.cancel_stop_order_by_client_id",
    method="POST",
    path="/v2/spot/cancel-stop-order-by-client-id",
    auth=True,
    rate_limit="spot_batch_cancel",
    idempotent=False,
    params=(
        Param("market", "string", location="body"),
        Param("market_type", "string", location="body", required=True, enum=("SPOT", "MARGIN")),
        Param(
            "client_id",
            "string",
            location="body",
            required=True,
            pattern="^[A-Za-z0-9_-]{1,32}$",
            max_length=31,
        ),
    ),
)

SPOT_ORDER_STATUS = Endpoint(
    name="spot.order_status",
    method="GET",
    path="/v2/spot/order-status",
    auth=True,
    rate_limit="spot_query",
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("order_id", "int", required=True),
    ),
)

SPOT_BATCH_ORDER_STATUS = Endpoint(
    name="spot.batch_order_status",
    method="GET",
    path="/v2/spot/batch-order-status",
    auth=True,
    rate_limit="spot_query",
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("order_ids", "int_list", required=True),
    ),
)

SPOT_PENDING_ORDERS = Endpoint(
    name="spot.pending_orders",
    method="GET",
    path="/v2/spot/pending-order",
    auth=True,
    rate_limit="spot_query",
    idempotent=True,
    params=(
        Param("market", "string"),
        Param("market_type", "string", required=True, enum=("SPOT", "MARGIN")),
        Param("side", "string", enum=("buy", "sell")),
        Param("client_id", "string", pattern="^[A-Za-z0-9_-]{1,32}$", max_length=31),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

SPOT_FINISHED_ORDERS = Endpoint(
    name="spot.finished_orders",
    method="GET",
    path="/v2/spot/finished-order",
    auth=True,
    rate_limit="spot_history",
    idempotent=True,
    params=(
        Param("market", "string"),
        Param("market_type", "string", required=True, enum=("SPOT", "MARGIN")),
        Param("side", "string", enum=("buy", "sell")),
        Param("client_id", "string", pattern="^[A-Za-z0-9_-]{1,32}$", max_length=31),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

SPOT_PENDING_STOP_ORDERS = Endpoint(
    name="spot.pending_stop_orders",
    method="GET",
    path="/v2/spot/pending-stop-order",
    auth=True,
    rate_limit="spot_query",
    idempotent=True,
    params=(
        Param("market", "string"),
        Param("market_type", "string", required=True, enum=("SPOT", "MARGIN")),
        Param("side", "string", enum=("buy", "sell")),
        Param("client_id", "string", pattern="^[A-Za-z0-9_-]{1,32}$", max_length=31),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

SPOT_FINISHED_STOP_ORDERS = Endpoint(
    name="spot.finished_stop_orders",
    method="GET",
    path="/v2/spot/finished-stop-order",
    auth=True,
    rate_limit="spot_history",
    idempotent=True,
    params=(
        Param("market", "string"),
        Param("market_type", "string", required=True, enum=("SPOT", "MARGIN")),
        Param("side", "string", enum=("buy", "sell")),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

SPOT_USER_DEALS = Endpoint(
    name="spot.user_deals",
    method="GET",
    path="/v2/spot/user-deals",
    auth=True,
    rate_limit="spot_history",
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("market_type", "string", required=True, enum=("SPOT", "MARGIN")),
        Param("side", "string", enum=("buy", "sell")),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

SPOT_ORDER_DEALS = Endpoint(
    name="spot.order_deals",
    method="GET",
    path="/v2/spot/order-deals",
    auth=True,
    rate_limit="spot_history",
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("market_type", "string", required=True, enum=("SPOT", "MARGIN")),
        Param("order_id", "int", required=True),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

SPOT_PLACE_ORDER = Endpoint(
    name="spot.place_order",
    method="POST",
    path="/v2/spot/order",
    auth=True,
    rate_limit="spot_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", required=True, enum=("SPOT", "MARGIN")),
        Param("side", "string", location="body", required=True, enum=("buy", "sell")),
        Param(
            "type",
            "string",
            location="body",
            required=True,
            enum=("limit", "market", "maker_only", "ioc", "fok"),
        ),
        Param("ccy", "string", location="body"),
        Param("amount", "decimal", location="body", required=True, exclusive_minimum=Decimal("0")),
        Param("price", "decimal", location="body", exclusive_minimum=Decimal("0")),
        Param(
            "client_id", "string", location="body", pattern="^[A-Za-z0-9_-]{1,32}$", max_length=31
        ),
        Param("is_hide", "bool", location="body"),
        Param("stp_mode", "string", location="body", enum=("ct", "cm", "both")),
    ),
    recover_by_client_id=(
        SPOT_PENDING_ORDERS,
        SPOT_FINISHED_ORDERS,
    ),
)

SPOT_PLACE_STOP_ORDER = Endpoint(
    name="spot.place_stop_order",
    method="POST",
    path="/v2/spot/stop-order",
    auth=True,
    rate_limit="spot_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", required=True, enum=("SPOT", "MARGIN")),
        Param("side", "string", location="body", required=True, enum=("buy", "sell")),
        Param(
            "type",
            "string",
            location="body",
            required=True,
            enum=("limit", "market", "maker_only", "ioc", "fok"),
        ),
        Param("ccy", "string", location="body"),
        Param("amount", "decimal", location="body", required=True, exclusive_minimum=Decimal("0")),
        Param("price", "decimal", location="body", exclusive_minimum=Decimal("0")),
        Param(
            "trigger_price",
            "decimal",
            location="body",
            required=True,
            exclusive_minimum=Decimal("0"),
        ),
        Param(
            "client_id", "string", location="body", pattern="^[A-Za-z0-9_-]{1,32}$", max_length=31
        ),
        Param("is_hide", "bool", location="body"),
        Param("stp_mode", "string", location="body", enum=("ct", "cm", "both")),
    ),
    recover_by_client_id=(
        SPOT_PENDING_STOP_ORDERS,
        SPOT_FINISHED_STOP_ORDERS,
    ),
)

SPOT_PLACE_ORDERS = Endpoint(
    name="spot.place_orders",
    method="POST",
    path="/v2/spot/batch-order",
    auth=True,
    rate_limit="spot_order",
    idempotent=False,
    params=(
        Param(
            "orders",
            "object_list",
            location="body",
            required=True,
            fields=(
                Param("market", "string", location="body", required=True),
                Param(
                    "market_type", "string", location="body", required=True, enum=("SPOT", "MARGIN")
                ),
                Param("side", "string", location="body", required=True, enum=("buy", "sell")),
                Param(
                    "type",
                    "string",
                    location="body",
                    required=True,
                    enum=("limit", "market", "maker_only", "ioc", "fok"),
                ),
                Param("ccy", "string", location="body"),
                Param(
                    "amount",
                    "decimal",
                    location="body",
                    required=True,
                    exclusive_minimum=Decimal("0"),
                ),
                Param("price", "decimal", location="body", exclusive_minimum=Decimal("0")),
                Param(
                    "client_id",
                    "string",
                    location="body",
                    pattern="^[A-Za-z0-9_-]{1,32}$",
                    max_length=31,
                ),
                Param("is_hide", "bool", location="body"),
                Param("stp_mode", "string", location="body", enum=("ct", "cm", "both")),
            ),
        ),
    ),
    cost_param="orders",
    recover_by_client_id=(
        SPOT_PENDING_ORDERS,
        SPOT_FINISHED_ORDERS,
    ),
)

SPOT_PLACE_STOP_ORDERS = Endpoint(
    name="spot.place_stop_orders",
    method="POST",
    path="/v2/spot/batch-stop-order",
    auth=True,
    rate_limit="spot_order",
    idempotent=False,
    params=(
        Param(
            "orders",
            "object_list",
            location="body",
            required=True,
            fields=(
                Param("market", "string", location="body", required=True),
                Param(
                    "market_type", "string", location="body", required=True, enum=("SPOT", "MARGIN")
                ),
                Param("side", "string", location="body", required=True, enum=("buy", "sell")),
                Param(
                    "type",
                    "string",
                    location="body",
                    required=True,
                    enum=("limit", "market", "maker_only", "ioc", "fok"),
                ),
                Param("ccy", "string", location="body"),
                Param(
                    "amount",
                    "decimal",
                    location="body",
                    required=True,
                    exclusive_minimum=Decimal("0"),
                ),
                Param("price", "decimal", location="body", exclusive_minimum=Decimal("0")),
                Param(
                    "trigger_price",
                    "decimal",
                    location="body",
                    required=True,
                    exclusive_minimum=Decimal("0"),
                ),
                Param(
                    "client_id",
                    "string",
                    location="body",
                    pattern="^[A-Za-z0-9_-]{1,32}$",
                    max_length=31,
                ),
                Param("is_hide", "bool", location="body"),
                Param("stp_mode", "string", location="body", enum=("ct", "cm", "both")),
            ),
        ),
    ),
    cost_param="orders",
    recover_by_client_id=(
        SPOT_PENDING_STOP_ORDERS,
        SPOT_FINISHED_STOP_ORDERS,
    ),
)
