"""Signed account endpoints: sub-accounts, their API keys, balances and transfers.

Sub-account management answers only the main account (4011 for a sub-account's key); see
``_subaccounts`` for the rules. ``GET /v2/account/subs/info`` answers any caller.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..engine._accounts import Account, ApiKey
from ..engine._errors import PARAMETER_ERROR, SandboxApiError
from ..engine._exchange import Exchange
from ..engine._ledger import SPOT
from ..engine._num import ZERO, fmt_fixed
from ..render._fields import field_names, fields
from . import _params as p
from ._routes_assets import transfer_move
from ._routing import RouteTable, paginate, require

__all__ = ["ROUTES"]

ROUTES = RouteTable()
route = ROUTES.route
Params = dict[str, Any]


def _balance_usd(exchange: Exchange, account: Account) -> str:
    """What ``account`` holds in every wallet, valued in USDT at the spot last prices."""
    total = ZERO
    for _, ccy, balance in account.ledger.items():
        if ccy == "USDT":
            price = Decimal(1)
        elif f"{ccy}USDT" in exchange.state.spot.data:
            price = exchange.state.spot.data[f"{ccy}USDT"].last_price
        else:
            continue
        total += balance.total * price
    return fmt_fixed(total, 2)


def _sub(exchange: Exchange, sub: Account) -> dict[str, Any]:
    return {
        "sub_user_name": sub.name,
        "is_frozen": sub.is_frozen,
        "is_authorized": False,
        "permissions": list(sub.permissions),
        "balance_usd": _balance_usd(exchange, sub),
    }


def _key(key: ApiKey, now_ms: int, *, with_secret: bool) -> dict[str, Any]:
    """A ``SubAccountApiKey`` item; ``with_secret`` adds the secret (create, edit, detail)."""
    data: dict[str, Any] = {
        "api_id": key.api_id,
        "created_at": key.created_at,
        "access_id": key.access_id,
    }
    if with_secret:
        data["secret_key"] = key.credentials.secret_key
    data.update(
        {
            "ip_whitelist": list(key.ip_whitelist),
            "trade_enabled": key.trade_enabled,
            "withdraw_enabled": key.withdraw_enabled,
            "is_expired": key.is_expired(now_ms),
            "expires_at": key.expires_at,
            "remark": key.remark,
        }
    )
    return data


_SUB_TRANSFER = field_names("""
    id created_at from_user_name to_user_name from_account_type to_account_type ccy amount status
""")


@route("POST", "/v2/account/settings")
def modify_settings(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Stores the CET-deduction switch (fees are unchanged: no sandbox market trades CET)."""
    require(account).cet_discount_enabled = p.boolean(params, "cet_discount_enabled")
    return {}


@route("GET", "/v2/account/futures-market-settings")
def futures_market_settings(exchange: Exchange, account: Account | None, params: Params) -> Any:
    return {"settle_switch": require(account).settle_switch}


@route("POST", "/v2/account/futures-market-settings")
def modify_futures_market_settings(
    exchange: Exchange, account: Account | None, params: Params
) -> Any:
    """Stores the auto-settlement switch (1 enabled, 2 disabled)."""
    switch = p.integer(params, "settle_switch")
    if switch not in (1, 2):
        raise SandboxApiError(PARAMETER_ERROR, "invalid argument: settle_switch")
    require(account).settle_switch = switch
    return {}


ROUTES.refuse(
    "GET", "/v2/account/info", "CoinEx documents no field of its answer, so none can be simulated"
)


@route("POST", "/v2/account/subs")
def create_sub(exchange: Exchange, account: Account | None, params: Params) -> Any:
    exchange.subaccounts.create(
        require(account),
        p.text(params, "sub_user_name"),
        permissions=p.texts(params, "permissions"),
        remark=p.opt_text(params, "remark") or "",
    )
    return {}


@route("GET", "/v2/account/subs")
def subs(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The caller's sub-accounts, oldest first; ``is_frozen`` defaults to false, as on CoinEx."""
    name = p.opt_text(params, "sub_user_name")
    frozen = p.boolean(params, "is_frozen", default=False)
    items = [
        _sub(exchange, sub)
        for sub in exchange.subaccounts.subs(exchange.subaccounts.main(require(account)))
        if name in (None, sub.name) and sub.is_frozen == frozen
    ]
    return paginate(items, params, with_total=True)


@route("POST", "/v2/account/subs/frozen")
def freeze_sub(exchange: Exchange, account: Account | None, params: Params) -> Any:
    exchange.subaccounts.set_frozen(require(account), p.text(params, "sub_user_name"), True)
    return {}


@route("POST", "/v2/account/subs/unfrozen")
def unfreeze_sub(exchange: Exchange, account: Account | None, params: Params) -> Any:
    exchange.subaccounts.set_frozen(require(account), p.text(params, "sub_user_name"), False)
    return {}


@route("GET", "/v2/account/subs/info")
def sub_info(exchange: Exchange, account: Account | None, params: Params) -> Any:
    caller = require(account)
    if caller.is_sub:
        return {"user_type": "SUB_ACCOUNT", "sub_user_name": caller.name}
    return {"user_type": "NORMAL", "sub_user_name": None}


@route("POST", "/v2/account/subs/api")
def create_sub_api(exchange: Exchange, account: Account | None, params: Params) -> Any:
    key = exchange.subaccounts.create_key(
        require(account),
        p.text(params, "sub_user_name"),
        ip_whitelist=p.texts(params, "ip_whitelist") or [],
        trade_enabled=p.boolean(params, "trade_enabled"),
        remark=p.opt_text(params, "remark") or "",
    )
    return _key(key, exchange.now_ms(), with_secret=True)


@route("GET", "/v2/account/subs/api")
def sub_apis(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """A sub-account's keys, without their secrets."""
    sub = exchange.subaccounts.sub(require(account), p.text(params, "sub_user_name"))
    now = exchange.now_ms()
    items = [_key(key, now, with_secret=False) for key in sub.api_keys]
    return paginate(items, params, with_total=True)


@route("GET", "/v2/account/subs/api-detail")
def sub_api_detail(exchange: Exchange, account: Account | None, params: Params) -> Any:
    key = exchange.subaccounts.key(require(account), p.integer(params, "api_id"))
    return _key(key, exchange.now_ms(), with_secret=True)


@route("POST", "/v2/account/subs/edit-api")
def edit_sub_api(exchange: Exchange, account: Account | None, params: Params) -> Any:
    trade_enabled = None
    if params.get("trade_enabled") is not None:
        trade_enabled = p.boolean(params, "trade_enabled")
    key = exchange.subaccounts.edit_key(
        require(account),
        p.text(params, "sub_user_name"),
        p.integer(params, "api_id"),
        ip_whitelist=p.texts(params, "ip_whitelist"),
        trade_enabled=trade_enabled,
        remark=params.get("remark") if isinstance(params.get("remark"), str) else None,
    )
    return _key(key, exchange.now_ms(), with_secret=True)


@route("POST", "/v2/account/subs/delete-api")
def delete_sub_api(exchange: Exchange, account: Account | None, params: Params) -> Any:
    exchange.subaccounts.delete_key(require(account), p.integer(params, "api_id"))
    return {}


@route("GET", "/v2/account/subs/balance")
def sub_balance(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """The sub-account's spot or futures balances, in the main account's balance shapes."""
    sub = exchange.subaccounts.sub(require(account), p.text(params, "sub_user_name"))
    if p.one_of(params, "market_type", ("SPOT", "FUTURES")) == "SPOT":
        return exchange.balances.spot_balances(sub)
    return exchange.balances.futures_balances(sub)


@route("GET", "/v2/account/subs/spot-balance")
def sub_spot_balance(exchange: Exchange, account: Account | None, params: Params) -> Any:
    sub = exchange.subaccounts.sub(require(account), p.text(params, "sub_user_name"))
    ccy = p.opt_text(params, "ccy")
    return [item for item in exchange.balances.spot_balances(sub) if ccy in (None, item["ccy"])]


@route("POST", "/v2/account/subs/transfer")
def sub_transfer(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Between the main account and a sub-account (or two sub-accounts); ``data: {}``."""
    exchange.subaccounts.transfer(
        require(account),
        from_user_name=p.opt_text(params, "from_user_name"),
        to_user_name=p.opt_text(params, "to_user_name"),
        **transfer_move(params, (SPOT, "FUTURES")),
    )
    return {}


@route("GET", "/v2/account/subs/transfer-history")
def sub_transfer_history(exchange: Exchange, account: Account | None, params: Params) -> Any:
    """Transfers with the sub-accounts, newest first."""
    name, ccy = p.opt_text(params, "sub_user_name"), p.opt_text(params, "ccy")
    in_window = p.window(params)
    records = [
        fields(r, _SUB_TRANSFER)
        for r in reversed(exchange.subaccounts.main(require(account)).sub_transfers)
        if name in (None, r.from_user_name, r.to_user_name)
        and ccy in (None, r.ccy)
        and in_window(r.created_at)
    ]
    return paginate(records, params, with_total=True)
