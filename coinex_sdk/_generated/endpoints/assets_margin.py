# generated from spec/ by `python -m generator`; do not edit.
"""The endpoints of spec/rest/assets_margin.yaml.

Descriptions the transport and sandbox share; ``endpoints`` gathers every file's table.
"""

from __future__ import annotations

from decimal import Decimal

from ..._endpoint import Endpoint, Param

ASSETS_MARGIN_BORROW = Endpoint(
    name="assets.margin_borrow",
    method="POST",
    path="/v2/assets/margin/borrow",
    auth=True,
    rate_limit="account_modify",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("ccy", "string", location="body", required=True),
        Param(
            "borrow_amount",
            "decimal",
            location="body",
            required=True,
            exclusive_minimum=Decimal("0"),
        ),
        Param("is_auto_renew", "bool", location="body", required=True),
    ),
    moves_money=True,
)

ASSETS_MARGIN_REPAY = Endpoint(
    name="assets.margin_repay",
    method="POST",
    path="/v2/assets/margin/repay",
    auth=True,
    rate_limit="account_modify",
    idempotent=False,
    params=(
        Param("market", "string", location="body", required=True),
        Param("ccy", "string", location="body", required=True),
        Param("amount", "decimal", location="body", required=True, exclusive_minimum=Decimal("0")),
        Param("borrow_id", "int", location="body"),
    ),
    moves_money=True,
)

ASSETS_BORROW_HISTORY = Endpoint(
    name="assets.borrow_history",
    method="GET",
    path="/v2/assets/margin/borrow-history",
    auth=True,
    rate_limit="account_history",
    idempotent=True,
    params=(
        Param("market", "string"),
        Param("status", "string", enum=("loan", "debt", "liquidated", "finish")),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

ASSETS_INTEREST_LIMIT = Endpoint(
    name="assets.interest_limit",
    method="GET",
    path="/v2/assets/margin/interest-limit",
    auth=True,
    rate_limit="account_history",
    idempotent=True,
    params=(
        Param("market", "string", required=True),
        Param("ccy", "string", required=True),
    ),
)
