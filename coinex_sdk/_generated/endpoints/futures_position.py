# generated from spec/ by `python -m generator`; do not edit.
"""The endpoints of spec/rest/futures_position.yaml.

Descriptions the transport and sandbox share; ``endpoints`` gathers every file's table.
"""

from __future__ import annotations

from decimal import Decimal

from ..._endpoint import Endpoint, Param
from .futures_trading import FUTURES_FINISHED_ORDERS, FUTURES_PENDING_ORDERS

FUTURES_ADJUST_POSITION_MARGIN = Endpoint(
    name="futures.adjust_position_margin",
    method="POST",
    path="/v2/futures/adjust-position-margin",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param("amount", "decimal", location="body", required=True),
    ),
)

FUTURES_ADJUST_POSITION_LEVERAGE = Endpoint(
    name="futures.adjust_position_leverage",
    method="POST",
    path="/v2/futures/adjust-position-leverage",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param("margin_mode", "string", location="body", required=True, enum=("isolated", "cross")),
        Param("leverage", "int", location="body", required=True, minimum=Decimal("1")),
    ),
)

FUTURES_SET_POSITION_STOP_LOSS = Endpoint(
    name="futures.set_position_stop_loss",
    method="POST",
    path="/v2/futures/set-position-stop-loss",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param(
            "stop_loss_type",
            "string",
            location="body",
            required=True,
            enum=("latest_price", "mark_price", "index_price"),
        ),
        Param(
            "stop_loss_price",
            "decimal",
            location="body",
            required=True,
            exclusive_minimum=Decimal("0"),
        ),
        Param("stop_loss_amount", "decimal", location="body", exclusive_minimum=Decimal("0")),
    ),
)

FUTURES_SET_POSITION_TAKE_PROFIT = Endpoint(
    name="futures.set_position_take_profit",
    method="POST",
    path="/v2/futures/set-position-take-profit",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param(
            "take_profit_type",
            "string",
            location="body",
            required=True,
            enum=("latest_price", "mark_price", "index_price"),
        ),
        Param(
            "take_profit_price",
            "decimal",
            location="body",
            required=True,
            exclusive_minimum=Decimal("0"),
        ),
        Param("take_profit_amount", "decimal", location="body", exclusive_minimum=Decimal("0")),
    ),
)

FUTURES_MODIFY_POSITION_STOP_LOSS = Endpoint(
    name="futures.modify_position_stop_loss",
    method="POST",
    path="/v2/futures/modify-position-stop-loss",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param("stop_loss_id", "int", location="body", required=True),
        Param(
            "stop_loss_type",
            "string",
            location="body",
            enum=("latest_price", "mark_price", "index_price"),
        ),
        Param("stop_loss_price", "decimal", location="body", exclusive_minimum=Decimal("0")),
        Param("stop_loss_amount", "decimal", location="body", exclusive_minimum=Decimal("0")),
    ),
)

FUTURES_MODIFY_POSITION_TAKE_PROFIT = Endpoint(
    name="futures.modify_position_take_profit",
    method="POST",
    path="/v2/futures/modify-position-take-profit",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param("take_profit_id", "int", location="body", required=True),
        Param(
            "take_profit_type",
            "string",
            location="body",
            enum=("latest_price", "mark_price", "index_price"),
        ),
        Param("take_profit_price", "decimal", location="body", exclusive_minimum=Decimal("0")),
        Param("take_profit_amount", "decimal", location="body", exclusive_minimum=Decimal("0")),
    ),
)

FUTURES_CANCEL_POSITION_STOP_LOSS = Endpoint(
    name="futures.cancel_position_stop_loss",
    method="POST",
    path="/v2/futures/cancel-position-stop-loss",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param("stop_loss_id", "int", location="body"),
    ),
)

FUTURES_CANCEL_POSITION_TAKE_PROFIT = Endpoint(
    name="futures.cancel_position_take_profit",
    method="POST",
    path="/v2/futures/cancel-position-take-profit",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param("take_profit_id", "int", location="body"),
    ),
)

FUTURES_PENDING_POSITIONS = Endpoint(
    name="futures.pending_positions",
    method="GET",
    path="/v2/futures/pending-position",
    auth=True,
    rate_limit="futures_account_query",
    idempotent=True,
    params=(
        Param("market", "string"),
        Param("market_type", "string", enum=("FUTURES",)),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

FUTURES_FINISHED_POSITIONS = Endpoint(
    name="futures.finished_positions",
    method="GET",
    path="/v2/futures/finished-position",
    auth=True,
    rate_limit="futures_history",
    idempotent=True,
    params=(
        Param("market", "string"),
        Param("market_type", "string", enum=("FUTURES",)),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

FUTURES_POSITION_MARGIN_HISTORY = Endpoint(
    name="futures.position_margin_history",
    method="GET",
    path="/v2/futures/position-margin-history",
    auth=True,
    rate_limit="futures_account_query",
    idempotent=True,
    params=(
        Param("market", "string"),
        Param("market_type", "string", enum=("FUTURES",)),
        Param("position_id", "int"),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

FUTURES_POSITION_FUNDING_HISTORY = Endpoint(
    name="futures.position_funding_history",
    method="GET",
    path="/v2/futures/position-funding-history",
    auth=True,
    rate_limit="futures_account_query",
    idempotent=True,
    params=(
        Param("market", "string"),
        Param("market_type", "string", enum=("FUTURES",)),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

FUTURES_POSITION_ADL_HISTORY = Endpoint(
    name="futures.position_adl_history",
    method="GET",
    path="/v2/futures/position-adl-history",
    auth=True,
    rate_limit="futures_account_query",
    idempotent=True,
    params=(
        Param("market", "string"),
        Param("market_type", "string", enum=("FUTURES",)),
        Param("position_id", "int"),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

FUTURES_POSITION_SETTLE_HISTORY = Endpoint(
    name="futures.position_settle_history",
    method="GET",
    path="/v2/futures/position-settle-history",
    auth=True,
    rate_limit="futures_account_query",
    idempotent=True,
    params=(
        Param("market", "string"),
        Param("market_type", "string", enum=("FUTURES",)),
        Param("position_id", "int"),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

FUTURES_CLOSE_POSITION = Endpoint(
    name="futures.close_position",
    method="POST",
    path="/v2/futures/close-position",
    auth=True,
    rate_limit="futures_order",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("market_type", "string", location="body", enum=("FUTURES",)),
        Param(
            "type",
            "string",
            location="body",
            required=True,
            enum=("limit", "market", "maker_only", "ioc", "fok"),
        ),
        Param("price", "decimal", location="body", exclusive_minimum=Decimal("0")),
        Param("amount", "decimal", location="body", exclusive_minimum=Decimal("0")),
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
