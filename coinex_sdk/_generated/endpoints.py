# generated from spec/ by `python -m generator`; do not edit.
"""Every CoinEx v2 REST endpoint in spec/rest, as descriptions the transport and sandbox share."""

from __future__ import annotations

from decimal import Decimal

from .._endpoint import Endpoint, Param

__all__ = ["ALL", "BY_NAME", "BY_ROUTE"]

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

REFER_REFEREES = Endpoint(
    name="refer.referees",
    method="GET",
    path="/v2/refer/referee",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("search", "string"),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

REFER_REFEREE_REBATE_RECORDS = Endpoint(
    name="refer.referee_rebate_records",
    method="GET",
    path="/v2/refer/referee-rebate/record",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1"), maximum=Decimal("100")),
    ),
)

REFER_REFEREE_REBATE_DETAILS = Endpoint(
    name="refer.referee_rebate_details",
    method="GET",
    path="/v2/refer/referee-rebate/detail",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("search", "string"),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

REFER_AGENT_REFEREES = Endpoint(
    name="refer.agent_referees",
    method="GET",
    path="/v2/refer/agent-referee",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("search", "string"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
    ),
)

REFER_AGENT_REBATE_RECORDS = Endpoint(
    name="refer.agent_rebate_records",
    method="GET",
    path="/v2/refer/agent-rebate/record",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1"), maximum=Decimal("100")),
    ),
)

REFER_AGENT_REBATE_DETAILS = Endpoint(
    name="refer.agent_rebate_details",
    method="GET",
    path="/v2/refer/agent-rebate/detail",
    auth=True,
    rate_limit=None,
    idempotent=True,
    params=(
        Param("search", "string"),
        Param("start_time", "timestamp"),
        Param("end_time", "timestamp"),
        Param("page", "int", minimum=Decimal("1")),
        Param("limit", "int", minimum=Decimal("1")),
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

ALL: tuple[Endpoint, ...] = (
    ACCOUNT_TRADE_FEE_RATE,
    ACCOUNT_MODIFY_SETTINGS,
    ACCOUNT_FUTURES_MARKET_SETTINGS,
    ACCOUNT_MODIFY_FUTURES_MARKET_SETTINGS,
    ACCOUNT_INFO,
    ACCOUNT_SUBS,
    ACCOUNT_CREATE_SUB,
    ACCOUNT_FREEZE_SUB,
    ACCOUNT_UNFREEZE_SUB,
    ACCOUNT_SUB_INFO,
    ACCOUNT_CREATE_SUB_API,
    ACCOUNT_SUB_APIS,
    ACCOUNT_SUB_API_DETAIL,
    ACCOUNT_EDIT_SUB_API,
    ACCOUNT_DELETE_SUB_API,
    ACCOUNT_SUB_BALANCE,
    ACCOUNT_SUB_SPOT_BALANCE,
    ACCOUNT_SUB_TRANSFER,
    ACCOUNT_SUB_TRANSFER_HISTORY,
    ASSETS_SPOT_BALANCE,
    ASSETS_FUTURES_BALANCE,
    ASSETS_MARGIN_BALANCE,
    ASSETS_FINANCIAL_BALANCE,
    ASSETS_CREDIT_INFO,
    ASSETS_AMM_LIQUIDITY,
    ASSETS_TRANSACTION_HISTORY,
    ASSETS_STATEMENT,
    ASSETS_DEPOSIT_ADDRESS,
    ASSETS_RENEW_DEPOSIT_ADDRESS,
    ASSETS_DEPOSIT_HISTORY,
    ASSETS_WITHDRAW,
    ASSETS_CANCEL_WITHDRAW,
    ASSETS_WITHDRAW_HISTORY,
    ASSETS_DEPOSIT_WITHDRAW_CONFIG,
    ASSETS_ALL_DEPOSIT_WITHDRAW_CONFIG,
    ASSETS_ASSETS_INFO,
    ASSETS_MARGIN_BORROW,
    ASSETS_MARGIN_REPAY,
    ASSETS_BORROW_HISTORY,
    ASSETS_INTEREST_LIMIT,
    ASSETS_TRANSFER,
    ASSETS_TRANSFER_HISTORY,
    ASSETS_ADD_AMM_LIQUIDITY,
    ASSETS_REMOVE_AMM_LIQUIDITY,
    ASSETS_AMM_LIQUIDITY_POOL,
    ASSETS_AMM_INCOME_HISTORY,
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
    FUTURES_CLOSE_POSITION,
    FUTURES_ADJUST_POSITION_MARGIN,
    FUTURES_ADJUST_POSITION_LEVERAGE,
    FUTURES_SET_POSITION_STOP_LOSS,
    FUTURES_SET_POSITION_TAKE_PROFIT,
    FUTURES_MODIFY_POSITION_STOP_LOSS,
    FUTURES_MODIFY_POSITION_TAKE_PROFIT,
    FUTURES_CANCEL_POSITION_STOP_LOSS,
    FUTURES_CANCEL_POSITION_TAKE_PROFIT,
    FUTURES_PENDING_POSITIONS,
    FUTURES_FINISHED_POSITIONS,
    FUTURES_POSITION_MARGIN_HISTORY,
    FUTURES_POSITION_FUNDING_HISTORY,
    FUTURES_POSITION_ADL_HISTORY,
    FUTURES_POSITION_SETTLE_HISTORY,
    FUTURES_PLACE_ORDER,
    FUTURES_PLACE_STOP_ORDER,
    FUTURES_PLACE_ORDERS,
    FUTURES_PLACE_STOP_ORDERS,
    FUTURES_MODIFY_ORDER,
    FUTURES_MODIFY_STOP_ORDER,
    FUTURES_MODIFY_ORDERS,
    FUTURES_CANCEL_ALL_ORDERS,
    FUTURES_CANCEL_ORDER,
    FUTURES_CANCEL_STOP_ORDER,
    FUTURES_CANCEL_ORDERS,
    FUTURES_CANCEL_STOP_ORDERS,
    FUTURES_CANCEL_ORDER_BY_CLIENT_ID,
    FUTURES_CANCEL_STOP_ORDER_BY_CLIENT_ID,
    FUTURES_ORDER_STATUS,
    FUTURES_BATCH_ORDER_STATUS,
    FUTURES_PENDING_ORDERS,
    FUTURES_FINISHED_ORDERS,
    FUTURES_PENDING_STOP_ORDERS,
    FUTURES_FINISHED_STOP_ORDERS,
    FUTURES_USER_DEALS,
    FUTURES_ORDER_DEALS,
    REFER_REFEREES,
    REFER_REFEREE_REBATE_RECORDS,
    REFER_REFEREE_REBATE_DETAILS,
    REFER_AGENT_REFEREES,
    REFER_AGENT_REBATE_RECORDS,
    REFER_AGENT_REBATE_DETAILS,
    SPOT_MARKET,
    SPOT_TICKER,
    SPOT_DEPTH,
    SPOT_DEALS,
    SPOT_KLINE,
    SPOT_INDEX,
    SPOT_PLACE_ORDER,
    SPOT_PLACE_STOP_ORDER,
    SPOT_PLACE_ORDERS,
    SPOT_PLACE_STOP_ORDERS,
    SPOT_MODIFY_ORDER,
    SPOT_MODIFY_STOP_ORDER,
    SPOT_MODIFY_ORDERS,
    SPOT_CANCEL_ALL_ORDERS,
    SPOT_CANCEL_ORDER,
    SPOT_CANCEL_STOP_ORDER,
    SPOT_CANCEL_ORDERS,
    SPOT_CANCEL_STOP_ORDERS,
    SPOT_CANCEL_ORDER_BY_CLIENT_ID,
    SPOT_CANCEL_STOP_ORDER_BY_CLIENT_ID,
    SPOT_ORDER_STATUS,
    SPOT_BATCH_ORDER_STATUS,
    SPOT_PENDING_ORDERS,
    SPOT_FINISHED_ORDERS,
    SPOT_PENDING_STOP_ORDERS,
    SPOT_FINISHED_STOP_ORDERS,
    SPOT_USER_DEALS,
    SPOT_ORDER_DEALS,
)
BY_ROUTE: dict[tuple[str, str], Endpoint] = {(e.method, e.path): e for e in ALL}
BY_NAME: dict[str, Endpoint] = {e.name: e for e in ALL}
