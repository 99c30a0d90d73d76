"""``decode_json`` against the standard library on random JSON: the same values (exact numbers,
never a float), and refused exactly when nesting is deeper than ``MAX_DEPTH`` however strings
full of brackets, quotes and backslashes try to confuse the depth check."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coinex_sdk._convert import _levels
from coinex_sdk._wire import MAX_DEPTH, InvalidJSONError, decode_json
from tests.property.strategies import BOUNDED, assert_no_float

tricky_text = st.text(alphabet='[]{}"\\/,:ab \n\u00e9', max_size=12)
leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.decimals(allow_nan=False, allow_infinity=False),
    tricky_text,
)


def _nest(value: Any, wrappers: list[bool]) -> Any:
    for as_list in wrappers:
        value = [value] if as_list else {"k": value}
    return value


@st.composite
def documents(draw: st.DrawFn) -> Any:
    """Random JSON, sometimes wrapped to a depth around the limit."""
    value = draw(
        st.recursive(
            leaves,
            lambda inner: st.one_of(
                st.lists(inner, max_size=3), st.dictionaries(tricky_text, inner, max_size=3)
            ),
            max_leaves=12,
        )
    )
    around_the_limit = st.integers(MAX_DEPTH - 4, MAX_DEPTH + 1)
    count = draw(st.one_of(st.integers(0, 3), around_the_limit))
    wrappers = draw(st.lists(st.booleans(), min_size=count, max_size=count))
    return _nest(value, wrappers)


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    return 0


def _encode(value: Any, spaced: bool) -> str:
    """JSON text with Decimals as number literals (json.dumps would need floats for that)."""
    gap = "\n " if spaced else ""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list):
        return "[" + gap + ("," + gap).join(_encode(v, spaced) for v in value) + "]"
    if isinstance(value, dict):
        items = (json.dumps(k) + ":" + gap + _encode(v, spaced) for k, v in value.items())
        return "{" + gap + ("," + gap).join(items) + "}"
    return json.dumps(value, ensure_ascii=not spaced)


@BOUNDED
@given(documents(), st.booleans())
def test_decode_json_agrees_with_the_standard_library(document: Any, spaced: bool) -> None:
    raw = _encode(document, spaced).encode()
    expected = json.loads(raw, parse_float=Decimal)
    if _depth(expected) > MAX_DEPTH:
        with pytest.raises(InvalidJSONError):
            decode_json(raw)
        return
    try:
        decoded = decode_json(raw)
    except InvalidJSONError as exc:
        assert "out of range" in str(exc)  # a Decimal beyond 1E+-1000 is refused by design
        return
    assert decoded == expected
    assert [type(x) for x in _leaves(decoded)] == [type(x) for x in _leaves(expected)]
    assert_no_float(decoded)


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


# -- order-book levels --------------------------------------------------------------------------

_PLAIN = re.compile(r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)")
number_texts = st.one_of(
    st.from_regex(_PLAIN, fullmatch=True).filter(lambda s: s.isascii()),
    st.text(alphabet="01.-", max_size=5),  # near misses: "1.2.", "-", "0-1", "."
    st.text(alphabet="0123456789.-\n eE+naNIfy_", max_size=6),
)
levels = st.lists(
    st.one_of(st.lists(number_texts, min_size=2, max_size=2), st.lists(number_texts, max_size=3)),
    max_size=5,
)


@settings(BOUNDED, max_examples=400)  # a pure function: cheap examples
@given(levels)
def test_levels_are_accepted_exactly_when_every_level_is_a_plain_decimal_pair(
    side: list[list[str]],
) -> None:
    plain = all(
        len(level) == 2 and all(_PLAIN.fullmatch(n) and n.isascii() for n in level)
        for level in side
    )
    try:
        checked = _levels(side, None)
    except ValueError:
        assert not plain
        return
    assert plain
    assert [tuple(map(Decimal, level)) for level in side] == list(checked)
