"""Typed dicts for the object parameters of batch calls, for annotating what you build:

>>> from coinex_sdk.types import SpotOrderRequest
>>> orders: list[SpotOrderRequest] = [
...     {"market": "BTCUSDT", "market_type": "SPOT", "side": "buy", "type": "limit",
...      "amount": "0.001", "price": "30000"},
... ]
>>> # cx.spot.place_orders(orders=orders)

They are generated from ``spec/`` (``coinex_sdk._generated.params``); response models live in
:mod:`coinex_sdk.models`, the generic containers (``Page``, ``BatchItem``, ``Levels``) at the
top level.
"""

from __future__ import annotations

from ._generated.params import *  # noqa: F403
from ._generated.params import __all__ as __all__
