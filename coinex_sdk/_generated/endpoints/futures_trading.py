# generated from spec/ by `python -m generator`; do not edit.
"""The endpoints of spec/rest/futures_trading.yaml.

Descriptions the transport and sandbox share; ``endpoints`` gathers every file's table.
"""

from __future__ import annotations

from decimal import Decimal

from ..._endpoint import Endpoint, Param

FUTURES_MODIFY_ORDER = Endpoint(
    name="futures.modify_order",
    method="POST",
    path="/v2/futures/modify-order",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param("order_id", "int", location="body", required=True),
        Param("amount", "decimal", location="body", exclusive_minimum=Decimal("0")),
        Param("price", "decimal", location="body", exclusive_minimum=Decimal("0")),
    ),
)

FUTURES_MODIFY_STOP_ORDER = Endpoint(
    name="futures.modify_stop_order",
    method="POST",
    path="/v2/futures/modify-stop-order",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param("stop_id", "int", location="body", required=True),
        Param("amount", "decimal", location="body", exclusive_minimum=Decimal("0")),
        Param("price", "decimal", location="body", exclusive_minimum=Decimal("0")),
        Param("trigger_price", "decimal", location="body", exclusive_minimum=Decimal("0")),
    ),
)

FUTURES_MODIFY_ORDERS = Endpoint(
    name="futures.modify_orders",
    method="POST",
    path="/v2/futures/batch-modify-order",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param(
            "orders",
            "object_list",
            location="body",
            required=True,
            max_items=100,
            fields=(
                Param("market", "string", location="body", required=True),
                Param("market_type", "string", location="body", enum=("FUTURES",)),
                Param("order_id", "int", location="body", required=True),
                Param("amount", "decimal", location="body", exclusive_minimum=Decimal("0")),
                Param("price", "decimal", location="body", exclusive_minimum=Decimal("0")),
            ),
        ),
    ),
    cost_param="orders",
)

FUTURES_CANCEL_ALL_ORDERS = Endpoint(
    name="futures.cancel_all_orders",
    method="POST",
    path="/v2/futures/cancel-all-order",
    auth=True,
    rate_limit="futures_batch_cancel",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param("side", "string", location="body", enum=("buy", "sell")),
    ),
)

FUTURES_CANCEL_ORDER = Endpoint(
    name="futures.cancel_order",
    method="POST",
    path="/v2/futures/cancel-order",
    auth=True,
    rate_limit="futures_cancel",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param("order_id", "int", location="body", required=True),
    ),
)

FUTURES_CANCEL_STOP_ORDER = Endpoint(
    name="futures.cancel_stop_order",
    method="POST",
    path="/v2/futures/cancel-stop-order",
    auth=True,
    rate_limit="futures_cancel",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param("stop_id", "int", location="body", required=True),
    ),
)

FUTURES_CANCEL_ORDERS = Endpoint(
    name="futures.cancel_orders",
    method="POST",
    path="/v2/futures/cancel-batch-order",
    auth=True,
    rate_limit="futures_cancel",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param("order_ids", "int_list", location="body", required=True),
    ),
    cost_param="order_ids",
)

FUTURES_CANCEL_STOP_ORDERS = Endpoint(
    name="futures.cancel_stop_orders",
    method="POST",
    path="/v2/futures/cancel-batch-stop-order",
    auth=True,
    rate_limit="futures_cancel",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param("stop_ids", "int_list", location="body", required=True),
    ),
    cost_param="stop_ids",
)

FUTURES_CANCEL_ORDER_BY_CLIENT_ID = Endpoint(
    name="futures.cancel_order_by_client_id",
    method="POST",
    path="/v2/futures/cancel-order-by-client-id",
    auth=True,
    rate_limit="futures_batch_cancel",
    idempotent=False,
    params=(
        Param("market", "string", location="body"),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
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

FUTURES_CANCEL_STOP_ORDER_BY_CLIENT_ID = Endpoint(
    name="futures.cancel_stop_order_by_client_id",
    method="POST",
    path="/v2/futures/cancel-stop-order-by-client-id",
    auth=True,
    rate_limit="futures_batch_cancel",
    idempotent=False,
    params=(
        Param("market", "string", location="body"),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
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

FUTURES_ORDER_STATUS = Endpoint(
    name="futures.order_status",
    method="GET",
    path="/v2/futures/order-status",
    auth=True,
    rate_limit="futures_query",
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("order_id", "int", required=True),
    ),
)

FUTURES_BATCH_ORDER_STATUS = Endpoint(
    name="futures.batch_order_status",
    method="GET",
    path="/v2/futures/batch-order-status",
    auth=True,
    rate_limit="futures_query",
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("order_ids", "int_list", required=True, max_items=100),
    ),
)

FUTURES_PENDING_ORDERS = Endpoint(
    name="futures.pending_orders",
    method="GET",
    path="/v2/futures/pending-order",
    auth=True,
    rate_limit="futures_query",
    idempotent=True,
    params=(
        Param("market", "string"),
        Param("market_type", "string", enum=("FUTURES",)),
        Param("side", "string", enum=("buy", "sell")),
        Param("client_id", "string", pattern="^[A-Za-z0-9_-]{1,32}$", max_length=31),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

FUTURES_FINISHED_ORDERS = Endpoint(
    name="futures.finished_orders",
    method="GET",
    path="/v2/futures/finished-order",
    auth=True,
    rate_limit="futures_history",
    idempotent=True,
    params=(
        Param("market", "string"),
        Param("market_type", "string", enum=("FUTURES",)),
        Param("side", "string", enum=("buy", "sell")),
        Param("client_id", "string", pattern="^[A-Za-z0-9_-]{1,32}$", max_length=31),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

FUTURES_PENDING_STOP_ORDERS = Endpoint(
    name="futures.pending_stop_orders",
    method="GET",
    path="/v2/futures/pending-stop-order",
    auth=True,
    rate_limit="futures_query",
    idempotent=True,
    params=(
        Param("market", "string"),
        Param("market_type", "string", enum=("FUTURES",)),
        Param("side", "string", enum=("buy", "sell")),
        Param("client_id", "string", pattern="^[A-Za-z0-9_-]{1,32}$", max_length=31),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

FUTURES_FINISHED_STOP_ORDERS = Endpoint(
    name="futures.finished_stop_orders",
    method="GET",
    path="/v2/futures/finished-stop-order",
    auth=True,
    rate_limit="futures_history",
    idempotent=True,
    params=(
        Param("market", "string"),
        Param("market_type", "string", enum=("FUTURES",)),
        Param("side", "string", enum=("buy", "sell")),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

FUTURES_USER_DEALS = Endpoint(
    name="futures.user_deals",
    method="GET",
    path="/v2/futures/user-deals",
    auth=True,
    rate_limit="futures_history",
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("market_type", "string", enum=("FUTURES",)),
        Param("side", "string", enum=("buy", "sell")),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

FUTURES_ORDER_DEALS = Endpoint(
    name="futures.order_deals",
    method="GET",
    path="/v2/futures/order-deals",
    auth=True,
    rate_limit="futures_history",
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("market_type", "string", enum=("FUTURES",)),
        Param("order_id", "int", required=True),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

FUTURES_PLACE_ORDER = Endpoint(
    name="futures.place_order",
    method="POST",
    path="/v2/futures/order",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param("side", "string", location="body", required=True, enum=("buy", "sell")),
        Param(
            "type",
            "string",
            location="body",
            required=True,
            enum=("limit", "market", "maker_only", "ioc", "fok"),
        ),
        Param("amount", "decimal", location="body", required=True, exclusive_minimum=Decimal("0")),
        Param("price", "decimal", location="body", exclusive_minimum=Decimal("0")),
        Param(
            "client_id", "string", location="body", pattern="^[A-Za-z0-9_-]{1,32}$", max_length=31
        ),
        Param("is_hide", "bool", location="body"),
        Param("stp_mode", "string", location="body", enum=("ct", "cm", "both")),
    ),
    recover_by_client_id=(
        FUTURES_PENDING_ORDERS,
        FUTURES_FINISHED_ORDERS,
    ),
)

FUTURES_PLACE_STOP_ORDER = Endpoint(
    name="futures.place_stop_order",
    method="POST",
    path="/v2/futures/stop-order",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param("side", "string", location="body", required=True, enum=("buy", "sell")),
        Param(
            "type",
            "string",
            location="body",
            required=True,
            enum=("limit", "market", "maker_only", "ioc", "fok"),
        ),
        Param("amount", "decimal", location="body", required=True, exclusive_minimum=Decimal("0")),
        Param("price", "decimal", location="body", exclusive_minimum=Decimal("0")),
        Param(
            "trigger_price_type",
            "string",
            location="body",
            required=True,
            enum=("latest_price", "mark_price", "index_price"),
        ),
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
        FUTURES_PENDING_STOP_ORDERS,
        FUTURES_FINISHED_STOP_ORDERS,
    ),
)

FUTURES_PLACE_ORDERS = Endpoint(
    name="futures.place_orders",
    method="POST",
    path="/v2/futures/batch-order",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param(
            "orders",
            "object_list",
            location="body",
            required=True,
            max_items=100,
            fields=(
                Param("market", "string", location="body", required=True),
                Param("market_type", "string", location="body", enum=("FUTURES",)),
                Param("side", "string", location="body", required=True, enum=("buy", "sell")),
                Param(
                    "type",
                    "string",
                    location="body",
                    required=True,
                    enum=("limit", "market", "maker_only", "ioc", "fok"),
                ),
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
        FUTURES_PENDING_ORDERS,
        FUTURES_FINISHED_ORDERS,
    ),
)

FUTURES_PLACE_STOP_ORDERS = Endpoint(
    name="futures.place_stop_orders",
    method="POST",
    path="/v2/futures/batch-stop-order",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param(
            "orders",
            "object_list",
            location="body",
            required=True,
            fields=(
                Param("market", "string", location="body", required=True),
                Param("market_type", "string", location="body", enum=("FUTURES",)),
                Param("side", "string", location="body", required=True, enum=("buy", "sell")),
                Param(
                    "type",
                    "string",
                    location="body",
                    required=True,
                    enum=("limit", "market", "maker_only", "ioc", "fok"),
                ),
                Param(
                    "amount",
                    "decimal",
                    location="body",
                    required=True,
                    exclusive_minimum=Decimal("0"),
                ),
                Param("price", "decimal", location="body", exclusive_minimum=Decimal("0")),
                Param(
                    "trigger_price_type",
                    "string",
                    location="body",
                    required=True,
                    enum=("latest_price", "mark_price", "index_price"),
                ),
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
        FUTURES_PENDING_STOP_ORDERS,
        FUTURES_FINISHED_STOP_ORDERS,
    ),
)
