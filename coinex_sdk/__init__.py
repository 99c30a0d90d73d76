"""coinex-sdk: the typed Python SDK for the CoinEx exchange API v2."""

from __future__ import annotations
