# generated from spec/ by `python -m generator`; do not edit.
"""Every response model and enum, importable from here; each module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import (
        AccountFuturesMarketSettings as AccountFuturesMarketSettings,
    )
    from .account import (
        AccountInfo as AccountInfo,
    )
    from .account import (
        AccountTradeFeeRate as AccountTradeFeeRate,
    )
    from .account import (
        SubAccount as SubAccount,
    )
    from .account import (
        SubAccountApiKey as SubAccountApiKey,
    )
    from .account import (
        SubAccountApiKeyDetail as SubAccountApiKeyDetail,
    )
    from .account import (
        SubAccountBalance as SubAccountBalance,
    )
    from .account import (
        SubAccountInfo as SubAccountInfo,
    )
    from .account import (
        SubAccountSpotBalance as SubAccountSpotBalance,
    )
    from .account import (
        SubAccountTransfer as SubAccountTransfer,
    )
    from .account import (
        SubAccountUserType as SubAccountUserType,
    )
    from .assets import (
        AmmIncomeRecord as AmmIncomeRecord,
    )
    from .assets import (
        AmmLiquidity as AmmLiquidity,
    )
    from .assets import (
        AmmLiquidityPool as AmmLiquidityPool,
    )
    from .assets import (
        AssetChainInfo as AssetChainInfo,
    )
    from .assets import (
        AssetInfo as AssetInfo,
    )
    from .assets import (
        BorrowLimit as BorrowLimit,
    )
    from .assets import (
        CreditInfo as CreditInfo,
    )
    from .assets import (
        DepositAddress as DepositAddress,
    )
    from .assets import (
        DepositRecord as DepositRecord,
    )
    from .assets import (
        DepositWithdrawAsset as DepositWithdrawAsset,
    )
    from .assets import (
        DepositWithdrawChain as DepositWithdrawChain,
    )
    from .assets import (
        DepositWithdrawConfig as DepositWithdrawConfig,
    )
    from .assets import (
        FinancialBalance as FinancialBalance,
    )
    from .assets import (
        FuturesBalance as FuturesBalance,
    )
    from .assets import (
        MarginBalance as MarginBalance,
    )
    from .assets import (
        MarginBalancePair as MarginBalancePair,
    )
    from .assets import (
        MarginLoan as MarginLoan,
    )
    from .assets import (
        SpotBalance as SpotBalance,
    )
    from .assets import (
        TransactionRecord as TransactionRecord,
    )
    from .assets import (
        TransferRecord as TransferRecord,
    )
    from .assets import (
        UserStatement as UserStatement,
    )
    from .assets import (
        WithdrawRecord as WithdrawRecord,
    )
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
    from .futures import (
        FuturesBasis as FuturesBasis,
    )
    from .futures import (
        FuturesDeal as FuturesDeal,
    )
    from .futures import (
        FuturesDepth as FuturesDepth,
    )
    from .futures import (
        FuturesDepthBook as FuturesDepthBook,
    )
    from .futures import (
        FuturesFundingRate as FuturesFundingRate,
    )
    from .futures import (
        FuturesFundingRateHistory as FuturesFundingRateHistory,
    )
    from .futures import (
        FuturesIndex as FuturesIndex,
    )
    from .futures import (
        FuturesIndexSource as FuturesIndexSource,
    )
    from .futures import (
        FuturesKline as FuturesKline,
    )
    from .futures import (
        FuturesLiquidation as FuturesLiquidation,
    )
    from .futures import (
        FuturesMarket as FuturesMarket,
    )
    from .futures import (
        FuturesOrder as FuturesOrder,
    )
    from .futures import (
        FuturesPosition as FuturesPosition,
    )
    from .futures import (
        FuturesPositionAdl as FuturesPositionAdl,
    )
    from .futures import (
        FuturesPositionFunding as FuturesPositionFunding,
    )
    from .futures import (
        FuturesPositionLevel as FuturesPositionLevel,
    )
    from .futures import (
        FuturesPositionLevels as FuturesPositionLevels,
    )
    from .futures import (
        FuturesPositionLeverage as FuturesPositionLeverage,
    )
    from .futures import (
        FuturesPositionMarginChange as FuturesPositionMarginChange,
    )
    from .futures import (
        FuturesPositionSettlement as FuturesPositionSettlement,
    )
    from .futures import (
        FuturesPositionTpSlOrder as FuturesPositionTpSlOrder,
    )
    from .futures import (
        FuturesPremiumIndex as FuturesPremiumIndex,
    )
    from .futures import (
        FuturesStopOrder as FuturesStopOrder,
    )
    from .futures import (
        FuturesStopOrderId as FuturesStopOrderId,
    )
    from .futures import (
        FuturesTicker as FuturesTicker,
    )
    from .futures import (
        FuturesUserDeal as FuturesUserDeal,
    )
    from .refer import (
        AgentReferee as AgentReferee,
    )
    from .refer import (
        Referee as Referee,
    )
    from .refer import (
        ReferRebateDetail as ReferRebateDetail,
    )
    from .refer import (
        ReferRebateRecord as ReferRebateRecord,
    )
    from .spot import (
        SpotDeal as SpotDeal,
    )
    from .spot import (
        SpotDepth as SpotDepth,
    )
    from .spot import (
        SpotDepthBook as SpotDepthBook,
    )
    from .spot import (
        SpotIndex as SpotIndex,
    )
    from .spot import (
        SpotIndexSource as SpotIndexSource,
    )
    from .spot import (
        SpotKline as SpotKline,
    )
    from .spot import (
        SpotMarket as SpotMarket,
    )
    from .spot import (
        SpotOrder as SpotOrder,
    )
    from .spot import (
        SpotStopOrder as SpotStopOrder,
    )
    from .spot import (
        SpotStopOrderId as SpotStopOrderId,
    )
    from .spot import (
        SpotTicker as SpotTicker,
    )
    from .spot import (
        SpotUserDeal as SpotUserDeal,
    )
    from .ws import (
        BboPush as BboPush,
    )
    from .ws import (
        DealsPush as DealsPush,
    )
    from .ws import (
        FuturesBalanceItem as FuturesBalanceItem,
    )
    from .ws import (
        FuturesBalancePush as FuturesBalancePush,
    )
    from .ws import (
        FuturesOrderPush as FuturesOrderPush,
    )
    from .ws import (
        FuturesState as FuturesState,
    )
    from .ws import (
        FuturesStatePush as FuturesStatePush,
    )
    from .ws import (
        IndexPush as IndexPush,
    )
    from .ws import (
        NoticeInfo as NoticeInfo,
    )
    from .ws import (
        NoticePush as NoticePush,
    )
    from .ws import (
        PositionPush as PositionPush,
    )
    from .ws import (
        PremiumPush as PremiumPush,
    )
    from .ws import (
        SpotBalanceItem as SpotBalanceItem,
    )
    from .ws import (
        SpotBalancePush as SpotBalancePush,
    )
    from .ws import (
        SpotOrderPush as SpotOrderPush,
    )
    from .ws import (
        SpotStatePush as SpotStatePush,
    )
    from .ws import (
        StopPush as StopPush,
    )
    from .ws import (
        UserDealPush as UserDealPush,
    )
    from .ws import (
        WsDeal as WsDeal,
    )
    from .ws import (
        WsFuturesOrder as WsFuturesOrder,
    )
    from .ws import (
        WsPosition as WsPosition,
    )
    from .ws import (
        WsSpotOrder as WsSpotOrder,
    )
    from .ws import (
        WsStopOrder as WsStopOrder,
    )

_MODULE_OF = {
    "AccountFuturesMarketSettings": "account",
    "AccountInfo": "account",
    "AccountTradeFeeRate": "account",
    "SubAccount": "account",
    "SubAccountApiKey": "account",
    "SubAccountApiKeyDetail": "account",
    "SubAccountBalance": "account",
    "SubAccountInfo": "account",
    "SubAccountSpotBalance": "account",
    "SubAccountTransfer": "account",
    "SubAccountUserType": "account",
    "AmmIncomeRecord": "assets",
    "AmmLiquidity": "assets",
    "AmmLiquidityPool": "assets",
    "AssetChainInfo": "assets",
    "AssetInfo": "assets",
    "BorrowLimit": "assets",
    "CreditInfo": "assets",
    "DepositAddress": "assets",
    "DepositRecord": "assets",
    "DepositWithdrawAsset": "assets",
    "DepositWithdrawChain": "assets",
    "DepositWithdrawConfig": "assets",
    "FinancialBalance": "assets",
    "FuturesBalance": "assets",
    "MarginBalance": "assets",
    "MarginBalancePair": "assets",
    "MarginLoan": "assets",
    "SpotBalance": "assets",
    "TransactionRecord": "assets",
    "TransferRecord": "assets",
    "UserStatement": "assets",
    "WithdrawRecord": "assets",
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
    "FuturesBasis": "futures",
    "FuturesDeal": "futures",
    "FuturesDepth": "futures",
    "FuturesDepthBook": "futures",
    "FuturesFundingRate": "futures",
    "FuturesFundingRateHistory": "futures",
    "FuturesIndex": "futures",
    "FuturesIndexSource": "futures",
    "FuturesKline": "futures",
    "FuturesLiquidation": "futures",
    "FuturesMarket": "futures",
    "FuturesOrder": "futures",
    "FuturesPosition": "futures",
    "FuturesPositionAdl": "futures",
    "FuturesPositionFunding": "futures",
    "FuturesPositionLevel": "futures",
    "FuturesPositionLevels": "futures",
    "FuturesPositionLeverage": "futures",
    "FuturesPositionMarginChange": "futures",
    "FuturesPositionSettlement": "futures",
    "FuturesPositionTpSlOrder": "futures",
    "FuturesPremiumIndex": "futures",
    "FuturesStopOrder": "futures",
    "FuturesStopOrderId": "futures",
    "FuturesTicker": "futures",
    "FuturesUserDeal": "futures",
    "AgentReferee": "refer",
    "ReferRebateDetail": "refer",
    "ReferRebateRecord": "refer",
    "Referee": "refer",
    "SpotDeal": "spot",
    "SpotDepth": "spot",
    "SpotDepthBook": "spot",
    "SpotIndex": "spot",
    "SpotIndexSource": "spot",
    "SpotKline": "spot",
    "SpotMarket": "spot",
    "SpotOrder": "spot",
    "SpotStopOrder": "spot",
    "SpotStopOrderId": "spot",
    "SpotTicker": "spot",
    "SpotUserDeal": "spot",
    "BboPush": "ws",
    "DealsPush": "ws",
    "FuturesBalanceItem": "ws",
    "FuturesBalancePush": "ws",
    "FuturesOrderPush": "ws",
    "FuturesState": "ws",
    "FuturesStatePush": "ws",
    "IndexPush": "ws",
    "NoticeInfo": "ws",
    "NoticePush": "ws",
    "PositionPush": "ws",
    "PremiumPush": "ws",
    "SpotBalanceItem": "ws",
    "SpotBalancePush": "ws",
    "SpotOrderPush": "ws",
    "SpotStatePush": "ws",
    "StopPush": "ws",
    "UserDealPush": "ws",
    "WsDeal": "ws",
    "WsFuturesOrder": "ws",
    "WsPosition": "ws",
    "WsSpotOrder": "ws",
    "WsStopOrder": "ws",
}

__all__ = [
    "AccountFuturesMarketSettings",
    "AccountInfo",
    "AccountTradeFeeRate",
    "AccountType",
    "AgentReferee",
    "AmmIncomeRecord",
    "AmmLiquidity",
    "AmmLiquidityPool",
    "AmmType",
    "AssetChainInfo",
    "AssetInfo",
    "BboPush",
    "BorrowLimit",
    "ContractType",
    "CreditInfo",
    "DealsPush",
    "DepositAddress",
    "DepositRecord",
    "DepositStatus",
    "DepositWithdrawAsset",
    "DepositWithdrawChain",
    "DepositWithdrawConfig",
    "FinancialBalance",
    "FuturesBalance",
    "FuturesBalanceItem",
    "FuturesBalancePush",
    "FuturesBasis",
    "FuturesDeal",
    "FuturesDepth",
    "FuturesDepthBook",
    "FuturesFundingRate",
    "FuturesFundingRateHistory",
    "FuturesIndex",
    "FuturesIndexSource",
    "FuturesKline",
    "FuturesLiquidation",
    "FuturesMarket",
    "FuturesOrder",
    "FuturesOrderPush",
    "FuturesPosition",
    "FuturesPositionAdl",
    "FuturesPositionFunding",
    "FuturesPositionLevel",
    "FuturesPositionLevels",
    "FuturesPositionLeverage",
    "FuturesPositionMarginChange",
    "FuturesPositionSettlement",
    "FuturesPositionTpSlOrder",
    "FuturesPremiumIndex",
    "FuturesState",
    "FuturesStatePush",
    "FuturesStopOrder",
    "FuturesStopOrderId",
    "FuturesTicker",
    "FuturesUserDeal",
    "IndexPush",
    "KlinePeriod",
    "LoanStatus",
    "MaintenanceInfo",
    "MaintenanceScope",
    "MarginBalance",
    "MarginBalancePair",
    "MarginLoan",
    "MarginMode",
    "MarketStatus",
    "MarketType",
    "NoticeInfo",
    "NoticePush",
    "OrderEvent",
    "OrderSide",
    "OrderStatus",
    "OrderType",
    "Pong",
    "PositionEvent",
    "PositionFinishedType",
    "PositionPush",
    "PositionSide",
    "PremiumPush",
    "PriceType",
    "ReferRebateDetail",
    "ReferRebateRecord",
    "Referee",
    "ServerTime",
    "SpotBalance",
    "SpotBalanceItem",
    "SpotBalancePush",
    "SpotDeal",
    "SpotDepth",
    "SpotDepthBook",
    "SpotIndex",
    "SpotIndexSource",
    "SpotKline",
    "SpotMarket",
    "SpotOrder",
    "SpotOrderPush",
    "SpotStatePush",
    "SpotStopOrder",
    "SpotStopOrderId",
    "SpotTicker",
    "SpotUserDeal",
    "StopOrderEvent",
    "StopOrderStatus",
    "StopPush",
    "StpMode",
    "SubAccount",
    "SubAccountApiKey",
    "SubAccountApiKeyDetail",
    "SubAccountBalance",
    "SubAccountInfo",
    "SubAccountPermission",
    "SubAccountSpotBalance",
    "SubAccountTransfer",
    "SubAccountUserType",
    "TradeRole",
    "TransactionRecord",
    "TranscationType",
    "TransferRecord",
    "TransferStatus",
    "TriggerDirection",
    "UserDealPush",
    "UserStatement",
    "WithdrawMethod",
    "WithdrawRecord",
    "WithdrawStatus",
    "WsDeal",
    "WsFuturesOrder",
    "WsPosition",
    "WsSpotOrder",
    "WsStopOrder",
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
