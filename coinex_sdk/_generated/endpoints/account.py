# generated from spec/ by `python -m generator`; do not edit.
"""The endpoints of spec/rest/account.yaml.

Descriptions the transport and sandbox share; ``endpoints`` gathers every file's table.
"""

from __future__ import annotations

from decimal import Decimal

from ..._endpoint import Endpoint, Param

ACCOUNT_TRADE_FEE_RATE = Endpoint(
    name="account.trade_fee_rate",
    method="GET",
    path="/v2/account/trade-fee-rate",
    auth=True,
    rate_limit="account_query",
    idempotent=True,
    params=(
        Param("market_type", "string", required=True, enum=("SPOT", "FUTURES")),
        Param("market", "string", required=True),
    ),
)

ACCOUNT_MODIFY_SETTINGS = Endpoint(
    name="account.modify_settings",
    method="POST",
    path="/v2/account/settings",
    auth=True,
    rate_limit="account_modify",
    idempotent=True,
    params=(Param("cet_discount_enabled", "bool", location="body", required=True),),
)

ACCOUNT_FUTURES_MARKET_SETTINGS = Endpoint(
    name="account.futures_market_settings",
    method="GET",
    path="/v2/account/futures-market-settings",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(),
)

ACCOUNT_MODIFY_FUTURES_MARKET_SETTINGS = Endpoint(
    name="account.modify_futures_market_settings",
    method="POST",
    path="/v2/account/futures-market-settings",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(Param("settle_switch", "int", location="body", required=True, enum=(1, 2)),),
)

ACCOUNT_INFO = Endpoint(
    name="account.info",
    method="GET",
    path="/v2/account/info",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(),
)

ACCOUNT_SUBS = Endpoint(
    name="account.subs",
    method="GET",
    path="/v2/account/subs",
    auth=True,
    rate_limit="account_query",
    idempotent=True,
    params=(
        Param("sub_user_name", "string"),
        Param("is_frozen", "bool"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

ACCOUNT_CREATE_SUB = Endpoint(
    name="account.create_sub",
    method="POST",
    path="/v2/account/subs",
    auth=True,
    rate_limit="account_modify",
    idempotent=False,
    params=(
        Param(
            "sub_user_name",
            "string",
            location="body",
            required=True,
            pattern="^[A-Za-z0-9-]{3,26}$",
        ),
        Param("permissions", "list", location="body", enum=("FUTURES", "MARGIN", "AMM", "API")),
        Param("remark", "string", location="body", pattern="^[\\s\\S]{0,50}$"),
    ),
)

ACCOUNT_FREEZE_SUB = Endpoint(
    name="account.freeze_sub",
    method="POST",
    path="/v2/account/subs/frozen",
    auth=True,
    rate_limit="account_modify",
    idempotent=False,
    params=(Param("sub_user_name", "string", location="body", required=True),),
)

ACCOUNT_UNFREEZE_SUB = Endpoint(
    name="account.unfreeze_sub",
    method="POST",
    path="/v2/account/subs/unfrozen",
    auth=True,
    rate_limit="account_modify",
    idempotent=False,
    params=(Param("sub_user_name", "string", location="body", required=True),),
)

ACCOUNT_SUB_INFO = Endpoint(
    name="account.sub_info",
    method="GET",
    path="/v2/account/subs/info",
    auth=True,
    rate_limit="account_query",
    idempotent=True,
    params=(),
)

ACCOUNT_CREATE_SUB_API = Endpoint(
    name="account.create_sub_api",
    method="POST",
    path="/v2/account/subs/api",
    auth=True,
    rate_limit="account_modify",
    idempotent=False,
    params=(
        Param("sub_user_name", "string", location="body", required=True),
        Param("ip_whitelist", "list", location="body", required=True, max_items=50),
        Param("trade_enabled", "bool", location="body", required=True),
        Param("remark", "string", location="body", pattern="^[\\s\\S]{0,50}$"),
    ),
)

ACCOUNT_SUB_APIS = Endpoint(
    name="account.sub_apis",
    method="GET",
    path="/v2/account/subs/api",
    auth=True,
    rate_limit="account_query",
    idempotent=True,
    params=(
        Param("sub_user_name", "string", required=True),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

ACCOUNT_SUB_API_DETAIL = Endpoint(
    name="account.sub_api_detail",
    method="GET",
    path="/v2/account/subs/api-detail",
    auth=True,
    rate_limit="account_query",
    idempotent=True,
    params=(Param("api_id", "int", required=True),),
)

ACCOUNT_EDIT_SUB_API = Endpoint(
    name="account.edit_sub_api",
    method="POST",
    path="/v2/account/subs/edit-api",
    auth=True,
    rate_limit="account_modify",
    idempotent=True,
    params=(
        Param("sub_user_name", "string", location="body", required=True),
        Param("api_id", "int", location="body", required=True),
        Param("trade_enabled", "bool", location="body"),
        Param("ip_whitelist", "list", location="body", max_items=50),
        Param("remark", "string", location="body", pattern="^[\\s\\S]{0,50}$"),
    ),
)

ACCOUNT_DELETE_SUB_API = Endpoint(
    name="account.delete_sub_api",
    method="POST",
    path="/v2/account/subs/delete-api",
    auth=True,
    rate_limit="account_modify",
    idempotent=False,
    params=(Param("api_id", "int", location="body", required=True),),
)

ACCOUNT_SUB_BALANCE = Endpoint(
    name="account.sub_balance",
    method="GET",
    path="/v2/account/subs/balance",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("sub_user_name", "string", required=True),
        Param("market_type", "string", required=True, enum=("SPOT", "FUTURES")),
    ),
)

ACCOUNT_SUB_SPOT_BALANCE = Endpoint(
    name="account.sub_spot_balance",
    method="GET",
    path="/v2/account/subs/spot-balance",
    auth=True,
    rate_limit="account_query",
    idempotent=True,
    params=(
        Param("sub_user_name", "string", required=True),
        Param("ccy", "string"),
    ),
)

ACCOUNT_SUB_TRANSFER = Endpoint(
    name="account.sub_transfer",
    method="POST",
    path="/v2/account/subs/transfer",
    auth=True,
    rate_limit="account_modify",
    idempotent=False,
    params=(
        Param(
            "from_account_type", "string", location="body", required=True, enum=("SPOT", "FUTURES")
        ),
        Param(
            "to_account_type", "string", location="body", required=True, enum=("SPOT", "FUTURES")
        ),
        Param("from_user_name", "string", location="body"),
        Param("to_user_name", "string", location="body"),
        Param("ccy", "string", location="body", required=True),
        Param("amount", "decimal", location="body", required=True, exclusive_minimum=Decimal("0")),
    ),
    moves_money=True,
)

ACCOUNT_SUB_TRANSFER_HISTORY = Endpoint(
    name="account.sub_transfer_history",
    method="GET",
    path="/v2/account/subs/transfer-history",
    auth=True,
    rate_limit="account_history",
    idempotent=True,
    params=(
        Param("sub_user_name", "string"),
        Param("ccy", "string"),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)
