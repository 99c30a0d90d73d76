# generated from spec/ by `python -m generator`; do not edit.
"""The endpoints of spec/rest/assets_deposit_withdraw.yaml.

Descriptions the transport and sandbox share; ``endpoints`` gathers every file's table.
"""

from __future__ import annotations

from decimal import Decimal

from ..._endpoint import Endpoint, Param

ASSETS_DEPOSIT_ADDRESS = Endpoint(
    name="assets.deposit_address",
    method="GET",
    path="/v2/assets/deposit-address",
    auth=True,
    rate_limit="account_query",
    idempotent=True,
    params=(
        Param("ccy", "string", required=True),
        Param("chain", "string", required=True),
    ),
)

ASSETS_RENEW_DEPOSIT_ADDRESS = Endpoint(
    name="assets.renew_deposit_address",
    method="POST",
    path="/v2/assets/renewal-deposit-address",
    auth=True,
    rate_limit="account_modify",
    idempotent=False,
    params=(
        Param("ccy", "string", location="body", required=True),
        Param("chain", "string", location="body", required=True),
    ),
)

ASSETS_DEPOSIT_HISTORY = Endpoint(
    name="assets.deposit_history",
    method="GET",
    path="/v2/assets/deposit-history",
    auth=True,
    rate_limit="account_history",
    idempotent=True,
    params=(
        Param("ccy", "string"),
        Param("tx_id", "string"),
        Param(
            "status",
            "string",
            enum=("processing", "confirming", "cancelled", "finished", "too_small", "exception"),
        ),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

ASSETS_WITHDRAW = Endpoint(
    name="assets.withdraw",
    method="POST",
    path="/v2/assets/withdraw",
    auth=True,
    rate_limit="account_modify",
    idempotent=False,
    params=(
        Param("ccy", "string", location="body", required=True),
        Param("to_address", "string", location="body", required=True),
        Param("amount", "decimal", location="body", required=True, exclusive_minimum=Decimal("0")),
        Param("chain", "string", location="body"),
        Param("withdraw_method", "string", location="body", enum=("on_chain", "inter_user")),
        Param("memo", "string", location="body"),
        Param("fee_ccy", "string", location="body"),
        Param("remark", "string", location="body"),
        Param(
            "extra",
            "object",
            location="body",
            fields=(Param("chain_id", "string", location="body"),),
        ),
    ),
    moves_money=True,
)

ASSETS_CANCEL_WITHDRAW = Endpoint(
    name="assets.cancel_withdraw",
    method="POST",
    path="/v2/assets/cancel-withdraw",
    auth=True,
    rate_limit="account_modify",
    idempotent=False,
    params=(Param("withdraw_id", "int", location="body", required=True),),
)

ASSETS_WITHDRAW_HISTORY = Endpoint(
    name="assets.withdraw_history",
    method="GET",
    path="/v2/assets/withdraw",
    auth=True,
    rate_limit="account_history",
    idempotent=True,
    params=(
        Param("ccy", "string"),
        Param("withdraw_id", "int"),
        Param(
            "status",
            "string",
            enum=(
                "created",
                "audit_required",
                "audited",
                "processing",
                "confirming",
                "finished",
                "cancelled",
                "cancellation_failed",
                "failed",
            ),
        ),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

ASSETS_DEPOSIT_WITHDRAW_CONFIG = Endpoint(
    name="assets.deposit_withdraw_config",
    method="GET",
    path="/v2/assets/deposit-withdraw-config",
    auth=False,
    rate_limit="account_query",
    idempotent=True,
    params=(Param("ccy", "string", required=True),),
)

ASSETS_ALL_DEPOSIT_WITHDRAW_CONFIG = Endpoint(
    name="assets.all_deposit_withdraw_config",
    method="GET",
    path="/v2/assets/all-deposit-withdraw-config",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(),
)

ASSETS_ASSETS_INFO = Endpoint(
    name="assets.assets_info",
    method="GET",
    path="/v2/assets/info",
    auth=False,
    rate_limit=None,
    idempotent=True,
    params=(Param("ccy", "string"),),
)
