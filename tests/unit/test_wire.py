"""Argument values on the wire: one encoding, exactly once."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

from coinex_sdk import ValidationError
from coinex_sdk._wire import (
    MAX_BODY_BYTES,
    MAX_DEPTH,
    InvalidJSONError,
    decode_json,
    encode_body,
    encode_query,
)


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


@pytest.mark.parametrize(
    "raw",
    [
        b'{"last": NaN}',
        b'{"last": Infinity}',
        b'{"last": -Infinity}',
        b'{"last": nan}',
        b'{"last": 1e1000}',
        b'{"last": 1e-1000}',
        b'{"last": 1' + b"0" * 5000 + b"}",
        b"[" * 10_000 + b"]" * 10_000,
        b"[" * 10_000,
        b'{"a":' * 33 + b"1" + b"}" * 33,
        b'"\xff"',
        b'["\\ud800"]',
        b"",
        b"[1] x",
    ],
    ids=lambda raw: repr(raw[:24]),
)
def test_bad_json_is_an_invalid_json_error_never_a_float(raw: bytes) -> None:
    with pytest.raises(InvalidJSONError):
        decode_json(raw)
    assert issubclass(InvalidJSONError, ValueError)  # what the transport turns into DecodeError


def test_nesting_up_to_the_limit_decodes() -> None:
    deep = b"[" * MAX_DEPTH + b"]" * MAX_DEPTH
    assert decode_json(deep) is not None
    with pytest.raises(InvalidJSONError, match="nested deeper"):
        decode_json(b"[" + deep + b"]")


@pytest.mark.parametrize(
    "raw",
    [
        # Brackets and escaped quotes inside strings do not count as nesting.
        b'["' + b"[" * 100 + b'"]',
        b'["\\"' + b"[" * 100 + b'\\""]',
        b'["\\\\", "' + b"]" * 40 + b'", ' + b"[" * 30 + b"]" * 30 + b"]",
        b'{"a": "{{{{", "b": [[{"c": "\\\\\\""}]]}' * 1,
    ],
)
def test_brackets_inside_strings_are_not_nesting(raw: bytes) -> None:
    assert decode_json(raw) is not None


def test_alternating_objects_and_lists_count_one_level_each() -> None:
    raw = b'{"a":[' * 16 + b"1" + b"]}" * 16  # 32 levels
    assert decode_json(raw) is not None
    with pytest.raises(InvalidJSONError):
        decode_json(b"[" + raw + b"]")


def test_a_body_over_the_size_cap_is_refused_before_parsing() -> None:
    with pytest.raises(InvalidJSONError, match="exceeds"):
        decode_json(b" " * (MAX_BODY_BYTES + 1))


def test_integers_stay_exact_ints() -> None:
    assert decode_json(b"[18446744073709551617, -0, 0.0]") == [18446744073709551617, 0, Decimal(0)]
    assert [type(x) for x in decode_json(b"[1, 1.0, 1e0]")] == [int, Decimal, Decimal]
