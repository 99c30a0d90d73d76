"""Decoding into models: Decimal money, tolerant enums, kept unknown fields, strict mode."""

from __future__ import annotations

from decimal import Decimal

import cattrs
import pytest

from coinex_sdk._convert import structure
from coinex_sdk.models import (
    OrderSide,
    SpotTicker,
    SubAccountApiKeyDetail,
)

TICKER = {
    "market": "BTCUSDT",
    "last": "30746.28",
    "open": "30000",
    "close": "30746.28",
    "high": "31000",
    "low": "29900",
    "volume": "1.5",
    "volume_sell": "0.7",
    "volume_buy": "0.8",
    "value": "46000",
    "period": 86400,
}


def test_amounts_decode_as_exact_decimals() -> None:
    ticker = structure(TICKER, SpotTicker)
    assert ticker.last == Decimal("30746.28")
    assert isinstance(ticker.volume, Decimal)


def test_unknown_fields_are_kept_not_dropped_by_default() -> None:
    ticker = structure({**TICKER, "brand_new": "x"}, SpotTicker)
    assert ticker.unknown_fields == {"brand_new": "x"}
    assert "brand_new" not in repr(ticker)


def test_strict_mode_rejects_unknown_fields() -> None:
    with pytest.raises(Exception) as info:
        structure({**TICKER, "brand_new": "x"}, SpotTicker, strict=True)
    assert "brand_new" in repr(info.value.exceptions)  # type: ignore[attr-defined]


def test_floats_are_never_accepted_as_money() -> None:
    with pytest.raises(Exception):  # noqa: B017 - cattrs wraps the ValueError
        structure({**TICKER, "last": 1.5}, SpotTicker)


def test_enums_match_any_case_and_tolerate_new_values() -> None:
    assert OrderSide("BUY") is OrderSide.BUY
    new = OrderSide("borrow")
    assert new.value == "borrow" and not new.is_known
    assert OrderSide.SELL.is_known


def test_strict_mode_rejects_unknown_enum_values() -> None:
    from coinex_sdk.models import MaintenanceInfo

    data = {
        "started_at": 1,
        "ended_at": 2,
        "scope": ["SPOT", "MOON"],
        "announce_enabled": True,
        "announce_url": "",
        "protect_duration_start": 1,
        "protect_duration_end": 2,
    }
    assert structure(data, MaintenanceInfo).scope[1].value == "MOON"
    with pytest.raises(Exception):  # noqa: B017
        structure(data, MaintenanceInfo, strict=True)


def test_empty_strings_in_nullable_decimal_fields_decode_as_none() -> None:
    from coinex_sdk._convert import _optional_decimal

    assert _optional_decimal("", None) is None
    assert _optional_decimal("1.5", None) == Decimal("1.5")


def test_ids_sent_as_strings_decode_as_ints() -> None:
    from coinex_sdk._convert import _int

    assert _int("13400", None) == 13400


def test_a_secret_in_a_response_model_stays_out_of_its_repr() -> None:
    secret_attr = next(a for a in SubAccountApiKeyDetail.__attrs_attrs__ if a.name == "secret_key")
    assert secret_attr.repr is False


def test_order_book_levels_read_as_decimal_pairs_and_keep_the_original_strings() -> None:
    from coinex_sdk import Levels
    from coinex_sdk.models import SpotDepth

    data = {
        "market": "BTCUSDT",
        "is_full": True,
        "depth": {
            "asks": [["30740.00", "0.31763545"]],
            "bids": [["30736.00", "0.04857373"], ["1", "2"]],
            "last": "30746.28",
            "updated_at": 1,
            "checksum": 1,
        },
    }
    depth = structure(data, SpotDepth, strict=True)
    assert isinstance(depth.depth.bids, Levels)
    assert depth.depth.asks[0] == (Decimal("30740.00"), Decimal("0.31763545"))
    assert str(depth.depth.asks[0][0]) == "30740.00"
    assert list(depth.depth.bids[1:]) == [(Decimal(1), Decimal(2))]
    assert depth.depth.bids.raw[0] == ["30736.00", "0.04857373"]
    assert len(depth.depth.bids) == 2


def test_decoding_checks_every_level_in_both_modes() -> None:
    from coinex_sdk.models import SpotDepth

    bad = {
        "market": "BTCUSDT",
        "is_full": True,
        "depth": {
            "asks": [["1", "2", "3"]],
            "bids": [],
            "last": "1",
            "updated_at": 1,
            "checksum": 1,
        },
    }
    # Levels are converted when read; checked when decoded, so reading one never fails later.
    for strict in (False, True):
        with pytest.raises(cattrs.BaseValidationError):
            structure(bad, SpotDepth, strict=strict)


def test_stop_events_decode_as_documented_strings_and_as_numbers() -> None:
    from coinex_sdk.models import StopPush

    stop = {
        "stop_id": 1,
        "market": "BTCUSDT",
        "side": "buy",
        "type": "limit",
        "amount": "1",
        "trigger_price": "2",
        "created_at": 1,
        "updated_at": 1,
    }
    assert structure({"event": "put", "stop": stop}, StopPush, strict=True).event == "put"
    assert structure({"event": 1, "stop": stop}, StopPush, strict=True).event == 1
    with pytest.raises(Exception):  # noqa: B017
        structure({"event": True, "stop": stop}, StopPush, strict=True)


def test_an_empty_string_in_a_nullable_decimal_field_of_a_real_model_decodes_as_none() -> None:
    from coinex_sdk.models import PositionPush

    position = {
        "position_id": 1,
        "market": "BTCUSDT",
        "side": "long",
        "margin_mode": "cross",
        "open_interest": "1",
        "leverage": 3,
        "created_at": 1,
        "updated_at": 1,
        "take_profit_price": "",
        "stop_loss_price": "61000.5",
    }
    push = structure({"event": "update", "position": position}, PositionPush, strict=True)
    assert push.position.take_profit_price is None
    assert push.position.stop_loss_price == Decimal("61000.5")


def test_an_empty_string_in_an_enum_field_decodes_as_none() -> None:
    from coinex_sdk.models import FuturesStopOrder, TriggerDirection

    stop = {
        "stop_id": 1,
        "market": "BTCUSDT",
        "market_type": "FUTURES",
        "side": "buy",
        "type": "limit",
        "amount": "1",
        "price": "1",
        "trigger_price": "2",
        "trigger_price_type": "mark_price",
        "client_id": "",
        "created_at": 1,
        "updated_at": 1,
    }
    for strict in (False, True):
        assert (
            structure({**stop, "trigger_direction": ""}, FuturesStopOrder, strict).trigger_direction
            is None
        )
        decoded = structure({**stop, "trigger_direction": "lower"}, FuturesStopOrder, strict)
        assert decoded.trigger_direction is TriggerDirection.LOWER
