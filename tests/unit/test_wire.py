"""Argument values on the wire: one encoding, exactly once."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

from coinex_sdk import ValidationError
from coinex_sdk._wire import decode_json, encode_body, encode_query


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("1E-8"), "0.00000001"),
        (Decimal("1.23E+5"), "123000"),
        (Decimal("0.0010"), "0.0010"),
        (Decimal("-0"), "0"),
        (0.1, "0.1"),
        (1e-8, "0.00000001"),
        (1e22, "10000000000000000000000"),
        (True, "true"),
        (False, "false"),
        (2**63 - 1, str(2**63 - 1)),
        (-(2**63), str(-(2**63))),
        (["BTCUSDT", "ETHUSDT"], "BTCUSDT,ETHUSDT"),
    ],
)
def test_query_values_are_encoded_as_coinex_expects(value: object, text: str) -> None:
    assert encode_query({"v": value}) == f"v={text}"


def test_none_params_are_omitted_everywhere() -> None:
    assert encode_query({"a": None, "b": 1}) == "b=1"
    assert encode_body({"a": None, "b": 1}) == b'{"b":1}'


def test_query_is_percent_encoded_once() -> None:
    assert encode_query({"q": "a b&c+d#e%f=g?h/i"}) == "q=a%20b%26c%2Bd%23e%25f%3Dg%3Fh%2Fi"
    assert encode_query({"q": "%20"}) == "q=%2520"
    assert encode_query({"q": "é"}) == "q=%C3%A9"


def test_body_is_compact_ascii_json_with_decimals_as_strings() -> None:
    body = encode_body({"amount": Decimal("0.001"), "price": 10000, "is_hide": False, "x": "é"})
    assert body == b'{"amount":"0.001","price":10000,"is_hide":false,"x":"\\u00e9"}'


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, Decimal("NaN"), Decimal("Inf")])
def test_non_finite_numbers_are_rejected_before_sending(bad: object) -> None:
    with pytest.raises(ValidationError):
        encode_query({"price": bad})
    with pytest.raises(ValidationError):
        encode_body({"price": bad})


def test_unsendable_types_are_rejected() -> None:
    with pytest.raises(ValidationError):
        encode_query({"x": object()})
    with pytest.raises(ValidationError):
        encode_query({"x": {"nested": 1}})


def test_numbers_with_a_fraction_decode_as_decimal_never_float() -> None:
    data = decode_json(b'{"a": 0.1, "b": 12345678901234567890, "c": 1e-8, "d": "1.5"}')
    assert data == {
        "a": Decimal("0.1"),
        "b": 12345678901234567890,
        "c": Decimal("1e-8"),
        "d": "1.5",
    }
    assert isinstance(data["a"], Decimal)
