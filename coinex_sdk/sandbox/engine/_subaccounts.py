"""Sub-accounts: created, frozen and funded by a main account, signing with keys of their own.

CoinEx (docs account/subs): a main account creates up to 20 sub-accounts (``sub_user_name``:
3-26 letters, digits and ``-``, unique), each with permissions among FUTURES, MARGIN, AMM and
API, and up to 50 API keys per sub-account (the API permission is needed). A key without an IP
whitelist expires after three months. Sub-accounts are separate users: their own balances,
orders and positions. Only the main account manages them and moves money between itself and
them (``POST /v2/account/subs/transfer``: SPOT or FUTURES; between two sub-accounts only SPOT to
SPOT).

A key's use is checked after its signature (``check_key``): a frozen sub-account's keys answer
4011, an expired key 4005, an address outside the whitelist 4007, trading with a key that may not
trade 4115, and an endpoint outside the sub-account's permissions 4512. Generated secrets are
held in ``Credentials`` and appear only in the create, edit and detail answers CoinEx gives.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..._credentials import Credentials
from ._accounts import Account, AccountSpec, ApiKey, SubTransferRecord, Transfer
from ._errors import (
    AUTH_ACCESS_ID,
    INSUFFICIENT_PERMISSIONS,
    IP_PROHIBITED,
    PARAMETER_ERROR,
    TRADING_PROHIBITED,
    USER_PROHIBITED,
    SandboxApiError,
)
from ._ledger import FUTURES, SPOT, Wallet
from ._state import ExchangeState, operation

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["MAX_KEYS", "MAX_SUBS", "PERMISSIONS", "SubAccountEngine", "check_key"]

PERMISSIONS = ("FUTURES", "MARGIN", "AMM", "API")
MAX_SUBS = 20
MAX_KEYS = 50
KEY_LIFETIME_MS = 90 * 24 * 3_600_000
"""Three months: how long a key without an IP whitelist stays valid."""


def _permission(method: str, path: str) -> str | None:
    """The sub-account permission an endpoint needs, if any."""
    if method != "POST":
        return None
    if path.startswith("/v2/futures/"):
        return "FUTURES"
    if path.startswith("/v2/assets/margin/"):
        return "MARGIN"
    if path.startswith("/v2/assets/amm/"):
        return "AMM"
    return None


def _is_trading(method: str, path: str) -> bool:
    return method == "POST" and path.startswith(("/v2/spot/", "/v2/futures/"))


def check_key(
    key: ApiKey, *, now_ms: int, client: str | None, method: str = "GET", path: str = ""
) -> Account:
    """The account ``key`` signs as, unless CoinEx would refuse this use of it."""
    account = key.account
    if account.is_frozen:
        raise SandboxApiError(USER_PROHIBITED, "the sub-account is frozen")
    if key.is_expired(now_ms):
        raise SandboxApiError(AUTH_ACCESS_ID, "the API key has expired")
    if key.ip_whitelist and client not in key.ip_whitelist:
        raise SandboxApiError(IP_PROHIBITED)
    if _is_trading(method, path) and not key.trade_enabled:
        raise SandboxApiError(TRADING_PROHIBITED)
    needed = _permission(method, path)
    if account.is_sub and needed is not None and needed not in account.permissions:
        raise SandboxApiError(INSUFFICIENT_PERMISSIONS)
    return account


def _new_credentials() -> Credentials:
    """A fresh key pair shaped like CoinEx's (32 and 64 upper-case hex characters)."""
    return Credentials(secrets.token_hex(16).upper(), secrets.token_hex(32).upper())


class SubAccountEngine:
    def __init__(self, state: ExchangeState) -> None:
        self.state = state

    # -- lookups --------------------------------------------------------------------------------

    @staticmethod
    def main(account: Account) -> Account:
        """``account`` if it may manage sub-accounts (4011 for a sub-account)."""
        if account.is_sub:
            raise SandboxApiError(USER_PROHIBITED, "only the main account manages sub-accounts")
        return account

    def subs(self, main: Account) -> list[Account]:
        """The sub-accounts of ``main``, oldest first."""
        return [a for a in self.state.accounts.values() if a.parent_user_id == main.user_id]

    def sub(self, main: Account, name: str) -> Account:
        for sub in self.subs(self.main(main)):
            if sub.name == name:
                return sub
        raise SandboxApiError(PARAMETER_ERROR, "invalid argument: sub_user_name")

    def key(self, main: Account, api_id: int) -> ApiKey:
        for sub in self.subs(self.main(main)):
            for key in sub.api_keys:
                if key.api_id == api_id:
                    return key
        raise SandboxApiError(PARAMETER_ERROR, "invalid argument: api_id")

    # -- sub-accounts ---------------------------------------------------------------------------

    @operation
    def create(
        self,
        main: Account,
        name: str,
        *,
        permissions: Sequence[str] | None = None,
        remark: str = "",
    ) -> Account:
        self.main(main)
        if len(self.subs(main)) >= MAX_SUBS:
            raise SandboxApiError(PARAMETER_ERROR, f"at most {MAX_SUBS} sub-accounts")
        if any(account.name == name for account in self.state.accounts.values()):
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: sub_user_name already exists")
        chosen = tuple(permissions) if permissions else PERMISSIONS
        if not set(chosen) <= set(PERMISSIONS):
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: permissions")
        spec = AccountSpec(name=name, parent=main.name, permissions=chosen, remark=remark)
        return self.state.add_account(spec)

    @operation
    def set_frozen(self, main: Account, name: str, frozen: bool) -> Account:
        sub = self.sub(main, name)
        sub.is_frozen = frozen
        return sub

    # -- API keys -------------------------------------------------------------------------------

    @operation
    def create_key(
        self,
        main: Account,
        name: str,
        *,
        ip_whitelist: Sequence[str],
        trade_enabled: bool,
        remark: str = "",
    ) -> ApiKey:
        sub = self.sub(main, name)
        if "API" not in sub.permissions:
            raise SandboxApiError(INSUFFICIENT_PERMISSIONS)
        if len(sub.api_keys) >= MAX_KEYS:
            raise SandboxApiError(PARAMETER_ERROR, f"at most {MAX_KEYS} API keys per sub-account")
        whitelist = list(ip_whitelist)
        expires_at = 0 if whitelist else self.state.now_ms() + KEY_LIFETIME_MS
        return self.state.add_api_key(
            sub,
            _new_credentials(),
            ip_whitelist=whitelist,
            trade_enabled=trade_enabled,
            remark=remark,
            expires_at=expires_at,
        )

    @operation
    def edit_key(
        self,
        main: Account,
        name: str,
        api_id: int,
        *,
        ip_whitelist: Sequence[str] | None = None,
        trade_enabled: bool | None = None,
        remark: str | None = None,
    ) -> ApiKey:
        """Change what is given; a whitelist set makes the key permanent, as on CoinEx."""
        key = self.key(main, api_id)
        if key.account is not self.sub(main, name):
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: api_id")
        if ip_whitelist is not None:
            key.ip_whitelist = list(ip_whitelist)
            if key.ip_whitelist:
                key.expires_at = 0
        if trade_enabled is not None:
            key.trade_enabled = trade_enabled
        if remark is not None:
            key.remark = remark
        return key

    @operation
    def delete_key(self, main: Account, api_id: int) -> None:
        self.state.remove_api_key(self.key(main, api_id))

    # -- money ----------------------------------------------------------------------------------

    @operation
    def transfer(
        self,
        main: Account,
        *,
        from_user_name: str | None,
        to_user_name: str | None,
        **move: Unpack[Transfer],
    ) -> SubTransferRecord:
        from_account_type, to_account_type = move["from_account_type"], move["to_account_type"]
        ccy, amount = move["ccy"], move["amount"]
        self.main(main)
        if from_user_name is None and to_user_name is None:
            raise SandboxApiError(
                PARAMETER_ERROR, "invalid argument: from_user_name or to_user_name"
            )
        if from_user_name == to_user_name:
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: to_user_name")
        source = self.sub(main, from_user_name) if from_user_name else main
        target = self.sub(main, to_user_name) if to_user_name else main
        if source.is_sub and target.is_sub and (from_account_type, to_account_type) != (SPOT, SPOT):
            raise SandboxApiError(PARAMETER_ERROR, "between sub-accounts only SPOT to SPOT")
        if amount <= 0:
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: amount")
        for side, account_type in ((source, from_account_type), (target, to_account_type)):
            if side.is_sub and account_type == FUTURES and "FUTURES" not in side.permissions:
                raise SandboxApiError(INSUFFICIENT_PERMISSIONS)
        source_wallet = self._wallet(from_account_type, ccy)
        target_wallet = self._wallet(to_account_type, ccy)
        source.ledger.debit(source_wallet, ccy, amount)
        target.ledger.credit(target_wallet, ccy, amount)
        record = SubTransferRecord(
            id=self.state.next_id("transfer"),
            created_at=self.state.now_ms(),
            from_user_name=from_user_name,
            to_user_name=to_user_name,
            **move,
        )
        main.sub_transfers.append(record)
        return record

    def _wallet(self, account_type: str, ccy: str) -> Wallet:
        currencies = {
            c for m in self.state.spot.markets.values() for c in (m.base_ccy, m.quote_ccy)
        }
        settle = {m.settle_ccy for m in self.state.futures.markets.values()}
        if ccy not in currencies | settle:
            raise SandboxApiError(PARAMETER_ERROR, "invalid argument: ccy")
        if account_type == SPOT:
            return SPOT
        if account_type == FUTURES and ccy in settle:
            return FUTURES
        raise SandboxApiError(PARAMETER_ERROR, "invalid argument: account type")
