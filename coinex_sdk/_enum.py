"""The base of every generated enumeration.

CoinEx is inconsistent about case (docs list ``finished``, responses send ``FINISHED``) and adds
values over time. A :class:`CoinExEnum` matches case-insensitively and turns a value it has never
seen into a pseudo-member instead of crashing, so a new CoinEx status never breaks a running bot.
Strict decoding (tests) rejects such values; see ``coinex_sdk._convert``.
"""

from __future__ import annotations

import enum
from typing import Any

__all__ = ["CoinExEnum"]


class CoinExEnum(str, enum.Enum):
    """A string enumeration of CoinEx wire values."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        lowered = value.lower()
        for member in cls:
            if member.value.lower() == lowered:
                return member
        pseudo = str.__new__(cls, value)
        pseudo._name_ = value.upper()
        pseudo._value_ = value
        return pseudo

    @property
    def is_known(self) -> bool:
        """False for a value CoinEx sent that this SDK version does not list."""
        return self._name_ in type(self).__members__
