"""JSON (as decoded by ``_wire.decode_json``) -> the generated attrs models, through cattrs.

Two converters: the default ignores response fields the SDK does not know (CoinEx adds fields)
and tolerates new enum values; the strict one, used by the test suite and ``strict=True``
clients, rejects both so a spec that drifted from reality is noticed.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation
from itertools import chain
from typing import Any, TypeVar, Union, get_origin

import attrs
import cattrs
from cattrs.cols import list_structure_factory
from cattrs.gen import make_dict_structure_fn, override

from ._enum import CoinExEnum
from ._types import BatchItem, Levels
from ._wire import decimal_in_range

__all__ = ["converter", "structure"]

T = TypeVar("T")


def _decimal(value: Any, _: Any) -> Decimal:
    if type(value) is str or (isinstance(value, (str, int)) and not isinstance(value, bool)):
        try:
            number = Decimal(value)
        except (InvalidOperation, ValueError):
            raise ValueError(f"{value!r:.40} is not a decimal number") from None
    elif isinstance(value, Decimal):
        number = value
    else:
        raise ValueError(f"expected a decimal string, got {type(value).__name__}")
    # "NaN", "sNaN" and "Infinity" parse as Decimals but are no amount; nor is 1E+999999999.
    if not number.is_finite() or not decimal_in_range(number):
        raise ValueError(f"{value!r:.40} is not a finite decimal number in range")
    return number


def _optional_decimal(value: Any, _: Any) -> Decimal | None:
    # CoinEx sends "" for some numeric fields that have no value (e.g. an unset trigger price).
    if value is None or value == "":
        return None
    return _decimal(value, _)


def _is_optional_enum(t: Any) -> bool:
    args = getattr(t, "__args__", ())
    return (
        len(args) == 2
        and type(None) in args
        and any(isinstance(a, type) and issubclass(a, CoinExEnum) for a in args)
    )


def _optional_enum_factory(converter: cattrs.Converter) -> Any:
    def factory(t: Any) -> Any:
        (cls,) = (a for a in t.__args__ if a is not type(None))

        def structure(value: Any, _: Any) -> Any:
            # An unset enum field arrives as "" (trigger_direction of a finished stop order).
            if value is None or value == "":
                return None
            return converter.structure(value, cls)

        return structure

    return factory


def _int(value: Any, _: Any) -> int:
    # Ids are ints, but some docs examples show them as strings ("order_id": "13400").
    if type(value) is int:  # the common case, first
        return value
    if isinstance(value, bool):
        raise ValueError("expected an int, got bool")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _INT_TEXT.fullmatch(value):
        return int(value)
    raise ValueError(f"expected an int, got {value!r}")


_INT_TEXT = re.compile(r"-?[0-9]{1,19}")
_PAIR = {2}
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")


def _levels(value: Any, _: Any) -> Levels:
    """Order-book levels, each checked to be ``[price, size]`` decimal strings, so reading one
    later (``Levels`` converts lazily) cannot fail. Depth pushes come many times a second and
    hold up to 50 levels a side: the checks run over the whole side at once, in C (map, set,
    join, translate, substring search), never per number in Python."""
    if not isinstance(value, list):
        raise ValueError(f"expected [[price, size], ...], got {type(value).__name__}")
    if not value:
        return Levels(value)
    try:
        pairs = set(map(list.__len__, value)) == _PAIR  # TypeError for a level not a list
    except TypeError:
        pairs = False
    if not pairs:
        raise ValueError("expected [[price, size], ...]: a level is not a pair")
    try:
        numbers = "\n".join(chain.from_iterable(value))
    except TypeError:
        raise ValueError("expected [[price, size], ...] of strings") from None
    if not numbers.isascii():
        raise ValueError("expected [[price, size], ...]: a price or size is not a decimal")
    # Every digit a 0, framed by line breaks; each test is one C pass over ~1 kB (a search per
    # pattern costs as much as a pass, so the tests are few): only "0.-" between breaks, one
    # number per line, every "-" first in its number, a digit in every number, one "." at most.
    zeros = numbers.encode().translate(_DIGITS_TO_ZERO)
    framed = b"\n" + zeros + b"\n"
    if (
        zeros.translate(None, b"0.-\n")
        or zeros.count(b"\n") != 2 * len(value) - 1
        or framed.count(b"-") != framed.count(b"\n-")
        or b"\n\n" in framed.translate(None, b".-")
        or b".." in zeros.translate(None, b"0-")
    ):
        raise ValueError("expected [[price, size], ...]: a price or size is not a decimal")
    return Levels(value)


def _is_list(t: Any) -> bool:
    return get_origin(t) is list


def _list_factory(converter: cattrs.Converter) -> Any:
    def factory(t: Any) -> Any:
        items = list_structure_factory(t, converter)

        def structure(value: Any, into: Any) -> Any:
            # cattrs would iterate a string, failing once per character: 100k characters
            # took 10 s. Anything but a JSON array is one error, at once.
            if not isinstance(value, list):
                raise ValueError(f"expected a list, got {type(value).__name__}")
            return items(value, into)

        return structure

    return factory


def _str_or_int(value: Any, _: Any) -> str | int:
    # stop.update's `event` is documented as a string, seen as a number (docs/protocol/rest.md §8).
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return value
    raise ValueError(f"expected a string or an int, got {value!r}")


def _str(value: Any, _: Any) -> str:
    # cattrs would keep an object or a list where a string goes (or str() it): a wrong shape.
    if isinstance(value, str):
        return value
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return str(value)  # exact: a number CoinEx sent unquoted
    raise ValueError(f"expected a string, got {type(value).__name__}")


def _bool(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError(f"expected a bool, got {value!r}")


def _enum(value: Any, cls: type[CoinExEnum]) -> CoinExEnum:
    return cls(value)  # a value never seen becomes a pseudo-member; a non-string a ValueError


def _strict_enum(value: Any, cls: type[CoinExEnum]) -> CoinExEnum:
    member = cls(value)
    if not member.is_known:
        raise ValueError(f"{value!r} is not a known {cls.__name__}")
    return member


def _batch_item_factory(converter: cattrs.Converter) -> Any:
    def factory(cls: Any) -> Any:
        (inner,) = getattr(cls, "__args__", (Any,))

        def structure(value: Any, _: Any) -> BatchItem[Any]:
            # Items come wrapped {code, data, message}, or bare when they succeeded (real spot
            # batch-order responses; docs/protocol/rest.md §3). A bare item is a success.
            if isinstance(value, dict) and "code" in value and "message" in value:
                data = value.get("data")
                code = _int(value["code"], None)
                item = converter.structure(data, inner) if code == 0 and data else None
                return BatchItem(code=code, message=str(value.get("message") or ""), data=item)
            return BatchItem(code=0, message="OK", data=converter.structure(value, inner))

        return structure

    return factory


def _lazy_levels(value: Any, _: Any) -> Levels:
    # Streams: only the outer list here. Each level is checked when read (Levels raises
    # DataError, a CoinExError, for one that is not two decimal numbers), because checking 100
    # numbers on every depth push would cost more than decoding the push (issue 11).
    if type(value) is not list:
        raise ValueError(f"expected [[price, size], ...], got {type(value).__name__}")
    return Levels(value)


def _make(strict: bool, lazy_levels: bool = False) -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=strict, detailed_validation=True)
    conv.register_structure_hook(Decimal, _decimal)
    conv.register_structure_hook_factory(_is_optional_enum, _optional_enum_factory(conv))
    conv.register_structure_hook_func(
        lambda t: t == Union[Decimal, None],  # noqa: UP007 - matches typing.Optional too
        _optional_decimal,
    )
    conv.register_structure_hook(Levels, _lazy_levels if lazy_levels and not strict else _levels)
    conv.register_structure_hook_factory(_is_list, _list_factory(conv))
    conv.register_structure_hook(int, _int)
    conv.register_structure_hook_func(
        lambda t: t in (Union[str, int], Union[int, str]),  # noqa: UP007
        _str_or_int,
    )
    conv.register_structure_hook(bool, _bool)  # after int: bool is an int subclass
    conv.register_structure_hook(str, _str)
    # singledispatch: more specific than the str hook CoinExEnum would otherwise inherit
    conv.register_structure_hook(CoinExEnum, _strict_enum if strict else _enum)

    def is_model(cls: Any) -> bool:
        return attrs.has(cls) and getattr(cls, "__module__", "").startswith("coinex_sdk._generated")

    def model_hook(cls: Any) -> Any:
        overrides: dict[str, Any] = {
            a.name: override(rename=a.metadata["wire"])
            for a in attrs.fields(cls)
            if "wire" in a.metadata
        }
        overrides["unknown_fields"] = override(omit=True)
        # Two compiled functions: a lean one for the hot path (streams decode a model per push),
        # and cattrs' detailed one, run only when the lean one fails, for an error that names
        # every bad field.
        lean = make_dict_structure_fn(
            cls,
            conv,
            _cattrs_forbid_extra_keys=strict,
            _cattrs_detailed_validation=False,
            **overrides,
        )
        detailed = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=strict, **overrides)
        known = frozenset(
            a.metadata.get("wire", a.name) for a in attrs.fields(cls) if a.name != "unknown_fields"
        )

        def structure(data: Any, _: Any = None) -> Any:
            if not isinstance(data, dict):
                raise ValueError(f"expected an object, got {type(data).__name__}")
            try:
                obj = lean(data, cls)
            except Exception:
                obj = detailed(data, cls)  # raises cattrs' detailed error
            # CoinEx adds fields over time: keep them on the model instead of losing them.
            if not known.issuperset(data):  # no set built when nothing is new (the hot path)
                extra = {k: data[k] for k in data if k not in known}
                object.__setattr__(obj, "unknown_fields", extra)
            return obj

        return structure

    conv.register_structure_hook_factory(is_model, model_hook)
    conv.register_structure_hook_factory(
        lambda t: getattr(t, "__origin__", None) is BatchItem, _batch_item_factory(conv)
    )
    return conv


@functools.cache
def converter(strict: bool = False, lazy_levels: bool = False) -> cattrs.Converter:
    """The shared converter (built on first use: cattrs compiles hooks lazily).

    ``lazy_levels`` is for streams: order-book levels are checked when read, not per push.
    """
    return _make(strict, lazy_levels)


def structure(data: Any, into: type[T], strict: bool = False) -> T:
    """``data`` as an instance of ``into``; raises cattrs' errors on a mismatch."""
    return converter(strict).structure(data, into)
