"""Wire objects copied from engine records by field name.

Most fields of CoinEx's JSON objects are an engine attribute of the same name, so a wire shape
is mostly a list of names in CoinEx's order; the few other fields (constants, renamed or computed
ones) are given by value. Every value goes out as CoinEx writes it: decimals as plain strings
(``fmt``), everything else as it is.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..engine._num import fmt

__all__ = ["Json", "field_names", "fields"]

Json = dict[str, Any]


def field_names(names: str) -> tuple[str, ...]:
    """A wire shape's field names, written as one whitespace-separated block in wire order."""
    return tuple(names.split())


def fields(record: object, names: tuple[str, ...], /, **values: Any) -> Json:
    """The JSON object of ``names``, in order: each the one given in ``values``, else the
    attribute of ``record`` of that name (a value whose name the shape lacks is left out)."""
    return {
        name: _wire(values[name] if name in values else getattr(record, name)) for name in names
    }


def _wire(value: Any) -> Any:
    return fmt(value) if isinstance(value, Decimal) else value
