# generated from spec/ by `python -m generator`; do not edit.
"""Every response model and enum, importable from here; each module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .common import (
        MaintenanceInfo as MaintenanceInfo,
    )
    from .common import (
        Pong as Pong,
    )
    from .common import (
        ServerTime as ServerTime,
    )
    from .enums import (
        AccountType as AccountType,
    )
    from .enums import (
        AmmType as AmmType,
    )
    from .enums import (
        ContractType as ContractType,
    )
    from .enums import (
        DepositStatus as DepositStatus,
    )
    from .enums import (
        KlinePeriod as KlinePeriod,
    )
    from .enums import (
        LoanStatus as LoanStatus,
    )
    from .enums import (
        MaintenanceScope as MaintenanceScope,
    )
    from .enums import (
        MarginMode as MarginMode,
    )
    from .enums import (
        MarketStatus as MarketStatus,
    )
    from .enums import (
        MarketType as MarketType,
    )
    from .enums import (
        OrderEvent as OrderEvent,
    )
    from .enums import (
        OrderSide as OrderSide,
    )
    from .enums import (
        OrderStatus as OrderStatus,
    )
    from .enums import (
        OrderType as OrderType,
    )
    from .enums import (
        PositionEvent as PositionEvent,
    )
    from .enums import (
        PositionFinishedType as PositionFinishedType,
    )
    from .enums import (
        PositionSide as PositionSide,
    )
    from .enums import (
        PriceType as PriceType,
    )
    from .enums import (
        StopOrderEvent as StopOrderEvent,
    )
    from .enums import (
        StopOrderStatus as StopOrderStatus,
    )
    from .enums import (
        StpMode as StpMode,
    )
    from .enums import (
        SubAccountPermission as SubAccountPermission,
    )
    from .enums import (
        TradeRole as TradeRole,
    )
    from .enums import (
        TranscationType as TranscationType,
    )
    from .enums import (
        TransferStatus as TransferStatus,
    )
    from .enums import (
        TriggerDirection as TriggerDirection,
    )
    from .enums import (
        WithdrawMethod as WithdrawMethod,
    )
    from .enums import (
        WithdrawStatus as WithdrawStatus,
    )

_MODULE_OF = {
    "MaintenanceInfo": "common",
    "Pong": "common",
    "ServerTime": "common",
    "AccountType": "enums",
    "AmmType": "enums",
    "ContractType": "enums",
    "DepositStatus": "enums",
    "KlinePeriod": "enums",
    "LoanStatus": "enums",
    "MaintenanceScope": "enums",
    "MarginMode": "enums",
    "MarketStatus": "enums",
    "MarketType": "enums",
    "OrderEvent": "enums",
    "OrderSide": "enums",
    "OrderStatus": "enums",
    "OrderType": "enums",
    "PositionEvent": "enums",
    "PositionFinishedType": "enums",
    "PositionSide": "enums",
    "PriceType": "enums",
    "StopOrderEvent": "enums",
    "StopOrderStatus": "enums",
    "StpMode": "enums",
    "SubAccountPermission": "enums",
    "TradeRole": "enums",
    "TranscationType": "enums",
    "TransferStatus": "enums",
    "TriggerDirection": "enums",
    "WithdrawMethod": "enums",
    "WithdrawStatus": "enums",
}

__all__ = [
    "AccountType",
    "AmmType",
    "ContractType",
    "DepositStatus",
    "KlinePeriod",
    "LoanStatus",
    "MaintenanceInfo",
    "MaintenanceScope",
    "MarginMode",
    "MarketStatus",
    "MarketType",
    "OrderEvent",
    "OrderSide",
    "OrderStatus",
    "OrderType",
    "Pong",
    "PositionEvent",
    "PositionFinishedType",
    "PositionSide",
    "PriceType",
    "ServerTime",
    "StopOrderEvent",
    "StopOrderStatus",
    "StpMode",
    "SubAccountPermission",
    "TradeRole",
    "TranscationType",
    "TransferStatus",
    "TriggerDirection",
    "WithdrawMethod",
    "WithdrawStatus",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
