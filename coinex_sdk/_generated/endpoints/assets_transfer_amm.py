# generated from spec/ by `python -m generator`; do not edit.
"""The endpoints of spec/rest/assets_transfer_amm.yaml.

Descriptions the transport and sandbox share; ``endpoints`` gathers every file's table.
"""

from __future__ import annotations

from decimal import Decimal

from ..._endpoint import Endpoint, Param

ASSETS_TRANSFER = Endpoint(
    name="assets.transfer",
    method="POST",
    path="/v2/assets/transfer",
    auth=True,
    rate_limit="account_modify",
    idempotent=False,
    params=(
        Param(
            "from_account_type",
            "string",
            location="body",
            required=True,
            enum=("SPOT", "MARGIN", "FUTURES"),
        ),
        Param(
            "to_account_type",
            "string",
            location="body",
            required=True,
            enum=("SPOT", "MARGIN", "FUTURES"),
        ),
        Param("ccy", "string", location="body", required=True),
        Param("amount", "decimal", location="body", required=True, exclusive_minimum=Decimal("0")),
        Param("market", "string", location="body"),
    ),
    moves_money=True,
)

ASSETS_TRANSFER_HISTORY = Endpoint(
    name="assets.transfer_history",
    method="GET",
    path="/v2/assets/transfer-history",
    auth=True,
    rate_limit="account_history",
    idempotent=True,
    params=(
        Param("ccy", "string", required=True),
        Param("transfer_type", "string", required=True, enum=("MARGIN", "FUTURES")),
        Param("market", "string"),
        Param("status", "string", enum=("created", "deducted", "failed", "finished")),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

ASSETS_ADD_AMM_LIQUIDITY = Endpoint(
    name="assets.add_amm_liquidity",
    method="POST",
    path="/v2/assets/amm/add-liquidity",
    auth=True,
    rate_limit="account_modify",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param(
            "base_ccy_amount",
            "decimal",
            location="body",
            required=True,
            exclusive_minimum=Decimal("0"),
        ),
        Param(
            "quote_ccy_amount",
            "decimal",
            location="body",
            required=True,
            exclusive_minimum=Decimal("0"),
        ),
    ),
    moves_money=True,
)

ASSETS_REMOVE_AMM_LIQUIDITY = Endpoint(
    name="assets.remove_amm_liquidity",
    method="POST",
    path="/v2/assets/amm/remove-liquidity",
    auth=True,
    rate_limit="account_modify",
    idempotent=False,
    params=(Param("market", "string", location="body", required=True),),
    moves_money=True,
)

ASSETS_AMM_LIQUIDITY_POOL = Endpoint(
    name="assets.amm_liquidity_pool",
    method="GET",
    path="/v2/assets/amm/liquidity-pool",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(Param("market", "list", required=True, max_items=10),),
)

ASSETS_AMM_INCOME_HISTORY = Endpoint(
    name="assets.amm_income_history",
    method="GET",
    path="/v2/assets/amm/income-history",
    auth=True,
    rate_limit="account_query",
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1"), maximum=Decimal("100")),
    ),
)
