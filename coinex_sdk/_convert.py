"""JSON (as decoded by ``_wire.decode_json``) -> the generated attrs models, through cattrs.

Two converters: the default ignores response fields the SDK does not know (CoinEx adds fields)
and tolerates new enum values; the strict one, used by the test suite and ``strict=True``
clients, rejects both so a spec that drifted from reality is noticed.
"""

from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar, Union

import attrs
import cattrs
import cattrs.cols
from cattrs.gen import make_dict_structure_fn, override

from ._enum import CoinExEnum
from ._types import BatchItem, Levels

__all__ = ["converter", "structure"]

T = TypeVar("T")


def _decimal(value: Any, _: Any) -> Decimal:
    if type(value) is str:  # the common case, first
        try:
            number = Decimal(value)
        except (InvalidOperation, ValueError):
            raise ValueError(f"{value!r:.40} is not a decimal number") from None
        if not number.is_finite():  # "NaN", "Infinity", "sNaN" parse, but are no amount
            raise ValueError(f"{value!r:.40} is not a finite number")
        return number
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a finite number")
        return value
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        try:
            number = Decimal(value)
        except (InvalidOperation, ValueError):
            raise ValueError(f"{value!r:.40} is not a decimal number") from None
        if not number.is_finite():  # "NaN", "Infinity", "sNaN" parse, but are no amount
            raise ValueError(f"{value!r:.40} is not a finite number")
        return number
    raise ValueError(f"expected a decimal string, got {type(value).__name__}")


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
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    raise ValueError(f"expected an int, got {value!r}")


def _strict_levels(value: Any, _: Any) -> Levels:
    levels = Levels.check(value)
    for level in levels.raw:
        if not isinstance(level, list) or len(level) != 2:
            raise ValueError(f"expected [price, size], got {level!r:.80}")
        _decimal(level[0], None), _decimal(level[1], None)
    return levels


def _levels(value: Any, _: Any) -> Levels:
    return Levels(value) if type(value) is list else Levels.check(value)


def _str_or_int(value: Any, _: Any) -> str | int:
    # stop.update's `event` is documented as a string but seen as a number (REST facts §8).
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return value
    raise ValueError(f"expected a string or an int, got {value!r}")


def _bool(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError(f"expected a bool, got {value!r}")


def _strict_enum(value: Any, cls: type[CoinExEnum]) -> CoinExEnum:
    member = cls(value)
    if not member.is_known:
        raise ValueError(f"{value!r} is not a known {cls.__name__}")
    return member


def _list_factory(converter: cattrs.Converter) -> Any:
    def factory(t: Any) -> Any:
        items = cattrs.cols.list_structure_factory(t, converter)

        def structure(value: Any, _: Any) -> Any:
            # cattrs would iterate a string where a list goes and build one error per
            # character (seconds for 100k characters): refuse anything but a list up front.
            if type(value) is not list:
                raise ValueError(f"expected a list, got {type(value).__name__}")
            return items(value, t)

        return structure

    return factory


def _batch_item_factory(converter: cattrs.Converter) -> Any:
    def factory(cls: Any) -> Any:
        (inner,) = getattr(cls, "__args__", (Any,))

        def structure(value: Any, _: Any) -> BatchItem[Any]:
            # Items come wrapped {code, data, message}, or bare when they succeeded (real spot
            # batch-order responses; REST facts §3). A bare item is a success.
            if isinstance(value, dict) and "code" in value and "message" in value:
                data = value.get("data")
                code = _int(value["code"], None)
                item = converter.structure(data, inner) if code == 0 and data else None
                return BatchItem(code=code, message=str(value.get("message") or ""), data=item)
            return BatchItem(code=0, message="OK", data=converter.structure(value, inner))

        return structure

    return factory


def _make(strict: bool) -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=strict, detailed_validation=True)
    conv.register_structure_hook(Decimal, _decimal)
    conv.register_structure_hook_factory(_is_optional_enum, _optional_enum_factory(conv))
    conv.register_structure_hook_func(
        lambda t: t == Union[Decimal, None],  # noqa: UP007 - matches typing.Optional too
        _optional_decimal,
    )
    conv.register_structure_hook(Levels, _strict_levels if strict else _levels)
    conv.register_structure_hook(int, _int)
    conv.register_structure_hook_func(
        lambda t: t in (Union[str, int], Union[int, str]),  # noqa: UP007
        _str_or_int,
    )
    conv.register_structure_hook(bool, _bool)  # after int: bool is an int subclass
    if strict:
        # singledispatch: more specific than the str hook CoinExEnum would otherwise inherit
        conv.register_structure_hook(CoinExEnum, _strict_enum)

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
    conv.register_structure_hook_factory(
        lambda t: getattr(t, "__origin__", None) is list, _list_factory(conv)
    )
    return conv


@functools.cache
def converter(strict: bool = False) -> cattrs.Converter:
    """The shared converter (built on first use: cattrs compiles hooks lazily)."""
    return _make(strict)


def structure(data: Any, into: type[T], strict: bool = False) -> T:
    """``data`` as an instance of ``into``; raises cattrs' errors on a mismatch."""
    return converter(strict).structure(data, into)
