# generated from spec/ by `python -m generator`; do not edit.
"""The endpoints of spec/rest/assets_balance.yaml.

Descriptions the transport and sandbox share; ``endpoints`` gathers every file's table.
"""

from __future__ import annotations

from decimal import Decimal

from ..._endpoint import Endpoint, Param

ASSETS_SPOT_BALANCE = Endpoint(
    name="assets.spot_balance",
    method="GET",
    path="/v2/assets/spot/balance",
    auth=True,
    rate_limit="account_query",
    idempotent=True,
    params=(),
)

ASSETS_FUTURES_BALANCE = Endpoint(
    name="assets.futures_balance",
    method="GET",
    path="/v2/assets/futures/balance",
    auth=True,
    rate_limit="futures_account_query",
    idempotent=True,
    params=(),
)

ASSETS_MARGIN_BALANCE = Endpoint(
    name="assets.margin_balance",
    method="GET",
    path="/v2/assets/margin/balance",
    auth=True,
    rate_limit="account_query",
    idempotent=True,
    params=(Param("market", "string"),),
)

ASSETS_FINANCIAL_BALANCE = Endpoint(
    name="assets.financial_balance",
    method="GET",
    path="/v2/assets/financial/balance",
    auth=True,
    rate_limit="account_query",
    idempotent=True,
    params=(),
)

ASSETS_CREDIT_INFO = Endpoint(
    name="assets.credit_info",
    method="GET",
    path="/v2/assets/credit/info",
    auth=True,
    rate_limit="account_query",
    idempotent=True,
    params=(),
)

ASSETS_AMM_LIQUIDITY = Endpoint(
    name="assets.amm_liquidity",
    method="GET",
    path="/v2/assets/amm/liquidity",
    auth=True,
    rate_limit="account_query",
    idempotent=True,
    params=(),
)

ASSETS_TRANSACTION_HISTORY = Endpoint(
    name="assets.transaction_history",
    method="GET",
    path="/v2/assets/spot/transcation-history",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(
        Param(
            "type",
            "string",
            required=True,
            enum=(
                "deposit",
                "withdraw",
                "trade",
                "maker_cash_back",
                "investment_interest",
                "exchange_order_transfer",
            ),
        ),
        Param("ccy", "string"),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

ASSETS_STATEMENT = Endpoint(
    name="assets.statement",
    method="GET",
    path="/v2/assets/statement",
    auth=True,
    rate_limit="account_history",
    idempotent=True,
    params=(),
)
