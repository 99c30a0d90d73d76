# generated from spec/ by `python -m generator`; do not edit.
"""CoinEx rate-limit groups in requests per second, from spec/rate_limits.yaml."""

from __future__ import annotations

__all__ = ["RATE_LIMITS", "RATE_LIMIT_TITLES"]

RATE_LIMITS: dict[str, float] = {
    "ip": 400,
    "spot_order": 30,
    "spot_cancel": 60,
    "spot_batch_cancel": 40,
    "spot_query": 50,
    "spot_history": 10,
    "account_modify": 10,
    "account_query": 10,
    "account_history": 10,
    "futures_order": 20,
    "futures_cancel": 40,
    "futures_batch_cancel": 20,
    "futures_query": 50,
    "futures_history": 10,
    "futures_account_query": 10,
}

RATE_LIMIT_TITLES: dict[str, str] = {
    "ip": "IP limit, all endpoints",
    "spot_order": "Spot place & edit order",
    "spot_cancel": "Spot cancel order",
    "spot_batch_cancel": "Spot batch cancel (cancel-all, by client id)",
    "spot_query": "Spot order query",
    "spot_history": "Spot order history",
    "account_modify": "Account modify",
    "account_query": "Account query",
    "account_history": "Account history",
    "futures_order": "Futures place & edit order, adjust position",
    "futures_cancel": "Futures cancel order",
    "futures_batch_cancel": "Futures batch cancel",
    "futures_query": "Futures order query",
    "futures_history": "Futures order history",
    "futures_account_query": "Futures account query",
}
